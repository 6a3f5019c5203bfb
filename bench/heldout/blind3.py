"""A fifth held-out set, written blind (before reading any pattern in the packs).

Shaped like the hidden evaluation set: English emails received by job seekers as a **body
only** (no From, no Subject: the classifier sees nothing but the text), German turn-downs and
confirmations with realistic senders and subjects, and **templates** of the kind HR sites
and ATS vendors publish, in seven languages, with placeholders left in (``[Candidate Name]``,
``{{first_name}}``, ``<Name>``, ``XXX``…) and usually no sender.

Label choices: "the role is on hold, your application stays open" is ``other`` (nothing is
decided about the candidate); the candidate's own decline of an offer is ``other``; an
online assessment or a request to book a call is ``interview``; "the role is filled, but we
would like to interview you for another one" is ``interview``. Invented text throughout.
"""

from bench.heldout import Sample as S


def _body(kind: str, note: str, body: str) -> S:
    """A body-only sample: no sender, no subject."""
    return S(kind, note, "", "", body)


def _tpl(kind: str, note: str, body: str, subject: str = "") -> S:
    """A published template: no sender, an optional subject with placeholders."""
    return S(kind, note, subject, "", body)


_EN_BODY = [
    _body(
        "rejection",
        "big tech, after application: won't be moving ahead with your candidacy",
        """Hi Sam,

Thanks for applying to the Software Engineer, Payments role and for your patience while we
reviewed your background. We've looked at your experience carefully and we won't be moving
ahead with your candidacy at this time.

We'll keep your details in our system and encourage you to keep an eye on our careers page.

Warm regards,
The Recruiting Team""",
    ),
    _body(
        "rejection",
        "startup after a phone screen: go in a different direction",
        """Hey Sam - thanks again for hopping on a call with me last Tuesday. I synced with
Daniel and the rest of the founding team and we've decided to go in a different direction
for this hire. Really appreciated your energy and wish you the best of luck out there.

Mo""",
    ),
    _body(
        "rejection",
        "public sector sift: did not meet the standard to progress to interview",
        """Dear Applicant,

Reference: 2291 - Policy Officer, Housing Directorate

Thank you for your application for the above post. The sift panel has now assessed all
applications against the essential criteria set out in the candidate pack. I regret to
inform you that your application did not meet the required standard to progress to the
interview stage.

If you would like feedback on your application, please reply within 14 days.

Resourcing Team""",
    ),
    _body(
        "rejection",
        "bank graduate scheme: unable to offer you a place in the next stage",
        """Dear Sam,

We appreciate the time you invested in applying for our 2026 Graduate Analyst Programme.
Competition this year was exceptionally strong and, after careful review, we are unable to
offer you a place in the next stage of our selection process.

We hope you will consider us again in the future.

Kind regards
Early Careers Team""",
    ),
    _body(
        "rejection",
        "retail store: all positions at this location have been filled",
        """Hi Sam,

Thank you for your interest in joining our store team in Leeds. All positions at this
location have now been filled, so we won't be taking your application any further. We'll
hold on to your details for six months in case something else comes up nearby.

Thanks,
Store Recruitment""",
    ),
    _body(
        "rejection",
        "university as employer: not been shortlisted on this occasion",
        """Dear Dr Rivera,

Thank you for applying for the post of Research Associate in Computational Biology
(vacancy 04512). The shortlisting panel met on 12 May and I am sorry to tell you that you
have not been shortlisted on this occasion. We received a large number of strong
applications.

With best wishes,
HR Services, Faculty of Life Sciences""",
    ),
    _body(
        "rejection",
        "final round, warm: extended an offer to another candidate",
        """Hi Sam,

I wanted to reach out personally after your final round with the team on Friday. Everyone
enjoyed meeting you and this was a genuinely close call. In the end we've extended an offer
to another candidate whose experience with regulated environments was a slightly stronger
match for where the product is heading.

I'd be glad to share more detailed feedback over a quick call if that would be useful.

All the best,
Hannah""",
    ),
    _body(
        "rejection",
        "after an online assessment: will not be progressing your application",
        """Dear Sam,

Thank you for completing the online assessment for the Customer Operations Associate role.
Having reviewed your results alongside your application, we will not be progressing your
application further on this occasion.

We wish you every success.

Talent Acquisition""",
    ),
    _body(
        "rejection",
        "one-liner: we've filled the role",
        """Hi Sam, appreciate your interest but we've filled the role. Best of luck with the search!
Priya""",
    ),
    _body(
        "rejection",
        "other candidates more closely match the needs of the role",
        """Hello Sam,

Thank you for taking the time to apply for the Operations Analyst position. After reviewing
your application, we have determined that other candidates more closely match the needs of
the role at this time.

We appreciate your interest in our company.

Sincerely,
Human Resources""",
    ),
    _body(
        "rejection",
        "regret that we are unable to proceed, keep on file",
        """Dear Sam Rivera,

We regret that we are unable to proceed with your application for the Project Coordinator
vacancy at this time. With your permission we will keep your CV on file for twelve months
and contact you should a suitable opening arise.

Yours sincerely,
Recruitment Office""",
    ),
    _body(
        "rejection",
        "your profile wasn't selected",
        """Hi Sam,

Thanks for your interest in the Junior UX Designer opening. Unfortunately your profile
wasn't selected for this position. Don't let that stop you applying for other roles with us.

Cheers,
The People Team""",
    ),
    _body(
        "rejection",
        "role withdrawn, closing all applications",
        """Dear Sam,

I am writing to let you know that the Marketing Manager role you applied for has been
withdrawn following a change in business priorities. As a result we are closing all
applications for this vacancy and will not be taking yours forward.

We're sorry for any disappointment and thank you for your interest.

Best regards,
Talent Team""",
    ),
    _body(
        "rejection",
        "hiring freeze, requisition closed: not continuing with your application",
        """Hello Sam,

Due to a company-wide hiring freeze we have decided to close this requisition. This means
we will not be continuing with your application for the Site Reliability Engineer role.
We truly appreciate the time you put into the process so far.

Regards,
Recruiting""",
    ),
    _body(
        "rejection",
        "decided not to pursue your candidacy further",
        """Sam,

Thank you for meeting with us about the Financial Controller opportunity. After discussing
all of the candidates, we have decided not to pursue your candidacy further.

We wish you success in your career.

Regards,
Martin Cole
Director of Finance""",
    ),
    _body(
        "rejection",
        "not been successful on this occasion",
        """Dear Sam,

Thank you for your recent application for Customer Service Adviser. I'm sorry to let you
know that your application has not been successful on this occasion.

Please do look out for future vacancies.

Recruitment Team""",
    ),
    _body(
        "rejection",
        "not able to take your application further",
        """Dear Sam,

Many thanks for applying for the Laboratory Technician role. We have now reviewed all
applications and I'm afraid we are not able to take your application further.

Best wishes,
Laura Pike
HR Officer""",
    ),
    _body(
        "rejection",
        "not selected to move forward to the interview stage",
        """Hi Sam,

We appreciate you applying for the Account Executive role. After reviewing all submissions,
you were not selected to move forward to the interview stage.

We encourage you to apply again for future roles that match your skills.

Thank you,
Recruiting Team""",
    ),
    _body(
        "rejection",
        "background impressive but not the right fit right now",
        """Hi Sam,

Thank you for your interest in the Growth Lead position. While your background is
impressive, it isn't quite the right fit for what the team needs right now.

We'd love to stay in touch as we grow.

Best,
Alex""",
    ),
    _body(
        "rejection",
        "chosen to pursue other applicants",
        """Dear Sam,

Thank you for applying to the Clinical Data Manager position. We have reviewed your
qualifications and have chosen to pursue other applicants whose experience more directly
aligns with this position.

Sincerely,
Talent Acquisition""",
    ),
    _body(
        "rejection",
        "will not be extending an interview",
        """Hello Sam,

The hiring team has reviewed your application for Backend Developer and will not be
extending an interview invitation for this role. We encourage you to explore our other
open positions.

Thanks again for your interest,
Recruiting""",
    ),
    _body(
        "rejection",
        "informal: decided to move on with other candidates",
        """hi sam, thanks so much for your time on the take-home. we've decided to move on with
other candidates for this one but honestly your write-up was great. good luck!

- jules""",
    ),
    _body(
        "rejection",
        "after interviews: will not be offering you the position",
        """Dear Sam,

Thank you for attending the interview for the role of Procurement Officer on Wednesday. I
am writing to let you know that, following careful consideration by the panel, we will not
be offering you the position.

If you would like feedback, please contact me.

Yours sincerely,
Joanne Marsh
HR Business Partner""",
    ),
    _body(
        "rejection",
        "going to pass on your application",
        """Hi Sam,

Thanks for reaching out about the Product Designer role. We've reviewed your portfolio and
we're going to pass for now - we're looking for someone with more hardware experience.

Best,
Nadia""",
    ),
    _body(
        "rejection",
        "after a trial shift: won't be able to offer you a role",
        """Hi Sam,

Thank you for coming in for the trial shift on Saturday. Regrettably, we won't be able to
offer you a role in the kitchen team on this occasion.

Take care,
Marco""",
    ),
    _body(
        "rejection",
        "after a phone screen: team decided not to move forward",
        """Hi Sam,

Thanks for chatting with me yesterday about the Data Scientist position. I'm sorry to let
you know that the team has decided not to move forward with your application.

I really enjoyed our conversation and wish you the best.

Erin
Technical Recruiter""",
    ),
    _body(
        "rejection",
        "position on hold indefinitely, closing out applications",
        """Dear Sam,

Thank you for your interest in the Facilities Coordinator role. The position has been put
on hold indefinitely and as a result we are closing out all applications. We won't be
proceeding with your application, but we encourage you to apply for future openings.

Kind regards,
People Operations""",
    ),
    _body(
        "rejection",
        "made the difficult decision to not advance your application",
        """Hi Sam,

Thank you for the time you've invested in our interview process for the Security Engineer
role. After much deliberation we have made the difficult decision to not advance your
application to the next round.

Best wishes,
The Hiring Team""",
    ),
    _body(
        "rejection",
        "filled by an internal candidate",
        """Dear Sam,

Thank you for applying for the Team Leader vacancy. We wanted to let you know that the
position has now been filled by an internal candidate.

We appreciate your interest and hope you'll apply again.

Regards,
HR""",
    ),
    _body(
        "rejection",
        "not a fit at this time, polite corporate",
        """Dear Sam,

Thank you for your application to the Senior Accountant position. We have carefully
considered your experience and, at this time, we do not feel that you are the best fit for
the position.

We wish you every success in your job search.

Best Regards,
Corporate Recruiting""",
    ),
    _body(
        "application_received",
        "confirmation: our recruiting team will review it",
        """Hi Sam,

Thank you for applying to the Software Engineer, Payments role! We've received your
application and our recruiting team will review it shortly. If your qualifications match
what we're looking for, someone will be in touch about next steps.

Best,
Talent Acquisition""",
    ),
    _body(
        "application_received",
        "confirmation: unable to respond to every applicant",
        """Dear Sam,

Thank you for your application for the role of Warehouse Supervisor. This email confirms
that it has been received. Due to the high volume of applications we are unable to respond
to every applicant individually; shortlisted candidates will be contacted within two weeks.

Kind regards,
Recruitment""",
    ),
    _body(
        "application_received",
        "confirmation: silence means unsuccessful",
        """Hello Sam,

We've received your application for Store Manager, thank you. Unfortunately, due to the
number of applications, we cannot give individual updates. If you haven't heard from us
within three weeks, please assume that you have not been shortlisted this time.

Thanks,
Recruitment""",
    ),
    _body(
        "interview",
        "invitation to a video interview",
        """Hi Sam,

Thanks for applying for the Operations Analyst position. We'd love to invite you to a
45-minute video interview with Clara (Operations Lead) and me. Would Tuesday 10 June at
2pm or Wednesday 11 June at 10am work for you?

Looking forward to speaking,
Ben""",
    ),
    _body(
        "interview",
        "recruiter asks to book a screening call",
        """Hi Sam,

Your background caught our eye for the Data Scientist role. Please use the link below to
pick a time for a 30-minute screening call with our recruiter:
https://calendar.example/book/erin-30

Talk soon,
Erin""",
    ),
    _body(
        "interview",
        "online assessment invitation",
        """Dear Sam,

Thank you for applying to the Graduate Analyst Programme. The next step is an online
numerical and verbal reasoning assessment. Please complete it within five days using the
link below. It takes about 40 minutes.

Good luck!
Early Careers Team""",
    ),
    _body(
        "interview",
        "reschedule opening with unfortunately",
        """Hi Sam,

Unfortunately our interviewer is unwell today, so we need to move your interview. Could
you do Thursday at 11am instead? Apologies for the short notice.

Best,
Leah""",
    ),
    _body(
        "interview",
        "selected to move forward to the final round",
        """Hi Sam,

Congratulations! You've been selected to move forward to the final round for the Product
Manager role. The final round consists of three back-to-back conversations on site; I'll
send calendar invites once you share your availability for next week.

Best,
Tom""",
    ),
    _body(
        "interview",
        "role filled, but invited to interview for another one",
        """Hi Sam,

Thanks for your interest in the Front-End Engineer role. That position has just been
filled, but the hiring manager for our Design Systems team was impressed by your portfolio
and would like to interview you for a similar opening. Are you free for a call on Monday?

Cheers,
Rita""",
    ),
    _body(
        "offer",
        "formal offer with letter attached",
        """Dear Sam,

I am delighted to offer you the position of Research Associate in Computational Biology.
Please find your offer letter and contract attached. We would be grateful if you could
confirm your acceptance by 20 June.

With best wishes,
HR Services""",
    ),
    _body(
        "offer",
        "verbal offer, informal",
        """Hi Sam!

Great news - the team loved meeting you and we'd like to extend you an offer for the
Growth Lead role. I'd love to walk you through the details on a call today or tomorrow.

Alex""",
    ),
    _body(
        "offer",
        "offer mentioning a strong field of candidates",
        """Dear Sam,

We interviewed a very strong field of candidates for the Procurement Officer role, and I am
pleased to tell you that the panel has chosen you. We would like to offer you the position
at a starting salary of 38,500 per year. Formal paperwork will follow.

Best regards,
Joanne Marsh""",
    ),
    _body(
        "other",
        "still under review",
        """Hi Sam,

Just a quick update: your application for the Laboratory Technician role is still under
review. The hiring manager has been travelling, and we expect to make decisions by the end
of the month. Thanks for your patience!

Laura""",
    ),
    _body(
        "other",
        "position on hold, application stays open",
        """Hello Sam,

I wanted to let you know that the Business Analyst position has been put on hold while
the department finalises its budget. Your application remains open and we'll be in touch
as soon as recruitment restarts.

Kind regards,
Recruitment""",
    ),
    _body(
        "other",
        "recruiter ping about a client role",
        """Hi Sam,

I came across your profile and think you could be a great fit for a Senior Backend
Engineer role at one of our fintech clients (fully remote, strong equity). Would you be open
to a quick chat this week?

Best,
Josh | Talent Partner""",
    ),
    _body(
        "other",
        "candidate declines an offer",
        """Dear Joanne,

Thank you so much for the offer and for the time everyone spent with me. After a lot of
thought I have decided to decline, as I've accepted another position that is closer to
home. Unfortunately the timing just didn't work out, and I hope our paths cross again.

Kind regards,
Sam""",
    ),
    _body(
        "other",
        "auto-reply: out of office",
        """Thank you for your email. I am currently out of the office until 14 July with limited
access to email. For urgent recruitment matters please contact careers@example.com.

Regards,
Laura Pike""",
    ),
    _body(
        "other",
        "candidate withdraws an application",
        """Hi Erin,

Thanks for getting back to me. I'd like to withdraw my application for the Data Scientist
role, as I've decided to stay with my current team for now. I really appreciated your help.

Best,
Sam""",
    ),
    _body(
        "other",
        "job alert",
        """New jobs matching your search "data analyst" near Manchester:

Data Analyst - Harbour Insurance - 32,000-38,000
Junior BI Analyst - Greyfield Retail - 28,000
Reporting Analyst - City Council - 30,500

View all jobs | Change your alert settings""",
    ),
    _body(
        "other",
        "talent community welcome",
        """Welcome to our Talent Community, Sam!

You'll now receive updates about new roles, events and stories from our teams. You can
update your preferences or leave the community at any time.

The Careers Team""",
    ),
]

