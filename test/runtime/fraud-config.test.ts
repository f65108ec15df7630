import { defaultFraudThresholds } from '../../domain/claim/fraud-indicators';
import { fraudConfig } from '../../runtime/fraud-config';

/** The fraud screening's thresholds come from the environment (FRAUD_*), the rules' defaults otherwise. */
describe('fraud screening settings', () => {
  test('unset: the defaults of the rules, duplicates within 3 days', () => {
    expect(fraudConfig({})).toEqual({ thresholds: defaultFraudThresholds, duplicateWithinDays: 3 });
  });

  test('each threshold can be tuned; one declaration period then counts for every product line', () => {
    const config = fraudConfig({
      FRAUD_POLICY_START_DAYS: '60', FRAUD_LATE_DECLARATION_DAYS: '14', FRAUD_FREQUENT_CLAIMS_COUNT: '4', FRAUD_FREQUENT_CLAIMS_MONTHS: '24',
      FRAUD_RECENT_VEHICLE_COVER_MONTHS: '6', FRAUD_VALUE_RAISED_DAYS: '120', FRAUD_DUPLICATE_WITHIN_DAYS: '5',
    });
    expect(config).toEqual({
      thresholds: { policyStartDays: 60, lateDeclarationDays: 14, frequentClaimsCount: 4, frequentClaimsMonths: 24, recentVehicleCoverMonths: 6, valueRaisedDays: 120 },
      duplicateWithinDays: 5,
    });
  });

  test('a malformed figure stops the start, naming the setting', () => {
    expect(() => fraudConfig({ FRAUD_POLICY_START_DAYS: 'thirty' })).toThrow(/FRAUD_POLICY_START_DAYS/);
    expect(() => fraudConfig({ FRAUD_FREQUENT_CLAIMS_COUNT: '1' })).toThrow(/FRAUD_FREQUENT_CLAIMS_COUNT/);
  });
});
