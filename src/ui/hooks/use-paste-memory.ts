import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

type Setter = (v: string | ((prev: string) => string)) => void;

const KEY = 'pasteBox';
const SAVE_MS = 200;

/**
 * The paste box's two texts, kept in session storage so closing the panel mid-sentence loses
 * nothing (session storage lives while the browser runs and is never written to disk).
 */
export function usePasteMemory(): { incoming: string; draft: string; setIncoming: Setter; setDraft: Setter } {
  const [incoming, setIncomingState] = useState('');
  const [draft, setDraftState] = useState('');
  const latest = useRef({ incoming: '', draft: '' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const save = () => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
    void browser.storage.session?.set({ [KEY]: latest.current }).catch(() => {});
  };
  const schedule = () => {
    if (timer.current === undefined) timer.current = setTimeout(save, SAVE_MS);
  };

  useEffect(() => {
    void browser.storage.session?.get(KEY).then((got) => {
      const v = got[KEY] as { incoming?: unknown; draft?: unknown } | undefined;
      // Whatever the agent typed before this load finished wins over the stored copy.
      if (typeof v?.incoming === 'string' && !latest.current.incoming) setIncomingState((latest.current.incoming = v.incoming));
      if (typeof v?.draft === 'string' && !latest.current.draft) setDraftState((latest.current.draft = v.draft));
    });
    addEventListener('pagehide', save);
    return () => removeEventListener('pagehide', save);
  }, []);

  const setter =
    (field: 'incoming' | 'draft', set: (s: string) => void): Setter =>
    (v) => {
      const next = typeof v === 'function' ? v(latest.current[field]) : v;
      latest.current = { ...latest.current, [field]: next };
      set(next);
      schedule();
    };
  return { incoming, draft, setIncoming: setter('incoming', setIncomingState), setDraft: setter('draft', setDraftState) };
}
