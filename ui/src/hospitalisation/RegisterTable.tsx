import { DataGrid, GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format';
import type { InsuredPerson } from '../api/hospitalisation';

/** The register of the persons the user manages: a titularis's family, or every insured person for the Local Admin. */
export function RegisterTable({ persons, loading, showTitularis }: { persons: InsuredPerson[]; loading: boolean; showTitularis: boolean }) {
  const { t } = useTranslation();
  const date = (value: string | null) => formatDate(value);
  const columns: GridColDef<InsuredPerson>[] = [
    { field: 'lastName', headerName: t('groupHospitalisation.register.lastName'), flex: 1, minWidth: 120 },
    { field: 'firstName', headerName: t('groupHospitalisation.register.firstName'), flex: 1, minWidth: 110 },
    { field: 'birthDate', headerName: t('groupHospitalisation.register.birthDate'), width: 130, valueFormatter: date },
    { field: 'relation', headerName: t('groupHospitalisation.register.relation'), width: 110, valueFormatter: (value: string) => t(`groupHospitalisation.relation.${value}`) },
    ...(showTitularis ? [{ field: 'titularis', headerName: t('groupHospitalisation.register.titularis'), flex: 1, minWidth: 140 } satisfies GridColDef<InsuredPerson>] : []),
    { field: 'nationalNumber', headerName: t('groupHospitalisation.register.nationalNumber'), width: 170 },
    { field: 'email', headerName: t('groupHospitalisation.register.email'), flex: 1.5, minWidth: 180 },
    { field: 'coveredFrom', headerName: t('groupHospitalisation.register.coveredFrom'), width: 130, valueFormatter: date },
    { field: 'coveredUntil', headerName: t('groupHospitalisation.register.coveredUntil'), width: 130, valueFormatter: date },
  ];
  return (
    <DataGrid
      aria-label={t('groupHospitalisation.register.title')} rows={persons} columns={columns} loading={loading}
      disableRowSelectionOnClick disableColumnFilter autoHeight
      initialState={{ pagination: { paginationModel: { pageSize: 25 } } }} pageSizeOptions={[25, 50, 100]}
    />
  );
}
