import { planOf } from './claims';
import type { ListRead } from './measure';
import { handlerId, LARGE_ORGANISATION_SHARE, organisationId, policyId, rareSurname } from './population';

/** Claims to open in the file measures: spread over the load, opened, not referred to the SIU (hidden from handlers). */
function sampleClaims(count: number, organisation: 'large' | 'any'): string[] {
  const ids: string[] = [];
  // Every LARGE_ORGANISATION_SHARE-th claim is the large organisation's; the others are spread over the rest.
  const step = LARGE_ORGANISATION_SHARE * Math.max(1, Math.floor(count / 1000));
  for (let i = organisation === 'large' ? step : step + 3; i < count && ids.length < 20; i += step) {
    const plan = planOf(i);
    if (plan.opened && !plan.referred) ids.push(plan.id);
  }
  return ids;
}

/** Every list the issue names, each filter and sort once, as the screens ask them. */
export function listReads(claims: number, cookies: { handler: string; senior: string; customer: string }): ListRead[] {
  const queue = (name: string, query = '') => ({ name: `back-office queue, ${name}`, path: `/api/backoffice/claims${query}`, cookie: cookies.handler });
  const org = organisationId(0);
  const mine = (name: string, query = '') => ({ name: `customer claim list, ${name}`, path: `/api/organisations/${org}/claims${query}`, cookie: cookies.customer });
  const dashboard = (name: string, query = '') => ({ name: `dashboard, ${name}`, path: `/api/backoffice/dashboard${query}`, cookie: cookies.senior });
  const [fileClaim] = sampleClaims(claims, 'any');
  const [ownClaim] = sampleClaims(claims, 'large');
  return [
    queue('default (next deadline first)'),
    queue('status submitted', '?status=submitted'),
    queue('status in handling', '?status=in_handling'),
    queue('product line motor', '?productLine=motor'),
    queue('assignee me', '?assignee=me'),
    queue('assignee another handler', `?assignee=${handlerId(5)}`),
    queue('unassigned', '?assignee=unassigned'),
    queue('deadline before', '?deadlineBefore=2026-12-15'),
    queue('cover unverified', '?coverage=unverified'),
    queue('sort submitted, oldest first', '?sort=submittedAt:asc'),
    queue('sort submitted, newest first', '?sort=submittedAt:desc'),
    queue('sort claim number', '?sort=claimNumber:asc'),
    queue('sort status', '?sort=status:asc'),
    queue('sort next deadline, last first', '?sort=nextDeadline:desc'),
    queue('page 20', '?page=20'),
    queue('page 200', '?page=200'),
    { name: 'declarations queue, default', path: '/api/backoffice/declarations', cookie: cookies.handler },
    { name: 'declarations queue, in handling, fire', path: '/api/backoffice/declarations?status=in_handling&type=fire', cookie: cookies.handler },
    mine('default (newest first)'),
    mine('status accepted', '?status=accepted'),
    mine('product line motor', '?productLine=motor'),
    mine('type fire', '?type=fire'),
    mine('event period', '?from=2026-10-01&to=2026-10-31'),
    mine('policy', `?policyId=${policyId(0, 'motor')}`),
    mine('claim number', '?claimNumber=0012345'),
    mine('free text, a surname', `?q=${rareSurname}`),
    mine('free text, a claim number', '?q=0054321'),
    mine('free text, the beginning of a surname and a word', `?q=${rareSurname.slice(0, 6)}%20dossier`),
    mine('sort event date', '?sort=eventDate:desc'),
    mine('sort claim number', '?sort=claimNumber:asc'),
    mine('sort status', '?sort=status:asc'),
    mine('sort type', '?sort=type:asc'),
    mine('sort last change', '?sort=updatedAt:desc'),
    mine('page 20', '?page=20'),
    mine('page 200', '?page=200'),
    { name: 'claim file (back office)', path: `/api/backoffice/claims/${fileClaim}`, cookie: cookies.handler },
    { name: 'claim (customer)', path: `/api/organisations/${org}/claims/${ownClaim}`, cookie: cookies.customer },
    dashboard('all claims'),
    dashboard('product line fire', '?productLine=fire'),
    dashboard('one handler', `?handlerId=${handlerId(3)}`),
    dashboard('one year', '?from=2025-01-01&to=2025-12-31'),
  ];
}

/** The export measured: the large organisation's claims as CSV (a tenth of the load: 100,000 rows at full scale). */
export const exportRead = (cookie: string): ListRead => ({ name: 'claims CSV export', path: `/api/organisations/${organisationId(0)}/claims?format=csv`, cookie });
