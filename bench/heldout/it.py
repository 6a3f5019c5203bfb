"""Italian held-out samples (invented): rejections in many styles and hard negatives."""

from bench.heldout import Sample as S

SAMPLES = [
    S(
        "rejection",
        "short ATS template",
        "La tua candidatura presso Vetrolux",
        "Vetrolux <no-reply@vetrolux.teamtailor-mail.com>",
        """Ciao Sam,

grazie per aver inviato la tua candidatura per il ruolo di Backend Developer. Dopo aver
valutato il tuo profilo, abbiamo deciso di non procedere con la tua candidatura.

Un saluto,
Il team di Vetrolux""",
    ),
    S(
        "rejection",
        "warm after interview",
        "Riscontro sul colloquio",
        "Giulia Ferri <giulia.ferri@oleificio-sereni.example>",
        """Ciao Sam,

volevo ringraziarti ancora per il colloquio di martedì, è stato un piacere conoscerti. Dopo
una lunga riflessione abbiamo scelto un'altra persona con più esperienza nell'export verso
gli Stati Uniti.

So che non è la notizia che speravi. Se ti fa piacere, possiamo sentirci per un feedback.

Un caro saluto,
Giulia""",
    ),
    S(
        "rejection",
        "position filled",
        "La sua candidatura",
        "Cantieri Laguna HR <hr@cantierilaguna.example>",
        """Gentile Sam Rivera,

la ringraziamo per l'interesse mostrato verso la posizione di Disegnatore Tecnico. La
informiamo che la posizione è già stata coperta.

Conserveremo il suo curriculum per eventuali future opportunità.

Cordiali saluti,
Ufficio Risorse Umane""",
    ),
    S(
        "rejection",
        "role cancelled",
        "Aggiornamento sulla posizione di Analista",
        "Marco Gallo <marco.gallo@finlario.example>",
        """Ciao Sam,

a causa di una revisione del budget, l'azienda ha deciso di annullare la ricerca per la
posizione di Analista Finanziario e quindi chiudiamo il processo di selezione.

Ci scusiamo e ti auguriamo il meglio.

Marco""",
    ),
    S(
        "rejection",
        "negative outcome HTML",
        "Esito della selezione",
        "Assicurazioni Ponente <selezione@ponente.example>",
        """Gentile candidato,

la ringraziamo per aver partecipato al processo di selezione per il ruolo di Consulente
Assicurativo.

Siamo spiacenti di comunicarle che la sua candidatura non è stata selezionata per le fasi
successive.

Le auguriamo il meglio per il suo percorso professionale.

Team Selezione""",
        html=True,
    ),
    S(
        "rejection",
        "agency on behalf of client",
        "Feedback dal cliente",
        "Sara Conti <sara.conti@ponteworks.example>",
        """Ciao Sam,

il nostro cliente ha valutato i profili per la posizione di Responsabile Magazzino e ha
preferito proseguire con candidati con maggiore esperienza nel settore alimentare.

Ti terrò presente per altre opportunità.

Sara Conti
PonteWorks Selezione""",
    ),
    S(
        "rejection",
        "reply with quote",
        "R: Aggiornamenti sulla candidatura",
        "Luca Moretti <luca@studiotramonto.example>",
        """Ciao Sam,

grazie per il messaggio. Purtroppo abbiamo scelto un altro candidato per il ruolo di
Graphic Designer.

Un saluto,
Luca""",
        quoted="""Ciao Luca,

volevo sapere se ci sono novità sulla mia candidatura come Graphic Designer.

Grazie,
Sam""",
    ),
    S(
        "rejection",
        "mismatch + keep CV",
        "La tua candidatura - Data Engineer",
        "Gelsomino Tech <careers@gelsomino.example>",
        """Ciao Sam,

grazie per la candidatura. Il tuo profilo non è in linea con i requisiti di questa posizione
in questo momento.

Terremo il tuo CV nel nostro database per future ricerche.

Il team HR di Gelsomino""",
    ),
    S(
        "rejection",
        "neutral subject",
        "Aggiornamento",
        "Hotel Belvedere <lavora@hotelbelvedere.example>",
        """Gentile Sam,

dopo un'attenta valutazione, ci dispiace informarla che non daremo seguito alla sua
candidatura per il ruolo di Receptionist.

Cordiali saluti,
Hotel Belvedere""",
    ),
    S(
        "rejection",
        "not moving forward, usted",
        "Candidatura Contabile Senior",
        "Magazzini Faro <recruiting@faro.myworkday.com>",
        """Gentile Sam Rivera,

grazie per il suo interesse verso Magazzini Faro. Abbiamo esaminato la sua candidatura e
abbiamo deciso di non andare avanti con il suo profilo per questa posizione.

Talent Acquisition""",
    ),
    # --- hard negatives --------------------------------------------------------------------------
    S(
        "application_received",
        "confirmation with purtroppo",
        "Candidatura ricevuta",
        "Vetrolux <no-reply@vetrolux.teamtailor-mail.com>",
        """Ciao Sam,

abbiamo ricevuto la tua candidatura per Backend Developer, grazie! Purtroppo riceviamo
moltissime candidature e non possiamo rispondere a tutti subito, ma valuteremo il tuo
profilo con attenzione.

Il team di Vetrolux""",
    ),
    S(
        "interview",
        "invitation",
        "Invito a colloquio",
        "Marco Gallo <marco.gallo@finlario.example>",
        """Ciao Sam,

vorremmo invitarti a un colloquio conoscitivo per la posizione di Analista Finanziario. Che
disponibilità hai giovedì pomeriggio?

Marco""",
    ),
    S(
        "interview",
        "reschedule",
        "Spostamento colloquio",
        "Giulia Ferri <giulia.ferri@oleificio-sereni.example>",
        """Ciao Sam,

purtroppo dobbiamo spostare il colloquio di domani per un imprevisto. Ti andrebbe bene
lunedì alle 15?

Giulia""",
    ),
    S(
        "offer",
        "offer",
        "Proposta di assunzione",
        "Luca Moretti <luca@studiotramonto.example>",
        """Ciao Sam,

siamo felici di offrirti il ruolo di Graphic Designer! In allegato trovi la proposta di
assunzione con retribuzione e data di inizio.

Luca""",
    ),
    S(
        "other",
        "job alert",
        "Nuove offerte di lavoro per te",
        "LavoroOra <avvisi@lavoroora.example>",
        """Ciao Sam,

ecco 6 nuove offerte per te in base alla tua ricerca salvata:

Data Analyst - Gelsomino Tech
Backend Developer - Vetrolux""",
        headers=(("List-Unsubscribe", "<mailto:disiscriviti@lavoroora.example>"),),
    ),
    S(
        "other",
        "rental rejection",
        "Appartamento in via Manzoni",
        "Immobiliare Aurora <affitti@immoaurora.example>",
        """Gentile Sam,

purtroppo il proprietario dell'appartamento di via Manzoni ha scelto un altro inquilino per
il contratto di affitto.

Immobiliare Aurora""",
    ),
    S(
        "other",
        "conference paper",
        "Esito della sottomissione",
        "Comitato Scientifico SIDA <comitato@sida-conf.example>",
        """Gentile autore,

siamo spiacenti di comunicarle che il suo articolo non è stato accettato per la conferenza
SIDA 2025. In allegato trova i commenti dei revisori.

Il Comitato Scientifico""",
    ),
    S(
        "application_received",
        "still reviewing",
        "Stato della candidatura",
        "Cantieri Laguna HR <hr@cantierilaguna.example>",
        """Gentile Sam,

stiamo ancora valutando le candidature per la posizione di Disegnatore Tecnico. Le daremo un
riscontro entro la fine del mese.

Ufficio Risorse Umane""",
    ),
    S(
        "other",
        "candidate withdraws",
        "Ritiro candidatura",
        "Sam Rivera <sam.rivera@example.org>",
        """Gentile Giulia,

grazie per l'invito. Ho accettato un'altra offerta e desidero quindi ritirare la mia
candidatura.

Cordiali saluti,
Sam""",
    ),
]
