"""Each shipped rule pack recognises its language's rejections and leaves near-misses alone.

The examples are written for these tests; none comes from the corpus.
"""

from __future__ import annotations

import pytest

from afterword.parsers import Kind, RuleSet
from afterword.parsers.rules import PACK_LANGUAGES

REJECTIONS = {
    "en": [
        "Hi Sam,\nThanks for your time. We have decided to pursue other applicants for this "
        "opening.\nAll the best",
        "Dear Sam, after reviewing your CV we will not be progressing your application further.",
        "Hello Sam, the team has made the decision not to proceed with your candidacy.",
        "Sam, we regret to inform you that the Backend Engineer role has now been filled.",
        "Thank you for interviewing with us. Sadly you were not selected for the next round.",
        "Unfortunately your application was unsuccessful on this occasion. "
        "Good luck with your job search.",
        "We appreciated meeting you, but we've chosen to move forward with a candidate whose "
        "experience more closely matches our needs.",
        "After careful consideration we are unable to offer you the position. We will keep "
        "your CV on file for future openings.",
        "Your application is no longer under consideration for the Analyst position.",
        "We have put the Platform Lead role on hold and will not be moving ahead with hiring.",
        "Regrettably, we won't be taking your application any further.",
        "We've decided to go with someone whose experience better fits the role.",
    ],
    "de": [
        "Hallo Sam,\nleider können wir Ihre Bewerbung nicht weiter berücksichtigen.",
        "Sehr geehrter Herr Muster, wir haben uns für eine andere Kandidatin entschieden.",
        "Nach reiflicher Überlegung müssen wir Ihnen heute eine Absage erteilen.",
        "Die ausgeschriebene Stelle wurde inzwischen anderweitig besetzt. Wir wünschen Ihnen "
        "für Ihren weiteren Weg alles Gute.",
        "Leider haben wir keine positive Nachricht für dich: wir werden deine Bewerbung nicht "
        "weiterverfolgen.",
        "Wir bedauern, Ihnen mitteilen zu müssen, dass wir Sie nicht zu einem Gespräch "
        "einladen können.",
    ],
    "fr": [
        "Bonjour, nous sommes au regret de vous faire savoir que votre dossier n'a pas été "
        "retenu.",
        "Malheureusement, nous ne pouvons pas donner une suite favorable à votre candidature.",
        "Après une étude attentive, notre choix s'est porté sur un autre candidat.",
        "Le poste a déjà été pourvu. Nous vous souhaitons bonne continuation.",
        "Nous avons le regret de vous annoncer que nous ne retiendrons pas votre candidature.",
    ],
    "es": [
        "Hola, lamentablemente tu candidatura no ha sido seleccionada para el puesto.",
        "Tras una revisión cuidadosa, hemos decidido continuar con otros candidatos.",
        "Te informamos que no seguiremos adelante con tu candidatura. Mucho éxito en tu búsqueda.",
        "Lamentamos comunicarte que la vacante ya ha sido cubierta.",
    ],
    "nl": [
        "Beste Sam, helaas gaan we niet verder met je sollicitatie.",
        "Na zorgvuldige overweging hebben we gekozen voor een andere kandidaat.",
        "Helaas ben je niet geselecteerd voor de volgende ronde.",
        "De vacature is inmiddels vervuld. Succes met je verdere zoektocht.",
    ],
    "pt": [
        "Olá, infelizmente a sua candidatura não foi selecionada para esta vaga.",
        "Após uma análise cuidadosa, optamos por seguir com outros candidatos.",
        "Informamos que não vamos dar continuidade ao seu processo. Desejamos sucesso na sua "
        "jornada.",
        "Lamentamos, mas a vaga já foi preenchida.",
    ],
    "it": [
        "Gentile Sam, purtroppo la sua candidatura non è stata selezionata.",
        "Dopo un'attenta valutazione abbiamo scelto di proseguire con altri candidati.",
        "Ti comunichiamo che il processo di selezione ha avuto esito negativo.",
        "Siamo spiacenti, la posizione è già stata coperta.",
    ],
}

