import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToExtension } from '../../messaging/client';
import { lexiconOnlyReason } from '../../model/fuse';
import { MODEL_SETTINGS_KEY } from '../../model/settings';
import type { LexiconOnlyReason, ModelResult, ModelStatus } from '../../model/types';
import { useMessage } from './use-message';

export interface ModelAnswer {
  status: ModelStatus;
  /** The model's answer for the current text; absent while loading, when off or failed, or for an older text. */
  result?: ModelResult;
  engine: 'model+lexicon' | 'lexicon';
  /** Why the lexicon answers alone (engine 'lexicon'). */
  reason?: LexiconOnlyReason;
}

/** Long enough to skip keystroke-by-keystroke updates, short enough to feel live. */
const DEBOUNCE_MS = 250;

/** Characters changed at most between two texts for the second to count as typing in the first. */
const EDIT_CHARS = 16;

/**
 * True when `next` reads as typing in `prev`: outside a common start and end, at most a word was
 * put in or taken out (a keystroke, an autocompleted word). A newly arrived message — even one
 * that quotes the message before — or a paste changes far more.
 */
export function isEditOf(prev: string | null, next: string): boolean {
  if (!prev) return false;
  const max = Math.min(prev.length, next.length);
  let head = 0;
  while (head < max && prev.charCodeAt(head) === next.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < max - head && prev.charCodeAt(prev.length - 1 - tail) === next.charCodeAt(next.length - 1 - tail)) tail++;
  return Math.max(prev.length, next.length) - head - tail <= EDIT_CHARS;
}

/** A user-timing mark for the bench; only the latest of each name is kept (a shift is thousands of messages). */
function mark(name: string, detail: Record<string, unknown>): void {
  performance.clearMarks(name);
  performance.mark(name, { detail });
}

/**
 * How long to wait before asking the model about `text`: nothing for a new message after a still
 * moment (bench model-shape: the 250 ms were a quarter of the real-size model's 1 KB budget), the
 * debounce while the text is still changing (typing, an edit of the text before, or a change
 * within `debounceMs` of the previous one).
 */
export function delayFor(prev: string | null, text: string, sinceLastChangeMs: number, debounceMs: number): number {
  if (debounceMs <= 0) return 0;
  return sinceLastChangeMs < debounceMs || isEditOf(prev, text) ? debounceMs : 0;
}

/**
 * The local model's view of `text`: asks the model host (through the background) at once for a new
 * message, after a still moment while the text is being typed or edited; only the latest request's
 * answer is shown. Follows status and
 * download progress broadcasts, and asks again when the user changes the model settings.
 * @example const { result, status, engine } = useModel(page.incoming?.text ?? null); fuse(analysis, result, status)
 */
export function useModel(text: string | null, debounceMs = DEBOUNCE_MS): ModelAnswer {
  const [status, setStatus] = useState<ModelStatus>({ state: 'idle' });
  const [answer, setAnswer] = useState<{ text: string; result: ModelResult } | null>(null);
  const [settingsVersion, setSettingsVersion] = useState(0);
  const latest = useRef(0);
  /** The text asked about before, and when it changed: a new message after a still moment goes at once. */
  const previous = useRef<{ text: string | null; at: number }>({ text: null, at: -Infinity });
  const statusNow = useRef<ModelStatus>(status);
  statusNow.current = status;

  // Status: ask once, then follow the host's broadcasts; settings changes start a fresh request.
  useMessage('model→panel/status', ['extension-page'], (s) => void setStatus(s));
  useEffect(() => {
    let alive = true;
    sendToExtension(browser, 'panel→model/status', {}).then(
      (s) => alive && setStatus(s),
      () => {},
    );
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && MODEL_SETTINGS_KEY in changes) setSettingsVersion((v) => v + 1);
    };
    browser.storage.onChanged.addListener(onStorage);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onStorage);
    };
  }, []);

  useEffect(() => {
    if (!text || !text.trim()) return;
    const id = ++latest.current;
    const now = performance.now();
    const wait = delayFor(previous.current.text, text, now - previous.current.at, debounceMs);
    previous.current = { text, at: now };
    const ask = () => {
      mark('triade:model-asked', { id, waitedMs: wait });
      sendToExtension(browser, 'panel→model/classify', { requestId: `m${id}`, text }).then(
        (res) => {
          if (id !== latest.current) return; // a newer text is on its way: drop this answer
          if (res.ok) {
            // For the bench (model-shape): where the time between the message and the panel goes.
            mark('triade:model-answered', {
              id,
              workerMs: res.result.ms,
              ...(res.result.timing ? { timing: res.result.timing } : {}),
            });
            setAnswer({ text, result: res.result });
            // An answer means the model is loaded, whatever broadcast is still on its way: ask the host
            // for its status instead of showing 'loading' beside a model answer.
            if (statusNow.current.state !== 'ready')
              sendToExtension(browser, 'panel→model/status', {}).then(
                (st) => id === latest.current && setStatus(st),
                () => {},
              );
          } else {
            setAnswer(null);
            setStatus(res.status);
          }
        },
        (err: unknown) => {
          if (id !== latest.current) return;
          setAnswer(null);
          setStatus({ state: 'failed', modelId: '?', reason: 'load-failed', message: `model host unreachable: ${String(err)}` });
        },
      );
    };
    if (wait === 0) {
      ask();
      return;
    }
    const timer = setTimeout(ask, wait);
    return () => clearTimeout(timer);
  }, [text, settingsVersion, debounceMs]);

  const result = answer && answer.text === text ? answer.result : undefined;
  return result ? { status, result, engine: 'model+lexicon' } : { status, engine: 'lexicon', reason: lexiconOnlyReason(status) };
}
