import { useState } from 'preact/hooks';
import type { ModelStatus } from '../../model/types';
import { useModel } from '../hooks/use-model';
import { fill, type OptionsStrings } from './strings';

function describeStatus(t: OptionsStrings, s: ModelStatus): string {
  switch (s.state) {
    case 'idle':
      return s.unloaded ? fill(t.stateUnloaded, { min: String(Math.round(s.unloaded.afterMs / 6_000) / 10) }) : t.stateIdle;
    case 'disabled':
      return t.stateDisabled;
    case 'loading':
      return fill(t.stateLoading, { pct: s.progress === null ? '' : `${Math.round(s.progress * 100)} %` });
    case 'ready':
      return fill(t.stateReady, { source: s.source });
    case 'failed':
      // A machine too small is told in full: what it has and what the model needs.
      return fill(t.stateFailed, { reason: s.reason }) + (s.reason === 'machine-too-small' ? ` ${s.message}` : '');
  }
}

/** Runs the chosen model on a sample sentence, through the same path the panel uses. */
export function ModelCheck(props: { t: OptionsStrings }) {
  const { t } = props;
  const [text, setText] = useState<string | null>(null);
  const { status, result } = useModel(text, 0);
  return (
    <div class="model-check" data-testid="model-check">
      <button type="button" class="btn" onClick={() => setText(t.checkSample)}>
        {t.check}
      </button>
      <p class="note" data-testid="model-status" data-state={status.state}>
        {describeStatus(t, status)}
      </p>
      {result && (
        <p class="note" data-testid="model-answer" data-label={result.label}>
          {fill(t.answer, { label: result.label, score: result.score.toFixed(2) })}
        </p>
      )}
    </div>
  );
}
