/**
 * Bulk analysis for team leads: `npm run analyze -- [--pack PACK.json]… FILE` (or `-` for stdin).
 * Input: JSON lines, {"id","text"} = incoming customer message, {"id","draft"} = agent reply
 * (optional "customerName" for the name check). Output: one JSON line per input line.
 * `--pack` applies a team phrase pack's extra rules to the drafts (their hits are in `violations`
 * with the pack rule's id), so a pack can be tried before it is rolled out; an invalid pack stops
 * the run with exit code 2 and the first bad field on stderr.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { mergePacks, parsePack, type PhrasePack } from '../src/core/knowledge/phrase-pack';
import { analyzeLine } from './analyze-line';

const USAGE = 'usage: npm run analyze -- [--pack PACK.json]… FILE   (JSON lines; use - for stdin)';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** The input file and the packs named on the command line; exits 2 on a bad argument or pack. */
function readArgs(argv: readonly string[]): { file: string; packs: PhrasePack[] } {
  const packs: PhrasePack[] = [];
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--pack' || arg.startsWith('--pack=')) {
      const path = arg === '--pack' ? argv[++i] : arg.slice('--pack='.length);
      if (!path) fail(`--pack needs a file\n${USAGE}`);
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (e) {
        fail(`cannot read pack ${path}: ${(e as Error).message}`);
      }
      const r = parsePack(text);
      if (!r.ok) fail(`invalid pack ${path}: ${r.error}`);
      packs.push(r.pack);
    } else if (arg.startsWith('--') && arg !== '--') fail(`unknown option ${arg}\n${USAGE}`);
    else if (arg !== '--') {
      if (file !== undefined) fail(`one input file only (got ${file} and ${arg})\n${USAGE}`);
      file = arg;
    }
  }
  if (file === undefined) fail(USAGE);
  return { file, packs };
}

async function main() {
  const { file, packs } = readArgs(process.argv.slice(2));
  const { extraRules } = mergePacks([], packs);
  const input = file === '-' ? process.stdin : createReadStream(file, 'utf8');
  input.on('error', (e: Error) => fail(`cannot read ${file}: ${e.message}`));
  const rl = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let bad = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    const out = analyzeLine(line, { extraRules });
    if ('error' in out) {
      bad++;
      out.line = n;
    }
    process.stdout.write(JSON.stringify(out) + '\n');
  }
  if (bad) console.error(`${bad} of ${n} lines could not be analysed (see "error" fields)`);
}

void main();
