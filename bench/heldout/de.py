"""German held-out samples (invented): rejections in many styles and hard negatives."""

from bench.heldout import Sample as S

SAMPLES = [
    S(
        "rejection",
        "short ATS template",
        "Ihre Bewerbung bei Lindqvist Maschinenbau",
        "Lindqvist Maschinenbau <jobs@lindqvist.jobs.personio.de>",
        """Sehr geehrter Herr Rivera,

vielen Dank für Ihre Bewerbung als Konstrukteur (m/w/d). Nach Prüfung Ihrer Unterlagen
müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Verfahren nicht berücksichtigen
können.

Mit freundlichen Grüßen
Ihr Recruiting-Team""",
    ),
    S(
        "rejection",
        "warm after interview, du",
        "Rückmeldung zu unserem Gespräch",
        "Carla Henning <carla.henning@fuchsbau-software.example>",
        """Hallo Sam,

danke dir noch einmal für das offene Gespräch am Dienstag, wir hatten wirklich Spaß mit dir.
Wir haben lange hin und her überlegt und uns am Ende für jemanden entschieden, der schon
mehr Erfahrung mit Kubernetes im Betrieb mitbringt.

Ich weiß, das ist nicht die Nachricht, auf die du gehofft hast. Wenn du magst, gebe ich dir
gern telefonisch ein paar Eindrücke aus dem Team weiter.

Viele Grüße
Carla""",
    ),
    S(
        "rejection",
        "position filled",
        "Ihre Bewerbung",
        "Stadtwerke Hallbach Personal <personal@stadtwerke-hallbach.example>",
        """Sehr geehrte Damen und Herren,

wir bedanken uns für Ihr Interesse an der Position Sachbearbeitung Buchhaltung. Die Stelle
konnte zwischenzeitlich besetzt werden.

Ihre Unterlagen werden gemäß Datenschutz nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Stadtwerke Hallbach""",
    ),
    S(
        "rejection",
        "role cancelled",
        "Information zur Stelle Projektleitung",
        "Tobias Ahrens <t.ahrens@nordlicht-energie.example>",
        """Hallo Herr Rivera,

aufgrund einer internen Umstrukturierung wurde die ausgeschriebene Stelle Projektleitung
Netzausbau leider gestrichen. Wir können den Bewerbungsprozess daher nicht fortsetzen.

Das hat nichts mit Ihrer Qualifikation zu tun. Wir wünschen Ihnen für Ihre weitere
berufliche Zukunft alles Gute.

Beste Grüße
Tobias Ahrens""",
    ),
    S(
        "rejection",
        "not a match, decided otherwise",
        "Deine Bewerbung bei Klarwerk",
        "Klarwerk <hello@klarwerk.recruitee.com>",
        """Hi Sam,

vielen Dank für deine Bewerbung als UX Researcher bei Klarwerk. Wir haben uns dein Profil
genau angesehen, aber leider passt es aktuell nicht zu dem, was wir für diese Rolle suchen.

Wir wünschen dir viel Erfolg bei der Suche!
Dein Klarwerk-Team""",
    ),
    S(
        "rejection",
        "agency on behalf of client",
        "Rückmeldung von unserem Kunden",
        "Miriam Kohl <m.kohl@talentwerk-personal.example>",
        """Guten Tag Herr Rivera,

unser Kunde hat sich Ihr Profil angesehen und sich entschieden, den Prozess mit anderen
Kandidaten fortzuführen, die mehr Branchenerfahrung im Automobilbereich mitbringen.

Ich melde mich gerne bei Ihnen, sobald ich eine passende Vakanz habe.

Freundliche Grüße
Miriam Kohl
Talentwerk Personalberatung""",
    ),
    S(
        "rejection",
        "HTML only Absage",
        "Ihre Bewerbung als Controller (m/w/d)",
        "Helmbrecht Gruppe <karriere@helmbrecht.example>",
        """Sehr geehrter Herr Rivera,

herzlichen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem
Unternehmen.

Nach sorgfältiger Prüfung müssen wir Ihnen leider eine Absage erteilen. Diese Entscheidung
ist uns angesichts Ihrer Qualifikation nicht leichtgefallen.

Für Ihren weiteren Berufsweg wünschen wir Ihnen viel Erfolg.

Ihre Helmbrecht Gruppe""",
        html=True,
    ),
    S(
        "rejection",
        "keep in talent pool",
        "Ihre Bewerbung – Update",
        "Brandt & Söhne HR <hr@brandt-soehne.example>",
        """Sehr geehrter Herr Rivera,

leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung für die Position Vertriebsinnendienst
nicht weiter verfolgen werden.

Gerne würden wir Ihr Profil in unseren Talentpool aufnehmen, um Sie bei künftigen Vakanzen
zu kontaktieren.

Mit freundlichen Grüßen
Personalabteilung Brandt & Söhne""",
    ),
    S(
        "rejection",
        "reply with quote",
        "AW: Nachfrage zum Stand meiner Bewerbung",
        "Jana Pohl <jana.pohl@wiesentaler.example>",
        """Hallo Herr Rivera,

danke für Ihre Nachfrage. Leider haben wir uns im Auswahlprozess für eine andere Bewerberin
entschieden.

Viele Grüße
Jana Pohl""",
        quoted="""Hallo Frau Pohl,

ich wollte mich kurz nach dem Stand meiner Bewerbung als Einkäufer erkundigen.

Viele Grüße
Sam Rivera""",
    ),
    S(
        "rejection",
        "no positive answer wording",
        "Bewerbung Junior Data Analyst",
        "Auriga Versand <jobs@auriga-versand.example>",
        """Hallo Sam,

danke, dass du dich bei uns beworben hast. Wir haben viele spannende Bewerbungen erhalten
und uns nach reiflicher Überlegung dazu entschlossen, andere Profile weiterzuverfolgen.

Alles Gute für deine Jobsuche!
Team Auriga""",
    ),
    S(
        "rejection",
        "process stopped, position on hold",
        "Stand Ihrer Bewerbung",
        "Felix Barth <felix.barth@seeblick-kliniken.example>",
        """Sehr geehrter Herr Rivera,

wir möchten Sie darüber informieren, dass die Besetzung der Stelle Stationsleitung bis auf
Weiteres auf Eis gelegt wurde. Ihre Bewerbung können wir daher leider nicht weiter
berücksichtigen.

Mit freundlichen Grüßen
Felix Barth""",
    ),
    # --- hard negatives --------------------------------------------------------------------------
    S(
        "application_received",
        "confirmation with leider",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Helmbrecht Gruppe <karriere@helmbrecht.example>",
        """Sehr geehrter Herr Rivera,

vielen Dank für Ihre Bewerbung als Controller (m/w/d). Ihre Unterlagen sind bei uns
eingegangen. Aufgrund der Vielzahl an Bewerbungen können wir leider nicht sofort antworten,
wir melden uns aber so schnell wie möglich bei Ihnen.

Ihre Helmbrecht Gruppe""",
    ),
    S(
        "interview",
        "invitation",
        "Einladung zum Vorstellungsgespräch",
        "Stadtwerke Hallbach Personal <personal@stadtwerke-hallbach.example>",
        """Sehr geehrter Herr Rivera,

wir freuen uns, Sie zu einem persönlichen Gespräch am 12. März um 10:00 Uhr einzuladen.
Bitte bestätigen Sie den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Stadtwerke Hallbach""",
    ),
    S(
        "interview",
        "reschedule with leider",
        "Terminverschiebung",
        "Carla Henning <carla.henning@fuchsbau-software.example>",
        """Hallo Sam,

leider müssen wir unser Gespräch am Donnerstag verschieben, weil unser CTO kurzfristig
verreisen muss. Passt dir stattdessen Montag um 11 Uhr?

Viele Grüße
Carla""",
    ),
    S(
        "offer",
        "offer",
        "Unser Angebot für dich",
        "Klarwerk <hello@klarwerk.recruitee.com>",
        """Hi Sam,

wir freuen uns riesig, dir die Stelle als UX Researcher anbieten zu können! Den
Arbeitsvertrag findest du im Anhang, als Startdatum schlagen wir den 1. Mai vor.

Dein Klarwerk-Team""",
    ),
    S(
        "other",
        "job alert",
        "Neue Jobs für dich: Data Analyst",
        "Jobfuchs Jobagent <jobagent@jobfuchs.example>",
        """Hallo Sam,

wir haben 8 neue Stellenangebote gefunden, die zu deinem Suchprofil passen:

Data Analyst – Auriga Versand
BI Entwickler – Nordlicht Energie

Leider sind zwei deiner gemerkten Stellen nicht mehr verfügbar.""",
        headers=(("List-Unsubscribe", "<https://jobfuchs.example/abmelden>"),),
    ),
    S(
        "other",
        "rental rejection",
        "Ihre Anfrage zur Wohnung Lindenstraße 4",
        "Hausverwaltung Kranz <info@hv-kranz.example>",
        """Sehr geehrter Herr Rivera,

vielen Dank für Ihr Interesse an der Wohnung in der Lindenstraße 4. Leider hat sich der
Vermieter für einen anderen Mietinteressenten entschieden.

Mit freundlichen Grüßen
Hausverwaltung Kranz""",
    ),
    S(
        "other",
        "grant rejection",
        "Ihr Förderantrag 2025-117",
        "Stiftung Kulturraum <foerderung@kulturraum-stiftung.example>",
        """Sehr geehrter Herr Rivera,

leider müssen wir Ihnen mitteilen, dass Ihr Förderantrag in dieser Runde nicht
berücksichtigt werden konnte. Die Zahl der Anträge überstieg die verfügbaren Mittel deutlich.

Mit freundlichen Grüßen
Stiftung Kulturraum""",
    ),
    S(
        "other",
        "university admission",
        "Bescheid über Ihre Bewerbung um einen Studienplatz",
        "Studierendensekretariat <zulassung@uni-brelingen.example>",
        """Sehr geehrter Herr Rivera,

leider können wir Ihnen für den Masterstudiengang Informatik zum Sommersemester keinen
Studienplatz anbieten. Den Ablehnungsbescheid finden Sie in Ihrem Bewerbungsportal.

Studierendensekretariat""",
    ),
    S(
        "other",
        "candidate withdraws",
        "Rückzug meiner Bewerbung",
        "Sam Rivera <sam.rivera@example.org>",
        """Sehr geehrte Frau Pohl,

hiermit ziehe ich meine Bewerbung als Einkäufer zurück, da ich mich für ein anderes Angebot
entschieden habe. Vielen Dank für Ihre Zeit.

Mit freundlichen Grüßen
Sam Rivera""",
    ),
    S(
        "application_received",
        "still reviewing",
        "Zwischenstand Ihrer Bewerbung",
        "Brandt & Söhne HR <hr@brandt-soehne.example>",
        """Sehr geehrter Herr Rivera,

wir möchten Ihnen einen kurzen Zwischenstand geben: Wir sichten derzeit noch alle
Bewerbungen und werden uns voraussichtlich in zwei Wochen bei Ihnen melden.

Mit freundlichen Grüßen
Personalabteilung Brandt & Söhne""",
    ),
]
