/** Hand-built incoming analyses for suggest tests: what analyzeIncoming would report for typical messages. */
import type {
  CueKind,
  CustomerTypeId,
  Emotion,
  Fact,
  FactKind,
  IncomingAnalysis,
  Intensity,
  Lang,
  SentimentLabel,
} from '../../../../src/core/types';

export interface Shape {
  lang?: Lang;
  label?: SentimentLabel;
  intensity?: Intensity;
  emotion?: Emotion;
  cues?: CueKind[];
  facts?: Array<[FactKind, string]>;
  type?: CustomerTypeId;
  name?: string;
}

export function analysis(shape: Shape = {}): IncomingAnalysis {
  const label = shape.label ?? 'negative';
  const facts: Fact[] = (shape.facts ?? []).map(([kind, value], i) => ({
    kind,
    value,
    start: i * 10,
    end: i * 10 + value.length,
    text: value,
  }));
  return {
    lang: shape.lang ?? 'nl',
    langConfidence: 0.9,
    sentiment: {
      label,
      score: label === 'negative' ? -0.7 : label === 'positive' ? 0.6 : 0,
      intensity: shape.intensity ?? 2,
      evidence: [],
    },
    emotion: shape.emotion ?? (label === 'negative' ? 'anger' : 'none'),
    emotionEvidence: [],
    cues: (shape.cues ?? []).map((kind, i) => ({ kind, start: i, end: i + 1, text: kind })),
    facts,
    customerType: { type: shape.type ?? 'extreme_critic', confidence: 0.4, reasons: [] },
    ...(shape.name !== undefined ? { customerName: shape.name } : {}),
    body: { start: 0, end: 200 },
  };
}

// Local-time clocks (November 2026): Tue 24, Wed 25, Thu 26, Fri 27, Sat 28, Sun 29, Mon 30.
export const TUESDAY_MORNING = new Date(2026, 10, 24, 9, 30);
export const TUESDAY_AFTERNOON = new Date(2026, 10, 24, 14, 0);
export const THURSDAY_LATE = new Date(2026, 10, 26, 16, 0);
export const FRIDAY_AFTERNOON = new Date(2026, 10, 27, 16, 0);
export const SATURDAY_MORNING = new Date(2026, 10, 28, 10, 0);
export const SUNDAY_EVENING = new Date(2026, 10, 29, 20, 0);
