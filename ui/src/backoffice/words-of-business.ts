/** The back office's fixed choices, as the API names them. */

/** Euros as typed by a Belgian (1.234,56 or 1234.56) to whole cents; null when it is not an amount. */
export function centsOf(text: string): number | null {
  const trimmed = text.replace(/[€\s]/g, '');
  const normalised = /,\d{1,2}$/.test(trimmed) || /^-?\d{1,3}(\.\d{3})+$/.test(trimmed) ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed.replace(/,/g, '');
  if (!/^-?\d+(\.\d{1,2})?$/.test(normalised)) return null;
  return Math.round(Number(normalised) * 100);
}
