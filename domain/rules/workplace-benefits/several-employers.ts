/**
 * A victim with several employers at once (seed 004 q.12, "Situatie waarbij het slachtoffer meerdere
 * werkgevers tegelijk heeft"): the employer where the accident happened pays the guaranteed wage for a
 * workplace accident ("gewaarborgd loon bij arbeidsongeval"); for the others it is no workplace accident,
 * so they pay the guaranteed wage for sickness ("gewaarborgd loon bij ziekte"). The insurer may reimburse
 * them from the daily allowances (Securex Lex4You, "Quid si l'accident du travail est survenu auprès d'un
 * autre employeur ?").
 */
export function guaranteedWagePayers(employers: { name: string; accidentEmployer: boolean }[]): { name: string; pays: 'accident' | 'sickness' }[] {
  const accidentEmployers = employers.filter((employer) => employer.accidentEmployer).length;
  if (accidentEmployers !== 1) throw new RangeError(`Exactly one employer is the employer of the accident, not ${accidentEmployers}`);
  return employers.map(({ name, accidentEmployer }) => ({ name, pays: accidentEmployer ? 'accident' : 'sickness' }));
}
