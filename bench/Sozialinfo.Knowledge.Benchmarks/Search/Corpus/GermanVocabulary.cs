namespace Sozialinfo.Knowledge.Benchmarks.Search.Corpus;

/// <summary>
/// Word lists for the synthetic corpus, taken from the seed dossiers (content-seed/content/dossiers), ordered by how
/// often the seed uses them, so the Zipf rank follows the real texts: the first words land in most articles.
/// </summary>
internal static class GermanVocabulary
{
    /// <summary>Function words; they make sentences read like German and are what the analyser drops as stop words.</summary>
    public static readonly string[] FunctionWords =
    [
        "die", "der", "und", "in", "zu", "den", "das", "nicht", "von", "sie", "ist", "des", "sich", "mit", "dem",
        "dass", "er", "es", "ein", "ich", "auf", "so", "eine", "auch", "als", "an", "nach", "wie", "im", "für",
        "wird", "kann", "oder", "werden", "bei", "aus", "sind", "einer", "über", "wenn", "nur", "noch", "vor", "zum",
        "zur", "durch", "ohne", "etwa", "aber", "haben", "muss", "soll", "sowie", "damit", "welche",
    ];

    /// <summary>Content words of the seed dossiers, most frequent first.</summary>
    public static readonly string[] ContentWords =
    [
        "Daten", "Datenschutz", "Beratung", "Adressat", "Online", "Organisation", "Fachpersonen", "Arbeit", "Klient",
        "Person", "Sprache", "Organisationen", "Menschen", "besonders", "Anbieter", "Digital", "digitale",
        "Werkzeuge", "zeigt", "Angebot", "Beispiel", "Vorhaben", "Fragen", "Praxis", "Messenger", "Vertrag",
        "Stellen", "Sozialen", "Schweiz", "Schritt", "Massnahmen", "Einwilligung", "Dossier", "Beitrag", "Plattform",
        "viele", "Vorstand", "Zugang", "Personendaten", "Kosten", "Angebote", "klären", "kantonalen", "digitalen",
        "Schweigepflicht", "Richtlinie", "Regeln", "Partizipation", "Auftragsbearbeitung", "nutzen", "gemeinsam",
        "finden", "erlaubt", "durch", "deshalb", "Information", "Cloud", "Anforderungen", "zeigen", "prüfen",
        "ausdrücklich", "Werkzeug", "Schulung", "Regel", "Fallführungssoftware", "Datenschutzgesetz", "Auftrag",
        "verlangt", "führen", "folgende", "einfacher", "dafür", "Website", "Transparenz", "Strategie", "Software",
        "Risiken", "Personen", "Hinweise", "Grenzen", "Fachperson", "Erfahrungen", "Einsatz", "kurze", "eigene",
        "bleibt", "bearbeitet", "Videoberatung", "Verantwortung", "Rollen", "Recht", "Mitarbeitenden", "Leitung",
        "Inhalte", "Informationen", "EDÖB", "Bearbeitungsverzeichnis", "Bearbeitung", "Anmeldung", "Alltag", "steht",
        "lassen", "gegenüber", "Zielgruppe", "Ratsuchende", "Mitarbeitende", "Liste", "Gespräch", "Gesetz",
        "Berufskodex", "gelten", "gehört", "braucht", "Texte", "Pflichten", "Krisen", "Kanäle", "Hürden", "Frage",
        "Folgenabschätzung", "Erreichbarkeit", "Behörden", "Barrierefreiheit", "Ausland", "Übersicht", "sollten",
        "sollte", "revDSG", "nötig", "niemand", "möglich", "mehreren", "lesen", "gehören", "bietet", "Zweck",
        "Verzeichnis", "Unterlagen", "Teams", "Sozialhilfe", "Schweizer", "Risiko", "Ressourcen", "Kommunikation",
        "Hilfe", "Fachliche", "Einführung", "Digitalisierung", "Budget", "verpflichtet", "sichtbar", "selten",
        "schützenswerte", "schreiben", "müssen", "kleine", "informieren", "heute", "halten", "gespeichert",
        "digitalstrategie", "Zugänge", "Unterstützung", "Technik", "System", "Support", "Stelle", "Soziale",
        "Rahmen", "Private", "Microsoft", "Merkblätter", "Leistungen", "Kanton", "Geräte", "Ergebnis",
        "Entscheidung", "Datensicherheit", "Coaches", "AvenirSocial", "Auftragsbearbeiter", "vielen", "sowie",
        "sofort", "schützenswert", "offen", "neuen", "meist", "liegen", "kommen", "keinen", "jeder", "festlegen",
        "fachlich", "eigenen", "damit", "bleiben", "bieten", "Zugriff", "Verträge", "Prüfung", "Pflicht", "Organe",
        "Kernteam", "Kanal", "Jugendliche", "Grundlagen", "Grundlage", "Gemeinden", "Finanzierung", "Dienste",
        "Betrieb", "Beteiligung", "Beratungsstelle", "Bekanntgabe", "Aufwand", "Artikel", "übertragen",
        "Öffentliche", "zusammen", "wissen", "versteht", "unterstützt", "unterstehen", "sammeln", "revidierte",
        "regelmässig", "priorisieren", "mittel", "kommt", "jedes", "hilft", "heisst", "genügt", "genutzt", "fragt",
        "ersetzt", "einfache", "arbeiten", "anonyme", "anderen", "Weiterbildung", "Vorgehen", "Verwaltung",
        "Tabelle", "Sprachen", "Sozialdienste", "Sozialdienst", "Sicherheit", "Schutz", "Schritten", "Rückmeldungen",
        "Rechte", "Phase", "Orientierung", "Methoden", "Mailberatung", "Leistungsvertrag", "Kriterien", "Kategorien",
        "Hosting", "Grundsätze", "Gespräche", "Funktionen", "Formen", "Empfänger", "Eingaben", "Dimension",
        "Betreuung", "Berufsethik", "Berichte", "Auswahl", "Überblick", "wichtigsten", "verwendet", "teilhabe",
        "sprechen", "solche", "sechs", "passt", "ohnehin", "mehrere", "lässt", "kurzfristig", "kommunizieren",
        "kleinen", "klare", "kantonale", "interne", "gestalten", "gesetzliche", "geschieht", "erkennen", "brauchen",
        "bestimmte", "Voraussetzungen", "Video", "Verschlüsselung", "Training", "Stiftungen", "Schritte", "Punkte",
        "Projekt", "Problem", "Monate", "Merkblatt", "Machbarkeit", "Kontrolle", "Konditionen", "Kompetenzen",
        "Jahren", "Intervision", "Institutionen", "Informationspflicht", "Geschäftsleitung", "Fallführung",
        "Falldokumentation", "Evaluation", "Erstgespräch", "Ergebnisse", "Entwicklung", "Entscheidungen", "Design",
        "Datenklassen", "Checkliste", "Beträge", "Betroffene", "Beispiele", "Antworten", "Anliegen", "Angeboten",
        "Achten", "überprüfen", "öffentliche", "zusätzlich", "zuerst", "zudem", "während", "wichtig", "weniger",
        "wenig", "weder", "verstehen", "verboten", "verantwortlich", "ungeeignet", "technische", "tatsächlich",
        "systematisch", "stehen", "später", "sicheren", "sichere", "schützenswerten", "schützen", "schon", "schnell",
        "rasch", "privaten", "machen", "läuft", "kritisch", "konkret", "kennt", "kennen", "jährlich", "jemand",
        "jederzeit", "inklusive", "informiert", "häufig", "geprüft", "gedacht", "fünf", "funktioniert", "freiwillig",
        "folgenden", "findet", "ersten", "erreichen", "erhalten", "erfüllen", "erfahren", "entwerfen", "entscheidet",
        "entscheiden", "eingegeben", "eingeführt", "einbringen", "durchführen", "direkt", "dauerhaft", "darauf",
        "danach", "bringt", "bringen", "bewusste", "bewerten", "besteht", "beraten", "bedeutet", "automatisierten",
        "anzupassen", "allgemeine", "allem", "Werkzeugen", "Websites", "Vorgaben", "Upload", "Systeme", "Stufen",
        "Stiftungsrat", "Start", "Standortbestimmung", "Standard", "Situation", "Sicht", "Servicezeiten",
        "Rückfragen", "Rolle", "Roadmap", "Reihenfolge", "Ratsuchenden", "Quellen", "Qualitätsstandards", "Projekte",
        "Nutzung", "Namen", "Nachricht", "Monaten", "Massnahme", "Lösung", "Leitbild", "Leichte", "Konzept", "Konto",
        "Konten", "Kantone", "Jahre", "Gesundheit", "Gerät", "Empfehlung", "Einzelfall", "Dokumentation",
        "Dienstleister", "Datenstandort", "Bildschirm", "Bilder", "Bewährt", "Beteiligten", "Berufsgeheimnis",
        "Beratungsstellen", "Beratende", "Auswertung", "Austausch", "Ausgrenzung", "Aufwände", "Antwort",
        "Anonymität", "Angehörige", "Angaben", "Adresse", "überhaupt", "öffentlichen", "Übersetzungen", "zweite",
        "zusätzliche", "zusammenfassen", "wirken", "wiederkehrende", "weiter", "warum", "verständlich",
        "verschiedenen", "vereinbaren", "verantwortliche", "trägt", "trifft", "testen", "stellt",
    ];

