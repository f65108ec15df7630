import { randomInt } from 'node:crypto';

/** A valid, unused-looking national register number of someone born in the 1990s: random serial, right check digits. */
export function newNationalRegisterNumber(): string {
  const nine = `9${randomInt(0, 10)}0${randomInt(1, 10)}1${randomInt(0, 10)}${String(randomInt(1, 998)).padStart(3, '0')}`;
  const check = 97 - Number(BigInt(nine) % 97n);
  return `${nine}${String(check).padStart(2, '0')}`;
}