_EN_TEMPLATES = [
    _tpl(
        "rejection",
        "template: square-bracket placeholders, decided to move forward with other candidates",
        """Dear [Candidate Name],

Thank you for your interest in the [Job Title] position at [Company Name]. We appreciate
the time you took to apply and to learn about our team.

After careful consideration, we have decided to move forward with other candidates whose
qualifications better meet our current needs. We will keep your resume on file and may
contact you if a suitable opening arises.

We wish you all the best in your job search.

Sincerely,
[Your Name]
[Your Title]""",
        "Your application for [Job Title] at [Company Name]",
    ),
    _tpl(
        "rejection",
        "template: mustache placeholders, not moving forward",
        """Hi {{first_name}},

Thanks for applying to {{job_title}} at {{company_name}}. Our team has reviewed your
application, and we've decided not to move forward at this stage.

We know this isn't the news you were hoping for. Please keep an eye on {{careers_url}} for
future openings.

Best,
{{recruiter_name}}""",
    ),
    _tpl(
        "rejection",
        "template: angle placeholders, after interview",
        """Dear <Name>,

Thank you for taking the time to interview with us for the <Position> role. It was a
pleasure to learn more about your experience.

We regret to inform you that we have selected another candidate for this position. This
was a difficult decision, as we met several strong candidates.

We appreciate your interest in <Company> and wish you success in your future endeavors.

Kind regards,
<Hiring Manager>""",
    ),
    _tpl(
        "rejection",
        "template: XXX placeholders, position filled",
        """Dear XXX,

Thank you for applying for the role of XXX. We would like to inform you that the position
has now been filled. We appreciate your interest and encourage you to apply for future
vacancies at XXX.

Best regards,
XXX""",
    ),
    _tpl(
        "rejection",
        "template: after assessment, unsuccessful",
        """Hello [First Name],

Thank you for completing the [Assessment Name] for the [Role] position. After reviewing
your results, we're sorry to say that you have been unsuccessful in progressing to the next
stage of the process.

Thank you again for your interest in [Company].

[Recruiter Name]""",
    ),
    _tpl(
        "offer",
        "template: job offer with placeholders",
        """Dear [Candidate Name],

We are pleased to offer you the position of [Job Title] at [Company Name]. Your start date
will be [Start Date], and your annual salary will be [Salary]. Please review the attached
offer letter and return a signed copy by [Deadline].

We look forward to welcoming you to the team.

Sincerely,
[Hiring Manager Name]""",
        "Job offer - [Job Title]",
    ),
    _tpl(
        "interview",
        "template: interview invitation with placeholders",
        """Dear [Candidate Name],

Thank you for applying for the [Job Title] position at [Company Name]. We were impressed by
your background and would like to invite you to an interview on [Date] at [Time] at
[Location / video link]. The interview will last about [Duration].

Please confirm your availability by replying to this email.

Best regards,
[Recruiter Name]""",
        "Interview invitation: [Job Title] at [Company Name]",
    ),
    _tpl(
        "application_received",
        "template: application received with placeholders",
        """Hi {{candidate.first_name}},

Thank you for applying to the {{job.title}} role at {{company.name}}! This is a quick note
to confirm we've received your application. Our team reviews every application carefully,
and we'll get back to you within {{response_time}}.

Cheers,
The {{company.name}} Hiring Team""",
    ),
]

