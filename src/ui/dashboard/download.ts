import { toCsv } from '../../db/transfer';
import type { CsvTable } from '../../db/aggregate';

/** Saves text as a file through a Blob URL: nothing is sent anywhere, the browser writes it to disk. */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the download a moment to start before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** One dashboard section as CSV, with a BOM so Excel shows é and ë correctly. */
export function downloadCsv(name: string, table: CsvTable): void {
  const day = new Date().toISOString().slice(0, 10);
  downloadText(`triade-${name}-${day}.csv`, toCsv(table.header, table.rows, { bom: true }), 'text/csv;charset=utf-8');
}
