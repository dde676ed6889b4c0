/**
 * `npm run corpus:merge`: joins tests/fixtures/corpus/parts/*-incoming.jsonl and *-replies.jsonl
 * into incoming.jsonl and replies.jsonl, sorted by id. Refuses (exit 2) a bad line, a reused id,
 * the same text (or the same opening) twice, or a text over 800 characters, naming the file and item.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { incomingItem, readJsonl, replyItem } from './eval/corpus';

const dir = fileURLToPath(new URL('../tests/fixtures/corpus/', import.meta.url));
const parts = readdirSync(dir + 'parts').sort();

function merge<T extends { id: string; text: string }>(suffix: string, schema: z.ZodType<T>, out: string): number {
  const items: T[] = [];
  const ids = new Map<string, string>();
  const texts = new Map<string, string>();
  for (const file of parts.filter((f) => f.endsWith(suffix))) {
    for (const item of readJsonl(dir + 'parts/' + file, schema)) {
      const key = item.text.toLowerCase().replace(/\s+/g, ' ').trim();
      if (ids.has(item.id)) fail(`${file}: id ${item.id} is used again (first in ${ids.get(item.id)})`);
      // Two trims of one post start alike: the opening counts as the same text too.
      const twin = texts.get(key) ?? texts.get(key.slice(0, 80));
      if (twin) fail(`${file}: ${item.id} has the same text as ${twin}`);
      if (item.text.length > 800) fail(`${file}: ${item.id} is ${item.text.length} characters (at most 800; trim with [...])`);
      ids.set(item.id, file);
      texts.set(key, item.id);
      texts.set(key.slice(0, 80), item.id);
      items.push(item);
    }
  }
  items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
