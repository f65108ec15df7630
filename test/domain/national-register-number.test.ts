import { isNationalRegisterNumber, normalisedNationalRegisterNumber, NRN_CHECK_MODULUS } from '../../domain/national-register-number';

describe('the national register number (rijksregisternummer)', () => {
  test('the check digits are 97 minus the first nine digits modulo 97', () => {
    expect(NRN_CHECK_MODULUS).toBe(97);
    // 780412031 mod 97 = 83; 97 - 83 = 14
    expect(isNationalRegisterNumber('78.04.12-031.14')).toBe(true);
    expect(isNationalRegisterNumber('78041203114')).toBe(true);
    expect(isNationalRegisterNumber('78.04.12-031.15')).toBe(false);
  });

  test('someone born from 2000 on has a 2 put before the nine digits', () => {
    // 2120305045 mod 97 = 87 → 10 (12.03.05-045.10); without the 2: 120305045 mod 97 = 19 → 78 (born 1912)
    expect(isNationalRegisterNumber('12.03.05-045.10')).toBe(true);
    expect(isNationalRegisterNumber('12.03.05-045.78')).toBe(true);
    expect(isNationalRegisterNumber('12.03.05-045.11')).toBe(false);
  });

  test('anything but eleven digits is no national register number', () => {
    expect(isNationalRegisterNumber('7804120311')).toBe(false);
    expect(isNationalRegisterNumber('780412031144')).toBe(false);
    expect(isNationalRegisterNumber('78.04.12-O31.14')).toBe(false);
    expect(isNationalRegisterNumber('')).toBe(false);
  });

  test('the stored form is the eleven digits', () => {
    expect(normalisedNationalRegisterNumber('85.01.01-213.94')).toBe('85010121394');
    expect(normalisedNationalRegisterNumber('85.01.01-213.95')).toBeUndefined();
  });
});

test('every demo eID card carries a valid national register number', () => {
  const { eidCards } = jest.requireActual('../../db/seeds/demo-data') as typeof import('../../db/seeds/demo-data');
  expect(eidCards.length).toBe(7);
  for (const card of eidCards) expect([card.familyName, isNationalRegisterNumber(card.nationalRegisterNumber)]).toEqual([card.familyName, true]);
});
