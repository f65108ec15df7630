import { DataGrid, GridColDef, GridRowId, GridRowSelectionModel, GridValidRowModel } from '@mui/x-data-grid';
import type { useListState } from './list-state';

interface Props<Row extends GridValidRowModel> {
  label: string;
  list: Pick<ReturnType<typeof useListState>, 'paginationModel' | 'onPaginationModelChange' | 'sortModel' | 'onSortModelChange'>;
  data: { items: Row[]; total: number } | undefined;
  isFetching: boolean;
  columns: GridColDef<Row>[];
  /** Rows chosen with checkboxes for a bulk action, kept across pages; `selectable` says which rows may be chosen. */
  selection?: { ids: string[]; onChange: (ids: string[]) => void; selectable?: (row: Row) => boolean };
}

/** A list whose paging and sorting happen on the server; its state lives in the page address. */
export function ServerGrid<Row extends GridValidRowModel>({ label, list, data, isFetching, columns, selection }: Props<Row>) {
  return (
    <DataGrid
      aria-label={label}
      rows={data?.items ?? []} rowCount={data?.total ?? 0} columns={columns} loading={isFetching}
      paginationMode="server" sortingMode="server" filterMode="server" disableColumnFilter disableRowSelectionOnClick
      paginationModel={list.paginationModel} onPaginationModelChange={list.onPaginationModelChange} pageSizeOptions={[10, 25, 50, 100]}
      sortModel={list.sortModel} onSortModelChange={list.onSortModelChange}
      {...(selection ? {
        checkboxSelection: true, keepNonExistentRowsSelected: true,
        rowSelectionModel: { type: 'include' as const, ids: new Set<GridRowId>(selection.ids) },
        onRowSelectionModelChange: (model: GridRowSelectionModel) => selection.onChange([...model.ids].map(String)),
        isRowSelectable: selection.selectable ? ({ row }: { row: Row }) => selection.selectable!(row) : undefined,
      } : {})}
      autoHeight
    />
  );
}