_DE = [
    S(
        "rejection",
        "entschieden für einen anderen Bewerber",
        "Ihre Bewerbung bei Hansewerk Logistik GmbH",
        "Hansewerk Logistik Personal <bewerbung@hansewerk-logistik.de>",
        """Sehr geehrter Herr Rivera,

vielen Dank für Ihre Bewerbung und Ihr Interesse an unserem Unternehmen. Leider müssen wir
Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben, dessen Profil
besser zu unseren aktuellen Anforderungen passt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Personalteam""",
    ),
    S(
        "rejection",
        "Absage: keine Stelle anbieten",
        "Absage: Ihre Bewerbung als Sachbearbeiter Buchhaltung (m/w/d)",
        "Stadtwerke Kellbach <karriere@stadtwerke-kellbach.de>",
        """Sehr geehrter Herr Rivera,

nach sorgfältiger Prüfung Ihrer Unterlagen können wir Ihnen leider keine Stelle in unserem
Team anbieten. Bitte verstehen Sie diese Entscheidung nicht als Wertung Ihrer
Qualifikation.

Freundliche Grüße
Personalabteilung""",
    ),
    S(
        "rejection",
        "Rückmeldung: nicht weiter berücksichtigen",
        "Rückmeldung zu Ihrer Bewerbung",
        "Talent Acquisition Brenner AG <jobs@brenner-ag.com>",
        """Hallo Herr Rivera,

wir haben uns die Entscheidung nicht leicht gemacht. Nach Abwägung aller Bewerbungen
müssen wir Ihnen heute mitteilen, dass wir Ihre Bewerbung im weiteren Verfahren nicht
berücksichtigen können.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Viele Grüße
Talent Acquisition""",
    ),
    S(
        "rejection",
        "nach dem Gespräch: Position mit einer Kandidatin besetzen",
        "Ihr Gespräch am 14. Mai",
        "Katrin Vogt <k.vogt@mediplan-gmbh.de>",
        """Lieber Herr Rivera,

vielen Dank für das angenehme Gespräch in der vergangenen Woche. Nach reiflicher
Überlegung haben wir uns entschieden, die Position mit einer Kandidatin zu besetzen, deren
Erfahrung im Klinikumfeld etwas näher an unserem Bedarf liegt.

Gern gebe ich Ihnen telefonisch ein kurzes Feedback.

Beste Grüße
Katrin Vogt""",
    ),
    S(
        "rejection",
        "Stelle inzwischen besetzt",
        "Ihre Bewerbung als Lagerhelfer",
        "Bewerbermanagement <noreply@jobs.nordlager.de>",
        """Guten Tag Herr Rivera,

vielen Dank für Ihr Interesse. Die ausgeschriebene Stelle ist inzwischen besetzt, daher
können wir Ihre Bewerbung nicht mehr berücksichtigen.

Mit freundlichen Grüßen
Ihr Nordlager-Team""",
    ),
    S(
        "rejection",
        "Startup, du: hat diesmal nicht geklappt",
        "Deine Bewerbung bei Flinkwerk",
        "Flinkwerk People <people@flinkwerk.io>",
        """Hi Sam,

danke dir für deine Zeit und das Case-Interview! Leider hat es diesmal nicht geklappt –
wir haben uns für jemanden mit mehr Erfahrung im B2B-Vertrieb entschieden.

Wir würden uns freuen, wenn du dich bei passenden Stellen wieder meldest.

Liebe Grüße
Jana""",
    ),
    S(
        "rejection",
        "keine positive Nachricht geben",
        "Ihre Bewerbung – Referenz 7781",
        "Recruiting Team Auenland Versicherung <recruiting@auenland-versicherung.de>",
        """Sehr geehrter Herr Rivera,

wir bedauern, Ihnen keine positive Nachricht geben zu können. Nach eingehender Prüfung
haben wir uns für andere Kandidatinnen und Kandidaten entschieden.

Für Ihren weiteren Weg wünschen wir Ihnen viel Erfolg.

Mit freundlichen Grüßen
Recruiting Team""",
    ),
    S(
        "rejection",
        "öffentlicher Dienst: Auswahlkommission, Unterlagen vernichtet",
        "Ihre Bewerbung auf die Stelle Kennziffer 23/114",
        "Landesamt für Statistik - Personalreferat <personal@lfs.example.de>",
        """Sehr geehrter Herr Rivera,

das Auswahlverfahren für die oben genannte Stelle ist abgeschlossen. Die
Auswahlkommission hat sich für eine andere Bewerberin entschieden. Ihre
Bewerbungsunterlagen werden nach Ablauf der gesetzlichen Frist datenschutzgerecht
vernichtet.

Mit freundlichen Grüßen
Im Auftrag
Referat Personal""",
    ),
    S(
        "rejection",
        "Ausbildung: keinen Ausbildungsplatz anbieten",
        "Ihre Bewerbung um einen Ausbildungsplatz",
        "Ausbildung Bäckerei Sonnenkorn <ausbildung@sonnenkorn.de>",
        """Hallo Sam,

vielen Dank für deine Bewerbung. Leider können wir dir für das Ausbildungsjahr 2026 keinen
Ausbildungsplatz zur Bäckereifachverkäuferin / zum Bäckereifachverkäufer anbieten, da alle
Plätze bereits vergeben sind.

Viel Glück bei deiner weiteren Suche!
Dein Sonnenkorn-Team""",
    ),
    S(
        "rejection",
        "Profil passt nicht zu den Anforderungen",
        "Ihre Bewerbung: Senior Controller (m/w/d)",
        "Kessler Consulting <bewerbungen@kessler-consulting.de>",
        """Sehr geehrter Herr Rivera,

haben Sie vielen Dank für Ihre Bewerbung. Wir haben Ihre Unterlagen sorgfältig geprüft,
müssen Ihnen aber mitteilen, dass Ihr Profil nicht ausreichend zu den Anforderungen der
Stelle passt.

Wir wünschen Ihnen viel Erfolg bei der weiteren Stellensuche.

Freundliche Grüße
Kessler Consulting""",
    ),
    S(
        "rejection",
        "gegen eine Fortsetzung des Prozesses entschieden",
        "Update zu deinem Bewerbungsprozess",
        "Quadrant Software GmbH <jobs@quadrant-software.de>",
        """Hallo Sam,

vielen Dank für die Bearbeitung der Coding Challenge. Das Team hat sich deine Lösung genau
angeschaut und sich gegen eine Fortsetzung des Bewerbungsprozesses entschieden.

Alles Gute für dich!
Tim aus dem Recruiting""",
    ),
    S(
        "rejection",
        "Stelle wird vorerst nicht besetzt",
        "Ihre Bewerbung als Projektleiter Bau",
        "Personalabteilung Bauer & Söhne <personal@bauer-soehne.de>",
        """Sehr geehrter Herr Rivera,

aufgrund interner Umstrukturierungen wird die ausgeschriebene Position vorerst nicht
besetzt. Wir haben das Bewerbungsverfahren daher beendet und können Ihre Bewerbung leider
nicht weiterverfolgen.

Mit freundlichen Grüßen
Personalabteilung""",
    ),
    S(
        "rejection",
        "ATS: dieses Mal nicht erfolgreich",
        "Deine Bewerbung bei Wolkenbahn",
        "Wolkenbahn <noreply@wolkenbahn.jobs.personio.de>",
        """Hallo Sam,

danke für dein Interesse an der Stelle als Werkstudent Marketing. Deine Bewerbung war
dieses Mal leider nicht erfolgreich.

Wir wünschen dir alles Gute!
Dein Wolkenbahn Team""",
    ),
    S(
        "rejection",
        "eine Absage erteilen",
        "Ihre Bewerbung vom 2. März",
        "Dr. Meinert Kanzlei <kanzlei@meinert-recht.de>",
        """Sehr geehrter Herr Rivera,

zu unserem Bedauern müssen wir Ihnen auf Ihre Bewerbung als Rechtsanwaltsfachangestellter
eine Absage erteilen.

Mit freundlichen Grüßen
Dr. Meinert""",
    ),
    S(
        "rejection",
        "Absage im Betreff, kurzer Text: anderweitig entschieden",
        "Absage",
        "Sabine Ortlepp <ortlepp@gartenbau-ortlepp.de>",
        """Hallo Herr Rivera,

danke für Ihre Bewerbung. Wir haben uns anderweitig entschieden.

Gruß
S. Ortlepp""",
    ),
    S(
        "application_received",
        "Eingangsbestätigung",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Hansewerk Logistik Personal <bewerbung@hansewerk-logistik.de>",
        """Sehr geehrter Herr Rivera,

vielen Dank für Ihre Bewerbung als Disponent (m/w/d). Hiermit bestätigen wir den Eingang
Ihrer Unterlagen. Wir prüfen diese sorgfältig und melden uns innerhalb von drei Wochen bei
Ihnen.

Mit freundlichen Grüßen
Ihr Personalteam""",
    ),
    S(
        "application_received",
        "Eingangsbestätigung mit leider (Bearbeitung dauert)",
        "Ihre Bewerbung ist bei uns eingegangen",
        "Auenland Versicherung <noreply@auenland-versicherung.de>",
        """Guten Tag Herr Rivera,

Ihre Bewerbung ist bei uns eingegangen – vielen Dank! Aufgrund der hohen Anzahl an
Bewerbungen kann die Bearbeitung leider einige Wochen dauern. Wir bitten um Ihr
Verständnis.

Ihr Recruiting Team""",
    ),
    S(
        "application_received",
        "ATS-Bestätigung, du",
        "Danke für deine Bewerbung!",
        "Flinkwerk <noreply@flinkwerk.recruitee.com>",
        """Hi Sam,

danke für deine Bewerbung als Sales Development Representative! Wir haben sie erhalten und
schauen sie uns in den nächsten Tagen an.

Dein Flinkwerk-Team""",
    ),
    S(
        "interview",
        "Einladung zum Vorstellungsgespräch",
        "Einladung zum Vorstellungsgespräch",
        "Stadtwerke Kellbach <karriere@stadtwerke-kellbach.de>",
        """Sehr geehrter Herr Rivera,

wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch am Donnerstag, 12. Juni, um
10:00 Uhr in unsere Zentrale einzuladen. Bitte bestätigen Sie uns den Termin kurz per
E-Mail.

Mit freundlichen Grüßen
Personalabteilung""",
    ),
    S(
        "interview",
        "Termin verschieben, leider",
        "Verschiebung Ihres Vorstellungsgesprächs",
        "Katrin Vogt <k.vogt@mediplan-gmbh.de>",
        """Lieber Herr Rivera,

leider müssen wir unseren Termin am Dienstag verschieben, da die Fachbereichsleitung
kurzfristig verhindert ist. Wäre Ihnen Freitag, 9:30 Uhr, recht?

Beste Grüße
Katrin Vogt""",
    ),
    S(
        "interview",
        "Online-Test Einladung",
        "Nächster Schritt: Online-Assessment",
        "Brenner AG Karriere <jobs@brenner-ag.com>",
        """Hallo Herr Rivera,

vielen Dank für Ihre Bewerbung. Im nächsten Schritt bitten wir Sie, unseren
Online-Test zu absolvieren. Den Link finden Sie unten; der Test dauert etwa 30 Minuten und
ist bis zum 20. Mai freigeschaltet.

Viel Erfolg!
Talent Acquisition""",
    ),
    S(
        "offer",
        "Zusage / Vertragsangebot",
        "Zusage – Ihr Vertragsangebot",
        "Kessler Consulting <bewerbungen@kessler-consulting.de>",
        """Sehr geehrter Herr Rivera,

wir freuen uns sehr, Ihnen mitteilen zu können, dass wir Sie gern als Senior Controller
einstellen möchten. Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung.

Mit freundlichen Grüßen
Kessler Consulting""",
    ),
    S(
        "other",
        "Zwischenstand: noch in Prüfung",
        "Zwischenstand zu Ihrer Bewerbung",
        "Landesamt für Statistik - Personalreferat <personal@lfs.example.de>",
        """Sehr geehrter Herr Rivera,

das Auswahlverfahren für die Stelle Kennziffer 23/114 dauert noch an. Ihre Bewerbung
befindet sich weiterhin in Prüfung. Wir werden Sie nach Abschluss des Verfahrens
unaufgefordert informieren.

Mit freundlichen Grüßen
Referat Personal""",
    ),
    S(
        "other",
        "Jobalarm",
        "5 neue Jobs für „Controller“ in Hamburg",
        "StepStone Jobagent <jobagent@stepstone.de>",
        """Neue Stellenangebote für Sie:

Controller (m/w/d) – Nordhafen Energie – Hamburg
Junior Controller – Elbtal Logistik – Hamburg
Financial Analyst – Alstermedien – Hamburg

Jobagent bearbeiten | Abmelden""",
        headers=(("List-Unsubscribe", "<https://mail.example/u/de31>"),),
    ),
    S(
        "other",
        "Kandidat zieht Bewerbung zurück",
        "Rückzug meiner Bewerbung",
        "Sam Rivera <sam.rivera@example.org>",
        """Sehr geehrte Frau Vogt,

vielen Dank für das freundliche Gespräch. Leider muss ich meine Bewerbung zurückziehen, da
ich mich für ein anderes Angebot entschieden habe.

Mit freundlichen Grüßen
Sam Rivera""",
    ),
    S(
        "other",
        "Abwesenheitsnotiz",
        "Abwesenheitsnotiz: Ihre Bewerbung",
        "Katrin Vogt <k.vogt@mediplan-gmbh.de>",
        """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 28. Mai nicht im Büro und
habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
personal@mediplan-gmbh.de.

Katrin Vogt""",
        headers=(("Auto-Submitted", "auto-replied"),),
    ),
]

