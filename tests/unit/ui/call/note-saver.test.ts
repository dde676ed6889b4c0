import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftNote, notesOf, openCase } from '../../../../src/db';
import { NoteSaver } from '../../../../src/ui/call/note-saver';
import { freshDb } from '../../db/helpers';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quota = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

afterEach(() => vi.restoreAllMocks());

describe('NoteSaver', () => {
  it('a write that fails while newer text is being saved never comes back over the newer text', async () => {
    const db = await freshDb();
    const c = await openCase(db, { channel: 'phone' });
    const draft = draftNote(c.id, 'customer_says');
    const realPut = db.notes.put.bind(db.notes);
    let calls = 0;
    // The first write hangs on a slow disk and then fails; later writes go through.
    vi.spyOn(db.notes, 'put').mockImplementation(((note: never) => {
      calls += 1;
      return calls === 1 ? new Promise((_, reject) => setTimeout(() => reject(quota()), 40)) : realPut(note);
    }) as never);
    const failed: string[] = [];
    const shown: string[] = [];
    const saver = new NoteSaver(db, { onSaved: (n) => shown.push(n.text), onFailed: (id) => failed.push(id) }, 5);

    saver.schedule({ ...draft, text: 'Pakket' });
    void saver.flush(); // in flight, fails in 40 ms
    await sleep(5);
    saver.schedule({ ...draft, text: 'Pakket kwijt, al drie weken' });
    await saver.flush(); // the newer text is saved while the first write is still out
    await sleep(80); // the first write has failed by now
    await saver.flush(); // the next flush (pagehide, the next keystroke…) must not bring "Pakket" back
    await sleep(20);

    expect((await notesOf(db, c.id)).map((n) => n.text)).toEqual(['Pakket kwijt, al drie weken']);
    expect(saver.busy).toBe(false);
    // Nothing tells the agent the (newer, saved) note failed.
    expect(failed).toEqual([]);
    saver.dispose();
  });
});