NOT_REJECTIONS = {
    "en": [
        (
            "Thank you for applying! We have received your application and will review it shortly.",
            Kind.APPLICATION_RECEIVED,
        ),
        (
            "We'd like to invite you to a video interview. Please share your availability.",
            Kind.INTERVIEW,
        ),
        (
            "We are delighted to offer you the role of Data Engineer. The offer letter is "
            "attached.",
            Kind.OFFER,
        ),
    ],
    "de": [
        (
            "Vielen Dank für Ihre Bewerbung. Wir haben Ihre Unterlagen erhalten und melden uns "
            "bald.",
            Kind.APPLICATION_RECEIVED,
        ),
        ("Wir möchten Sie gerne zu einem Vorstellungsgespräch einladen.", Kind.INTERVIEW),
    ],
    "fr": [
        ("Merci pour votre candidature, nous l'avons bien reçue.", Kind.APPLICATION_RECEIVED),
        ("Nous souhaitons vous inviter à un entretien la semaine prochaine.", Kind.INTERVIEW),
    ],
    "es": [
        (
            "Gracias por tu candidatura. Hemos recibido tu CV correctamente.",
            Kind.APPLICATION_RECEIVED,
        ),
        ("Nos gustaría invitarte a una entrevista el jueves.", Kind.INTERVIEW),
    ],
    "nl": [
        ("Bedankt voor je sollicitatie, we hebben hem goed ontvangen.", Kind.APPLICATION_RECEIVED),
        ("Graag nodigen we je uit voor een kennismakingsgesprek.", Kind.INTERVIEW),
    ],
    "pt": [
        ("Obrigado por se candidatar! Recebemos a sua candidatura.", Kind.APPLICATION_RECEIVED),
        ("Gostaríamos de convidá-lo para uma entrevista.", Kind.INTERVIEW),
    ],
    "it": [
        ("Grazie per la tua candidatura, l'abbiamo ricevuta.", Kind.APPLICATION_RECEIVED),
        ("Vorremmo invitarti a un colloquio la prossima settimana.", Kind.INTERVIEW),
    ],
}


@pytest.mark.parametrize("language", PACK_LANGUAGES)
def test_every_pack_loads_on_its_own(language: str) -> None:
    rules = RuleSet.load((language,))
    assert rules.rules
    assert all(
        r.id.startswith(f"{language}.") and r.source == f"pack:{language}" for r in rules.rules
    )


#: A pattern longer than this is two meanings in one rule: split it so each reads on its own.
LONGEST_PATTERN = 200


@pytest.mark.parametrize("language", PACK_LANGUAGES)
def test_no_pack_pattern_is_longer_than_two_hundred_characters(language: str) -> None:
    too_long = {
        r.id: len(r.pattern)
        for r in RuleSet.load((language,)).rules
        if len(r.pattern) > LONGEST_PATTERN
    }
    assert too_long == {}


@pytest.mark.parametrize(
    ("language", "body"),
    [(lang, body) for lang, bodies in REJECTIONS.items() for body in bodies],
)
def test_pack_recognises_rejection(classify_text, language: str, body: str) -> None:
    result = classify_text(body, subject="Update")
    assert result.kind is Kind.REJECTION, result.evidence
    assert result.is_rejection and result.job_related
    assert any(e.rule.startswith(f"{language}.rejection.") for e in result.evidence)


@pytest.mark.parametrize(
    ("language", "body", "kind"),
    [(lang, body, kind) for lang, cases in NOT_REJECTIONS.items() for body, kind in cases],
)
def test_pack_tells_other_job_emails_apart(
    classify_text, language: str, body: str, kind: Kind
) -> None:
    result = classify_text(body, subject="Update")
    assert result.kind is kind, result.evidence
    assert not result.is_rejection


@pytest.mark.parametrize(
    ("language", "body"),
    [(lang, body) for lang, bodies in REJECTIONS.items() for body in bodies[:1]],
)
def test_language_is_guessed(parse_text, language: str, body: str) -> None:
    parsed, result = parse_text(body, subject="Update")
    assert parsed.language == language == result.language
