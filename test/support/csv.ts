/** Parses the exports' CSV (semicolons, quotes, CRLF, byte-order mark) back into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let fieldText = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') { fieldText += '"'; i++; } else if (char === '"') quoted = false; else fieldText += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') { row.push(fieldText); fieldText = ''; } else if (char === '\r' && input[i + 1] === '\n') { row.push(fieldText); rows.push(row); row = []; fieldText = ''; i++; } else fieldText += char;
  }
  if (fieldText || row.length) { row.push(fieldText); rows.push(row); }
  return rows;
}
