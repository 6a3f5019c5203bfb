"""Phrasing families added after the fourth blind round, each with near-misses.

The blind4 set (bench/heldout/data/blind4.jsonl) was written to be hard: turn-downs without a stock
phrase and hard negatives of the same shapes. The sentences here are new ones written for
these tests; the English ones are also checked as a *body only*.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from afterword.parsers import Classification, Kind

Classify = Callable[..., Classification]


ENGLISH_REJECTIONS = [
    # the answer is no / not a yes
    "Sorry Sam, after the debrief it was a no from the panel for the Buyer role.",
    "We talked it over and the answer is no for the Junior Chef position.",
    "Your trial shift went fine, but it's not a yes from our side this time.",
    # we'll keep looking
    "Thanks for meeting us; we have decided to continue our search for the Editor post.",
    "The team will keep searching for a licensed ward nurse, so this is goodbye for this role.",
    # not going to work out
    "I'm sorry to say this isn't going to work out for the Welder vacancy.",
    "Thanks for your patience; things didn't work out with the Courier position.",
    # decided against
    "The committee decided against offering you the Lecturer post.",
    # missed the shortlist / the cut
    "Your CV was good, but you didn't make the cut for the Planner role.",
    "Sadly you did not make it onto the shortlist for the Analyst job.",
    # hiring someone else / a different way / aligns more
    "We're going to be appointing someone else as Head Gardener.",
    "The studio decided to go a different way with the Animator position.",
    "We chose applicants whose experience fits more closely with the clinic's needs.",
]

OTHER_REJECTIONS = [
    "Wir haben uns beraten und möchten für die Stelle noch weitersuchen.",
    "Die Stelle haben wir bereits mit einem Kollegen aus dem Haus besetzt.",
    "Ehrlich gesagt passt das Profil für unser Team leider nicht.",
    "Nous allons poursuivre nos recherches pour ce poste de comptable.",
    "Suite à l'entretien, nous n'allons pas plus loin avec votre candidature.",
    "Vamos a continuar con la búsqueda para la vacante de recepcionista.",
    "Te contamos que la plaza de camarero se ha quedado con otra persona del equipo.",
    "Ya han cubierto la vacante de almacén, gracias por tu interés.",
    "We blijven nog even verder zoeken voor de functie van monteur.",
    "Voor de functie van kok wordt het helaas een nee.",
    "Para a vaga de garçom, vamos seguir buscando outro perfil.",
    "Sobre a vaga de motorista: infelizmente não deu certo.",
    "Per la posizione di magazziniere continueremo la ricerca.",
    "Per il ruolo di cuoco, purtroppo non se ne farà nulla.",
]

NOT_REJECTIONS = [
    # a no about something else
    ("No, we don't need references yet; we have received your application.", None),
    # the candidate's own no
    ("Thanks for the offer. I'm afraid it's a no from me, I took another job.", None),
    # keep looking out for / at
    ("We will keep looking at applications until Friday, your CV is with us.", None),
    ("Keep looking out for our email about the assessment date.", None),
    # a no-brainer, an answer that is no longer needed
    ("Applying for the warehouse role was a no-brainer, thanks for confirming receipt.", None),
    ("The answer is no longer needed, we have received your CV.", None),
    # conditional work out, a schedule
    ("If Thursday doesn't work out, tell me and we'll find another day.", None),
    ("If this isn't going to work out for your notice period, let us know.", None),
    # a filled slot and a replaced interviewer
    (
        "Sorry, someone took the 9am slot. Could you do Friday instead for the interview?",
        Kind.INTERVIEW,
    ),
    (
        "We've found someone else to lead your interview; it's still on Monday at 3pm.",
        Kind.INTERVIEW,
    ),
    ("We're still reviewing them and will contact you next month.", None),
    # other languages: a search that continues for an interview, a slot, an offer
    ("Wir suchen weiter nach einem Termin für Ihr Vorstellungsgespräch.", None),
    ("Helaas is vrijdag al vol; kan je donderdag voor het gesprek?", Kind.INTERVIEW),
    ("Na alle gesprekken bieden we je graag de baan van planner aan.", Kind.OFFER),
    ("Se não der certo na terça, podemos marcar a entrevista na quarta.", None),
]


@pytest.mark.parametrize("body", ENGLISH_REJECTIONS + OTHER_REJECTIONS)
def test_blind4_family_is_a_rejection(classify_text: Classify, body: str) -> None:
    result = classify_text(body, subject="Your application")
    assert result.kind is Kind.REJECTION, result.evidence


@pytest.mark.parametrize("body", ENGLISH_REJECTIONS)
def test_blind4_english_family_is_a_rejection_as_a_body_only(
    classify_body_only: Callable[[str], Classification], body: str
) -> None:
    result = classify_body_only(body)
    assert result.kind is Kind.REJECTION, result.evidence


@pytest.mark.parametrize(("body", "kind"), NOT_REJECTIONS)
def test_blind4_near_miss_is_not_a_rejection(
    classify_text: Classify, body: str, kind: Kind | None
) -> None:
    result = classify_text(body, subject="Update")
    assert result.kind is not Kind.REJECTION, result.evidence
    if kind is not None:
        assert result.kind is kind, result.evidence
