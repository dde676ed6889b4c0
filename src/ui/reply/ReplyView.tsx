import type { ComponentChildren } from 'preact';
import { customerTypes, channelTips, checklistItems, type PhraseLang } from '../../core';
import { fmt, type Strings } from '../i18n/strings';
import { violationKey } from '../hooks/use-thread-memory';
import { DraftPromises } from '../components/DraftPromises';
import { WrapUp } from '../call/WrapUp';
import { CustomerMood } from '../components/CustomerMood';
import { CustomerTypeSection } from '../components/CustomerTypeSection';
import { SuggestionList } from '../components/SuggestionList';
import { DraftChecklist } from '../components/DraftChecklist';
import { ViolationList } from '../components/ViolationList';
import { PasteBox } from '../components/PasteBox';
import { caseRules } from './case-rules';
import type { ReplyPanel } from './use-reply-panel';

/** The reply route of the side panel: the customer's message, the draft check, the cards, the wrap-up or the paste box. */
export function ReplyView({
  t,
  uiLang,
  panel,
  top,
}: {
  t: Strings;
  uiLang: PhraseLang;
  panel: ReplyPanel;
  top: ComponentChildren;
}) {
  const {
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
  } = panel;
  const {
    analysis,
    analysisCurrent,
    model,
    angriest,
    cardLang,
    check,
    typeId,
    chosenType,
    cards,
    violations,
    tooLong,
    incomingSkipped,
    checkCurrent,
  } = reply;
  const { ofThisMessage } = snapshot;

  const where = state ? (t.source[state.adapter] ?? state.adapter) : t.source.paste!;
  const statusLine = live
    ? fmt(t.status.reading, { who: live.senderName ?? analysis?.customerName ?? '—', where })
    : page.kind === 'unreachable' || !state
      ? t.status.noPage
      : fmt(t.status.noMessage, { where });

  const typeOptions = customerTypes.map((c) => ({ id: c.id, title: c.title[uiLang], approach: c.approach[uiLang] }));
  const tip = channelTips.find((c) => c.id === 'remote');
  const itemTexts = Object.fromEntries(checklistItems.map((i) => [i.id, { title: i.title[uiLang], hint: i.hint[uiLang] }]));

  return (
    <main
      data-testid="panel"
      data-adapter={state?.adapter ?? 'none'}
      data-thread={threadKey}
      data-state-at={state?.at ?? ''}
      data-received-at={page.kind === 'connected' ? page.receivedAt : ''}
      data-draft-length={draft.length}
      data-send-guard={sendGuard.armed ? 'armed' : 'off'}
      data-analysis={checkCurrent && (analysisCurrent || !incomingText.trim()) ? 'current' : 'pending'}
    >
      {top}
      {reply.failed && (
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
        note={actions.dontNote ?? (sendGuard.held !== null ? fmt(t.dont.held, { n: sendGuard.held }) : undefined)}
        onReplace={(v) => void actions.replaceViolation(v)}
        onDismiss={(v) => thread.dismiss(violationKey(v))}
      />
      <DraftChecklist
        t={t}
        items={check.checklist}
        texts={itemTexts}
        hasDraft={draft.trim().length > 0}
        violationCount={violations.length}
      />
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
        kindLabels={t.cards.kinds}
        canInsert={liveEditor}
        note={actions.cardNote}
        onInsert={(c) => void actions.insertCard(c)}
        onDismiss={(c) => thread.dismiss(c.id)}
      />
      {/* Mounted once the thread's message is analysed: the letter's language comes from it, not from whatever was first. */}
      {live && ofThisMessage && (
        <details class="section wrap-up" data-testid="wrap-up" key={threadKey}>
          <summary>{t.modes.wrapUp}</summary>
          <WrapUp
            lang={uiLang}
            letterLang={snapshot.letterLang}
            thread={{
              threadKey,
              channel: 'email',
              ...snapshot.caseStart,
              checklist: Object.fromEntries(check.checklist.map((i) => [i.id, i.state])),
              violations: caseRules(check.violations),
              ...(analysis?.register?.evidence.length ? { customerRegister: analysis.register.register } : {}),
            }}
          />
        </details>
      )}
      {!live && (
        <PasteBox t={t} incoming={paste.incoming} draft={paste.draft} onIncoming={paste.setIncoming} onDraft={paste.setDraft} />
      )}
    </main>
  );
}
