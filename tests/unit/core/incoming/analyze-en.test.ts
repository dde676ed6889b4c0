import { describe, it } from 'vitest';
import { EN_CASES } from './cases';
import { checkCase } from './check';

describe('analyzeIncoming: English customer messages', () => {
  it.each(EN_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => checkCase(c));
});
