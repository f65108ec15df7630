import { z } from 'zod';
import { reason } from '../api/fields';
import { actor, moment } from './common';

// What the handler asks: a note's text (a correction is a new note), confidential for senior handlers only.
export const noteOrder = z.strictObject({
  text: reason(10_000, 'claim.problem.noteText'),
  confidential: z.boolean().default(false),
});
export type NoteOrder = z.input<typeof noteOrder>;

// What the API answers.
export const note = z.object({ id: z.string(), text: z.string(), confidential: z.boolean(), author: actor, createdAt: moment });
export type Note = z.infer<typeof note>;
export const notes = z.array(note);
