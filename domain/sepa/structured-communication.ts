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
