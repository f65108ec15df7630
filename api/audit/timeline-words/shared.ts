import { humanise } from '../../../domain/labels';
import type { RefusalLanguage } from '../../i18n/catalogue/refusal';

/** The shapes every language's timeline words share, and the helpers their sentences use. */

export interface Actor {
  userId: string | null;
  name: string;
  role: string;
}

export type Args = Record<string, any>;
export type TimelineLanguage = RefusalLanguage;

/** A process with its article, as a sentence names it: "the declaration", "de aangifte"; French also needs "de la déclaration". */
export interface Noun {
  the: string;
  ofThe: string;
}

/** A whole sentence, since the actor's name does not always come first or alone (Dutch puts the verb last). */
export type UpdatePhrase = (who: string, args: Args, noun: Noun) => string;
/** The input says what was asked, the result (when it came) what happened. */
export type ActivitySentence = (input: Args, result: Args | undefined) => string;
export type TimeUnit = 'day' | 'hour' | 'minute' | 'second';

/** One language's sentences; `who` is the actor's name, or the language's word for the system. */
export interface TimelineWords {
  system: string;
  nouns: Record<string, Noun>;
  otherNoun: (name: string) => Noun;
  units: Record<TimeUnit, readonly [one: string, many: string]>;
  started: (who: string, noun: Noun, kind: string | null) => string;
  updates: Record<string, UpdatePhrase>;
  otherUpdate: (who: string, name: string, noun: Noun) => string;
  updateFailed: (name: string, who: string | null, message: string) => string;
  nowStatus: (noun: Noun, status: string, claimNumber: string | null) => string;
  activities: Record<string, ActivitySentence>;
  otherActivity: (name: string) => string;
  deadlineSet: (due: string, duration: string) => string;
  deadlinePassed: (setOn: string | null) => string;
  signal: (who: string, signal: string, noun: Noun) => string;
  closed: (noun: Noun, status: string | null) => string;
  failed: (noun: Noun, message: string) => string;
  terminated: (noun: Noun, by: string | null, reason: string | null) => string;
  timedOut: (noun: Noun) => string;
  canceled: (noun: Noun) => string;
  continuedAsNew: (noun: Noun) => string;
}

/** `approvePayment` → `approve payment`: a code in lower-case words, to stand in the middle of a sentence. */
export const humanize = (name: string) => humanise(name).toLowerCase();

export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** French puts a space before the colon. */
export const withReason = (text: string, reason: unknown, colon = ':') =>
  (typeof reason === 'string' && reason.trim() ? `${text}${colon} ${reason.trim()}` : text);

/** A moment as a Belgian reader reads it: day/month/year and the time in Brussels. */
export function brusselsMoment(iso: string, locale: 'nl-BE' | 'fr-BE'): string {
  const moment = new Date(iso);
  const date = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Brussels', day: '2-digit', month: '2-digit', year: 'numeric' }).format(moment);
  const time = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit' }).format(moment);
  return `${date} ${time}`;
}
