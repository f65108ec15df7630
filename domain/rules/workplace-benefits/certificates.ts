import { addDays, addMonths, assertIsoDate, daysBetween, type IsoDate } from '../calendar';

/**
 * Medical certificates (medische attesten, seed 004 "Documenten") open, extend or end a period of
 * temporary total incapacity; without them no temporary benefit is paid. A relapse (herval) opens a new
 * period even when it follows the previous one without a break: it is paid and letters go out on its own.
 */

export type CertificateKind = 'first_finding' | 'incapacity' | 'extension' | 'return_to_work' | 'relapse';

export interface Certificate {
  id: string;
  kind: CertificateKind;
  /** First day unfit; for return_to_work the day work resumes. */
  from: IsoDate;
  /** last day unfit; null for return_to_work (and for a first finding that finds no incapacity) */
  to: IsoDate | null;
}

export interface IncapacityPeriod {
  from: IsoDate;
  to: IsoDate;
  certificateIds: string[];
}

/** Days of a period, both ends included. */
export const periodDays = (period: { from: IsoDate; to: IsoDate }): number => daysBetween(period.from, period.to) + 1;

/** A certificate is checked before it is recorded: dates, and a last day for every kind but return_to_work. */
export function certificateProblem(certificate: Certificate): string | null {
  try {
    assertIsoDate(certificate.from);
    if (certificate.to !== null) assertIsoDate(certificate.to);
  } catch (error) {
    return (error as Error).message;
  }
  if (certificate.kind === 'return_to_work') return certificate.to === null ? null : 'A return-to-work certificate has no last day unfit';
  if (certificate.to === null) return certificate.kind === 'first_finding' ? null : `A ${certificate.kind} certificate needs its last day unfit`;
  return daysBetween(certificate.from, certificate.to) < 0 ? `The last day unfit ${certificate.to} is before the first ${certificate.from}` : null;
}

const kindOrder: Record<CertificateKind, number> = { first_finding: 0, incapacity: 1, relapse: 2, extension: 3, return_to_work: 4 };

/** The periods the certificates make: sorted, overlapping or adjoining certificates merged, a relapse opening a new one. */
export function incapacityPeriods(certificates: Certificate[]): IncapacityPeriod[] {
  for (const certificate of certificates) {
    const problem = certificateProblem(certificate);
    if (problem) throw new RangeError(`Certificate ${certificate.id}: ${problem}`);
  }
  const ordered = [...certificates].sort((a, b) => a.from.localeCompare(b.from) || kindOrder[a.kind] - kindOrder[b.kind] || a.id.localeCompare(b.id));
  const periods: IncapacityPeriod[] = [];
  for (const certificate of ordered) {
    const current = periods[periods.length - 1];
    if (certificate.kind === 'return_to_work') {
      // Work resumed: the period it falls in ends the day before (an early return shortens it).
      if (current && daysBetween(certificate.from, current.to) >= 0) {
        current.to = addDays(certificate.from, -1);
        current.certificateIds.push(certificate.id);
        if (daysBetween(current.from, current.to) < 0) periods.pop();
      }
      continue;
    }
    if (certificate.to === null) continue; // a first finding without incapacity
    const joins = current && certificate.kind !== 'relapse' && daysBetween(addDays(current.to, 1), certificate.from) <= 0;
    if (joins) {
      if (daysBetween(current.to, certificate.to) > 0) current.to = certificate.to;
      current.certificateIds.push(certificate.id);
    } else {
      periods.push({ from: certificate.from, to: certificate.to, certificateIds: [certificate.id] });
    }
  }
  return periods;
}

/**
 * The detailed base wage applies once the incapacity lasts more than a month (seed 004 q.11: "Duurt de
 * arbeidsongeschiktheid langer dan een maand? Dan wordt het basisloon in detail berekend"): a period that
 * still runs on the same day of the next month (from 15 January: unfit on 15 February).
 */
export function needsDetailedBaseWage(accidentDate: IsoDate, periods: IncapacityPeriod[]): boolean {
  assertIsoDate(accidentDate);
  return periods.some((period) => {
    if (daysBetween(accidentDate, period.from) < 0) throw new RangeError(`A period from ${period.from} starts before the accident of ${accidentDate}`);
    return daysBetween(addMonths(period.from, 1), period.to) >= 0;
  });
}
