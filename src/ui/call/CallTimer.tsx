import { formatDuration } from './use-call';

/** The running call time, mm:ss; frozen once the call has ended. */
export function CallTimer({ label, ms }: { label: string; ms: number }) {
  return (
    <span class="call-timer" role="timer" aria-label={label} data-testid="call-timer">
      {formatDuration(ms)}
    </span>
  );
}