_DE_TEMPLATES = [
    _tpl(
        "rejection",
        "Vorlage: [Name], für andere Kandidaten entschieden",
        """Sehr geehrte/r Frau/Herr [Nachname],

vielen Dank für Ihre Bewerbung als [Stellenbezeichnung] bei [Unternehmen] und das damit
verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für andere
Bewerberinnen und Bewerber entschieden haben, die unserem Anforderungsprofil noch besser
entsprechen.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
[Name]
[Position]""",
        "Ihre Bewerbung als [Stellenbezeichnung]",
    ),
    _tpl(
        "rejection",
        "Vorlage nach Vorstellungsgespräch, XXX",
        """Sehr geehrte/r XXX,

herzlichen Dank für das Gespräch am XX.XX.XXXX und Ihr Interesse an der Position XXX. Die
Entscheidung ist uns nicht leichtgefallen, doch wir haben uns am Ende für eine andere
Kandidatin bzw. einen anderen Kandidaten entschieden.

Wir wünschen Ihnen für Ihre weitere Suche viel Erfolg.

Freundliche Grüße
XXX""",
    ),
    _tpl(
        "rejection",
        "Vorlage: {{vorname}}, Absage du",
        """Hallo {{vorname}},

danke, dass du dich als {{stelle}} bei {{firma}} beworben hast. Leider müssen wir dir
mitteilen, dass wir deine Bewerbung nicht weiter berücksichtigen können.

Alles Gute und viele Grüße
{{recruiter}}""",
    ),
    _tpl(
        "interview",
        "Vorlage: Einladung zum Vorstellungsgespräch",
        """Sehr geehrte/r Frau/Herr [Nachname],

vielen Dank für Ihre Bewerbung als [Stellenbezeichnung]. Ihre Unterlagen haben uns
überzeugt und wir möchten Sie gern zu einem Vorstellungsgespräch am [Datum] um [Uhrzeit]
einladen. Bitte bestätigen Sie den Termin bis zum [Datum].

Mit freundlichen Grüßen
[Name]""",
        "Einladung zum Vorstellungsgespräch – [Stellenbezeichnung]",
    ),
    _tpl(
        "application_received",
        "Vorlage: Eingangsbestätigung",
        """Sehr geehrte/r Frau/Herr [Nachname],

vielen Dank für Ihre Bewerbung als [Stellenbezeichnung] bei [Unternehmen]. Hiermit
bestätigen wir den Eingang Ihrer Unterlagen. Wir melden uns innerhalb der nächsten
[Anzahl] Wochen bei Ihnen.

Mit freundlichen Grüßen
[Name]""",
        "Eingangsbestätigung Ihrer Bewerbung",
    ),
]

