"""Company, role, recruiter name, reply address, ATS and no-feedback policy."""

from __future__ import annotations

import pytest

from afterword.parsers import RuleSet, analyse, roles

REJECTION = "Unfortunately we will not be moving forward with your application."


def test_company_from_sender_display_name_without_careers_suffix(classify_text) -> None:
    result = classify_text(REJECTION, sender="Globex Careers <jobs@globex.example>")
    assert result.company == "Globex"


@pytest.mark.parametrize(
    "name",
    [
        "Initech Talent Acquisition",
        "Initech via Greenhouse",
        "Initech Recruiting Team",
        "Initech | Hiring Team",
    ],
)
def test_company_display_name_suffixes_are_dropped(classify_text, name: str) -> None:
    result = classify_text(REJECTION, sender=f"{name} <no-reply@initech.example>")
    assert result.company == "Initech"


def test_company_from_ats_link_when_sender_is_generic(classify_text) -> None:
    result = classify_text(
        REJECTION + "\nSee other roles: https://jobs.lever.co/umbrella-labs",
        sender="no-reply@hire.lever.co",
    )
    assert (result.ats, result.ats_tenant) == ("lever", "umbrella-labs")
    assert result.company == "Umbrella Labs"
    assert result.reply_to is None


def test_workday_tenant_from_sender_local_part(classify_text) -> None:
    result = classify_text(REJECTION, sender="Hooli <hooli@myworkday.com>")
    assert (result.ats, result.ats_tenant) == ("workday", "hooli")
    assert result.company == "Hooli"
    assert result.reply_to is None


@pytest.mark.parametrize(
    ("sender", "ats"),
    [
        ("Acme <no-reply@us.greenhouse-mail.io>", "greenhouse"),
        ("Acme <notifications@ashbyhq.com>", "ashby"),
        ("Acme <noreply@smartrecruiters.com>", "smartrecruiters"),
        ("Acme <acme@icims.com>", "icims"),
        ("Acme <acme@taleo.net>", "taleo"),
        ("Acme <noreply@candidates.workablemail.com>", "workable"),
        ("Acme <jobs@acme.jobs.personio.de>", "personio"),
        ("Acme <acme@recruitee.com>", "recruitee"),
        ("Acme <no-reply@teamtailor.com>", "teamtailor"),
    ],
)
def test_ats_senders_are_recognised(classify_text, sender: str, ats: str) -> None:
    result = classify_text(REJECTION, sender=sender)
    assert result.ats == ats
    assert result.company == "Acme"
    assert any(e.rule == f"sender.ats.{ats}" for e in result.evidence)


def test_person_sender_gives_company_from_text_and_recipient_name(classify_text) -> None:
    result = classify_text(
        "Hi Sam,\n\nThank you for your interest in the role at Vandelay Industries. "
        + REJECTION
        + "\n\nBest regards,\nDana Scully\nTalent Partner",
        sender="Dana Scully <dana.scully@gmail.com>",
    )
    assert result.company == "Vandelay Industries"
    assert result.recipient_name == "Dana Scully"
    assert result.reply_to == "dana.scully@gmail.com"


def test_recipient_name_on_the_closing_line(classify_text) -> None:
    result = classify_text(REJECTION + "\n\nBest, Priya")
    assert result.recipient_name == "Priya"


def test_team_signature_is_not_a_recipient_name(classify_text) -> None:
    result = classify_text(REJECTION + "\n\nKind regards,\nThe Acme Recruiting Team")
    assert result.recipient_name is None


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        (
            "Your application",
            "Thanks for applying for the Senior Data Engineer position. " + REJECTION,
            "Senior Data Engineer",
        ),
        ("Application for Platform Engineer (Job ID 4711)", REJECTION, "Platform Engineer"),
        (
            "Ihre Bewerbung als Werkstudent Marketing",
            "Leider müssen wir absagen.",
            "Werkstudent Marketing",
        ),
        (
            "Update",
            "Thank you for your interest in the position of QA Lead. " + REJECTION,
            "QA Lead",
        ),
    ],
)
def test_role_title(classify_text, subject: str, body: str, role: str) -> None:
    assert classify_text(body, subject=subject).role == role


