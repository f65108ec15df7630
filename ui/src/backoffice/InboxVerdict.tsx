import { Box, Button, Typography } from '@mui/material';

interface Verdict { label: string; onClick: () => void }

/** An inbox row's last cell: the two verdicts while the request waits; once decided, who decided and why. */
export function InboxVerdict({ waiting, decision, accept, refuse }: {
  waiting: boolean;
  decision?: { by?: { name: string } | null; reason?: string | null } | null;
  accept: Verdict;
  refuse: Verdict;
}) {
  if (!waiting) return <Typography variant="body2">{decision?.by?.name}{decision?.reason ? ` — ${decision.reason}` : ''}</Typography>;
  return (
    <Box sx={{ display: 'flex', gap: 1 }}>
      <Button variant="contained" size="small" onClick={accept.onClick}>{accept.label}</Button>
      <Button variant="outlined" color="error" size="small" onClick={refuse.onClick}>{refuse.label}</Button>
    </Box>
  );
}
