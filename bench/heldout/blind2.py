"""A fourth held-out set, written blind (before reading any pattern in the packs).

Weighted toward what real inboxes hold: ATS-generated turn-downs (Workday, Greenhouse,
Lever, SmartRecruiters, iCIMS, Personio, Teamtailor, Recruitee, Join, StepStone, LinkedIn)
with footers and unsubscribe links, HTML-only mail, recruiter notes after a screen, a
take-home or a final round, agencies, internships and apprenticeships, turn-downs phrased
positively or informally (du / tu / tú / je / você / tu) and with typos; and hard negatives:
confirmations, assessment invites, (re)scheduling, offers, job alerts, outreach, platform
notifications, the candidate's own withdrawal, automatic replies and non-job refusals.

Label choices: "hiring is paused, your application stays active" is ``other`` (nothing has
been decided about the candidate, a feedback request would be premature); a turned-down
application for a *volunteer role* is ``rejection`` (an application, a selection and a
coordinator who can give feedback: job-like); a coding-test invitation is ``interview``.
Invented text throughout.
"""

from bench.heldout import Sample as S

_UNSUB = (("List-Unsubscribe", "<https://mail.example/unsubscribe/c8f2>"),)
_AUTO = (("Auto-Submitted", "auto-generated"),)
_OOO = (("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"))
_BULK = (("Precedence", "bulk"), ("List-Unsubscribe", "<https://mail.example/u/91ab>"))

_WORKDAY_FOOTER = """
This email was generated automatically. Replies to this address are not monitored.
Manage your candidate account and notification settings in the careers portal.
Privacy Statement | Terms of Use"""

_GREENHOUSE_FOOTER = """
Powered by Greenhouse. Questions about how your data is used? Read our candidate
privacy notice. Don't want to receive these emails? Unsubscribe."""

