import { DataGrid, GridColDef, GridValidRowModel } from '@mui/x-data-grid';
import type { useListState } from './list-state';

interface Props<Row extends GridValidRowModel> {
  label: string;
  list: Pick<ReturnType<typeof useListState>, 'paginationModel' | 'onPaginationModelChange' | 'sortModel' | 'onSortModelChange'>;
  data: { items: Row[]; total: number } | undefined;
  isFetching: boolean;
  columns: GridColDef<Row>[];
}

/** A list whose paging and sorting happen on the server; its state lives in the page address. */
export function ServerGrid<Row extends GridValidRowModel>({ label, list, data, isFetching, columns }: Props<Row>) {
  return (
    <DataGrid
      aria-label={label}
      rows={data?.items ?? []} rowCount={data?.total ?? 0} columns={columns} loading={isFetching}
      paginationMode="server" sortingMode="server" filterMode="server" disableColumnFilter disableRowSelectionOnClick
      paginationModel={list.paginationModel} onPaginationModelChange={list.onPaginationModelChange} pageSizeOptions={[10, 25, 50, 100]}
      sortModel={list.sortModel} onSortModelChange={list.onSortModelChange}
      autoHeight
    />
  );
}
