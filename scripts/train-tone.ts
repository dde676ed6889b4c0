/**
 * Second part of `npm run train`: fits the reply-tone layer (src/core/draft/tone.ts) and writes
 * src/core/knowledge/tone-weights.json. Deterministic.
 *
 * Data: the `tune` split of tests/fixtures/corpus/replies.jsonl, the replies where the layer can
 * speak (long enough, not already following the triad), whether or not a rule flags them: the rules
 * were written on these same replies and catch almost all of them, so fitting only on what they
 * miss would leave the layer a handful of positives and teach it nothing of the bad replies the
 * rules will miss on new text. Target: the reply has a "what not to say" problem. Every text the
 * product offers (productOwnTexts) is added as a good reply. Penalty and threshold by 5-fold
 * cross-validation of what the agent sees on every tune reply (a rule's flag, else the tone's): the highest recall
 * whose precision stays at or above 80 % — a flag the agent sees must be right at least four times in five.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { draftSignals } from '../src/core/draft';
import { toneApplies, toneFeatures, type ToneWeights } from '../src/core/draft/tone';
import { productOwnTexts } from '../src/core/own-texts';
import { readJsonl, replyItem } from './eval/corpus';
import { splitOf } from './eval/split';
import { crossValidate, fit, vocabulary, weightsOf, type Example } from './fit/binary';

const root = fileURLToPath(new URL('..', import.meta.url));
const replies = readJsonl(root + 'tests/fixtures/corpus/replies.jsonl', replyItem).filter((r) => splitOf(r.id) === 'tune');
const MIN_PRECISION = 0.8;

function example(id: string, s: ReturnType<typeof draftSignals>, y: 0 | 1): Example | undefined {
  if (!toneApplies(s.toneBody, s.states)) return undefined;
  // A reply a rule already flags is flagged for the agent whatever the tone says (the layer speaks only when no
  // rule does): the threshold is chosen for what the agent sees, rules and tone together.
  return { id, features: toneFeatures(s.toneBody, s.scan, s.states), y, flagged: s.violations.length > 0 };
}

// The agent sees every reply, not only those the layer reads: the rules' flags on short replies and on replies that
// follow the triad count too, so precision and recall are taken over all tune replies.
const corpus: Example[] = [];
let rulesTp = 0;
let rulesFp = 0;
let positives = 0;
for (const r of replies) {
  const y = r.violations.length > 0 ? 1 : 0;
  const s = draftSignals(r.text);
  const e = example(r.id, s, y);
  if (y) positives++;
  if (e) corpus.push(e);
  else if (s.violations.length > 0 && y) rulesTp++;
  else if (s.violations.length > 0) rulesFp++;
}
// Every text the product itself offers (cards, better phrasings, letters, in every language and
// register) is a known good reply: the layer must never flag them.
const own = productOwnTexts()
  .map((t, i) => example(`own-${i}`, draftSignals(t.text), 0))
  .filter((e): e is Example => !!e);

const choices = crossValidate(corpus, [0.003, 0.01, 0.03, 0.1], [0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8], own).map(
  (c) => {
    const tp = c.tp + rulesTp;
    const flagged = tp + c.fp + rulesFp;
    return { ...c, precision: flagged ? tp / flagged : 0, recall: positives ? tp / positives : 0 };
  },
);
for (const c of choices)
  console.log(
    `lambda ${c.lambda}, threshold ${c.threshold}: cross-validated precision ${(100 * c.precision).toFixed(1)} %, recall ${(100 * c.recall).toFixed(1)} % (all tune replies)`,
  );
const best = choices.filter((c) => c.precision >= MIN_PRECISION).sort((a, b) => b.recall - a.recall)[0];

const all = [...corpus, ...own];
const model = fit(all, vocabulary(all), best?.lambda ?? 0.1);
// Without a threshold that keeps precision, the layer stays silent (threshold 1 never fires).
const out: ToneWeights = {
  version: 1,
  bias: Math.round(model.b * 1000) / 1000,
  threshold: best?.threshold ?? 1,
  features: weightsOf(model),
};
writeFileSync(root + 'src/core/knowledge/tone-weights.json', JSON.stringify(out).replace(/,"/g, ',\n"') + '\n');
console.log(
  `tone: ${corpus.length} tune replies where it speaks (${corpus.filter((e) => e.y).length} with a problem) and ${own.length} of the product's own texts; ` +
    (best
      ? `lambda ${best.lambda}, threshold ${best.threshold}, cross-validated precision ${(100 * best.precision).toFixed(1)} % / recall ${(100 * best.recall).toFixed(1)} %`
      : 'no threshold keeps precision: silent') +
    `; ${Object.keys(out.features).length} weights`,
);
