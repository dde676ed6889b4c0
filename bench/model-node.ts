/**
 * Model figures in Node (onnxruntime-node through transformers.js) on the generated test model:
 * cold load and per-message latency. The real default model is far larger; these figures measure
 * our pipeline overhead (tokenizer, windows, aggregation, runtime calls), not BERT itself.
 */
import path from 'node:path';
import { TEST_MODEL_ID, writeTestModel } from '../scripts/make-test-model';
import { CHAT, emailOf } from './samples';
import { summarize } from './stats';

async function latency(run: () => Promise<unknown>, runs: number, warmup = 5): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < warmup; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  const { p50, p95 } = summarize(times);
  return { p50, p95 };
}

export async function benchModelNode(): Promise<Record<string, number>> {
  const root = path.resolve('tests/.tmp/bench-models');
  await writeTestModel(root);
  // Imported here so the figure includes loading transformers.js and the native runtime (first import in the process only).
  let t0 = performance.now();
  const { createClassifier, disposeAllClassifiers } = await import('../src/model/classifier');
  const runtimeImportMs = performance.now() - t0;
  await disposeAllClassifiers();
  const options = { modelId: TEST_MODEL_ID, localModelPath: root, allowRemote: false };

  // Cold: first load in this process (runtime start-up, tokenizer JSON, ONNX session).
  t0 = performance.now();
  let c = await createClassifier(options);
  const coldLoadMs = performance.now() - t0;
  await c.dispose();
  t0 = performance.now();
  c = await createClassifier(options);
  const reloadMs = performance.now() - t0;

  const email = emailOf(1_000);
  const chat = await latency(() => c.classify(CHAT), 200);
  const mail = await latency(() => c.classify(email), 100);
  const long = await latency(() => c.classify(emailOf(20_000)), 10, 1);
  await disposeAllClassifiers();

  const figures: Record<string, number> = {
    'model.node.runtimeImportMs': runtimeImportMs,
    'model.node.coldLoadMs': coldLoadMs,
    'model.node.reloadMs': reloadMs,
    'model.node.chat.p50Ms': chat.p50,
    'model.node.chat.p95Ms': chat.p95,
    'model.node.email1k.p50Ms': mail.p50,
    'model.node.email1k.p95Ms': mail.p95,
    'model.node.email20k.p50Ms': long.p50,
  };
  console.log('\nModel in Node (generated test model, onnxruntime-node)');
  for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(28)} ${v.toFixed(2)} ms`);
  console.log('  (targets: measured and printed only; see DESIGN.md quality bars)');
  return figures;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  benchModelNode().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
