/**
 * `npm run eval`: the engine against the labelled corpus of real text (tests/fixtures/corpus).
 * Every item goes through the analyze CLI's own line function, so the figures are what a team lead
 * running `npm run analyze` would see. Printed for `tune` and `check` separately, per language.
 * Figures are reported, never gated: CI runs this for the record.
 */
import { fileURLToPath } from 'node:url';
import { analyzeLine } from './analyze-line';
import {
  incomingItem,
  readJsonl,
  replyItem,
  VIOLATION_FAMILIES,
  type IncomingItem,
  type ReplyItem,
  type ViolationFamily,
} from './eval/corpus';
import { familiesOf } from './eval/families';
import { splitOf, type Split } from './eval/split';
import { CUE_KINDS } from '../src/core/ids';

const dir = fileURLToPath(new URL('../tests/fixtures/corpus/', import.meta.url));
// `npm run eval -- --only <regex>` scores only the ids it matches: e.g. a new collection pass before anyone reads it.
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? new RegExp(process.argv[onlyAt + 1] ?? '') : undefined;
const incoming = readJsonl(dir + 'incoming.jsonl', incomingItem).filter((i) => !only || only.test(i.id));
const replies = readJsonl(dir + 'replies.jsonl', replyItem).filter((r) => !only || only.test(r.id));

const LABELS = ['negative', 'neutral', 'positive'] as const;
const CHECK_ITEMS = [
  ['understanding', 'has_understanding'],
  ['apology', 'has_apology'],
  ['solution', 'has_solution_or_next_step'],
  ['time_commitment', 'has_time_commitment'],
  ['thanks', 'has_thanks'],
  ['name', 'uses_name'],
] as const;

interface IncomingOut {
  sentiment: { label: string };
  cues: Array<{ kind: string }>;
}
interface DraftOut {
  checklist: Array<{ id: string; state: string }>;
  violations: Array<{ rule: string }>;
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + ' %' : '—');
const pr = (tp: number, fp: number, fn: number) =>
  `P ${pct(tp, tp + fp).padStart(7)}  R ${pct(tp, tp + fn).padStart(7)}  (${tp} hit, ${fp} false, ${fn} missed)`;
const f1 = (tp: number, fp: number, fn: number) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);

interface Miss {
  id: string;
  what: string;
  weight: number;
}

