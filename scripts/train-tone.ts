/**
 * Second part of `npm run train`: fits the reply-tone layer (src/core/draft/tone.ts) and writes
 * src/core/knowledge/tone-weights.json. Deterministic.
 *
 * Data: the `tune` split of tests/fixtures/corpus/replies.jsonl, the replies where the layer can
 * speak (long enough), whether or not a rule flags them: the rules
 * were written on these same replies and catch almost all of them, so fitting only on what they
 * miss would leave the layer a handful of positives and teach it nothing of the bad replies the
 * rules will miss on new text. Target: the reply has a "what not to say" problem. Every text the
 * product offers (productOwnTexts) is added as a good reply. Penalty and threshold by 5-fold
 * cross-validation of the layer's own flags over every tune reply: the highest recall whose precision stays at or
 * above 80 % — a flag the agent sees must be right at least four times in five. The rules' flags are left out of
 * that count: written on these replies, they catch nearly all of them here, and on new text few (on check they
 * find about one bad reply in seven); counting them would set the threshold for a world where they do the work.
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
  if (!toneApplies(s.toneBody)) return undefined;
  return { id, features: toneFeatures(s.toneBody, s.scan, s.states), y };
}

// Recall is over every tune reply with a problem, also the short ones the layer cannot read.
const corpus: Example[] = [];
let positives = 0;
for (const r of replies) {
  const y = r.violations.length > 0 ? 1 : 0;
  const e = example(r.id, draftSignals(r.text), y);
  if (y) positives++;
  if (e) corpus.push(e);
}
// Every text the product itself offers (cards, better phrasings, letters, in every language and
// register) is a known good reply: the layer must never flag them.
const own = productOwnTexts()
  .map((t, i) => example(`own-${i}`, draftSignals(t.text), 0))
  .filter((e): e is Example => !!e);

const choices = crossValidate(corpus, [0.003, 0.01, 0.03, 0.1], [0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8], own).map(
  (c) => ({ ...c, recall: positives ? c.tp / positives : 0 }),
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
