import type { Card, CallStepId } from '../../core';
import { fmt, type CallStrings } from './strings';

/** The line to say for the first step not yet done, in the customer's language. */
export function SayThisNow({
  t,
  step,
  cards,
  langNote,
}: {
  t: CallStrings;
  step: CallStepId | null;
  cards: Card[];
  langNote?: string;
}) {
  return (
    <section class="section" aria-labelledby="say-head" data-testid="say-this-now" data-step={step ?? ''}>
      <div class="section-head">
        <h2 id="say-head">{t.say.heading}</h2>
        {step && <span class="muted">{fmt(t.say.forStep, { step: t.steps.titles[step] })}</span>}
      </div>
      {step === null ? (
        <p class="ok-line">{t.say.allDone}</p>
      ) : (
        <ul class="cards">
          {cards.map((c, i) => (
            <li key={c.id} class={`card${i === 0 ? ' top' : ''}`} lang={c.lang} data-card-id={c.id}>
              <p>{c.text}</p>
              {c.reason && <span class="why">{c.reason}</span>}
            </li>
          ))}
        </ul>
      )}
      {langNote && <p class="note">{langNote}</p>}
    </section>
  );
}
