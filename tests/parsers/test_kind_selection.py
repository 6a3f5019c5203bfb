"""The rules pick the kind their evidence favours, as `check --explain` prints it."""

from __future__ import annotations

from afterword.parsers import RuleSet, classify, parse_message

CONFIRMATION = (b"From: Talent <talent@quillon.example>\r\nSubject: Application received\r\n\r\n"
                b"Thank you for applying. We have received your application for the Analyst "
                b"role and our team will review it. If your profile matches, we will schedule "
                b"an interview with you.\r\n")


def test_a_confirmation_that_mentions_a_later_interview_stays_a_confirmation() -> None:
    found = classify(parse_message(CONFIRMATION), RuleSet.load(), model=None, explain=True)
    totals: dict[str, float] = {}
    for item in found.evidence:
        kind = item.rule.split(".")[1]
        totals[kind] = totals.get(kind, 0.0) + item.weight
    assert totals["application_received"] > totals["interview"] >= 0.5
    assert found.kind.value == "application_received"


ENGLISH_WITH_A_DANISH_CLOSE = (
    "From: HR <hr@nordlys.example>\r\nSubject: Your interview\r\n\r\n"
    "Thank you for coming to the interview last week. We have decided to continue with other "
    "candidates for the role, and we wish you well.\r\n\r\n"
    "Vi takker for din tid og ønsker dig held og lykke.\r\nMed venlig hilsen\r\nNordlys ApS\r\n")


def test_english_mail_fires_english_rules_only() -> None:
    parsed = parse_message(ENGLISH_WITH_A_DANISH_CLOSE.encode())
    assert parsed.language == "en" and "da" in parsed.languages
    found = classify(parsed, RuleSet.load(), explain=True)
    assert [item.rule for item in found.evidence
            if not item.rule.startswith(("en.", "user.", "sender.", "header."))] == []
