"""A second, smaller held-out set written after the rules were tuned on the first one.

Never used to tune rules: it measures how far the tuning generalised. Invented text.
"""

from bench.heldout import Sample as S

SAMPLES_BY_LANGUAGE = {
    "en": [
        S(
            "rejection",
            "ATS, chosen someone else",
            "Your application at Kestrel Maps",
            "Kestrel Maps <no-reply@kestrelmaps.ashbyhq.com>",
            """Hi Sam,

Thank you for your interest in the GIS Developer position. We've now reviewed all
applications and have chosen a candidate whose experience is a stronger fit for the team's
current needs.

We appreciate the effort you put into applying.
Kestrel Maps Recruiting""",
        ),
        S(
            "rejection",
            "personal, role closed",
            "Re: catching up",
            "Omar Haddad <omar@fable-games.example>",
            """Hi Sam,

Sorry for the slow reply. Leadership decided not to hire for the Narrative Designer opening
this year, so the search is closed and I can't take your application any further. I'm
really sorry, you were a strong contender.

Omar""",
        ),
        S(
            "rejection",
            "after interview, not the successful candidate",
            "Interview feedback",
            "Helen Price <helen.price@stmarysfoundation.example>",
            """Dear Sam,

Thank you for coming in to interview for the Fundraising Officer post. I'm sorry to tell you
that you were not the successful candidate on this occasion. The decision was very close.

Kind regards,
Helen Price""",
        ),
        S(
            "rejection",
            "agency, client moved on",
            "Client update - Product Owner",
            "Ravi Menon <ravi@northstar-talent.example>",
            """Hi Sam,

Quick update from the client: they've offered the Product Owner role to another candidate,
so your application won't progress. I'll keep an eye out for similar roles for you.

Ravi""",
        ),
        S(
            "interview",
            "invite with 'unfortunately' about timing",
            "Interview slot",
            "Kestrel Maps <no-reply@kestrelmaps.ashbyhq.com>",
            """Hi Sam,

We'd love to schedule a technical interview for the GIS Developer role. Unfortunately our
calendar is tight this week, so please choose a time next week using the link.

Kestrel Maps Recruiting""",
        ),
        S(
            "other",
            "paper rejection, talk proposal",
            "Your talk proposal",
            "PyNorth Program Committee <cfp@pynorth.example>",
            """Hi Sam,

Thank you for submitting a talk proposal to PyNorth. Unfortunately we were not able to
include it in this year's programme; we received over 400 proposals for 40 slots.

The Program Committee""",
        ),
    ],
    "de": [
        S(
            "rejection",
            "ATS short",
            "Deine Bewerbung bei Wolkenwerk",
            "Wolkenwerk <jobs@wolkenwerk.jobs.personio.de>",
            """Hallo Sam,

vielen Dank für dein Interesse an Wolkenwerk. Leider können wir dir für die Position
Backend-Entwickler keine Zusage geben.

Viele Grüße
Wolkenwerk People""",
        ),
        S(
            "rejection",
            "formal, other applicants closer",
            "Ihre Bewerbung vom 2. März",
            "Kanzlei Reuter & Partner <bewerbung@reuter-partner.example>",
            """Sehr geehrter Herr Rivera,

wir haben uns nach intensiver Durchsicht aller Unterlagen für Bewerberinnen und Bewerber
entschieden, deren Profil unseren Anforderungen noch näher kommt.

Mit freundlichen Grüßen
Kanzlei Reuter & Partner""",
        ),
        S(
            "interview",
            "Assessment invitation",
            "Nächster Schritt: Online-Test",
            "Wolkenwerk <jobs@wolkenwerk.jobs.personio.de>",
            """Hallo Sam,

vielen Dank für deine Bewerbung! Als nächsten Schritt laden wir dich zu einem kurzen
Online-Assessment ein. Bitte schließe es innerhalb von fünf Tagen ab.

Viele Grüße
Wolkenwerk People""",
        ),
        S(
            "other",
            "club membership",
            "Ihr Mitgliedsantrag",
            "Golfclub Seewiesen <sekretariat@gc-seewiesen.example>",
            """Sehr geehrter Herr Rivera,

leider können wir Ihren Mitgliedsantrag derzeit nicht annehmen, da unsere Kapazitäten
ausgeschöpft sind.

Golfclub Seewiesen""",
        ),
    ],
    "fr": [
        S(
            "rejection",
            "ATS short",
            "Votre candidature chez Brumeo",
            "Brumeo <no-reply@brumeo.recruitee.com>",
            """Bonjour Sam,

Merci pour votre candidature au poste d'Analyste financier. Après examen, nous avons décidé
de ne pas poursuivre le processus avec vous.

L'équipe Brumeo""",
        ),
        S(
            "rejection",
            "after interview",
            "Suite à votre entretien",
            "Sophie Lambert <s.lambert@maisonverdier.example>",
            """Bonjour Sam,

Merci pour le temps consacré à nos entretiens. Nous avons finalement choisi un candidat dont
l'expérience correspond davantage au poste. Je vous souhaite beaucoup de succès.

Sophie Lambert""",
        ),
        S(
            "interview",
            "invitation with unfortunately",
            "Entretien",
            "Brumeo <no-reply@brumeo.recruitee.com>",
            """Bonjour Sam,

Nous souhaitons vous proposer un entretien pour le poste d'Analyste financier.
Malheureusement, nos créneaux sont limités : merci de choisir une date rapidement.

L'équipe Brumeo""",
        ),
        S(
            "other",
            "university admission",
            "Votre candidature en master",
            "Scolarité Université de Valmont <scolarite@univ-valmont.example>",
            """Bonjour,

Nous avons le regret de vous informer que votre candidature au master Économie n'a pas été
retenue par la commission pédagogique.

Service de la scolarité""",
        ),
    ],
    "es": [
        S(
            "rejection",
            "ATS short",
            "Tu candidatura en Salina",
            "Salina <no-reply@salina.teamtailor-mail.com>",
            """Hola Sam,

Gracias por presentarte al puesto de Diseñador UX. Tras revisar tu perfil, hemos optado por
otros candidatos para esta posición.

Equipo Salina""",
        ),
        S(
            "rejection",
            "position cancelled",
            "Actualización de tu proceso",
            "Carmen Vidal <carmen.vidal@logistica-ebro.example>",
            """Hola Sam,

Te escribo para contarte que la vacante de Coordinador de Operaciones ha sido cancelada por
la dirección, así que el proceso queda cerrado. Siento las molestias.

Carmen""",
        ),
        S(
            "interview",
            "invite",
            "Próximos pasos",
            "Salina <no-reply@salina.teamtailor-mail.com>",
            """Hola Sam,

Nos gustaría conocerte en una entrevista con el equipo de diseño. ¿Qué disponibilidad
tienes la próxima semana?

Equipo Salina""",
        ),
        S(
            "other",
            "rental",
            "Solicitud de alquiler",
            "Fincas Mar <alquiler@fincasmar.example>",
            """Hola Sam,

Lamentablemente el propietario ha decidido no aceptar tu solicitud de alquiler para la
vivienda de la calle Luna.

Fincas Mar""",
        ),
    ],
    "nl": [
        S(
            "rejection",
            "ATS short",
            "Je sollicitatie bij Molenwerk",
            "Molenwerk <jobs@molenwerk.recruitee.com>",
            """Hoi Sam,

Bedankt voor je sollicitatie als Backend Developer. Helaas hebben we besloten om niet met je
verder te gaan in de procedure.

Team Molenwerk""",
        ),
        S(
            "rejection",
            "after interview",
            "Na ons gesprek",
            "Thijs Mulder <thijs@studiogracht.example>",
            """Beste Sam,

Dank voor je tijd tijdens het tweede gesprek. We hebben een kandidaat gevonden die net iets
beter aansluit bij het team. Ik wens je veel succes met je zoektocht.

Thijs""",
        ),
        S(
            "application_received",
            "confirmation",
            "Bedankt voor je sollicitatie",
            "Molenwerk <jobs@molenwerk.recruitee.com>",
            """Hoi Sam,

Bedankt voor je sollicitatie! We hebben alles goed ontvangen en nemen binnen twee weken
contact met je op.

Team Molenwerk""",
        ),
        S(
            "other",
            "grant",
            "Besluit subsidieaanvraag",
            "Fonds Cultuur Oost <info@fondscultuuroost.example>",
            """Beste Sam,

Helaas is je subsidieaanvraag voor het project niet toegekend. Er waren meer aanvragen dan
budget.

Fonds Cultuur Oost""",
        ),
    ],
    "pt": [
        S(
            "rejection",
            "ATS short (BR)",
            "Atualização da sua candidatura",
            "Coral Bank <talentos@coralbank.gupy.example>",
            """Olá Sam,

Agradecemos seu interesse na vaga de Analista de Dados. Neste momento, seguiremos com outros
candidatos no processo seletivo.

Time de Talentos""",
        ),
        S(
            "rejection",
            "after interview (PT)",
            "Após a entrevista",
            "Marta Sousa <marta.sousa@vinhosdouro.example>",
            """Olá Sam,

Obrigada pela conversa da semana passada. Decidimos avançar com uma pessoa com mais
experiência em exportação. Desejo-lhe muito sucesso no seu percurso.

Marta""",
        ),
        S(
            "interview",
            "reschedule (PT)",
            "Reagendamento",
            "Marta Sousa <marta.sousa@vinhosdouro.example>",
            """Olá Sam,

Lamentamos, mas teremos de reagendar a sua entrevista de sexta-feira. Pode na terça às 10h?

Marta""",
        ),
        S(
            "other",
            "scholarship (BR)",
            "Resultado da bolsa de estudos",
            "Instituto Aurora <bolsas@institutoaurora.example>",
            """Olá Sam,

Infelizmente sua inscrição para a bolsa de estudos não foi selecionada nesta edição do
programa.

Instituto Aurora""",
        ),
    ],
    "it": [
        S(
            "rejection",
            "ATS short",
            "La tua candidatura in Orsolab",
            "Orsolab <no-reply@orsolab.teamtailor-mail.com>",
            """Ciao Sam,

grazie per esserti candidato come Product Manager. Dopo un'attenta valutazione abbiamo
deciso di proseguire con altri profili.

Il team di Orsolab""",
        ),
        S(
            "rejection",
            "position frozen",
            "Aggiornamento selezione",
            "Paolo Greco <paolo.greco@tessitura-lario.example>",
            """Gentile Sam,

la posizione di Responsabile Qualità è stata sospesa per motivi organizzativi e abbiamo
chiuso la selezione. Ci scusiamo per il disagio.

Paolo Greco""",
        ),
        S(
            "interview",
            "invite",
            "Colloquio",
            "Orsolab <no-reply@orsolab.teamtailor-mail.com>",
            """Ciao Sam,

vorremmo fissare un colloquio con il team prodotto. Sei disponibile mercoledì alle 11?

Il team di Orsolab""",
        ),
        S(
            "other",
            "university admission",
            "Esito ammissione",
            "Segreteria Studenti <segreteria@uni-lario.example>",
            """Gentile Sam,

siamo spiacenti di comunicarle che la sua domanda di ammissione al corso di laurea
magistrale non è stata accolta.

Segreteria Studenti""",
        ),
    ],
}
