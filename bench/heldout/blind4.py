"""A sixth held-out set, written blind (before reading any pattern in the packs), made hard.

Rejections with no stock phrase ("we've filled the role", "it's a no from the hiring
manager", "we're going to keep looking"), long corporate letters where the decision is one
clause deep in the third paragraph, informal and second-person-plural wording, turn-downs
that point to another specific opening (still a rejection for this one), replies quoting the
candidate's follow-up; and hard negatives of the same shapes: a "no" about something else
("no, we don't need a cover letter"), a filled interview *slot*, "keep looking out for our
email", offers and invitations that say unfortunately / however / regret / other candidates.

Label choices: "not this role, but please apply to the other opening" is ``rejection``;
"not this role, but we'd like to interview you for another" would be ``interview``. Invented
text throughout.
"""

from bench.heldout import Sample as S


def _body(kind: str, note: str, body: str, quoted: str = "") -> S:
    """A body-only sample: no sender, no subject."""
    return S(kind, note, "", "", body, quoted=quoted)


_EN = [
    _body(
        "rejection",
        "filled the role, nothing else",
        """Hi Sam,

Quick update from our side: we've filled the role. Thanks so much for your time and
the conversations over the last few weeks.

All the best,
Priya""",
    ),
    _body(
        "rejection",
        "team went a different way",
        """Hey Sam,

I wanted to close the loop with you. The team went a different way on this one, and I
didn't want you to be left waiting. It was great chatting with you about the data
platform work.

Cheers,
Jonah""",
    ),
    _body(
        "rejection",
        "a no from the hiring manager",
        """Hi Sam,

I'm afraid it's a no from the hiring manager. They liked your energy but felt the gap on
Kubernetes was too large for where the team is right now.

Sorry to be the bearer of less exciting news. Happy to stay in touch.

Mara""",
    ),
    _body(
        "rejection",
        "we're going to keep looking",
        """Hi Sam,

Thank you for coming in on Thursday. After talking it through as a group, we're going to
keep looking for this position. We enjoyed meeting you and wish you luck with the search.

Best,
Ellen""",
    ),
    _body(
        "rejection",
        "not going to work out this time",
        """Sam,

Thanks for your patience. It's not going to work out this time, but I really appreciated
how thoughtfully you approached the case study.

Take care,
Rui""",
    ),
    _body(
        "rejection",
        "long corporate, decision in paragraph three",
        """Dear Sam Rivera,

Thank you for your interest in Northfield Mutual and for the time you invested in our
recruitment process for the Senior Actuarial Analyst position. At Northfield we believe
that every applicant deserves a respectful and transparent experience, and we are grateful
for the care you put into your application materials.

Our recruitment process is designed to assess a broad range of competencies, including
technical expertise, stakeholder management and alignment with our values of integrity,
curiosity and service. Each application is reviewed by at least two members of our talent
acquisition team and, where relevant, by the hiring manager.

Having completed this review, we have concluded that other applicants more closely match
the requirements of the role, and we will therefore not be taking your application further.
We recognise this may be disappointing.

We encourage you to create a job alert on our careers site. Northfield Mutual is an equal
opportunity employer. This email and any attachments are confidential and intended solely
for the addressee.

Kind regards,
Talent Acquisition | Northfield Mutual""",
    ),
    _body(
        "rejection",
        "long corporate, 'opted to pursue' in middle",
        """Dear Sam,

On behalf of everyone at Helix Biologics, thank you for applying for the Clinical Data
Manager opening. We appreciate the interest you have shown in our mission to bring new
therapies to patients faster, and we know that preparing an application takes real effort.

The volume of applications for this role was considerable, and the profiles we received
were strong across the board. Our hiring team spent a significant amount of time reviewing
each candidate's experience against the needs of the clinical operations group.

After careful deliberation, the hiring team has opted to pursue candidates whose background
aligns more directly with the current needs of the group. Your details will be retained in
accordance with our privacy notice for twelve months.

Thank you again, and we wish you every success.

Helix Biologics Recruiting""",
    ),
    _body(
        "rejection",
        "you all / informal plural",
        """Hi both,

Thanks for putting yourselves forward as a job-share pair for the Community Lead role. We
loved the proposal, but we're not able to offer you the role this time round — we've gone
with a single full-time hire.

Best of luck to you both,
Ade""",
    ),
    _body(
        "rejection",
        "rejection + apply to a specific other role",
        """Hi Sam,

Thanks for interviewing for the Staff Backend Engineer position. We won't be progressing
your application for Staff, as we're looking for more people-leadership experience at that
level. That said, we just opened a Senior Backend Engineer role that looks like a great fit,
and I'd really encourage you to apply to it via our careers page.

Best,
Lena""",
    ),
    _body(
        "rejection",
        "rejection, suggests the other team's opening",
        """Hi Sam,

Appreciate you taking the time to speak with us. We've decided to go with another candidate
for the Product Designer role. Our Growth team is hiring a Content Designer next month
though, and if that interests you, keep an eye out for the posting and send it in.

Warmly,
Tess""",
    ),
    _body(
        "rejection",
        "reply to candidate follow-up: position closed",
        """Hi Sam,

Thanks for checking in, and sorry for the slow reply. We closed this one out last week with
someone internal, so we won't be taking things further with you on it.

Best,
Marcus""",
        quoted="""Hi Marcus,

I wanted to follow up on my application for the Operations Analyst role. Is there any
update on the timeline?

Thanks,
Sam""",
    ),
    _body(
        "rejection",
        "reply to follow-up: short no",
        """Hi Sam, apologies for the silence.
Unfortunately the answer is no on this one — the panel
preferred a candidate with more retail experience. Thanks for following up.

Dana""",
        quoted="""Hi Dana, just following up on the interview from two weeks ago. Any news?
Sam""",
    ),
    _body(
        "rejection",
        "we've made an offer to someone and they accepted",
        """Hi Sam,

Just letting you know we made an offer to another finalist and they've accepted, so the
search for the Account Executive role is now closed. You were a very close second.

Thanks again,
Owen""",
    ),
    _body(
        "rejection",
        "no longer in the running",
        """Dear Sam,

Thank you for completing the assessment. I'm writing to let you know you are no longer in
the running for the Graduate Analyst position.

Regards,
Early Careers Team""",
    ),
    _body(
        "rejection",
        "passing on your application",
        """Hi Sam,

Thanks for the application to the Head of Partnerships role. We're going to pass for now —
we need someone with deeper fintech relationships. Good luck out there.

Kit""",
    ),
    _body(
        "rejection",
        "decided against moving ahead",
        """Hello Sam,

Thank you for speaking with our team. After reflecting on all of the interviews, we've
decided against moving ahead with your application.

Kind regards,
Farah""",
    ),
    _body(
        "rejection",
        "we'll be hiring someone else",
        """Sam — thank you for the chat
yesterday. I'll be honest with you: we'll be hiring someone
else for this one. I hope our paths cross again.

Gil""",
    ),
    _body(
        "rejection",
        "won't be extending an offer",
        """Dear Sam,

Thank you for the time you spent with the team during the final round. We will not be
extending an offer to you for the Analytics Engineer role.

Sincerely,
People Team""",
    ),
    _body(
        "rejection",
        "html ATS, role given elsewhere",
        """Hi Sam,

Your application for Warehouse Supervisor (Req 44102) has been reviewed. The position has
now been offered to a candidate whose experience more closely matched our needs.

You can view and manage your applications in the candidate portal.

This is an automated message, please do not reply.""",
    ),
    _body(
        "rejection",
        "didn't make the shortlist",
        """Hi Sam,

Thanks for applying. You didn't make the shortlist for the Marketing Coordinator role this
time, but thank you for your interest in working with us.

The Hiring Team""",
    ),
    _body(
        "rejection",
        "unable to take you forward",
        """Dear Sam,

Many thanks for your application for the post of Research Technician. I regret that we are
unable to take you forward to the next part of the process.

Yours sincerely,
HR Services""",
    ),
    _body(
        "rejection",
        "decided to close your application",
        """Hi Sam,

We have decided to close your application for the Support Engineer role. This decision is
final for this opening. Thank you for considering us.

Recruiting""",
    ),
    _body(
        "rejection",
        "it's not a yes",
        """Hi Sam,

Thanks again for all your effort on the take-home. I've talked with the team and it's not
a yes for us, unfortunately. We'd be happy to share some notes if helpful.

Ben""",
    ),
    _body(
        "interview",
        "neg: unfortunately Monday slot filled, Tuesday?",
        """Hi Sam,

Unfortunately we've filled the Monday slot for interviews. Could you do Tuesday at 2pm
instead? Let me know and I'll send the invite.

Best,
Anya""",
    ),
    _body(
        "application_received",
        "neg: no, we don't need a cover letter",
        """Hi Sam,

No, we don't need a cover letter — your CV is enough. We have received your application and
the team will review it over the next two weeks.

Thanks,
Recruiting""",
    ),
    _body(
        "application_received",
        "neg: keep looking out for our email",
        """Hi Sam,

Thanks for applying to the Data Analyst role! Your application is in. Keep looking out for
our email over the next couple of weeks; we'll be in touch about next steps.

The Talent Team""",
    ),
    _body(
        "offer",
        "neg: offer mentioning other candidates and regret",
        """Dear Sam,

We interviewed many strong candidates and it was not an easy choice, but we are delighted
to offer you the position of Operations Manager. We regret that we can't match the salary
you mentioned exactly, however the attached offer letter includes a signing bonus.

Please reply by Friday to accept.

Warm regards,
Nadia""",
    ),
    _body(
        "interview",
        "neg: invitation with however/unfortunately",
        """Hi Sam,

Thanks for your application. Unfortunately our office is being renovated, so the interview
will be on video instead. However, we'd love to meet you: could you pick a time next week
for a 45-minute interview with the team?

Best,
Joe""",
    ),
    _body(
        "interview",
        "neg: filled the role of interviewer",
        """Hi Sam,

Small change: our lead engineer is out, so we've found someone else to run your technical
interview. It is still on Wednesday at 11:00. Looking forward to speaking with you.

Claire""",
    ),
    _body(
        "other",
        "neg: the candidate says no to an offer",
        """Hi Claire,

Thank you so much for the offer. After a lot of thought I'm afraid it's a no from me — I've
decided to accept another position closer to home.

Best wishes,
Sam""",
    ),
    _body(
        "other",
        "neg: job alert, keep looking",
        """New roles matching your search

Keep looking! 12 new Product Manager jobs were posted this week near you.
- Product Manager, Fintech — London
- Senior PM, Retail — Remote

Unsubscribe from these alerts at any time.""",
    ),
    _body(
        "interview",
        "neg: not moving your interview, only the room",
        """Hi Sam,

No, we're not moving your interview — it's still Thursday 10am. We have moved it to room 4B
though, as 2A is booked. See you then!

Harriet""",
    ),
    _body(
        "application_received",
        "neg: regret the delay, still reviewing",
        """Dear Sam,

We regret the delay in getting back to you. We received a very large number of applications
for the Policy Advisor role and we are still reviewing them. We expect to contact shortlisted
candidates by the end of the month.

Recruitment Team""",
    ),
    _body(
        "offer",
        "neg: verbal offer, team went with you",
        """Hey Sam!

Great news: the team went with you! We'd love to offer you the Frontend Engineer role. I'll
send the formal paperwork this afternoon.

Cheers,
Jonah""",
    ),
    _body(
        "interview",
        "neg: other candidates at final, you're invited",
        """Hi Sam,

You're through to the final stage alongside two other candidates. We'd like to invite you
to a final interview with our CEO on 14 May. Please confirm your availability.

Thanks,
Recruiting""",
    ),
    _body(
        "other",
        "neg: not filled, on hold",
        """Hi Sam,

A quick note that we haven't filled the role yet — the budget is under review, so
everything is paused for a few weeks. Your application stays with us and we'll come back to
you when we restart.

Best,
Priya""",
    ),
]

