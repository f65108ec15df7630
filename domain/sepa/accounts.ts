import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';

/**
 * Bank accounts as SEPA transfers name them, checked by ibantools (country formats and lengths, ISO 7064
 * mod 97 for the IBAN; ISO 9362 for the BIC) rather than by a pattern of our own.
 */
export const ibanOf = (text: string): string | null => {
  const electronic = electronicFormatIBAN(text) ?? '';
  return isValidIBAN(electronic) ? electronic : null;
};

export const isBic = (text: string) => isValidBIC(text.trim().toUpperCase());
