/**
 * CSV that Excel and WPS open correctly, Chinese names included: UTF-8 with a byte
 * order mark (without it Excel on a Chinese Windows reads the file as GBK and shows
 * mojibake), CRLF line ends, every field quoted, and formula injection made harmless.
 */

/** Excel's and WPS's cue that the file is UTF-8. */
export const BOM = '\uFEFF';

export type Cell = string | number | null | undefined;

/**
 * A cell a spreadsheet would run as a formula (it starts with = + - @, or with a tab or
 * carriage return that some spreadsheets skip before such a sign) is prefixed with an
 * apostrophe, as OWASP advises for CSV injection. Numbers are written as numbers, so a
 * negative number stays a number.
 */
export function safeCell(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The file's text: BOM, then each row as quoted fields, lines ended by CRLF. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return BOM + rows.map((row) => row.map((cell) => quoted(safeCell(cell))).join(',') + '\r\n').join('');
}
