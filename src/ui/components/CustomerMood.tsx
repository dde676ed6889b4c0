import type { IncomingAnalysis } from '../../core/types';
import { fmt, type Strings } from '../i18n/strings';
import { HighlightedQuote, type Highlight } from './HighlightedQuote';
import { IntensityMeter } from './IntensityMeter';

/** Sentiment, intensity, emotion, escalation cues and facts of the customer's message, each with its words. */
export function CustomerMood({
  t,
  text,
  analysis,
  status,
  angriest,
  sentences,
}: {
  t: Strings;
  text: string;
  analysis: IncomingAnalysis;
  status: string;
  /** The sentence the model scored most negative, when the message has several. */
  angriest?: { start: number; end: number };
  /** The model's score per sentence (or window of short sentences), for the sentence-by-sentence view. */
  sentences?: Array<{ start: number; end: number; label: 'negative' | 'neutral' | 'positive'; score: number }>;
}) {
  const s = analysis.sentiment;
  const highlights: Highlight[] = [
    ...analysis.cues.map((c) => ({ start: c.start, end: c.end, kind: 'cue' as const, title: t.customer.cues[c.kind] ?? c.kind })),
    // Mark the words that carry the verdict: in a complaint, a stray "gemaakt" scored +1 is noise.
    ...s.evidence
      .filter((e) => (s.label === 'negative' ? e.weight < 0 : s.label === 'positive' ? e.weight > 0 : true))
      .slice(0, 12)
      .map((e) => ({
        start: e.start,
        end: e.end,
        kind: 'evidence' as const,
        title: `${e.weight > 0 ? '+' : ''}${e.weight.toFixed(1)}`,
      })),
    ...analysis.emotionEvidence.map((e) => ({
      start: e.start,
      end: e.end,
      kind: 'evidence' as const,
      title: t.customer.emotion[analysis.emotion] ?? '',
    })),
  ];
  const intensityLabel = fmt(t.customer.intensity, { n: s.intensity });
  return (
    <section class="section" aria-labelledby="customer-h">
      <div class="section-head">
        <h2 id="customer-h">{t.customer.heading}</h2>
        <span class="status">{status}</span>
      </div>
      <div class="badges">
        <span class={`badge ${s.label}`} data-testid="sentiment" data-label={s.label}>
          {t.customer.sentiment[s.label]}
          <IntensityMeter level={s.intensity} label={intensityLabel} />
        </span>
        <span class="badge emotion" data-testid="emotion" data-emotion={analysis.emotion}>
          {t.customer.emotion[analysis.emotion]}
        </span>
        <span class="muted">{t.customer.language[analysis.lang]}</span>
      </div>
      {analysis.cues.length > 0 && (
        <ul class="chips" data-testid="cues">
          {dedupeCues(analysis.cues).map((c) => (
            <li class="chip" key={c.kind} data-kind={c.kind}>
              {t.customer.cues[c.kind]} · <q>{c.text}</q>
            </li>
          ))}
        </ul>
      )}
      <HighlightedQuote text={text} highlights={highlights} label={t.customer.quoteLabel} />
      {angriest && (
        <p class="angriest" data-testid="angriest">
          <b>{t.customer.angriest}</b> <q>{clip(text.slice(angriest.start, angriest.end))}</q>
        </p>
      )}
      {sentences && sentences.length > 1 && (
        <details class="more per-sentence" data-testid="per-sentence">
          <summary>{t.customer.perSentence}</summary>
          <ol>
            {sentences.slice(0, 30).map((x) => (
              <li key={x.start} class={x.label} title={`${t.customer.sentiment[x.label]} (${x.score.toFixed(2)})`}>
                <span class="dot" aria-label={t.customer.sentiment[x.label]} />
                {clip(text.slice(x.start, x.end), 110)}
              </li>
            ))}
          </ol>
        </details>
      )}
      {analysis.facts.length > 0 && (
        <ul class="facts" aria-label={t.customer.facts}>
          {analysis.facts.slice(0, 8).map((f) => (
            <li key={`${f.start}`}>
              {t.customer.factKinds[f.kind] ?? f.kind}: <b>{f.kind === 'date' ? showDate(f.value, t.locale) : f.value}</b>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A fact's ISO date ("2026-11-14", or "--11-14" when the customer gave no year) as the agent reads it: "14 november". */
function showDate(value: string, locale: string): string {
  const m = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return value;
  const year = m[1] === '-' ? undefined : Number(m[1]);
  const d = new Date(Date.UTC(year ?? 2000, Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    ...(year ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(d);
}

function dedupeCues(cues: IncomingAnalysis['cues']) {
  const seen = new Set<string>();
  return cues.filter((c) => (seen.has(c.kind) ? false : (seen.add(c.kind), true)));
}

function clip(s: string, max = 160) {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
