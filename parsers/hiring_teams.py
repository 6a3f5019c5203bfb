"""What a hiring team calls itself, in every pack's language: one owner for those words.

"Acme Careers", "Recrutement Acme", "HR at Acme", "Talent Team": a sender name, a
signature line or a mailbox made of these words names a department, not a person
and not the employer. The words are each pack's ``[company_words]``
(:mod:`afterword.parsers.pack_files`): ``departments`` (regular expressions such as
``careers?`` or ``personal\\w*``), the ``articles`` that may open such a name and the
``connectors`` that join it to the employer. Sender-name cleanup
(:mod:`afterword.parsers.extract`), company keys (:mod:`afterword.parsers.company_names`),
signer names (:mod:`afterword.parsers.names`) and the linker's contacts read them here.
"""

from __future__ import annotations

import re

from afterword.parsers.pack_files import alternation, every_pack

#: The departments of every pack, as one regular-expression alternation (longest first).
DEPARTMENTS = alternation(every_pack("company_words", "departments"), literal=False)
#: Words that may open a department's name ("the", "das"), as an alternation.
ARTICLES = alternation(every_pack("company_words", "articles"))
#: Words that join a department to the employer ("at", "bei", "chez"), as an alternation.
CONNECTORS = alternation(every_pack("company_words", "connectors"))

_ONE_WORD = re.compile(rf"(?:{DEPARTMENTS})", re.I)


def is_department_word(word: str) -> bool:
    """True when ``word`` alone names a hiring department ("careers", "rh", "Personal")."""
    return _ONE_WORD.fullmatch(word) is not None
