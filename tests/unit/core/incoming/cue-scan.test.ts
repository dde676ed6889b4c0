import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUE_SOURCES, findCues } from '../../../../src/core/incoming/cues';
import { foldFast } from '../../../../src/core/incoming/tokens';
import type { CueKind } from '../../../../src/core/types';

// findCues tries its patterns at word boundaries only. That is exact only while every top-level
// alternative of every pattern starts with \b: these tests hold it to that, and to a plain global scan.

/** Top-level alternatives of a regex source (outside groups and character classes). */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      current += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  out.push(current);
  return out;
}

/** What a global exec of the same pattern finds, before findCues' own filters (negation, contact). */
function globalStarts(kind: CueKind, folded: string): number[] {
  const re = new RegExp(CUE_SOURCES[kind].join('|'), 'g');
  const out: number[] = [];
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push(m.index);
  }
  return out;
}

/** Index just past the group that opens at `open` (a "(" in `source`). */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  throw new Error(`unclosed group in ${source}`);
}

/**
 * Whether whatever `source` matches must begin with an ASCII word character or an apostrophe, judged
 * conservatively (an unknown construct counts as "no").
 */
function startsWithWordOrApostrophe(source: string): boolean {
  if (source.startsWith('\\b')) return startsWithWordOrApostrophe(source.slice(2));
  // A lookbehind consumes nothing: what follows it decides.
  if (source.startsWith('(?<!') || source.startsWith('(?<='))
    return startsWithWordOrApostrophe(source.slice(groupEnd(source, 0)));
  let end: number;
  let first: string[];
  if (source.startsWith('(')) {
    end = groupEnd(source, 0);
    const inner = source
      .slice(0, end)
      .replace(/^\((?:\?:|\?<[a-z]+>)?/, '')
      .slice(0, -1);
    if (inner.startsWith('?')) return false; // a lookaround: not judged
    first = alternatives(inner);
  } else if (/^(?:\\[dw]|[a-z0-9_'])/.test(source)) {
    end = source.startsWith('\\') ? 2 : 1;
    first = [];
  } else return false;
  if (!first.every((alt) => alt.length > 0 && startsWithWordOrApostrophe(alt))) return false;
  // An optional first piece ("(?:een )?…", "a?") may be skipped: then what follows must start so too.
  return /^(?:\?|\*|\{0,)/.test(source.slice(end))
    ? startsWithWordOrApostrophe(source.slice(end).replace(/^(?:\?|\*|\{0,\d*\})\??/, ''))
    : true;
}

describe('cue scan at word boundaries', () => {
  it('every alternative of every cue pattern starts with a word boundary and a word character or apostrophe', () => {
    for (const [kind, sources] of Object.entries(CUE_SOURCES))
      for (const source of sources)
        for (const alt of alternatives(source)) {
          expect(alt.startsWith('\\b'), `${kind}: ${alt.slice(0, 60)}`).toBe(true);
          expect(startsWithWordOrApostrophe(alt), `${kind}: ${alt.slice(0, 80)}`).toBe(true);
        }
  });

  it('judges the start of a pattern conservatively', () => {
    expect(startsWithWordOrApostrophe(String.raw`\b(?:een )?review`)).toBe(true);
    expect(startsWithWordOrApostrophe(String.raw`\b(?:will|'ll) cancel`)).toBe(true);
    expect(startsWithWordOrApostrophe(String.raw`\b(?: |x)`)).toBe(false);
    expect(startsWithWordOrApostrophe(String.raw`\b(?:een )? €`)).toBe(false);
    expect(startsWithWordOrApostrophe(String.raw`\b€`)).toBe(false);
    expect(startsWithWordOrApostrophe(String.raw`\b(?:(?<!frais de )resiliation|resilie)`)).toBe(true);
    expect(startsWithWordOrApostrophe(String.raw`\b(?<=x)€`)).toBe(false);
  });

  it('finds no cue a plain global scan would not start at the same place', () => {
    const words = [
      'al drie keer gebeld',
      'ik zeg op',
      'advocaat',
      'op Facebook zetten',
      'voor vrijdag',
      "I'm cancelling",
      'again',
    ];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 8 })), { maxLength: 20 }), (parts) => {
        const text = parts.join(' ');
        const folded = foldFast(text);
        for (const cue of findCues(text, folded, { start: 0, end: text.length })) {
          // A narrowed cue (group "cue") starts inside its match; every other cue starts where the global scan does.
          if (cue.kind === 'urgency') continue;
          expect(globalStarts(cue.kind, folded)).toContain(cue.start);
        }
      }),
      { numRuns: 200 },
    );
  });
});
