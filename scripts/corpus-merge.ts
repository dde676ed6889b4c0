/**
 * `npm run corpus:merge`: joins tests/fixtures/corpus/parts/*-incoming.jsonl and *-replies.jsonl
 * into incoming.jsonl and replies.jsonl, sorted by id. Refuses (exit 2) a bad line, a reused id,
 * the same text (or the same opening) twice, two trims of one text, or a text over 800 characters,
 * naming the file and item. Two trims are found on the words alone (no case, accents, quote marks,
 * punctuation or cut markers, so `,,` vs `“`, a replaced handle or another cut does not hide a
 * twin): nearly all of the shorter one's five-word runs are in the other, or half of them when both
 * come from the same page. A twin in tune and in check would leak; templated replies of one company
 * to different customers (other rows, other names) are different texts and stay.
 * Refuses too (exit 2) a file that is less than half Dutch.
 * `npm run corpus:merge -- --check` does all the checks and writes nothing (for a collection pass at
 * work while others edit their own part files).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { incomingItem, readJsonl, replyItem } from './eval/corpus';

const dir = fileURLToPath(new URL('../tests/fixtures/corpus/', import.meta.url));
const parts = readdirSync(dir + 'parts').sort();
const SHINGLE = 5;
const CHECK_ONLY = process.argv.includes('--check');

function shingles(text: string): Set<string> {
  const words = text
    .replace(/\[\.\.\.\]|@\[HANDLE\]|@\w+|\[NAAM\]|\[ORDER\]|\[EMAIL\]/g, ' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= Math.max(words.length, SHINGLE); i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

function contained(a: Set<string>, b: Set<string>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const s of small) if (big.has(s)) n++;
  return small.size ? n / small.size : 0;
}

function merge<T extends { id: string; text: string }>(suffix: string, schema: z.ZodType<T>, out: string): number {
  const items: T[] = [];
  const ids = new Map<string, string>();
  const texts = new Map<string, string>();
  const seen: Array<{ id: string; source: string; runs: Set<string> }> = [];
  const twins: string[] = [];
  for (const file of parts.filter((f) => f.endsWith(suffix))) {
    for (const item of readJsonl(dir + 'parts/' + file, schema)) {
      const key = item.text.toLowerCase().replace(/\s+/g, ' ').trim();
      if (ids.has(item.id)) fail(`${file}: id ${item.id} is used again (first in ${ids.get(item.id)})`);
      // Two trims of one post start alike: the opening counts as the same text too.
      const twin = texts.get(key) ?? texts.get(key.slice(0, 80));
      if (twin) fail(`${file}: ${item.id} has the same text as ${twin}`);
      if (item.text.length > 800) fail(`${file}: ${item.id} is ${item.text.length} characters (at most 800; trim with [...])`);
      const runs = shingles(item.text);
      const source = (item as { source?: string }).source ?? '';
      for (const other of seen) {
        const c = contained(runs, other.runs);
        if (c >= 0.95 || (c >= 0.5 && source === other.source))
          twins.push(`${file}: ${item.id} is a trim of ${other.id} (${Math.round(100 * c)} % of its words in a row)`);
      }
      seen.push({ id: item.id, source, runs });
      ids.set(item.id, file);
      texts.set(key, item.id);
      texts.set(key.slice(0, 80), item.id);
      items.push(item);
    }
  }
  if (twins.length) fail(twins.join('\n'));
  items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // The issue's rule: at least half of each file is Dutch (Flemish included).
  const dutch = items.filter((i) => (i as { lang?: string }).lang === 'nl').length;
  if (2 * dutch < items.length) {
    const msg = `${out}: ${dutch} of ${items.length} items are Dutch; at least half must be`;
    // A collection pass at work only hears it; the merge that writes the files refuses.
    if (CHECK_ONLY) console.warn(`note: ${msg}`);
    else fail(msg);
  }
  if (CHECK_ONLY) return items.length;
  writeFileSync(dir + out, items.map((i) => JSON.stringify(i)).join('\n') + '\n');
  return items.length;
}

function fail(msg: string): never {
  console.error(msg);
  process.exit(2);
}

try {
  console.log(`incoming.jsonl: ${merge('-incoming.jsonl', incomingItem, 'incoming.jsonl')} items`);
  console.log(`replies.jsonl: ${merge('-replies.jsonl', replyItem, 'replies.jsonl')} items`);
} catch (e) {
  fail((e as Error).message);
}