_EN = [
    S(
        "rejection",
        "Workday: move forward with candidates whose experience aligns more closely",
        "Your application for Data Engineer II at Norrland Freight",
        "Norrland Freight <norrlandfreight@myworkday.com>",
        """Hello Sam,

Thank you for your interest in the Data Engineer II position (JR-118204) at Norrland
Freight. We appreciate the time you invested in your application.

After a thorough review we have decided to move forward with other candidates whose
background aligns more closely with the current needs of the team.

We encourage you to keep an eye on our careers site and to apply for future openings
that match your skills.

Kind regards,
Talent Acquisition, Norrland Freight
"""
        + _WORKDAY_FOOTER,
        headers=_AUTO,
    ),
    S(
        "rejection",
        "Greenhouse: won't be progressing at this time",
        "An update on your application",
        "Tallyroot Recruiting <no-reply@us.greenhouse-mail.io>",
        """Hi Sam,

Thanks so much for applying to the Senior Backend Engineer role at Tallyroot and for the
time you spent telling us about yourself.

We've had a lot of strong applicants, and after reviewing your profile we won't be
progressing your application at this time. This isn't a reflection of your abilities,
and we'd be glad to see your name again for a future opening.

All the best,
The Tallyroot Talent Team
"""
        + _GREENHOUSE_FOOTER,
        headers=_UNSUB,
    ),
    S(
        "rejection",
        "Lever: going in a different direction",
        "Thanks from Pebblestone",
        "Pebblestone <no-reply@hire.lever.co>",
        """Hi Sam,

Thank you for your interest in Pebblestone and in the Growth Marketing Manager role.

We've reviewed your application carefully and decided to go in a different direction
for this position. We know this isn't the news you were hoping for.

We wish you the very best in your search.

Pebblestone People Team

Sent via Lever. Unsubscribe from these emails.""",
    ),
    S(
        "rejection",
        "SmartRecruiters: status changed to not selected",
        "Application status update - Customer Success Lead",
        "Orvana Health <noreply@smartrecruiters.com>",
        """Dear Sam Rivera,

This is an update regarding your application for Customer Success Lead at Orvana Health.

The status of your application has changed to: Not selected.

We thank you for the interest you have shown in our organisation and wish you success
in your future endeavours.

Orvana Health Recruitment

You are receiving this message because you applied through SmartRecruiters.
Privacy Policy | Manage preferences""",
    ),
    S(
        "rejection",
        "iCIMS, HTML only: selected another applicant",
        "Regarding your application to requisition 44821",
        "Brightwater Utilities Careers <careers@brightwater.icims.com>",
        """Dear Sam,

Thank you for applying for the position of Network Operations Analyst (Req 44821).

We received a large number of applications. After careful consideration, we have
selected another applicant whose qualifications better match the requirements of the
role.

Your profile will remain in our database, and you are welcome to apply for other
vacancies.

Sincerely,
Brightwater Utilities Human Resources

Please do not reply to this automated message. View our Privacy Policy.""",
        html=True,
    ),
    S(
        "rejection",
        "LinkedIn Easy Apply: company decided to pursue other candidates",
        "Your application to Product Designer at Glimmerwell",
        "LinkedIn <jobs-noreply@linkedin.com>",
        """Your update from Glimmerwell

Product Designer
Glimmerwell · Lisbon (Hybrid)

Thank you for your interest in the Product Designer position at Glimmerwell. After
reviewing your application, the team has decided to pursue other candidates for this
role.

Don't give up: see jobs similar to this one.

You are receiving Job Application emails. Unsubscribe · Help
© LinkedIn Corporation""",
        headers=_UNSUB,
    ),
    S(
        "rejection",
        "terse note after a phone screen",
        "Re: Chat on Tuesday",
        "Jo Whitcombe <jo@loomfield.example>",
        """Hi Sam,

Thanks again for the chat yesterday. We've decided not to take things further for this
one, but it was great to meet you. Best of luck with the search!

Jo""",
    ),
    S(
        "rejection",
        "after take-home: impressed, however chose another candidate",
        "Your take-home for Kestrel Labs",
        "Naomi Farrant <naomi.farrant@kestrellabs.example>",
        """Hi Sam,

Thank you for the effort you put into the take-home exercise. The team really liked
your approach to the caching problem and the clarity of your write-up.

However, after a lot of discussion we have chosen to proceed with another candidate
whose experience with large-scale streaming systems is a closer fit for where the team
is heading.

I know this is disappointing after the time you invested, and I'm happy to share the
reviewers' notes if they'd be useful.

Warm regards,
Naomi Farrant
Engineering Recruiter, Kestrel Labs""",
    ),
    S(
        "rejection",
        "after final round: offered the role to someone else",
        "Final round follow-up",
        "Ruth Adebayo <ruth.adebayo@halcyonbank.example>",
        """Dear Sam,

I'm sorry to be writing with disappointing news. Thank you for meeting the panel on
Thursday; everyone enjoyed the conversation.

It was a very close call, but we have offered the position to someone else, who has
accepted.

I'd genuinely like to stay in touch, and I'll reach out if something suitable opens up
on the risk side.

Best wishes,
Ruth""",
    ),
    S(
        "rejection",
        "agency: client passed on the profile",
        "Senior Java role - client feedback",
        "Dan Keller <dan.keller@northbridge-talent.example>",
        """Hi Sam,

Just heard back from my client on the Senior Java Developer role. They've decided to
pass on your profile: they're after someone with more hands-on Kafka in production.

Sorry it wasn't better news. I've got a couple of other roles that could suit you, so
let's catch up next week.

Cheers,
Dan
Northbridge Talent | Technology Recruitment""",
    ),
    S(
        "rejection",
        "graduate scheme: will not be taking your application further",
        "Graduate Programme 2026 - application outcome",
        "Early Careers at Caldermoor <earlycareers@caldermoor.example>",
        """Dear Sam,

Thank you for applying to the Caldermoor Graduate Programme 2026 and for completing our
online assessments.

We were impressed by the quality of applications this year. Unfortunately, this time we
will not be taking your application further.

We hope you will consider Caldermoor again in the future.

Early Careers Team""",
        headers=_AUTO,
    ),
    S(
        "rejection",
        "internship: cannot move to the next stage",
        "Summer Internship 2026 - Software Engineering",
        "Vantor Systems Campus <campus@vantor.example>",
        """Hi Sam,

Thanks for your application to the Summer Internship programme at Vantor Systems.

We've reviewed your application alongside many others, and we're sorry to let you know
that we won't be able to move you to the next stage of the selection process.

Good luck with your studies,
Vantor Campus Recruiting""",
    ),
    S(
        "rejection",
        "typos throughout",
        "Your aplication",
        "Greg Hollis <greg@hollisandson.example>",
        """Hi Sam

thanks for aplying for the warehouse supervisor job. Unfortunatly we have decided to
not persue your application any further, we went with someone who has more forklift
experiance.

all the best
Greg""",
    ),
    S(
        "rejection",
        "non-native phrasing: decided to pursue other profiles",
        "Application Frontend Developer",
        "HR Zenkova <hr@zenkova.example>",
        """Dear Mr. Rivera,

We thank you for your application for the position of Frontend Developer.

After analysing all candidatures we have decided to pursue other profiles which
correspond better to our needs in this moment.

We wish you a lot of success for your professional future.

Best regards
HR Department Zenkova""",
    ),
    S(
        "rejection",
        "reply to the candidate's follow-up, hiring manager opted for another person",
        "Re: Checking in on the Operations Analyst role",
        "Priya Natarajan <priya@coastlinelogistics.example>",
        """Hi Sam,

Sorry for the slow reply, it's been a hectic couple of weeks. The hiring manager has
opted for a candidate with more customs brokerage experience, so we won't be moving
ahead with your application.

Thanks for your patience and for following up.

Priya""",
        quoted="""Hi Priya,

I hope you're well. I wanted to check in on the Operations Analyst role, as it has been
three weeks since my interview. Is there any update?

Thanks,
Sam""",
    ),
    S(
        "rejection",
        "volunteer role (job-like: labelled rejection)",
        "Your volunteer mentor application",
        "Brightpath Mentoring <volunteers@brightpath.example>",
        """Dear Sam,

Thank you for applying to become a volunteer mentor with Brightpath and for coming to
the information evening.

We had more applicants than mentoring places this round, and we're sorry to tell you
that we aren't able to offer you a volunteer placement at this time.

With thanks,
Leah, Volunteer Coordinator""",
    ),
    S(
        "rejection",
        "Teamtailor: not successful on this occasion",
        "Your application to Fernhill Studio",
        "Fernhill Studio <no-reply@teamtailor-mail.com>",
        """Hi Sam,

Thank you for your application for the Junior Motion Designer position.

We have now completed the recruitment process and unfortunately you were not successful
on this occasion.

We will keep your details in our talent community so we can let you know about future
roles.

Fernhill Studio

Manage your data · Unsubscribe""",
        headers=_UNSUB,
    ),
    S(
        "rejection",
        "Recruitee, HTML only: the vacancy has been filled by another candidate",
        "Update regarding Account Executive (Benelux)",
        "Marlowe Cloud <jobs@marlowe.recruitee.com>",
        """Hi Sam,

We wanted to let you know that the Account Executive (Benelux) vacancy has been filled by
another candidate, so your application is now closed.

Thank you for the time you took to apply, and we hope to cross paths again.

The Marlowe Cloud hiring team""",
        html=True,
    ),
    S(
        "application_received",
        "Greenhouse confirmation, mentions high volume and 'unfortunately' not",
        "Thank you for applying to Tallyroot",
        "Tallyroot Recruiting <no-reply@us.greenhouse-mail.io>",
        """Hi Sam,

Thanks for applying for the Platform Engineer role at Tallyroot! Our team will review
your application, and if your experience is a match we'll reach out to talk about next
steps.

Because of the number of applications we receive, it can take up to two weeks for us to
get back to you.

The Tallyroot Talent Team
"""
        + _GREENHOUSE_FOOTER,
        headers=_UNSUB,
    ),
    S(
        "interview",
        "HackerRank assessment invitation",
        "Invitation: Orvana Health coding challenge",
        "Orvana Health via HackerRank <support@hackerrankforwork.com>",
        """Hi Sam,

Orvana Health has invited you to take a coding challenge as the next step for the
Backend Engineer role.

Duration: 90 minutes. The link expires in 7 days. You can take the test at any time
before then.

Start the test

Good luck!
The HackerRank team on behalf of Orvana Health""",
    ),
    S(
        "interview",
        "rescheduling: unfortunately the interviewer is unavailable",
        "Re: Interview on Thursday",
        "Maya Lindqvist <maya.lindqvist@pebblestone.example>",
        """Hi Sam,

Unfortunately Tom has been pulled into a client workshop on Thursday, so we need to move
your interview. Would Friday at 11:00 or Monday at 15:30 work for you instead?

Apologies for the shuffle,
Maya""",
    ),
    S(
        "offer",
        "offer that mentions a difficult decision between strong candidates",
        "Offer - Senior Financial Analyst",
        "Ruth Adebayo <ruth.adebayo@halcyonbank.example>",
        """Dear Sam,

It was a difficult decision among several strong candidates, and I'm delighted to let
you know that we would like to offer you the position of Senior Financial Analyst.

Your written offer, including salary and start date, is attached. Please let me know by
Friday whether you accept, and don't hesitate to call me with any questions.

Warm regards,
Ruth""",
    ),
    S(
        "other",
        "hiring paused, application stays active (decided: other)",
        "Update on the Analytics Engineer role",
        "Kestrel Labs Talent <talent@kestrellabs.example>",
        """Hi Sam,

A quick update: we've paused hiring for the Analytics Engineer role while we finalise
next year's budget. Your application remains active, and we'll be in touch as soon as
the role reopens, which we expect early next quarter.

Thanks for your patience,
Kestrel Labs Talent""",
    ),
    S(
        "other",
        "LinkedIn job alert",
        "30+ new jobs for 'data engineer' in Berlin",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        """Jobs you may be interested in

Data Engineer - Norrland Freight - Berlin
Senior Data Engineer - Tallyroot - Remote
Analytics Engineer - Kestrel Labs - Berlin

See all jobs

You're receiving this because you set a job alert. Unsubscribe · Help""",
        headers=_BULK,
    ),
    S(
        "other",
        "recruiter outreach",
        "Staff Engineer opportunity - fintech, fully remote",
        "Kim Osei <kim.osei@hiveline-search.example>",
        """Hi Sam,

I came across your profile and think you could be a great fit for a Staff Engineer role
I'm hiring for at a Series B fintech. Fully remote, strong equity package.

Would you be open to a quick call this week?

Best,
Kim""",
    ),
    S(
        "other",
        "candidate's own withdrawal confirmed",
        "Your application has been withdrawn",
        "Norrland Freight <norrlandfreight@myworkday.com>",
        """Hello Sam,

We have received your request to withdraw your application for Data Engineer II
(JR-118204). Your application is now withdrawn and will not be considered further.

If this was a mistake, you can re-apply through the careers portal while the job is
posted.
"""
        + _WORKDAY_FOOTER,
        headers=_AUTO,
    ),
    S(
        "other",
        "manuscript rejected",
        "Decision on manuscript JDS-2025-0412",
        "Journal of Data Systems <editorial@jds-journal.example>",
        """Dear Dr. Rivera,

Thank you for submitting your manuscript to the Journal of Data Systems. After careful
consideration of the reviewers' reports, we regret that we are unable to accept it for
publication. The reviewers' comments are included below.

Yours sincerely,
Editorial Office""",
    ),
    S(
        "other",
        "rental flat: another applicant chosen",
        "Flat 3B, Cawley Road",
        "Homestead Lettings <lettings@homestead.example>",
        """Dear Sam,

Thank you for viewing the flat at Cawley Road and for your application. The landlord has
decided to proceed with another applicant, so we won't be offering you the tenancy.

We'll send you new listings that match your search.

Homestead Lettings""",
    ),
    S(
        "other",
        "recruiter's out-of-office auto-reply",
        "Automatic reply: Application for Operations Analyst",
        "Priya Natarajan <priya@coastlinelogistics.example>",
        """I'm out of the office until Monday 10 March with limited access to email. For urgent
recruitment questions please contact talent@coastlinelogistics.example.

Thanks,
Priya""",
        headers=_OOO,
    ),
    S(
        "other",
        "scholarship not awarded",
        "Your scholarship application",
        "Aldwin Foundation <awards@aldwin.example>",
        """Dear Sam,

Thank you for applying for the Aldwin Postgraduate Scholarship. We received over 900
applications, and we're sorry to tell you that your application was not successful this
year.

Aldwin Foundation Awards Committee""",
    ),
    S(
        "other",
        "LinkedIn: application viewed notification",
        "Your application was viewed by Glimmerwell",
        "LinkedIn <jobs-noreply@linkedin.com>",
        """Glimmerwell viewed your application for Product Designer.

Stand out by adding skills to your profile.

You are receiving Job Application emails. Unsubscribe · Help""",
        headers=_UNSUB,
    ),
]

