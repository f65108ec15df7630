/** One line that says what a policy insures, for lists and exports. */
export function describeInsuredObject(insured: Record<string, any>): string {
  switch (insured.kind) {
    case 'vehicle':
      return [insured.make && insured.model ? `${insured.make} ${insured.model}` : insured.description, insured.licensePlate].filter(Boolean).join(' – ');
    case 'building': {
      const address = insured.address;
      return typeof address === 'object' && address ? `${address.street}, ${address.postalCode} ${address.city}` : String(address ?? insured.description ?? '');
    }
    case 'business':
      return insured.activity ?? '';
    case 'payroll':
      return [insured.employees ? `${insured.employees} employees` : null, insured.jointCommittee].filter(Boolean).join(', ');
    case 'person':
      return insured.insured ?? '';
    default:
      return insured.description ?? '';
  }
}
