import type { Strings } from '../i18n/strings';

/** For pages Triade cannot read: paste the customer's message and type the reply here. */
export function PasteBox({
  t,
  incoming,
  draft,
  onIncoming,
  onDraft,
}: {
  t: Strings;
  incoming: string;
  draft: string;
  onIncoming: (s: string) => void;
  onDraft: (s: string) => void;
}) {
  return (
    <section class="section paste" aria-labelledby="paste-h">
      <h2 id="paste-h">{t.paste.heading}</h2>
      <div>
        <label for="paste-incoming">{t.paste.incoming}</label>
        <textarea
          id="paste-incoming"
          data-testid="paste-incoming"
          placeholder={t.paste.incomingPh}
          value={incoming}
          onInput={(e) => onIncoming(e.currentTarget.value)}
        />
      </div>
      <div>
        <label for="paste-draft">{t.paste.draft}</label>
        <textarea
          id="paste-draft"
          data-testid="paste-draft"
          placeholder={t.paste.draftPh}
          value={draft}
          onInput={(e) => onDraft(e.currentTarget.value)}
        />
      </div>
    </section>
  );
}