_DE = [
    S(
        "rejection",
        "Stelle anderweitig besetzt, kurz",
        "Ihre Bewerbung als Buchhalter (m/w/d)",
        "Personal Brandt GmbH <personal@brandt-gmbh.de>",
        """Sehr geehrter Herr Rivera,

vielen Dank für Ihr Interesse. Die Stelle ist inzwischen vergeben. Wir wünschen Ihnen für
Ihre weitere Suche alles Gute.

Mit freundlichen Grüßen
Personalabteilung""",
    ),
    S(
        "rejection",
        "lange Absage, Entscheidung im dritten Absatz",
        "Rückmeldung zu Ihrer Bewerbung",
        "Karriere Stadtwerke Elmshagen <karriere@sw-elmshagen.de>",
        """Sehr geehrter Herr Rivera,

herzlichen Dank für Ihre Bewerbung als Projektingenieur Netze und das Vertrauen, das Sie
damit in uns setzen. Als kommunaler Versorger legen wir großen Wert auf eine sorgfältige und
faire Auswahl.

Alle eingegangenen Unterlagen wurden von der Fachabteilung und dem Personalrat gesichtet und
mit dem Anforderungsprofil abgeglichen. Dieser Prozess hat etwas mehr Zeit in Anspruch
genommen als geplant.

Im Ergebnis haben wir uns für Bewerberinnen und Bewerber entschieden, deren Qualifikation
den Anforderungen noch näher kommt. Wir bitten um Verständnis.

Ihre Unterlagen werden nach Ablauf von sechs Monaten gemäß DSGVO gelöscht.

Mit freundlichen Grüßen
Stadtwerke Elmshagen""",
    ),
    S(
        "rejection",
        "du-Form, informell",
        "Deine Bewerbung bei Kiezkaffee",
        "Jana von Kiezkaffee <jana@kiezkaffee.de>",
        """Hey Sam,

danke dir für deine Bewerbung als Barista! Wir haben uns jetzt für jemand anderen
entschieden, der schon länger in Berlin ist. Komm gern trotzdem mal auf einen Kaffee vorbei.

Liebe Grüße
Jana""",
    ),
    S(
        "rejection",
        "wir suchen weiter",
        "AW: Bewerbung Backend-Entwickler",
        "Tobias Lenz <t.lenz@quellwerk.io>",
        """Hallo Sam,

danke für das nette Gespräch. Wir haben intern beraten und werden weitersuchen – das
Profil passt für uns noch nicht ganz. Ich wünsche dir viel Erfolg.

Viele Grüße
Tobias""",
    ),
    S(
        "rejection",
        "Absage + andere konkrete Stelle",
        "Ihre Bewerbung als Teamleitung Logistik",
        "Recruiting Hallberg <jobs@hallberg-logistik.de>",
        """Guten Tag Herr Rivera,

für die Teamleitung können wir Sie leider nicht berücksichtigen. Gleichzeitig ist bei uns
die Stelle Disponent (m/w/d) in Kassel ausgeschrieben, die gut zu Ihrem Profil passen würde.
Bewerben Sie sich gern direkt über unser Portal.

Freundliche Grüße
Ihr Recruiting-Team""",
    ),
    S(
        "rejection",
        "Antwort auf Nachfrage",
        "Re: Stand meiner Bewerbung",
        "Miriam Kolb <m.kolb@textil-kolb.de>",
        """Hallo Herr Rivera,

danke für Ihre Nachfrage. Wir haben die Position mittlerweile mit einer internen Kollegin
besetzt, daher kommt es zu keiner Zusammenarbeit.

Beste Grüße
Miriam Kolb""",
        quoted="""Sehr geehrte Frau Kolb,

ich wollte mich nach dem Stand meiner Bewerbung als Einkäufer erkundigen.

Viele Grüße
Sam Rivera""",
    ),
    S(
        "rejection",
        "Entscheidung gegen Sie",
        "Ihre Bewerbung",
        "HR Meyer & Söhne <hr@meyer-soehne.de>",
        """Sehr geehrter Herr Rivera,

nach reiflicher Überlegung haben wir uns gegen eine Einstellung entschieden. Wir danken
Ihnen für Ihr Interesse und die Zeit, die Sie investiert haben.

Mit freundlichen Grüßen
Meyer & Söhne""",
    ),
    S(
        "interview",
        "neg: Termin leider schon vergeben",
        "Ihr Vorstellungsgespräch",
        "Sandra Pohl <s.pohl@vindura.de>",
        """Hallo Herr Rivera,

der Montagstermin ist leider schon vergeben. Könnten Sie stattdessen am Dienstag um 14 Uhr
zum Vorstellungsgespräch kommen?

Viele Grüße
Sandra Pohl""",
    ),
    S(
        "application_received",
        "neg: nein, kein Anschreiben nötig",
        "Re: Anschreiben",
        "Bewerbermanagement Orbis <bewerbung@orbis-it.de>",
        """Hallo Herr Rivera,

nein, ein Anschreiben brauchen wir nicht. Ihre Bewerbung ist vollständig bei uns
eingegangen und wir melden uns in den nächsten zwei Wochen bei Ihnen.

Viele Grüße
Bewerbermanagement""",
    ),
    S(
        "offer",
        "neg: Zusage trotz vieler Mitbewerber",
        "Zusage: Referent Marketing",
        "Lea Brandis <l.brandis@nordwind-verlag.de>",
        """Lieber Herr Rivera,

wir hatten viele starke Mitbewerber, aber wir freuen uns sehr, Ihnen die Stelle als
Referent Marketing anbieten zu können. Leider können wir erst zum 1. Juni starten; den
Vertrag schicken wir Ihnen diese Woche zu.

Herzliche Grüße
Lea Brandis""",
    ),
]

