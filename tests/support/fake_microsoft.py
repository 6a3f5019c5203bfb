"""A local stand-in for Microsoft's identity platform, and the introspection endpoint Dovecot asks.

Two small HTTP servers on 127.0.0.1, sharing one token registry:

* the **identity platform** (HTTPS, with a self-signed test certificate): per tenant the
  OpenID configuration document (``/{tenant}/v2.0/.well-known/openid-configuration``),
  the device-code endpoint and the token endpoint (device-code and refresh-token grants),
  speaking the JSON MSAL expects (``client_info``, an unsigned ``id_token``);
* the **token introspection** endpoint (RFC 7662, plain HTTP) that Dovecot's ``oauth2``
  passdb posts bearer tokens to: ``{"active": true, "username": ...}`` for a live token.

A test plays the user in the browser with :meth:`FakeMicrosoft.sign_in_as`: the next
device code is approved for that user after the client has polled once. It can revoke a
user's refresh tokens, expire access tokens, and read which grants were used.
"""

from __future__ import annotations

import base64
import json
import re
import secrets
import ssl
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from tests.support.dovecot import make_certificate

TENANTS = ("common", "organizations", "consumers")
_GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


def _b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


@dataclass
class _DeviceCode:
    client_id: str
    user_code: str
    polls: int = 0
    user: str | None = None


@dataclass
class _Registry:
    """Every code and token the fake issued, and to whom."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    device_codes: dict[str, _DeviceCode] = field(default_factory=dict)
    access_tokens: dict[str, tuple[str, float]] = field(default_factory=dict)
    refresh_tokens: dict[str, tuple[str, str]] = field(default_factory=dict)
    grants: list[tuple[str, str]] = field(default_factory=list)
    introspections: list[str] = field(default_factory=list)
    next_user: str | None = None
    access_token_lifetime: int = 3600
    public_client_flows: bool = True


class FakeMicrosoft:
    """The two servers; ``authority`` and ``introspection_url`` are what the clients use."""

    def __init__(self, root: Path) -> None:
        root.mkdir(parents=True, exist_ok=True)
        self.ca_file = root / "idp-cert.pem"
        key = root / "idp-key.pem"
        if not self.ca_file.exists():
            make_certificate(self.ca_file, key)
        self.registry = _Registry()
        self._identity = ThreadingHTTPServer(("127.0.0.1", 0), _identity_handler(self))
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.ca_file, key)
        self._identity.socket = context.wrap_socket(self._identity.socket, server_side=True)
        self._introspection = ThreadingHTTPServer(("127.0.0.1", 0),
                                                  _introspection_handler(self.registry))
        self._threads = [threading.Thread(target=server.serve_forever, daemon=True)
                         for server in (self._identity, self._introspection)]

    @property
    def authority(self) -> str:
        return f"https://127.0.0.1:{self._identity.server_address[1]}"

    @property
    def introspection_url(self) -> str:
        return f"http://127.0.0.1:{self._introspection.server_address[1]}/introspect"

    def start(self) -> FakeMicrosoft:
        for thread in self._threads:
            thread.start()
        return self

    def stop(self) -> None:
        for server in (self._identity, self._introspection):
            server.shutdown()
            server.server_close()

    def reset(self) -> None:
        """Back to a fresh test's defaults (issued tokens stay: each test has its own user)."""
        with self.registry.lock:
            self.registry.next_user = None
            self.registry.access_token_lifetime = 3600
            self.registry.public_client_flows = True

    # What a test does as the user or as the tenant's admin.

    def sign_in_as(self, username: str) -> None:
        """The user approves the next device code shown to them (after one pending poll)."""
        with self.registry.lock:
            self.registry.next_user = username

    def set_access_token_lifetime(self, seconds: int) -> None:
        with self.registry.lock:
            self.registry.access_token_lifetime = seconds

    def allow_public_client_flows(self, allowed: bool) -> None:
        """The app registration's "Allow public client flows" switch (on by default)."""
        with self.registry.lock:
            self.registry.public_client_flows = allowed

    def revoke(self, username: str) -> None:
        """Revoke every refresh and access token of ``username`` (e.g. "sign out everywhere")."""
        with self.registry.lock:
            registry = self.registry
            for token, (user, _) in list(registry.refresh_tokens.items()):
                if user == username:
                    del registry.refresh_tokens[token]
            for token, (user, _) in list(registry.access_tokens.items()):
                if user == username:
                    del registry.access_tokens[token]

    def expire_access_tokens(self, username: str) -> None:
        """Access tokens of ``username`` stop being accepted (their lifetime ran out)."""
        with self.registry.lock:
            for token, (user, _) in list(self.registry.access_tokens.items()):
                if user == username:
                    self.registry.access_tokens[token] = (user, 0.0)

    def grants_for(self, username: str) -> list[str]:
        with self.registry.lock:
            return [grant for grant, user in self.registry.grants if user == username]

    def issued_tokens(self) -> list[str]:
        """Every access and refresh token issued so far (to grep logs and state for)."""
        with self.registry.lock:
            return [*self.registry.access_tokens, *self.registry.refresh_tokens]


