// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pickAdapter, siteAdapters } from '../../../src/sites/registry';
import { loadPage } from './load';

const DEMO = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/demo/index.html');

describe('demo inbox (npm run dev)', () => {
  it('is read by the generic adapter: the open e-mail without signature, and the reply box', async () => {
    const page = loadPage(readFileSync(DEMO, 'utf8'), 'http://localhost:3000/demo/index.html');
    for (const a of siteAdapters) expect(a.detect(page.url, page.doc), a.id).toBe(false);
    const adapter = pickAdapter(page.url, page.doc);
    expect(adapter.id).toBe('generic');
    expect(adapter.detect(page.url, page.doc)).toBe(true);

    const incoming = adapter.readIncoming(page.doc);
    expect(incoming.ok).toBe(true);
    if (!incoming.ok) return;
    expect(incoming.value.senderName).toBe('Marieke Bos');
    expect(incoming.value.threadId).toBe('demo-1');
    expect(incoming.value.subject).toBe('Abonnement opgezegd, toch betaald');
    expect(incoming.value.text.startsWith('Goedemorgen,\nIn september')).toBe(true);
    expect(incoming.value.text).toContain('terug te boeken');
    expect(incoming.value.text).not.toContain('iPhone');

    const editor = adapter.findEditor(page.doc);
    expect(editor.ok && editor.value.id).toBe('reply-box');
    if (!editor.ok) return;
    expect(adapter.insertAtCursor(editor.value, 'Beste Marieke,\n\nWat vervelend.').ok).toBe(true);
    expect(adapter.readDraft(editor.value)).toBe('Beste Marieke,\n\nWat vervelend.');
    await page.close();
  });
});
