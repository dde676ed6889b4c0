/**
 * Text of call mode, the wrap-up and the case log, Dutch first. Kept beside the components that
 * show it (the panel's own strings.ts belongs to the reply panel); same `fmt` placeholders.
 */
import type { CallStepId } from '../../core';
import type { NoteTag } from '../../db';
import { causeLabels } from '../i18n/causes';
import type { UiLang } from '../i18n/ui-lang';

const nl = {
  call: {
    heading: 'Telefoongesprek',
    customer: 'Naam klant (mag leeg)',
    start: 'Gesprek starten',
    stop: 'Gesprek beëindigen',
    running: 'Gesprek loopt',
    ended: 'Gesprek beëindigd',
    restored: 'Onafgerond gesprek hersteld: alle notities staan er nog.',
    timer: 'Gespreksduur',
    loading: 'Laden…',
    newCall: 'Nieuw gesprek',
    tooLong: 'De notities zijn te lang om live te volgen. Het scherm toont de laatste controle die klaar was.',
  },
  notes: {
    heading: 'Notities',
    placeholder: 'Typ wat er gezegd of afgesproken wordt…',
    add: 'Nieuwe notitie',
    keys: 'Enter = nieuwe notitie · Alt+1 klant zegt · Alt+2 afgesproken · Alt+3 actie · Alt+4 feit',
    saving: 'opslaan…',
    saved: 'opgeslagen',
    retry: 'Opnieuw opslaan',
    keptOther:
      'Een nieuwere versie van deze notitie uit een ander venster is bewaard. Wat hier getypt was, staat als eigen notitie onderaan.',
    movedHere: 'Getypt in dit venster, naast de nieuwere versie uit het andere venster.',
    tags: { customer_says: 'Klant zegt', agreed: 'Afgesproken', action: 'Actie', fact: 'Feit', none: 'Notitie' } as Record<
      NoteTag,
      string
    >,
  },
  mood: {
    heading: 'Stemming van de klant',
    empty: 'Nog geen “klant zegt”-notities.',
    label: 'Stemming per notitie van de klant, van negatief (onder) tot positief (boven)',
    last: 'Nu: {label}',
    labels: { negative: 'negatief', neutral: 'neutraal', positive: 'positief' } as Record<string, string>,
  },
  steps: {
    heading: 'Triade in het gesprek',
    byHand: 'handmatig afgevinkt',
    fromNotes: 'uit je notities: “{text}”',
    progress: '{done} van {total} gedaan',
    titles: {
      understanding: 'Begrip getoond',
      sorry: 'Sorry gezegd',
      facts: 'Feiten verzameld',
      summary: 'Samengevat',
      next_steps: 'Vervolgstappen afgesproken',
      when: 'Gezegd wanneer de klant iets hoort',
    } as Record<CallStepId, string>,
  },
  say: {
    heading: 'Zeg dit nu',
    forStep: 'Volgende stap: {step}',
    allDone: 'Alle stappen gedaan. Rond het gesprek af met een samenvatting en een bedankje.',
    otherLang: 'De klant spreekt {lang}: daarvoor heeft Triade geen eigen zinnen, dus deze staan in het {ui}.',
  },
  promise: {
    heading: 'Beloofd moment',
    offer: 'Herinnering op {when}',
    set: 'Zet herinnering',
    done: 'Herinnering staat op {when}',
    text: { callback: 'Terugbellen', promise: 'Afspraak nakomen' },
  },
  wrap: {
    heading: 'Afronden',
    name: 'Naam klant',
    cause: 'Oorzaak',
    chooseCause: '— kies een oorzaak —',
    type: 'Type klant',
    chooseType: '— kies een type —',
    resolution: 'Oplossing',
    gestures: 'Gebaren boven de oplossing (één per regel)',
    avoidable: 'Dit contact was te voorkomen',
    avoidableReason: 'Waarom te voorkomen?',
    letter: 'Vervolgbrief: maak zichtbaar wat u weggeeft',
    letterLang: 'Taal van de brief',
    regenerate: 'Opnieuw uit notities',
    copy: 'Kopiëren',
    copied: 'Gekopieerd.',
    copyFailed: 'Kopiëren lukte niet: selecteer de tekst en kopieer met Ctrl+C.',
    close: 'Dossier afronden',
    closed: 'Dossier afgerond.',
    recall: 'Deze klant waardeert persoonlijke aandacht: {text}',
    recallWhen: 'Herinnering op {when}',
    recallSet: 'Zet herinnering “recall na een maand”',
    recallDone: 'Recall staat op {when}.',
    causes: causeLabels.nl,
  },
  cases: {
    heading: 'Dossiers',
    period: 'Periode',
    periods: { '7': 'Laatste 7 dagen', '30': 'Laatste 30 dagen', '90': 'Laatste 90 dagen', all: 'Alles' } as Record<
      string,
      string
    >,
    empty: 'Geen dossiers in deze periode.',
    count: '{n} dossiers',
    countOne: '1 dossier',
    open: 'open',
    closedAt: 'afgerond {when}',
    anonymous: 'Onbekende klant',
    channels: { email: 'E-mail', chat: 'Chat', phone: 'Telefoon', letter: 'Brief', in_person: 'Persoonlijk' } as Record<
      string,
      string
    >,
    back: '← Alle dossiers',
    notes: 'Notities',
    noNotes: 'Geen notities.',
    reminders: 'Herinneringen',
    noReminders: 'Geen herinneringen.',
    fired: 'getoond',
    pending: 'gepland',
    letter: 'Vervolgbrief',
    notFound: 'Dit dossier bestaat niet (meer).',
    exportJson: 'Exporteer JSON',
    exportCsv: 'Exporteer CSV',
    importJson: 'Importeer JSON',
    imported: 'Geïmporteerd: {cases} dossiers, {notes} notities, {reminders} herinneringen.',
    skipped:
      'Niet overschreven, want de versie hier is nieuwer (die is bewaard): {cases} dossiers, {notes} notities, {reminders} herinneringen.',
    toCall: 'Naar gespreksmodus',
  },
};

