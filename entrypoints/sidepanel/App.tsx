import { useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { customerTypes, channelTips, checklistItems } from '../../src/core';
import type { Card, IncomingAnalysis, PhraseLang, Violation } from '../../src/core';
import { sendToTab } from '../../src/messaging/client';
import { en, fmt, nl } from '../../src/ui/i18n/strings';
import { useTargetTab } from '../../src/ui/hooks/use-target-tab';
import { usePageState } from '../../src/ui/hooks/use-page-state';
import { useStored } from '../../src/ui/hooks/use-stored';
import { useThreadMemory, violationKey } from '../../src/ui/hooks/use-thread-memory';
import { useDraftReminder } from '../../src/ui/hooks/use-draft-reminder';
import { usePasteMemory } from '../../src/ui/hooks/use-paste-memory';
import { DraftPromises } from '../../src/ui/components/DraftPromises';
import { CallMode } from '../../src/ui/call/CallMode';
import { WrapUp } from '../../src/ui/call/WrapUp';
import { useHashRoute } from '../../src/ui/call/use-hash-route';
import { usePacks } from '../../src/ui/packs/use-packs';
import { DONT_RULE_IDS } from '../../src/core';
import type { DontRuleId } from '../../src/core';
import { Header } from '../../src/ui/components/Header';
import { CustomerMood } from '../../src/ui/components/CustomerMood';
import { CustomerTypeSection } from '../../src/ui/components/CustomerTypeSection';
import { SuggestionList } from '../../src/ui/components/SuggestionList';
import { DraftChecklist } from '../../src/ui/components/DraftChecklist';
import { ViolationList } from '../../src/ui/components/ViolationList';
import { PasteBox } from '../../src/ui/components/PasteBox';
import { useReplyAnalysis } from '../../src/ui/reply/use-reply-analysis';
import { useContextSelection } from '../../src/ui/reply/use-context-selection';
import { useSendReminder } from '../../src/ui/reply/use-send-reminder';
import { useTopCardShortcut } from '../../src/ui/reply/use-top-card-shortcut';

const defaultUiLang: PhraseLang = navigator.language?.toLowerCase().startsWith('en') ? 'en' : 'nl';

export function App() {
  const [uiLang, setUiLang] = useStored<PhraseLang>('uiLang', defaultUiLang);
  const t = uiLang === 'en' ? en : nl;
  const route = useHashRoute();
  const tabId = useTargetTab();
  // Team phrase packs: their cards join the suggestions, their rules join the draft check.
  const { packs } = usePacks();
  const packList = useMemo(() => packs.map((p) => p.pack), [packs]);
  const page = usePageState(tabId);
  const paste = usePasteMemory();
  const { incoming: pastedIncoming, draft: pastedDraft, setIncoming: setPastedIncoming, setDraft: setPastedDraft } = paste;
  const [cardNote, setCardNote] = useState<{ text: string; error?: boolean }>();
  const [dontNote, setDontNote] = useState<string>();

  useContextSelection(setPastedIncoming);

  const state = page.kind === 'connected' ? page.state : null;
  const live = state?.incoming ?? null;
  const incomingText = live?.text ?? pastedIncoming;
  const liveEditor = state !== null && state.draft !== null;
  const draft = liveEditor ? state!.draft! : pastedDraft;
  const threadKey = live ? `${state!.adapter}:${live.threadId}` : 'paste';
  const thread = useThreadMemory(threadKey);

  const { analysis, analysisCurrent, fused, model, angriest, customerName, cardLang, check, typeId, chosenType, cards, violations, promises: found, tooLong, incomingSkipped, checkedDraft, checkCurrent, failed: analysisFailed } =
    useReplyAnalysis({
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
  const { held, armed: sendGuardArmed } = useSendReminder(tabId, liveEditor && checkedDraft !== null, violations.length, checkedDraft ?? '', remindBeforeSend === true);
  // What a case opened from this thread starts with: only from an analysis of this thread's message
  // (the newest that answered the text on screen; kept while a newer message of the thread is checked).
  const lastOfThread = useRef<{ key: string; analysis: IncomingAnalysis } | null>(null);
  if (analysisCurrent && analysis) lastOfThread.current = { key: threadKey, analysis };
  const ofThisMessage = lastOfThread.current?.key === threadKey ? lastOfThread.current.analysis : null;
  const sentimentFirst = ofThisMessage
    ? { label: ofThisMessage.sentiment.label, score: Math.max(-1, Math.min(1, ofThisMessage.sentiment.score)), intensity: ofThisMessage.sentiment.intensity }
    : undefined;
  const letterLang: PhraseLang | undefined = ofThisMessage?.lang === 'nl' || ofThisMessage?.lang === 'en' ? ofThisMessage.lang : undefined;
  const promises = useDraftReminder(found, live ? threadKey : null, check.lang, {
    customerName,
    lang: ofThisMessage?.lang,
    sentimentFirst,
  });

  const insertCard = async (card: Card) => {
    setCardNote(undefined);
    if (liveEditor && tabId !== null) {
      // The thread on screen goes along: the page refuses an editor of another conversation.
      const res = await sendToTab(browser, tabId, 'panel→content/insert', { text: card.text, threadId: live?.threadId ?? null }).catch(
        (e: Error) => ({ ok: false, reason: e.message }),
      );
      if (res.ok) {
        thread.markUsed(card.id);
        return;
      }
      await navigator.clipboard?.writeText(card.text).catch(() => {});
      setCardNote({ text: fmt(t.cards.failed, { why: t.cards.why[res.reason ?? ''] ?? res.reason ?? '?' }), error: true });
      return;
    }
    // Paste mode: append to the reply box in the panel and copy for the page.
    setPastedDraft((d) => (d ? `${d.replace(/\s+$/, '')}\n\n${card.text}` : card.text));
    await navigator.clipboard?.writeText(card.text).catch(() => {});
    thread.markUsed(card.id);
    setCardNote({ text: t.cards.copied });
  };

  const replaceViolation = async (v: Violation) => {
    setDontNote(undefined);
    if (liveEditor && tabId !== null) {
      const res = await sendToTab(browser, tabId, 'panel→content/replace', {
        start: v.start,
        end: v.end,
        expected: v.text,
        replacement: v.suggestion,
      }).catch((e: Error) => ({ ok: false, reason: e.message }));
      if (res.ok) return;
      const why = t.cards.why[res.reason ?? ''] ?? res.reason ?? '?';
      if (res.reason === 'not-kept') {
        // The editor did not keep the change: the better phrasing goes on the clipboard to paste by hand.
        await navigator.clipboard?.writeText(v.suggestion).catch(() => {});
        setDontNote(fmt(t.dont.notKept, { why }));
      } else setDontNote(fmt(t.dont.failed, { why }));
      return;
    }
    setPastedDraft((d) => (d.slice(v.start, v.end) === v.text ? d.slice(0, v.start) + v.suggestion + d.slice(v.end) : d));
  };

  useTopCardShortcut(cards[0] ? () => void insertCard(cards[0]!) : null);

  const where = state ? (t.source[state.adapter] ?? state.adapter) : t.source.paste!;
  const statusLine = live
    ? fmt(t.status.reading, { who: live.senderName ?? analysis?.customerName ?? '—', where })
    : page.kind === 'unreachable' || !state
      ? t.status.noPage
      : fmt(t.status.noMessage, { where });

  const typeOptions = customerTypes.map((c) => ({ id: c.id, title: c.title[uiLang], approach: c.approach[uiLang] }));
  const tip = channelTips.find((c) => c.id === 'remote');
  const itemTexts = Object.fromEntries(checklistItems.map((i) => [i.id, { title: i.title[uiLang], hint: i.hint[uiLang] }]));
  const kindLabels = uiLang === 'en'
    ? { empathy: 'Understanding', apology: 'Apology', solution: 'Solution', beyond: 'Beyond expectation', thanks: 'Thanks', feedback: 'Feedback' }
    : { empathy: 'Begrip', apology: 'Excuses', solution: 'Oplossing', beyond: 'Boven verwachting', thanks: 'Bedanken', feedback: 'Feedback' };

  const header = (
    <Header
      t={t}
      uiLang={uiLang}
      onLang={setUiLang}
      engine={fused?.engine === 'model+lexicon' ? t.engine.model : t.engine.lexicon}
      engineKind={fused?.engine ?? model.engine}
      engineWhy={
        fused?.engine === 'model+lexicon'
          ? `${model.result?.modelId ?? ''}`
          : (t.engineWhy[fused?.reason ?? model.reason ?? 'model-loading'] ?? '')
      }
      progress={model.status.state === 'loading' ? model.status.progress : undefined}
    />
  );
  const modes = (
    <nav class="modes" aria-label={t.modes.label}>
      <a href="#" aria-current={route !== 'call' ? 'page' : undefined}>
        {t.modes.reply}
      </a>
      <a href="#call" aria-current={route === 'call' ? 'page' : undefined} data-testid="mode-call">
        {t.modes.call}
      </a>
      <a href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noopener">
        {t.modes.dashboard}
      </a>
    </nav>
  );

  if (route === 'call') {
    return (
      <main data-testid="panel" data-route="call">
        {header}
        {modes}
        <CallMode lang={uiLang} />
      </main>
    );
  }

  return (
    <main
      data-testid="panel"
      data-adapter={state?.adapter ?? 'none'}
      data-thread={threadKey}
      data-state-at={state?.at ?? ''}
      data-received-at={page.kind === 'connected' ? page.receivedAt : ''}
      data-draft-length={draft.length}
      data-send-guard={sendGuardArmed ? 'armed' : 'off'}
      data-analysis={checkCurrent && (analysisCurrent || !incomingText.trim()) ? 'current' : 'pending'}
    >
      {header}
      {modes}
      {analysisFailed && (
        <p class="note error" role="alert" data-testid="analysis-failed">
          {t.analysis.failed}
        </p>
      )}
      {tooLong && (
        <p class="note error" role="status" data-testid="analysis-too-long">
          {incomingSkipped ? t.analysis.skipped : t.analysis.tooLong}
        </p>
      )}
      {analysis ? (
        <CustomerMood
          t={t}
          text={incomingText}
          analysis={analysis}
          status={statusLine}
          angriest={angriest}
          sentences={model.result?.sentences.filter((x) => x.end <= incomingText.length)}
        />
      ) : (
        <p class="status" data-testid="status">
          {statusLine}
        </p>
      )}
      {/* Only when the cards are not in the customer's language (French and German have their own). */}
      {analysis && analysis.lang !== cardLang && !cards.some((c) => c.lang === analysis.lang) && (
        <p class="note">{fmt(t.customer.languageNote, { lang: t.customer.language[analysis.lang] ?? analysis.lang })}</p>
      )}
      {analysis && (
        <CustomerTypeSection
          t={t}
          options={typeOptions}
          value={typeId}
          chosen={chosenType !== undefined}
          reasons={chosenType ? [] : analysis.customerType.reasons.map((r) => r[uiLang])}
          channelTip={tip ? { title: tip.title[uiLang], text: tip.advice[uiLang] } : undefined}
          onChange={(id) => thread.setType(id)}
        />
      )}
      <ViolationList
        t={t}
        violations={violations}
        canReplace
        note={dontNote ?? (held !== null ? fmt(t.dont.held, { n: held }) : undefined)}
        onReplace={(v) => void replaceViolation(v)}
        onDismiss={(v) => thread.dismiss(violationKey(v))}
      />
      <DraftChecklist t={t} items={check.checklist} texts={itemTexts} hasDraft={draft.trim().length > 0} violationCount={violations.length} />
      <DraftPromises
        t={t}
        lang={uiLang}
        offers={promises.offers}
        isSet={promises.isSet}
        error={promises.error}
        onRemind={(o) => void promises.remind(o)}
      />
      <SuggestionList
        t={t}
        cards={cards}
        kindLabels={kindLabels}
        canInsert={liveEditor}
        note={cardNote}
        onInsert={(c) => void insertCard(c)}
        onDismiss={(c) => thread.dismiss(c.id)}
      />
      {/* Mounted once the thread's message is analysed: the letter's language comes from it, not from whatever was first. */}
      {live && ofThisMessage && (
        <details class="section wrap-up" data-testid="wrap-up" key={threadKey}>
          <summary>{t.modes.wrapUp}</summary>
          <WrapUp
            lang={uiLang}
            letterLang={letterLang}
            thread={{
              threadKey,
              channel: 'email',
              customerName,
              lang: ofThisMessage.lang,
              sentimentFirst,
              checklist: Object.fromEntries(check.checklist.map((i) => [i.id, i.state])),
              // Team-pack rules are not part of the case log's schema: keep the built-in ones.
              violations: [...new Set(check.violations.map((v) => v.rule))].filter((r): r is DontRuleId =>
                (DONT_RULE_IDS as readonly string[]).includes(r),
              ),
            }}
          />
        </details>
      )}
      {!live && (
        <PasteBox t={t} incoming={pastedIncoming} draft={pastedDraft} onIncoming={setPastedIncoming} onDraft={setPastedDraft} />
      )}
    </main>
  );
}
