import type { Knex } from 'knex';
import type { Recovery } from '../../contract/recoveries';

const moment = (value: unknown) => new Date(value as string).toISOString();
/** bigint columns arrive as strings. */
const cents = (value: unknown) => Number(value);

const recoveryView = (row: Record<string, any>, receipts: Record<string, any>[]): Recovery => ({
  id: row.id, kind: row.kind, costType: row.costType,
  counterparty: { name: row.counterparty.name, insurer: row.counterparty.insurer ?? null, reference: row.counterparty.reference ?? null },
  expectedCents: cents(row.expectedCents), receivedCents: cents(row.receivedCents), status: row.status,
  writtenOff: row.writtenOff ? { ...row.writtenOff, at: moment(row.writtenOff.at) } : null,
  openedBy: row.openedBy, openedAt: moment(row.openedAt),
  receipts: receipts.map((receipt) => ({
    id: receipt.id, amountCents: cents(receipt.amountCents), receivedOn: receipt.receivedOn, recordedBy: receipt.recordedBy, createdAt: moment(receipt.createdAt),
  })),
});

/** A claim's recoveries (or the one asked for) with their receipts, oldest first, as the claim's projection holds them. */
export async function recoveriesWhere(knex: Knex, where: { declarationId: string; id?: string }): Promise<Recovery[]> {
  const rows = await knex('recoveries').where(where).orderBy('openedAt').orderBy('id');
  const receipts = await knex('recoveryReceipts').whereIn('recoveryId', rows.map((row) => row.id)).orderBy('receivedOn').orderBy('createdAt');
  return rows.map((row) => recoveryView(row, receipts.filter((receipt) => receipt.recoveryId === row.id)));
}
