import { Alert, Box, Button, Paper, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { kindsFor } from '../../../domain/hospitalisation';
import { ErrorAlert, Loading } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { MessageThread } from '../messages/MessageThread';
import { ChangeDialog, ChangeRequest } from './ChangeDialog';
import { ChangeList } from './ChangeList';
import { RegisterTable } from './RegisterTable';
import { useHospitalisationBase, useHospitalisationRoles, useInsuredPersons, useRegisterChanges } from '../api/hospitalisation';

/**
 * Groepshospitalisatie: the register of the persons the user manages, the changes they propose to it (each a
 * draft until submitted, then the back office's decision), and their messages to the back office.
 */
export function HospitalisationPage() {
  const { t, i18n } = useTranslation();
  const base = useHospitalisationBase();
  const roles = useHospitalisationRoles();
  const persons = useInsuredPersons();
  const changes = useRegisterChanges();
  const [request, setRequest] = useState<ChangeRequest | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const grants = roles.data ?? [];
  const isLocalAdmin = grants.some((grant) => grant.role === 'local_admin');
  const ownEntryId = grants.find((grant) => grant.role === 'titularis')?.insuredPersonId ?? null;
  const kinds = [...new Set(grants.flatMap((grant) => kindsFor[grant.role]))];

  return (
    <>
      <PageHeading>{t('groupHospitalisation.title')}</PageHeading>
      {roles.isPending && <Loading />}
      {roles.error && <ErrorAlert error={roles.error} />}
      {/* Without a role the server refuses the register, and says why. */}
      {persons.error && <ErrorAlert error={persons.error} />}
      {grants.length > 0 && (
        <Box sx={{ display: 'grid', gap: 3 }}>
          {grants.map((grant) => <Typography key={`${grant.policyId}:${grant.role}`}>{t(`groupHospitalisation.intro.${grant.role}`)}</Typography>)}
          <Box role="status" aria-live="polite">{notice && <Alert severity="success" onClose={() => setNotice(null)}>{notice}</Alert>}</Box>

          <Paper component="section" aria-labelledby="register-heading" sx={{ p: 3, display: 'grid', gap: 2 }}>
            <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography id="register-heading" component="h2" variant="h6" sx={{ flexGrow: 1 }}>{t('groupHospitalisation.register.title')}</Typography>
              {isLocalAdmin && (
                <Button variant="outlined" href={`/api${base}/insured-persons?format=xlsx&language=${i18n.language}`} download data-testid="register-xlsx">{t('groupHospitalisation.register.excel')}</Button>
              )}
            </Box>
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
              {kinds.map((kind) => (
                <Button key={kind} variant="contained" onClick={() => { setNotice(null); setRequest({ kind }); }}>{t(`groupHospitalisation.kind.${kind}`)}</Button>
              ))}
            </Box>
            <RegisterTable persons={persons.data ?? []} loading={persons.isFetching} showTitularis={isLocalAdmin} />
          </Paper>

          <Paper component="section" aria-labelledby="changes-heading" sx={{ p: 3, display: 'grid', gap: 2 }}>
            <Typography id="changes-heading" component="h2" variant="h6">{t('groupHospitalisation.changes.title')}</Typography>
            {changes.isPending && <Loading />}
            {changes.error && <ErrorAlert error={changes.error} />}
            {changes.data && (
              <ChangeList changes={changes.data} persons={persons.data ?? []} showRequester={isLocalAdmin}
                onResume={(draft) => { setNotice(null); setRequest({ kind: draft.kind, draft }); }} />
            )}
          </Paper>

          <MessageThread path={`${base}/messages`} title={t('groupHospitalisation.messages.title')} />
        </Box>
      )}
      {request && persons.data && (
        <ChangeDialog request={request} ownEntryId={ownEntryId} persons={persons.data} onClose={() => setRequest(null)}
          onDone={(message) => { setRequest(null); setNotice(message); }} />
      )}
    </>
  );
}
