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

/** Long enough to skip keystroke-by-keystroke page updates, short enough to feel live. */
const DEBOUNCE_MS = 250;

/**
 * The local model's view of `text`: asks the model host (through the background) once the text
 * has been still for a moment; only the latest request's answer is shown. Follows status and
 * download progress broadcasts, and asks again when the user changes the model settings.
 * @example const { result, status, engine } = useModel(page.incoming?.text ?? null); fuse(analysis, result, status)
 */
export function useModel(text: string | null, debounceMs = DEBOUNCE_MS): ModelAnswer {
  const [status, setStatus] = useState<ModelStatus>({ state: 'idle' });
  const [answer, setAnswer] = useState<{ text: string; result: ModelResult } | null>(null);
  const [settingsVersion, setSettingsVersion] = useState(0);
  const latest = useRef(0);
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
    const timer = setTimeout(() => {
      sendToExtension(browser, 'panel→model/classify', { requestId: `m${id}`, text }).then(
        (res) => {
          if (id !== latest.current) return; // a newer text is on its way: drop this answer
          if (res.ok) {
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
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [text, settingsVersion, debounceMs]);

  const result = answer && answer.text === text ? answer.result : undefined;
  return result ? { status, result, engine: 'model+lexicon' } : { status, engine: 'lexicon', reason: lexiconOnlyReason(status) };
}
