import { ibanOf, isBic } from '../../../domain/sepa/accounts';
import { claimNumberCode } from '../../../domain/declaration-types';
import { claimCommunication, isStructuredCommunication, structuredCommunication } from '../../../domain/sepa/structured-communication';

describe('the Belgian structured communication', () => {
  test('a claim\'s transfers carry its claim number: 2026/BA/000042 is 26, 01 (liability), 000042, check digits 41', () => {
    const codes = Object.values(claimNumberCode);
    expect(codes[0]).toBe('BA');
    expect(claimCommunication('2026/BA/000042', codes)).toBe('+++260/1000/04241+++');
    expect(isStructuredCommunication(claimCommunication('2027/OM/123456', codes))).toBe(true);
    expect(() => claimCommunication('2026/XX/000042', codes)).toThrow(RangeError);
    expect(() => claimCommunication('not a claim', codes)).toThrow(RangeError);
  });

  test('ten digits of reference and their remainder modulo 97 as check digits', () => {
    // 0000000001 mod 97 = 1; 1234567890 mod 97 = 2; 97 mod 97 = 0, written 97.
    expect(structuredCommunication(1)).toBe('+++000/0000/00101+++');
    expect(structuredCommunication(1_234_567_890)).toBe('+++123/4567/89002+++');
    expect(structuredCommunication(97)).toBe('+++000/0000/09797+++');
  });

  test('recognises a good one, with +++ or ***, and refuses a wrong check or shape', () => {
    expect(isStructuredCommunication('+++123/4567/89002+++')).toBe(true);
    expect(isStructuredCommunication('***000/0000/09797***')).toBe(true);
    expect(isStructuredCommunication('+++123/4567/89003+++')).toBe(false);
    expect(isStructuredCommunication('123/4567/89002')).toBe(false);
  });

  test('a reference beyond ten digits cannot be written', () => {
    expect(() => structuredCommunication(10_000_000_000)).toThrow(RangeError);
  });
});

describe('accounts', () => {
  test('an IBAN is checked for its country format and check digits, and written without spaces', () => {
    expect(ibanOf('be68 5390 0754 7034')).toBe('BE68539007547034');
    expect(ibanOf('BE68539007547035')).toBeNull();
    expect(ibanOf('BE6853900754703')).toBeNull(); // one digit short for Belgium
  });

  test('a BIC has 8 or 11 characters with a real country', () => {
    expect(isBic('GEBABEBB')).toBe(true);
    expect(isBic('gebabebb')).toBe(true);
    expect(isBic('GEBABEBBXXX')).toBe(true);
    expect(isBic('GEBA1EBB')).toBe(false);
  });
});