_DE = [
    S(
        "rejection",
        "Personio: für andere Kandidat:innen entschieden",
        "Ihre Bewerbung als Backend Entwickler (m/w/d)",
        "Brennwerk GmbH <jobs@brennwerk.jobs.personio.de>",
        """Hallo Herr Rivera,

vielen Dank für Ihre Bewerbung als Backend Entwickler (m/w/d) und das damit verbundene
Interesse an der Brennwerk GmbH.

Nach sorgfältiger Prüfung aller Unterlagen haben wir uns für andere Kandidat:innen
entschieden, deren Profil noch besser zu den aktuellen Anforderungen passt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüße
Ihr Brennwerk Recruiting Team

Informationen zum Datenschutz finden Sie in unserer Datenschutzerklärung.""",
    ),
    S(
        "rejection",
        "Join, du-Form: anders entschieden",
        "Update zu deiner Bewerbung bei Kiezlabor",
        "Kiezlabor via JOIN <noreply@join.com>",
        """Hi Sam,

danke, dass du dich bei uns als Product Owner beworben hast!

Wir haben uns alle Bewerbungen genau angeschaut und uns am Ende anders entschieden.
Wir wissen, dass das nicht die Nachricht ist, die du dir gewünscht hast.

Viel Erfolg bei deiner weiteren Suche!
Dein Kiezlabor Team

Du erhältst diese E-Mail, weil du dich über JOIN beworben hast. Abmelden""",
        headers=_UNSUB,
    ),
    S(
        "rejection",
        "Werkstudent, du-Form: keine Zusage",
        "Deine Bewerbung als Werkstudent Data Analytics",
        "Talent Team Vollmar <talent@vollmar.example>",
        """Hallo Sam,

vielen Dank für deine Bewerbung als Werkstudent im Bereich Data Analytics.

Leider können wir dir dieses Mal keine Zusage geben, da wir uns für eine:n Bewerber:in
mit mehr Erfahrung in SQL entschieden haben.

Wir drücken dir die Daumen für dein Studium!
Viele Grüße
Lena vom Talent Team""",
    ),
    S(
        "rejection",
        "Ausbildung: nicht berücksichtigen",
        "Ihre Bewerbung um einen Ausbildungsplatz zum Industriekaufmann",
        "Ausbildung Hartmann Werke <ausbildung@hartmann-werke.example>",
        """Sehr geehrter Herr Rivera,

wir danken Ihnen für Ihre Bewerbung um einen Ausbildungsplatz zum Industriekaufmann.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren
nicht berücksichtigen können. Die Zahl der Bewerbungen war in diesem Jahr sehr hoch.

Mit freundlichen Grüßen
Personalabteilung Hartmann Werke""",
    ),
    S(
        "rejection",
        "Praktikum nach dem Gespräch: beeindruckt, aber Bewerberin gewählt",
        "Ihr Gespräch für das Praktikum Marketing",
        "Carla Stein <c.stein@lumenhaus.example>",
        """Liebe Sam,

herzlichen Dank für das angenehme Gespräch am Dienstag. Ihre Ideen zur Kampagne haben
uns wirklich beeindruckt.

Wir haben uns letztlich jedoch für eine Bewerberin entschieden, deren Schwerpunkt noch
näher an den Aufgaben des Praktikums liegt.

Für Ihren weiteren Weg wünsche ich Ihnen alles Gute.
Carla Stein""",
    ),
    S(
        "rejection",
        "Kurz, Betreff 'Absage': mit einer anderen Person weiter",
        "Absage",
        "Jonas Brandt <jonas@kaffeerei-brandt.example>",
        """Hallo Sam,

danke fürs Kennenlernen. Wir gehen mit einer anderen Person weiter.

VG Jonas""",
    ),
    S(
        "rejection",
        "Personalberatung: Kunde hat sich gegen Weiterführung entschieden",
        "Ihre Kandidatur - Teamleiter Controlling",
        "Markus Pohl <m.pohl@pohl-consulting.example>",
        """Guten Tag Herr Rivera,

ich habe heute Rückmeldung von meinem Mandanten erhalten. Er hat sich leider gegen eine
Weiterführung Ihrer Kandidatur für die Position Teamleiter Controlling entschieden.

Gerne melde ich mich, sobald ich ein passendes Mandat für Sie habe.

Beste Grüße
Markus Pohl""",
    ),
    S(
        "rejection",
        "StepStone-Stil: Stelle anderweitig besetzt",
        "Ihre Bewerbung über StepStone: Sachbearbeiter Einkauf",
        "Rehberg Logistik <bewerbung@rehberg.example>",
        """Sehr geehrter Herr Rivera,

vielen Dank für Ihre Bewerbung, die uns über StepStone erreicht hat.

Wir möchten Ihnen mitteilen, dass die Stelle als Sachbearbeiter Einkauf inzwischen
anderweitig besetzt wurde. Ihre Unterlagen werden wir gemäß den Datenschutzbestimmungen
löschen.

Mit freundlichen Grüßen
Rehberg Logistik GmbH""",
    ),
    S(
        "rejection",
        "Tippfehler, ohne Umlaute",
        "Ihre Bewerbung",
        "Praxis Dr. Kunz <info@praxis-kunz.example>",
        """Sehr geehrte Frau Rivera,

vielen dank fur Ihre Bewerbung als Medizinische Fachangestellte. Leider mussen wir Ihnen
eine Absage erteilen, wir haben die Stelle schon vergeben.

Freundliche Grusse
Praxis Dr. Kunz""",
    ),
    S(
        "rejection",
        "HTML only, Teamtailor: kann nicht weiter berücksichtigt werden",
        "Rückmeldung zu Ihrer Bewerbung",
        "Nordlicht Versicherung <no-reply@teamtailor-mail.com>",
        """Sehr geehrte:r Sam Rivera,

vielen Dank für Ihre Bewerbung als Risikoanalyst:in. Nach eingehender Prüfung kann Ihre
Bewerbung in diesem Auswahlprozess nicht weiter berücksichtigt werden.

Wir würden uns freuen, Sie bei künftigen Ausschreibungen wieder als Bewerber:in zu sehen.

Ihr Recruiting-Team der Nordlicht Versicherung

Datenschutz · Abmelden""",
        html=True,
    ),
    S(
        "application_received",
        "Eingangsbestätigung",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Brennwerk GmbH <jobs@brennwerk.jobs.personio.de>",
        """Hallo Herr Rivera,

vielen Dank für Ihre Bewerbung als Frontend Entwickler (m/w/d). Wir haben Ihre
Unterlagen erhalten und melden uns innerhalb der nächsten zwei Wochen bei Ihnen.

Freundliche Grüße
Ihr Brennwerk Recruiting Team""",
    ),
    S(
        "interview",
        "Terminverschiebung: leider muss ich verschieben",
        "Unser Gespräch am Mittwoch",
        "Carla Stein <c.stein@lumenhaus.example>",
        """Liebe Sam,

leider muss ich unseren Termin am Mittwoch verschieben, da ich kurzfristig auf eine
Messe muss. Passt Ihnen Freitag um 10 Uhr oder Montag um 14 Uhr für das Gespräch?

Herzliche Grüße
Carla Stein""",
    ),
    S(
        "offer",
        "Zusage mit Vertragsangebot",
        "Zusage - Backend Entwickler",
        "Brennwerk GmbH <hr@brennwerk.example>",
        """Hallo Herr Rivera,

wir freuen uns sehr, Ihnen die Stelle als Backend Entwickler anbieten zu können! Den
Arbeitsvertrag finden Sie im Anhang. Bitte geben Sie uns bis zum 15. März Bescheid.

Herzliche Grüße
Anja Roth, HR""",
    ),
    S(
        "other",
        "Wohnungsabsage",
        "Ihre Anfrage zur Wohnung Lindenstraße 12",
        "Hausverwaltung Gerber <vermietung@gerber-hv.example>",
        """Sehr geehrter Herr Rivera,

vielen Dank für Ihr Interesse an der Wohnung in der Lindenstraße 12. Leider haben wir
uns für einen anderen Mietinteressenten entschieden.

Mit freundlichen Grüßen
Hausverwaltung Gerber""",
    ),
    S(
        "other",
        "Job-Alert, du-Form",
        "Neue Jobs, die zu dir passen",
        "StepStone Jobagent <jobagent@stepstone.de>",
        """Hallo Sam,

hier sind 12 neue Jobs, die zu deinem Suchauftrag "Controller Hamburg" passen:

Controller (m/w/d) - Rehberg Logistik - Hamburg
Senior Controller - Nordlicht Versicherung - Hamburg

Alle Jobs ansehen

Jobagent bearbeiten oder abmelden""",
        headers=_BULK,
    ),
]

