/** The failure type the payment activity gives when the claim refuses to pay a benefit (closed, no longer accepted). */
export const claimRefusedFailureType = 'benefit_refused_by_claim';