def test_reply_to_header_wins_over_from(classify_text) -> None:
    result = classify_text(
        REJECTION, sender="Acme <no-reply@acme.example>", reply_to="Jo Recruiter <jo@acme.example>"
    )
    assert result.reply_to == "jo@acme.example"


@pytest.mark.parametrize(
    "addr",
    [
        "noreply@acme.example",
        "do-not-reply@acme.example",
        "donotreply@acme.example",
        "mailer-daemon@acme.example",
        "notifications@acme.example",
    ],
)
def test_no_reply_senders_are_not_replyable(classify_text, addr: str) -> None:
    assert classify_text(REJECTION, sender=f"Acme <{addr}>").reply_to is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Due to the volume of applications we are unable to provide individual feedback.",
        "Leider können wir Ihnen keine individuelle Rückmeldung zu den Gründen geben.",
        "Wir bitten um Verständnis, dass wir keine persönlichen Gründe mitteilen.",
        "Nous ne sommes pas en mesure de vous faire un retour personnalisé.",
        "No podemos ofrecer comentarios individuales sobre las candidaturas.",
        "Helaas kunnen wij geen persoonlijke feedback geven.",
        "Não conseguimos fornecer feedback individual.",
        "Non siamo in grado di fornire un feedback individuale.",
    ],
)
def test_no_feedback_policy_in_each_language(classify_text, sentence: str) -> None:
    assert classify_text(sentence).no_feedback_policy


def test_rejection_without_policy_sentence_has_no_policy(classify_text) -> None:
    assert not classify_text(REJECTION + " Happy to share feedback if useful.").no_feedback_policy


def test_applying_to_the_company_is_not_taken_for_the_role() -> None:
    raw = (b"From: Lumen Labs <no-reply@greenhouse.io>\r\nTo: me@example.org\r\n"
           b"Subject: Thank you for applying to Lumen Labs\r\nMessage-ID: <a1@x>\r\n\r\n"
           b"We have received your application for the Site Reliability Engineer position "
           b"and will review it soon.\r\n")
    _, found = analyse(raw, RuleSet.load(("en",)))
    assert found.company == "Lumen Labs"
    assert found.role == "Site Reliability Engineer"


# --- recipient name: a person or nobody ----------------------------------------------------


@pytest.mark.parametrize(
    ("signoff", "name"),
    [
        ("Kind regards,\nR. Castellano\nHR Advisor", "R. Castellano"),
        ("Mit freundlichen Grüßen\ni.A. Birgit Sommer\nPersonal", "Birgit Sommer"),
        ("Warm regards,\nDr. Omar Haddad", "Omar Haddad"),
        ("Met vriendelijke groet,\nLotte van der Berg\nRecruiter", "Lotte van der Berg"),
        ("Best,\nNoor | Talent Partner | Elmstead", "Noor"),
        ("Thanks,\nFelix @ Quayside", "Felix"),
        ("— Ines from Harbourview", "Ines"),
        ("Have a lovely weekend,\nGreta Lund\nHiring Manager", "Greta Lund"),
    ],
)
def test_signer_name_is_found_in_many_sign_off_styles(
    classify_text, signoff: str, name: str
) -> None:
    result = classify_text(REJECTION + "\n\n" + signoff, sender="Jobs <jobs@elmstead.example>")
    assert result.recipient_name == name


@pytest.mark.parametrize(
    "signoff",
    [
        "Regards,\nThe Elmstead People Team",
        "Cordialement,\nL'équipe Recrutement",
        "Saludos,\nEquipo de Selección",
        "Cordiali saluti,\nUfficio Personale",
        "Mit freundlichen Grüßen\nIhr Bewerbermanagement",
        "Kind regards,\nSenior Talent Partner",
        "Best regards,\nElmstead Holdings",
    ],
)
def test_team_title_or_company_sign_off_gives_no_name(classify_text, signoff: str) -> None:
    result = classify_text(
        REJECTION + "\n\n" + signoff, sender="Elmstead Holdings <jobs@elmstead.example>"
    )
    assert result.recipient_name is None


def test_ats_tenant_display_name_is_not_taken_for_a_person(classify_text) -> None:
    result = classify_text(REJECTION, sender="Marlin Freight <marlinfreight@myworkday.com>")
    assert result.recipient_name is None
    assert result.company == "Marlin Freight"