_FR = [
    S(
        "rejection",
        "ATS: nous ne donnerons pas suite",
        "Votre candidature au poste de Chargé de projet RSE",
        "Groupe Valmy <noreply@smartrecruiters.com>",
        """Bonjour Sam,

Nous vous remercions pour l'intérêt que vous portez au Groupe Valmy et pour votre
candidature au poste de Chargé de projet RSE.

Après étude attentive de votre dossier, nous ne donnerons pas suite à votre candidature
pour ce poste.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Recrutement du Groupe Valmy

Ceci est un message automatique, merci de ne pas y répondre. Politique de confidentialité""",
    ),
    S(
        "rejection",
        "profil correspondant davantage",
        "Suite à votre candidature",
        "Recrutement Ormeaux <recrutement@ormeaux.example>",
        """Madame, Monsieur,

Nous avons bien étudié votre candidature pour le poste de Comptable fournisseurs et nous
vous en remercions.

Nous avons toutefois retenu un profil correspondant davantage à nos attentes actuelles.

Nous conservons vos coordonnées et nous permettrons de revenir vers vous si une
opportunité se présentait.

Bien cordialement,
Service RH""",
    ),
    S(
        "rejection",
        "startup, tutoiement: pas poursuivre avec toi",
        "Ta candidature chez Pistache",
        "Lucie de Pistache <lucie@pistache.example>",
        """Salut Sam,

Merci encore pour ton temps lors de l'entretien avec Hugo, on a vraiment apprécié
l'échange.

Après réflexion, on a décidé de ne pas poursuivre avec toi pour le poste de Growth
Manager : on cherche quelqu'un avec plus d'expérience en B2B.

Bonne continuation et à bientôt peut-être !
Lucie""",
    ),
    S(
        "rejection",
        "alternance: pas de suite favorable",
        "Votre demande d'alternance - BTS Commerce",
        "Service Alternance Bricomax <alternance@bricomax.example>",
        """Bonjour,

Nous avons bien reçu votre candidature pour un contrat en alternance (BTS NDRC) et nous
vous en remercions.

Nous sommes au regret de ne pouvoir donner une suite favorable à votre demande, les
postes d'alternants de notre magasin étant déjà pourvus pour la rentrée.

Cordialement,
Le service Alternance""",
    ),
    S(
        "rejection",
        "stage: candidature non retenue",
        "Stage Assistant(e) Communication - réponse",
        "Mairie de Sainte-Agathe <rh@sainte-agathe.example>",
        """Madame, Monsieur,

Nous accusons réception de votre candidature au stage d'assistant(e) communication et
vous en remercions.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue.

Veuillez agréer nos salutations distinguées.
Direction des ressources humaines""",
    ),
    S(
        "rejection",
        "après dernier entretien: choix d'un autre candidat",
        "Processus de recrutement - Responsable Data",
        "Mathilde Garnier <m.garnier@assurvia.example>",
        """Bonjour Sam,

Je tenais à vous remercier pour votre implication tout au long du processus et pour
l'entretien final avec notre directeur.

Malgré la qualité de votre parcours, nous avons fait le choix d'un autre candidat dont
l'expérience en assurance correspond davantage au poste.

Je reste disponible pour un retour plus détaillé si vous le souhaitez.

Bien à vous,
Mathilde Garnier""",
    ),
    S(
        "rejection",
        "cabinet: client a privilégié d'autres profils",
        "Poste de Directeur Administratif et Financier",
        "Antoine Lefort <a.lefort@lefort-conseil.example>",
        """Bonjour Sam,

Je reviens vers vous concernant le poste de DAF chez mon client. Celui-ci a choisi de
privilégier d'autres profils pour la suite du processus.

Je ne manquerai pas de vous recontacter pour d'autres missions.

Cordialement,
Antoine Lefort, Lefort Conseil""",
    ),
    S(
        "rejection",
        "HTML, mise à jour: au regret, fautes de frappe",
        "Mise à jour de votre candidature",
        "Atelier Nacre <no-reply@teamtailor-mail.com>",
        """Bonjour Sam,

Merci pour votre candidature au poste de Designer produit.

Malheuresement, nous sommes au regret de vous informer que nous avons decidé de ne pas
retenir votre candidature pour ce poste.

Toute l'equipe vous souhaite bonne chance.

Atelier Nacre

Se désabonner · Confidentialité""",
        html=True,
    ),
    S(
        "application_received",
        "accusé de réception",
        "Nous avons bien reçu votre candidature",
        "Groupe Valmy <noreply@smartrecruiters.com>",
        """Bonjour Sam,

Merci pour votre candidature au poste d'Analyste financier. Notre équipe l'étudiera avec
attention et reviendra vers vous si votre profil correspond à nos besoins.

L'équipe Recrutement du Groupe Valmy""",
    ),
    S(
        "interview",
        "report d'entretien: malheureusement je dois décaler",
        "Entretien de jeudi",
        "Mathilde Garnier <m.garnier@assurvia.example>",
        """Bonjour Sam,

Malheureusement je dois décaler notre entretien de jeudi en raison d'un imprévu.
Seriez-vous disponible lundi à 10h ou mardi à 16h ?

Toutes mes excuses,
Mathilde""",
    ),
    S(
        "interview",
        "test Codility",
        "Test technique - Développeur Python",
        "Recrutement Ormeaux <recrutement@ormeaux.example>",
        """Bonjour Sam,

Suite à notre échange, nous vous invitons à passer un test technique en ligne sur
Codility. Il dure 75 minutes et le lien est valable 5 jours.

Bonne chance !
Service RH""",
    ),
    S(
        "offer",
        "promesse d'embauche",
        "Proposition d'embauche",
        "Mathilde Garnier <m.garnier@assurvia.example>",
        """Bonjour Sam,

J'ai le plaisir de vous annoncer que nous souhaitons vous proposer le poste de
Responsable Data. Vous trouverez ci-joint notre promesse d'embauche.

Bien à vous,
Mathilde""",
    ),
    S(
        "other",
        "prêt immobilier refusé",
        "Votre demande de prêt immobilier",
        "Banque Delorme <conseil@banque-delorme.example>",
        """Madame, Monsieur,

Après étude de votre dossier, nous sommes au regret de ne pas pouvoir donner une suite
favorable à votre demande de prêt immobilier.

Votre conseiller reste à votre disposition.
Banque Delorme""",
    ),
    S(
        "other",
        "dossier de location refusé",
        "Appartement rue des Tanneurs",
        "Agence Saint-Michel <location@agence-stmichel.example>",
        """Bonjour,

Nous vous remercions pour votre dossier. Le propriétaire a retenu une autre candidature
pour l'appartement de la rue des Tanneurs.

Cordialement,
Agence Saint-Michel""",
    ),
]

