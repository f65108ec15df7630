/**
 * The Belgian structured communication (gestructureerde mededeling / communication structurée) a SEPA transfer
 * carries so the payee's bank and accounting match it: ten digits of reference and two check digits, the
 * reference modulo 97 (97 when that is 0), written +++123/4567/89012+++.
 */
const REFERENCE_DIGITS = 10;

const checkDigitsOf = (reference: bigint) => {
  const remainder = Number(reference % 97n);
  return String(remainder === 0 ? 97 : remainder).padStart(2, '0');
};

/** The communication for a reference of at most ten digits (a payment's sequence number, for example). */
export function structuredCommunication(reference: number | bigint): string {
  const value = BigInt(reference);
  if (value < 0n || value >= 10n ** BigInt(REFERENCE_DIGITS)) throw new RangeError(`A structured communication holds a reference of at most ${REFERENCE_DIGITS} digits`);
  const digits = value.toString().padStart(REFERENCE_DIGITS, '0') + checkDigitsOf(value);
  return `+++${digits.slice(0, 3)}/${digits.slice(3, 7)}/${digits.slice(7)}+++`;
}

/** Whether a text is a well-formed structured communication with the right check digits (+++ or *** around it). */
export function isStructuredCommunication(text: string): boolean {
  const match = /^(?:\+{3}|\*{3})(\d{3})\/(\d{4})\/(\d{5})(?:\+{3}|\*{3})$/.exec(text.trim());
  if (!match) return false;
  const digits = match.slice(1).join('');
  return checkDigitsOf(BigInt(digits.slice(0, REFERENCE_DIGITS))) === digits.slice(REFERENCE_DIGITS);
}

const CLAIM_NUMBER = /^(\d{4})\/([A-Z]{2})\/(\d+)$/;

/**
 * The communication every transfer of a claim carries: its claim number in ten digits — the year's last two,
 * the claim type's code as a number (the order of claimNumberCodes), the sequence's last six — so the payee's
 * bank shows which claim paid. 2026/BA/000042 reads +++260/1000/04241+++ (26, 01, 000042 and the check digits 41).
 */
export function claimCommunication(claimNumber: string, claimNumberCodes: readonly string[]): string {
  const match = CLAIM_NUMBER.exec(claimNumber);
  const code = match ? claimNumberCodes.indexOf(match[2]) + 1 : 0;
  if (!match || code === 0 || code > 99) throw new RangeError(`${claimNumber} is not a claim number`);
  const [, year, , sequence] = match;
  return structuredCommunication(BigInt(`${year.slice(2)}${String(code).padStart(2, '0')}${sequence.slice(-6).padStart(6, '0')}`));
}
