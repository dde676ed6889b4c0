import type { Case } from '../../../db/schema';

/**
 * One section's figures, gathered case by case in the single pass of `aggregateCases`: every
 * section sees every case opened in the period and keeps only what it needs.
 */
export interface SectionAccumulator<R> {
  /** A case opened in the period; `bucket` is its index on the time axis (outside 0…width−1 when it falls off the axis). */
  add(c: Case, bucket: number): void;
  result(): R;
}

/** Adds one to `perBucket[bucket]` when the bucket is on the axis. */
export function countIn(perBucket: number[], bucket: number): void {
  if (bucket >= 0 && bucket < perBucket.length) perBucket[bucket]!++;
}
