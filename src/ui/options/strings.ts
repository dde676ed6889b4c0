import { fmt as fill } from '../i18n/strings';
import type { UiLang } from '../i18n/ui-lang';
/** Options page text, Dutch first. The page follows the same UI language as the side panel (storage.local.uiLang). */
export const optionsNl = {
  title: 'Triade — instellingen',
  intro: 'Alles hier wordt alleen in deze browser bewaard.',
  saved: 'Opgeslagen',

  langHeading: 'Taal',
  langLead: 'De taal van het zijpaneel, het dashboard en deze pagina. De zinnen voor de klant volgen de taal van de klant.',
  langNl: 'Nederlands',
  langEn: 'English',
  beforeSendHeading: 'Herinnering vóór verzenden',
  beforeSendLead:
    'Staat er bij het verzenden nog een zin in je antwoord die Triade liever anders ziet, dan houdt Triade de eerste klik op Verzenden één keer tegen en zegt het zijpaneel waarom. Nog een keer klikken verstuurt toch. Alleen op Gmail, Outlook, Zendesk en Freshdesk, en alleen met het zijpaneel open.',
  beforeSendToggle: 'Herinner me vóór verzenden (staat standaard uit)',

  engineHeading: 'Analyse',
  engineLead:
    'Hoe Triade het bericht van de klant leest. Het lexicon werkt altijd; het model voegt een inschatting van de toon toe.',
  engineModel: 'Model + lexicon (aanbevolen)',
  engineLexicon: 'Alleen lexicon (geen model laden)',
  modelHeading: 'Sentimentmodel',
  defaultModel: 'Standaardmodel',
  bundled: 'meegeleverd',
  notBundled: 'niet meegeleverd',
  testModel: 'testmodel (gegenereerd), meegeleverd',
  custom: 'Ander model (id van de Hugging Face Hub)…',
  customLabel: 'Model-id, bijvoorbeeld eigenaar/naam',
  customInvalid: 'Geef een id als eigenaar/naam.',
  download: 'Model downloaden van huggingface.co toestaan als het niet is meegeleverd',
  privacy:
    'Het enige netwerkverkeer dat Triade kan veroorzaken, is het downloaden van de modelbestanden van huggingface.co, en alleen als je dat hier toestaat. Geen tekst van klanten of medewerkers verlaat ooit deze computer.',
  check: 'Model testen',
  checkSample: 'Mijn pakket is nog steeds niet geleverd, dit is echt belachelijk!',
  stateIdle: 'Model nog niet geladen.',
  stateUnloaded: 'Model uit het geheugen gehaald na {min} min zonder berichten; het volgende bericht laadt het opnieuw.',
  unloadAfter:
    'Model uit het geheugen halen na een tijd zonder berichten (geeft zo’n 500 MB terug; opnieuw laden duurt enkele seconden)',
  unloadNever: 'nooit',
  unloadMinutes: '{min} min',
  stateDisabled: 'Model uitgeschakeld: alleen lexicon.',
  stateLoading: 'Model laden… {pct}',
  stateReady: 'Model klaar ({source}).',
  stateFailed: 'Model niet beschikbaar ({reason}): het lexicon antwoordt alleen.',
  answer: 'Antwoord van het model op de voorbeeldzin: {label} ({score}).',

  sitesHeading: 'Sites',
  sitesLead:
    'Op deze sites leest Triade het geopende klantbericht vanzelf en kan het een zin in je antwoord zetten. Toestemming daarvoor is gegeven bij de installatie.',
  sitesOtherHeading: 'Andere sites',
  sitesOtherLead:
    'Werk je in een ander systeem, zoals een eigen CRM? Daar werkt het zijpaneel met tekst die je selecteert (rechtermuisknop › Analyseer met Triade) of plakt. Geef je Triade hier toegang tot een extra site, dan leest het zijpaneel daar (in Chrome) ook zelf mee: de tekst die je selecteert of die de pagina als klantbericht markeert, en het antwoordveld waarin je typt. Je kunt die toegang altijd weer intrekken.',
  siteLabel: 'Adres van de site',
  sitePlaceholder: 'https://crm.voorbeeld.nl',
  allow: 'Toestaan',
  revoke: 'Intrekken',
  granted: 'Toegang gegeven: {site}',
  declined: 'Geen toegang gegeven: de browser of jij heeft het verzoek geweigerd.',
  revoked: 'Toegang ingetrokken: {site}',
  noneGranted: 'Nog geen extra sites.',
  grantedList: 'Extra sites met toegang',
  siteEmpty: 'Vul het adres van een site in.',
  siteBad: 'Dit is geen webadres. Schrijf het zoals https://crm.voorbeeld.nl',
  siteScheme: 'Alleen http- en https-sites kunnen worden toegestaan.',
  siteBuiltIn: 'Deze site hoort al bij de vier sites hierboven.',
  permError: 'De browser gaf een fout: {error}',

  dataHeading: 'Gegevens',
  dataLead: 'Het logboek met klachten, notities en herinneringen staat alleen in deze browser.',
  count: 'Nu bewaard: {cases}, {notes}.',
  case1: '1 dossier',
  cases: '{n} dossiers',
  note1: '1 notitie',
  notes: '{n} notities',
  retentionHeading: 'Bewaartermijn',
  retentionLabel: 'Dossiers verwijderen die ouder zijn dan',
  retentionOff: 'nooit (alles bewaren)',
  retentionDays: '{n} dagen',
  retentionHow:
    'Triade past dit één keer per dag toe, op dossiers die zo lang geleden zijn afgesloten. Een open dossier wordt nooit verwijderd; een dossier met een terugbelafspraak die nog moet komen, blijft staan tot die herinnering is geweest.',
  retentionPolicy: 'Je organisatie heeft {n} dagen ingesteld.',
  applyNow: 'Nu toepassen',
  applied: 'Verwijderd: {cases} ({notes}).',
  appliedNone: 'Er waren geen dossiers ouder dan {n} dagen.',
  transferHeading: 'Exporteren en importeren',
  transferLead:
    'Een export (JSON) bevat alles en kan later weer worden geïmporteerd, ook op een andere computer. CSV is voor een spreadsheet. Een import is alles of niets: bij één fout verandert er niets.',
  exportJson: 'Alles exporteren (JSON)',
  exportCsv: 'Exporteren voor spreadsheet (CSV)',
  importJson: 'Importeren (.json)',
  imported: 'Geïmporteerd: {cases} ({notes}).',
  importSkipped:
    'Niet overschreven, want de versie hier is nieuwer (die is bewaard): {cases}, {notes}, {reminders} herinnering(en).',
  importRefused: 'Import geweigerd, er is niets veranderd. {error}',
  eraseHeading: 'Alle gegevens wissen',
  eraseLead:
    'Wist alle dossiers, notities, herinneringen en wat het zijpaneel per gesprek onthield. Instellingen en teampakketten blijven staan. Dit kan niet ongedaan worden gemaakt: exporteer eerst als je iets wilt bewaren.',
  eraseStart: 'Alle gegevens wissen…',
  eraseConfirmLabel: 'Typ {word} om te bevestigen',
  eraseWord: 'WISSEN',
  eraseConfirm: 'Definitief wissen',
  cancel: 'Annuleren',
  erased: 'Alles gewist: {cases}, en wat het paneel per gesprek onthield.',
  links: 'Cijfers over het logboek staan op het {dashboard}.',
  dashboardLink: 'teamdashboard',
  packsHeading: 'Teampakketten',
} as const;

