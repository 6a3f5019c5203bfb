"""Normalising companies, roles and sender domains: the comparisons linking relies on."""

from __future__ import annotations

import pytest

from afterword.parsers.company_names import (
    company_key,
    display_company,
    domain_names_company,
    employer_domain,
    is_generic_address,
    role_similarity,
    same_company,
)
from afterword.parsers.subject_prefixes import is_forwarded


@pytest.mark.parametrize(("written", "key"), [
    ("Acme", "acme"),
    ("ACME, Inc.", "acme"),
    ("Careers at Acme (via Greenhouse)", "acme"),
    ("Acme Recruiting", "acme"),
    ("Acme Talent Acquisition", "acme"),
    ("The Hiring Team at Acme", "acme"),
    ("Müller Technik GmbH & Co. KG", "muller technik"),
    ("Société Générale S.A.S.", "societe generale"),
    ("Blue Ocean S.p.A.", "blue ocean"),
    ("Northwind B.V.", "northwind"),
    ("Nordic Paper Oy", "nordic paper"),
])
def test_company_keys_ignore_case_accents_legal_forms_and_wrappers(written: str,
                                                                   key: str) -> None:
    assert company_key(written) == key


def test_display_name_drops_only_the_wrappers() -> None:
    assert display_company("Careers at Initech LLC") == "Initech LLC"


@pytest.mark.parametrize(("left", "right", "same"), [
    ("acme", "acme robotics", True),
    ("acme corp", "acmecorp", True),
    ("acme", "fabrikam", False),
    ("ab", "ab foods", False),
])
def test_same_company_accepts_short_and_long_forms_only(left: str, right: str,
                                                        same: bool) -> None:
    assert same_company(left, right) is same


@pytest.mark.parametrize(("left", "right", "matches"), [
    ("Data Analyst", "Senior Data Analyst (m/w/d)", True),
    ("Développeur Python H/F", "Développeur Python (F/H)", True),
    ("Werkstudent Data Analytics (w/m/d)", "Werkstudent:in Data Analytics", True),
    ("Backend Engineer", "Backend Engineer, Payments", True),
    ("Data Analyst", "Data Engineer", False),
    ("ML Engineer", "Machine Learning Engineer", False),
])
def test_roles_match_without_seniority_and_gender_markers(left: str, right: str,
                                                          matches: bool) -> None:
    assert (role_similarity(left, right) >= 0.6) is matches


def test_an_unknown_role_is_no_evidence_rather_than_a_mismatch() -> None:
    assert role_similarity(None, "Data Analyst") < 0


@pytest.mark.parametrize(("address", "domain"), [
    ("dana@mail.acme.co.uk", "acme.co.uk"),
    ("no-reply@greenhouse.io", None),
    ("jane@dignify.teamtailor-mail.com", None),
    ("sam.lee@gmail.com", None),
    ("bewerbung@mueller-technik.de", "mueller-technik.de"),
])
def test_only_an_employer_domain_is_a_key(address: str, domain: str | None) -> None:
    assert employer_domain(address) == domain


def test_an_agency_domain_does_not_name_its_client() -> None:
    assert domain_names_company("mueller-technik.de", "Müller Technik GmbH")
    assert not domain_names_company("brightstaff.co.uk", "Contoso")


@pytest.mark.parametrize(("address", "generic"), [
    ("no-reply@acme.com", True), ("jobs@acme.com", True), ("bewerbung@acme.de", True),
    ("dana.reyes@acme.com", False),
])
def test_generic_mailboxes_are_not_people(address: str, generic: bool) -> None:
    assert is_generic_address(address) is generic


@pytest.mark.parametrize("subject", ["Fwd: Update", "FW: Update", "WG: Absage", "TR: Refus"])
def test_forwards_are_recognised_in_several_languages(subject: str) -> None:
    assert is_forwarded(subject)
