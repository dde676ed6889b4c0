import { toCsv } from '../../db/transfer';
import type { CsvTable } from './aggregate';
import { downloadText } from '../download';

export { downloadText };

/** One dashboard section as CSV, with a BOM so Excel shows é and ë correctly. */
export function downloadCsv(name: string, table: CsvTable): void {
  const day = new Date().toISOString().slice(0, 10);
  downloadText(`triade-${name}-${day}.csv`, toCsv(table.header, table.rows, { bom: true }), 'text/csv;charset=utf-8');
}
