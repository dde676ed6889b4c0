/**
 * Bulk analysis for team leads: `npm run analyze -- FILE` (or `-` for stdin).
 * Input: JSON lines, {"id","text"} = incoming customer message, {"id","draft"} = agent reply
 * (optional "customerName" for the name check). Output: one JSON line per input line.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyzeLine } from './analyze-line';

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npm run analyze -- FILE   (JSON lines; use - for stdin)');
    process.exit(2);
  }
  const input = file === '-' ? process.stdin : createReadStream(file, 'utf8');
  input.on('error', (e) => {
    console.error(`cannot read ${file}: ${e.message}`);
    process.exit(2);
  });
  const rl = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let bad = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    const out = analyzeLine(line);
    if ('error' in out) {
      bad++;
      out.line = n;
    }
    process.stdout.write(JSON.stringify(out) + '\n');
  }
  if (bad) console.error(`${bad} of ${n} lines could not be analysed (see "error" fields)`);
}

void main();
