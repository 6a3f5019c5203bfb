"""Dutch held-out samples (invented): rejections in many styles and hard negatives."""

from bench.heldout import Sample as S

SAMPLES = [
    S(
        "rejection",
        "short ATS template",
        "Je sollicitatie bij Polderpixel",
        "Polderpixel <no-reply@polderpixel.recruitee.com>",
        """Hoi Sam,

Bedankt voor je sollicitatie als Frontend Developer. We hebben je profiel bekeken en
besloten om je sollicitatie niet verder in behandeling te nemen.

Groet,
Team Polderpixel""",
    ),
    S(
        "rejection",
        "warm after interview",
        "Terugkoppeling gesprek",
        "Eva de Boer <eva.deboer@kanaalzicht.example>",
        """Hoi Sam,

Nogmaals dank voor het fijne gesprek van vorige week. We hebben lang getwijfeld, maar we
hebben uiteindelijk de keuze gemaakt voor iemand met meer ervaring in de zorgsector.

Ik snap dat dit teleurstellend is. Als je wilt, bel ik je graag om wat meer toelichting te
geven.

Hartelijke groet,
Eva""",
    ),
    S(
        "rejection",
        "position filled",
        "Je sollicitatie",
        "Gemeente Westerveen <werkenbij@westerveen.example>",
        """Beste Sam,

Bedankt voor je interesse in de functie Beleidsmedewerker Wonen. Inmiddels is de vacature
vervuld.

Wij wensen je veel succes bij het vinden van een nieuwe baan.

Team Werving en Selectie""",
    ),
    S(
        "rejection",
        "role cancelled",
        "Update over de vacature Teamleider",
        "Ruben Visser <ruben.visser@dijkstra-bouw.example>",
        """Beste Sam,

Door een reorganisatie is besloten de vacature Teamleider Uitvoering in te trekken. We
moeten de procedure daarom stopzetten, ook voor jou.

Dit heeft niets met jouw kwaliteiten te maken. Het ga je goed!

Ruben""",
    ),
    S(
        "rejection",
        "not selected HTML",
        "Uitslag selectie",
        "Zilverlijn Verzekeringen <recruitment@zilverlijn.example>",
        """Beste heer Rivera,

Hartelijk dank voor uw sollicitatie naar de functie Schadebehandelaar.

Na zorgvuldige overweging moeten wij u helaas laten weten dat u niet bent geselecteerd voor
een gesprek.

Wij wensen u veel succes in uw verdere loopbaan.

Afdeling HR""",
        html=True,
    ),
    S(
        "rejection",
        "agency on behalf of client",
        "Reactie van de opdrachtgever",
        "Sanne Bakker <sanne@werkbrug.example>",
        """Hoi Sam,

Ik heb reactie gehad van mijn opdrachtgever over de rol van Financial Controller. Zij kiezen
ervoor om verder te gaan met kandidaten die meer ervaring hebben met IFRS.

Ik houd je op de hoogte van nieuwe opdrachten.

Sanne
Werkbrug Detachering""",
    ),
    S(
        "rejection",
        "reply with quote",
        "RE: Stand van zaken sollicitatie",
        "Jeroen Smit <jeroen@koffiebrander-smit.example>",
        """Hoi Sam,

Dank voor je bericht. Helaas hebben we voor iemand anders gekozen voor de functie van
Marketeer.

Groet,
Jeroen""",
        quoted="""Hoi Jeroen,

Ik vroeg me af of er al nieuws is over mijn sollicitatie als Marketeer.

Groet,
Sam""",
    ),
    S(
        "rejection",
        "mismatch + keep on file",
        "Jouw sollicitatie bij Fietsfabriek Noord",
        "Fietsfabriek Noord <hr@fietsfabrieknoord.example>",
        """Beste Sam,

Bedankt voor je sollicitatie. Je profiel sluit helaas niet goed genoeg aan bij wat we voor
deze functie zoeken.

Met jouw toestemming bewaren we je cv een jaar in onze database.

Met vriendelijke groet,
HR Fietsfabriek Noord""",
    ),
    S(
        "rejection",
        "neutral subject",
        "Update",
        "Lindehof Zorggroep <sollicitaties@lindehof.example>",
        """Beste Sam,

Na het bekijken van alle sollicitaties voor de functie Verpleegkundige hebben we besloten
je niet uit te nodigen voor een gesprek.

Met vriendelijke groet,
Lindehof Zorggroep""",
    ),
    S(
        "rejection",
        "decision not in your favour",
        "Je sollicitatie bij Datadijk",
        "Datadijk <jobs@datadijk.example>",
        """Hoi Sam,

Bedankt voor je tijd en energie in ons proces. Helaas is de beslissing niet in jouw voordeel
uitgevallen: we gaan niet met je verder voor de rol van Data Engineer.

Veel succes met je zoektocht!
Datadijk""",
    ),
    # --- hard negatives -------------------------------------------------------------------------
    S(
        "application_received",
        "confirmation with helaas",
        "Ontvangstbevestiging",
        "Gemeente Westerveen <werkenbij@westerveen.example>",
        """Beste Sam,

Wij hebben je sollicitatie goed ontvangen. Helaas kunnen we door het grote aantal reacties
niet iedereen direct antwoorden; je hoort binnen drie weken van ons.

Team Werving en Selectie""",
    ),
    S(
        "interview",
        "invitation",
        "Uitnodiging sollicitatiegesprek",
        "Eva de Boer <eva.deboer@kanaalzicht.example>",
        """Hoi Sam,

We willen je graag uitnodigen voor een kennismakingsgesprek op dinsdag 11 maart om 14:00.
Laat je weten of dat schikt?

Eva""",
    ),
    S(
        "interview",
        "reschedule",
        "Gesprek verzetten",
        "Ruben Visser <ruben.visser@dijkstra-bouw.example>",
        """Beste Sam,

Helaas moeten we ons gesprek van donderdag verzetten. Zou vrijdag om 10 uur ook kunnen?

Ruben""",
    ),
    S(
        "offer",
        "offer",
        "Aanbod Data Engineer",
        "Datadijk <jobs@datadijk.example>",
        """Hoi Sam,

Goed nieuws: we willen je graag een aanbod doen voor de rol van Data Engineer! In de bijlage
vind je het contractvoorstel met salaris en startdatum.

Datadijk""",
    ),
    S(
        "other",
        "job alert",
        "Nieuwe vacatures voor jou",
        "Vacaturekompas <alerts@vacaturekompas.example>",
        """Hoi Sam,

Er zijn 7 nieuwe vacatures die passen bij je zoekopdracht:

Data Analist - Datadijk
BI Developer - Zilverlijn""",
        headers=(("List-Unsubscribe", "<mailto:afmelden@vacaturekompas.example>"),),
    ),
    S(
        "other",
        "rental rejection",
        "Woning Prinsengracht",
        "Makelaardij Roos <verhuur@makelaardijroos.example>",
        """Beste Sam,

Bedankt voor je interesse in de woning aan de Prinsengracht. Helaas heeft de verhuurder voor
een andere huurder gekozen.

Makelaardij Roos""",
    ),
    S(
        "other",
        "membership rejection",
        "Aanvraag lidmaatschap",
        "Tennisvereniging De Linde <secretariaat@tvdelinde.example>",
        """Beste Sam,

Helaas kunnen we je aanvraag voor een lidmaatschap op dit moment niet honoreren, omdat er een
wachtlijst is.

Het bestuur""",
    ),
    S(
        "application_received",
        "still reviewing",
        "Stand van zaken",
        "Zilverlijn Verzekeringen <recruitment@zilverlijn.example>",
        """Beste heer Rivera,

Wij zijn nog bezig met het beoordelen van alle sollicitaties en verwachten u volgende week
meer te kunnen vertellen.

Afdeling HR""",
    ),
    S(
        "other",
        "candidate withdraws",
        "Intrekken sollicitatie",
        "Sam Rivera <sam.rivera@example.org>",
        """Beste Eva,

Dank voor de uitnodiging. Ik heb inmiddels een andere baan aangenomen en trek daarom mijn
sollicitatie in.

Groet,
Sam""",
    ),
]
