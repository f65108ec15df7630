import { Box, Link, List, ListItem, ListItemText, Paper, Typography } from '@mui/material';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { type DiaryItem, type MyWork, useMyWork } from '../api/diary';
import { useMe } from '../api/session';
import { formatDate, formatDateTime, formatEuros } from '../i18n/format';
import { ErrorAlert, Loading } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { DiaryItemTitle } from './DiaryPanel';

const claimLink = (claimId: string | null, claimNumber: string | null) =>
  claimId ? <Link component={RouterLink} to={`/backoffice/claims/${claimId}`}>{claimNumber ?? claimId}</Link> : null;

/**
 * My work: what asks for the handler today, each list with its count. Overdue and today's diary items, legal
 * deadlines of my claims within 7 days, unread customer messages on my claims, payments awaiting my approval (senior
 * handlers) and the notifications the system stored for me.
 */
export function MyWorkPage() {
  const { t } = useTranslation();
  const work = useMyWork();
  const senior = useMe().data?.user.role === 'senior_handler';
  const data = work.data;
  return (
    <>
      <PageHeading>{t('diaryUi.myWork.title')}</PageHeading>
      {work.isPending && <Loading />}
      {work.error && <ErrorAlert error={work.error} />}
      {data && (
        <Box sx={{ display: 'grid', gap: 2 }}>
          <Section id="overdue" title={t('diaryUi.myWork.overdue')} count={data.counts.overdue} empty={t('diaryUi.myWork.noneOverdue')}>
            {data.overdue.map((item) => <DiaryLine key={item.id} item={item} />)}
          </Section>
          <Section id="today" title={t('diaryUi.myWork.today')} count={data.counts.today} empty={t('diaryUi.myWork.noneToday')}>
            {data.today.map((item) => <DiaryLine key={item.id} item={item} />)}
          </Section>
          <Section id="deadlines" title={t('diaryUi.myWork.deadlines')} count={data.counts.deadlines} empty={t('diaryUi.myWork.noneDeadlines')}>
            {data.deadlines.map((deadline) => (
              <ListItem key={`${deadline.claimId}-${deadline.code}`} disableGutters>
                <ListItemText primary={<>{claimLink(deadline.claimId, deadline.claimNumber)} · {t(`timeline.deadline.${deadline.code}`, { defaultValue: deadline.code })}</>}
                  secondary={t('diaryUi.myWork.dueOn', { dueOn: formatDate(deadline.dueOn) })} />
              </ListItem>
            ))}
          </Section>
          <Section id="messages" title={t('diaryUi.myWork.messages')} count={data.counts.messages} empty={t('diaryUi.myWork.noneMessages')}>
            {data.messages.map((message) => (
              <ListItem key={message.id} disableGutters>
                <ListItemText primary={<>{claimLink(message.claimId, message.claimNumber)} · <Link component={RouterLink} to="/backoffice/messages">{message.subject}</Link></>}
                  secondary={formatDateTime(message.sentAt)} />
              </ListItem>
            ))}
          </Section>
          {senior && (
            <Section id="approvals" title={t('diaryUi.myWork.approvals')} count={data.counts.approvals} empty={t('diaryUi.myWork.noneApprovals')}>
              {data.approvals.map((approval) => (
                <ListItem key={approval.paymentId} disableGutters>
                  <ListItemText primary={<>{claimLink(approval.claimId, approval.claimNumber)} · <Link component={RouterLink} to="/backoffice/approvals">
                    {t('diaryUi.myWork.approval', { amount: formatEuros(approval.amountCents), payee: approval.payeeName })}</Link></>}
                    secondary={t('diaryUi.myWork.requestedBy', { name: approval.requestedBy, at: formatDateTime(approval.requestedAt) })} />
                </ListItem>
              ))}
            </Section>
          )}
          <Section id="notifications" title={t('diaryUi.myWork.notifications')} count={data.counts.notifications} empty={t('diaryUi.myWork.noneNotifications')}>
            {data.notifications.map((notification) => (
              <ListItem key={notification.id} disableGutters>
                <ListItemText primary={<>{claimLink(notification.claimId, notification.claimNumber)}{notification.claimId ? ' · ' : ''}{notification.kind === 'user_agreement_escalated'
                  ? <Link component={RouterLink} to="/backoffice/user-agreements?escalated=true">{notificationText(t, notification)}</Link> : notificationText(t, notification)}</>}
                  secondary={formatDateTime(notification.createdAt)} />
              </ListItem>
            ))}
          </Section>
        </Box>
      )}
    </>
  );
}

function Section({ id, title, count, empty, children }: { id: string; title: string; count: number; empty: string; children: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={`my-work-${id}`} sx={{ p: 2 }} data-testid={`my-work-${id}`}>
      <Typography id={`my-work-${id}`} component="h2" variant="h6">
        {title} <Box component="span" sx={{ color: 'text.secondary' }}>({count})</Box>
      </Typography>
      {count === 0 ? <Typography>{empty}</Typography> : <List dense aria-label={title}>{children}</List>}
    </Paper>
  );
}

function DiaryLine({ item }: { item: DiaryItem }) {
  const { t } = useTranslation();
  return (
    <ListItem disableGutters data-testid={`my-work-item-${item.id}`}>
      <ListItemText primary={<>{claimLink(item.claimId, item.claimNumber)} · <DiaryItemTitle item={item} /></>}
        secondary={t('diaryUi.myWork.dueOn', { dueOn: formatDate(item.dueOn) })} />
    </ListItem>
  );
}

/** A stored notification (kind and parameters) in the screen's language; a kind without words of its own still reads. */
function notificationText(t: TFunction, { kind, params }: MyWork['notifications'][number]): string {
  const subject = params.subject;
  const said = typeof subject === 'object' && subject !== null && 'key' in subject
    ? t(String((subject as { key: string }).key), { ...((subject as { params?: object }).params ?? {}) })
    : String(subject ?? '');
  const values = {
    subject: said, owner: String(params.owner ?? ''), dueOn: formatDate(String(params.dueOn ?? '')),
    amount: formatEuros(Number(params.amountCents ?? 0)), reported: formatEuros(Number(params.reportedCents ?? 0)), payee: String(params.payeeName ?? ''),
    deadline: t(`timeline.deadline.${String(params.deadline)}`, { defaultValue: String(params.deadline ?? '') }),
  };
  const known = ['diary_overdue', 'payment_returned', 'bank_amount_mismatch', 'payment_approval_escalated', 'message_reminder', 'message_escalated', 'deadline_missed', 'customer_documents_added'];
  if (kind === 'user_agreement_escalated') {
    return t('uiUserAgreement.notification.escalated', { organisation: String(params.organisationName ?? ''), receivedAt: formatDateTime(String(params.submittedAt ?? '')) });
  }
  if (kind === 'benefits_ratification_slow') {
    return t('benefitsUi.notification.ratificationSlow', { acceptedOn: formatDate(String(params.acceptedOn ?? '')), count: Number(params.reminder ?? 1) });
  }
  return known.includes(kind) ? t(`diaryUi.notification.${kind}`, values) : t('diaryUi.notification.other', { kind });
}

