import {
  FULL_OMNIUM_DEDUCTIBLE_OPTIONS_CENTS, GUARANTEED_RESIDUAL_VALUE_PERCENT, INSURED_VALUE_GUARANTEED_MONTHS, INSURED_VALUE_LAST_MONTH,
  INSURED_VALUE_MAX_KILOMETRES, REPLACEMENT_VEHICLE_DAYS_IMMOBILISED, REPLACEMENT_VEHICLE_DAYS_STOLEN, REPLACEMENT_VEHICLE_DAYS_TOTAL_LOSS,
} from '../../../domain/rules/motor';
import {
  ADMINISTRATIVE_FINE_MAX_CENTS, ADMINISTRATIVE_FINE_MIN_CENTS, DECLARATION_DEADLINE_DAYS, SERIOUS_ACCIDENT_REPORT_WORKING_DAYS,
  TRAVEL_MIN_DISTANCE_KM, TRAVEL_RATE_TEN_THOUSANDTHS_EUR_PER_KM,
} from '../../../domain/rules/workplace-accident';
import { localeOf } from '../../../i18n/formats';
import { currentLanguage } from '../i18n';

/**
 * The numbers the FAQ quotes, taken from the product rules the claims are handled by, so an answer can
 * never promise other days or amounts than the rules apply. Formatted the Belgian way for the reader.
 */
export function faqFacts() {
  const locale = localeOf(currentLanguage());
  const euros = (cents: number, digits = 0) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(cents / 100);
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);
  return {
    deadlineDays: DECLARATION_DEADLINE_DAYS,
    fineMin: euros(ADMINISTRATIVE_FINE_MIN_CENTS),
    fineMax: euros(ADMINISTRATIVE_FINE_MAX_CENTS),
    reportDays: SERIOUS_ACCIDENT_REPORT_WORKING_DAYS,
    travelKm: TRAVEL_MIN_DISTANCE_KM,
    travelRate: euros(TRAVEL_RATE_TEN_THOUSANDTHS_EUR_PER_KM / 100, 4),
    deductibles: FULL_OMNIUM_DEDUCTIBLE_OPTIONS_CENTS.map((cents) => euros(cents)).join(' / '),
    guaranteedMonths: INSURED_VALUE_GUARANTEED_MONTHS,
    lastMonth: INSURED_VALUE_LAST_MONTH,
    maxKm: number(INSURED_VALUE_MAX_KILOMETRES),
    residualPercent: GUARANTEED_RESIDUAL_VALUE_PERCENT,
    immobilisedDays: REPLACEMENT_VEHICLE_DAYS_IMMOBILISED,
    totalLossDays: REPLACEMENT_VEHICLE_DAYS_TOTAL_LOSS,
    stolenDays: REPLACEMENT_VEHICLE_DAYS_STOLEN,
  };
}
