import { describe, it } from 'vitest';
import { NL_CASES } from './cases';
import { checkCase } from './check';

describe('analyzeIncoming: Dutch customer messages', () => {
  it.each(NL_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => checkCase(c));
});
