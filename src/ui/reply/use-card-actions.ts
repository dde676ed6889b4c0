import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Card, Violation } from '../../core';
import { sendToTab } from '../../messaging/client';
import type { EditResult } from '../../messaging/protocol';
import { fmt, type Strings } from '../i18n/strings';

/** A refusal in the agent's words: the content script's typed reasons are translated, any other reason shown as it came. */
export function whyText(t: Strings, reason: string | undefined): string {
  return t.cards.why[reason ?? ''] ?? reason ?? '?';
}

export interface CardActionsInput {
  t: Strings;
  tabId: number | null;
  /** The page has a reply editor: cards and replacements go there; otherwise into the panel's paste box. */
  liveEditor: boolean;
  /** The conversation the panel shows (null: none); the page refuses an editor of another one. */
  threadId: string | null;
  markUsed: (cardId: string) => void;
  setPastedDraft: (next: (draft: string) => string) => void;
}

export interface CardActions {
  /** What the suggestion list says after an insert (copied, or why it failed). */
  cardNote?: { text: string; error?: boolean };
  /** What the flag list says after a replace that did not happen. */
  dontNote?: string;
  insertCard(card: Card): Promise<void>;
  replaceViolation(v: Violation): Promise<void>;
}

/**
 * The panel's two edits, insert a card and replace a flagged span: into the page's editor when
 * it has one, else into the paste box. What the page's editor refuses or does not keep goes on
 * the clipboard, and the panel says why.
 */
export function useCardActions(i: CardActionsInput): CardActions {
  const [cardNote, setCardNote] = useState<{ text: string; error?: boolean }>();
  const [dontNote, setDontNote] = useState<string>();
  const live = i.liveEditor && i.tabId !== null;
  // A page that cannot be reached, or a router that refused or threw: its reason, in the same shape as the page's own refusals.
  const asRefusal = (e: unknown): EditResult => ({ ok: false, reason: e instanceof Error ? e.message : String(e) });
  const copy = (text: string) => navigator.clipboard?.writeText(text).catch(() => {});

  const insertCard = async (card: Card) => {
    setCardNote(undefined);
    if (live) {
      const res = await sendToTab(browser, i.tabId!, 'panel→content/insert', { text: card.text, threadId: i.threadId }).catch(
        asRefusal,
      );
      if (res.ok) {
        i.markUsed(card.id);
        return;
      }
      await copy(card.text);
      setCardNote({ text: fmt(i.t.cards.failed, { why: whyText(i.t, res.reason) }), error: true });
      return;
    }
    // Paste mode: append to the reply box in the panel and copy for the page.
    i.setPastedDraft((d) => (d ? `${d.replace(/\s+$/, '')}\n\n${card.text}` : card.text));
    await copy(card.text);
    i.markUsed(card.id);
    setCardNote({ text: i.t.cards.copied });
  };

  const replaceViolation = async (v: Violation) => {
    setDontNote(undefined);
    if (live) {
      const res = await sendToTab(browser, i.tabId!, 'panel→content/replace', {
        start: v.start,
        end: v.end,
        expected: v.text,
        replacement: v.suggestion,
      }).catch(asRefusal);
      if (res.ok) return;
      const why = whyText(i.t, res.reason);
      if (res.reason === 'not-kept') {
        // The editor did not keep the change: the better phrasing goes on the clipboard to paste by hand.
        await copy(v.suggestion);
        setDontNote(fmt(i.t.dont.notKept, { why }));
      } else setDontNote(fmt(i.t.dont.failed, { why }));
      return;
    }
    i.setPastedDraft((d) => (d.slice(v.start, v.end) === v.text ? d.slice(0, v.start) + v.suggestion + d.slice(v.end) : d));
  };

  return { ...(cardNote ? { cardNote } : {}), ...(dontNote !== undefined ? { dontNote } : {}), insertCard, replaceViolation };
}
