/**
 * One error type for everything that can go wrong with local storage, so the panel can show
 * a clear sentence ("Opslag vol: …") instead of a stack trace, and never pretend text was saved.
 */
import type { z } from 'zod';

/**
 * 'no-case': a note was saved for a case that no longer exists (erased, or deleted elsewhere);
 * nothing was written and the text is still where the agent typed it.
 * 'conflict': another window saved a newer version of the record than the one this write was
 * based on; nothing was written (see `saveNote`'s `expected`).
 */
export type StorageErrorCode = 'quota' | 'closed' | 'blocked' | 'invalid' | 'no-case' | 'conflict' | 'unknown';

/** What failed, as a clause in both UI languages, e.g. { nl: 'de notitie is niet opgeslagen', … }. */
export interface StorageAction {
  nl: string;
  en: string;
}

export const ACTIONS = {
  note: { nl: 'de notitie is niet opgeslagen', en: 'the note was not saved' },
  case: { nl: 'het dossier is niet opgeslagen', en: 'the case was not saved' },
  reminder: { nl: 'de herinnering is niet opgeslagen', en: 'the reminder was not saved' },
  event: { nl: 'de gebeurtenis is niet opgeslagen', en: 'the event was not saved' },
  setting: { nl: 'de instelling is niet opgeslagen', en: 'the setting was not saved' },
  import: { nl: 'er is niets geïmporteerd', en: 'nothing was imported' },
  export: { nl: 'de export is niet gemaakt', en: 'the export was not made' },
  read: { nl: 'de gegevens konden niet worden gelezen', en: 'the data could not be read' },
  erase: { nl: 'er is niets gewist', en: 'nothing was erased' },
  open: { nl: 'de database kon niet worden geopend', en: 'the database could not be opened' },
} as const satisfies Record<string, StorageAction>;

export class StorageError extends Error {
  override readonly name = 'StorageError';
  /** The sentence for a Dutch UI. */
  readonly nl: string;
  /** The sentence for an English UI (also `message`). */
  readonly en: string;
  /** For 'invalid': the path of the first bad field, e.g. `cases[3].openedAt`. */
  readonly field?: string;

  constructor(
    readonly code: StorageErrorCode,
    text: { nl: string; en: string },
    options: { field?: string; cause?: unknown } = {},
  ) {
    super(text.en, options.cause === undefined ? undefined : { cause: options.cause });
    this.nl = text.nl;
    this.en = text.en;
    if (options.field !== undefined) this.field = options.field;
  }

  /** The message in the UI language. */
  text(lang: 'nl' | 'en'): string {
    return lang === 'nl' ? this.nl : this.en;
  }
}

/** Type guard usable across bundles (checks the shape, not the prototype). */
export function isStorageError(e: unknown): e is StorageError {
  return e instanceof StorageError || (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'StorageError');
}