_ES = [
    S(
        "rejection",
        "ATS, tú: no continuaremos con tu candidatura",
        "Actualización sobre tu candidatura - Analista de Datos",
        "Fintera <no-reply@hire.lever.co>",
        """Hola Sam,

Gracias por tu interés en Fintera y por postularte a la vacante de Analista de Datos.

Tras revisar tu perfil con detenimiento, hemos decidido no continuar con tu candidatura
en esta ocasión. Te animamos a seguir atento a nuestras ofertas.

Un saludo,
Equipo de Talento de Fintera

Enviado con Lever. Darse de baja""",
    ),
    S(
        "rejection",
        "seguir adelante con otros candidatos",
        "Proceso de selección: Técnico de Soporte",
        "RRHH Alcorán <seleccion@alcoran.example>",
        """Estimado Sam:

Le agradecemos su participación en el proceso de selección para el puesto de Técnico de
Soporte.

Después de valorar todas las candidaturas, hemos decidido seguir adelante con otros
candidatos cuyo perfil se ajusta más a las necesidades actuales del puesto.

Atentamente,
Departamento de Recursos Humanos""",
    ),
    S(
        "rejection",
        "no has sido seleccionado/a",
        "Tu candidatura en Mercalia",
        "Mercalia Talento <talento@mercalia.example>",
        """Hola Sam,

Lamentamos comunicarte que no has sido seleccionado/a para el puesto de Category
Manager. Ha sido un proceso muy reñido.

Te deseamos mucho éxito,
Equipo de Talento""",
    ),
    S(
        "rejection",
        "prácticas: no ha sido posible ofrecerte la plaza",
        "Programa de prácticas 2026",
        "Prácticas Grupo Ibérico <practicas@grupoiberico.example>",
        """Hola Sam,

Muchas gracias por presentarte a nuestro programa de prácticas en el área de Finanzas.

Tras la fase de entrevistas, no ha sido posible ofrecerte una plaza en esta edición.
Esperamos que vuelvas a intentarlo el año que viene.

Un abrazo,
Equipo de Employer Branding""",
    ),
    S(
        "rejection",
        "puesto ya cubierto",
        "Oferta: Administrativo/a contable",
        "Gestoría Sanz <empleo@gestoriasanz.example>",
        """Buenos días Sam,

Le escribimos para informarle de que el puesto de Administrativo/a contable ya ha sido
cubierto. Agradecemos el tiempo dedicado.

Saludos cordiales,
Gestoría Sanz""",
    ),
    S(
        "rejection",
        "tu perfil no encaja en este momento",
        "Sobre tu candidatura a Backend Developer",
        "Irene Molina <irene@quesoazul.example>",
        """Hola Sam,

Gracias por tu tiempo en la entrevista técnica. Hemos valorado tu perfil y, aunque
tienes una base muy sólida, no encaja en este momento con lo que buscamos para el
equipo, así que no vamos a avanzar contigo en el proceso.

¡Mucha suerte!
Irene""",
    ),
    S(
        "rejection",
        "consultora: cliente se decanta por otro perfil, erratas",
        "Proceso Jefe de Proyecto - cliente sector energía",
        "Pablo Ruiz <pruiz@talentia-consultores.example>",
        """Hola Sam,

Te escribo para contarte que lamentablemnte el cliente se ha decantado por otro perfil
para la posicion de Jefe de Proyecto.

Te tengo en cuenta para otros procesos que encajen contigo.

Un saludo,
Pablo""",
    ),
    S(
        "rejection",
        "HTML, tras la entrevista final",
        "Resultado del proceso de selección",
        "Hospital Santa Clara <seleccion@hsantaclara.example>",
        """Estimada Sam:

Queremos agradecerle su participación en la entrevista final para el puesto de
Coordinadora de Enfermería.

Tras una cuidadosa evaluación, lamentamos informarle que su candidatura no ha resultado
seleccionada en esta ocasión.

Reciba un cordial saludo,
Área de Personas""",
        html=True,
    ),
    S(
        "application_received",
        "confirmación de candidatura",
        "Hemos recibido tu candidatura",
        "Fintera <no-reply@hire.lever.co>",
        """Hola Sam,

¡Gracias por postularte a Fintera! Hemos recibido tu candidatura para Analista de Datos
y la revisaremos en los próximos días.

Equipo de Talento de Fintera""",
    ),
    S(
        "interview",
        "invitación a entrevista",
        "Entrevista - Backend Developer",
        "Irene Molina <irene@quesoazul.example>",
        """Hola Sam,

Nos ha gustado mucho tu perfil y queremos conocerte. ¿Te viene bien una videollamada el
jueves a las 11:00 o el viernes a las 16:00?

Un saludo,
Irene""",
    ),
    S(
        "offer",
        "oferta de empleo",
        "Propuesta de incorporación",
        "RRHH Alcorán <seleccion@alcoran.example>",
        """Estimado Sam:

Nos complace ofrecerle el puesto de Técnico de Soporte. Adjuntamos la propuesta con las
condiciones económicas y la fecha de incorporación.

Atentamente,
Recursos Humanos""",
    ),
    S(
        "other",
        "beca denegada",
        "Resolución de la convocatoria de becas",
        "Fundación Arce <becas@fundacionarce.example>",
        """Estimado/a solicitante:

Lamentamos comunicarle que su solicitud de beca de movilidad no ha sido seleccionada en
la presente convocatoria.

Fundación Arce""",
    ),
    S(
        "other",
        "alerta de empleo",
        "Nuevas ofertas que te pueden interesar",
        "InfoJobs <alertas@infojobs.net>",
        """Hola Sam,

Estas son las nuevas ofertas para tu alerta "analista datos Madrid":

Analista de Datos - Fintera - Madrid
Data Analyst Junior - Mercalia - Remoto

Gestionar alertas · Darse de baja""",
        headers=_BULK,
    ),
    S(
        "interview",
        "reprogramación: lamentablemente",
        "Cambio de hora de la entrevista",
        "Pablo Ruiz <pruiz@talentia-consultores.example>",
        """Hola Sam,

Lamentablemente el cliente no puede mañana a las 10:00. ¿Podríamos pasar la entrevista
al miércoles a la misma hora?

Gracias,
Pablo""",
    ),
]