_FR = [
    _tpl(
        "rejection",
        "modèle: [Nom du candidat], pas donner une suite favorable",
        """Bonjour [Nom du candidat],

Nous vous remercions de l'intérêt que vous portez à [Nom de l'entreprise] et pour votre
candidature au poste de [Intitulé du poste].

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous
ne pouvons pas donner une suite favorable à votre candidature.

Nous vous souhaitons pleine réussite dans vos recherches.

Cordialement,
[Signature]""",
        "Votre candidature au poste de [Intitulé du poste]",
    ),
    _tpl(
        "rejection",
        "modèle après entretien: choix s'est porté sur un autre candidat",
        """Madame, Monsieur [Nom],

Nous tenons à vous remercier pour l'entretien du [date]. Malgré la qualité de votre
parcours, notre choix s'est finalement porté sur un autre profil, plus proche des besoins
actuels de l'équipe.

Nous conservons vos coordonnées pour de futures opportunités.

Bien à vous,
[Prénom Nom], [Fonction]""",
    ),
    _tpl(
        "rejection",
        "modèle {{prenom}}: candidature non retenue",
        """Bonjour {{prenom}},

Merci d'avoir postulé au poste de {{poste}} chez {{entreprise}}. Nous avons le regret de
vous annoncer que votre candidature n'a pas été retenue pour la suite du processus.

Belle continuation,
L'équipe recrutement {{entreprise}}""",
    ),
    _tpl(
        "interview",
        "modèle: invitation à un entretien",
        """Bonjour [Prénom],

Suite à votre candidature au poste de [Intitulé du poste], nous avons le plaisir de vous
inviter à un entretien le [date] à [heure] dans nos locaux de [adresse] (ou en
visioconférence). Merci de nous confirmer votre disponibilité.

Cordialement,
[Nom du recruteur]""",
        "Invitation à un entretien – [Intitulé du poste]",
    ),
    _tpl(
        "offer",
        "modèle: proposition d'embauche",
        """Madame, Monsieur [Nom],

Nous avons le plaisir de vous proposer le poste de [Intitulé du poste] au sein de
[Nom de l'entreprise], en contrat [type de contrat], à compter du [date de début], pour une
rémunération annuelle brute de [montant].

Nous vous remercions de nous faire part de votre réponse avant le [date].

Cordialement,
[Signature]""",
        "Proposition d'embauche",
    ),
]

