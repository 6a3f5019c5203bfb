"""Generated job emails for benchmarks: every kind, several phrasings, invented names.

:func:`generate` returns ``count`` messages with a ground-truth label, built
from templates written for this bench (no corpus text) filled with random
companies, roles and people, in plain text or multipart with an HTML part,
spread over the last 80 days. The same seed gives the same messages.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

COMPANIES = ["Nordwind", "Bluefern Labs", "Kestrel Logistics", "Marlow & Finch", "Quillon",
             "Tessaract Health", "Obsidian Row", "Halvard Systems", "Pinecone Analytics",
             "Verdant Energy", "Lumen Tide", "Castell Bank", "Orbitwise", "Saffron Foods",
             "Greyhaven Media", "Atlas Fjord", "Brightwater Retail", "Cobalt Bridge",
             "Driftwood Studios", "Emberline", "Foxglove Insurance", "Ironbark Mining",
             "Juniper Mobility", "Kelpie Robotics", "Larchmont Legal", "Meridian Stores",
             "Northgate Pharma", "Oakridge Software", "Parallax Games", "Quartzline Telecom"]
ROLES = ["Data Analyst", "Backend Engineer", "Product Manager", "UX Researcher",
         "Account Executive", "Site Reliability Engineer", "Marketing Specialist",
         "Financial Controller", "Customer Success Manager", "Junior Developer",
         "Operations Lead", "HR Generalist", "QA Engineer", "Business Analyst",
         "Technical Writer", "Sales Engineer", "Data Scientist", "Project Coordinator",
         "Supply Chain Planner", "Frontend Developer"]
FIRST = ["Sam", "Alex", "Jordan", "Priya", "Lena", "Tomás", "Aiko", "Femi", "Ingrid", "Marco",
         "Chloé", "Daniel", "Yusuf", "Hannah", "Mateo", "Zoe", "Ravi", "Elif", "Nils", "Ana"]
LAST = ["Reyes", "Okafor", "Lindqvist", "Moreau", "Schneider", "Tanaka", "Costa", "Novak",
        "Hughes", "Brandt", "Silva", "Kowalski", "Duval", "Fischer", "Ortiz", "Park"]

# (label, expected kind, subject, body) — {c} company, {r} role, {n} candidate, {s} sender.
TEMPLATES: list[tuple[str, str, str, str]] = [
    ("rejection", "rejection", "Your application for {r}",
     "Thank you for applying for the {r} position at {c}. After careful consideration we have "
     "decided not to move forward with your application. We wish you every success."),
    ("rejection", "rejection", "Update on your {c} application",
     "We appreciate the time you spent on your application. Unfortunately, we will not be "
     "proceeding with your candidacy for the {r} role at this time."),
    ("rejection", "rejection", "{c}: {r}",
     "Thanks for your interest in {c}. We received many strong applications and have decided "
     "to pursue other candidates whose experience more closely matches the role."),
    ("rejection", "rejection", "Regarding your application",
     "We regret to inform you that we have chosen another candidate for the {r} position. "
     "We will keep your details on file should a suitable opening come up."),
    ("rejection", "rejection", "Your application to {c}",
     "Thank you for interviewing with us for the {r} role. While we enjoyed speaking with "
     "you, we have decided to move forward with other applicants."),
    ("rejection", "rejection", "The {r} position has been filled",
     "We wanted to let you know that the {r} position at {c} has been filled. Thank you for "
     "your interest, and we are unable to offer you a position at this time."),
    ("rejection", "rejection", "Ihre Bewerbung als {r}",
     "vielen Dank für Ihre Bewerbung bei {c}. Leider müssen wir Ihnen mitteilen, dass wir "
     "Ihre Bewerbung nicht weiter berücksichtigen können. Wir wünschen Ihnen alles Gute."),
    ("rejection", "rejection", "Votre candidature chez {c}",
     "Nous vous remercions pour votre candidature au poste de {r}. Malheureusement, nous ne "
     "pouvons pas donner une suite favorable à votre candidature."),
    ("not-rejection", "application_received", "We received your application",
     "Thank you for applying to {c}! We have received your application for the {r} role and "
     "our recruiting team will review it in the coming days."),
    ("not-rejection", "application_received", "Application confirmation: {r}",
     "This is to confirm that your application for {r} at {c} has been submitted "
     "successfully. We will be in touch if your profile matches our needs."),
    ("not-rejection", "application_received", "Eingangsbestätigung Ihrer Bewerbung",
     "vielen Dank für Ihre Bewerbung als {r}. Wir haben Ihre Unterlagen erhalten und melden "
     "uns so bald wie möglich bei Ihnen."),
    ("not-rejection", "interview", "Interview invitation: {r} at {c}",
     "We were impressed by your application and would like to invite you to an interview for "
     "the {r} position. Please choose a slot that works for you using the link below."),
    ("not-rejection", "interview", "Next steps with {c}",
     "Thanks for your application for {r}. We would love to schedule a first call with you "
     "next week. Could you share your availability?"),
    ("not-rejection", "offer", "Your offer from {c}",
     "We are delighted to offer you the position of {r} at {c}. Please find your offer "
     "letter attached and let us know if you have any questions."),
    ("not-rejection", "other", "New jobs matching your search",
     "Here are 12 new jobs for '{r}' near you: {r} at {c}, and more. Update your job alert "
     "preferences at any time."),
    ("not-rejection", "other", "An opportunity you might like",
     "I came across your profile and think you would be a great fit for a {r} opening at a "
     "client of ours. Are you open to a quick chat?"),
    ("not-rejection", "other", "Your loan application",
     "Thank you for your loan application with {c}. Unfortunately we are unable to approve "
     "your request at this time based on our lending criteria."),
    ("not-rejection", "other", "{c} newsletter",
     "This month at {c}: a new office, our summer volunteering day and a look back at the "
     "quarter. Thanks for reading!"),
]
CLOSINGS = ["Kind regards", "Best wishes", "Sincerely", "Thanks again", "All the best"]


@dataclass(frozen=True)
class GeneratedMail:
    """One generated message, its file name, Message-ID, date and ground truth."""

    name: str
    message_id: str
    date: datetime
    label: str
    kind: str
    raw: bytes


def _html(body: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return f"<html><body>{paragraphs}</body></html>"


def generate(count: int, *, seed: int = 7, now: datetime | None = None) -> list[GeneratedMail]:
    """``count`` messages, about 40% of them rejections."""
    rng = random.Random(seed)
    end = now or datetime.now(UTC)
    out = []
    for index in range(count):
        label, kind, subject, body = rng.choice(TEMPLATES)
        company, role = rng.choice(COMPANIES), rng.choice(ROLES)
        person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        sender = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        domain = company.lower().replace(" & ", "").replace(" ", "") + ".example"
        fill = {"c": company, "r": role, "n": person, "s": sender}
        text = (f"Hello {person.split()[0]},\n\n{body.format(**fill)}\n\n"
                f"{rng.choice(CLOSINGS)},\n{sender}\n{company}")
        date = end - timedelta(days=rng.uniform(0, 80))
        message_id = f"<gen-{index}.{rng.getrandbits(32):08x}@{domain}>"
        head = (f"From: {sender} <careers@{domain}>\r\nTo: {person} <candidate@mail.example>\r\n"
                f"Subject: {subject.format(**fill)}\r\nDate: {format_datetime(date)}\r\n"
                f"Message-ID: {message_id}\r\nMIME-Version: 1.0\r\n")
        if rng.random() < 0.2:
            content = ("Content-Type: multipart/alternative; boundary=\"b\"\r\n\r\n"
                       "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                       f"{text}\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                       f"{_html(text)}\r\n--b--\r\n")
        else:
            content = f"Content-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
        raw = (head + content).replace("\r\n", "\n").replace("\n", "\r\n").encode()
        out.append(GeneratedMail(f"{index // 1000:02d}/{index:05d}.eml", message_id, date,
                                 label, kind, raw))
    return out
