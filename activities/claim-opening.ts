import type { Knex } from 'knex';
import type { FraudConfig } from '../runtime/fraud-config';
import { catastropheActivities } from './catastrophes';
import { claimDiaryActivities } from './claim-diary';
import { claimLedgerActivities } from './claim-ledger';
import { claimRiskActivities } from './claim-risk';

export function claimOpeningActivities(knex: Knex, fraud?: FraudConfig) {
  const { checkClaimCoverage } = claimLedgerActivities(knex);
  const { diaryFactsAtOpening } = claimDiaryActivities(knex);
  const { assessClaimRisk } = claimRiskActivities(knex, fraud);
  const { catastropheAtOpening } = catastropheActivities(knex, undefined);
  return {
    /**
     * What a claim reads as it opens, in one local activity (one marker in its history instead of four): its cover,
     * the facts its diary plans from, its fraud screening and the catastrophe event it falls in. Reads only.
     */
    async claimOpeningFacts({ declarationId }: { declarationId: string }) {
      const [coverage, diary, risk, catastrophe] = await Promise.all([
        checkClaimCoverage({ declarationId }), diaryFactsAtOpening({ declarationId }), assessClaimRisk({ declarationId }), catastropheAtOpening({ declarationId }),
      ]);
      return { coverage, diary, risk, catastrophe };
    },
  };
}
