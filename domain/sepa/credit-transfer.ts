import { XMLBuilder } from 'fast-xml-parser';
import { assertIsoDate } from '../rules/calendar';
import { ibanOf, isBic } from './accounts';
import { OUTSIDE_SEPA_SET, sepaText } from './sepa-text';
import { isStructuredCommunication } from './structured-communication';

/**
 * The SEPA credit transfer file a bank takes to pay claims: ISO 20022 pain.001.001.09, the version of the
 * European Payments Council's SCT rulebook (EPC132-08). One payment instruction per file, booked as one
 * debit (batch booking), each transfer carrying the Belgian structured communication as creditor reference.
 */
export const PAIN_001_NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.09';

export interface Transfer {
  /** At most 35 characters of the SEPA set; ours is endToEndIdOf(payment id). */
  endToEndId: string;
  amountCents: number;
  creditorName: string;
  iban: string;
  bic?: string | null;
  /**
   * The Belgian structured communication, +++123/4567/89012+++ (for a claim: its claim number in digits). It is the
   * transfer's whole remittance: the EPC allows one structured reference of at most 140 characters, tags included.
   */
  communication: string;
}

export interface TransferBatch {
  /** At most 35 characters of the SEPA set, unique per file sent. */
  messageId: string;
  /** ISO date-time. */
  createdAt: string;
  /** YYYY-MM-DD. */
  executionDate: string;
  debtor: { name: string; iban: string; bic?: string | null };
  transfers: Transfer[];
}

/** EPC rulebook: an SCT carries 0.01 to 999 999 999.99 euro. */
const MAX_AMOUNT_CENTS = 99_999_999_999;
/** EPC rulebook: names are at most 70 characters (ISO allows 140). */
const MAX_NAME_LENGTH = 70;
const MAX_ID_LENGTH = 35;

