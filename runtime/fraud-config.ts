import { defaultFraudThresholds, type FraudThresholds } from '../domain/claim/fraud-indicators';
import { wholeNumber, type Env } from './env';

/** The fraud screening's thresholds (issue 12 §3), tunable per insurer without touching the rules. */
export interface FraudConfig {
  thresholds: FraudThresholds;
  /** Claims on the same policy, of the same type, with event dates at most this many days apart may be duplicates. */
  duplicateWithinDays: number;
}

/**
 * FRAUD_POLICY_START_DAYS, FRAUD_LATE_DECLARATION_DAYS (one figure for every product line; unset: each line's own),
 * FRAUD_FREQUENT_CLAIMS_COUNT, FRAUD_FREQUENT_CLAIMS_MONTHS, FRAUD_RECENT_VEHICLE_COVER_MONTHS, FRAUD_VALUE_RAISED_DAYS,
 * FRAUD_DUPLICATE_WITHIN_DAYS.
 */
export function fraudConfig(env: Env): FraudConfig {
  const lateDeclaration = env.FRAUD_LATE_DECLARATION_DAYS;
  return {
    thresholds: {
      policyStartDays: wholeNumber(env, 'FRAUD_POLICY_START_DAYS', defaultFraudThresholds.policyStartDays),
      lateDeclarationDays: lateDeclaration ? wholeNumber(env, 'FRAUD_LATE_DECLARATION_DAYS', 30) : defaultFraudThresholds.lateDeclarationDays,
      frequentClaimsCount: wholeNumber(env, 'FRAUD_FREQUENT_CLAIMS_COUNT', defaultFraudThresholds.frequentClaimsCount, 2),
      frequentClaimsMonths: wholeNumber(env, 'FRAUD_FREQUENT_CLAIMS_MONTHS', defaultFraudThresholds.frequentClaimsMonths, 1),
      recentVehicleCoverMonths: wholeNumber(env, 'FRAUD_RECENT_VEHICLE_COVER_MONTHS', defaultFraudThresholds.recentVehicleCoverMonths),
      valueRaisedDays: wholeNumber(env, 'FRAUD_VALUE_RAISED_DAYS', defaultFraudThresholds.valueRaisedDays),
    },
    duplicateWithinDays: wholeNumber(env, 'FRAUD_DUPLICATE_WITHIN_DAYS', 3),
  };
}
