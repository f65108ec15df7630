import { z } from 'zod';
import { safeString } from '../text';

// Schemas run inside the Temporal workflow sandbox too: no code generation there.
z.config({ jitless: true });

export const isoDate = z
  .string()
  .max(10)
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'field.dateFormat', abort: true })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'field.calendarDate');
export const clockTime = z.string().max(5).regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'field.timeFormat');
export const text = (max = 200) => safeString(max).trim().min(1, 'field.required');
export const longText = safeString(5000).trim().min(10, 'field.describeMore');
/** Free text that may stay empty. */
export const optionalText = (max: number) => safeString(max).optional();
export const amountCents = z.number().int('field.wholeCents').nonnegative();
export const language = z.enum(['nl', 'fr', 'de', 'en']);
export const countryCode = z.string().max(2).regex(/^[A-Z]{2}$/, 'field.countryCode');
export const phone = z.string().max(21).regex(/^\+?[0-9 ()/.-]{8,20}$/, 'field.phone');
export const email = z.email('field.email').max(254);

/** Belgian IBAN (or another SEPA IBAN), checked with ISO 7064 mod 97. */
export const iban = z
  .string()
  .max(50)
  .transform((value) => value.replace(/\s+/g, '').toUpperCase())
  .refine((value) => /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(value) && mod97(value) === 1, 'field.iban');
function mod97(value: string): number {
  const rearranged = value.slice(4) + value.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const digits = /[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

export const address = z.strictObject({
  street: text(),
  postalCode: z.string().max(10).regex(/^[0-9A-Z -]{4,10}$/, 'field.postalCode'),
  city: text(),
  country: countryCode,
});

export const person = z.strictObject({
  firstName: text(),
  lastName: text(),
  birthDate: isoDate.optional(),
  address: address.optional(),
  phone: phone.optional(),
  email: email.optional(),
});

export const witness = person.extend({ statement: optionalText(2000) });

export const vehicle = z.strictObject({
  licensePlate: z.string().max(10).regex(/^[A-Z0-9-]{2,10}$/, 'field.licencePlate'),
  vin: z.string().max(17).regex(/^[A-HJ-NPR-Z0-9]{17}$/, 'field.vin'),
  make: text(),
  model: text(),
});

export const counterparty = person.extend({
  insurer: optionalText(200),
  policyNumber: optionalText(50),
  vehicle: vehicle.partial().optional(),
});

/** Step 1 of every declaration: when, where and what happened. */
export const eventBase = z.strictObject({
  date: isoDate,
  time: clockTime.optional(),
  place: address,
  description: longText,
});

/** Step 4: who the insurer contacts about this declaration, and in which language. */
export const contact = z.strictObject({
  name: text(),
  email,
  phone,
  language,
});

/**
 * Upper bounds no real declaration reaches (a coach crash with its passengers stays well below): they
 * keep one declaration, and so its workflow's history, a bounded size, and the UI and OpenAPI show them.
 */
export const MAX_PERSONS = 50;
export const MAX_LIST_ITEMS = 20;

export const parties = (insured: z.ZodType = person) =>
  z.strictObject({
    insured: z.array(insured).min(1, 'field.insuredPerson').max(MAX_PERSONS),
    counterparties: z.array(counterparty).max(MAX_PERSONS).default([]),
    witnesses: z.array(witness).max(MAX_PERSONS).default([]),
  });
