/**
 * The least of a few runs of `fn`, in ms: the timing tests compare such figures as ratios within one
 * run, so a slow or busy machine moves both sides alike.
 */
export function bestTime(fn: () => unknown, runs = 3): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}
