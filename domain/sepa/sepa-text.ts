/** The Latin character set every SEPA bank must accept (EPC217-08): anything else may be refused or garbled. */
export const OUTSIDE_SEPA_SET = /[^A-Za-z0-9/\-?:().,'+ ]/g;
/** Letters that decomposition does not reduce to a base letter. */
const LIGATURES: Record<string, string> = { ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', þ: 'th', Þ: 'TH', ð: 'd', Ð: 'D' };
/** Typographic look-alikes of allowed characters; '&' becomes '+' so "Dupont & Fils" keeps its meaning. */
const LOOK_ALIKES: Record<string, string> = { '&': '+', '’': "'", '‘': "'", '´': "'", '`': "'", '–': '-', '—': '-', _: '-', '\t': ' ', '\n': ' ', '\r': ' ' };

/** Text in the SEPA character set: accents dropped (é -> e), ligatures spelled out, the rest left out. */
export function sepaText(text: string, maxLength: number): string {
  const spelled = [...text.normalize('NFC')].map((c) => LIGATURES[c] ?? LOOK_ALIKES[c] ?? c).join('');
  const latin = spelled.normalize('NFD').replace(/\p{M}/gu, '').replace(OUTSIDE_SEPA_SET, '');
  return latin.replace(/ {2,}/g, ' ').trim().slice(0, maxLength).trim();
}

/** Whether a name keeps something once written in the SEPA character set (a bank needs a payee it can print). */
export const hasSepaText = (text: string) => sepaText(text, 70).length > 0;
