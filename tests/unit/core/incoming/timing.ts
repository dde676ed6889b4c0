/**
 * Quick timing check for analyzeIncoming (not a test: wall time depends on the machine).
 * Run: npx vite-node tests/unit/core/incoming/timing.ts
 * (not tsx: in this ESM project tsx turns AFINN-en.json into `var await = …`, which is a syntax error)
 * Prints median and p95 per size and the p95 per 1,000 characters (DESIGN.md bar: under 1 ms).
 */
import { analyzeIncoming } from '../../../../src/core/incoming/index';

const NL =
  'Beste klantenservice, mijn pakket (ordernummer 12345678) is nog steeds niet geleverd. Ik heb al 3 keer gebeld op 24-11-2026 om 15:00 en niemand neemt op!!! Dit is SCHANDALIG 😡. Als dit niet vandaag is opgelost, stap ik over.\n';
const EN =
  'Hello, my account was blocked after one day and I called three times but nobody answers. The invoice of $10.50 is wrong and the parcel never arrived. I will leave a review on Trustpilot.\n';

const make = (p: string, n: number) => p.repeat(Math.ceil(n / p.length)).slice(0, n);
for (let i = 0; i < 200; i++) analyzeIncoming(make(NL, 2000) + i); // warm up the JIT

for (const [name, para] of [
  ['nl', NL],
  ['en', EN],
] as const) {
  for (const size of [1_000, 10_000, 100_000, 1_000_000]) {
    const text = make(para, size);
    const runs = size >= 1_000_000 ? 7 : size >= 100_000 ? 20 : 200;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      analyzeIncoming(text);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!;
    console.log(
      `${name} ${String(size).padStart(9)} chars  median ${median.toFixed(2)} ms  p95 ${p95.toFixed(2)} ms  p95/KB ${(p95 / (size / 1000)).toFixed(3)} ms`,
    );
  }
}
