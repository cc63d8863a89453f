/**
 * A number as a learner types it: thousands commas (1,234.5), full-width digits and
 * signs from a Chinese input method (１２３４．５, －３), a trailing % (35% is 35, the
 * unit percentage answers are asked in), spaces anywhere. Null when it is no number.
 */
export function parseNumberInput(typed: string): number | null {
  const halfWidth = typed
    .normalize('NFKC')
    .replace(/[\s\u00a0]/g, '')
    .replace(/[−–]/g, '-')
    .replace(/。/g, '.');
  const text = halfWidth.replace(/%$/, '');
  // Commas only as thousands separators: 1,234 or 12,345.6, never 1,23.
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/.test(text) || !/\d/.test(text)) return null;
  const value = Number(text.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}
