import { useState } from 'preact/hooks';
import type { DashStrings } from './strings';

/** Export this computer's case log, import colleagues' exports: how a team lead sees the whole team. */
export function CaseLogTransfer(props: {
  t: DashStrings['log'];
  onExportJson: () => Promise<void>;
  onExportCsv: () => Promise<void>;
  /** Resolves to the message to show; rejects with the reason when the file is refused. */
  onImport: (text: string) => Promise<string>;
}) {
  const { t } = props;
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>();
  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      setMessage({ text: await props.onImport(await file.text()), error: false });
    } catch (err) {
      setMessage({ text: t.refused.replace('{error}', err instanceof Error ? err.message : String(err)), error: true });
    }
  };
  return (
    <section class="section" data-testid="case-log" aria-labelledby="h-log">
      <h2 id="h-log" class="dash-title">
        {t.title}
      </h2>
      <p class="muted">{t.intro}</p>
      <div class="actions start">
        <button type="button" class="btn" onClick={() => void props.onExportJson()}>
          {t.exportJson}
        </button>
        <button type="button" class="btn" onClick={() => void props.onExportCsv()}>
          {t.exportCsv}
        </button>
        <label class="btn file-btn">
          {t.import}
          <input type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} data-testid="log-file" />
        </label>
      </div>
      {message && (
        <p class={message.error ? 'note error' : 'note ok'} role={message.error ? 'alert' : 'status'} data-testid="log-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
