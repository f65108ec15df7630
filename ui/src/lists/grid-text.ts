import { deDE, enUS, frFR, nlNL } from '@mui/x-data-grid/locales';

const count = new Intl.NumberFormat('nl-BE');

/** The data grid's Dutch leaves the pager's "1–10 of 25" in English: its translation is completed here. */
const dutch = {
  ...nlNL,
  components: {
    ...nlNL.components,
    MuiDataGrid: {
      defaultProps: {
        localeText: {
          ...nlNL.components.MuiDataGrid.defaultProps.localeText,
          paginationRowsPerPage: 'Rijen per pagina:',
          paginationDisplayedRows: ({ from, to, count: total }: { from: number; to: number; count: number }) =>
            `${count.format(from)}–${count.format(to)} van ${total === -1 ? `meer dan ${count.format(to)}` : count.format(total)}`,
        },
      },
    },
  },
};

/** The data grid's own words (pagination, sort menu) in the portal's languages. */
export const gridLocales = { nl: dutch, fr: frFR, en: enUS, de: deDE };
