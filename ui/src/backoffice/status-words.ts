/**
 * A status word of the shared catalogue (`money.paymentStatus.sent`, `claim.outcome.paid`) on its own, as a chip or an
 * option shows it: those words are written to sit inside a sentence, in lower case, so it starts with a capital.
 */
export const capitalised = (word: string) => word.charAt(0).toLocaleUpperCase() + word.slice(1);