_ES = [
    _tpl(
        "rejection",
        "plantilla: [Nombre del candidato], otros perfiles",
        """Estimado/a [Nombre del candidato]:

Gracias por tu interés en el puesto de [Nombre del puesto] en [Nombre de la empresa].
Tras revisar detenidamente todas las candidaturas, hemos decidido continuar el proceso con
otros perfiles que se ajustan mejor a los requisitos del puesto.

Te deseamos mucho éxito en tu búsqueda.

Un saludo,
[Tu nombre]""",
        "Tu candidatura para [Nombre del puesto]",
    ),
    _tpl(
        "rejection",
        "plantilla tras entrevista: lamentamos comunicarle que no ha sido seleccionado",
        """Estimado/a [Nombre]:

Le agradecemos el tiempo dedicado a la entrevista del [fecha]. Lamentamos comunicarle que
en esta ocasión no ha sido seleccionado/a para el puesto de [Puesto].

Conservaremos su currículum en nuestra base de datos para futuras vacantes.

Atentamente,
[Departamento de Recursos Humanos]""",
    ),
    _tpl(
        "rejection",
        "plantilla {{nombre}}: no seguir adelante",
        """Hola {{nombre}}:

Muchas gracias por postularte a {{vacante}} en {{empresa}}. Después de analizar tu perfil,
hemos decidido no seguir adelante con tu candidatura en este momento.

¡Mucha suerte!
El equipo de {{empresa}}""",
    ),
    _tpl(
        "interview",
        "plantilla: invitación a entrevista",
        """Hola [Nombre]:

Gracias por tu candidatura para el puesto de [Puesto]. Nos gustaría conocerte mejor y
invitarte a una entrevista el [fecha] a las [hora] por videollamada. ¿Nos confirmas si te
viene bien?

Un saludo,
[Nombre del reclutador]""",
        "Invitación a entrevista - [Puesto]",
    ),
    _tpl(
        "offer",
        "plantilla: oferta de empleo",
        """Estimado/a [Nombre del candidato]:

Nos complace ofrecerle el puesto de [Nombre del puesto] en [Nombre de la empresa], con
fecha de incorporación el [fecha] y un salario bruto anual de [importe]. Adjuntamos la
carta de oferta con todas las condiciones.

Quedamos a la espera de su respuesta antes del [fecha].

Atentamente,
[Firma]""",
        "Oferta de empleo - [Nombre del puesto]",
    ),
]

