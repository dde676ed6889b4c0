/**
 * Answers by message hash: the panel asks again for a text it already had scored (the agent goes
 * back to a thread, the panel reopens, a settings change re-asks), and a real-size model spends
 * hundreds of milliseconds per e-mail on the 2-core machines this runs on (bench: model-shape).
 * The key is a 53-bit hash of the text plus its length and the scoring options; only results are
 * kept, never the text itself.
 */

/** cyrb53: a fast, well-mixed 53-bit string hash (not cryptographic; collisions ~ n² / 2⁵⁴). */
export function hashText(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `${n.toString(36)}:${text.length.toString(36)}`;
}

/** A least-recently-used map of at most `max` entries (0 turns it off). */
export class LruCache<V> {
  private readonly map = new Map<string, V>();
  constructor(readonly max: number) {}

  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v === undefined) return undefined;
    this.map.delete(key); // refresh: most recently used last
    this.map.set(key, v);
    return v;
  }

  set(key: string, value: V): void {
    if (this.max <= 0) return;
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
  }

  get size(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
  }
}
