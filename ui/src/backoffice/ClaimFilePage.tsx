import { Box, Link, Paper, Tab, Tabs, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { formatDateTime } from '../i18n/format';
import { ErrorAlert, Loading } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { ClaimCoverage } from './ClaimCoverage';
import { ClaimDeadlines, ClaimHistory, ClaimMessages } from './ClaimFileRecords';
import { ClaimAssessment } from './ClaimFileSummary';
import { DiaryPanel } from './DiaryPanel';
import { HandlingActions } from './HandlingActions';
import { MoneyPanel } from './MoneyPanel';
import { NotesPanel } from './NotesPanel';
import { PaymentSchedulesPanel } from './PaymentSchedulesPanel';
import { RecoveriesPanel } from './RecoveriesPanel';
import { RiskPanel } from './RiskPanel';
import { MotorFaultPanel } from './motor/MotorFaultPanel';
import { BenefitsTab } from './benefits/BenefitsTab';
import { ClaimDocumentsTab } from './workbench/ClaimDocumentsTab';
import { ClaimHeader } from './workbench/ClaimHeader';
import { type ClaimTab, isClaimTab, panelId, tabId, tabsOf } from './workbench/claim-tabs';
import { DeclarationBySteps } from './workbench/DeclarationBySteps';
import { type ClaimFile, useClaimFile } from '../api/claims';

/** The tab labels: the file's own words where it has them. */
const tabLabel: Record<ClaimTab, string> = {
  overview: 'workbench.tab.overview',
  declaration: 'backoffice.file.declaration',
  documents: 'backoffice.file.documents',
  financials: 'workbench.tab.financials',
  benefits: 'benefitsUi.tab',
  diary: 'workbench.tab.diary',
  notes: 'backoffice.notes.title',
  messages: 'backoffice.file.messages',
  deadlines: 'backoffice.file.deadlines',
  history: 'backoffice.file.history',
};

const stack = { display: 'grid', gap: 2, minWidth: 0 } as const;

/** Where the claim stands and what the handler can do: cover, decision and actions, flags, the risk. */
function Overview({ file }: { file: ClaimFile }) {
  const { t } = useTranslation();
  const claim = file.claim;
  return (
    <Box sx={stack}>
      {claim?.coverage && <ClaimCoverage file={file} coverage={claim.coverage} />}
      <HandlingActions file={file} />
      <Paper sx={{ p: 3 }}>
        <Typography component="h2" variant="h6">{t('workbench.overview.title')}</Typography>
        {file.submittedAt && <Typography>{t('backoffice.queue.submittedAt')}: {formatDateTime(file.submittedAt)}</Typography>}
        {file.decision ? (
          <Typography data-testid="claim-decision">
            {t('backoffice.file.decision')}: {t(`decision.${file.decision.decision}`)}{file.decision.reason ? ` — ${file.decision.reason}` : ''}
            {file.decision.missing.length > 0 && ` (${t('backoffice.file.missingItems')}: ${file.decision.missing.join(', ')})`}
          </Typography>
        ) : <Typography>{t('workbench.overview.noDecision')}</Typography>}
        {file.flags.length > 0 && (
          <Box component="ul" sx={{ pl: 3, mb: 0 }} aria-label={t('workbench.overview.flags')}>
            {file.flags.map((flag) => <li key={flag.code}>{t(`workbench.flag.${flag.code}`, flag.params)}</li>)}
          </Box>
        )}
      </Paper>
      <RiskPanel file={file} />
      <MotorFaultPanel file={file} />
    </Box>
  );
}

/** What a claim not yet opened (a declaration waiting to be taken) cannot have. */
function NotOpened() {
  const { t } = useTranslation();
  return <Typography color="text.secondary">{t('workbench.notOpened')}</Typography>;
}

function TabContent({ tab, file }: { tab: ClaimTab; file: ClaimFile }) {
  const claim = file.claim;
  const closed = Boolean(claim?.closedAt);
  switch (tab) {
    case 'overview': return <Overview file={file} />;
    case 'declaration': return <Box sx={stack}><DeclarationBySteps type={file.type} data={file.data} /><ClaimAssessment file={file} /></Box>;
    case 'documents': return <ClaimDocumentsTab file={file} />;
    case 'financials': return claim ? (
      <Box sx={stack}>
        <MoneyPanel claimId={file.id} closed={closed} />
        <RecoveriesPanel claimId={file.id} closed={closed} />
        <PaymentSchedulesPanel file={file} />
      </Box>
    ) : <NotOpened />;
    case 'diary': return claim ? <DiaryPanel claimId={file.id} closed={closed} /> : <NotOpened />;
    case 'notes': return claim ? <NotesPanel claimId={file.id} /> : <NotOpened />;
    case 'messages': return <ClaimMessages file={file} />;
    case 'deadlines': return <ClaimDeadlines file={file} />;
    case 'history': return <ClaimHistory file={file} />;
    case 'benefits': return claim ? <BenefitsTab file={file} /> : <NotOpened />;
  }
}

/**
 * The claim file as the handler's workbench: the header with what is scanned first, then one tab per concern.
 * The open tab is in the address, so a reload or a shared link opens the same tab.
 */
export function ClaimFilePage() {
  const { t } = useTranslation();
  const { claimId } = useParams();
  const [search, setSearch] = useSearchParams();
  const { data: file, error, isPending } = useClaimFile(claimId!);
  const asked = search.get('tab');
  // A tab the claim has not (benefits of a claim that is no workplace accident) opens the overview.
  const tab: ClaimTab = isClaimTab(asked) && (!file || tabsOf(file.type).includes(asked)) ? asked : 'overview';
  const open = (next: ClaimTab) => setSearch((current) => {
    const params = new URLSearchParams(current);
    if (next === 'overview') params.delete('tab');
    else params.set('tab', next);
    return params;
  }, { replace: true });
  const title = file?.claimNumber ? `${t('backoffice.file.title')} ${file.claimNumber}` : t('backoffice.file.title');

  return (
    <>
      <Link component={RouterLink} to="/backoffice/claims">{t('backoffice.file.back')}</Link>
      <PageHeading>{title}</PageHeading>
      {isPending && <Loading />}
      {error && <ErrorAlert error={error} />}
      {file && (
        <>
          <ClaimHeader file={file} />
          <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
            <Tabs value={tab} onChange={(_event, next: ClaimTab) => open(next)} variant="scrollable" scrollButtons="auto" aria-label={t('workbench.tabs')}>
              {tabsOf(file.type).map((name) => (
                <Tab key={name} value={name} label={t(tabLabel[name])} id={tabId(name)} aria-controls={panelId(name)} sx={{ minWidth: 0, px: 1.5 }} />
              ))}
            </Tabs>
          </Box>
          <Box role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)} sx={{ minWidth: 0 }}>
            <TabContent tab={tab} file={file} />
          </Box>
        </>
      )}
    </>
  );
}