_NL = [
    S(
        "rejection",
        "Recruitee, je-vorm: besloten niet verder te gaan",
        "Update over je sollicitatie bij Zeewind",
        "Zeewind Energie <jobs@zeewind.recruitee.com>",
        """Hoi Sam,

Bedankt voor je sollicitatie als Data Scientist bij Zeewind Energie.

We hebben je profiel zorgvuldig bekeken en besloten niet verder te gaan met je
sollicitatie. We begrijpen dat dit teleurstellend is.

Veel succes met je zoektocht!
Team Zeewind

Je ontvangt deze e-mail omdat je hebt gesolliciteerd via onze carrièresite. Afmelden""",
        headers=_UNSUB,
    ),
    S(
        "rejection",
        "na gesprek: voor een andere kandidaat gekozen",
        "Jouw gesprek bij Molenaar & Co",
        "Femke de Wit <femke@molenaar-co.example>",
        """Hoi Sam,

Nogmaals dank voor het fijne gesprek van vorige week. Helaas moet ik je laten weten
dat we voor een andere kandidaat hebben gekozen, die net iets meer ervaring heeft met
onze klantgroep.

Hartelijke groet,
Femke""",
    ),
    S(
        "rejection",
        "geen uitnodiging voor een gesprek",
        "Uw sollicitatie naar de functie Beleidsmedewerker",
        "Gemeente Oosterwold <werken@oosterwold.example>",
        """Geachte heer Rivera,

Hartelijk dank voor uw sollicitatie naar de functie van Beleidsmedewerker Wonen.

Wij hebben veel reacties ontvangen. Na zorgvuldige afweging heeft uw sollicitatie
helaas niet geleid tot een uitnodiging voor een gesprek.

Met vriendelijke groet,
Team Werving & Selectie""",
    ),
    S(
        "rejection",
        "stage: geen stageplek",
        "Stage Marketing voorjaar 2026",
        "Stagebureau Blauwkoek <stage@blauwkoek.example>",
        """Hoi Sam,

Leuk dat je interesse hebt in een stage bij Blauwkoek! We kunnen je helaas geen
stageplek aanbieden voor het voorjaar; alle plekken zijn vergeven.

Succes met je zoektocht,
Blauwkoek""",
    ),
    S(
        "rejection",
        "vacature inmiddels ingevuld",
        "Vacature Magazijnmedewerker",
        "Van Dijk Transport <hr@vandijktransport.example>",
        """Beste Sam,

Bedankt voor je reactie op onze vacature Magazijnmedewerker. De vacature is inmiddels
ingevuld.

Met vriendelijke groet,
Van Dijk Transport""",
    ),
    S(
        "rejection",
        "bureau: opdrachtgever kiest voor ander profiel",
        "Terugkoppeling opdrachtgever - Controller",
        "Bas Hoekstra <bas@hoekstra-werving.example>",
        """Hoi Sam,

Ik heb terugkoppeling gekregen van de opdrachtgever. Zij hebben besloten om met een
ander profiel verder te gaan voor de rol van Controller.

Ik houd je op de hoogte van nieuwe opdrachten!
Bas""",
    ),
    S(
        "rejection",
        "Vlaams: niet verder met jouw kandidatuur",
        "Jouw kandidatuur voor Projectleider",
        "HR Brugwerk <jobs@brugwerk.example>",
        """Dag Sam,

Bedankt voor je kandidatuur als Projectleider bij Brugwerk. Na grondige analyse hebben
we beslist om niet verder te gaan met jouw kandidatuur.

Met vriendelijke groeten,
HR Brugwerk""",
    ),
    S(
        "rejection",
        "HTML, na laatste ronde, positief geformuleerd",
        "Uitslag selectieprocedure",
        "Zorggroep Lindehof <no-reply@teamtailor-mail.com>",
        """Beste Sam,

Dank voor je tijd en enthousiasme tijdens de laatste ronde. Het was echt een nek-aan-nek
race en we waren onder de indruk van je casus.

Toch hebben we uiteindelijk een andere kandidaat het aanbod gedaan.

We hopen je in de toekomst weer tegen te komen.

Zorggroep Lindehof""",
        html=True,
    ),
    S(
        "application_received",
        "ontvangstbevestiging",
        "Bevestiging van je sollicitatie",
        "Zeewind Energie <jobs@zeewind.recruitee.com>",
        """Hoi Sam,

Bedankt voor je sollicitatie als Data Engineer! We hebben je gegevens ontvangen en
laten binnen tien werkdagen van ons horen.

Team Zeewind""",
    ),
    S(
        "interview",
        "uitnodiging gesprek",
        "Uitnodiging kennismakingsgesprek",
        "Femke de Wit <femke@molenaar-co.example>",
        """Hoi Sam,

We willen je graag uitnodigen voor een kennismakingsgesprek op dinsdag 11 maart om
14:00 op ons kantoor in Utrecht. Laat je weten of dat past?

Groet,
Femke""",
    ),
    S(
        "interview",
        "verzetten: helaas moeten we het gesprek verplaatsen",
        "Ons gesprek van donderdag",
        "Bas Hoekstra <bas@hoekstra-werving.example>",
        """Hoi Sam,

Helaas moeten we het gesprek met de opdrachtgever van donderdag verplaatsen. Kun je
volgende week dinsdag om 9:30?

Groet,
Bas""",
    ),
    S(
        "offer",
        "aanbod met contractvoorstel",
        "Aanbod Data Scientist",
        "Zeewind Energie HR <hr@zeewind.example>",
        """Beste Sam,

Goed nieuws: we willen je graag de functie van Data Scientist aanbieden. In de bijlage
vind je het contractvoorstel met de arbeidsvoorwaarden.

Hartelijke groet,
Anouk, HR""",
    ),
    S(
        "other",
        "huurwoning afgewezen",
        "Uw reactie op woning Kerkstraat 4",
        "Woonstichting Rivierland <verhuur@rivierland.example>",
        """Geachte heer Rivera,

Helaas is de woning aan de Kerkstraat 4 aan een andere kandidaat toegewezen. U blijft
ingeschreven als woningzoekende.

Woonstichting Rivierland""",
    ),
    S(
        "other",
        "vacature-alert",
        "Nieuwe vacatures voor jou",
        "Nationale Vacaturebank <alerts@nationalevacaturebank.example>",
        """Hoi Sam,

Er zijn 8 nieuwe vacatures die passen bij je zoekopdracht "data analist Utrecht".

Data Analist - Zeewind Energie - Utrecht
BI Specialist - Molenaar & Co - Amersfoort

Bekijk alle vacatures · Afmelden""",
        headers=_BULK,
    ),
]

