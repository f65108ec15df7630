import type { Response } from 'express';

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | null | undefined;
}

/** A number as `euros` and the day counts write it (-1234,56): a value Excel reads as one, no formula. */
const belgianNumber = /^-?\d+(,\d+)?$/;

/**
 * Quotes a field when it must be: separators, quotes, line breaks, or a leading formula character (no formulas
 * injected into Excel). A negative amount starts with a minus too, but stays a number the reader can add up.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !belgianNumber.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Streams a CSV that opens cleanly in Excel as Belgians use it: UTF-8 with a byte-order mark (accents
 * intact), semicolons between fields, CRLF line ends. Rows come in batches so thousands never sit in memory.
 */
export async function streamCsv<Row>(res: Response, fileName: string, columns: CsvColumn<Row>[], batches: AsyncIterable<Row[]>): Promise<void> {
  res.status(200).type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  // A download the reader aborts never drains: its close ends the wait, and the export stops (its rows' source too).
  const write = (chunk: string) => (res.write(chunk) ? Promise.resolve() : new Promise<void>((resolve) => {
    const done = () => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.once('drain', done).once('close', done);
  }));
  await write(`\uFEFF${columns.map((column) => csvField(column.header)).join(';')}\r\n`);
  for await (const rows of batches) {
    if (res.destroyed) return;
    await write(rows.map((row) => `${columns.map((column) => csvField(column.value(row))).join(';')}\r\n`).join(''));
  }
  res.end();
}

/** Belgian number format for Excel: 1234,56. */
export const euros = (cents: number | null | undefined) => (cents === null || cents === undefined ? '' : (cents / 100).toFixed(2).replace('.', ','));
/** dd/mm/yyyy, as Excel reads dates in a Belgian locale. */
export const belgianDate = (iso: string | Date | null | undefined) => {
  if (!iso) return '';
  const text = typeof iso === 'string' ? iso : iso.toISOString();
  return text.slice(0, 10).split('-').reverse().join('/');
};
