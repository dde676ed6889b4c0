import { fmt as fill } from '../i18n/strings';
import { causeLabels } from '../i18n/causes';

/** Dashboard text, Dutch first. Kept beside the dashboard so the side panel's strings stay small. */
export const dashNl = {
  title: 'Triade — teamdashboard',
  subtitle:
    'Elke klacht is een leerpunt voor de organisatie. Alles hieronder komt uit het lokale klachtenlogboek op deze computer.',
  period: {
    label: 'Periode',
    d7: '7 dagen',
    d30: '30 dagen',
    d90: '90 dagen',
    d365: '1 jaar',
    all: 'Alles',
  },
  unit: { day: 'per dag', week: 'per week', month: 'per maand' } as Record<string, string>,
  loading: 'Logboek lezen…',
  readError: 'Het logboek kon niet worden gelezen: {why}',
  exportCsv: 'Exporteer CSV',
  figures: 'Cijfers als tabel',
  count: 'Aantal',
  share: 'Aandeel',
  kpi: {
    cases: 'klachten en vragen',
    avoidable: 'te voorkomen',
    checklist: 'triadestappen gezet waar nodig',
    improved: 'klant positiever bij afronding',
    none: '—',
  },
  empty: {
    heading: 'Nog geen klachten in deze periode',
    how: 'Het dashboard vult zich vanzelf. Een klacht komt in het logboek zodra een medewerker een antwoord afrondt met “Afronden” in het zijpaneel, of een telefoongesprek beëindigt in de belmodus. Daarbij worden oorzaak, kanaal, type klant, de checklist, de stemming van de klant en aangeboden gebaren bewaard.',
    local:
      'Niets verlaat deze computer: het logboek staat alleen in deze browser. Wilt u de cijfers van het hele team zien? Laat medewerkers hun logboek exporteren (JSON) en importeer die bestanden hieronder bij “Logboek”.',
    longer: 'Er zijn wel oudere klachten: kies een langere periode.',
  },
  complaints: {
    title: 'Waarom klanten contact opnemen',
    dims: { cause: 'Oorzaak', channel: 'Kanaal', customerType: 'Type klant' } as Record<string, string>,
    totals: '{total} klachten en vragen, per {dim}',
    overTime: 'Verloop {unit}',
    other: 'Overige',
  },
  avoidable: {
    title: 'Vermijdbare contacten',
    lead: '{count} van {total} contacten ({share}) hadden voorkomen kunnen worden.',
    why: 'Vragen die een ander kanaal had kunnen beantwoorden, onduidelijke facturen of brieven, herhaalde vragen: meet ze, pak de oorzaak aan, en ze verdwijnen.',
    reasons: 'Waarom te voorkomen',
    none: 'Geen vermijdbare contacten in deze periode.',
  },
  checklist: {
    title: 'Welke stap wordt overgeslagen',
    lead: 'Meest overgeslagen: {item}, in {skipped} van de {needed} afgeronde antwoorden waar het nodig was.',
    allDone: 'Geen stap overgeslagen in deze periode.',
    bar: '{share} gedaan ({done} van {needed})',
    notNeeded: 'nooit nodig',
    item: 'Stap',
    needed: 'Nodig',
    done: 'Gedaan',
    skipped: 'Overgeslagen',
  },
  sentiment: {
    title: 'Stemming: eerste contact en afronding',
    lead: 'Gemiddelde stemming {first} bij het eerste contact, {close} bij afronding. {share} van de klanten eindigde positiever.',
    noPairs: 'Nog geen klachten met een stemming bij zowel begin als afronding.',
    first: 'Eerste contact',
    close: 'Afronding',
    labels: { negative: 'Negatief', neutral: 'Neutraal', positive: 'Positief' } as Record<string, string>,
    improved: 'Verbeterd',
    same: 'Gelijk',
    worse: 'Verslechterd',
  },
  violations: {
    title: '“Wat zeg je niet”: vaakst blijven staan',
    lead: 'In {cases} van {closed} afgeronde antwoorden bleef een zin staan die de klant kan kwetsen.',
    none: 'Geen gemarkeerde zinnen in afgeronde antwoorden. Mooi.',
  },
  gestures: {
    title: 'Gebaren boven verwachting',
    lead: 'In {cases} klachten bood de medewerker iets extra’s aan.',
    none: 'Nog geen gebaren vastgelegd. Een persoonlijk gebaar — een telefoontje van de manager, een recall na een maand — maakt van een klager een fan.',
  },
  causes: {
    ...causeLabels.nl,
    unknown: 'Niet ingevuld',
    unspecified: 'Geen reden opgegeven',
  } as Record<string, string>,
  channels: { email: 'E-mail', chat: 'Chat', phone: 'Telefoon', letter: 'Brief', in_person: 'Persoonlijk' } as Record<
    string,
    string
  >,
  unknownType: 'Niet ingevuld',
  packs: {
    title: 'Teampakketten met zinnen',
    intro:
      'Een teampakket voegt de eigen zinnen van je team toe aan het zijpaneel, en eventueel extra “wat zeg je niet”-regels. Het formaat staat in docs/phrase-packs.md.',
    import: 'Pakket importeren (.json)',
    none: 'Nog geen teampakketten geïnstalleerd.',
    cards: '{n} zinnen',
    card1: '1 zin',
    rules: '{n} regels',
    rule1: '1 regel',
    remove: 'Verwijderen',
    managed: 'ingesteld door je organisatie',
    installed: 'Pakket “{name}” is geïnstalleerd.',
    replaced: 'Pakket “{name}” is bijgewerkt.',
    refused: 'Pakket geweigerd, er is niets veranderd. Eerste fout: {error}',
    unreadable: 'Het bestand kon niet worden gelezen.',
  },
  log: {
    title: 'Logboek',
    intro:
      'Exporteer het logboek van deze computer, of importeer de exports van collega’s om de cijfers van het hele team te zien. Dezelfde klacht twee keer importeren telt niet dubbel.',
    exportJson: 'Exporteer logboek (JSON)',
    exportCsv: 'Exporteer alle klachten (CSV)',
    import: 'Logboek importeren (.json)',
    imported: '{cases} klachten geïmporteerd (met {notes} notities).',
    skipped:
      'Niet overschreven, want de versie hier is nieuwer (die is bewaard): {cases} klachten, {notes} notities, {reminders} herinneringen.',
    refused: 'Import geweigerd, er is niets veranderd: {error}',
  },
};