_PT = [
    S(
        "rejection",
        "pt-BR ATS, você: não vamos avançar",
        "Atualização sobre o processo seletivo",
        "Vértice Pagamentos <naoresponda@vertice.example>",
        """Olá, Sam!

Agradecemos muito o seu interesse na vaga de Desenvolvedor Backend Pleno e o tempo
dedicado ao nosso processo seletivo.

Depois de analisarmos seu perfil com cuidado, decidimos que não vamos avançar com a sua
candidatura neste momento.

Desejamos sucesso na sua jornada!
Time de Gente & Cultura

Este é um e-mail automático, por favor não responda. Política de privacidade""",
        headers=_AUTO,
    ),
    S(
        "rejection",
        "pt-PT: optámos por outro candidato",
        "Candidatura - Técnico de Contabilidade",
        "Recursos Humanos Atlântida <rh@atlantida.example>",
        """Caro Sam,

Agradecemos a sua candidatura à função de Técnico de Contabilidade.

Após uma análise cuidada, optámos por outro candidato cujo perfil se adequa melhor aos
requisitos da função.

Com os melhores cumprimentos,
Recursos Humanos""",
    ),
    S(
        "rejection",
        "pt-BR: seguir com outros candidatos",
        "Sua candidatura na Cajueiro Tech",
        "Cajueiro Tech <talentos@cajueiro.example>",
        """Oi Sam, tudo bem?

Obrigada por participar das entrevistas com o time de produto. Gostamos muito de
conhecer você!

Porém, decidimos seguir com outros candidatos cujo perfil está mais alinhado ao momento
da empresa.

Um abraço,
Marina, Talent Acquisition""",
    ),
    S(
        "rejection",
        "estágio: não foi selecionado",
        "Programa de Estágio 2026",
        "Estágio Banco Horizonte <estagio@bancohorizonte.example>",
        """Olá Sam,

Obrigado por se inscrever no Programa de Estágio 2026 do Banco Horizonte.

Infelizmente, você não foi selecionado(a) para as próximas etapas. Continue
acompanhando nossas oportunidades!

Equipe de Atração de Talentos""",
    ),
    S(
        "rejection",
        "vaga já preenchida",
        "Vaga de Assistente Administrativo",
        "Clínica Boa Vista <rh@clinicaboavista.example>",
        """Prezado Sam,

Informamos que a vaga de Assistente Administrativo já foi preenchida. Agradecemos o seu
interesse.

Atenciosamente,
Clínica Boa Vista""",
    ),
    S(
        "rejection",
        "não daremos seguimento",
        "Processo de recrutamento - Engenheiro de Qualidade",
        "Metalúrgica Sado <recrutamento@sado.example>",
        """Exmo. Sr. Sam Rivera,

Agradecemos a sua participação no processo de recrutamento para Engenheiro de Qualidade.

Lamentamos informar que não daremos seguimento ao seu processo, uma vez que foram
selecionados candidatos com maior experiência no setor automóvel.

Cumprimentos,
Departamento de Recursos Humanos""",
    ),
    S(
        "rejection",
        "consultoria: cliente optou por outro perfil",
        "Feedback do cliente - Gerente de Projetos",
        "Ricardo Lima <ricardo@limahunters.example>",
        """Oi Sam,

Recebi o retorno do cliente e infelizmente eles optaram por outro perfil para a posição
de Gerente de Projetos.

Sigo com você em outras oportunidades!
Ricardo""",
    ),
    S(
        "rejection",
        "HTML, Gupy-like: processo encerrado para você",
        "Sua participação no processo seletivo",
        "Grupo Ipê <noreply@gupy.io>",
        """Olá Sam,

Queremos agradecer por sua participação no processo seletivo para Analista de Marketing.

Neste momento, o processo foi encerrado para você, pois seguimos com perfis mais
aderentes à vaga.

Continue de olho nas nossas vagas.

Grupo Ipê

Você recebeu este e-mail porque se candidatou por meio da Gupy. Descadastrar""",
        html=True,
    ),
    S(
        "application_received",
        "confirmação",
        "Recebemos sua candidatura",
        "Cajueiro Tech <talentos@cajueiro.example>",
        """Oi Sam!

Recebemos sua candidatura para Product Manager. Nosso time vai analisar seu perfil e
entraremos em contato em breve.

Time Cajueiro""",
    ),
    S(
        "interview",
        "convite para entrevista",
        "Convite para entrevista",
        "Recursos Humanos Atlântida <rh@atlantida.example>",
        """Caro Sam,

Gostaríamos de o convidar para uma entrevista no dia 12 de março, às 10h00, nas nossas
instalações em Lisboa. Agradecemos a confirmação.

Com os melhores cumprimentos,
Recursos Humanos""",
    ),
    S(
        "interview",
        "remarcação: infelizmente",
        "Reagendamento da entrevista",
        "Marina Costa <marina@cajueiro.example>",
        """Oi Sam,

Infelizmente o gestor teve um imprevisto e precisamos remarcar nossa entrevista. Você
teria disponibilidade na sexta às 14h?

Abraço,
Marina""",
    ),
    S(
        "offer",
        "proposta",
        "Proposta de emprego - Cajueiro Tech",
        "Marina Costa <marina@cajueiro.example>",
        """Oi Sam!

Temos o prazer de oferecer a você a posição de Product Manager. Segue em anexo a
proposta com salário, benefícios e data de início.

Abraço,
Marina""",
    ),
    S(
        "other",
        "crédito negado",
        "Análise de crédito",
        "Banco Horizonte <atendimento@bancohorizonte.example>",
        """Olá Sam,

Após análise, infelizmente sua solicitação de crédito pessoal não foi aprovada neste
momento.

Banco Horizonte""",
    ),
    S(
        "other",
        "alerta de vagas",
        "Vagas que combinam com você",
        "Vagas Alerta <alertas@vagasalerta.example>",
        """Olá Sam,

Separamos novas vagas que combinam com o seu perfil:

Desenvolvedor Backend - Vértice Pagamentos - São Paulo
Engenheiro de Dados - Cajueiro Tech - Remoto

Ver todas · Cancelar inscrição""",
        headers=_BULK,
    ),
]