_FR = [
    _body(
        "rejection",
        "poste pourvu, indirect",
        """Bonjour Sam,

Un petit mot pour vous informer que le poste a été pourvu. Merci pour le temps que vous
nous avez consacré.

Bien cordialement,
Claire""",
    ),
    _body(
        "rejection",
        "long, décision au troisième paragraphe",
        """Madame, Monsieur,

Nous vous remercions de l'intérêt que vous portez à notre groupe et de votre candidature au
poste de Contrôleur de gestion. Nous avons pris connaissance de votre dossier avec attention.

Notre processus de recrutement comprend plusieurs étapes afin d'évaluer au mieux
l'adéquation entre les profils et les besoins des équipes opérationnelles.

À l'issue de cette analyse, nous avons choisi de poursuivre avec d'autres profils dont
l'expérience correspond davantage à nos attentes actuelles.

Nous conservons vos coordonnées et vous souhaitons une bonne continuation.

Le service recrutement""",
    ),
    _body(
        "rejection",
        "tutoiement, on continue à chercher",
        """Salut Sam,

Merci pour l'échange de mardi. On a fait le point avec l'équipe et on va continuer à
chercher un profil plus orienté data. Bonne chance pour la suite !

Julien""",
    ),
    _body(
        "rejection",
        "refus + autre offre précise",
        """Bonjour Sam,

Votre candidature pour le poste de chef de projet n'a pas été retenue. Nous pensons en
revanche que notre offre de chargé de mission RSE pourrait vous intéresser : n'hésitez pas
à y postuler directement sur notre site.

Cordialement,
L'équipe RH""",
    ),
    _body(
        "rejection",
        "réponse à relance",
        """Bonjour Sam,

Merci pour votre relance. Nous avons finalement retenu une autre personne pour ce poste.
Je vous souhaite plein de succès dans vos recherches.

Sophie""",
        quoted="""Bonjour Sophie,
Je me permets de revenir vers vous concernant ma candidature. Avez-vous des nouvelles ?
Sam""",
    ),
    _body(
        "rejection",
        "nous n'irons pas plus loin",
        """Bonjour Sam,

Après discussion avec le manager, nous n'irons pas plus loin avec votre candidature pour le
poste de développeur mobile. Merci encore pour votre implication.

Bien à vous,
Marion""",
    ),
    _body(
        "interview",
        "neg: créneau de lundi pris",
        """Bonjour Sam,

Malheureusement le créneau de lundi est déjà pris. Seriez-vous disponible mardi à 10h pour
l'entretien ?

Cordialement,
Nathalie""",
    ),
    _body(
        "offer",
        "neg: offre, malgré d'autres candidats",
        """Bonjour Sam,

Malgré de nombreux candidats de grande qualité, nous avons le plaisir de vous proposer le
poste de responsable logistique. Vous trouverez la proposition d'embauche en pièce jointe.

Bien cordialement,
Hugo""",
    ),
    _body(
        "application_received",
        "neg: non, pas besoin de lettre",
        """Bonjour Sam,

Non, pas besoin de lettre de motivation. Nous avons bien reçu votre candidature et
reviendrons vers vous sous quinze jours.

L'équipe recrutement""",
    ),
]

