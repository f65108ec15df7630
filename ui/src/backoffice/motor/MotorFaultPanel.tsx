import { Box, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { productLineOf } from '../../../../domain/declaration-types';
import type { ClaimFile } from '../../api/claims';
import { type MotorFaultFile, useMotorFault } from '../../api/motor-fault';
import { formatDate, formatDateTime, formatEuros } from '../../i18n/format';
import { ErrorAlert } from '../../layout/feedback';
import { JokerStatus } from '../../policies/JokerStatus';
import { LiabilityForm } from './LiabilityForm';
import { RepairForm } from './RepairForm';
import { TowingForm } from './TowingForm';

type Recorded = NonNullable<MotorFaultFile['liability']>;
type Cover = Recorded['driverCover'];

/** One fact: its label, its value, found by tests as `motor-<name>`. */
function Fact({ name, label, children }: { name: string; label: string; children: ReactNode }) {
  return (
    <>
      <Box component="dt" sx={{ color: 'text.secondary' }}>{label}</Box>
      <Box component="dd" sx={{ m: 0 }} data-testid={`motor-${name}`}>{children}</Box>
    </>
  );
}

/** Who pays a bodily injury, in the shares the liability gives. */
function CoverText({ cover }: { cover: Cover }) {
  const { t } = useTranslation();
  return <>{t(`motorFile.cover.${cover.basis}`, { counterparty: cover.counterpartyPercent, own: cover.ownInsurerPercent, uncovered: cover.uncoveredPercent })}</>;
}

function Liability({ liability }: { liability: Recorded }) {
  const { t } = useTranslation();
  const kind = t(`motorFile.liabilityKind.${liability.kind}`);
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'minmax(10rem, max-content) 1fr', gap: 1, my: 1 }}>
      <Fact name="liability" label={t('motorFile.liability.label')}>
        {liability.kind === 'shared' ? t('motorFile.liability.sharedShare', { share: liability.ownSharePercent }) : kind}
        {' — '}{t('motorFile.liability.accidentOn', { date: formatDate(liability.accidentOn) })}
      </Fact>
      <Fact name="driver-cover" label={t('motorFile.liability.driverCover')}>
        <CoverText cover={liability.driverCover} />{liability.driverInjured ? '' : ` ${t('motorFile.liability.driverNotInjured')}`}
      </Fact>
      <Fact name="passenger-cover" label={t('motorFile.liability.passengerCover', { number: liability.injuredPassengers })}>
        <CoverText cover={liability.passengerCover} />
      </Fact>
      <Fact name="joker" label={t('motorFile.liability.joker')}>
        {t(`motorFile.premium.${liability.joker.effect}`, { earnedOn: formatDate(liability.joker.nextJokerOn) })}
      </Fact>
      <Fact name="senior" label={t('motorFile.liability.senior')}>
        {t(`motorFile.senior.${liability.seniorGuarantee}`)}
        {liability.aggravating && ` (${t(`motorFile.aggravating.${liability.aggravating}`)})`}
      </Fact>
      <Fact name="recovery" label={t('motorFile.liability.recovery')}>
        {liability.recoveryId ? t('motorFile.liability.recoveryOpened') : t('motorFile.liability.noRecovery')}
      </Fact>
      <Fact name="recorded-by" label={t('motorFile.liability.recordedBy')}>
        {liability.recordedBy.name}, {formatDateTime(liability.recordedAt)}
      </Fact>
    </Box>
  );
}

/**
 * A motor claim's fault and what it decides (seed 001): the liability, the driver's and passengers' cover, the Joker,
 * the 58+ guarantee; then towing and the repair with its replacement vehicle. Motor claims only.
 */
export function MotorFaultPanel({ file }: { file: ClaimFile }) {
  if (productLineOf[file.type] !== 'motor' || !file.claim) return null;
  return <MotorFault claimId={file.id} closed={Boolean(file.claim.closedAt)} />;
}

function MotorFault({ claimId, closed }: { claimId: string; closed: boolean }) {
  const { t } = useTranslation();
  const motor = useMotorFault(claimId);
  const data = motor.data;
  return (
    <Paper component="section" aria-labelledby="motor-fault-heading" sx={{ p: 3 }} data-testid="motor-fault">
      <Typography id="motor-fault-heading" component="h2" variant="h6">{t('motorFile.title')}</Typography>
      {motor.error && <ErrorAlert error={motor.error} />}
      {data?.policy && <JokerStatus joker={data.policy} />}
      {data && !data.policy && <Typography color="text.secondary">{t('motorFile.noPolicy')}</Typography>}
      {data?.liability && <Liability liability={data.liability} />}
      {data && !data.liability && (closed ? <Typography>{t('motorFile.liability.none')}</Typography> : <LiabilityForm claimId={claimId} />)}

      <Typography component="h3" variant="subtitle1" sx={{ mt: 2 }}>{t('motorFile.towing.title')}</Typography>
      {data?.towingOrders.length === 0 && <Typography color="text.secondary">{t('motorFile.towing.none')}</Typography>}
      {data && data.towingOrders.length > 0 && (
        <Table size="small" aria-label={t('motorFile.towing.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('motorFile.towing.towedTo')}</TableCell><TableCell>{t('motorFile.towing.provider')}</TableCell>
              <TableCell>{t('motorFile.towing.occupants')}</TableCell><TableCell align="right">{t('motorFile.towing.cost')}</TableCell>
              <TableCell>{t('motorFile.towing.orderedBy')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.towingOrders.map((order) => (
              <TableRow key={order.id} data-testid="motor-towing-order">
                <TableCell>{order.towedTo} ({order.country})</TableCell><TableCell>{order.provider}</TableCell>
                <TableCell>{order.unharmedOccupants}</TableCell><TableCell align="right">{formatEuros(order.costCents)}</TableCell>
                <TableCell>{order.orderedBy.name}, {formatDateTime(order.orderedAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {data && !closed && <TowingForm claimId={claimId} />}

      <Typography component="h3" variant="subtitle1" sx={{ mt: 2 }}>{t('motorFile.repair.title')}</Typography>
      {data?.repair ? (
        <Typography data-testid="motor-replacement-vehicle">
          {t('motorFile.repair.summary', { garage: data.repair.garageName, days: data.repair.repairDays })}{' '}
          {t(`motorFile.replacementVehicle.${data.repair.replacementVehicle.basis}`, { days: data.repair.replacementVehicle.days, guaranteeDays: data.repair.guaranteeDays })}
        </Typography>
      ) : data && <Typography color="text.secondary">{t('motorFile.repair.none')}</Typography>}
      {data && !closed && <RepairForm claimId={claimId} />}
    </Paper>
  );
}
