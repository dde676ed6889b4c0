import type { Card } from '../../core/types';
import type { Strings } from '../i18n/strings';
import { SuggestionCard } from './SuggestionCard';

export function SuggestionList({
  t,
  cards,
  kindLabels,
  canInsert,
  note,
  onInsert,
  onDismiss,
}: {
  t: Strings;
  cards: Card[];
  kindLabels: Record<string, string>;
  canInsert: boolean;
  note?: { text: string; error?: boolean };
  onInsert: (card: Card) => void;
  onDismiss: (card: Card) => void;
}) {
  return (
    <section class="section" aria-labelledby="cards-h">
      <h2 id="cards-h">{t.cards.heading}</h2>
      {note && (
        <p class={`note${note.error ? ' error' : ''}`} role="status">
          {note.text}
        </p>
      )}
      {cards.length === 0 ? (
        <p class="ok-line">{t.cards.empty}</p>
      ) : (
        <ul class="cards">
          {cards.map((c, i) => (
            <SuggestionCard
              key={c.id}
              t={t}
              card={c}
              kindLabel={kindLabels[c.kind] ?? c.kind}
              top={i === 0}
              canInsert={canInsert}
              onInsert={onInsert}
              onDismiss={onDismiss}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
