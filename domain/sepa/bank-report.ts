import { XMLParser } from 'fast-xml-parser';

/**
 * What the bank tells us about the transfers we sent: ISO 20022 camt.054.001.08, the debit/credit notification.
 * A booked debit confirms a transfer; a return (the payee's bank sends the money back, reason AC04 "account
 * closed" for example) arrives as a credit with return information. The input comes from outside: no DOCTYPE,
 * no entity expansion, a bounded number of entries, amounts read exactly.
 */
export const CAMT_054_NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:camt.054.001.08';
export const MAX_REPORTED_TRANSFERS = 10_000;

export interface TransferOutcome {
  /** Null when the bank gave none (NOTPROVIDED): such a transfer is not one of ours. */
  endToEndId: string | null;
  amountCents: number;
  outcome: 'confirmed' | 'returned';
  /** ISO external return reason (AC04, MS03, ...) or the bank's own code; null when confirmed. */
  reasonCode: string | null;
  reasonText: string | null;
  /** YYYY-MM-DD. */
  bookedOn: string | null;
}

export interface BankReport {
  /** GrpHdr/MsgId: the bank's id for this message, the same when the bank sends it again. */
  messageId: string;
  notificationIds: string[];
  transfers: TransferOutcome[];
}

export type BankReportRejection = 'doctype' | 'not_xml' | 'not_camt054' | 'too_many_entries' | 'malformed_entry' | 'not_euro';

export class BankReportRejected extends Error {
  constructor(readonly code: BankReportRejection, message: string) {
    super(message);
    this.name = 'BankReportRejected';
  }
}

type Node = Record<string, unknown>;

const REPEATED = new Set(['Ntfctn', 'Ntry', 'NtryDtls', 'TxDtls', 'AddtlInf']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false, // never expand: the five predefined ones and character references are decoded below
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => REPEATED.has(name.slice(name.indexOf(':') + 1)),
});

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decoded(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const codePoint = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
    }
    return PREDEFINED[name] ?? whole;
  });
}

/** Reads elements of one namespace prefix ('' for the default namespace, as banks write it). */
function reader(prefix: string) {
  const key = (name: string) => (prefix ? `${prefix}:${name}` : name);
  const child = (node: unknown, name: string): Node | undefined => {
    const value = node && typeof node === 'object' ? (node as Node)[key(name)] : undefined;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : undefined;
  };
  const children = (node: unknown, name: string): Node[] => {
    const value = node && typeof node === 'object' ? (node as Node)[key(name)] : undefined;
    return Array.isArray(value) ? value.map((item) => (item && typeof item === 'object' ? (item as Node) : { '#text': item })) : [];
  };
  const textOf = (value: unknown): string | null => {
    const raw = value && typeof value === 'object' ? (value as Node)['#text'] : value;
    return typeof raw === 'string' || typeof raw === 'number' ? decoded(String(raw)).trim() : null;
  };
  /** The text at a path of element names, or null. */
  const text = (node: unknown, ...path: string[]): string | null => {
    let current: unknown = node;
    for (const name of path.slice(0, -1)) current = child(current, name);
    const last = current && typeof current === 'object' ? (current as Node)[key(path[path.length - 1])] : undefined;
    return textOf(Array.isArray(last) ? last[0] : last);
  };
  return { child, children, text, textOf };
}

/** Integer cents from an ISO amount (up to 5 decimals), digit by digit: "1234567.89" -> 123456789. */
export function centsOf(amount: string): number | null {
  const match = /^(\d{1,18})(?:\.(\d{1,5}))?$/.exec(amount);
  if (!match) return null;
  const fraction = (match[2] ?? '').padEnd(5, '0');
  if (fraction.slice(2) !== '000') return null; // fractions of a cent are no euro amount
  const cents = BigInt(match[1]) * 100n + BigInt(fraction.slice(0, 2));
  return cents <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(cents) : null;
}

const rejected = (code: BankReportRejection, message: string) => new BankReportRejected(code, message);

function rootOf(document: Node): { prefix: string; root: Node } {
  const rootName = Object.keys(document).find((name) => !name.startsWith('?') && !name.startsWith('#'));
  const match = rootName ? /^(?:([A-Za-z_][\w.-]*):)?Document$/.exec(rootName) : null;
  const root = rootName ? document[rootName] : undefined;
  if (!match || !root || typeof root !== 'object' || Array.isArray(root)) throw rejected('not_camt054', 'The root element is not an ISO 20022 Document');
  const prefix = match[1] ?? '';
  const namespace = (root as Node)[prefix ? `@_xmlns:${prefix}` : '@_xmlns'];
  if (namespace !== CAMT_054_NAMESPACE) throw rejected('not_camt054', `The document is not camt.054.001.08 (namespace ${String(namespace)})`);
  return { prefix, root: root as Node };
}

type Read = ReturnType<typeof reader>;

