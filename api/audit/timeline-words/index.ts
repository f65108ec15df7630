import { typeName, type Language } from '../../../domain/labels';
import { declarationTypes, type DeclarationType } from '../../../domain/declaration-types';
import { valueIn } from '../../i18n/vocabulary';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';
import { humanize, type Actor, type Args, type TimeUnit, type TimelineLanguage, type TimelineWords } from './shared';

export * from './shared';

/**
 * The business words for what a workflow's history records: who did what to which process, in the
 * reader's language (the one their refusals use). Keyed by the update and activity names the workflows
 * define; a name not listed (a newer workflow) still reads as a plain sentence built from the name
 * itself, so the timeline never hides an event.
 */

export const timelineWords: Record<TimelineLanguage, TimelineWords> = { en, nl, fr };

/** What the process is called: `declarationWorkflow` → "the declaration", a newer type → its name in words. */
export const processNoun = (words: TimelineWords, workflowType: string) =>
  words.nouns[workflowType] ?? words.otherNoun(humanize(workflowType.replace(/Workflow$/, '')));

/** Which vocabulary holds a process's statuses (French agrees them with the noun's gender). */
const statusWords: Record<string, string> = {
  declarationWorkflow: 'declarationStatus',
  hospitalisationChangeWorkflow: 'changeStatus',
  paymentApprovalWorkflow: 'paymentStatus',
  claimMessageWorkflow: 'messageStatus',
  paymentScheduleWorkflow: 'scheduleStatus',
};

/** A status code in the reader's words; English (and an unknown code) reads it with spaces. */
export function statusIn(workflowType: string, status: string, language: TimelineLanguage): string {
  const spaced = status.replace(/_/g, ' ');
  const vocabulary = statusWords[workflowType];
  return language === 'en' || !vocabulary ? spaced : valueIn(vocabulary, status, language);
}

/** What was declared, as the start input codes it: "workplace accident", "Arbeidsongeval". */
export function kindIn(type: unknown, language: TimelineLanguage): string | null {
  if (typeof type !== 'string') return null;
  const known = (declarationTypes as readonly string[]).includes(type);
  return language === 'en' || !known ? type.replace(/_/g, ' ') : typeName(type as DeclarationType, language as Language);
}

export const isActor = (value: unknown): value is Actor =>
  typeof value === 'object' && value !== null && typeof (value as Actor).name === 'string' && typeof (value as Actor).role === 'string' && 'userId' in value;

/** Who started the process: the start input names them under one of these fields. */
export const initiatorOf = (input: Args | undefined): Actor | null =>
  [input?.createdBy, input?.requestedBy, input?.sender, input?.actor].find(isActor) ?? null;

/** Activities that only copy the process state into PostgreSQL after each action: the action itself is the event. */
export const isProjection = (activityType: string) => /^project[A-Z]/.test(activityType);

/** A duration in the largest whole unit that reads well: "14 days", "14 dagen", "2 heures". */
export function spokenDuration(words: TimelineWords, ms: number): string {
  const sizes: [TimeUnit, number][] = [['day', 86_400_000], ['hour', 3_600_000], ['minute', 60_000], ['second', 1000]];
  for (const [unit, size] of sizes) {
    if (ms >= size && ms % size === 0) return `${ms / size} ${words.units[unit][ms / size === 1 ? 0 : 1]}`;
  }
  return `${ms} ms`;
}
