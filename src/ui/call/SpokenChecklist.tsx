import type { CallStepId } from '../../core';
import type { SpokenStep } from './coach';
import { fmt, type CallStrings } from './strings';

/** The triad as a spoken checklist: ticks itself from the notes, and the agent can tick by hand. */
export function SpokenChecklist({
  t,
  steps,
  onTick,
}: {
  t: CallStrings;
  steps: SpokenStep[];
  onTick: (id: CallStepId, done: boolean) => void;
}) {
  const done = steps.filter((s) => s.done).length;
  return (
    <section class="section" aria-labelledby="spoken-head">
      <div class="section-head">
        <h2 id="spoken-head">{t.steps.heading}</h2>
        <span class="progress">{fmt(t.steps.progress, { done, total: steps.length })}</span>
      </div>
      <ul class="checklist">
        {steps.map((s) => (
          <li
            key={s.id}
            class={`check ${s.done ? 'done' : 'missing'}`}
            data-testid="spoken-step"
            data-step={s.id}
            data-done={String(s.done)}
          >
            <label>
              <input type="checkbox" checked={s.done} onChange={(e) => onTick(s.id, e.currentTarget.checked)} />{' '}
              {t.steps.titles[s.id]}
              <span class="hint">
                {s.byHand ? t.steps.byHand : s.evidence ? fmt(t.steps.fromNotes, { text: s.evidence }) : ''}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
