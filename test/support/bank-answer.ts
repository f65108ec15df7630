import { XMLBuilder } from 'fast-xml-parser';
import { CAMT_054_NAMESPACE } from '../../domain/sepa/bank-report';
import { decimalAmount } from '../../domain/sepa/credit-transfer';

/** One transfer as the bank saw it: executed, or sent back by the payee's bank with an ISO return reason. */
export interface AnsweredTransfer {
  endToEndId: string;
  amountCents: number;
  returned?: { code: string; text?: string };
}

export interface BankAnswerOptions {
  messageId?: string;
  notificationId?: string;
  createdAt?: string;
  bookedOn?: string;
  /** The insurer's account the transfers were debited from. */
  accountIban?: string;
  /** The PmtInfId of our pain.001, which the bank repeats. */
  paymentInformationId?: string;
  /** With batch booking (our files ask for it) the executed transfers are one debit; without, one debit each. */
  batchBooking?: boolean;
}

/** SEPA credit transfer (PMNT/ICDT/ESCT), or its return (PMNT/ICDT/RRTN): ISO external bank transaction codes. */
const bankTransactionCode = (subFamily: 'ESCT' | 'RRTN') => ({ Domn: { Cd: 'PMNT', Fmly: { Cd: 'ICDT', SubFmlyCd: subFamily } } });
const euro = (cents: number) => ({ '@_Ccy': 'EUR', '#text': decimalAmount(cents) });

/**
 * A camt.054.001.08 debit/credit notification as a Belgian bank sends it after executing our pain.001:
 * the executed transfers booked as a debit (one for the batch, its transactions detailed), each returned
 * transfer booked as a credit carrying its return reason. Tests use it as the bank.
 */
export function bankAnswerFor(transfers: AnsweredTransfer[], options: BankAnswerOptions = {}): string {
  const { messageId = 'CAMT054-20250304-0001', notificationId = 'NTF-20250304-0001', createdAt = '2025-03-04T06:30:00+01:00', bookedOn = '2025-03-03' } = options;
  const { accountIban = 'BE68539007547034', paymentInformationId = 'PAY-2025-0001', batchBooking = true } = options;
  let reference = 0;
  const entry = (cents: number, direction: 'DBIT' | 'CRDT', subFamily: 'ESCT' | 'RRTN', details: object) => ({
    NtryRef: String(++reference),
    Amt: euro(cents),
    CdtDbtInd: direction,
    Sts: { Cd: 'BOOK' },
    BookgDt: { Dt: bookedOn },
    ValDt: { Dt: bookedOn },
    AcctSvcrRef: `${messageId}-${reference}`,
    BkTxCd: bankTransactionCode(subFamily),
    NtryDtls: details,
  });
  const executedDetail = (transfer: AnsweredTransfer) => ({
    Refs: { PmtInfId: paymentInformationId, EndToEndId: transfer.endToEndId },
    Amt: euro(transfer.amountCents),
    CdtDbtInd: 'DBIT',
    BkTxCd: bankTransactionCode('ESCT'),
  });
  const executed = transfers.filter((transfer) => !transfer.returned);
  const executedEntries = batchBooking && executed.length > 0
    ? [entry(executed.reduce((sum, t) => sum + t.amountCents, 0), 'DBIT', 'ESCT', {
        Btch: { PmtInfId: paymentInformationId, NbOfTxs: String(executed.length), TtlAmt: euro(executed.reduce((sum, t) => sum + t.amountCents, 0)), CdtDbtInd: 'DBIT' },
        TxDtls: executed.map(executedDetail),
      })]
    : executed.map((transfer) => entry(transfer.amountCents, 'DBIT', 'ESCT', { TxDtls: executedDetail(transfer) }));
  const returnEntries = transfers.filter((transfer) => transfer.returned).map((transfer) => entry(transfer.amountCents, 'CRDT', 'RRTN', {
    TxDtls: {
      Refs: { EndToEndId: transfer.endToEndId },
      Amt: euro(transfer.amountCents),
      CdtDbtInd: 'CRDT',
      BkTxCd: bankTransactionCode('RRTN'),
      RtrInf: { Rsn: { Cd: transfer.returned!.code }, ...(transfer.returned!.text ? { AddtlInf: transfer.returned!.text } : {}) },
    },
  }));
  return new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true }).build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    Document: {
      '@_xmlns': CAMT_054_NAMESPACE,
      BkToCstmrDbtCdtNtfctn: {
        GrpHdr: { MsgId: messageId, CreDtTm: createdAt },
        Ntfctn: {
          Id: notificationId,
          CreDtTm: createdAt,
          Acct: { Id: { IBAN: accountIban }, Ccy: 'EUR' },
          Ntry: [...executedEntries, ...returnEntries],
        },
      },
    },
  });
}
