/**
 * Binary logistic regression for the fitted reply-tone layer: full-batch
 * gradient descent with L2, deterministic, plus the cross-validation that picks the penalty and the
 * decision threshold. Used by scripts/train-tone.ts.
 */
export interface Feature {
  name: string;
  value: number;
}
export interface Example {
  id: string;
  features: readonly Feature[];
  y: 0 | 1;
  weight?: number;
  /** Already flagged by another part of the system (the rules): counts as flagged whatever the model says. */
  flagged?: boolean;
}
export interface Model {
  vocab: string[];
  W: Float64Array;
  b: number;
}

/** Engine features always; a word or word pair only when it occurs in at least `minCount` examples. */
export function vocabulary(examples: readonly Example[], minCount = 3): string[] {
  const df = new Map<string, number>();
  for (const e of examples) for (const f of e.features) df.set(f.name, (df.get(f.name) ?? 0) + 1);
  const isWord = (n: string) => n.startsWith('w:') || n.startsWith('b:');
  return [...df.keys()].filter((n) => !isWord(n) || df.get(n)! >= minCount).sort();
}

export function fit(examples: readonly Example[], vocab: string[], lambda: number, iterations = 1500, rate = 0.5): Model {
  const index = new Map(vocab.map((n, i) => [n, i]));
  const W = new Float64Array(vocab.length);
  let b = 0;
  const rows = examples.map((e) =>
    e.features.filter((f) => index.has(f.name)).map((f) => [index.get(f.name)!, f.value] as const),
  );
  const total = examples.reduce((s, e) => s + (e.weight ?? 1), 0);
  for (let it = 0; it < iterations; it++) {
    const G = new Float64Array(vocab.length);
    let gb = 0;
    for (let i = 0; i < examples.length; i++) {
      const g = ((probability(rows[i]!, W, b) - examples[i]!.y) * (examples[i]!.weight ?? 1)) / total;
      gb += g;
      for (const [j, v] of rows[i]!) G[j]! += g * v;
    }
    for (let j = 0; j < vocab.length; j++) W[j]! -= rate * (G[j]! + lambda * W[j]!);
    b -= rate * gb;
  }
  return { vocab, W, b };
}

function probability(row: ReadonlyArray<readonly [number, number]>, W: Float64Array, b: number): number {
  let z = b;
  for (const [j, v] of row) z += W[j]! * v;
  return 1 / (1 + Math.exp(-z));
}

export function predict(model: Model, features: readonly Feature[]): number {
  let z = model.b;
  const index = new Map(model.vocab.map((n, i) => [n, i]));
  for (const f of features) {
    const j = index.get(f.name);
    if (j !== undefined) z += model.W[j]! * f.value;
  }
  return 1 / (1 + Math.exp(-z));
}

export interface Choice {
  lambda: number;
  threshold: number;
  precision: number;
  recall: number;
  /** The counts behind precision and recall, over the cross-validated examples. */
  tp: number;
  fp: number;
}

/**
 * 5-fold cross-validation (folds by a hash of the id; examples in `always` train in every fold)
 * over penalties and thresholds; returns every combination's precision and recall, of the model
 * together with what already flags an example (`flagged`), as the user sees them.
 */
export function crossValidate(
  examples: readonly Example[],
  lambdas: readonly number[],
  thresholds: readonly number[],
  always: readonly Example[] = [],
): Choice[] {
  const fold = (id: string) => [...id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 11) % 5;
  const out: Choice[] = [];
  for (const lambda of lambdas) {
    const tp = thresholds.map(() => 0);
    const fp = thresholds.map(() => 0);
    let pos = 0;
    for (let k = 0; k < 5; k++) {
      const train = [...examples.filter((e) => fold(e.id) !== k), ...always];
      const model = fit(train, vocabulary(train), lambda, 600);
      for (const e of examples.filter((x) => fold(x.id) === k)) {
        const p = predict(model, e.features);
        if (e.y) pos++;
        thresholds.forEach((t, i) => {
          if (p < t && !e.flagged) return;
          if (e.y) tp[i]!++;
          else fp[i]!++;
        });
      }
    }
    thresholds.forEach((threshold, i) =>
      out.push({
        lambda,
        threshold,
        precision: tp[i]! + fp[i]! ? tp[i]! / (tp[i]! + fp[i]!) : 0,
        recall: pos ? tp[i]! / pos : 0,
        tp: tp[i]!,
        fp: fp[i]!,
      }),
    );
  }
  return out;
}

/** The weights worth keeping, rounded, as a plain object (feature → weight). */
export function weightsOf(model: Model): Record<string, number> {
  const out: Record<string, number> = {};
  model.vocab.forEach((name, j) => {
    const w = Math.round(model.W[j]! * 1000) / 1000;
    if (Math.abs(w) >= 0.01) out[name] = w;
  });
  return out;
}