_ES = [
    _body(
        "rejection",
        "puesto cubierto, indirecto",
        """Hola Sam:

Te escribo para contarte que ya hemos cubierto el puesto. Gracias por tu tiempo y por
tu interés en el equipo.

Un saludo,
Lucía""",
    ),
    _body(
        "rejection",
        "largo, decisión en el tercer párrafo",
        """Estimado Sam:

Le agradecemos sinceramente su interés en formar parte de Grupo Alcor y el tiempo dedicado a
nuestro proceso de selección para la posición de Analista Financiero.

Nuestro proceso incluye varias fases de evaluación, en las que participan tanto el equipo de
Talento como los responsables de área, con el objetivo de garantizar una selección justa.

Tras valorar todas las candidaturas, hemos optado por otros perfiles que se ajustan más a
las necesidades actuales del puesto.

Conservaremos sus datos conforme a nuestra política de privacidad.

Atentamente,
Departamento de Personas""",
    ),
    _body(
        "rejection",
        "informal, seguimos buscando",
        """¡Hola Sam!

Gracias por la charla del jueves. Lo hemos hablado en el equipo y vamos a seguir buscando;
buscamos a alguien con más experiencia en ventas B2B. ¡Mucha suerte!

Pablo""",
    ),
    _body(
        "rejection",
        "rechazo + otra vacante concreta",
        """Hola Sam:

Para la vacante de Diseñador Senior hemos decidido seguir con otra persona. Eso sí, acabamos
de publicar una posición de Diseñador de Producto que encaja con tu perfil y te animamos a
postularte.

Un abrazo,
Equipo de Talento""",
    ),
    _body(
        "rejection",
        "respuesta a seguimiento",
        """Hola Sam:

Gracias por escribir. Siento no haberte respondido antes: al final la posición se ha
quedado con un candidato interno.

Saludos,
Marta""",
        quoted="""Hola Marta, ¿hay novedades sobre mi candidatura? Gracias, Sam""",
    ),
    _body(
        "rejection",
        "no vamos a continuar",
        """Estimado Sam:

Tras la entrevista final, no vamos a continuar con tu candidatura para el puesto de
Jefe de Proyecto. Te agradecemos el esfuerzo.

Un cordial saludo,
Recursos Humanos""",
    ),
    _body(
        "interview",
        "neg: hueco del lunes ocupado",
        """Hola Sam:

Lamentablemente el hueco del lunes ya está ocupado. ¿Te vendría bien el martes a las
11:00 para la entrevista?

Saludos,
Irene""",
    ),
    _body(
        "offer",
        "neg: oferta con otros candidatos",
        """Hola Sam:

Ha sido un proceso con muchos candidatos, pero nos complace ofrecerte el puesto de
Coordinador de Operaciones. Adjuntamos la carta de oferta.

Un saludo,
Andrés""",
    ),
    _body(
        "application_received",
        "neg: no hace falta carta",
        """Hola Sam:

No, no hace falta carta de presentación. Hemos recibido tu candidatura y te escribiremos
en las próximas semanas.

Equipo de Selección""",
    ),
]

