/**
 * The wizard's first four steps, each one part of the declaration's data (what belongs to no part goes with the
 * damage): the wizard asks in this order, the back office reads the declaration in it.
 */
export const wizardSections: Record<1 | 2 | 3 | 4, string[]> = { 1: ['event'], 2: ['parties'], 3: ['damage'], 4: ['contact'] };
export const wizardSectionKeys = Object.values(wizardSections).flat();