/** PMNT/ICDT/RRTN: an issued credit transfer that came back. */
function isReturnCode(read: Read, node: Node | undefined): boolean {
  const domain = read.child(read.child(node, 'BkTxCd'), 'Domn');
  return read.text(domain, 'Cd') === 'PMNT' && read.text(domain, 'Fmly', 'Cd') === 'ICDT' && read.text(domain, 'Fmly', 'SubFmlyCd') === 'RRTN';
}

function amountIn(read: Read, amount: unknown, where: string): number {
  const currency = amount && typeof amount === 'object' ? (amount as Node)['@_Ccy'] : undefined;
  if (currency !== 'EUR') throw rejected('not_euro', `${where}: the amount is not in euro (${String(currency)})`);
  const cents = centsOf(read.textOf(amount) ?? '');
  if (cents === null) throw rejected('malformed_entry', `${where}: the amount is not a euro amount`);
  return cents;
}

function bookingDateOf(read: Read, entry: Node): string | null {
  const date = read.text(entry, 'BookgDt', 'Dt') ?? read.text(entry, 'BookgDt', 'DtTm')?.slice(0, 10) ?? null;
  return date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}

function outcomesOf(read: Read, entry: Node, where: string): TransferOutcome[] {
  const details = read.children(entry, 'NtryDtls').flatMap((entryDetails) => read.children(entryDetails, 'TxDtls'));
  const booked = read.text(entry, 'Sts', 'Cd') === 'BOOK';
  const debit = read.text(entry, 'CdtDbtInd') === 'DBIT';
  const bookedOn = bookingDateOf(read, entry);
  return details.flatMap((transaction, index): TransferOutcome[] => {
    const here = `${where}, transaction ${index + 1}`;
    const returnInfo = read.child(transaction, 'RtrInf');
    const returned = returnInfo !== undefined || isReturnCode(read, transaction) || isReturnCode(read, entry);
    // Only a booked debit confirms a transfer of ours; a pending entry or an incoming credit says nothing about them.
    if (!returned && !(booked && debit)) return [];
    const amount = read.child(transaction, 'Amt') ?? read.child(read.child(read.child(transaction, 'AmtDtls'), 'TxAmt'), 'Amt') ?? (details.length === 1 ? read.child(entry, 'Amt') : undefined);
    if (!amount) throw rejected('malformed_entry', `${here}: no amount for the transaction`);
    const endToEndId = read.text(transaction, 'Refs', 'EndToEndId');
    const reasonText = read.children(returnInfo, 'AddtlInf').map((line) => read.textOf(line) ?? '').join(' ').trim();
    return [{
      endToEndId: endToEndId && endToEndId !== 'NOTPROVIDED' ? endToEndId : null,
      amountCents: amountIn(read, amount, here),
      outcome: returned ? 'returned' : 'confirmed',
      reasonCode: returned ? read.text(returnInfo, 'Rsn', 'Cd') ?? read.text(returnInfo, 'Rsn', 'Prtry') : null,
      reasonText: returned && reasonText ? reasonText : null,
      bookedOn,
    }];
  });
}

/** The outcomes a camt.054.001.08 reports; throws BankReportRejected for anything else. The caller bounds the size. */
export function bankReportOf(xml: string): BankReport {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw rejected('doctype', 'A bank report must not declare a DOCTYPE or entities');
  let document: Node;
  try {
    document = parser.parse(xml, true) as Node;
  } catch (error) {
    throw rejected('not_xml', `Not well-formed XML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { prefix, root } = rootOf(document);
  const read = reader(prefix);
  const notification = read.child(root, 'BkToCstmrDbtCdtNtfctn');
  const messageId = read.text(notification, 'GrpHdr', 'MsgId');
  const notifications = read.children(notification, 'Ntfctn');
  const notificationIds = notifications.map((n) => read.text(n, 'Id'));
  if (!notification || !messageId || notifications.length === 0 || notificationIds.some((id) => !id)) {
    throw rejected('not_camt054', 'No BkToCstmrDbtCdtNtfctn with a message id and identified notifications');
  }
  const entries = notifications.flatMap((n, i) => read.children(n, 'Ntry').map((entry, j) => ({ where: `Notification ${notificationIds[i]}, entry ${j + 1}`, entry })));
  const transactionCount = entries.reduce((sum, { entry }) => sum + read.children(entry, 'NtryDtls').reduce((s, d) => s + read.children(d, 'TxDtls').length, 0), 0);
  if (entries.length > MAX_REPORTED_TRANSFERS || transactionCount > MAX_REPORTED_TRANSFERS) {
    throw rejected('too_many_entries', `More than ${MAX_REPORTED_TRANSFERS} entries in one report`);
  }
  return {
    messageId,
    notificationIds: notificationIds as string[],
    transfers: entries.flatMap(({ where, entry }) => outcomesOf(read, entry, where)),
  };
}