export type DashStrings = typeof dashNl;

export const dashEn: DashStrings = {
  title: 'Triade — team dashboard',
  subtitle: 'Every complaint is a lesson for the organisation. Everything below comes from the local case log on this computer.',
  period: { label: 'Period', d7: '7 days', d30: '30 days', d90: '90 days', d365: '1 year', all: 'All' },
  unit: { day: 'per day', week: 'per week', month: 'per month' },
  loading: 'Reading the case log…',
  readError: 'The case log could not be read: {why}',
  exportCsv: 'Export CSV',
  figures: 'Figures as a table',
  count: 'Count',
  share: 'Share',
  kpi: {
    cases: 'complaints and questions',
    avoidable: 'avoidable',
    checklist: 'triad steps taken where needed',
    improved: 'customer more positive at close',
    none: '—',
  },
  empty: {
    heading: 'No complaints in this period yet',
    how: 'The dashboard fills by itself. A case enters the log when an agent closes a reply with “Afronden” (Close) in the side panel, or ends a call in call mode. The cause, channel, customer type, checklist, customer mood and gestures offered are kept with it.',
    local:
      'Nothing leaves this computer: the log lives only in this browser. To see the whole team, have agents export their log (JSON) and import those files below under “Case log”.',
    longer: 'There are older cases: pick a longer period.',
  },
  complaints: {
    title: 'Why customers get in touch',
    dims: { cause: 'Cause', channel: 'Channel', customerType: 'Customer type' },
    totals: '{total} complaints and questions, by {dim}',
    overTime: 'Over time, {unit}',
    other: 'Other',
  },
  avoidable: {
    title: 'Avoidable contacts',
    lead: '{count} of {total} contacts ({share}) could have been prevented.',
    why: 'Questions another channel could have answered, unclear invoices or letters, repeat questions: measure them, fix the cause, and they go away.',
    reasons: 'Why avoidable',
    none: 'No avoidable contacts in this period.',
  },
  checklist: {
    title: 'Which step gets skipped',
    lead: 'Skipped most: {item}, in {skipped} of the {needed} closed replies that needed it.',
    allDone: 'No step skipped in this period.',
    bar: '{share} done ({done} of {needed})',
    notNeeded: 'never needed',
    item: 'Step',
    needed: 'Needed',
    done: 'Done',
    skipped: 'Skipped',
  },
  sentiment: {
    title: 'Mood: first contact and close',
    lead: 'Mean mood {first} at first contact, {close} at close. {share} of customers ended more positive.',
    noPairs: 'No cases yet with a mood at both first contact and close.',
    first: 'First contact',
    close: 'Close',
    labels: { negative: 'Negative', neutral: 'Neutral', positive: 'Positive' },
    improved: 'Improved',
    same: 'Same',
    worse: 'Worse',
  },
  violations: {
    title: '“What not to say”: left in most often',
    lead: 'In {cases} of {closed} closed replies a phrase that can hurt the customer was left in.',
    none: 'No flagged phrases in closed replies. Well done.',
  },
  gestures: {
    title: 'Gestures beyond expectations',
    lead: 'In {cases} cases the agent offered something extra.',
    none: 'No gestures recorded yet. A personal gesture — a call from the manager, a check-in a month later — turns a complainer into a fan.',
  },
  causes: {
    ...causeLabels.en,
    unknown: 'Not filled in',
    unspecified: 'No reason given',
  },
  channels: { email: 'E-mail', chat: 'Chat', phone: 'Phone', letter: 'Letter', in_person: 'In person' },
  unknownType: 'Not filled in',
  packs: {
    title: 'Team phrase packs',
    intro:
      "A team phrase pack adds your team's own lines to the side panel, and optionally extra “what not to say” rules. The format is in docs/phrase-packs.md.",
    import: 'Import pack (.json)',
    none: 'No team phrase packs installed yet.',
    cards: '{n} lines',
    card1: '1 line',
    rules: '{n} rules',
    rule1: '1 rule',
    remove: 'Remove',
    managed: 'set by your organisation',
    installed: 'Pack “{name}” installed.',
    replaced: 'Pack “{name}” updated.',
    refused: 'Pack refused, nothing changed. First problem: {error}',
    unreadable: 'The file could not be read.',
  },
  log: {
    title: 'Case log',
    intro:
      "Export this computer's case log, or import colleagues' exports to see the whole team. Importing the same case twice does not count it twice.",
    exportJson: 'Export case log (JSON)',
    exportCsv: 'Export all cases (CSV)',
    import: 'Import case log (.json)',
    imported: '{cases} cases imported (with {notes} notes).',
    skipped:
      'Not overwritten, because the copy here is newer (it was kept): {cases} cases, {notes} notes, {reminders} reminders.',
    refused: 'Import refused, nothing changed: {error}',
  },
};

// The one placeholder filler of the UI (unknown slots stay visible so a missing value is noticed).
export { fill };