_NL = [
    _body(
        "rejection",
        "vacature ingevuld, indirect",
        """Hoi Sam,

Even een update: de vacature is inmiddels ingevuld. Bedankt voor je tijd en interesse.

Groet,
Femke""",
    ),
    _body(
        "rejection",
        "lang, besluit in derde alinea",
        """Beste Sam,

Hartelijk dank voor je sollicitatie naar de functie van Beleidsmedewerker bij Gemeente
Waterveld en voor het vertrouwen dat je in onze organisatie stelt.

Alle sollicitaties zijn zorgvuldig beoordeeld door de selectiecommissie aan de hand van het
functieprofiel. Dit heeft iets langer geduurd dan gepland.

De commissie heeft besloten om andere kandidaten uit te nodigen, wier ervaring beter
aansluit bij wat de functie vraagt.

Je gegevens worden na vier weken verwijderd.

Met vriendelijke groet,
Team Werving""",
    ),
    _body(
        "rejection",
        "informeel, we zoeken verder",
        """Hey Sam,

Dank voor het leuke gesprek! We hebben het besproken en we gaan verder zoeken naar iemand
met meer ervaring in e-commerce. Veel succes!

Bram""",
    ),
    _body(
        "rejection",
        "afwijzing + andere specifieke vacature",
        """Beste Sam,

Voor de rol van Teamlead gaan we niet met je verder. We hebben wel een vacature voor Senior
Developer openstaan waar je profiel goed bij past; solliciteer daar gerust op.

Groeten,
Recruitment""",
    ),
    _body(
        "rejection",
        "antwoord op navraag",
        """Hoi Sam,

Sorry voor de late reactie. We hebben intussen voor iemand anders gekozen voor deze functie.

Groet,
Lotte""",
        quoted="""Hoi Lotte, is er al nieuws over mijn sollicitatie? Groeten, Sam""",
    ),
    _body(
        "rejection",
        "het wordt helaas geen ja",
        """Hoi Sam,

Na overleg met de manager wordt het helaas niks deze keer. Bedankt voor je inzet bij de
opdracht.

Daan""",
    ),
    _body(
        "interview",
        "neg: maandag al vol",
        """Hoi Sam,

Helaas zit maandag al vol. Kun je dinsdag om 13:00 voor het sollicitatiegesprek?

Groet,
Sanne""",
    ),
    _body(
        "offer",
        "neg: aanbod ondanks andere kandidaten",
        """Beste Sam,

We hebben met veel goede kandidaten gesproken, maar we bieden jou graag de functie van
Projectleider aan. Het contract volgt deze week.

Hartelijke groet,
Jeroen""",
    ),
    _body(
        "application_received",
        "neg: nee, geen motivatiebrief nodig",
        """Hoi Sam,

Nee, een motivatiebrief is niet nodig. We hebben je sollicitatie ontvangen en laten binnen
twee weken van ons horen.

Team Recruitment""",
    ),
]