/** Euros with two decimals from integer cents, by integer arithmetic: 123456789 -> "1234567.89". */
export function decimalAmount(cents: number | bigint): string {
  const value = BigInt(cents);
  if (value < 0n) throw new RangeError(`A negative amount cannot be written: ${cents}`);
  return `${value / 100n}.${String(value % 100n).padStart(2, '0')}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OUR_END_TO_END_ID = /^[0-9a-f]{32}$/i;

/** The end-to-end id of a payment: its uuid without dashes (32 of the 35 characters allowed), returned by the bank as is. */
export function endToEndIdOf(paymentId: string): string {
  if (!UUID.test(paymentId)) throw new RangeError(`Not a payment id (uuid): ${paymentId}`);
  return paymentId.replace(/-/g, '').toLowerCase();
}

/** The payment an end-to-end id names, or null when the transfer is not one of ours. */
export function paymentIdOf(endToEndId: string): string | null {
  if (!OUR_END_TO_END_ID.test(endToEndId)) return null;
  const hex = endToEndId.toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** EPC rule for references: SEPA characters, no leading or trailing '/', no '//'. */
function assertReference(what: string, value: string): void {
  const ok = value.length >= 1 && value.length <= MAX_ID_LENGTH && value.replace(OUTSIDE_SEPA_SET, '') === value
    && !value.startsWith('/') && !value.endsWith('/') && !value.includes('//');
  if (!ok) throw new RangeError(`${what} must be 1 to ${MAX_ID_LENGTH} SEPA characters without leading, trailing or double '/': ${JSON.stringify(value)}`);
}

function assertAmount(cents: number, endToEndId: string): void {
  if (!Number.isSafeInteger(cents) || cents <= 0 || cents > MAX_AMOUNT_CENTS) {
    throw new RangeError(`The amount of transfer ${endToEndId} must be a whole number of cents from 1 to ${MAX_AMOUNT_CENTS}: ${cents}`);
  }
}

function assertDateTime(value: string): void {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})?$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new RangeError(`The creation time must be an ISO date-time: ${value}`);
  }
}

function ibanIn(what: string, text: string): string {
  const iban = ibanOf(text);
  if (!iban) throw new RangeError(`Invalid IBAN for ${what}: ${text}`);
  return iban;
}

function bicIn(what: string, text: string | null | undefined): string | null {
  if (text === null || text === undefined || text.trim() === '') return null;
  if (!isBic(text)) throw new RangeError(`Invalid BIC for ${what}: ${text}`);
  return text.trim().toUpperCase();
}

function nameIn(what: string, text: string): string {
  const name = sepaText(text, MAX_NAME_LENGTH);
  if (name === '') throw new RangeError(`The name of ${what} has no character a SEPA bank accepts: ${JSON.stringify(text)}`);
  return name;
}

/** The 12 digits of a structured communication, as the creditor reference (Issr BBA: the Belgian bankers' association). */
function creditorReferenceIn(transfer: Transfer): string {
  if (!isStructuredCommunication(transfer.communication)) {
    throw new RangeError(`Transfer ${transfer.endToEndId} has no valid structured communication: ${transfer.communication}`);
  }
  return transfer.communication.replace(/\D/g, '');
}

const agent = (bic: string | null) => ({ FinInstnId: bic ? { BICFI: bic } : { Othr: { Id: 'NOTPROVIDED' } } });

function transaction(transfer: Transfer) {
  assertReference('The end-to-end id', transfer.endToEndId);
  assertAmount(transfer.amountCents, transfer.endToEndId);
  const bic = bicIn(`creditor of ${transfer.endToEndId}`, transfer.bic);
  return {
    PmtId: { EndToEndId: transfer.endToEndId },
    Amt: { InstdAmt: { '@_Ccy': 'EUR', '#text': decimalAmount(transfer.amountCents) } },
    ...(bic ? { CdtrAgt: agent(bic) } : {}),
    Cdtr: { Nm: nameIn(`the creditor of ${transfer.endToEndId}`, transfer.creditorName) },
    CdtrAcct: { Id: { IBAN: ibanIn(`the creditor of ${transfer.endToEndId}`, transfer.iban) } },
    RmtInf: {
      Strd: { CdtrRefInf: { Tp: { CdOrPrtry: { Cd: 'SCOR' }, Issr: 'BBA' }, Ref: creditorReferenceIn(transfer) } },
    },
  };
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ' });

/** The pain.001.001.09 file for a batch; throws a RangeError naming the first thing a bank would refuse. */
export function creditTransferFile(batch: TransferBatch): string {
  if (batch.transfers.length === 0) throw new RangeError('A credit transfer file needs at least one transfer');
  assertReference('The message id', batch.messageId);
  assertDateTime(batch.createdAt);
  assertIsoDate(batch.executionDate);
  const debtorName = nameIn('the debtor', batch.debtor.name);
  const debtorIban = ibanIn('the debtor', batch.debtor.iban);
  const debtorBic = bicIn('the debtor', batch.debtor.bic);
  const transactions = batch.transfers.map(transaction);
  const count = String(batch.transfers.length);
  const controlSum = decimalAmount(batch.transfers.reduce((sum, transfer) => sum + BigInt(transfer.amountCents), 0n));
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    Document: {
      '@_xmlns': PAIN_001_NAMESPACE,
      CstmrCdtTrfInitn: {
        GrpHdr: { MsgId: batch.messageId, CreDtTm: batch.createdAt, NbOfTxs: count, CtrlSum: controlSum, InitgPty: { Nm: debtorName } },
        PmtInf: {
          PmtInfId: batch.messageId,
          PmtMtd: 'TRF',
          BtchBookg: 'true',
          NbOfTxs: count,
          CtrlSum: controlSum,
          PmtTpInf: { SvcLvl: { Cd: 'SEPA' } },
          ReqdExctnDt: { Dt: batch.executionDate },
          Dbtr: { Nm: debtorName },
          DbtrAcct: { Id: { IBAN: debtorIban } },
          DbtrAgt: agent(debtorBic),
          ChrgBr: 'SLEV',
          CdtTrfTxInf: transactions,
        },
      },
    },
  });
}
