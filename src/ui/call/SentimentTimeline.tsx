import type { SentimentSnapshot } from '../../db';

const W = 300;
const H = 60;
const PAD = 6;

/** The customer's mood note by note: a line from left (first) to right (last), zero in the middle. */
export function SentimentTimeline({
  points,
  label,
  empty,
  lastText,
}: {
  points: SentimentSnapshot[];
  label: string;
  empty: string;
  lastText?: string;
}) {
  if (!points.length) return <p class="muted">{empty}</p>;
  const x = (i: number) => (points.length === 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (points.length - 1));
  const y = (score: number) => H / 2 - score * (H / 2 - PAD);
  const path = points.map((p, i) => `${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ');
  return (
    <figure class="timeline" data-testid="sentiment-timeline" data-points={points.length}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${label}. ${lastText ?? ''}`} preserveAspectRatio="none">
        <line x1={0} x2={W} y1={H / 2} y2={H / 2} class="zero" />
        <polyline points={path} class="line" />
        {points.map((p, i) => (
          <circle key={i} cx={x(i)} cy={y(p.score)} r={3.5} class={p.label} />
        ))}
      </svg>
      {lastText && <figcaption class="muted">{lastText}</figcaption>}
    </figure>
  );
}
