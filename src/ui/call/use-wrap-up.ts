import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  analyzeIncoming,
  notesToLetterInput,
  suggestRecall,
  writeFollowUpLetter,
  type PhraseLang,
  type RecallSuggestion,
  type Register,
} from '../../core';
import {
  AVOIDABLE_CAUSES,
  closeCase,
  findByThread,
  getCase,
  isStorageError,
  notesOf,
  openCase,
  updateCase,
  type Case,
  type CaseInput,
  type CauseCategory,
  type Note,
  type TriadeDb,
} from '../../db';
import { closingSentiment, customerLanguage } from './coach';
import { useRegisterSetting } from '../hooks/use-register-setting';
import { replyRegister } from '../../storage/reply-register';
import type { UiLang } from '../i18n/ui-lang';

/** An e-mail thread that has no case yet: the wrap-up creates it on close. */
export interface ThreadCaseInput {
  threadKey: string;
  customerName?: string;
  channel: 'email';
  sentimentFirst?: CaseInput['sentimentFirst'];
  lang?: CaseInput['lang'];
  checklist?: CaseInput['checklist'];
  violations?: CaseInput['violations'];
  /** How the customer addressed us in the thread's message (the analysis' register). */
  customerRegister?: Register;
}

export interface WrapUpForm {
  customerName: string;
  causeCategory: CauseCategory | '';
  customerType: NonNullable<Case['customerType']> | '';
  resolution: string;
  gestures: string;
  avoidable: boolean;
  avoidableReason: string;
  letterLang: PhraseLang;
  letter: string;
}

/** The letter of seed 000 from tagged notes: what the complaint was, what was done, what the customer gave, forward. */
export function letterFromNotes(
  notes: readonly Pick<Note, 'text' | 'tag'>[],
  lang: PhraseLang,
  customerName?: string,
  register?: Register,
): string {
  const name = customerName?.trim();
  return writeFollowUpLetter(
    notesToLetterInput(notes, { lang, ...(name ? { customerName: name } : {}), ...(register ? { register } : {}) }),
  );
}

