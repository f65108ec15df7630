import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** One product line's rule results: a heading, what needs attention first, then terms and values in a definition list that screen readers pair. */
export function Facts({ title, testId, flag, children }: { title: string; testId: string; flag?: ReactNode; children: ReactNode }) {
  return (
    <Box component="section" data-testid={testId} sx={{ mt: 2 }}>
      <Typography component="h3" variant="subtitle1">{title}</Typography>
      {flag}
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { sm: 'minmax(8rem, 13rem) 1fr' }, columnGap: 2, rowGap: 0.75, my: 1 }}>
        {children}
      </Box>
    </Box>
  );
}

export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary">{term}</Typography>
      <Typography component="dd" sx={{ m: 0 }}>{children}</Typography>
    </>
  );
}

/** Several values of one fact, one a line. */
export function FactLines({ lines }: { lines: ReactNode[] }) {
  return <Box component="ul" sx={{ m: 0, pl: 2.5 }}>{lines.map((line, index) => <li key={index}>{line}</li>)}</Box>;
}