/** Formats a zod issue path the way a person reads it: `cases[3].openedAt`. */
export function formatPath(path: ReadonlyArray<PropertyKey>, root = ''): string {
  let out = root;
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** Turns the first zod issue into a StorageError 'invalid' naming the field. */
export function invalidFromZod(error: z.core.$ZodError, action: StorageAction, root = ''): StorageError {
  const issue = error.issues[0];
  const field = issue ? formatPath(issue.path, root) || root || '(record)' : root || '(record)';
  const why = issue?.message ?? 'invalid value';
  return invalid(action, field, why, error);
}

/** A StorageError 'invalid' for `field` with reason `why` (English reason, kept as-is in nl). */
export function invalid(action: StorageAction, field: string, why: string, cause?: unknown): StorageError {
  return new StorageError(
    'invalid',
    {
      nl: `Ongeldige gegevens: ${action.nl}. ${field}: ${why}`,
      en: `Invalid data: ${action.en}. ${field}: ${why}`,
    },
    { field, cause },
  );
}

/** A StorageError 'no-case': `action` failed because the case `caseId` is gone. */
export function noCase(action: StorageAction, caseId: string, field = 'note.caseId'): StorageError {
  return new StorageError(
    'no-case',
    {
      nl: `Het dossier bestaat niet meer: ${action.nl}. De tekst staat nog in het veld: kopieer hem of begin een nieuw gesprek. (${field}: ${caseId})`,
      en: `The case no longer exists: ${action.en}. The text is still in the field: copy it or start a new call. (${field}: ${caseId})`,
    },
    { field },
  );
}

/** Collects the error itself and everything it wraps (Dexie `inner`, `cause`, bulk `failures`). */
function chain(e: unknown): Array<{ name: string; message: string }> {
  const out: Array<{ name: string; message: string }> = [];
  const seen = new Set<unknown>();
  const stack: unknown[] = [e];
  while (stack.length && out.length < 20) {
    const cur = stack.pop();
    if (cur === null || typeof cur !== 'object' || seen.has(cur)) continue;
    seen.add(cur);
    const o = cur as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
    // Only strings are names and messages: an object here would print as "[object Object]".
    out.push({ name: typeof o.name === 'string' ? o.name : '', message: typeof o.message === 'string' ? o.message : '' });
    stack.push(o.inner, o.cause);
    if (Array.isArray(o.failures)) stack.push(...(o.failures as unknown[]));
  }
  return out;
}

/** Classifies any thrown value by the names Dexie and the browsers use. */
export function classify(e: unknown): StorageErrorCode {
  if (isStorageError(e)) return e.code;
  const links = chain(e);
  const has = (re: RegExp) => links.some((l) => re.test(l.name) || re.test(l.message));
  // Chrome/Firefox: QuotaExceededError; old Firefox: NS_ERROR_DOM_QUOTA_REACHED.
  if (has(/quota/i)) return 'quota';
  // A newer schema elsewhere, or an upgrade another tab holds open.
  if (links.some((l) => /^(VersionError|VersionChangeError|UpgradeError|BlockedError)$/.test(l.name))) return 'blocked';
  if (links.some((l) => /^(DatabaseClosedError|InvalidStateError|MissingAPIError)$/.test(l.name))) return 'closed';
  if (links.some((l) => /^(DataError|DataCloneError|ConstraintError|SchemaError|InvalidArgumentError)$/.test(l.name)))
    return 'invalid';
  return 'unknown';
}

/**
 * Wraps any failure of a storage call into a StorageError with a user-facing sentence.
 * StorageErrors pass through unchanged.
 */
export function toStorageError(e: unknown, action: StorageAction): StorageError {
  if (isStorageError(e)) return e;
  const code = classify(e);
  const first = chain(e)[0];
  const detail = first ? `${first.name}${first.message ? `: ${first.message}` : ''}`.slice(0, 300) : String(e);
  const a = { nl: action.nl, en: action.en };
  const text: Record<StorageErrorCode, { nl: string; en: string }> = {
    quota: {
      nl: `Opslag vol: ${a.nl}. Exporteer oude dossiers en verwijder ze (Instellingen › Gegevens) om ruimte te maken, en probeer het opnieuw.`,
      en: `Storage full: ${a.en}. Export old cases and delete them (Settings › Data) to free space, then try again.`,
    },
    closed: {
      nl: `Opslag niet bereikbaar: ${a.nl}, want de verbinding met de lokale database is gesloten. Herlaad het paneel en probeer het opnieuw.`,
      en: `Storage unavailable: ${a.en} because the connection to the local database is closed. Reload the panel and try again.`,
    },
    blocked: {
      nl: `Opslag geblokkeerd: ${a.nl}, want een ander venster gebruikt een andere versie van de Triade-database. Sluit de andere Triade-vensters en herlaad.`,
      en: `Storage blocked: ${a.en} because another window uses a different version of the Triade database. Close the other Triade windows and reload.`,
    },
    conflict: {
      nl: `Intussen gewijzigd in een ander venster: ${a.nl} (${detail}).`,
      en: `Changed meanwhile in another window: ${a.en} (${detail}).`,
    },
    'no-case': {
      nl: `Het dossier bestaat niet meer: ${a.nl} (${detail}).`,
      en: `The case no longer exists: ${a.en} (${detail}).`,
    },
    invalid: {
      nl: `Ongeldige gegevens: ${a.nl} (${detail}).`,
      en: `Invalid data: ${a.en} (${detail}).`,
    },
    unknown: {
      nl: `Opslagfout: ${a.nl} (${detail}).`,
      en: `Storage error: ${a.en} (${detail}).`,
    },
  };
  return new StorageError(code, text[code], { cause: e });
}

/** Runs a storage call and rethrows any failure as a StorageError. */
export async function guard<T>(action: StorageAction, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw toStorageError(e, action);
  }
}

/**
 * Validates `value` against `schema`, returning the parsed (normalised) record.
 * @throws StorageError 'invalid' naming the first bad field, e.g. `note.text: expected text`.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, action: StorageAction, root = ''): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw invalidFromZod(r.error, action, root);
  return r.data;
}
