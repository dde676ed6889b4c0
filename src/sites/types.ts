/**
 * The one interface every site adapter implements (see STYLE.md, "Adapter shape").
 * Adapters only read and edit the page they are given: no globals, messaging or storage.
 */

/** Success with a value, or a typed reason for a miss. Misses are normal on live pages. */
export type Result<T, E extends string> = { ok: true; value: T } | { ok: false; reason: E };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<E extends string>(reason: E): { ok: false; reason: E } {
  return { ok: false, reason };
}

export type SiteId = 'gmail' | 'outlook' | 'zendesk' | 'freshdesk' | 'generic';

/** The customer's latest message, as the agent sees it. */
export interface IncomingMessage {
  /** The customer's own words: quoted history and marked signatures removed. */
  text: string;
  senderName?: string;
  channel: 'email' | 'chat' | 'other';
  /** Stable id of the conversation (URL id, ticket number or subject), used to key the case. */
  threadId: string;
  subject?: string;
}

export type IncomingMiss = 'no-thread' | 'no-message';
export type EditMiss = 'not-editable' | 'not-found';

export interface SiteAdapter {
  id: SiteId;
  /** WXT match patterns for the content script; read by the registry. */
  matches: string[];
  /** The site's Send buttons, for the optional before-send reminder (none on generic pages). */
  sendButtons?: readonly string[];
  /** URL passed in so it is testable without `location`; falls back to DOM markers. */
  detect(url: URL, doc: Document): boolean;
  readIncoming(doc: Document): Result<IncomingMessage, IncomingMiss>;
  findEditor(doc: Document): Result<HTMLElement, 'no-editor'>;
  /** Plain text of the draft; blocks and <br> give line breaks. Offsets of `replaceText` point into it. */
  readDraft(editor: HTMLElement): string;
  /**
   * False when `editor` is not the reply box of the conversation `incoming` (e.g. a separate
   * new-message window over it). Absent: the site has one editor per conversation.
   */
  answersThread?(editor: HTMLElement, doc: Document, incoming: IncomingMessage): boolean;
  /** Insert at the caret (replacing a selection inside the editor), or at the end of the agent's own text. */
  insertAtCursor(editor: HTMLElement, text: string): Result<void, 'not-editable'>;
  /** Replace [start, end) of `readDraft(editor)` with `replacement`, through the host editor's own input path. */
  replaceText(editor: HTMLElement, start: number, end: number, replacement: string): Result<void, EditMiss>;
}