def test_role_mailbox_display_name_is_the_company_not_a_person(classify_text) -> None:
    result = classify_text(REJECTION, sender="Quincy Dental HR <hr@quincydental.example>")
    assert result.company == "Quincy Dental"
    assert result.recipient_name is None


def test_surname_particle_in_display_name_is_not_an_organisation(classify_text) -> None:
    result = classify_text(REJECTION, sender="Pieter de Wit <pieter.dewit@zeeland-solar.example>")
    assert result.company == "Zeeland Solar"
    assert result.recipient_name == "Pieter de Wit"


def test_unencoded_utf8_display_name_is_read(email_bytes, rules) -> None:
    raw = email_bytes(REJECTION, sender="Zoë Ibáñez <zoe.ibanez@cordillera.example>")
    _, found = analyse(raw, rules)
    assert found.recipient_name == "Zoë Ibáñez"
    assert found.company == "Cordillera"


def test_unquoted_at_sign_in_display_name_keeps_the_real_address(classify_text) -> None:
    result = classify_text(REJECTION, sender="Careers @ Lindqvist <careers@lindqvist.example>")
    assert result.reply_to == "careers@lindqvist.example"
    assert result.company == "Lindqvist"


@pytest.mark.parametrize(
    "addr",
    ["naoresponda@loja.example", "nepasrepondre@maison.example", "noresponder@tienda.example"],
)
def test_localised_no_reply_mailboxes_are_not_replyable(classify_text, addr: str) -> None:
    assert classify_text(REJECTION, sender=f"Shop <{addr}>").reply_to is None


def test_department_prefix_is_dropped_from_the_company(classify_text) -> None:
    result = classify_text(REJECTION, sender="Personalabteilung Holzwerk Ost <hr@holzwerk.example>")
    assert result.company == "Holzwerk Ost"


def test_university_domain_under_ac_gives_the_institution_label(classify_text) -> None:
    result = classify_text(REJECTION, sender="Recruitment <recruitment@fenmoor.ac.example>")
    assert result.company == "Fenmoor"


# --- role: a real title or None ------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body", "title"),
    [
        ("Update", "We have filled the Warehouse\nTeam Leader role.", "Warehouse Team Leader"),
        ("Update", "Thanks for your interest in the Mobile Developer position at Kelp.",
         "Mobile Developer"),
        ("Update", "Your application for Payroll Specialist was not successful.",
         "Payroll Specialist"),
        ("Update", "Sie hatten sich auf die Stelle Disponent Nahverkehr (m/w/d) beworben.",
         "Disponent Nahverkehr"),
        ("Update", "Merci pour votre intérêt pour le poste de Juriste droit social (F/H).",
         "Juriste droit social"),
        ("Update", "Hemos cubierto la plaza de Enfermera de quirófano.", "Enfermera de quirófano"),
        ("Update", "Je hebt gesolliciteerd als Teamleider Klantenservice.",
         "Teamleider Klantenservice"),
        ("Update", "Obrigado pelo interesse na vaga de Técnico de Redes.", "Técnico de Redes"),
        ("Update", "Abbiamo chiuso la posizione di Magazziniere.", "Magazziniere"),
        ("Update", "Thanks for applying to join us as a Payments Analyst.", "Payments Analyst"),
        ("Marlowe Ltd – Night Shift Supervisor", REJECTION, "Night Shift Supervisor"),
        ("Application status: Junior Surveyor Apprentice", REJECTION, "Junior Surveyor Apprentice"),
        ("Update on REQ-20417 Treasury Analyst", REJECTION, "Treasury Analyst"),
    ],
)
def test_role_is_announced_or_a_title_like_subject(
    classify_text, subject: str, body: str, title: str
) -> None:
    assert classify_text(body, subject=subject).role == title


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Thank You for Applying", REJECTION),
        ("Kelp Robotics: Thanks for applying", REJECTION),
        ("Following up on our chat", REJECTION),
        ("Update", "Thanks for applying to Kelp Robotics. " + REJECTION),
        ("Update", "Your application for this season has been reviewed. " + REJECTION),
        ("Update", "Vielen Dank für Ihr Interesse an Kelp Robotics. " + REJECTION),
        ("Your Application Update", REJECTION),
    ],
)
def test_no_role_rather_than_a_wrong_one(classify_text, subject: str, body: str) -> None:
    assert classify_text(body, subject=subject).role is None


