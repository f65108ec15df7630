/**
 * The Belgian national register number (rijksregisternummer): YYMMDD (birth date), a 3-digit serial
 * (odd for men, even for women) and 2 check digits. The check is 97 minus the first nine digits modulo 97;
 * for people born from 2000 on, the digit 2 is put before the nine (Rijksregister, "Structuur van het
 * identificatienummer"). An eID login identifies a person by it.
 */
export const NRN_CHECK_MODULUS = 97;

/** The eleven digits, without the dots and dash people write (78.04.12-031.14). */
export const nationalRegisterDigits = (value: string): string => value.replace(/[\s.-]/g, '');

/** Whether the number is eleven digits whose check digits match (born before or from 2000). */
export function isNationalRegisterNumber(value: string): boolean {
  const digits = nationalRegisterDigits(value);
  if (!/^\d{11}$/.test(digits)) return false;
  const check = Number(digits.slice(9));
  const checkOf = (base: string) => NRN_CHECK_MODULUS - Number(BigInt(base) % BigInt(NRN_CHECK_MODULUS));
  return checkOf(digits.slice(0, 9)) === check || checkOf(`2${digits.slice(0, 9)}`) === check;
}

/** The stored form (eleven digits), or undefined when it is no valid national register number. */
export const normalisedNationalRegisterNumber = (value: string): string | undefined =>
  isNationalRegisterNumber(value) ? nationalRegisterDigits(value) : undefined;
