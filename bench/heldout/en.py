"""English held-out samples (invented): rejections in many styles and hard negatives."""

from bench.heldout import Sample as S

_LIST = (("List-Unsubscribe", "<mailto:unsub@mail.example>"), ("Precedence", "bulk"))

SAMPLES = [
    # --- rejections --------------------------------------------------------------------
    S(
        "rejection",
        "blunt ATS template",
        "Your application to Fernhill Analytics",
        "Fernhill Analytics <no-reply@us.greenhouse-mail.io>",
        """Hi Sam,

Thank you for applying for the Data Engineer position at Fernhill Analytics.

We've reviewed your application and we won't be moving ahead with it at this point.

Regards,
Fernhill Talent Team""",
    ),
    S(
        "rejection",
        "warm after final interview",
        "Following up",
        "Priya Natarajan <priya@tesselrobotics.example>",
        """Hi Sam,

I wanted to reach out personally after your final round last Thursday. Everyone enjoyed
talking with you, and the panel was impressed by how you walked through the motor-control
problem.

This was a really close call, but the team has landed on another finalist whose background
in embedded safety certification lines up a bit more with what we need in the first year.

I know this isn't the news you hoped for. I'd genuinely like to stay in touch, and if you'd
find it useful I'm happy to jump on a 15 minute call to share what the panel said.

Warmly,
Priya""",
    ),
    S(
        "rejection",
        "position filled, neutral subject",
        "Update",
        "Brightwater Logistics Careers <careers@brightwater.example>",
        """Dear Sam Rivera,

We are writing to let you know that the Warehouse Operations Supervisor vacancy you applied
for has now been filled.

We appreciate the time you took to apply and hope you will look at our careers page again.

Brightwater Logistics HR""",
    ),
    S(
        "rejection",
        "role cancelled",
        "Regarding the Product Designer role",
        "Lena Ortiz <lena.ortiz@kiboo.example>",
        """Hi Sam,

Thanks again for the conversations over the past few weeks. I'm afraid I have some
disappointing news: due to a change in our budget for the year, the company has decided
to cancel the Product Designer opening altogether, so we have to close your application.

This has nothing to do with your interviews, which went well. If the role reopens, I'll
reach out to you first.

Best,
Lena""",
    ),
    S(
        "rejection",
        "role on hold ends the application",
        "Your application - Senior Accountant",
        "Marrow & Pike Recruiting <recruiting@marrowpike.example>",
        """Dear Sam,

We wanted to give you an update on the Senior Accountant search. Following an internal
restructuring, the hiring for this position has been put on hold indefinitely, and as a
result we are closing all active applications, including yours.

We are grateful for your interest and wish you well.

Kind regards,
Marrow & Pike People Team""",
    ),
    S(
        "rejection",
        "decided not to proceed",
        "Your candidacy",
        "Quillon Labs <talent@quillonlabs.example>",
        """Hello Sam,

Thank you for your interest in Quillon Labs and for the time you invested in our process.

After reviewing the results of your technical exercise, we have decided not to proceed
further with your candidacy for the Backend Engineer role.

We wish you every success,
Quillon Labs Talent""",
    ),
    S(
        "rejection",
        "not a match at this time",
        "Thank you for your interest in Northgate Health",
        "Northgate Health <donotreply@northgate.myworkday.com>",
        """Dear Sam,

Thank you for your interest in the Clinical Data Analyst position (Req ID R-20331).

We have carefully reviewed your qualifications and determined that they are not a match
for this position at this time.

We encourage you to visit our career site regularly for other openings.

Sincerely,
Northgate Health Talent Acquisition""",
    ),
    S(
        "rejection",
        "keep CV on file",
        "Your application for Marketing Coordinator",
        "Juniper & Vale <hr@junipervale.example>",
        """Dear Sam,

Many thanks for applying for the Marketing Coordinator role with us. We had a very strong
field of applicants and on this occasion your application has not been shortlisted.

With your permission we would like to keep your CV on file and contact you should a
suitable vacancy arise in the future.

Yours sincerely,
Hannah Blake
HR Manager, Juniper & Vale""",
    ),
    S(
        "rejection",
        "agency on behalf of client",
        "Re: Finance Manager opportunity",
        "Tom Whitaker <tom.whitaker@clearpathsearch.example>",
        """Hi Sam,

I've just had feedback from my client on the Finance Manager position. They have been
through all the CVs and have decided to prioritise candidates with more recent experience
in the healthcare sector, so they will not be taking your application further.

I'm sorry it's not better news. I'll keep you in mind for anything else that comes in
which suits your background.

Cheers,
Tom
Clearpath Search""",
    ),
    S(
        "rejection",
        "HTML only template",
        "An update on your application",
        "Sorrel Bank Careers <careers-noreply@sorrelbank.example>",
        """Dear Sam,

Thank you for applying to the Risk Analyst role at Sorrel Bank.

We received a large number of applications and, after careful review, we regret to inform
you that your application will not be progressing to the next stage.

We wish you the very best in your job search.

Sorrel Bank Recruitment""",
        html=True,
    ),
    S(
        "rejection",
        "reply with quoted thank-you note",
        "Re: Thank you",
        "Derek Mills <derek@halcyonstudio.example>",
        """Hi Sam,

Thanks for the kind note. I'm sorry to say we've offered the position to another candidate
who has accepted, so we won't be continuing with your application.

All the best with your search,
Derek""",
        quoted="""Hi Derek,

Thank you for taking the time to meet with me on Monday. I really enjoyed learning about
the studio and I'm excited about the Motion Designer role.

Best,
Sam""",
    ),
    S(
        "rejection",
        "short and personal",
        "Quick update",
        "Aisha Rahman <aisha@pollenhq.example>",
        """Hey Sam - just a quick note to say we're going to pass this time around. We loved your
portfolio but need someone more senior right now. Good luck out there!

Aisha""",
    ),
    S(
        "rejection",
        "no longer under consideration, ATS",
        "Application status update",
        "Tidewell Energy <notifications@tidewell.smartrecruiters.com>",
        """Dear Sam Rivera,

This email is to inform you that your application for Field Service Technician (job
reference 4471) is no longer under consideration.

Thank you for considering Tidewell Energy as your next employer.

Tidewell Energy Recruiting""",
    ),
    S(
        "rejection",
        "unfortunately + other applicants",
        "Software Engineer II - Cobalt Pay",
        "Cobalt Pay <jobs@cobaltpay.example>",
        """Hi Sam,

Thanks so much for your interest in Cobalt Pay. Unfortunately, we have decided to move
forward with other applicants whose experience is a closer fit for the Software Engineer II
role.

We appreciate the time you spent applying and hope you'll consider us again in the future.

The Cobalt Pay Recruiting Team""",
    ),
    S(
        "rejection",
        "no feedback policy + rejection",
        "Your application",
        "Granite Peak Consulting <recruitment@granitepeak.example>",
        """Dear Applicant,

Thank you for your application for the Graduate Consultant programme.

We regret that we are unable to offer you a place in the next stage of the selection
process. Due to the volume of applications we cannot provide individual feedback.

Granite Peak Consulting Recruitment""",
    ),
    S(
        "rejection",
        "unable to offer after interview",
        "Interview outcome",
        "Morgan Hale <m.hale@wrenfieldschool.example>",
        """Dear Sam,

Thank you for attending interview for the post of Year 4 Teacher at Wrenfield Primary
yesterday. The panel was very impressed with your lesson, however I am sorry to inform you
that on this occasion you were unsuccessful.

I would be happy to offer feedback over the phone if you would find it helpful.

Yours sincerely,
Morgan Hale
Headteacher""",
    ),
    S(
        "rejection",
        "went with internal candidate",
        "Your application for Operations Lead",
        "Rosa Kim <rosa.kim@larchfield.example>",
        """Hi Sam,

I wanted to let you know that we've decided to fill the Operations Lead role internally.
We really appreciated the time you put into the process and enjoyed getting to know you.

Wishing you the best in your next step,
Rosa""",
    ),
    S(
        "rejection",
        "lever short template",
        "Thanks for your interest in Orbitly",
        "Orbitly <no-reply@hire.lever.co>",
        """Hi Sam,

Thank you for taking the time to apply to Orbitly. After reviewing your application, we
have decided to focus on candidates whose experience more closely aligns with the needs
of this role.

Best wishes,
Orbitly""",
    ),
    S(
        "rejection",
        "subject-only hint, careful wording",
        "Your application to Pinecrest Media",
        "Pinecrest Media <careers@pinecrestmedia.example>",
        """Dear Sam,

Thank you for your patience while we reviewed applications for the Video Editor role.

We've now completed our review and I'm sorry to let you know that we won't be inviting
you to interview on this occasion.

Kind regards,
Pinecrest Media""",
    ),
    S(
        "rejection",
        "talent pool wording",
        "Regarding your application",
        "Heliox <people@heliox.teamtailor-mail.com>",
        """Hi Sam!

Thank you for applying for the Customer Success Manager role at Heliox. We have now
reviewed all applications and, sadly, we have chosen to continue with candidates who
better match the profile we're looking for.

We'd love to keep you in our talent community and may reach out when something new opens up.

Team Heliox""",
    ),
    S(
        "rejection",
        "hiring freeze",
        "Data Scientist role - update",
        "Ben Carter <ben.carter@vantacloud.example>",
        """Hi Sam,

I'm afraid we've had to pause all hiring for the rest of the quarter, which means we're
unable to move forward with the Data Scientist role for now. I'm really sorry, as I know
you were at the final stage.

Best,
Ben""",
    ),
    S(
        "rejection",
        "not successful this time, html",
        "Your recent application",
        "Clarion Retail <noreply@clarionretail.example>",
        """Hello Sam,

Thank you for your recent application for the Store Manager position in Leeds.

We have considered your application carefully but have not been able to take it further
at this stage.

We wish you success in finding a suitable role.

Clarion Retail Resourcing""",
        html=True,
    ),
    # --- hard negatives ----------------------------------------------------------------------
    S(
        "application_received",
        "confirmation mentions many applications",
        "Application received",
        "Fernhill Analytics <no-reply@us.greenhouse-mail.io>",
        """Hi Sam,

Thanks for applying to Fernhill Analytics! We've received your application for the Data
Engineer role.

Unfortunately we receive a high volume of applications and can't respond to every one
personally, but our team will review your profile and be in touch if there's a match.

Fernhill Talent Team""",
    ),
    S(
        "application_received",
        "confirmation with conditional",
        "We received your application",
        "Sorrel Bank Careers <careers-noreply@sorrelbank.example>",
        """Dear Sam,

Thank you for submitting your application for the Risk Analyst role. Our recruitment team
is currently reviewing all applications.

If you do not hear from us within four weeks, please assume that your application has not
been successful on this occasion.

Sorrel Bank Recruitment""",
    ),
    S(
        "interview",
        "interview invitation",
        "Interview invitation - Backend Engineer",
        "Quillon Labs <talent@quillonlabs.example>",
        """Hi Sam,

Great news: we'd like to invite you to a first interview for the Backend Engineer role.
The call will take about 45 minutes with two of our engineers.

Please pick a slot that suits you using the link below.

Quillon Labs Talent""",
    ),
    S(
        "interview",
        "reschedule with unfortunately",
        "Need to reschedule our chat",
        "Priya Natarajan <priya@tesselrobotics.example>",
        """Hi Sam,

Unfortunately I need to reschedule our interview on Wednesday, as our hiring manager is out
sick. Could you do Friday at 2pm or Monday at 10am instead?

Sorry for the inconvenience,
Priya""",
    ),
    S(
        "interview",
        "assessment invitation",
        "Next step: online assessment",
        "Cobalt Pay <jobs@cobaltpay.example>",
        """Hi Sam,

Thanks for your application to Cobalt Pay. As a next step we'd like you to complete a
short coding assessment. It takes around 60 minutes and the link is valid for 5 days.

Good luck!
Cobalt Pay Recruiting""",
    ),
    S(
        "offer",
        "offer letter",
        "Offer - Motion Designer",
        "Derek Mills <derek@halcyonstudio.example>",
        """Hi Sam,

I'm delighted to offer you the position of Motion Designer at Halcyon Studio! Please find
your offer letter attached, including your starting salary and start date.

Let me know if you have any questions. We're so excited to have you on board.

Derek""",
    ),
    S(
        "other",
        "job alert newsletter",
        "12 new jobs for you",
        "JobNest Alerts <alerts@jobnest.example>",
        """Hi Sam,

Here are new jobs matching your saved search "data engineer, remote":

Data Engineer - Fernhill Analytics
Senior Data Engineer - Lumen Grid
Analytics Engineer - Kiboo

Unfortunately some jobs you saved have expired.""",
        headers=_LIST,
    ),
    S(
        "other",
        "recruiter outreach",
        "Opportunity at a fast-growing fintech",
        "Jess Parker <jess@talentbridge.example>",
        """Hi Sam,

I came across your profile and thought you might be a great fit for a Staff Engineer role
I'm working on with a Series B fintech. Would you be open to a quick chat this week?

Best,
Jess""",
    ),
    S(
        "other",
        "candidate's own withdrawal",
        "Re: Interview next week",
        "Sam Rivera <sam.rivera@example.org>",
        """Hi Lena,

Thank you so much for the invitation. I've recently accepted another offer, so I'd like to
withdraw my application for the Product Designer role.

I really appreciated your time and hope we cross paths again.

Best,
Sam""",
    ),
    S(
        "application_received",
        "still reviewing",
        "Your application - status",
        "Marrow & Pike Recruiting <recruiting@marrowpike.example>",
        """Dear Sam,

Just a quick note to say we are still reviewing applications for the Senior Accountant role
and have not yet made any decisions. We expect to be in touch by the end of the month.

Thank you for your patience,
Marrow & Pike People Team""",
    ),
    S(
        "other",
        "conference paper rejection",
        "[ICDS 2025] Notification for paper #187",
        "ICDS 2025 Program Chairs <chairs@icds-conf.example>",
        """Dear Sam Rivera,

We regret to inform you that your submission #187 "Sparse Attention for Tabular Streams"
was not accepted to ICDS 2025. The program committee received 612 submissions and could
only accept 98.

The reviews are included below. We hope they will help you improve the paper.

Program Chairs""",
    ),
    S(
        "other",
        "grant rejection",
        "Outcome of your funding application",
        "Westmoor Arts Council <grants@westmoorarts.example>",
        """Dear Sam,

Thank you for your application to the Community Projects Fund. Unfortunately, your
application was not successful in this round. The panel received many strong proposals and
funding was limited.

We encourage you to apply again in the next round.

Westmoor Arts Council""",
    ),
    S(
        "other",
        "loan declined",
        "Your application decision",
        "Hearth Credit <decisions@hearthcredit.example>",
        """Dear Sam Rivera,

We've reviewed your personal loan application and unfortunately we are unable to approve
it at this time. This decision was based on information from your credit report.

Hearth Credit""",
    ),
    S(
        "other",
        "rental application declined",
        "Re: 14 Alder Court",
        "Nina Shah <nina@keystonelettings.example>",
        """Hi Sam,

Thanks for viewing the flat at 14 Alder Court on Saturday. The landlord has decided to go
with another applicant, so unfortunately we won't be moving forward with your application.

Let me know if you'd like to see any of our other properties.

Nina
Keystone Lettings""",
    ),
    S(
        "other",
        "university admission",
        "Your application to the MSc Data Science",
        "Admissions Office <admissions@northbridge-uni.example>",
        """Dear Sam,

Thank you for applying to the MSc Data Science programme for September entry. After careful
consideration, we regret that we are unable to offer you a place on the programme.

Northbridge University Admissions""",
    ),
    S(
        "other",
        "club membership",
        "Membership application",
        "Riverside Rowing Club <secretary@riversiderowing.example>",
        """Dear Sam,

Thank you for applying to join Riverside Rowing Club. Unfortunately the membership
committee is unable to accept new members this season as our squads are full.

We'll keep your details and let you know when places open up.

Club Secretary""",
    ),
    S(
        "other",
        "app store rejection",
        "Submission rejected: Budgetly 2.3",
        "App Review <no-reply@appreview.example>",
        """Hello,

We have reviewed your app submission Budgetly 2.3 and unfortunately it was rejected because
it does not comply with guideline 4.2 (Minimum Functionality).

Please revise your app and resubmit it for review.

App Review Team""",
    ),
    S(
        "other",
        "visa application refused",
        "Decision on your visa application",
        "Visa Services <noreply@visaservices.example>",
        """Dear Applicant,

We regret to inform you that your visa application (ref VS-88120) has been refused. The
reasons are set out in the attached decision letter.

Visa Services""",
    ),
    S(
        "interview",
        "second round with careful consideration",
        "Next steps",
        "Rosa Kim <rosa.kim@larchfield.example>",
        """Hi Sam,

After careful consideration of all candidates, we'd love to move you forward to the final
round for the Operations Lead role! It's a 90 minute session on site with the leadership
team.

What's your availability next week?

Rosa""",
    ),
    S(
        "application_received",
        "confirmation html with keep on file",
        "Thanks for applying",
        "Clarion Retail <noreply@clarionretail.example>",
        """Hello Sam,

Thank you for applying for the Store Manager position. Your application has been received
and will be reviewed by our team.

If your profile is not selected for this role, we will keep your details on file for
future opportunities.

Clarion Retail Resourcing""",
        html=True,
    ),
    S(
        "offer",
        "verbal offer follow-up",
        "Great news!",
        "Ben Carter <ben.carter@vantacloud.example>",
        """Hi Sam,

Thrilled to let you know the team would like to extend you an offer for the Data Scientist
role! I'll send the formal contract tomorrow; in the meantime, let me know a good time to
walk through the compensation package.

Ben""",
    ),
]
