import { expect } from 'vitest';
import { analyzeIncoming } from '../../../../src/core/incoming/index';
import type { Case } from './cases';

/** Run one case and compare only the expected fields, with a readable diff on failure. */
export function checkCase(c: Case): void {
  const a = analyzeIncoming(c.text);
  const e = c.expect;
  if (e.lang) expect(a.lang).toBe(e.lang);
  if (e.label)
    expect({ label: a.sentiment.label, evidence: a.sentiment.evidence.map((h) => h.text) }).toMatchObject({ label: e.label });
  if (e.minIntensity) expect(a.sentiment.intensity).toBeGreaterThanOrEqual(e.minIntensity);
  if (e.emotion) expect(a.emotion).toBe(e.emotion);
  const kinds = new Set(a.cues.map((x) => x.kind));
  for (const k of e.cues ?? []) expect([...kinds], `cue ${k}`).toContain(k);
  for (const k of e.noCues ?? []) expect([...kinds], `no cue ${k}`).not.toContain(k);
  for (const [kind, value] of e.facts ?? []) {
    expect(a.facts.map((f) => [f.kind, f.value])).toContainEqual([kind, value]);
  }
  if (e.type)
    expect({ type: a.customerType.type, reasons: a.customerType.reasons.map((r) => r.en) }).toMatchObject({ type: e.type });
  if (e.customerName !== undefined) expect(a.customerName).toBe(e.customerName ?? undefined);
  for (const w of e.notInEvidence ?? []) {
    const all = [...a.sentiment.evidence, ...a.emotionEvidence, ...a.cues].map((s) => s.text);
    expect(
      all.some((t) => t.includes(w)),
      `evidence contains ${w}`,
    ).toBe(false);
  }
  // Whatever the case, every span must point at the words it names.
  for (const s of [...a.sentiment.evidence, ...a.emotionEvidence, ...a.cues, ...a.facts]) {
    expect(c.text.slice(s.start, s.end)).toBe(s.text);
  }
}