function evalIncoming(items: IncomingItem[], misses: Miss[]): string[] {
  const lines: string[] = [];
  const confusion = new Map<string, number>();
  const cue = new Map<string, { tp: number; fp: number; fn: number }>(CUE_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  let right = 0;
  for (const item of items) {
    const out = analyzeLine(JSON.stringify({ id: item.id, text: item.text })) as unknown as IncomingOut;
    const got = out.sentiment.label;
    confusion.set(`${item.sentiment}>${got}`, (confusion.get(`${item.sentiment}>${got}`) ?? 0) + 1);
    if (got === item.sentiment) right++;
    else
      misses.push({
        id: item.id,
        what: `sentiment ${item.sentiment}, got ${got}`,
        weight: item.sentiment === 'negative' ? 2 : 1,
      });
    const gotCues = new Set(out.cues.map((c) => c.kind));
    for (const k of CUE_KINDS) {
      const want = item.cues.includes(k);
      const has = gotCues.has(k);
      const c = cue.get(k)!;
      if (want && has) c.tp++;
      else if (has) {
        c.fp++;
        misses.push({ id: item.id, what: `cue ${k} not in the text's label`, weight: 1 });
      } else if (want) {
        c.fn++;
        misses.push({ id: item.id, what: `cue ${k} missed`, weight: 1.5 });
      }
    }
  }
  const n = items.length;
  const perClass = LABELS.map((l) => {
    const tp = confusion.get(`${l}>${l}`) ?? 0;
    const fn = LABELS.filter((o) => o !== l).reduce((s, o) => s + (confusion.get(`${l}>${o}`) ?? 0), 0);
    const fp = LABELS.filter((o) => o !== l).reduce((s, o) => s + (confusion.get(`${o}>${l}`) ?? 0), 0);
    return { l, tp, fn, fp, f1: f1(tp, fp, fn) };
  });
  const macro = perClass.reduce((s, c) => s + c.f1, 0) / LABELS.length;
  const negatives = items.filter((i) => i.sentiment === 'negative').length;
  lines.push(
    `  sentiment accuracy ${pct(right, n)} (${right}/${n}); macro-F1 ${macro.toFixed(2)}; always-negative baseline ${pct(negatives, n)}`,
  );
  lines.push(
    '  recall per class: ' + perClass.map((c) => `${c.l} ${pct(c.tp, c.tp + c.fn)} (${c.tp}/${c.tp + c.fn})`).join(', '),
  );
  let all = { tp: 0, fp: 0, fn: 0 };
  for (const [k, c] of cue) {
    all = { tp: all.tp + c.tp, fp: all.fp + c.fp, fn: all.fn + c.fn };
    lines.push(`  cue ${k.padEnd(8)} ${pr(c.tp, c.fp, c.fn)}`);
  }
  lines.push(`  cues all     ${pr(all.tp, all.fp, all.fn)}`);
  return lines;
}

function evalReplies(items: ReplyItem[], misses: Miss[]): string[] {
  const lines: string[] = [];
  const item = new Map<string, { right: number; tp: number; fp: number; fn: number }>(
    CHECK_ITEMS.map(([id]) => [id, { right: 0, tp: 0, fp: 0, fn: 0 }]),
  );
  const fam = new Map<ViolationFamily, { tp: number; fp: number; fn: number }>(
    VIOLATION_FAMILIES.map((f) => [f, { tp: 0, fp: 0, fn: 0 }]),
  );
  const any = { tp: 0, fp: 0, fn: 0 };
  let cells = 0;
  let right = 0;
  let missingRight = 0;
  for (const r of items) {
    const out = analyzeLine(JSON.stringify({ id: r.id, draft: r.text })) as unknown as DraftOut;
    const state = new Map(out.checklist.map((c) => [c.id, c.state]));
    for (const [id, field] of CHECK_ITEMS) {
      const want = r[field];
      const has = state.get(id) === 'done';
      const c = item.get(id)!;
      cells++;
      if (!want) missingRight++;
      if (want === has) {
        c.right++;
        right++;
        if (has) c.tp++;
      } else {
        if (has) c.fp++;
        else c.fn++;
        misses.push({ id: r.id, what: `${id} ${want ? 'there, read as missing' : 'not there, read as done'}`, weight: 1 });
      }
    }
    const got = familiesOf(out.violations.map((v) => v.rule));
    const gotAny = out.violations.length > 0;
    const wantAny = r.violations.length > 0;
    if (wantAny && gotAny) any.tp++;
    else if (gotAny) {
      any.fp++;
      misses.push({ id: r.id, what: `flagged ${out.violations.map((v) => v.rule).join(', ')} in a clean reply`, weight: 2 });
    } else if (wantAny) {
      any.fn++;
      misses.push({ id: r.id, what: `missed ${r.violations.join(', ')}`, weight: 2 });
    }
    for (const f of VIOLATION_FAMILIES) {
      const want = r.violations.includes(f);
      const has = got.has(f);
      const c = fam.get(f)!;
      if (want && has) c.tp++;
      else if (has) c.fp++;
      else if (want) c.fn++;
    }
  }
  lines.push(
    `  checklist (6 items x ${items.length} replies) ${pct(right, cells)}; all-missing baseline ${pct(missingRight, cells)}`,
  );
  for (const [id, c] of item)
    lines.push(`  item ${id.padEnd(16)} ${pct(c.right, items.length).padStart(7)}   done: ${pr(c.tp, c.fp, c.fn)}`);
  lines.push(`  replies with a violation ${pr(any.tp, any.fp, any.fn)}`);
  for (const [f, c] of fam) if (c.tp + c.fp + c.fn) lines.push(`  family ${f.padEnd(28)} ${pr(c.tp, c.fp, c.fn)}`);
  return lines;
}

function report(split: Split) {
  const inc = incoming.filter((i) => splitOf(i.id) === split);
  const rep = replies.filter((r) => splitOf(r.id) === split);
  const misses: Miss[] = [];
  console.log(`\n== ${split}: ${inc.length} incoming, ${rep.length} replies ==`);
  console.log('incoming, all languages');
  for (const l of evalIncoming(inc, misses)) console.log(l);
  console.log('replies, all languages');
  for (const l of evalReplies(rep, misses)) console.log(l);
  for (const lang of ['nl', 'en', 'fr', 'de'] as const) {
    const li = inc.filter((i) => i.lang === lang);
    const lr = rep.filter((r) => r.lang === lang);
    if (!li.length && !lr.length) continue;
    console.log(`-- ${lang}: ${li.length} incoming, ${lr.length} replies`);
    if (li.length) for (const l of evalIncoming(li, []).slice(0, 2)) console.log(l);
    if (lr.length) for (const l of evalReplies(lr, []).filter((x) => /checklist|replies with/.test(x))) console.log(l);
  }
  if (split === 'check' && !only) {
    console.log('10 worst misses of check:');
    for (const m of misses.sort((a, b) => b.weight - a.weight).slice(0, 10)) console.log(`  ${m.id}: ${m.what}`);
  }
}

report('tune');
report('check');