_PT = [
    _body(
        "rejection",
        "vaga preenchida, indireto",
        """Olá Sam,

Passando para avisar que a vaga já foi preenchida. Obrigada pelo seu tempo e interesse.

Abraços,
Beatriz""",
    ),
    _body(
        "rejection",
        "longo, decisão no terceiro parágrafo",
        """Prezado Sam,

Agradecemos o seu interesse na Construtora Ipê e a sua participação no processo seletivo para
a posição de Engenheiro de Planejamento.

Nosso processo é composto por diversas etapas e envolve a equipe de Gente e Gestão e os
gestores das áreas, garantindo uma avaliação justa e criteriosa.

Após análise cuidadosa, optamos por seguir com outros candidatos cujo perfil está mais
alinhado às necessidades atuais da vaga.

Seus dados permanecerão em nosso banco de talentos.

Atenciosamente,
Recrutamento""",
    ),
    _body(
        "rejection",
        "informal, vamos continuar procurando",
        """Oi Sam!

Valeu pela conversa. Falamos com o time e vamos continuar procurando alguém com mais
experiência em mobile. Boa sorte!

Rafa""",
    ),
    _body(
        "rejection",
        "recusa + outra vaga específica",
        """Olá Sam,

Para a vaga de Analista Sênior decidimos seguir com outra pessoa. Abrimos, porém, uma vaga
de Analista Pleno que combina com o seu perfil; candidate-se pelo nosso site.

Equipe de Talentos""",
    ),
    _body(
        "rejection",
        "resposta a follow-up",
        """Olá Sam,

Obrigado pelo contato. A posição acabou ficando com um colaborador interno, então não vamos
avançar com o seu processo.

Att,
Carla""",
        quoted="""Olá Carla, gostaria de saber se há novidades sobre a minha candidatura. Sam""",
    ),
    _body(
        "rejection",
        "não vai dar certo",
        """Oi Sam,

Infelizmente não vai dar certo desta vez. Gostamos muito de conversar com você.

Abraço,
Tiago""",
    ),
    _body(
        "interview",
        "neg: horário de segunda ocupado",
        """Olá Sam,

Infelizmente o horário de segunda já foi preenchido. Você pode na terça às 10h para a
entrevista?

Att,
Juliana""",
    ),
    _body(
        "offer",
        "neg: proposta com outros candidatos",
        """Olá Sam,

Tivemos muitos candidatos, mas temos o prazer de lhe oferecer a vaga de Coordenador
Comercial. Segue a proposta em anexo.

Abraço,
Marcelo""",
    ),
    _body(
        "application_received",
        "neg: não precisa de carta",
        """Olá Sam,

Não, não precisa de carta de apresentação. Recebemos sua candidatura e retornaremos em
breve.

Equipe de Recrutamento""",
    ),
]

