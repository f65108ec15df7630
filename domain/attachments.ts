/** Documents a customer can attach to a declaration. */
export const attachmentKinds = [
  'photo',
  'european_accident_report', // Europees aanrijdingsformulier, front and back
  'police_report', // proces-verbaal
  'medical_certificate_first_finding', // medisch attest van eerste vaststelling
  'incapacity_certificate', // attest van arbeidsongeschiktheid, verlenging, werkhervatting, herval
  'hospital_invoice',
  'invoice',
  'quote', // bestek
  'other',
] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];

export interface AttachmentRef {
  id: string;
  kind: AttachmentKind;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_DECLARATION = 20;

/** What the file's first bytes say it is; the name and the browser's claim are not trusted. */
export function sniffContentType(head: Uint8Array): string | null {
  const starts = (...bytes: number[]) => bytes.every((byte, i) => head[i] === byte);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  const brand = String.fromCharCode(...head.slice(4, 12));
  if (brand === 'ftypheic' || brand === 'ftypheix' || brand === 'ftypmif1') return 'image/heic';
  return null;
}

/** A file name safe to store and to send back in a Content-Disposition header. */
export function sanitiseFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f"<>:|?*]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^\.+/, '')
    .trim()
    .slice(-120);
  return cleaned || 'attachment';
}
