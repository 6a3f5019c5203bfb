"""Short invented job emails, as .eml files, for the rules, check and backtest tests.

Every text here is written for these tests. With the shipped rules:
``REJECTED`` is a rejection, ``RECEIVED`` an application confirmation,
``INTERVIEW`` an invitation, ``NEWSLETTER`` other, and ``TALENT_POOL`` an
application confirmation — until a user rule about talent pools makes it a
rejection (``TALENT_POOL_RULE``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class JobMail:
    name: str
    subject: str
    body: str

    @property
    def message_id(self) -> str:
        return f"<{self.name}@nordwind.example>"

    def raw(self) -> bytes:
        return (
            "From: Nordwind Careers <jobs@nordwind.example>\n"
            "To: sam@mail.example\n"
            f"Subject: {self.subject}\n"
            f"Message-ID: {self.message_id}\n"
            "Date: Mon, 2 Mar 2026 09:00:00 +0000\n"
            "Content-Type: text/plain; charset=utf-8\n\n"
            f"Hello Sam,\n\n{self.body}\n\nKind regards,\nThe Nordwind hiring team\n"
        ).encode()

    def write(self, directory: Path) -> Path:
        path = directory / f"{self.name}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(self.raw())
        return path


REJECTED = JobMail("rejected", "Your application at Nordwind",
                   "Thank you for your interest in the Data Analyst role. After careful review "
                   "we have decided not to move forward with your application.")
RECEIVED = JobMail("received", "We received your application",
                   "Thank you for applying to Nordwind. We have received your application for "
                   "the Data Analyst position and our team will review it shortly.")
INTERVIEW = JobMail("interview", "Interview invitation",
                    "We would like to invite you to an interview for the Data Analyst position. "
                    "Please pick a time slot that suits you.")
TALENT_POOL = JobMail("pool", "Your application at Nordwind",
                      "Thank you for applying for the Data Analyst position. We have moved your "
                      "profile to our talent pool and will contact you about future openings.")
NEWSLETTER = JobMail("newsletter", "This week at Nordwind",
                     "Read about our new office in Lyon and our summer party.")

TALENT_POOL_RULE = """
[[rules]]
id = "user.rejection.talent_pool"
kind = "rejection"
pattern = "moved your profile to our talent pool"
weight = 0.8
"""
