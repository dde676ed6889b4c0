/**
 * The corpus split, fixed once: FNV-1a of the item's id, 70 % `tune`, 30 % `check`. Changing this
 * file changes what "held out" means — never do it to move a figure.
 */
export type Split = 'tune' | 'check';

export function splitOf(id: string): Split {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 100 < 70 ? 'tune' : 'check';
}