_IT = [
    _body(
        "rejection",
        "posizione coperta, indiretto",
        """Ciao Sam,

Ti scrivo per dirti che la posizione è stata coperta. Grazie per il tempo che ci hai
dedicato.

Un saluto,
Giulia""",
    ),
    _body(
        "rejection",
        "lungo, decisione al terzo paragrafo",
        """Gentile Sam,

La ringraziamo per l'interesse dimostrato verso Ferri Meccanica e per aver partecipato alla
selezione per la posizione di Responsabile Qualità.

Il nostro processo prevede diverse fasi di valutazione, condotte dall'ufficio Risorse Umane e
dai responsabili di reparto, per garantire una scelta accurata.

Al termine delle valutazioni abbiamo deciso di proseguire con altri profili più in linea con
le esigenze attuali.

I suoi dati saranno conservati secondo la normativa vigente.

Cordiali saluti,
Ufficio Personale""",
    ),
    _body(
        "rejection",
        "informale, continuiamo a cercare",
        """Ciao Sam!

Grazie per la chiacchierata. Ne abbiamo parlato col team e continueremo a cercare una
persona con più esperienza in ambito retail. In bocca al lupo!

Marco""",
    ),
    _body(
        "rejection",
        "rifiuto + altra posizione specifica",
        """Ciao Sam,

Per la posizione di Team Leader abbiamo scelto un altro candidato. Abbiamo però aperto una
posizione di Sviluppatore Senior adatta al tuo profilo: candidati pure dal nostro sito.

Il team HR""",
    ),
    _body(
        "rejection",
        "risposta a sollecito",
        """Ciao Sam,

Grazie del messaggio. Alla fine la posizione è andata a una persona interna, quindi non
andremo avanti con la tua candidatura.

Chiara""",
        quoted="""Ciao Chiara, volevo sapere se ci sono novità sulla mia candidatura. Sam""",
    ),
    _body(
        "rejection",
        "non se ne fa niente",
        """Ciao Sam,

Purtroppo questa volta non se ne fa niente. È stato un piacere conoscerti.

Luca""",
    ),
    _body(
        "interview",
        "neg: slot di lunedì occupato",
        """Ciao Sam,

Purtroppo lo slot di lunedì è già occupato. Saresti disponibile martedì alle 15 per il
colloquio?

Elena""",
    ),
    _body(
        "offer",
        "neg: offerta nonostante altri candidati",
        """Ciao Sam,

Abbiamo incontrato molti candidati, ma siamo lieti di offrirti la posizione di Project
Manager. In allegato trovi la proposta.

Un saluto,
Davide""",
    ),
    _body(
        "application_received",
        "neg: no, non serve lettera",
        """Ciao Sam,

No, non serve la lettera di presentazione. Abbiamo ricevuto la tua candidatura e ti
contatteremo presto.

Il team Selezione""",
    ),
]

SAMPLES_BY_LANGUAGE = {
    "en": _EN,
    "de": _DE,
    "fr": _FR,
    "es": _ES,
    "nl": _NL,
    "pt": _PT,
    "it": _IT,
}
