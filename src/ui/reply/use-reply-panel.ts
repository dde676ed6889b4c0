import { useMemo } from 'preact/hooks';
import type { PhraseLang } from '../../core';
import type { Strings } from '../i18n/strings';
import { useTargetTab } from '../hooks/use-target-tab';
import { usePageState, type PageStatus } from '../hooks/use-page-state';
import { useStored } from '../hooks/use-stored';
import { useThreadMemory } from '../hooks/use-thread-memory';
import { useDraftReminder } from '../hooks/use-draft-reminder';
import { usePasteMemory } from '../hooks/use-paste-memory';
import { usePacks } from '../packs/use-packs';
import { useReplyAnalysis, type ReplyAnalysis } from './use-reply-analysis';
import { useContextSelection } from './use-context-selection';
import { useSendReminder } from './use-send-reminder';
import { useTopCardShortcut } from './use-top-card-shortcut';
import { useCardActions, type CardActions } from './use-card-actions';
import { useThreadSnapshot, type ThreadSnapshot } from './use-thread-snapshot';

export interface ReplyPanel {
  page: PageStatus;
  state: Extract<PageStatus, { kind: 'connected' }>['state'] | null;
  live: NonNullable<Extract<PageStatus, { kind: 'connected' }>['state']['incoming']> | null;
  incomingText: string;
  /** The page has a reply editor the panel reads and writes. */
  liveEditor: boolean;
  draft: string;
  threadKey: string;
  thread: ReturnType<typeof useThreadMemory>;
  paste: ReturnType<typeof usePasteMemory>;
  reply: ReplyAnalysis;
  snapshot: ThreadSnapshot;
  promises: ReturnType<typeof useDraftReminder>;
  /** Held sends (count) and whether the page will hold the next one. */
  sendGuard: { held: number | null; armed: boolean };
  actions: CardActions;
}

/**
 * Everything the reply panel works from, wired once: the target tab's page (or the paste box), the
 * thread's memory, the analysis, the before-send reminder, the case snapshot, the card actions and
 * the top-card shortcut. The hooks run on every route, so the model's state in the header stays live.
 */
export function useReplyPanel(uiLang: PhraseLang, t: Strings): ReplyPanel {
  const tabId = useTargetTab();
  // Team phrase packs: their cards join the suggestions, their rules join the draft check.
  const { packs } = usePacks();
  const packList = useMemo(() => packs.map((p) => p.pack), [packs]);
  const page = usePageState(tabId);
  const paste = usePasteMemory();
  useContextSelection(paste.setIncoming);

  const state = page.kind === 'connected' ? page.state : null;
  const live = state?.incoming ?? null;
  const incomingText = live?.text ?? paste.incoming;
  const liveEditor = state !== null && state.draft !== null;
  const draft = liveEditor ? state.draft! : paste.draft;
  const threadKey = live ? `${state!.adapter}:${live.threadId}` : 'paste';
  const thread = useThreadMemory(threadKey);

  const reply = useReplyAnalysis({
    incomingText,
    draft,
    uiLang,
    senderName: live?.senderName,
    memory: thread.mem,
    packs: packList,
    // A chat ticket gets the chat version of the better phrasing; any other written reply the e-mail one.
    ...(live?.channel === 'chat' ? { channel: 'chat' as const } : {}),
  });
  const [remindBeforeSend] = useStored<boolean>('beforeSendReminder', false);
  // The count goes with the draft it was counted on: the page holds a send only when that is the draft it has.
  const sendGuard = useSendReminder(
    tabId,
    liveEditor && reply.checkedDraft !== null,
    reply.violations.length,
    reply.checkedDraft ?? '',
    remindBeforeSend === true,
  );
  const snapshot = useThreadSnapshot(threadKey, reply.analysis, reply.analysisCurrent, reply.customerName);
  const promises = useDraftReminder(reply.promises, live ? threadKey : null, reply.check.lang, snapshot.caseStart);
  const actions = useCardActions({
    t,
    tabId,
    liveEditor,
    threadId: live?.threadId ?? null,
    markUsed: thread.markUsed,
    setPastedDraft: paste.setDraft,
  });
  const top = reply.cards[0];
  useTopCardShortcut(top ? () => void actions.insertCard(top) : null);

  return {
    page,
    state,
    live,
    incomingText,
    liveEditor,
    draft,
    threadKey,
    thread,
    paste,
    reply,
    snapshot,
    promises,
    sendGuard,
    actions,
  };
}