def test_role_stops_before_the_rest_of_the_sentence(classify_text) -> None:
    body = "Your application for Line Cook has been reviewed and we will not proceed."
    assert classify_text(body, subject="Update").role == "Line Cook"


def test_application_for_a_title_does_not_make_it_the_company(classify_text) -> None:
    body = "Thanks for your application for Field Engineer. " + REJECTION
    result = classify_text(body, subject="Update", sender="Ada Moss <ada@ferrowind.example>")
    assert result.company == "Ferrowind"
    assert result.role == "Field Engineer"


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("We filled the Copy Editor at role last week.", "Copy Editor"),
        ("Please check our Careers page to see if another role suits you.", None),
        ("Thanks for applying to the 20250931 Junior Buyer position.", "Junior Buyer"),
        ("We will review the Night Porter role shortly and reply.", "Night Porter"),
    ],
)
def test_role_fragments_that_are_not_titles(classify_text, body: str, title: str | None) -> None:
    assert classify_text(body, subject="Update").role == title


def test_shouted_company_line_is_not_a_name(classify_text) -> None:
    result = classify_text(REJECTION + "\n\nBest regards,\nBRAMBLE OUTDOOR Stores")
    assert result.recipient_name is None


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("We looked at your application for the Test Analyst and will not be proceeding.",
         "Test Analyst"),
        ("Your application for the Estates Officer on Monday arrived after the deadline.",
         "Estates Officer"),
        ("Applications for the Bid Writer by 9 May are all being read now.", "Bid Writer"),
        ("Thanks for applying for our Trainee Surveyor starting in September.",
         "Trainee Surveyor"),
        ("We hold applications for the Hotel Porter until the end of June.", "Hotel Porter"),
        ("Thank you for interviewing for the Lab Technician last week.", "Lab Technician"),
        ("You applied for the Fleet Mechanic from our spring advert.", "Fleet Mechanic"),
    ],
)
def test_title_stops_at_a_conjunction_verb_preposition_or_time_word(
    sentence: str, title: str
) -> None:
    assert roles.role("", f"Hi Sam,\n\n{sentence}\n\nBest,\nKit", None) == title


def test_applying_to_a_job_title_does_not_make_it_the_company(classify_text) -> None:
    result = classify_text(
        "Hi Sam,\n\nThanks for applying to Retail Sales Assistant. We will not take it further.",
        subject="",
        sender="Kit Moran <kit.moran@gmail.com>",
    )
    assert result.company is None
    assert result.role == "Retail Sales Assistant"


def test_company_name_with_a_plural_job_word_is_still_a_company(classify_text) -> None:
    result = classify_text(
        "Hi Sam,\n\nThank you for your interest in working with Ashdown Partners.",
        subject="",
        sender="Kit Moran <kit.moran@gmail.com>",
    )
    assert result.company == "Ashdown Partners"


@pytest.mark.parametrize("label", ["Careers", "Recruiting", "Jobs", "Talent", "Hiring Team"])
def test_ats_style_display_name_keeps_the_whole_company(classify_text, label: str) -> None:
    result = classify_text(REJECTION, sender=f"Tollgate Marine {label} <team@tollgate.example>")
    assert result.company == "Tollgate Marine"
    assert result.recipient_name is None


def test_agency_domain_is_not_taken_for_the_employer(classify_text) -> None:
    result = classify_text(
        "Hi Sam,\n\nMy client has filled the Site Manager role.\n\nBest,\nRhys",
        subject="Quick update",
        sender="Rhys Tate <rhys@northstaffing.example>",
    )
    assert result.company is None
    assert result.recipient_name == "Rhys"


def test_pronouns_after_the_signer_are_not_part_of_the_name(classify_text) -> None:
    result = classify_text(
        REJECTION + "\n\nKind regards,\nMorgan Ellery (she/her)\nRecruiter\nTel: 01632 960000",
        sender="Tollgate Careers <careers@tollgate.example>",
    )
    assert result.recipient_name == "Morgan Ellery"
