import type { ChecklistItem } from '../../core/types';
import { fmt, type Strings } from '../i18n/strings';

export interface ItemText {
  title: string;
  hint: string;
}

/** The triad and the good habits as a live checklist over the agent's draft. */
export function DraftChecklist({
  t,
  items,
  texts,
  hasDraft,
  violationCount,
}: {
  t: Strings;
  items: ChecklistItem[];
  texts: Record<string, ItemText>;
  hasDraft: boolean;
  violationCount: number;
}) {
  const needed = items.filter((i) => i.state !== 'not_needed');
  const done = needed.filter((i) => i.state === 'done').length;
  // One hint at a time: the next missing step. The others show theirs on hover, so the list stays calm.
  const next = hasDraft ? items.find((i) => i.state === 'missing') : undefined;
  return (
    <section class="section" aria-labelledby="check-h">
      <div class="section-head">
        <h2 id="check-h">{t.checklist.heading}</h2>
        <span class="progress" data-testid="progress">
          {fmt(t.checklist.progress, { done, total: needed.length })}
        </span>
      </div>
      {!hasDraft && <p class="muted">{t.checklist.noDraft}</p>}
      {hasDraft && violationCount === 0 && (
        <p class="ok-line" data-testid="no-violations">
          ✓ {t.dont.none}
        </p>
      )}
      <ul class="checklist" data-testid="checklist">
        {items.map((item) => {
          const tx = texts[item.id] ?? { title: item.id, hint: '' };
          const state = t.checklist[item.state];
          const detail = item.state === 'done' ? item.evidence?.text : item.state === 'missing' ? tx.hint : undefined;
          return (
            <li key={item.id} class={`check ${item.state}`} data-item={item.id} data-state={item.state} title={detail ?? state}>
              <span class="icon" aria-hidden="true">
                {item.state === 'done' ? '✓' : ''}
              </span>
              <span>
                {tx.title}
                <span class="visually-hidden">: {state}</span>
              </span>
            </li>
          );
        })}
      </ul>
      {next && (
        <p class="next-step" data-testid="next-step">
          <b>{t.checklist.next}</b> {texts[next.id]?.hint}
        </p>
      )}
    </section>
  );
}