_NL = [
    _tpl(
        "rejection",
        "sjabloon: [Naam kandidaat], niet verder in de procedure",
        """Beste [Naam kandidaat],

Hartelijk dank voor je sollicitatie op de functie van [Functietitel] bij [Bedrijfsnaam].
We hebben je cv en motivatie zorgvuldig bekeken. Helaas moeten we je laten weten dat we je
niet meenemen naar de volgende ronde van de procedure.

We wensen je veel succes met je zoektocht.

Met vriendelijke groet,
[Naam]""",
        "Je sollicitatie bij [Bedrijfsnaam]",
    ),
    _tpl(
        "rejection",
        "sjabloon na gesprek: gekozen voor een andere kandidaat",
        """Geachte heer/mevrouw [Achternaam],

Bedankt voor het prettige gesprek van [datum]. Na zorgvuldige afweging hebben we gekozen
voor een andere kandidaat, van wie de ervaring beter aansluit bij de functie.

Met vriendelijke groet,
[Naam recruiter]""",
    ),
    _tpl(
        "interview",
        "sjabloon: uitnodiging sollicitatiegesprek",
        """Beste [Voornaam],

Bedankt voor je sollicitatie als [Functietitel]. We willen je graag uitnodigen voor een
gesprek op [datum] om [tijd] op ons kantoor in [plaats]. Laat je weten of dit schikt?

Groet,
[Naam]""",
        "Uitnodiging sollicitatiegesprek [Functietitel]",
    ),
    _tpl(
        "application_received",
        "sjabloon: ontvangstbevestiging",
        """Beste {{voornaam}},

Bedankt voor je sollicitatie op de vacature {{vacature}}! We hebben je gegevens goed
ontvangen en nemen binnen {{termijn}} contact met je op.

Hartelijke groet,
Team {{bedrijf}}""",
    ),
]

