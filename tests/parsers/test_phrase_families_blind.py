"""Phrasing families added after the blind held-out round, each with near-misses.

The blind set (bench/heldout/data/blind.jsonl) found the gaps; the sentences here are new ones
written for these tests, so a family passes only if it generalises beyond that set.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from afterword.parsers import Classification, Kind

Classify = Callable[..., Classification]

REJECTIONS = [
    # a new or different direction, with or without "in"
    "Appreciate you applying! The studio is taking a different direction for this hire.",
    # the offer went to someone else
    "After the last round we decided to extend the offer to another applicant. Thank you.",
    # no interview will be arranged
    "Having read your CV, we will not be arranging an interview for the Copywriter vacancy.",
    # a candidate with more of something
    "The team went with a candidate who has more hands-on Kubernetes experience. Sorry, Sam.",
    # we are closing your application
    "So we are closing your application for the Barista role. Thanks for your time.",
    # German: filled with someone else, the choice fell on another
    "Wir haben beschlossen, die Stelle mit einem internen Bewerber zu besetzen.",
    "Nach zwei Gesprächsrunden fiel unsere Wahl auf eine Kandidatin aus dem Vertrieb.",
    "Die Entscheidung ist auf jemanden mit mehr Führungserfahrung gefallen. Alles Gute!",
    "Leider passt Ihr Lebenslauf derzeit nicht zu der ausgeschriebenen Stelle als Buchhalter.",
    # other languages: the choice, continuing with a profile who…, no place to offer
    "Pour le poste de comptable, notre choix s'est fait sur une autre candidature.",
    "Nous allons continuer avec un profil qui maîtrise déjà SAP. Merci pour ta candidature.",
    "Voor de vacature kunnen we je helaas geen stageplek aanbieden dit voorjaar.",
    "Infelizmente a vaga de Analista foi suspensa e vamos encerrar o processo seletivo.",
    "Optámos por outra finalista com mais experiência em logística para a vaga.",
    "Per la posizione di contabile abbiamo optato per un profilo con più esperienza.",
    "Purtroppo al momento non possiamo offrirti il posto di magazziniere.",
    "Ti ringraziamo, ma per la posizione non procediamo con la tua candidatura.",
]

NOT_REJECTIONS = [
    # "if you don't hear from us" confirmations stay confirmations
    (
        "Thanks, your application has been received. If you don't hear back within three "
        "weeks, please assume you were unsuccessful this time.",
        Kind.APPLICATION_RECEIVED,
    ),
    # a taken slot is interview scheduling, whatever apology comes with it
    (
        "Sorry, the Monday 11am slot has been booked by someone else. Could you do 1pm for "
        "the interview instead?",
        Kind.INTERVIEW,
    ),
    (
        "Leider ist das Zeitfenster am Freitag schon belegt. Hätten Sie alternativ am Montag "
        "um 9 Uhr Zeit für das Vorstellungsgespräch?",
        Kind.INTERVIEW,
    ),
    (
        "Désolée, ce créneau est déjà réservé. Pouvez-vous m'indiquer d'autres disponibilités "
        "pour l'entretien ?",
        Kind.INTERVIEW,
    ),
    (
        "Lo siento, ese hueco ya está reservado. ¿Te va bien el jueves a las 9 para la entrevista?",
        Kind.INTERVIEW,
    ),
    (
        "Sorry, dat moment is inmiddels vergeven. Kunnen we het kennismakingsgesprek op "
        "dinsdag inplannen?",
        Kind.INTERVIEW,
    ),
    (
        "Infelizmente esse horário está ocupado. Podemos agendar a conversa para terça?",
        Kind.INTERVIEW,
    ),
    (
        "Purtroppo quella fascia è già prenotata, possiamo fissare il colloquio lunedì?",
        Kind.INTERVIEW,
    ),
    # near-misses of the new families
    (
        "We won't be scheduling interviews until the new year, but we have received your "
        "application.",
        Kind.APPLICATION_RECEIVED,
    ),
    (
        "We are not scheduling an interview yet: first, please complete the online coding "
        "assessment.",
        Kind.INTERVIEW,
    ),
    (
        "We're delighted to offer you the role. The team chose you over candidates with more "
        "years in the field because of your portfolio.",
        Kind.OFFER,
    ),
    (
        "Please note we will be closing applications for this vacancy on Friday.",
        Kind.OTHER,
    ),
]

NON_JOB = [
    "Ihr Antrag auf ein Stipendium wurde nach Prüfung leider abgelehnt.",
    "Uw hypotheekaanvraag is helaas afgewezen na beoordeling door de bank.",
]


@pytest.mark.parametrize("body", REJECTIONS)
def test_blind_round_family_is_a_rejection(classify_text: Classify, body: str) -> None:
    result = classify_text(body, subject="Update")
    assert result.kind is Kind.REJECTION, result.evidence


@pytest.mark.parametrize(("body", "kind"), NOT_REJECTIONS)
def test_blind_round_near_miss_is_not_a_rejection(
    classify_text: Classify, body: str, kind: Kind
) -> None:
    result = classify_text(body, subject="Update")
    assert result.kind is kind, result.evidence


@pytest.mark.parametrize("body", NON_JOB)
def test_compound_non_job_words_mark_a_turn_down_as_not_job_related(
    classify_text: Classify, body: str
) -> None:
    result = classify_text(body, subject="Besluit", sender="Service <info@service.example>")
    assert result.kind is Kind.OTHER
    assert result.job_related is False


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for your time and interest; the role has been filled by another applicant.",
        "Danke für den Termin letzte Woche. Die Stelle ist inzwischen leider vergeben.",
    ],
)
def test_thanks_for_the_time_before_a_filled_role_is_still_a_rejection(
    classify_text: Classify, body: str
) -> None:
    result = classify_text(body, subject="Update")
    assert result.kind is Kind.REJECTION, result.evidence
    assert not any(e.rule.endswith(".slot_taken") for e in result.evidence)