_IT = [
    S(
        "rejection",
        "ATS: non proseguiremo con la sua candidatura",
        "La sua candidatura per Analista Finanziario",
        "Gruppo Corradi <noreply@smartrecruiters.com>",
        """Gentile Sam,

la ringraziamo per l'interesse dimostrato verso il Gruppo Corradi e per la candidatura
alla posizione di Analista Finanziario.

Dopo un'attenta valutazione, la informiamo che non proseguiremo con la sua candidatura
per questa posizione.

Cordiali saluti,
Talent Acquisition Gruppo Corradi

Questo messaggio è generato automaticamente. Informativa privacy""",
    ),
    S(
        "rejection",
        "tu: proseguire con altri profili",
        "Aggiornamento sulla tua candidatura",
        "Pastificio Lunardi <hr@lunardi.example>",
        """Ciao Sam,

grazie per aver partecipato ai colloqui per il ruolo di Responsabile E-commerce.

Abbiamo deciso di proseguire con altri profili, più in linea con le esigenze attuali
del team.

In bocca al lupo,
Giulia, HR""",
    ),
    S(
        "rejection",
        "tirocinio: non selezionata",
        "Tirocinio curriculare - Ufficio Stampa",
        "Fondazione Teatro Aurora <tirocini@teatroaurora.example>",
        """Gentile Sam,

la ringraziamo per la candidatura al tirocinio presso il nostro Ufficio Stampa.

Purtroppo la sua candidatura non è stata selezionata per questa edizione.

Cordialmente,
Ufficio Risorse Umane""",
    ),
    S(
        "rejection",
        "posizione già coperta",
        "Posizione di Impiegato Amministrativo",
        "Studio Ferraris <segreteria@studioferraris.example>",
        """Buongiorno Sam,

la informiamo che la posizione di Impiegato Amministrativo è già stata coperta.
La ringraziamo per il tempo dedicato.

Cordiali saluti,
Studio Ferraris""",
    ),
    S(
        "rejection",
        "tu: profilo non rientra",
        "Il tuo colloquio con Quadrifoglio",
        "Davide Greco <davide@quadrifoglio.example>",
        """Ciao Sam,

grazie ancora per la chiacchierata di giovedì. Purtroppo il tuo profilo non rientra in
quello che cerchiamo per questa posizione, quindi non andremo avanti con il processo.

Un saluto,
Davide""",
    ),
    S(
        "rejection",
        "agenzia: cliente ha scelto un altro candidato",
        "Aggiornamento selezione - Project Manager",
        "Elena Russo <e.russo@russo-selezione.example>",
        """Buongiorno Sam,

ho ricevuto il riscontro dal cliente: ha scelto di procedere con un altro candidato per
la posizione di Project Manager.

Resto a disposizione per altre opportunità.
Elena Russo""",
    ),
    S(
        "rejection",
        "dopo colloquio finale, HTML",
        "Esito del processo di selezione",
        "Assicurazioni Meridiana <no-reply@teamtailor-mail.com>",
        """Gentile Sam,

desideriamo ringraziarla per la disponibilità e per il colloquio finale con la nostra
direzione.

Dopo un'attenta valutazione, abbiamo ritenuto di orientarci verso un profilo con
maggiore esperienza nel settore assicurativo.

Le auguriamo i migliori successi professionali.

Assicurazioni Meridiana""",
        html=True,
    ),
    S(
        "rejection",
        "errori di battitura: esito negativo",
        "candidatura magazziniere",
        "Logistica Sarti <info@logisticasarti.example>",
        """Buongiono,

la ringraziamo per la candidatura ma purtroppo l'esito e negativo, abbiamo gia
individuato la persona.

saluti
Logistica Sarti""",
    ),
    S(
        "application_received",
        "conferma ricezione",
        "Conferma ricezione candidatura",
        "Gruppo Corradi <noreply@smartrecruiters.com>",
        """Gentile Sam,

abbiamo ricevuto la sua candidatura per la posizione di Controller. La valuteremo con
attenzione e la contatteremo in caso di riscontro positivo.

Talent Acquisition Gruppo Corradi""",
    ),
    S(
        "interview",
        "invito a colloquio",
        "Invito a colloquio",
        "Pastificio Lunardi <hr@lunardi.example>",
        """Ciao Sam,

ti andrebbe di fare un colloquio conoscitivo martedì alle 15:00 in videochiamata? Fammi
sapere se l'orario ti va bene.

Giulia, HR""",
    ),
    S(
        "interview",
        "spostamento colloquio: purtroppo",
        "Spostamento colloquio",
        "Davide Greco <davide@quadrifoglio.example>",
        """Ciao Sam,

purtroppo devo spostare il nostro colloquio di domani per un impegno imprevisto. Ti va
bene lunedì alle 11?

Davide""",
    ),
    S(
        "offer",
        "offerta",
        "Proposta di assunzione",
        "Assicurazioni Meridiana HR <hr@meridiana.example>",
        """Gentile Sam,

siamo lieti di proporle l'assunzione per il ruolo di Analista Attuariale. In allegato
trova la lettera di offerta con le condizioni economiche.

Cordiali saluti,
Risorse Umane""",
    ),
    S(
        "other",
        "selezione sospesa, candidatura resta attiva (scelta: other)",
        "Aggiornamento sulla selezione",
        "Gruppo Corradi <hr@corradi.example>",
        """Gentile Sam,

la selezione per la posizione di Data Analyst è temporaneamente sospesa per una
riorganizzazione interna. La sua candidatura resta attiva e la ricontatteremo appena
il processo riprenderà.

Cordiali saluti,
Risorse Umane""",
    ),
    S(
        "other",
        "borsa di studio non assegnata",
        "Esito bando borse di studio",
        "Ufficio Diritto allo Studio <dsu@ateneo-nord.example>",
        """Gentile studente,

la informiamo che la sua domanda di borsa di studio non è stata accolta per mancanza di
fondi.

Ufficio Diritto allo Studio""",
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
