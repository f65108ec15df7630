import { z } from 'zod';

/**
 * Characters no text of ours needs: control characters other than tab, line feed and carriage return
 * (C0, DEL, C1), and UTF-16 surrogates without their pair. PostgreSQL's JSON refuses NUL and lone
 * surrogates outright ("unsupported Unicode escape sequence"), which once froze workflows; the others
 * garble screens, letters and CSV exports. Pure code: the workflow sandbox runs it too.
 */
const unsafeCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The field problem's code: the catalogue words it ("Remove control characters and broken characters from the text"). */
export const UNSAFE_TEXT = 'field.unsafeText';
export const isSafeText = (value: string) => !unsafeCharacter.test(value);

/**
 * Every free text the API accepts: at most `max` characters (shown in the JSON Schema) and no unsafe
 * character. Chain trim, min or a pattern after it.
 */
export const safeString = (max: number) => z.string().max(max).refine(isSafeText, { message: UNSAFE_TEXT, abort: true });
