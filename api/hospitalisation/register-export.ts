import ExcelJS from 'exceljs';
import type { Response } from 'express';

/** The register as the Local Admin downloads it: one row per insured person, a real .xlsx. */
export async function sendRegisterXlsx(res: Response, persons: Record<string, any>[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Claims back office';
  const sheet = workbook.addWorksheet('Verzekerden');
  sheet.columns = [
    { header: 'Rijksregisternummer', key: 'nationalNumber', width: 18 },
    { header: 'Naam', key: 'lastName', width: 20 },
    { header: 'Voornaam', key: 'firstName', width: 16 },
    { header: 'Geboortedatum', key: 'birthDate', width: 14 },
    { header: 'Relatie', key: 'relation', width: 12 },
    { header: 'Titularis', key: 'titularis', width: 24 },
    { header: 'E-mail', key: 'email', width: 34 },
    { header: 'Verzekerd vanaf', key: 'coveredFrom', width: 14 },
    { header: 'Verzekerd tot', key: 'coveredUntil', width: 14 },
  ];
  sheet.getRow(1).font = { bold: true };
  const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
  for (const person of persons) {
    sheet.addRow({ ...person, birthDate: asDate(person.birthDate), coveredFrom: asDate(person.coveredFrom), coveredUntil: asDate(person.coveredUntil) });
  }
  for (const key of ['birthDate', 'coveredFrom', 'coveredUntil']) sheet.getColumn(key).numFmt = 'dd/mm/yyyy';
  res.status(200)
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .setHeader('Content-Disposition', 'attachment; filename="verzekerden.xlsx"');
  await workbook.xlsx.write(res);
  res.end();
}
