import { Box, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { productLines } from '../../../../domain/product-lines';
import type { Dashboard, DashboardView } from '../../api/dashboard';
import { FilterSelect } from '../../lists/FilterSelect';

/** Period, product line, handler and catastrophe event: each change reads the figures again for the new view. */
export function DashboardFilters({ view, onChange, choices }: {
  view: DashboardView; onChange: (name: keyof DashboardView, value: string) => void; choices: Dashboard['choices'] | undefined;
}) {
  const { t } = useTranslation();
  const day = (name: 'from' | 'to') => (
    <TextField type="date" size="small" label={t(`dashboard.filters.${name}`)} value={view[name]} onChange={(event) => onChange(name, event.target.value)}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': `dashboard-${name}` } }} />
  );
  return (
    <Box component="form" role="search" aria-label={t('dashboard.filters.title')} onSubmit={(event) => event.preventDefault()}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, my: 2 }}>
      {day('from')}
      {day('to')}
      <FilterSelect label={t('dashboard.filters.productLine')} value={view.productLine} onChange={(value) => onChange('productLine', value)}
        options={productLines.map((line) => ({ value: line, label: t(`productLine.${line}`) }))} />
      <FilterSelect label={t('dashboard.filters.handler')} value={view.handlerId} onChange={(value) => onChange('handlerId', value)}
        options={(choices?.handlers ?? []).map((handler) => ({ value: handler.id, label: handler.name }))} />
      <FilterSelect label={t('dashboard.filters.catastrophe')} value={view.catastropheId} onChange={(value) => onChange('catastropheId', value)}
        options={(choices?.catastrophes ?? []).map((event) => ({ value: event.id, label: event.name }))} />
    </Box>
  );
}
