import type { GridPaginationModel, GridSortModel } from '@mui/x-data-grid';
import { useSearchParams } from 'react-router';

/**
 * A server-side list's state (filters, sort, page) kept in the page address, so a list can be bookmarked,
 * shared and reloaded. The API sorts by `sort=<field>:asc|desc` and pages from 1; the grid from 0.
 */
export function useListState<F extends string>(filterNames: readonly F[], defaultSort: string) {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page') ?? 1));
  const pageSize = Number(params.get('pageSize') ?? 25);
  const sort = params.get('sort') ?? defaultSort;
  const filters = Object.fromEntries(filterNames.map((name) => [name, params.get(name) ?? ''])) as Record<F, string>;

  const update = (changes: Record<string, string | number | undefined>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined || value === '') next.delete(key);
        else next.set(key, String(value));
      }
      return next;
    }, { replace: true });

  const [sortField, sortDirection] = sort.split(':') as [string, 'asc' | 'desc'];
  return {
    filters,
    /** A new filter shows its first page. */
    setFilter: (name: F, value: string) => update({ [name]: value, page: undefined }),
    paginationModel: { page: page - 1, pageSize } satisfies GridPaginationModel,
    onPaginationModelChange: (model: GridPaginationModel) => update({ page: model.page + 1, pageSize: model.pageSize }),
    sortModel: [{ field: sortField, sort: sortDirection }] satisfies GridSortModel,
    onSortModelChange: (model: GridSortModel) => update({ sort: model[0]?.sort ? `${model[0].field}:${model[0].sort}` : undefined, page: undefined }),
    /** What the API's list takes for this page. */
    query: { ...filters, sort, page, pageSize },
    /** The whole filtered, sorted selection as CSV. */
    csvQuery: { ...filters, sort, format: 'csv' },
  };
}
