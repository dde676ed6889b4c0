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
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  window.document.write(html);
  attachDeclarativeShadowRoots(window.document as unknown as Document);
  return {
    doc: window.document as unknown as Document,
    url: new URL(url),
    close: () => window.happyDOM.close(),
  };
}

/**
 * What Chromium's parser does with `<template shadowrootmode="open">` and happy-dom's
 * document.write does not: the template's content becomes its parent's open shadow root.
 */
function attachDeclarativeShadowRoots(doc: Document): void {
  for (const tpl of Array.from(doc.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]'))) {
    const host = tpl.parentElement;
    if (!host || host.shadowRoot) continue;
    const root = host.attachShadow({ mode: tpl.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open' });
    root.appendChild(tpl.content.cloneNode(true));
    tpl.remove();
    attachDeclarativeShadowRoots(root as unknown as Document);
  }
}
