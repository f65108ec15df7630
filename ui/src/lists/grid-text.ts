import { enUS, frFR, nlNL } from '@mui/x-data-grid/locales';
import type { UiLanguage } from '../i18n';

/** The data grid's own words (pagination, sort menu) in the portal's languages. */
export const gridLocales = { nl: nlNL, fr: frFR, en: enUS } satisfies Record<UiLanguage, unknown>;