export type OptionsStrings = { [K in keyof typeof optionsNl]: string };

export const optionsEn: OptionsStrings = {
  title: 'Triade — settings',
  intro: 'Everything here is kept in this browser only.',
  saved: 'Saved',

  langHeading: 'Language',
  langLead: "The language of the side panel, the dashboard and this page. Lines for the customer follow the customer's language.",
  langNl: 'Nederlands',
  langEn: 'English',
  beforeSendHeading: 'Reminder before sending',
  beforeSendLead:
    'When your reply still has a phrase Triade would rather see said differently, the first click on Send is held once and the side panel says why. Clicking again sends anyway. Only on Gmail, Outlook, Zendesk and Freshdesk, and only with the side panel open.',
  beforeSendToggle: 'Remind me before sending (off by default)',

  engineHeading: 'Analysis',
  engineLead: "How Triade reads the customer's message. The lexicon always works; the model adds an estimate of the tone.",
  engineModel: 'Model + lexicon (recommended)',
  engineLexicon: 'Lexicon only (do not load a model)',
  modelHeading: 'Sentiment model',
  defaultModel: 'Default model',
  bundled: 'bundled',
  notBundled: 'not bundled',
  testModel: 'test model (generated), bundled',
  custom: 'Other model (Hugging Face Hub id)…',
  customLabel: 'Model id, for example owner/name',
  customInvalid: 'Enter an id like owner/name.',
  download: 'Allow downloading the model from huggingface.co when it is not bundled',
  privacy:
    'The only network traffic Triade can cause is downloading the model files from huggingface.co, and only when you allow it here. No customer or agent text ever leaves this computer.',
  check: 'Test the model',
  checkSample: 'My parcel still has not been delivered, this is ridiculous!',
  stateIdle: 'Model not loaded yet.',
  stateUnloaded: 'Model unloaded after {min} min without messages; the next message loads it again.',
  unloadAfter: 'Unload the model after a while without messages (gives back about 500 MB; loading it again takes a few seconds)',
  unloadNever: 'never',
  unloadMinutes: '{min} min',
  stateDisabled: 'Model switched off: lexicon only.',
  stateLoading: 'Loading model… {pct}',
  stateReady: 'Model ready ({source}).',
  stateFailed: 'Model not available ({reason}): the lexicon answers alone.',
  answer: "The model's answer for the sample sentence: {label} ({score}).",

  sitesHeading: 'Sites',
  sitesLead:
    'On these sites Triade reads the open customer message by itself and can put a line into your reply. Access to them was given at installation.',
  sitesOtherHeading: 'Other sites',
  sitesOtherLead:
    'Working in another system, such as your own CRM? There the side panel works with text you select (right-click › Analyse with Triade) or paste. Give Triade access to an extra site here and the side panel reads along there too (in Chrome): the text you select or that the page marks as the customer’s message, and the reply box you type in. You can take that access back at any time.',
  siteLabel: 'Address of the site',
  sitePlaceholder: 'https://crm.example.com',
  allow: 'Allow',
  revoke: 'Revoke',
  granted: 'Access given: {site}',
  declined: 'No access given: the browser or you declined the request.',
  revoked: 'Access revoked: {site}',
  noneGranted: 'No extra sites yet.',
  grantedList: 'Extra sites with access',
  siteEmpty: 'Enter the address of a site.',
  siteBad: 'This is not a web address. Write it like https://crm.example.com',
  siteScheme: 'Only http and https sites can be allowed.',
  siteBuiltIn: 'This site is already one of the four sites above.',
  permError: 'The browser gave an error: {error}',

  dataHeading: 'Data',
  dataLead: 'The log of complaints, notes and reminders is kept in this browser only.',
  count: 'Kept now: {cases}, {notes}.',
  case1: '1 case',
  cases: '{n} cases',
  note1: '1 note',
  notes: '{n} notes',
  retentionHeading: 'Retention',
  retentionLabel: 'Delete cases older than',
  retentionOff: 'never (keep everything)',
  retentionDays: '{n} days',
  retentionHow:
    'Triade applies this once a day, to cases closed that long ago. An open case is never deleted; a case with a callback still to come stays until that reminder has fired.',
  retentionPolicy: 'Your organisation has set {n} days.',
  applyNow: 'Apply now',
  applied: 'Deleted: {cases} ({notes}).',
  appliedNone: 'There were no cases older than {n} days.',
  transferHeading: 'Export and import',
  transferLead:
    'An export (JSON) holds everything and can be imported again later, on another computer too. CSV is for a spreadsheet. An import is all or nothing: with one error nothing changes.',
  exportJson: 'Export everything (JSON)',
  exportCsv: 'Export for a spreadsheet (CSV)',
  importJson: 'Import (.json)',
  imported: 'Imported: {cases} ({notes}).',
  importSkipped: 'Not overwritten, because the copy here is newer (it was kept): {cases}, {notes}, {reminders} reminder(s).',
  importRefused: 'Import refused, nothing changed. {error}',
  eraseHeading: 'Erase all data',
  eraseLead:
    'Erases every case, note and reminder, and what the side panel remembered per conversation. Settings and team phrase packs stay. This cannot be undone: export first if you want to keep anything.',
  eraseStart: 'Erase all data…',
  eraseConfirmLabel: 'Type {word} to confirm',
  eraseWord: 'ERASE',
  eraseConfirm: 'Erase for good',
  cancel: 'Cancel',
  erased: 'Everything erased: {cases}, and what the panel remembered per conversation.',
  links: 'Figures about the log are on the {dashboard}.',
  dashboardLink: 'team dashboard',
  packsHeading: 'Team phrase packs',
};

export const optionsStrings = (lang: UiLang): OptionsStrings => (lang === 'en' ? optionsEn : optionsNl);

// The one placeholder filler of the UI (unknown slots stay visible so a missing value is noticed).
export { fill };

/** "1 dossier" / "3 dossiers": the count with its noun. */
export function countOf(t: OptionsStrings, what: 'case' | 'note', n: number): string {
  return what === 'case' ? (n === 1 ? t.case1 : fill(t.cases, { n })) : n === 1 ? t.note1 : fill(t.notes, { n });
}
