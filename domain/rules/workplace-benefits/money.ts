import type { Phrase } from '../../../i18n/phrase';

/**
 * What the benefit modules share: the worker's status, a computation line, and how cents are rounded.
 * Amounts are integer cents; a fraction of a cent is rounded half away from zero, once per line, so that
 * every line a letter shows is a whole amount and the next line follows from it (see roundedDivision).
 */

/** Bediende / arbeider: decides who pays the first days (guaranteed wage, law of 3 July 1978). */
export type WorkerStatus = 'white_collar' | 'blue_collar';

/** One line of a computation as the file and the letter show it: what, and the amount it comes to. */
export interface ComputationLine {
  phrase: Phrase;
  amountCents: number | null;
}

/** numerator / denominator in whole cents, half away from zero (1.5 → 2, −1.5 → −2), in integer arithmetic. */
export function roundedDivision(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(`Whole numbers and a positive divisor only: ${numerator} / ${denominator}`);
  }
  const sign = numerator < 0 ? -1 : 1;
  const magnitude = Math.abs(numerator);
  const quotient = Math.floor(magnitude / denominator);
  const rest = magnitude - quotient * denominator;
  const rounded = 2 * rest >= denominator ? quotient + 1 : quotient;
  return rounded === 0 ? 0 : sign * rounded;
}

/** A percentage with at most two decimals (12.5 %), as hundredths of a percent, so arithmetic stays whole. */
export function hundredthsOfPercent(percent: number): number {
  const hundredths = Math.round(percent * 100);
  if (!Number.isFinite(percent) || percent < 0 || percent > 100 || Math.abs(hundredths - percent * 100) > 1e-6) {
    throw new RangeError(`A percentage from 0 to 100 with at most two decimals: ${percent}`);
  }
  return hundredths;
}

export function assertCents(name: string, cents: number): void {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`${name}: whole, non-negative cents: ${cents}`);
}
