import type { JSX } from 'preact';

export interface Highlight {
  start: number;
  end: number;
  kind: 'evidence' | 'cue';
  title: string;
}

const CONTEXT = 90; // characters shown around each highlight in long messages

/**
 * The customer's words with the ones that drove the analysis marked, so every score shows its evidence.
 * Long messages are cut to the neighbourhood of the marks, with "…" between the pieces.
 */
export function HighlightedQuote({ text, highlights, label }: { text: string; highlights: Highlight[]; label: string }) {
  const marks = [...highlights]
    .filter((h) => h.start >= 0 && h.end <= text.length && h.end > h.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop overlaps: the first (earliest, longest) mark wins.
  const clean: Highlight[] = [];
  for (const m of marks) if (!clean.length || m.start >= clean[clean.length - 1]!.end) clean.push(m);

  const windows: Array<[number, number]> = [];
  if (text.length <= 600) windows.push([0, text.length]);
  else {
    const seeds = clean.length ? clean : [{ start: 0, end: Math.min(300, text.length) } as Highlight];
    for (const m of seeds.slice(0, 12)) {
      const s = Math.max(0, m.start - CONTEXT);
      const e = Math.min(text.length, m.end + CONTEXT);
      const last = windows[windows.length - 1];
      if (last && s <= last[1]) last[1] = Math.max(last[1], e);
      else windows.push([s, e]);
    }
  }

  const parts: JSX.Element[] = [];
  windows.forEach(([ws, we], wi) => {
    if (ws > 0 || wi > 0)
      parts.push(
        <span class="gap" key={`g${wi}`}>
          …{' '}
        </span>,
      );
    let pos = ws;
    for (const m of clean) {
      if (m.end <= ws || m.start >= we) continue;
      const s = Math.max(m.start, ws);
      const e = Math.min(m.end, we);
      if (s > pos) parts.push(<span key={`t${wi}-${pos}`}>{text.slice(pos, s)}</span>);
      parts.push(
        <mark key={`m${wi}-${s}`} class={m.kind === 'cue' ? 'cue' : ''} title={m.title}>
          {text.slice(s, e)}
        </mark>,
      );
      pos = e;
    }
    if (pos < we) parts.push(<span key={`t${wi}-${pos}`}>{text.slice(pos, we)}</span>);
    if (wi === windows.length - 1 && we < text.length)
      parts.push(
        <span class="gap" key="end">
          {' '}
          …
        </span>,
      );
  });
  return (
    <blockquote class="quote" aria-label={label} tabIndex={0}>
      {parts}
    </blockquote>
  );
}
