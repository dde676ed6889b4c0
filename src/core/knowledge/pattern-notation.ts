/**
 * The pattern notation of team phrase packs: a small language that is parsed and compiled here,
 * never handed to the regex engine as written. A pack is data from outside (IT can push one by
 * policy) and its rules run on every keystroke, so the notation is SAFE BY CONSTRUCTION:
 *
 * - every part that can match a variable amount of text (a space = a run of whitespace, `{w}` = a
 *   whole word, `{*}` = the rest of a word) matches it in exactly ONE way at a given position:
 *   it is compiled maximal (`\s+(?!\s)`, `[^\s.!?]+(?![^\s.!?])`), so the engine never tries a
 *   shorter run that could still succeed;
 * - the only choices are the pattern's own alternatives, optional parts and bounded repeats
 *   (`{m,n}`, n ≤ 10, greedy or lazy); there is no `*`, `+`, open-ended repeat, back-reference,
 *   look-behind or raw class;
 * - the number of ways those choices can be alive at one position is counted here (`paths`) and
 *   capped at {@link NOTATION_LIMITS}.paths; times the parts one way steps over (`cost`), it bounds
 *   the engine's steps per start position, capped per pattern and summed over a pack (`packCost`).
 *
 * So the work at one start position is bounded by paths × (pattern length + the text that a few
 * words and whitespace runs cover), and a scan is linear in the draft for every accepted pattern.
 *
 * The notation is the safe subset of the built-in rules' notation (./rule-notation.ts), so version 1
 * packs that stick to words, spaces, groups and `{w}` gaps mean the same as before. See
 * docs/phrase-packs.md for the full description with examples.
 */
import { fold } from '../text';

export const NOTATION_LIMITS = {
  /** Upper bound of a repeat `{m,n}`. */
  repeat: 10,
  /** Ways the choices of one pattern can be alive at one position (see `paths`); the built-in rules need at most 32. */
  paths: 64,
  /** paths × parts of one pattern (see `cost`); the largest built-in rule needs 1372. */
  cost: 2000,
  /**
   * The sum of `cost` over all the patterns of a pack: what one keystroke may cost at worst. About
   * 500 plain phrases of 20 characters, or 180 patterns like the docs example; a pack at this budget,
   * in the worst shapes, takes under 20 ms on a hostile 2,000-character draft (tests/unit/core/packs).
   */
  packCost: 10_000,
  /** Group nesting. */
  depth: 8,
} as const;

type Node =
  | { t: 'lit'; ch: string }
  | { t: 'class'; chars: string; src: string }
  | { t: 'space' }
  | { t: 'word' }
  | { t: 'rest' }
  | { t: 'start' }
  | { t: 'end' }
  | { t: 'not'; body: Node }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'opt'; item: Node; lazy?: boolean }
  | { t: 'rep'; item: Node; min: number; max: number; lazy?: boolean };

/** Thrown inside the parser; turned into a `problem` text by checkPackPattern. */
class NotationError extends Error {}

const META = new Set([...'.*+?()[]{}|\\^$']);
const ALNUM = /^[a-z0-9]$/;

/** Hints for the regex syntax people are most likely to bring from v1 packs. */
const ESCAPE_HINTS: Record<string, string> = {
  w: 'use {w} for a whole word, or {*} for the rest of a word (zoek{*})',
  s: 'a space already matches any run of whitespace',
  b: 'word boundaries are added for you',
  d: 'write the digits as a class, e.g. [0-9]',
  k: 'back-references are not part of the notation',
};

