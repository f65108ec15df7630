/**
 * The other parties a declaration names (liability, motor and omnium declarations: parties.counterparties, each
 * with their insurer and policy number), as a recovery's counterparty would name them: the UI offers them to prefill.
 */
export interface SuggestedCounterparty { name: string; insurer: string | null; reference: string | null }

interface DeclaredCounterparty { firstName?: unknown; lastName?: unknown; insurer?: unknown; policyNumber?: unknown }

const textOf = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

export function declaredCounterparties(data: Record<string, unknown>): SuggestedCounterparty[] {
  const parties = data.parties as { counterparties?: unknown } | undefined;
  const declared = Array.isArray(parties?.counterparties) ? (parties.counterparties as DeclaredCounterparty[]) : [];
  return declared.flatMap((party) => {
    const name = [textOf(party.firstName), textOf(party.lastName)].filter(Boolean).join(' ');
    return name ? [{ name, insurer: textOf(party.insurer), reference: textOf(party.policyNumber) }] : [];
  });
}
