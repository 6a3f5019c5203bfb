"""Phrasing families added to generalise beyond the corpus, each with near-misses.

Examples are written for these tests (see bench/heldout for the evaluation set).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from afterword.parsers import Classification, Kind

Classify = Callable[..., Classification]

REJECTIONS = [
    # others chosen, without the word "other"
    "Thanks for your time. The panel has landed on another finalist for the Designer role.",
    "We have decided to fill the Analyst position internally. Thank you for applying.",
    "Hey, we're going to pass this time around on the Writer role. Good luck!",
    "We have not been able to take it further at this stage. Thank you for your application.",
    "Wir haben uns für jemanden entschieden, der mehr Erfahrung mitbringt. Danke für Ihre "
    "Bewerbung.",
    "Unser Kunde hat sich entschieden, mit anderen Kandidaten fortzufahren.",
    "Nous avons décidé de poursuivre avec une personne plus expérimentée pour ce poste.",
    "Hemos preferido seguir con candidatos que tienen más experiencia en el sector.",
    "Hemos decidido no seguir adelante con tu candidatura para el puesto.",
    "We hebben voor iemand anders gekozen voor deze functie.",
    "Zij kiezen ervoor om verder te gaan met kandidaten die meer ervaring hebben.",
    "O cliente decidiu avançar com candidatos com mais experiência na vaga.",
    "Il cliente ha preferito proseguire con candidati con maggiore esperienza per la posizione.",
    "Thank you for interviewing. I'm sorry to say you were not the successful candidate.",
    "The client offered the Product Owner role to another candidate, so your application "
    "won't progress.",
    "Agradecemos seu interesse na vaga. Neste momento, seguiremos com outros candidatos.",
    "Obrigada pela conversa. Decidimos avançar com uma pessoa com mais experiência na vaga.",
    # role cancelled / process closed
    "Due to budget changes we cancelled the Data role altogether, so we have to close your "
    "application.",
    "Die ausgeschriebene Stelle wurde leider gestrichen. Danke für Ihre Bewerbung.",
    "Le recrutement pour ce poste a été suspendu et nous devons clore le processus.",
    "La empresa ha decidido cancelar la contratación para el puesto, cerramos el proceso.",
    "Door een reorganisatie is de vacature ingetrokken en stoppen we de procedure.",
    "A vaga de Analista de Crédito foi cancelada e encerramos o processo seletivo.",
    "L'azienda ha deciso di annullare la ricerca per la posizione, chiudiamo il processo.",
    # other wording gaps
    "Ne va pas aller plus loin pour le poste, désolé. Merci pour ta candidature.",
    "Nous ne sommes pas en mesure de répondre favorablement à votre candidature.",
]

NOT_REJECTIONS = [
    # confirmations that apologise for not answering everyone
    (
        "Thanks for applying! We received your application. Unfortunately we receive a high "
        "volume of applications and can't respond to everyone personally.",
        Kind.APPLICATION_RECEIVED,
    ),
    (
        "Nous avons bien reçu votre candidature. Malheureusement nous ne pouvons pas répondre "
        "à chacun immédiatement.",
        Kind.APPLICATION_RECEIVED,
    ),
    (
        "Hemos recibido tu candidatura. Lamentablemente no podemos responder a todas de forma "
        "individual.",
        Kind.APPLICATION_RECEIVED,
    ),
    # still reviewing
    (
        "We are still reviewing applications for the role and have not yet made any decisions.",
        Kind.APPLICATION_RECEIVED,
    ),
    (
        "Stiamo ancora valutando le candidature per la posizione. Grazie della pazienza.",
        Kind.APPLICATION_RECEIVED,
    ),
    # reschedules are interview mail, never rejections
    ("Leider müssen wir unser Gespräch am Donnerstag verschieben. Passt Montag?", Kind.INTERVIEW),
    ("Helaas moeten we ons gesprek van donderdag verzetten.", Kind.INTERVIEW),
    ("Infelizmente vamos precisar remarcar a entrevista de amanhã.", Kind.INTERVIEW),
    # offers
    ("The team would like to extend you an offer for the role! Contract to follow.", Kind.OFFER),
    # the candidate's own withdrawal
    (
        "Dank voor de uitnodiging. Ik heb een andere baan aangenomen en trek mijn sollicitatie in.",
        Kind.OTHER,
    ),
    ("Ho accettato un'altra offerta e desidero ritirare la mia candidatura.", Kind.OTHER),
    ("Lamentamos, mas teremos de reagendar a sua entrevista de sexta-feira.", Kind.INTERVIEW),
    ("Als nächsten Schritt laden wir dich zu einem kurzen Online-Assessment ein.", Kind.INTERVIEW),
    # selected from among other candidates is good news
    (
        "We are delighted to offer you the role: you were selected from among many other "
        "candidates.",
        Kind.OFFER,
    ),
    (
        "Nos complace ofrecerte el puesto: has sido seleccionado entre otros candidatos.",
        Kind.OFFER,
    ),
    # near-misses of the new phrasings
    ("We will close applications for the role on Friday; apply soon!", Kind.OTHER),
    ("N'hésitez pas à continuer vos démarches sur notre site carrière.", Kind.OTHER),
    ("You are going to pass the onboarding quiz easily, see you Monday!", Kind.OTHER),
]

NON_JOB = [
    "Après étude de votre demande de prêt personnel, nous ne pouvons y donner une suite favorable.",
    "Lamentamos informar que o seu pedido de crédito pessoal não foi aprovado.",
    "Hemos revisado tu app y lamentablemente no cumple con las directrices de revisión.",
    "Votre candidature au master n'a pas été retenue par la commission pédagogique.",
]


@pytest.mark.parametrize("body", REJECTIONS)
def test_phrase_family_is_a_rejection(classify_text: Classify, body: str) -> None:
    result = classify_text(body, subject="Update")
    assert result.kind is Kind.REJECTION, result.evidence


@pytest.mark.parametrize(("body", "kind"), NOT_REJECTIONS)
def test_near_miss_is_not_a_rejection(classify_text: Classify, body: str, kind: Kind) -> None:
    result = classify_text(body, subject="Update")
    assert result.kind is kind, result.evidence


@pytest.mark.parametrize("body", NON_JOB)
def test_turn_down_without_job_context_is_not_job_related(
    classify_text: Classify, body: str
) -> None:
    result = classify_text(body, subject="Decision", sender="Service <info@service.example>")
    assert result.kind is Kind.OTHER
    assert result.job_related is False


def test_credit_analyst_job_is_still_a_job(classify_text: Classify) -> None:
    result = classify_text(
        "Gostaríamos de convidá-lo para uma entrevista para a vaga de Analista de Crédito.",
        subject="Convite",
    )
    assert result.kind is Kind.INTERVIEW
