"""French held-out samples (invented): rejections in many styles and hard negatives."""

from bench.heldout import Sample as S

SAMPLES = [
    S(
        "rejection",
        "short ATS template",
        "Votre candidature chez Orméa",
        "Orméa Recrutement <no-reply@ormea.teamtailor-mail.com>",
        """Bonjour Sam,

Merci pour l'intérêt que vous portez à Orméa. Après examen de votre dossier, nous ne sommes
pas en mesure de donner suite à votre candidature pour le poste de Chef de projet digital.

Bonne continuation,
L'équipe Orméa""",
    ),
    S(
        "rejection",
        "warm after interview",
        "Suite à notre entretien",
        "Claire Dumont <claire.dumont@atelier-vauban.example>",
        """Bonjour Sam,

Je tenais à vous remercier encore pour nos échanges de la semaine dernière, l'équipe a
beaucoup apprécié votre présentation.

Nous avons finalement décidé de poursuivre avec une personne dont le parcours est plus
proche de nos besoins immédiats en gestion de chantier. C'était une décision difficile.

Je reste disponible si vous souhaitez en discuter par téléphone.

Bien à vous,
Claire""",
    ),
    S(
        "rejection",
        "position filled",
        "Votre candidature",
        "Groupe Hélior RH <rh@helior.example>",
        """Madame, Monsieur,

Nous vous remercions de votre candidature au poste d'Assistant comptable. Nous vous
informons que ce poste est désormais pourvu.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une
opportunité correspondant à votre profil se présentait.

Le service RH""",
    ),
    S(
        "rejection",
        "role cancelled",
        "Information concernant le poste de Data Analyst",
        "Julien Marchal <j.marchal@lumeo.example>",
        """Bonjour Sam,

Suite à une réorganisation interne, le recrutement pour le poste de Data Analyst a été
suspendu et nous devons clore le processus en cours, y compris votre candidature.

Nous sommes désolés de ce contretemps et vous souhaitons le meilleur pour la suite.

Julien""",
    ),
    S(
        "rejection",
        "not retained HTML",
        "Réponse à votre candidature",
        "Banque Sorlin <recrutement@banque-sorlin.example>",
        """Madame, Monsieur,

Nous avons bien étudié votre candidature au poste de Conseiller clientèle et nous vous en
remercions.

Nous sommes au regret de vous informer que votre profil n'a pas été retenu pour la suite
du processus de recrutement.

Nous vous souhaitons pleine réussite dans vos recherches.

La Direction des Ressources Humaines""",
        html=True,
    ),
    S(
        "rejection",
        "agency on behalf of client",
        "Retour de notre client",
        "Manon Leroy <manon.leroy@cabinet-arcane.example>",
        """Bonjour Sam,

J'ai eu le retour de notre client concernant le poste de Responsable logistique : il a
choisi de privilégier des candidats ayant une expérience plus longue en management d'équipe.
Il ne donnera donc pas suite à votre candidature.

Je reviens vers vous dès que j'ai une mission qui vous correspond.

Manon Leroy
Cabinet Arcane""",
    ),
    S(
        "rejection",
        "reply with quote",
        "RE: Candidature Développeur Python",
        "Hugo Bernard <hugo@pixelmoulin.example>",
        """Bonjour Sam,

Merci pour votre relance. Malheureusement, nous avons retenu un autre profil pour ce poste.

Cordialement,
Hugo""",
        quoted="""Bonjour Hugo,

Je me permets de revenir vers vous concernant ma candidature au poste de Développeur Python.

Cordialement,
Sam""",
    ),
    S(
        "rejection",
        "keep CV on file, tu",
        "Ta candidature chez Cocotte",
        "Cocotte <jobs@cocotte.welcometothejungle.example>",
        """Salut Sam,

Merci d'avoir postulé chez Cocotte ! On a pris le temps de lire ta candidature, mais on ne
va pas aller plus loin pour le poste de Growth Marketer, on cherche un profil plus senior.

On garde ton CV sous le coude pour de prochaines opportunités.

L'équipe Cocotte""",
    ),
    S(
        "rejection",
        "neutral subject, careful review",
        "Mise à jour",
        "Transports Garnier <emploi@garnier-transports.example>",
        """Bonjour,

Après une étude attentive de votre dossier, nous avons le regret de vous annoncer que nous
ne pourrons pas vous proposer d'entretien pour le poste de Responsable d'exploitation.

Cordialement,
Transports Garnier""",
    ),
    S(
        "rejection",
        "unfavourable answer",
        "Votre candidature - Ingénieur qualité",
        "Nexialis <careers@nexialis.myworkday.com>",
        """Bonjour Sam Rivera,

Nous vous remercions de l'intérêt que vous portez à Nexialis. Nous sommes toutefois au
regret de vous informer que nous ne sommes pas en mesure de répondre favorablement à votre
candidature.

L'équipe Talent Acquisition""",
    ),
    # --- hard negatives -------------------------------------------------------------------------
    S(
        "application_received",
        "confirmation mentions volume",
        "Accusé de réception",
        "Banque Sorlin <recrutement@banque-sorlin.example>",
        """Madame, Monsieur,

Nous avons bien reçu votre candidature au poste de Conseiller clientèle. Malheureusement,
compte tenu du grand nombre de candidatures, nous ne pouvons pas répondre à chacun
immédiatement. Nous reviendrons vers vous dans les meilleurs délais.

La Direction des Ressources Humaines""",
    ),
    S(
        "interview",
        "invitation",
        "Invitation à un entretien",
        "Claire Dumont <claire.dumont@atelier-vauban.example>",
        """Bonjour Sam,

Votre profil a retenu notre attention et nous souhaiterions vous rencontrer pour un
entretien. Seriez-vous disponible jeudi ou vendredi matin ?

Bien à vous,
Claire""",
    ),
    S(
        "interview",
        "reschedule",
        "Report de notre entretien",
        "Julien Marchal <j.marchal@lumeo.example>",
        """Bonjour Sam,

Malheureusement je dois reporter notre entretien de demain à cause d'un imprévu. Pouvons-nous
le décaler à lundi 14h ?

Désolé pour le désagrément,
Julien""",
    ),
    S(
        "offer",
        "offer",
        "Proposition d'embauche",
        "Hugo Bernard <hugo@pixelmoulin.example>",
        """Bonjour Sam,

Nous sommes ravis de vous proposer le poste de Développeur Python ! Vous trouverez ci-joint
notre proposition d'embauche avec la rémunération et la date de démarrage envisagée.

Hugo""",
    ),
    S(
        "other",
        "job alert",
        "Nouvelles offres pour vous",
        "Emploi Direct <alertes@emploidirect.example>",
        """Bonjour Sam,

Voici 6 nouvelles offres qui correspondent à votre alerte emploi « chef de projet » :

Chef de projet digital - Orméa
Chef de projet IT - Nexialis""",
        headers=(("List-Unsubscribe", "<mailto:desabonnement@emploidirect.example>"),),
    ),
    S(
        "other",
        "conference paper rejection",
        "Décision pour votre soumission",
        "Comité de programme JFIA <comite@jfia-conf.example>",
        """Cher auteur,

Nous avons le regret de vous informer que votre article n'a pas été retenu pour la
conférence JFIA 2025. Vous trouverez ci-dessous les commentaires des relecteurs.

Le comité de programme""",
    ),
    S(
        "other",
        "apartment rejection",
        "Votre dossier pour l'appartement rue des Tanneurs",
        "Agence Immo Lys <contact@immolys.example>",
        """Bonjour,

Le propriétaire a choisi un autre dossier pour l'appartement de la rue des Tanneurs.
Malheureusement nous ne pouvons donc pas donner suite à votre demande.

Agence Immo Lys""",
    ),
    S(
        "other",
        "loan refusal",
        "Votre demande de prêt",
        "Crédit Mistral <service-client@credit-mistral.example>",
        """Madame, Monsieur,

Après étude de votre demande de prêt personnel, nous sommes au regret de ne pouvoir y donner
une suite favorable.

Crédit Mistral""",
    ),
    S(
        "application_received",
        "still reviewing",
        "Votre candidature - point d'étape",
        "Groupe Hélior RH <rh@helior.example>",
        """Bonjour,

Nous revenons vers vous pour vous indiquer que nous étudions encore les candidatures reçues
pour le poste d'Assistant comptable. Nous vous tiendrons informé dans les prochains jours.

Le service RH""",
    ),
    S(
        "other",
        "candidate withdraws",
        "Retrait de ma candidature",
        "Sam Rivera <sam.rivera@example.org>",
        """Bonjour Claire,

Je vous remercie pour votre invitation. J'ai accepté une autre proposition et je souhaite
donc retirer ma candidature.

Bien cordialement,
Sam""",
    ),
]