/** Loads the case and notes, pre-fills the form, and closes the case (creating it first for an e-mail thread). */
export function useWrapUp(
  db: TriadeDb,
  uiLang: UiLang,
  caseId: string | undefined,
  thread: ThreadCaseInput | undefined,
  letterLang?: PhraseLang,
) {
  const [form, setForm] = useState<WrapUpForm | null>(null);
  const [notes, setNotes] = useState<Note[]>([]);
  const [closed, setClosed] = useState<Case | null>(null);
  const [error, setError] = useState<string>();
  // The letter answers in the register the team fixed, else in the customer's (from the thread, or from what they said on the phone).
  const setting = useRegisterSetting();
  const [saidRegister, setSaidRegister] = useState<Register>();
  const register = replyRegister(setting, thread?.customerRegister ?? saidRegister);

  useEffect(() => {
    let alive = true;
    (async () => {
      const c = caseId ? await getCase(db, caseId) : thread ? await findByThread(db, thread.threadKey) : undefined;
      const rows = c ? await notesOf(db, c.id) : [];
      if (!alive) return;
      const lang = letterLang ?? (c?.lang === 'nl' || c?.lang === 'en' ? c.lang : customerLanguage(rows, uiLang).lang);
      const name = c?.customerName ?? thread?.customerName ?? '';
      const input = notesToLetterInput(rows, { lang });
      const said = rows
        .filter((n) => n.tag === 'customer_says')
        .map((n) => n.text)
        .join('\n');
      const heard = said.trim() ? analyzeIncoming(said) : undefined;
      const guessed = heard?.customerType.type;
      // Only a register the customer showed counts; with no evidence the polite default is no reading of them.
      const shown = heard?.register && heard.register.evidence.length > 0 ? heard.register.register : undefined;
      setSaidRegister(shown);
      const letterRegister = replyRegister(setting, thread?.customerRegister ?? shown);
      setNotes(rows);
      setForm({
        customerName: name,
        causeCategory: c?.causeCategory ?? '',
        customerType: c?.customerType ?? guessed ?? '',
        resolution: c?.resolution ?? input.actions.join('; '),
        gestures: (c?.gestures ?? input.gesture ?? []).join('\n'),
        avoidable: c?.avoidable.flag ?? false,
        avoidableReason: c?.avoidable.reason ?? '',
        letterLang: lang,
        letter: letterFromNotes(rows, lang, name, letterRegister),
      });
      if (c?.closedAt) setClosed(c);
    })().catch((e) => alive && setError(isStorageError(e) ? e.text(uiLang) : String((e as Error)?.message ?? e)));
    return () => {
      alive = false;
    };
  }, [db, caseId, thread?.threadKey]);

  // The team setting arrives from storage after the first render (or changes in the options): rewrite the
  // letter in the new register, unless the agent has typed in it.
  const letterEdited = useRef(false);
  const loaded = form !== null;
  useEffect(() => {
    if (!loaded || letterEdited.current) return;
    setForm((f) => {
      if (!f) return f;
      const letter = letterFromNotes(notes, f.letterLang, f.customerName, register);
      return letter === f.letter ? f : { ...f, letter };
    });
  }, [register, notes, loaded]);

  const change = useCallback(
    (patch: Partial<WrapUpForm>) => {
      setForm((f) => {
        if (!f) return f;
        if (patch.letter !== undefined) letterEdited.current = true;
        const next = { ...f, ...patch };
        // A cause from seed 003's list makes the contact avoidable unless the agent says otherwise.
        if (patch.causeCategory !== undefined && patch.avoidable === undefined)
          next.avoidable = AVOIDABLE_CAUSES.includes(patch.causeCategory as CauseCategory);
        if (patch.letterLang !== undefined || patch.customerName !== undefined)
          next.letter = letterFromNotes(notes, next.letterLang, next.customerName, register);
        return next;
      });
    },
    [notes, register],
  );

  const regenerate = useCallback(() => {
    letterEdited.current = false;
    setForm((f) => (f ? { ...f, letter: letterFromNotes(notes, f.letterLang, f.customerName, register) } : f));
  }, [notes, register]);

  const close = useCallback(
    async (checklist: CaseInput['checklist'] | undefined, sentimentClose: CaseInput['sentimentClose'] | undefined) => {
      if (!form) return null;
      try {
        let id = caseId;
        if (!id && thread) {
          const existing = await findByThread(db, thread.threadKey);
          id =
            existing && existing.closedAt === undefined
              ? existing.id
              : (
                  await openCase(db, {
                    channel: thread.channel,
                    threadKey: thread.threadKey,
                    ...(thread.customerName ? { customerName: thread.customerName } : {}),
                    ...(thread.sentimentFirst ? { sentimentFirst: thread.sentimentFirst } : {}),
                    ...(thread.lang ? { lang: thread.lang } : {}),
                  })
                ).id;
        }
        if (!id) return null;
        // A case opened earlier for this thread (e.g. by a reminder) may not know the first mood yet.
        if (thread?.sentimentFirst && !caseId) {
          const current = await getCase(db, id);
          if (current && !current.sentimentFirst) await updateCase(db, id, { sentimentFirst: thread.sentimentFirst });
        }
        const gestures = form.gestures
          .split('\n')
          .map((g) => g.trim())
          .filter(Boolean);
        const c = await closeCase(db, id, {
          ...(form.customerName.trim() ? { customerName: form.customerName.trim() } : {}),
          ...(form.causeCategory ? { causeCategory: form.causeCategory } : {}),
          ...(form.customerType ? { customerType: form.customerType } : {}),
          ...(form.resolution.trim() ? { resolution: form.resolution.trim() } : {}),
          ...(gestures.length ? { gestures } : {}),
          avoidable: form.avoidable
            ? { flag: true, ...(form.avoidableReason.trim() ? { reason: form.avoidableReason.trim().slice(0, 500) } : {}) }
            : { flag: false },
          ...((checklist ?? thread?.checklist) ? { checklist: checklist ?? thread?.checklist } : {}),
          ...(thread?.violations ? { violations: thread.violations } : {}),
          ...((sentimentClose ?? closingSentiment(notes)) ? { sentimentClose: sentimentClose ?? closingSentiment(notes) } : {}),
          lang: form.letterLang,
        });
        setClosed(c);
        setError(undefined);
        return c;
      } catch (e) {
        setError(isStorageError(e) ? e.text(uiLang) : String((e as Error)?.message ?? e));
        return null;
      }
    },
    [db, caseId, thread, form, notes, uiLang],
  );

  const recall: RecallSuggestion | null =
    closed && form?.customerType
      ? suggestRecall({
          customerType: form.customerType,
          closedAt: new Date(closed.closedAt ?? Date.now()),
          lang: form.letterLang,
          ...(form.customerName.trim() ? { customerName: form.customerName.trim() } : {}),
        })
      : null;

  return { form, change, regenerate, close, closed, recall, error, notes };
}