    /// <summary>First parts of compounds; with <see cref="CompoundTails"/> they form the long tail (Datenschutzgesetz).</summary>
    public static readonly string[] CompoundHeads =
    [
        "Datenschutz", "Daten", "Klienten", "Beratungs", "Sozial", "Fach", "Online", "Digital", "Schutz", "Fall",
        "Jugend", "Familien", "Team", "Vorstands", "Kantons", "Gemeinde", "Stiftungs", "Software", "Video", "Chat",
        "Sicherheits", "Qualitäts", "Projekt", "Budget", "Strategie", "Weiterbildungs", "Einwilligungs", "Zugangs",
        "Partizipations", "Kommunikations", "Medien", "Lern", "Verwaltungs", "Behörden", "Leistungs", "Migrations",
        "Alters", "Schul", "Sucht", "Arbeits",
    ];

    /// <summary>Second parts of compounds.</summary>
    public static readonly string[] CompoundTails =
    [
        "gesetz", "konzept", "stelle", "akte", "plattform", "richtlinie", "verzeichnis", "schulung", "prozess",
        "leitfaden", "vorlage", "kompetenz", "verantwortung", "kanal", "anbieter", "vertrag", "strategie", "bericht",
        "einschätzung", "analyse", "portal", "werkzeug", "team", "leitung", "ordnung", "massnahme", "planung",
        "beratung", "dokumentation", "verfahren", "standard", "system", "zugang", "sprache", "kultur", "recht",
        "budget", "kosten", "pflicht", "check",
    ];

