/** Load a fixture page into its own happy-dom Window at the real site URL (scripts are not run). */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

// path.join, not new URL(): the happy-dom environment replaces the global URL.
export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/sites/');

export function fixtureHtml(site: string, scenario: string): string {
  return readFileSync(`${FIXTURES}${site}/${scenario}.html`, 'utf8');
}

export function fixtureFiles(site: string): string[] {
  return readdirSync(`${FIXTURES}${site}`).filter((f) => f.endsWith('.html'));
}

export interface Loaded {
  doc: Document;
  url: URL;
  close(): Promise<void>;
}

export function loadPage(html: string, url: string): Loaded {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } as never });
  window.document.write(html);
  return {
    doc: window.document as unknown as Document,
    url: new URL(url),
    close: () => window.happyDOM.close(),
  };
}