_PT = [
    _tpl(
        "rejection",
        "modelo: [Nome do candidato], optamos por outro candidato",
        """Olá [Nome do candidato],

Agradecemos o seu interesse na vaga de [Cargo] na [Nome da empresa]. Após uma análise
cuidadosa, optamos por seguir com outro candidato cujo perfil está mais alinhado com as
necessidades da função neste momento.

Desejamos muito sucesso na sua carreira.

Atenciosamente,
[Seu nome]""",
        "Sua candidatura para [Cargo]",
    ),
    _tpl(
        "rejection",
        "modelo {{nome}}: não avançou no processo",
        """Oi {{nome}},

Obrigado por participar do processo seletivo para {{vaga}}. Infelizmente, sua candidatura
não avançou para a próxima etapa desta vez.

Vamos manter seu currículo em nosso banco de talentos.

Abraços,
Time de Recrutamento {{empresa}}""",
    ),
    _tpl(
        "offer",
        "modelo: proposta de emprego",
        """Prezado(a) [Nome],

É com grande satisfação que oferecemos a você a posição de [Cargo] na [Empresa], com
início em [data] e salário mensal de [valor]. Segue em anexo a carta-proposta com todos os
detalhes.

Aguardamos o seu retorno até [data].

Atenciosamente,
[Assinatura]""",
        "Proposta de emprego - [Cargo]",
    ),
    _tpl(
        "application_received",
        "modelo: confirmação de candidatura",
        """Olá [Nome],

Recebemos sua candidatura para a vaga de [Cargo]. Nossa equipe vai analisar o seu perfil e
entraremos em contato caso você avance para a próxima etapa.

Obrigado pelo interesse!
[Empresa]""",
        "Recebemos sua candidatura",
    ),
]

_IT = [
    _tpl(
        "rejection",
        "modello: [Nome Candidato], non è stata selezionata",
        """Gentile [Nome Candidato],

La ringraziamo per l'interesse dimostrato verso [Nome Azienda] e per la candidatura alla
posizione di [Titolo Posizione]. Dopo un'attenta valutazione, siamo spiacenti di
comunicarLe che la Sua candidatura non è stata selezionata per le fasi successive.

Le auguriamo il meglio per il futuro professionale.

Cordiali saluti,
[Firma]""",
        "La Sua candidatura per [Titolo Posizione]",
    ),
    _tpl(
        "rejection",
        "modello dopo colloquio: scelto un altro candidato",
        """Gentile XXX,

grazie per il tempo dedicato al colloquio del XX/XX. Dopo un confronto interno abbiamo
deciso di proseguire con un altro candidato, il cui profilo risponde in modo più puntuale
alle esigenze del ruolo.

Un cordiale saluto,
XXX""",
    ),
    _tpl(
        "interview",
        "modello: invito a colloquio",
        """Gentile [Nome],

a seguito della Sua candidatura per la posizione di [Titolo Posizione], saremmo lieti di
invitarLa a un colloquio conoscitivo il giorno [data] alle ore [ora] presso la nostra sede
di [città]. La preghiamo di confermare la Sua presenza.

Cordiali saluti,
[Nome Recruiter]""",
        "Invito a colloquio – [Titolo Posizione]",
    ),
    _tpl(
        "application_received",
        "modello: conferma di ricezione",
        """Ciao {{nome}},

grazie per esserti candidato/a per {{posizione}}! Abbiamo ricevuto il tuo CV e lo
valuteremo con attenzione. Se il tuo profilo sarà in linea, ti contatteremo per un primo
colloquio.

Il team {{azienda}}""",
    ),
]

SAMPLES_BY_LANGUAGE = {
    "en": _EN_BODY + _EN_TEMPLATES,
    "de": _DE + _DE_TEMPLATES,
    "fr": _FR,
    "es": _ES,
    "nl": _NL,
    "pt": _PT,
    "it": _IT,
}