    /// <summary>Digital-Check dimensions (tag <c>dc-dimension:key</c>).</summary>
    public static readonly string[] Dimensions =
    [
        "strategie", "fachpraxis", "datenschutz", "adressaten", "kompetenzen", "oeffentlichkeit", "infrastruktur",
        "finanzierung", "kooperation",
    ];

    /// <summary>Formats (tag <c>format:key</c>).</summary>
    public static readonly string[] Formats =
    [
        "artikel", "leitfaden", "checkliste", "vorlage", "workshop", "referat", "weiterbildung", "beratung",
    ];

    /// <summary>Topics (tag <c>thema:key</c>), as in the seed.</summary>
    public static readonly string[] Topics =
    [
        "ndsg", "digitalstrategie", "ki-ethik", "schweigepflicht", "priorisierung", "digitale-teilhabe",
        "online-beratung", "change", "digitalkompetenz", "berufsethik", "auftragsbearbeitung", "wirkung",
        "videoberatung", "naehe-distanz", "ki-strategie", "governance", "einwilligung", "digital-coach", "budget",
        "bearbeitungsverzeichnis", "barrierefreiheit", "weiterbildung", "supervision", "sozialpolitik",
        "software-auswahl", "partizipation", "messenger", "falldokumentation", "einfache-sprache", "dsfa",
    ];
}