export type CallStrings = typeof nl;

const en: CallStrings = {
  call: {
    heading: 'Phone call',
    customer: 'Customer name (optional)',
    start: 'Start call',
    stop: 'End call',
    running: 'Call in progress',
    ended: 'Call ended',
    restored: 'Unfinished call restored: all notes are still here.',
    timer: 'Call length',
    loading: 'Loading…',
    newCall: 'New call',
    tooLong: 'The notes are too long to follow live. The screen shows the last check that finished.',
  },
  notes: {
    heading: 'Notes',
    placeholder: 'Type what is said or agreed…',
    add: 'New note',
    keys: 'Enter = new note · Alt+1 customer says · Alt+2 agreed · Alt+3 action · Alt+4 fact',
    saving: 'saving…',
    saved: 'saved',
    retry: 'Save again',
    keptOther:
      'A newer version of this note from another window was kept. What was typed here is now a note of its own, at the bottom.',
    movedHere: 'Typed in this window, beside the newer version from the other window.',
    tags: { customer_says: 'Customer says', agreed: 'Agreed', action: 'Action', fact: 'Fact', none: 'Note' },
  },
  mood: {
    heading: "Customer's mood",
    empty: 'No “customer says” notes yet.',
    label: 'Mood per customer note, from negative (bottom) to positive (top)',
    last: 'Now: {label}',
    labels: { negative: 'negative', neutral: 'neutral', positive: 'positive' },
  },
  steps: {
    heading: 'The triad in this call',
    byHand: 'ticked by hand',
    fromNotes: 'from your notes: “{text}”',
    progress: '{done} of {total} done',
    titles: {
      understanding: 'Understanding shown',
      sorry: 'Sorry said',
      facts: 'Facts gathered',
      summary: 'Summarised',
      next_steps: 'Next steps agreed',
      when: 'Said when they hear back',
    },
  },
  say: {
    heading: 'Say this now',
    forStep: 'Next step: {step}',
    allDone: 'All steps done. Close with a summary and a thank-you.',
    otherLang: 'The customer speaks {lang}: Triade has no lines for it yet, so these are in {ui}.',
  },
  promise: {
    heading: 'Promised moment',
    offer: 'Reminder at {when}',
    set: 'Set reminder',
    done: 'Reminder set for {when}',
    text: { callback: 'Call back', promise: 'Keep the promise' },
  },
  wrap: {
    heading: 'Wrap up',
    name: 'Customer name',
    cause: 'Cause',
    chooseCause: '— choose a cause —',
    type: 'Customer type',
    chooseType: '— choose a type —',
    resolution: 'Resolution',
    gestures: 'Gestures beyond the fix (one per line)',
    avoidable: 'This contact could have been avoided',
    avoidableReason: 'Why avoidable?',
    letter: 'Follow-up letter: make visible what you give',
    letterLang: 'Letter language',
    regenerate: 'Again from the notes',
    copy: 'Copy',
    copied: 'Copied.',
    copyFailed: 'Copy failed: select the text and press Ctrl+C.',
    close: 'Close the case',
    closed: 'Case closed.',
    recall: 'This customer values personal attention: {text}',
    recallWhen: 'Reminder at {when}',
    recallSet: 'Set the “recall after a month” reminder',
    recallDone: 'Recall set for {when}.',
    causes: causeLabels.en,
  },
  cases: {
    heading: 'Cases',
    period: 'Period',
    periods: { '7': 'Last 7 days', '30': 'Last 30 days', '90': 'Last 90 days', all: 'All' },
    empty: 'No cases in this period.',
    count: '{n} cases',
    countOne: '1 case',
    open: 'open',
    closedAt: 'closed {when}',
    anonymous: 'Unknown customer',
    channels: { email: 'E-mail', chat: 'Chat', phone: 'Phone', letter: 'Letter', in_person: 'In person' },
    back: '← All cases',
    notes: 'Notes',
    noNotes: 'No notes.',
    reminders: 'Reminders',
    noReminders: 'No reminders.',
    fired: 'shown',
    pending: 'scheduled',
    letter: 'Follow-up letter',
    notFound: 'This case does not exist (any more).',
    exportJson: 'Export JSON',
    exportCsv: 'Export CSV',
    importJson: 'Import JSON',
    imported: 'Imported: {cases} cases, {notes} notes, {reminders} reminders.',
    skipped:
      'Not overwritten, because the copy here is newer (it was kept): {cases} cases, {notes} notes, {reminders} reminders.',
    toCall: 'To call mode',
  },
};

export const callStrings: Record<UiLang, CallStrings> = { nl, en };

// One placeholder filler for every UI string table.
export { fmt } from '../i18n/strings';

/** A due moment the way an agent reads it: "do 26 nov 15:00". */
export function formatWhen(d: Date | string, lang: UiLang): string {
  const date = typeof d === 'string' ? new Date(d) : d;
  return date.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}
