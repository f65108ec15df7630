import { z } from 'zod';
import { safeString } from '../domain/text';

/** Why a handler or a customer does something (refuse, reject, withdraw, change a reserve): free text, bounded. */
export const reason = (max: number, whenEmpty = 'api.field.sayWhy') => safeString(max).trim().min(1, whenEmpty);

/**
 * A JSON object checked in depth elsewhere (a declaration's or a register change's data, by its type's
 * schema): here only its breadth is bounded, as the JSON Schema's maxProperties shows.
 */
export const jsonObject = (maxProperties: number) =>
  z.record(safeString(64), z.unknown())
    .refine((value) => Object.keys(value).length <= maxProperties, { message: 'api.field.atMostFields', params: { count: maxProperties } })
    .meta({ maxProperties });
