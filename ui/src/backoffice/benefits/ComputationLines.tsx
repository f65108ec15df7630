import { Table, TableBody, TableCell, TableRow } from '@mui/material';
import type { ComputationLineView } from '../../api/workplace-benefits';
import { formatEuros } from '../../i18n/format';

/** A computation as the server worded it: what, and the amount it comes to (a line that only explains has none). */
export function ComputationLines({ lines, label }: { lines: ComputationLineView[]; label: string }) {
  if (lines.length === 0) return null;
  return (
    <Table size="small" aria-label={label} sx={{ '& td': { borderBottomStyle: 'dotted' } }}>
      <TableBody>
        {lines.map((line, index) => (
          <TableRow key={index}>
            <TableCell sx={{ pl: 0 }}>{line.text}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap', pr: 0 }}>{formatEuros(line.amountCents)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
