"""A third held-out set, written blind: before reading any pattern in the rule packs.

Its first measurement is the honest generalisation figure (see README.md). Real-world
shapes: long corporate turn-downs with legal footers, one-liners, HTML-only mail, replies
quoting the candidate, English ATS footers under a local-language body, subject-only hints,
internships, graduate schemes, apprenticeships, closed requisitions, talent pools, and hard
negatives. A confirmation that says "no answer within N weeks means unsuccessful" is
labelled ``application_received``: it acknowledges the application, it does not decide it.
Invented text throughout.
"""

from bench.heldout import Sample as S

_EN_ATS_FOOTER = """
--
This message was sent automatically by our applicant tracking system on behalf of the
hiring company. Please do not reply to this email. To review how we process your personal
data, see our Privacy Notice. Unsubscribe from candidate communications."""

SAMPLES_BY_LANGUAGE = {
    "en": [
        S(
            "rejection",
            "long corporate, legal footer, signature",
            "Your application for Senior Financial Analyst (REQ-20931)",
            "Halberd Insurance Group <careers@myworkday.example>",
            """Dear Sam,

Thank you for taking the time to apply for the Senior Financial Analyst role at Halberd
Insurance Group and for your interest in building a career with us.

We received a large number of applications for this opening. Having reviewed your
experience against the requirements of the role, we regret that we will not be progressing
your candidacy any further on this occasion.

We encourage you to keep an eye on our careers site, where new vacancies are published
every week.

With best wishes,

Talent Acquisition Team
Halberd Insurance Group plc

Halberd Insurance Group plc is registered in England and Wales (No. 0481122). Registered
office: 14 Mercer Row, London EC2 4QT. Authorised and regulated by the Financial Conduct
Authority. This email and any attachments are confidential and intended solely for the
addressee. If you have received it in error, please delete it and notify the sender."""
            + _EN_ATS_FOOTER,
        ),
        S(
            "rejection",
            "very short",
            "Re: Frontend Engineer",
            "Nadia Brooks <nadia@pebblecart.example>",
            """Hi Sam,

Thanks for applying. We've decided to go another direction with this hire.

Best,
Nadia""",
        ),
        S(
            "rejection",
            "after final round, offer went elsewhere",
            "Following your final interview",
            "Graham Otieno <graham.otieno@lumenwave.example>",
            """Hi Sam,

Thank you for spending the afternoon with the panel on Thursday; everyone enjoyed the
system design discussion. After a long debrief we've chosen to extend the offer to another
finalist whose background lines up more closely with our payments roadmap.

This was a genuinely hard call and I'd be glad to share some thoughts on a quick call if
that would help.

Warmly,
Graham""",
        ),
        S(
            "rejection",
            "internship, no place",
            "Summer Internship Programme 2025 - application outcome",
            "Early Careers <earlycareers@brightmoor.example>",
            """Dear Sam,

Thank you for applying to the Brightmoor Summer Internship Programme 2025. Competition for
places was exceptionally strong this year and we are sorry to let you know that we are
unable to offer you an internship.

We hope you will consider applying again next year.

Brightmoor Early Careers""",
        ),
        S(
            "rejection",
            "requisition closed",
            "Platform Engineer role",
            "Lena Fischer <lena@gridhaven.example>",
            """Hi Sam,

A quick note to let you know we've closed the requisition for the Platform Engineer role.
Priorities shifted after our planning cycle and the team won't be hiring for it this year,
so there won't be a next step on your application.

Sorry to bring news like this, and thank you for your patience.

Lena""",
        ),
        S(
            "rejection",
            "won't be scheduling an interview",
            "Data Analyst at Quillon",
            "Quillon Recruiting <jobs@quillon.greenhouse.example>",
            """Hi Sam,

Thanks for your application to the Data Analyst opening. We have looked through your
materials carefully and we won't be scheduling an interview for this position.

We appreciate your interest in Quillon.

The Quillon Recruiting Team""",
        ),
        S(
            "rejection",
            "graduate scheme, HTML only",
            "Graduate Scheme 2025",
            "Talent Team <graduates@norwick-energy.example>",
            """Dear Sam,

Thank you for your application to the Norwick Energy Graduate Scheme.

We have now assessed your online test results alongside your application form. Sadly your
application has not been successful at this stage and it will not go forward to the
assessment centre.

Kind regards,
Norwick Energy Graduate Recruitment""",
            html=True,
        ),
        S(
            "rejection",
            "reply quoting the candidate's follow-up",
            "Re: Following up on my application",
            "Priya Shah <priya.shah@tallowandco.example>",
            """Hi Sam,

Thanks for checking in, and apologies for the silence. The hiring manager has opted for a
candidate with more direct experience in retail pricing, so we'll be closing your
application.

All the best,
Priya""",
            quoted="""Hi Priya,

I hope you're well. I applied for the Pricing Analyst role three weeks ago and wanted to
ask whether there is any update on the timeline.

Thanks,
Sam""",
        ),
        S(
            "rejection",
            "talent community invitation after a no",
            "Thank you for your interest in Corvane",
            "Corvane Careers <no-reply@corvane.lever.example>",
            """Hi Sam,

We appreciate you applying for the Customer Success Manager role. While we won't be taking
your application further for this particular position, we'd love to stay in touch.

Join our talent community to hear first about roles that match your skills.

Corvane People Team"""
            + _EN_ATS_FOOTER,
        ),
        S(
            "rejection",
            "subject-only hint, body points to the portal",
            "Application unsuccessful - Ref 55812",
            "City of Ashford Council <recruitment@ashford-council.example>",
            """Dear Sam Rivera,

Re: Housing Officer, Ref 55812

Thank you for your interest in working for the Council. Following shortlisting, the panel
did not select your application for interview. You can view your application history in
the candidate portal.

Human Resources""",
        ),
        S(
            "interview",
            "scheduling, 'unfortunately the slot is taken'",
            "Interview scheduling - Backend Developer",
            "Mira Kowalski <mira@fernlight.example>",
            """Hi Sam,

Thanks for picking a time. Unfortunately the 2pm slot on Wednesday is taken now, as
another candidate grabbed it a minute earlier. Could you do 3:30pm the same day instead?
The interview will be on Google Meet with two engineers.

Mira""",
        ),
        S(
            "offer",
            "offer mentioning other candidates",
            "Offer of employment - Product Designer",
            "Oliver Grant <oliver@harbourloop.example>",
            """Hi Sam,

I'm delighted to offer you the Product Designer position at Harbourloop. We met many
strong candidates, but your portfolio stood out to everyone. Your formal offer letter with
salary and start date is attached; please let us know your decision by Friday.

Welcome aboard (we hope!),
Oliver""",
        ),
        S(
            "application_received",
            "confirmation: silence within 2 weeks means unsuccessful",
            "We received your application",
            "Dunmore Logistics <careers@dunmore.example>",
            """Dear Sam,

Thank you for applying for the Warehouse Planner vacancy. This email confirms that your
application has been received and will be reviewed by the hiring team.

Due to the volume of applications, if you don't hear from us within 2 weeks, please
consider your application unsuccessful on this occasion.

Dunmore Logistics Recruitment""",
        ),
        S(
            "other",
            "job alert",
            "12 new jobs for 'python developer' near London",
            "JobFinder Alerts <alerts@jobfinder.example>",
            """Hi Sam,

Here are new jobs that match your saved search:

Python Developer - Tessera Labs - London - £60k
Backend Engineer (Python) - Mosslane - Remote
Junior Python Developer - Arcbridge - Croydon

Apply with one click. Manage your alerts or unsubscribe at any time.""",
            headers=(("List-Unsubscribe", "<https://jobfinder.example/unsub>"),),
        ),
        S(
            "other",
            "paper rejection",
            "Decision on your submission #214",
            "EuroVis Workshop Chairs <chairs@viswork.example>",
            """Dear author,

We regret to inform you that your paper "Fast Layouts for Sparse Graphs" was not accepted
for the workshop. The reviews are included below; we hope they are useful for a future
submission.

The Programme Chairs""",
        ),
        S(
            "other",
            "rental application declined",
            "Your application for 4B Elm Court",
            "Parkside Lettings <lettings@parkside.example>",
            """Hi Sam,

Thank you for viewing 4B Elm Court. Unfortunately the landlord has decided to proceed with
another applicant for this property. We have other flats coming up next month.

Parkside Lettings""",
        ),
    ],
    "de": [
        S(
            "rejection",
            "long corporate, Impressum footer",
            "Ihre Bewerbung als Controller (m/w/d)",
            "Voss Maschinenbau GmbH <bewerbung@voss-maschinenbau.example>",
            """Sehr geehrter Herr Rivera,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen mitteilen, dass wir Ihre
Bewerbung im weiteren Verfahren nicht berücksichtigen können. Diese Entscheidung ist keine
Bewertung Ihrer Person.

Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten
gelöscht.

Mit freundlichen Grüßen

Personalabteilung
Voss Maschinenbau GmbH

Voss Maschinenbau GmbH, Industriestraße 4, 73430 Aalen
Sitz der Gesellschaft: Aalen, Registergericht: Amtsgericht Ulm HRB 712233
Geschäftsführer: Dr. Jörg Voss, Katrin Lehmann""",
        ),
        S(
            "rejection",
            "German body, English ATS footer",
            "Deine Bewerbung bei Kranich Mobility",
            "Kranich Mobility <jobs@kranich.jobs.personio.example>",
            """Hallo Sam,

danke, dass du dich für die Stelle als Backend Developer interessierst. Wir haben uns
entschieden, die Position mit einer anderen Person zu besetzen, deren Erfahrung noch
besser zu unseren aktuellen Anforderungen passt.

Wir wünschen dir alles Gute!
Dein Kranich Team"""
            + _EN_ATS_FOOTER,
        ),
        S(
            "rejection",
            "Ausbildung, no place",
            "Ihre Bewerbung um einen Ausbildungsplatz",
            "Stadtwerke Lindau <ausbildung@stadtwerke-lindau.example>",
            """Guten Tag Herr Rivera,

wir haben Ihre Bewerbung um einen Ausbildungsplatz als Industriekaufmann zum 1. August
erhalten und geprüft. Leider können wir Ihnen in diesem Jahr keinen Ausbildungsplatz
anbieten.

Für Ihren weiteren Weg wünschen wir Ihnen viel Erfolg.

Ihre Stadtwerke Lindau""",
        ),
        S(
            "rejection",
            "subject-only hint 'Absage', soft body",
            "Absage",
            "Jana Weber <jana.weber@holzwerk-design.example>",
            """Hallo Herr Rivera,

vielen Dank für das nette Gespräch letzte Woche und Ihre Geduld. Nach reiflicher
Überlegung haben wir uns anders entschieden.

Für Ihre berufliche Zukunft wünsche ich Ihnen alles Gute.

Viele Grüße
Jana Weber""",
        ),
        S(
            "rejection",
            "after final round with management",
            "Rückmeldung zu Ihrem Gespräch",
            "Markus Brandt <m.brandt@elbkontor.example>",
            """Sehr geehrter Herr Rivera,

herzlichen Dank für das abschließende Gespräch mit unserer Geschäftsführung. Wir haben es
uns nicht leicht gemacht: Am Ende fiel die Wahl auf einen Mitbewerber, der zusätzliche
Branchenerfahrung mitbringt.

Wir bedanken uns für Ihr Engagement während des gesamten Prozesses.

Freundliche Grüße
Markus Brandt""",
        ),
        S(
            "rejection",
            "position will not be filled",
            "Stellenausschreibung Projektleitung IT",
            "Personal <personal@nordhaus-kliniken.example>",
            """Sehr geehrter Herr Rivera,

wir möchten Sie darüber informieren, dass die ausgeschriebene Stelle aus organisatorischen
Gründen vorerst nicht besetzt wird. Das Auswahlverfahren ist damit beendet.

Wir danken Ihnen für Ihr Interesse.

Mit freundlichen Grüßen
Nordhaus Kliniken, Personalmanagement""",
        ),
        S(
            "rejection",
            "talent pool offer after a no",
            "Ihre Bewerbung – Talentpool",
            "Recruiting Team <talent@pixelfabrik.example>",
            """Hallo Sam,

vielen Dank für deine Bewerbung als UX Researcher. Für diese Position passt dein Profil
aktuell leider nicht ganz. Gern würden wir deine Unterlagen aber in unseren Talentpool
aufnehmen und uns melden, wenn eine passende Stelle frei wird. Antworte einfach kurz mit
deinem Einverständnis.

Viele Grüße
Pixelfabrik Recruiting""",
        ),
        S(
            "rejection",
            "internship, HTML only",
            "Praktikum Marketing",
            "Lumira AG <karriere@lumira.example>",
            """Sehr geehrter Herr Rivera,

vielen Dank für Ihre Bewerbung um ein Praktikum im Bereich Marketing. Leider müssen wir
Ihnen eine Absage erteilen, da wir uns für andere Bewerberinnen und Bewerber entschieden
haben.

Mit freundlichen Grüßen
Lumira AG – Human Resources""",
            html=True,
        ),
        S(
            "interview",
            "slot already taken, reschedule offer",
            "Terminvereinbarung Vorstellungsgespräch",
            "Sabine Krüger <s.krueger@alpenlog.example>",
            """Hallo Herr Rivera,

leider ist der Termin am Dienstag um 10 Uhr inzwischen bereits vergeben. Können Sie
stattdessen am Mittwoch um 14 Uhr zum Vorstellungsgespräch zu uns nach Rosenheim kommen?

Beste Grüße
Sabine Krüger""",
        ),
        S(
            "application_received",
            "confirmation: no news within 3 weeks means no",
            "Eingangsbestätigung Ihrer Bewerbung",
            "Bewerbermanagement <noreply@hanse-versand.example>",
            """Sehr geehrter Herr Rivera,

vielen Dank für Ihre Bewerbung als Disponent. Ihre Unterlagen sind bei uns eingegangen und
werden nun geprüft.

Sollten Sie innerhalb von drei Wochen nichts von uns hören, betrachten Sie Ihre Bewerbung
bitte als nicht berücksichtigt.

Mit freundlichen Grüßen
Hanse Versand, Bewerbermanagement""",
        ),
        S(
            "other",
            "flat rental turned down",
            "Ihre Anfrage zur Wohnung Lindenstraße 12",
            "Immobilien Becker <vermietung@becker-immo.example>",
            """Sehr geehrter Herr Rivera,

vielen Dank für Ihr Interesse an der Wohnung. Leider müssen wir Ihnen mitteilen, dass sich
der Eigentümer für andere Interessenten entschieden hat.

Mit freundlichen Grüßen
Immobilien Becker""",
        ),
        S(
            "other",
            "university admission refused",
            "Zulassungsbescheid Masterstudiengang Informatik",
            "Studierendensekretariat <zulassung@uni-nordstadt.example>",
            """Sehr geehrter Herr Rivera,

Ihr Antrag auf Zulassung zum Masterstudiengang Informatik wurde abgelehnt, da die
Zulassungsvoraussetzungen nicht erfüllt sind. Den Bescheid finden Sie im Bewerbungsportal.

Studierendensekretariat""",
        ),
        S(
            "offer",
            "offer with contract",
            "Vertragsangebot",
            "Felix Hartmann <f.hartmann@sternwerk.example>",
            """Hallo Sam,

wir freuen uns sehr, Ihnen die Stelle als Data Engineer anbieten zu können. Den
Vertragsentwurf finden Sie im Anhang. Bitte geben Sie uns bis Ende nächster Woche Bescheid.

Viele Grüße
Felix Hartmann""",
        ),
    ],
    "fr": [
        S(
            "rejection",
            "long corporate, RGPD footer",
            "Votre candidature au poste de Contrôleur de gestion",
            "Groupe Valmont <recrutement@valmont.example>",
            """Bonjour Sam,

Nous vous remercions de l'intérêt que vous portez au Groupe Valmont et du temps consacré à
votre candidature.

Après une étude attentive de votre dossier, nous sommes au regret de vous annoncer que
nous ne donnerons pas une suite favorable à votre candidature pour ce poste.

Nous vous souhaitons une bonne continuation dans vos recherches.

L'équipe Recrutement
Groupe Valmont

Conformément au RGPD, vos données seront conservées pendant deux ans puis supprimées. Vous
pouvez exercer vos droits d'accès et de rectification à dpo@valmont.example.""",
        ),
        S(
            "rejection",
            "very short",
            "Candidature Développeur",
            "Claire Dubois <claire@atelier-nuage.example>",
            """Bonjour Sam,

Merci pour votre candidature. Nous avons choisi un autre profil pour ce poste.

Bonne continuation,
Claire""",
        ),
        S(
            "rejection",
            "after final round",
            "Suite à notre dernier entretien",
            "Hugo Lefèvre <hugo.lefevre@mistral-conseil.example>",
            """Bonjour Sam,

Merci encore pour l'entretien final avec notre comité de direction. À l'issue de ce
dernier échange, nous avons fait le choix d'un autre candidat, dont l'expérience sectorielle
est plus proche de nos besoins immédiats.

Je reste disponible pour vous faire un retour plus détaillé par téléphone.

Bien cordialement,
Hugo Lefèvre""",
        ),
        S(
            "rejection",
            "end-of-studies internship",
            "Stage de fin d'études – Data",
            "Service RH <rh@ferroviaire-sud.example>",
            """Bonjour,

Nous avons bien étudié votre candidature pour le stage de fin d'études en data science.
Nous ne sommes malheureusement pas en mesure de vous proposer ce stage, les places ayant
été attribuées.

Cordialement,
Le service RH""",
        ),
        S(
            "rejection",
            "work-study place filled",
            "Alternance Assistant RH",
            "Recrutement <alternance@maisonbleue.example>",
            """Bonjour Sam,

Nous vous informons que le poste en alternance d'Assistant RH a été pourvu. Nous ne
pouvons donc pas poursuivre le processus avec vous.

Merci de l'intérêt porté à notre entreprise.
Maison Bleue""",
        ),
        S(
            "rejection",
            "recruitment closed without hiring",
            "Poste de Chef de projet digital",
            "Élodie Marchand <e.marchand@cartagene.example>",
            """Bonjour Sam,

Suite à une réorganisation interne, nous avons décidé de clore ce recrutement sans le
pourvoir. Votre candidature ne pourra donc pas aller plus loin.

Avec toutes nos excuses,
Élodie Marchand""",
        ),
        S(
            "rejection",
            "reply to the candidate's follow-up",
            "RE: Relance candidature Product Owner",
            "Julien Roux <julien.roux@opaline.example>",
            """Bonjour Sam,

Suite à votre relance, je reviens vers vous : le manager a préféré poursuivre avec une
candidate ayant davantage d'expérience en B2B. Je suis désolé de ne pas avoir de meilleure
nouvelle.

Bien à vous,
Julien""",
            quoted="""Bonjour Julien,

Je me permets de revenir vers vous concernant ma candidature au poste de Product Owner.
Auriez-vous des nouvelles ?

Cordialement,
Sam""",
        ),
        S(
            "rejection",
            "talent pool (vivier) after a no, HTML only",
            "Votre candidature chez Ondine",
            "Ondine Talents <talents@ondine.example>",
            """Bonjour Sam,

Votre profil a retenu toute notre attention, mais il ne correspond pas tout à fait aux
attentes de ce poste. Nous souhaitons toutefois conserver votre CV dans notre vivier afin
de vous recontacter pour de futures opportunités.

L'équipe Talents d'Ondine""",
            html=True,
        ),
        S(
            "interview",
            "slot taken, new time proposed",
            "Entretien – créneau",
            "Camille Petit <camille@brioche-studio.example>",
            """Bonjour Sam,

Malheureusement le créneau de jeudi 10h est déjà pris. Pourriez-vous me proposer un autre
moment cette semaine pour l'entretien avec notre directrice technique ?

Merci,
Camille""",
        ),
        S(
            "application_received",
            "confirmation: silence after 4 weeks means no",
            "Accusé de réception de votre candidature",
            "Recrutement <noreply@assurlion.example>",
            """Bonjour,

Nous accusons réception de votre candidature au poste de Gestionnaire sinistres et vous en
remercions. Elle sera examinée avec attention.

Sans réponse de notre part dans un délai de quatre semaines, vous pourrez considérer que
votre candidature n'a pas été retenue.

Le service Recrutement""",
        ),
        S(
            "other",
            "visa refused",
            "Décision concernant votre demande de visa",
            "Consulat <visas@consulat.example>",
            """Madame, Monsieur,

Nous avons le regret de vous informer que votre demande de visa de long séjour a été
refusée. Les motifs du refus figurent dans le document joint.

Le service des visas""",
        ),
        S(
            "other",
            "rental file not retained",
            "Votre dossier de location",
            "Agence du Parc <location@agenceduparc.example>",
            """Bonjour,

Nous vous remercions pour votre dossier. Malheureusement, le propriétaire a retenu un
autre dossier pour l'appartement rue Monge.

Cordialement,
Agence du Parc""",
        ),
        S(
            "other",
            "recruiter outreach",
            "Opportunité Lead Dev – Lyon",
            "Thomas Garnier <thomas@talentlink-rh.example>",
            """Bonjour Sam,

Je me permets de vous contacter car votre profil LinkedIn correspond à une opportunité de
Lead Developer chez l'un de nos clients à Lyon. Seriez-vous ouvert à un échange cette
semaine ?

Thomas""",
        ),
    ],
    "es": [
        S(
            "rejection",
            "long corporate, data-protection footer",
            "Tu candidatura para Analista de Riesgos",
            "Banco Cantábrico <seleccion@bancocantabrico.example>",
            """Hola Sam:

Gracias por tu interés en formar parte de Banco Cantábrico.

Tras analizar detenidamente tu candidatura, lamentamos comunicarte que en esta ocasión no
continuarás en el proceso de selección para el puesto de Analista de Riesgos.

Te animamos a seguir consultando nuestras ofertas.

Un saludo,
Equipo de Selección

De conformidad con el Reglamento (UE) 2016/679, te informamos de que tus datos serán
tratados por Banco Cantábrico, S.A. con la finalidad de gestionar procesos de selección.""",
        ),
        S(
            "rejection",
            "very short",
            "Puesto de diseñador",
            "Lucía Romero <lucia@estudiomar.example>",
            """Hola Sam,

Gracias por postularte. Hemos decidido seguir con otros perfiles.

Suerte,
Lucía""",
        ),
        S(
            "rejection",
            "after final interview",
            "Resultado del proceso",
            "Andrés Molina <andres.molina@logitrans.example>",
            """Hola Sam:

Muchas gracias por la entrevista final con dirección. Después de valorarlo mucho, hemos
decidido ofrecer el puesto a otra persona cuyo perfil encaja mejor con el momento del
equipo.

Ha sido un placer conocerte.
Andrés""",
        ),
        S(
            "rejection",
            "graduate programme",
            "Programa Graduados 2025",
            "Talento Joven <talento@energiasur.example>",
            """Hola Sam:

Gracias por participar en el Programa Graduados 2025 de Energía Sur. Tras revisar las
pruebas online, te comunicamos que no has sido seleccionado para la siguiente fase del
programa.

Equipo de Talento Joven""",
        ),
        S(
            "rejection",
            "vacancy filled, HTML only",
            "Oferta: Técnico de Marketing",
            "Recursos Humanos <rrhh@grupoalba.example>",
            """Estimado Sam:

Le informamos de que la vacante de Técnico de Marketing ya ha sido cubierta. Agradecemos
sinceramente el tiempo que ha dedicado al proceso.

Atentamente,
Recursos Humanos – Grupo Alba""",
            html=True,
        ),
        S(
            "rejection",
            "neutral subject, decision in body",
            "Actualización sobre tu candidatura",
            "Recruiting <jobs@paseo.teamtailor.example>",
            """Hola Sam,

Queríamos escribirte para informarte de que hemos decidido no avanzar con tu candidatura
al puesto de Product Manager. Valoramos mucho el interés que has mostrado.

Equipo de Paseo"""
            + _EN_ATS_FOOTER,
        ),
        S(
            "rejection",
            "talent pool after a no",
            "Gracias por tu interés",
            "Talento <talento@nubeverde.example>",
            """Hola Sam:

Aunque en esta ocasión no podemos avanzar con tu candidatura, nos gustaría que formaras
parte de nuestra bolsa de talento para futuras oportunidades.

Un abrazo,
Equipo de Talento de Nube Verde""",
        ),
        S(
            "rejection",
            "process closed without hiring",
            "Proceso de selección Jefe de Obra",
            "Raúl Sánchez <raul.sanchez@constructorasol.example>",
            """Buenos días Sam:

Te escribo para comentarte que hemos cerrado el proceso de selección de Jefe de Obra sin
cubrir la posición, por un cambio en la planificación del proyecto.

Gracias por tu tiempo.
Raúl Sánchez""",
        ),
        S(
            "interview",
            "slot occupied, another time offered",
            "Entrevista – cambio de hora",
            "Marta Ruiz <marta@finca-digital.example>",
            """Hola Sam:

Lamentablemente la franja de las 10:00 ya está ocupada. ¿Te viene bien a las 12:00 el
mismo día para la entrevista con el equipo?

Saludos,
Marta""",
        ),
        S(
            "offer",
            "offer among all candidates",
            "Propuesta de incorporación",
            "Pablo Ortega <pablo@clavetech.example>",
            """Hola Sam:

Nos complace ofrecerte el puesto de Desarrollador Senior. Entre todos los candidatos que
hemos entrevistado, tu perfil ha sido el que más nos ha convencido. Adjuntamos la carta
oferta con las condiciones.

Un saludo,
Pablo""",
        ),
        S(
            "other",
            "loan declined",
            "Su solicitud de préstamo",
            "Banco Meridiano <avisos@bancomeridiano.example>",
            """Estimado cliente:

Lamentamos informarle de que su solicitud de préstamo personal ha sido denegada tras el
análisis de riesgos.

Atentamente,
Banco Meridiano""",
        ),
        S(
            "other",
            "master's admission refused",
            "Resolución de admisión",
            "Posgrado <posgrado@univalle-norte.example>",
            """Estimado/a Sam Rivera:

Le comunicamos que no ha sido admitido/a en el Máster en Ciencia de Datos para el curso
2025-2026. Puede presentar alegaciones en un plazo de diez días.

Oficina de Posgrado""",
        ),
        S(
            "other",
            "job alert",
            "Nuevas ofertas de empleo para ti",
            "Empleo Ya <alertas@empleoya.example>",
            """Hola Sam:

Tenemos 8 nuevas ofertas que coinciden con tu búsqueda «analista de datos»:

Analista de Datos – Madrid
Data Analyst Junior – Remoto

Gestiona tus alertas o date de baja aquí.""",
            headers=(("List-Unsubscribe", "<https://empleoya.example/baja>"),),
        ),
    ],
    "nl": [
        S(
            "rejection",
            "long corporate, confidentiality footer",
            "Je sollicitatie als Business Controller",
            "Van Dijk Groep <werkenbij@vandijkgroep.example>",
            """Beste Sam,

Hartelijk dank voor je sollicitatie en je interesse in de Van Dijk Groep.

Na zorgvuldige overweging hebben wij besloten je niet uit te nodigen voor een
kennismakingsgesprek. Andere kandidaten sloten beter aan bij het gevraagde profiel.

We wensen je veel succes bij je verdere zoektocht.

Met vriendelijke groet,
Afdeling Recruitment
Van Dijk Groep B.V.

Dit bericht kan vertrouwelijke informatie bevatten en is uitsluitend bestemd voor de
geadresseerde. KvK 30456789, Utrecht.""",
        ),
        S(
            "rejection",
            "very short",
            "Sollicitatie Designer",
            "Femke de Vries <femke@studiolijn.example>",
            """Hoi Sam,

Bedankt voor je sollicitatie. We kiezen voor een andere kandidaat.

Groet,
Femke""",
        ),
        S(
            "rejection",
            "after second interview",
            "Terugkoppeling tweede gesprek",
            "Ruben Jansen <ruben.jansen@havenlicht.example>",
            """Beste Sam,

Dank je wel voor het tweede gesprek met het MT. We hebben lang getwijfeld, maar uiteindelijk
is de keuze gevallen op iemand met meer ervaring in de logistiek.

Ik bel je graag om het toe te lichten.
Ruben""",
        ),
        S(
            "rejection",
            "traineeship",
            "Traineeprogramma 2025",
            "Young Talent <traineeship@polderbank.example>",
            """Beste Sam,

Bedankt voor je deelname aan de selectie voor ons traineeprogramma. Helaas kunnen we je
geen plek in het programma aanbieden.

Hartelijke groet,
Team Young Talent""",
        ),
        S(
            "rejection",
            "vacancy withdrawn",
            "Vacature Projectmanager",
            "HR <hr@gemeente-waterland.example>",
            """Geachte heer Rivera,

Wij laten u weten dat de vacature Projectmanager is komen te vervallen. De procedure wordt
daarom beëindigd en uw sollicitatie wordt niet verder behandeld.

Met vriendelijke groet,
Afdeling HR""",
        ),
        S(
            "rejection",
            "reply to the candidate's question",
            "Re: Stand van zaken sollicitatie",
            "Lotte Bakker <lotte@fietsfabriek.example>",
            """Hoi Sam,

Dank voor je mailtje. Ik moet je helaas laten weten dat we met andere kandidaten verder
gaan voor deze rol.

Groetjes,
Lotte""",
            quoted="""Hoi Lotte,

Is er al nieuws over mijn sollicitatie als Marketeer? Ik hoor graag van je.

Groet,
Sam""",
        ),
        S(
            "rejection",
            "HTML only with English ATS footer",
            "Update over je sollicitatie",
            "Noordzee Energie <jobs@noordzee.recruitee.example>",
            """Beste Sam,

De selectiecommissie heeft besloten je sollicitatie niet verder in behandeling te nemen.
Bedankt voor je tijd en moeite.

Team Noordzee Energie"""
            + _EN_ATS_FOOTER,
            html=True,
        ),
        S(
            "rejection",
            "talent pool after a no",
            "Je sollicitatie bij Bloom",
            "Bloom Recruitment <talent@bloom-apps.example>",
            """Hoi Sam,

Voor deze functie ga je helaas niet door naar de volgende ronde. We houden je cv wel graag
in onze talentpool, zodat we je kunnen benaderen als er iets passends vrijkomt.

Team Bloom""",
        ),
        S(
            "interview",
            "time slot taken",
            "Planning sollicitatiegesprek",
            "Sanne Visser <sanne@dijkstra-advies.example>",
            """Hoi Sam,

Helaas is het tijdslot van 14:00 uur al bezet. Zullen we het sollicitatiegesprek op vrijdag
om 11:00 uur plannen?

Groet,
Sanne""",
        ),
        S(
            "application_received",
            "confirmation: no news within two weeks means not selected",
            "Ontvangstbevestiging sollicitatie",
            "Werken bij Tulpstad <noreply@tulpstad.example>",
            """Beste Sam,

Wij hebben je sollicitatie voor de functie Klantadviseur in goede orde ontvangen. We nemen
je cv zorgvuldig door.

Als je binnen twee weken niets van ons hoort, ben je helaas niet geselecteerd.

Team Recruitment Tulpstad""",
        ),
        S(
            "other",
            "rental allocated to another candidate",
            "Woning Kerkstraat 8",
            "Woonstichting Oost <verhuur@woonoost.example>",
            """Beste Sam,

Helaas is de woning aan de Kerkstraat toegewezen aan een andere kandidaat. Je inschrijving
blijft actief voor andere woningen.

Woonstichting Oost""",
        ),
        S(
            "other",
            "grant application rejected",
            "Besluit op uw subsidieaanvraag",
            "Fonds Cultuur <info@fondscultuur.example>",
            """Geachte heer Rivera,

Wij hebben uw subsidieaanvraag beoordeeld. Helaas is uw aanvraag afgewezen omdat het
budget voor deze ronde is uitgeput.

Met vriendelijke groet,
Fonds Cultuur""",
        ),
    ],
    "pt": [
        S(
            "rejection",
            "long corporate, LGPD footer",
            "Sua candidatura para Analista Financeiro",
            "Grupo Araucária <vagas@araucaria.gupy.example>",
            """Olá, Sam!

Agradecemos o seu interesse em fazer parte do Grupo Araucária.

Após análise cuidadosa do seu perfil, informamos que não seguiremos com a sua candidatura
para a vaga de Analista Financeiro neste momento.

Desejamos sucesso na sua jornada profissional.

Equipe de Atração de Talentos

Em conformidade com a Lei Geral de Proteção de Dados (LGPD), seus dados serão armazenados
por até 12 meses.""",
        ),
        S(
            "rejection",
            "very short",
            "Vaga de Designer",
            "Beatriz Lima <bia@estudiocaju.example>",
            """Oi Sam,

Obrigado por se candidatar. Decidimos seguir com outro candidato.

Abraço,
Bia""",
        ),
        S(
            "rejection",
            "after final interview",
            "Retorno sobre a entrevista final",
            "Rodrigo Alves <rodrigo.alves@portonave.example>",
            """Olá Sam,

Obrigado pela entrevista final com a diretoria. Depois de muita conversa, optamos por outro
finalista com mais vivência em comércio exterior.

Fico à disposição para conversar.
Rodrigo""",
        ),
        S(
            "rejection",
            "internship programme",
            "Programa de Estágio 2025",
            "Talentos <estagio@verdemar.example>",
            """Olá Sam,

Agradecemos sua participação no Programa de Estágio 2025. Infelizmente você não foi
selecionado para a próxima etapa do processo.

Equipe Verdemar""",
        ),
        S(
            "rejection",
            "position frozen",
            "Atualização – vaga Desenvolvedor",
            "Camila Souza <camila@pixelbrasa.example>",
            """Oi Sam,

Passando para avisar que a vaga de Desenvolvedor foi congelada por decisão da diretoria, e
por isso vamos encerrar as candidaturas em andamento.

Obrigada pela paciência,
Camila""",
        ),
        S(
            "rejection",
            "talent bank after a no, HTML only",
            "Processo seletivo",
            "RH <rh@sabiaseguros.example>",
            """Olá Sam,

Neste momento seu perfil não foi escolhido para a vaga de Atendimento. Seu currículo
ficará em nosso banco de talentos para oportunidades futuras.

RH Sabiá Seguros""",
            html=True,
        ),
        S(
            "rejection",
            "European Portuguese, formal",
            "Candidatura – Técnico de Qualidade",
            "Recursos Humanos <rh@lusocork.example>",
            """Exmo. Senhor Sam Rivera,

Lamentamos informar que a sua candidatura não foi selecionada para a fase seguinte do
processo de recrutamento.

Com os melhores cumprimentos,
Recursos Humanos""",
        ),
        S(
            "rejection",
            "reply to the candidate's follow-up",
            "Re: Andamento do processo",
            "Felipe Costa <felipe@cafeteria-lab.example>",
            """Oi Sam,

Desculpa a demora! A gestora acabou escolhendo uma pessoa com mais experiência em varejo,
então não vamos seguir com você desta vez.

Abraço,
Felipe""",
            quoted="""Oi Felipe,

Tudo bem? Queria saber se há novidades sobre o processo de Analista de Compras.

Obrigado,
Sam""",
        ),
        S(
            "interview",
            "time taken, another offered",
            "Agendamento de entrevista",
            "Juliana Rocha <juliana@mangue-tech.example>",
            """Olá Sam,

Infelizmente o horário das 15h já foi preenchido. Podemos marcar a entrevista às 16h na
mesma quinta-feira?

Abraço,
Juliana""",
        ),
        S(
            "offer",
            "offer letter",
            "Proposta de trabalho",
            "Marcelo Dias <marcelo@bravotech.example>",
            """Olá Sam,

Temos o prazer de lhe oferecer a posição de Engenheiro de Dados. Entre os vários candidatos
entrevistados, você se destacou. A carta proposta segue em anexo.

Abraços,
Marcelo""",
        ),
        S(
            "other",
            "scholarship not approved",
            "Resultado da bolsa de estudos",
            "Fundação Saber <bolsas@fundsaber.example>",
            """Prezado Sam,

Informamos que sua solicitação de bolsa de estudos não foi aprovada nesta edição.

Fundação Saber""",
        ),
        S(
            "other",
            "recruiter outreach",
            "Oportunidade: Tech Lead",
            "Renata Gomes <renata@huntbrasil.example>",
            """Oi Sam,

Vi seu perfil e acho que você tem tudo a ver com uma vaga de Tech Lead que estou
conduzindo para um cliente em São Paulo. Topa uma conversa rápida?

Renata""",
        ),
    ],
    "it": [
        S(
            "rejection",
            "long corporate, GDPR footer",
            "La sua candidatura – Addetto Amministrativo",
            "Ferretti Spa <selezione@ferretti-spa.example>",
            """Gentile Sam Rivera,

la ringraziamo per l'interesse dimostrato nei confronti della nostra azienda.

Dopo un'attenta valutazione, ci dispiace comunicarle che la sua candidatura non è stata
selezionata per le fasi successive del processo.

Le auguriamo il meglio per il suo percorso professionale.

Ufficio Selezione
Ferretti Spa

Ai sensi del Regolamento UE 2016/679 (GDPR), i suoi dati saranno conservati per 24 mesi.""",
        ),
        S(
            "rejection",
            "very short",
            "Candidatura Grafico",
            "Giulia Conti <giulia@studiofaro.example>",
            """Ciao Sam,

grazie per la candidatura. Abbiamo deciso di proseguire con altri profili.

Un saluto,
Giulia""",
        ),
        S(
            "rejection",
            "after final interview",
            "Esito colloquio finale",
            "Matteo Ricci <matteo.ricci@lagunadigital.example>",
            """Ciao Sam,

grazie per il colloquio finale con il CEO. Dopo lunga riflessione abbiamo scelto un altro
candidato, con più esperienza nel settore bancario.

Resto a disposizione per un confronto.
Matteo""",
        ),
        S(
            "rejection",
            "internship",
            "Tirocinio curriculare",
            "Risorse Umane <hr@officinebianchi.example>",
            """Gentile Sam,

la ringraziamo per la domanda di tirocinio. Purtroppo al momento non siamo in grado di
offrirle il tirocinio richiesto.

Cordiali saluti,
Risorse Umane""",
        ),
        S(
            "rejection",
            "position closed",
            "Posizione Sviluppatore Java",
            "Talent <talent@venetosoft.example>",
            """Ciao Sam,

ti scrivo per informarti che la posizione di Sviluppatore Java è stata chiusa senza
assunzioni, per una revisione del budget. Il processo di selezione quindi si conclude qui.

Grazie del tempo dedicato,
Talent Team""",
        ),
        S(
            "rejection",
            "reply to the candidate's follow-up",
            "R: Aggiornamenti sulla candidatura",
            "Elena Greco <elena@pastificioluna.example>",
            """Ciao Sam,

scusa il ritardo. Purtroppo il responsabile ha preferito un profilo più senior, quindi non
andremo avanti con la tua candidatura.

Un caro saluto,
Elena""",
            quoted="""Ciao Elena,

volevo sapere se ci sono novità sulla mia candidatura come Marketing Specialist.

Grazie,
Sam""",
        ),
        S(
            "rejection",
            "formal, HTML only",
            "Esito della selezione",
            "Ufficio Personale <personale@assicuranord.example>",
            """Gentile candidato,

a conclusione dell'iter di selezione per la posizione di Attuario, le comunichiamo che non
potremo dare seguito alla sua candidatura.

Distinti saluti,
Ufficio Personale""",
            html=True,
        ),
        S(
            "rejection",
            "database kept after a no",
            "Grazie per la sua candidatura",
            "Recruiting <jobs@borgoverde.example>",
            """Gentile Sam,

il suo profilo non è risultato in linea con i requisiti della posizione. Abbiamo comunque
inserito il suo CV nel nostro database per future opportunità.

Cordiali saluti,
Recruiting Borgo Verde""",
        ),
        S(
            "interview",
            "slot occupied",
            "Colloquio – orario",
            "Sara Moretti <sara@bottegaweb.example>",
            """Ciao Sam,

purtroppo lo slot delle 11 è già occupato. Possiamo fissare il colloquio alle 14 dello
stesso giorno?

A presto,
Sara""",
        ),
        S(
            "application_received",
            "confirmation: no news within 30 days means not accepted",
            "Conferma ricezione candidatura",
            "Selezione <noreply@grandilaghi.example>",
            """Gentile Sam,

confermiamo di aver ricevuto la sua candidatura per la posizione di Receptionist.

Qualora non ricevesse nostre notizie entro 30 giorni, la candidatura è da considerarsi non
accolta.

Ufficio Selezione""",
        ),
        S(
            "other",
            "mortgage not approved",
            "Esito richiesta di mutuo",
            "Banca del Borgo <comunicazioni@bancaborgo.example>",
            """Gentile cliente,

la informiamo che la sua domanda di mutuo non è stata approvata.

Banca del Borgo""",
        ),
        S(
            "other",
            "master's admission not accepted",
            "Ammissione laurea magistrale",
            "Segreteria Studenti <segreteria@ateneo-sud.example>",
            """Gentile studente,

la sua domanda di ammissione al corso di laurea magistrale in Economia non è stata accolta.

Segreteria Studenti""",
        ),
    ],
}
