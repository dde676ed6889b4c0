import type { Card } from '../../core/types';
import type { Strings } from '../i18n/strings';

/** One phrase card: the text, why it is offered, insert and hide. */
export function SuggestionCard({
  t,
  card,
  kindLabel,
  top,
  canInsert,
  onInsert,
  onDismiss,
}: {
  t: Strings;
  card: Card;
  kindLabel: string;
  top: boolean;
  canInsert: boolean;
  onInsert: (card: Card) => void;
  onDismiss: (card: Card) => void;
}) {
  return (
    <li class={`card${top ? ' top' : ''}`} data-testid="card" data-card-id={card.id} lang={card.lang}>
      <span class="kind">{kindLabel}</span>
      <p>{card.text}</p>
      <span class="why">{card.reason}</span>
      <div class="actions">
        <button type="button" class="btn quiet" onClick={() => onDismiss(card)} aria-label={`${t.cards.dismiss}: ${kindLabel}`}>
          {t.cards.dismiss}
        </button>
        <button type="button" class="btn primary" onClick={() => onInsert(card)}>
          {canInsert ? (top ? t.cards.insertTop : t.cards.insert) : t.cards.copy}
        </button>
      </div>
    </li>
  );
}