function parse(source: string): Node {
  let i = 0;
  const at = () => `at character ${i + 1}`;
  const fail = (msg: string): never => {
    throw new NotationError(`${msg} (${at()})`);
  };
  const literal = (raw: string): string => (raw === '\u2019' ? "'" : fold(raw));

  function alternation(depth: number): Node {
    if (depth > NOTATION_LIMITS.depth) fail(`groups nested deeper than ${NOTATION_LIMITS.depth}`);
    const options = [sequence(depth)];
    while (source[i] === '|') {
      i++;
      options.push(sequence(depth));
    }
    return options.length === 1 ? options[0]! : { t: 'alt', options };
  }

  function sequence(depth: number): Node {
    const items: Node[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') items.push(quantified(atom(depth)));
    return items.length === 1 ? items[0]! : { t: 'seq', items };
  }

  function atom(depth: number): Node {
    const ch = source[i]!;
    if (ch === '(') {
      i++;
      let not = false;
      if (source[i] === '?') {
        if (source[i + 1] === ':') i += 2;
        else if (source[i + 1] === '!') {
          not = true;
          i += 2;
        } else
          fail(
            'only (…), (?:…) and (?!…) groups are part of the notation: no look-behind (?<=…) (?<!…), look-ahead (?=…) or named groups',
          );
      }
      const body = alternation(depth + 1);
      if (source[i] !== ')') fail('a group "(" is not closed');
      i++;
      if (not) {
        if (nullable(body)) fail('an exception (?!…) needs text to look for');
        return { t: 'not', body };
      }
      return body;
    }
    if (ch === ')') fail('")" without a group to close (write \\) for a bracket)');
    if (ch === '[') return charClass();
    if (ch === ']') fail('"]" without a class to close (write \\] for a bracket)');
    if (ch === '{') {
      const slot = source.slice(i, i + 3);
      const named = ({ '{w}': 'word', '{*}': 'rest', '{S}': 'start', '{E}': 'end' } as const)[slot];
      if (named) {
        i += 3;
        return { t: named };
      }
      if (/^\{\d*(,\d*)?\}/.test(source.slice(i))) fail('a repeat {m,n} needs a group or a word before it');
      fail('"{" starts a slot ({w}, {*}, {S}, {E}) or a repeat ({0,3}); write \\{ for a brace');
    }
    if (ch === '}') fail('"}" without a slot (write \\} for a brace)');
    if (ch === '*' || ch === '+')
      fail(
        `"${ch}" (an open-ended repeat) is not part of the notation: write a bounded gap like (?:{w} ){0,3}, or {*} for the rest of a word`,
      );
    if (ch === '?') fail('"?" needs a letter or a group before it');
    if (ch === '.')
      fail('"." (any character) is not part of the notation: write \\. for a full stop, {w} for a word, (?:{w} ){0,3} for a gap');
    if (ch === '^' || ch === '$')
      fail(`"${ch}" (an anchor) is not part of the notation: use {S} for a sentence start, {E} for a sentence end`);
    if (ch === ' ') {
      i++;
      return { t: 'space' };
    }
    if (/\s/.test(ch)) fail('only plain spaces: a space already matches any whitespace, line breaks included');
    if (ch === '\\') return { t: 'lit', ch: escaped() };
    i++;
    return { t: 'lit', ch: literal(ch) };
  }

  /** `\x` for a punctuation mark x; letters and digits after a backslash are regex classes, refused. */
  function escaped(): string {
    const next = source[i + 1];
    if (next === undefined) fail('"\\" at the end of the pattern');
    if (/[a-z0-9]/i.test(next!)) {
      const key = /[1-9]/.test(next!) ? 'k' : next!.toLowerCase();
      fail(
        `"\\${next}" is not part of the notation: ${ESCAPE_HINTS[key] ?? 'only a punctuation mark may follow "\\" (\\. \\? \\( …)'}`,
      );
    }
    if (/\s/.test(next!)) fail('"\\" before a space: a plain space already matches any whitespace');
    i += 2;
    return next!;
  }

  /** `[sz]`, `[0-9]`: one character out of a list. No negation, no empty class. */
  function charClass(): Node {
    const open = i;
    i++;
    if (source[i] === '^') fail('a negated class [^…] is not part of the notation: list the characters it may be, e.g. [sz]');
    if (source[i] === ']') fail('an empty class [] is not part of the notation');
    let chars = '';
    while (i < source.length && source[i] !== ']') {
      const ch = source[i]!;
      if (ch === '[') fail('"[" inside a class (write \\[)');
      if (ch === ' ' || /\s/.test(ch)) fail('a space inside a class: write the space outside it');
      const c = ch === '\\' ? escaped() : (i++, literal(ch));
      if (source[i] === '-' && source[i + 1] !== undefined && source[i + 1] !== ']') {
        const hi = literal(source[i + 1]!);
        if (!(ALNUM.test(c) && ALNUM.test(hi) && /[a-z]/.test(c) === /[a-z]/.test(hi) && c <= hi))
          fail(`a range in a class goes from a letter to a letter or a digit to a digit, low to high (${c}-${hi})`);
        for (let code = c.charCodeAt(0); code <= hi.charCodeAt(0); code++) chars += String.fromCharCode(code);
        i += 2;
      } else chars += c;
    }
    if (source[i] !== ']') fail('a class "[" is not closed');
    i++;
    return { t: 'class', chars: [...new Set(chars)].join(''), src: source.slice(open, i) };
  }

  function quantified(node: Node): Node {
    const q = source[i];
    let out = node;
    if (q === '?' || q === '{') {
      const m = q === '{' ? /^\{(\d+)(?:(,)(\d*))?\}/.exec(source.slice(i)) : null;
      if (q === '{' && !m) return node; // a slot such as {w} after this atom: parsed as the next atom
      if (node.t === 'space')
        fail('a space cannot be optional or repeated: put it inside the group with its word, e.g. (?:heel )?');
      if (node.t === 'start' || node.t === 'end' || node.t === 'not') fail('nothing to repeat: {S}, {E} and (?!…) match no text');
      if (m) {
        if (m[2] !== undefined && m[3] === '')
          fail(`"${m[0]}" is an open-ended repeat: give an upper bound, e.g. {${m[1]},${Math.max(3, Number(m[1]))}}`);
        const min = Number(m[1]);
        const max = m[3] === undefined ? min : Number(m[3]);
        if (max < min) fail(`repeat ${m[0]}: the upper bound is below the lower bound`);
        if (max > NOTATION_LIMITS.repeat) fail(`repeat ${m[0]}: at most ${NOTATION_LIMITS.repeat} repeats`);
        if (max === 0) fail(`repeat ${m[0]} matches nothing`);
        i += m[0].length;
        out = { t: 'rep', item: node, min, max };
      } else {
        i++;
        out = { t: 'opt', item: node };
      }
      // A lazy repeat (`{0,4}?`, `??`: fewest first) has the same choices in another order.
      if (source[i] === '?') {
        i++;
        out = { ...out, lazy: true };
      }
      const after = source[i];
      if (after === '?' || after === '*' || after === '+' || (after === '{' && /^\{\d/.test(source.slice(i))))
        fail(`two repeats in a row ("${after}" after a repeat): one bounded repeat per part`);
    } else if (q === '*' || q === '+') {
      fail(
        `"${q}" (an open-ended repeat) is not part of the notation: write a bounded gap like (?:{w} ){0,3}, or {*} for the rest of a word`,
      );
    }
    return out;
  }

  const root = alternation(0);
  if (i < source.length) fail('")" without a group to close (write \\) for a bracket)');
  return root;
}

// ---- analysis: can it match nothing, which kinds of text can touch, how many live paths ----

/** What the first or last character matched by a part can be. */
type Kind = 'space' | 'word' | 'rest' | 'alnum' | 'mark' | 'stop';

function kindOf(ch: string): Kind {
  if (ALNUM.test(ch)) return 'alnum';
  if (ch === '.' || ch === '!' || ch === '?') return 'stop';
  return 'mark';
}

function nullable(n: Node): boolean {
  switch (n.t) {
    case 'start':
    case 'end':
    case 'not':
    case 'rest':
    case 'opt':
      return true;
    case 'seq':
      return n.items.every(nullable);
    case 'alt':
      return n.options.some(nullable);
    case 'rep':
      return n.min === 0 || nullable(n.item);
    default:
      return false;
  }
}

/** Why `prev` directly followed by `next` can never match, or undefined. */
function adjacencyProblem(prev: Kind, next: Kind): string | undefined {
  if (prev === 'space' && next === 'space')
    return 'two spaces in a row can never match: one space already matches any run of whitespace';
  if (next === 'word' && prev !== 'space' && prev !== 'stop') return '{w} is a whole word: put a space before it';
  if (prev === 'word' && next !== 'space' && next !== 'stop') return '{w} is a whole word: put a space after it';
  if (next === 'rest' && prev !== 'alnum') return '{*} continues a word: put letters before it, e.g. zoek{*}';
  if (prev === 'rest' && next === 'alnum') return '{*} takes the rest of the word: letters cannot follow it';
  return undefined;
}

interface Info {
  first: Set<Kind>;
  last: Set<Kind>;
  nullable: boolean;
}

function checkPairs(prev: Iterable<Kind>, next: Iterable<Kind>): void {
  for (const p of prev)
    for (const n of next) {
      const problem = adjacencyProblem(p, n);
      if (problem) throw new NotationError(problem);
    }
}

/** First/last kinds of every part, checking each place where two parts meet. */
function info(n: Node): Info {
  const one = (k: Kind): Info => ({ first: new Set([k]), last: new Set([k]), nullable: false });
  switch (n.t) {
    case 'lit':
      return one(kindOf(n.ch));
    case 'class': {
      const kinds = new Set([...n.chars].map(kindOf));
      return { first: kinds, last: new Set(kinds), nullable: false };
    }
    case 'space':
    case 'word':
      return one(n.t);
    case 'rest':
      return { ...one('rest'), nullable: true };
    case 'start':
    case 'end':
      return { first: new Set(), last: new Set(), nullable: true };
    case 'not':
      info(n.body);
      return { first: new Set(), last: new Set(), nullable: true };
    case 'opt':
      return { ...info(n.item), nullable: true };
    case 'rep': {
      const inner = info(n.item);
      if (n.max > 1) checkPairs(inner.last, inner.first);
      return { ...inner, nullable: n.min === 0 || inner.nullable };
    }
    case 'alt': {
      const parts = n.options.map(info);
      return {
        first: new Set(parts.flatMap((p) => [...p.first])),
        last: new Set(parts.flatMap((p) => [...p.last])),
        nullable: parts.some((p) => p.nullable),
      };
    }
    case 'seq': {
      const first = new Set<Kind>();
      let trailing = new Set<Kind>();
      let allNullable = true;
      for (const item of n.items) {
        const it = info(item);
        checkPairs(trailing, it.first);
        if (allNullable) it.first.forEach((k) => first.add(k));
        trailing = it.nullable ? new Set([...trailing, ...it.last]) : it.last;
        allNullable &&= it.nullable;
      }
      return { first, last: trailing, nullable: allNullable };
    }
  }
}

/** The text of an alternative made only of letters, marks and spaces (a space as ' '), else undefined. */
function literalText(n: Node): string | undefined {
  if (n.t === 'lit') return n.ch;
  if (n.t === 'space') return ' ';
  if (n.t !== 'seq') return undefined;
  let s = '';
  for (const item of n.items) {
    const part = literalText(item);
    if (part === undefined) return undefined;
    s += part;
  }
  return s;
}

/**
 * How many ways the pattern's choices can be alive at one start position: the bound on the
 * engine's backtracking there. Literal alternatives count once per chain of prefixes
 * (`niet|niets` can both match, `me|mij|ons` cannot); other alternatives add up; a sequence
 * multiplies; `x?` adds one; `x{m,n}` sums the powers; an exception (?!…) multiplies by its own count.
 */
function paths(n: Node): number {
  switch (n.t) {
    case 'seq':
      return n.items.reduce((p, item) => p * paths(item), 1);
    case 'alt': {
      const texts: string[] = [];
      let other = 0;
      for (const o of n.options) {
        const text = literalText(o);
        if (text === undefined) other += paths(o);
        else texts.push(text);
      }
      texts.sort((a, b) => a.length - b.length);
      const chain = texts.map(() => 1);
      texts.forEach((t, k) => {
        for (let j = 0; j < k; j++) if (t.startsWith(texts[j]!)) chain[k] = Math.max(chain[k]!, chain[j]! + 1);
      });
      return Math.max(0, ...chain) + other;
    }
    case 'opt':
      return paths(n.item) + 1;
    case 'rep': {
      const p = paths(n.item);
      let sum = 0;
      for (let k = n.min; k <= n.max; k++) sum += p ** k;
      return sum;
    }
    case 'not':
      return paths(n.body);
    default:
      return 1;
  }
}

/** The most parts one way through the pattern steps over (a repeat counts its maximum; {S} its look-behind). */
function size(n: Node): number {
  switch (n.t) {
    case 'seq':
      return n.items.reduce((sum, item) => sum + size(item), 0);
    case 'alt':
      return Math.max(...n.options.map(size));
    case 'opt':
      return size(n.item);
    case 'rep':
      return n.max * size(n.item);
    case 'not':
      return size(n.body);
    case 'start':
      return 3;
    default:
      return 1;
  }
}

// ---- compilation ----

const SPACE = String.raw`(?<!\s)\s+(?!\s)`;
const WORD = String.raw`(?<![^\s.!?])[^\s.!?]+(?![^\s.!?])`;
const REST = String.raw`[a-z0-9]*(?![a-z0-9])`;
const SENTENCE_START = String.raw`(?<=(?:^|[.!?…\n])\s{0,20})`;
// `[^\S\n]*` (whitespace but a line break) then a break: the same as `\s*(?:[.!?…\n]|$)`.
const SENTENCE_END = String.raw`(?=[^\S\n]*(?:[.!?…\n]|$))`;

const escapeChar = (ch: string) => (META.has(ch) || ch === '/' ? `\\${ch}` : ch);
const escapeInClass = (ch: string) => (ch === '\\' || ch === ']' || ch === '[' || ch === '^' || ch === '-' ? `\\${ch}` : ch);

function emit(n: Node): string {
  switch (n.t) {
    case 'lit':
      return escapeChar(n.ch);
    case 'class':
      return `[${[...n.chars].map(escapeInClass).join('')}]`;
    case 'space':
      return SPACE;
    case 'word':
      return WORD;
    case 'rest':
      return REST;
    case 'start':
      return SENTENCE_START;
    case 'end':
      return SENTENCE_END;
    case 'not': {
      // Whole words in the exception too: `niet(?! of)` still fires on "niet ofwel".
      const last = info(n.body).last;
      const boundary = last.size > 0 && [...last].every((k) => k === 'alnum' || k === 'rest') ? '(?![a-z0-9])' : '';
      return `(?!${emit(n.body)}${boundary})`;
    }
    case 'seq':
      return n.items.map(emit).join('');
    case 'alt':
      return `(?:${n.options.map(emit).join('|')})`;
    case 'opt':
      return `(?:${emit(n.item)})?${n.lazy ? '?' : ''}`;
    case 'rep':
      return `(?:${emit(n.item)}){${n.min},${n.max}}${n.lazy ? '?' : ''}`;
  }
}

/**
 * Like `emit`, but a leading {S} is checked only once the draft looks like a match: its look-behind
 * would otherwise run at every position of the draft (a whitespace run included). After a first
 * letter (the built-in rules' trick), or behind a cheap "not a space" test (a pattern never starts
 * with a space).
 */
function emitTop(root: Node): string {
  if (root.t === 'alt') return root.options.map(emitTop).join('|');
  if (root.t !== 'seq' || root.items[0]?.t !== 'start') return emit(root);
  const [, next, ...rest] = root.items;
  if (next?.t === 'lit') {
    const c = emit(next);
    return `${c}${SENTENCE_START.replace(/\)$/, `${c})`)}${rest.map(emit).join('')}`;
  }
  return `(?=\\S)${root.items.map(emit).join('')}`;
}

export type NotationCheck =
  | {
      ok: true;
      /** The compiled regex source. */
      source: string;
      /** Ways its choices can be alive at one place. */
      paths: number;
      /** paths × the parts one way steps over: the bound on the engine's steps per start position, for a pack's budget. */
      cost: number;
    }
  | { ok: false; problem: string };

/**
 * Parses one pack pattern and compiles it into a safe regex source, or says why it is refused.
 * @example checkPackPattern('geen (?:{w} ){0,3}idee') // { ok: true, source: '(?<![a-z0-9])(?:geen…)(?![a-z0-9])', paths: 4 }
 * @example checkPackPattern('a.*b') // { ok: false, problem: '"." (any character) is not part of the notation: … (at character 2)' }
 */
export function checkPackPattern(pattern: string): NotationCheck {
  try {
    const root = parse(pattern);
    const top = info(root);
    if (top.nullable) return { ok: false, problem: 'matches the empty string, so it would flag every draft' };
    if (top.first.has('space')) return { ok: false, problem: 'starts with a space' };
    if (top.last.has('space')) return { ok: false, problem: 'ends with a space' };
    if (top.first.has('rest')) return { ok: false, problem: '{*} continues a word: put letters before it, e.g. zoek{*}' };
    const count = paths(root);
    if (count > NOTATION_LIMITS.paths)
      return {
        ok: false,
        problem: `too many combinations (${count} ways its choices can match at one place; at most ${NOTATION_LIMITS.paths}): split it into several patterns`,
      };
    const cost = count * size(root);
    if (cost > NOTATION_LIMITS.cost)
      return {
        ok: false,
        problem: `too costly to check on every keystroke (${count} combinations × ${size(root)} parts = ${cost}; at most ${NOTATION_LIMITS.cost}): split it into several patterns or shorten its gaps`,
      };
    return { ok: true, source: `(?<![a-z0-9])(?:${emitTop(root)})(?![a-z0-9])`, paths: count, cost };
  } catch (e) {
    if (e instanceof NotationError) return { ok: false, problem: e.message };
    throw e;
  }
}

/**
 * Compiles a rule's patterns into one global regex; patterns the notation refuses are left out
 * (parsePack refuses them first, so this only guards packs stored by an older version).
 * Undefined when no pattern is usable.
 * @example compilePackPatterns(['dat is (?:ons|het) beleid'])?.test('dat is ons beleid') === true
 */
export function compilePackPatterns(patterns: readonly string[]): RegExp | undefined {
  const sources = patterns.flatMap((p) => {
    const r = checkPackPattern(p);
    return r.ok ? [r.source] : [];
  });
  return sources.length ? new RegExp(sources.join('|'), 'g') : undefined;
}
