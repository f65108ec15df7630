import { z } from 'zod';
import { declarationTypes } from '../../../domain/declaration-types';

export const motorTypes = ['motor_theft', 'motor_damage'] as const;
export const withoutPolicy = 'none';

/**
 * What the portal asks before the wizard starts: the kind of claim (motor first asks theft or not, a workplace
 * accident the full or the simplified declaration) and the policy, or none. Each question is required once it is
 * asked; the answer becomes the API's creation request (`type`, `policyId`, the first data).
 */
export const declarationChoice = z.object({
  choice: z.string().min(1),
  motorKind: z.string(),
  variant: z.enum(['full', 'simplified', '']),
  policyId: z.string().min(1),
}).superRefine(({ choice, motorKind, variant }, context) => {
  if (choice === 'motor' && !motorKind) context.addIssue({ code: 'custom', path: ['motorKind'], message: 'field.required' });
  if (choice === 'workplace_accident' && !variant) context.addIssue({ code: 'custom', path: ['variant'], message: 'field.required' });
});
export type DeclarationChoice = z.input<typeof declarationChoice>;

export const chosenType = ({ choice, motorKind }: Pick<DeclarationChoice, 'choice' | 'motorKind'>) => (choice === 'motor' ? motorKind : choice);

/** `?type=workplace_accident` (the help page's click-through) preselects a type; motor types preselect motor and the kind. */
export function preselected(asked: string | null): DeclarationChoice {
  const none = { choice: '', motorKind: '', variant: '' as const, policyId: '' };
  if (!(declarationTypes as readonly string[]).includes(asked ?? '')) return none;
  return (motorTypes as readonly string[]).includes(asked!) ? { ...none, choice: 'motor', motorKind: asked! } : { ...none, choice: asked! };
}