def _identity_handler(fake: FakeMicrosoft) -> type[BaseHTTPRequestHandler]:
    registry = fake.registry

    class Identity(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            return

        def _send(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _tenant(self) -> str | None:
            tenant = self.path.lstrip("/").split("/", 1)[0]
            return tenant if tenant in TENANTS or _GUID.match(tenant) else None

        def do_GET(self) -> None:
            tenant = self._tenant()
            if tenant is None:
                self._send(400, {"error": "invalid_tenant",
                                 "error_description": "AADSTS90002: Tenant not found."})
                return
            if self.path.endswith("/v2.0/.well-known/openid-configuration"):
                base = f"{fake.authority}/{tenant}"
                self._send(200, {
                    "issuer": f"{base}/v2.0",
                    "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                    "token_endpoint": f"{base}/oauth2/v2.0/token",
                    "device_authorization_endpoint": f"{base}/oauth2/v2.0/devicecode",
                })
                return
            self._send(404, {"error": "not_found"})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            tenant = self._tenant()
            if tenant is None:
                self._send(400, {"error": "invalid_request"})
            elif self.path.endswith("/oauth2/v2.0/devicecode"):
                self._device_code(form)
            elif self.path.endswith("/oauth2/v2.0/token"):
                self._token(form, tenant)
            else:
                self._send(404, {"error": "not_found"})

        def _device_code(self, form: dict[str, str]) -> None:
            if not _GUID.match(form.get("client_id", "")):
                self._send(400, {"error": "invalid_client"})
                return
            code, user_code = secrets.token_urlsafe(24), secrets.token_hex(4).upper()
            with registry.lock:
                registry.device_codes[code] = _DeviceCode(form["client_id"], user_code)
            uri = f"{fake.authority}/devicelogin"
            self._send(200, {"device_code": code, "user_code": user_code,
                             "verification_uri": uri, "expires_in": 900, "interval": 1,
                             "message": f"To sign in, use a web browser to open the page "
                                        f"{uri} and enter the code {user_code}."})

        def _token(self, form: dict[str, str], tenant: str) -> None:
            grant = form.get("grant_type", "")
            answer: tuple[int, dict[str, Any]]
            with registry.lock:
                if grant == DEVICE_GRANT:
                    pending = registry.device_codes.get(form.get("device_code", ""))
                    if not registry.public_client_flows:
                        answer = (401, {"error": "invalid_client", "error_description":
                                        "AADSTS7000218: The request body must contain the "
                                        "following parameter: 'client_assertion' or "
                                        "'client_secret'."})
                    elif pending is None:
                        answer = (400, {"error": "expired_token"})
                    else:
                        pending.polls += 1
                        if pending.user is None and pending.polls > 1 and registry.next_user:
                            pending.user, registry.next_user = registry.next_user, None
                        if pending.user is None:
                            answer = (400, {"error": "authorization_pending"})
                        else:
                            del registry.device_codes[form["device_code"]]
                            answer = (200, self._issue(pending.user, pending.client_id,
                                                       tenant, grant))
                elif grant == "refresh_token":
                    held = registry.refresh_tokens.pop(form.get("refresh_token", ""), None)
                    if held is None or held[1] != form.get("client_id"):
                        answer = (400, {"error": "invalid_grant",
                                        "error_description": "AADSTS70008: The refresh "
                                        "token has expired or was revoked."})
                    else:
                        answer = (200, self._issue(held[0], held[1], tenant, grant))
                else:
                    answer = (400, {"error": "unsupported_grant_type"})
            self._send(*answer)

        def _issue(self, user: str, client_id: str, tenant: str, grant: str) -> dict[str, Any]:
            """New tokens for ``user`` (the caller holds the registry lock)."""
            access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(48)
            lifetime = registry.access_token_lifetime
            registry.access_tokens[access] = (user, time.time() + lifetime)
            registry.refresh_tokens[refresh] = (user, client_id)
            registry.grants.append((grant, user))
            oid, tid = f"oid-{user}", "9188040d-6c67-4c5b-b112-36a304b66dad"
            now = int(time.time())
            claims = {"iss": f"{fake.authority}/{tid}/v2.0", "aud": client_id, "sub": oid,
                      "oid": oid, "tid": tid, "iat": now, "exp": now + 3600,
                      "preferred_username": user, "name": user}
            return {"token_type": "Bearer", "scope": form_scope(), "expires_in": lifetime,
                    "access_token": access, "refresh_token": refresh,
                    "id_token": f"{_b64({'alg': 'none'})}.{_b64(claims)}.",
                    "client_info": _b64({"uid": oid, "utid": tid})}

    return Identity


def form_scope() -> str:
    return "https://outlook.office.com/IMAP.AccessAsUser.All openid profile offline_access"


def _introspection_handler(registry: _Registry) -> type[BaseHTTPRequestHandler]:
    class Introspection(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            return

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            form = parse_qs(self.rfile.read(length).decode())
            token = form.get("token", [""])[0]
            with registry.lock:
                registry.introspections.append(token)
                held = registry.access_tokens.get(token)
            body: dict[str, Any] = {"active": False}
            if held is not None and held[1] > time.time():
                body = {"active": True, "username": held[0], "token_type": "Bearer"}
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Introspection
