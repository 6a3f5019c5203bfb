"""The state database's schema as ordered forward migrations.

``MIGRATIONS[n]`` takes a database from version ``n`` to ``n + 1``; the store
applies the missing ones in one exclusive transaction at open. Never edit a
migration that has shipped: add a new one.

"At most one draft and one reminder per rejection" is enforced here, by UNIQUE
constraints on ``drafts.rejection_id`` and ``reminders.rejection_id`` (and on
their deterministic Message-IDs), not only by code.
"""

from __future__ import annotations

V1_CORE = """
CREATE TABLE sync_state (
    account      TEXT NOT NULL,
    folder       TEXT NOT NULL,
    cursor       TEXT,
    last_sync_at TEXT,
    last_error   TEXT,
    PRIMARY KEY (account, folder)
);
CREATE TABLE messages (
    id            INTEGER PRIMARY KEY,
    account       TEXT NOT NULL,
    folder        TEXT NOT NULL,
    ref_key       TEXT NOT NULL,
    message_id    TEXT NOT NULL,
    thread_id     TEXT,
    subject       TEXT NOT NULL DEFAULT '',
    from_addr     TEXT,
    sent_at       TEXT,
    kind          TEXT NOT NULL,
    score         REAL NOT NULL DEFAULT 0,
    language      TEXT,
    first_seen_at TEXT NOT NULL,
    UNIQUE (account, message_id)
);
CREATE TABLE rejections (
    id          INTEGER PRIMARY KEY,
    message_row INTEGER NOT NULL UNIQUE REFERENCES messages (id),
    received_at TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('waiting', 'drafted', 'too_old', 'skipped')),
    reason      TEXT
);
CREATE TABLE drafts (
    id           INTEGER PRIMARY KEY,
    rejection_id INTEGER NOT NULL UNIQUE REFERENCES rejections (id),
    message_id   TEXT NOT NULL UNIQUE,
    due_at       TEXT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('scheduled', 'written', 'cancelled')),
    written_at   TEXT,
    to_addr      TEXT,
    subject      TEXT
);
CREATE TABLE reminders (
    id           INTEGER PRIMARY KEY,
    rejection_id INTEGER NOT NULL UNIQUE REFERENCES rejections (id),
    message_id   TEXT NOT NULL UNIQUE,
    due_at       TEXT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('scheduled', 'delivered', 'cancelled')),
    fired_at     TEXT,
    outcome      TEXT
);
CREATE INDEX drafts_due ON drafts (state, due_at);
CREATE INDEX reminders_due ON reminders (state, due_at);
"""

V2_APPLICATIONS = """
ALTER TABLE messages ADD COLUMN details TEXT NOT NULL DEFAULT '{}';
CREATE TABLE applications (
    id           INTEGER PRIMARY KEY,
    company      TEXT NOT NULL,
    company_key  TEXT NOT NULL,
    role         TEXT,
    ats          TEXT,
    ats_tenant   TEXT,
    domain       TEXT,
    stage        TEXT NOT NULL
                 CHECK (stage IN ('applied', 'interviewing', 'rejected', 'offer', 'withdrawn')),
    created_from TEXT NOT NULL CHECK (created_from IN ('mail', 'manual', 'import')),
    inferred     INTEGER NOT NULL DEFAULT 0,
    muted        INTEGER NOT NULL DEFAULT 0,
    notes        TEXT NOT NULL DEFAULT '',
    applied_at   TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    import_key   TEXT UNIQUE
);
CREATE INDEX applications_company ON applications (company_key);
CREATE TABLE contacts (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    name           TEXT,
    address        TEXT NOT NULL,
    UNIQUE (application_id, address)
);
CREATE TABLE links (
    message_row    INTEGER PRIMARY KEY REFERENCES messages (id),
    application_id INTEGER REFERENCES applications (id) ON DELETE SET NULL,
    reason         TEXT NOT NULL,
    confidence     REAL NOT NULL,
    manual         INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL
);
CREATE INDEX links_application ON links (application_id);
CREATE TABLE labels (
    message_id TEXT PRIMARY KEY,
    label      TEXT NOT NULL CHECK (label IN ('rejection', 'not-rejection')),
    created_at TEXT NOT NULL
);
"""

V3_LINK_NOTES = """
ALTER TABLE links ADD COLUMN note TEXT;
CREATE INDEX messages_thread ON messages (thread_id);
CREATE INDEX messages_message_id ON messages (message_id)
"""

V4_MESSAGE_FAILURES = """
CREATE TABLE message_failures (
    account         TEXT NOT NULL,
    folder          TEXT NOT NULL,
    ref_key         TEXT NOT NULL,
    message_id      TEXT NOT NULL,
    subject         TEXT NOT NULL DEFAULT '',
    stage           TEXT NOT NULL,
    reason          TEXT NOT NULL,
    attempts        INTEGER NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('retrying', 'quarantined', 'dropped')),
    first_failed_at TEXT NOT NULL,
    last_failed_at  TEXT NOT NULL,
    PRIMARY KEY (account, folder, ref_key)
);
CREATE TABLE messages_in_flight (
    account    TEXT NOT NULL,
    folder     TEXT NOT NULL,
    ref_key    TEXT NOT NULL,
    message_id TEXT NOT NULL,
    PRIMARY KEY (account, folder, ref_key)
)
"""

V5_LINK_KEYS = """
ALTER TABLE applications ADD COLUMN company_compact TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN tenant_slug TEXT;
UPDATE applications SET
    company_compact = replace(company_key, ' ', ''),
    tenant_slug = afterword_compact(ats_tenant);
CREATE INDEX applications_company_compact ON applications (company_compact);
CREATE INDEX applications_tenant_slug ON applications (tenant_slug);
CREATE INDEX applications_domain ON applications (domain)
"""

V6_LEARNING = """
CREATE TABLE labels_by_kind (
    message_id TEXT PRIMARY KEY,
    label      TEXT NOT NULL CHECK (label IN ('rejection', 'not-rejection', 'interview',
                                               'offer', 'application_received', 'other')),
    created_at TEXT NOT NULL
);
INSERT INTO labels_by_kind (message_id, label, created_at)
    SELECT message_id, label, created_at FROM labels;
DROP TABLE labels;
ALTER TABLE labels_by_kind RENAME TO labels;
CREATE TABLE message_features (
    message_row INTEGER PRIMARY KEY REFERENCES messages (id),
    features    BLOB NOT NULL
);
CREATE TABLE personal_layer (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    fitted_at TEXT NOT NULL,
    labels    INTEGER NOT NULL,
    layer     TEXT NOT NULL
)
"""

MIGRATIONS: tuple[str, ...] = (V1_CORE, V2_APPLICATIONS, V3_LINK_NOTES, V4_MESSAGE_FAILURES,
                               V5_LINK_KEYS, V6_LEARNING)
SCHEMA_VERSION = len(MIGRATIONS)
