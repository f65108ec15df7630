import ExcelJS from 'exceljs';
import type { Response } from 'express';
import { catalogue } from '../../i18n/catalogue';

/** The register's columns, worded as the portal's register screen words them (`groupHospitalisation.register.*`). */
const columns = [
  { key: 'nationalNumber', width: 18 }, { key: 'lastName', width: 20 }, { key: 'firstName', width: 16 },
  { key: 'birthDate', width: 14 }, { key: 'relation', width: 14 }, { key: 'titularis', width: 24 },
  { key: 'email', width: 34 }, { key: 'coveredFrom', width: 14 }, { key: 'coveredUntil', width: 14 },
] as const;

/** The register as the Local Admin downloads it, in the reader's language: one row per insured person, a real .xlsx. */
export async function sendRegisterXlsx(res: Response, persons: Record<string, any>[], language: string): Promise<void> {
  const say = (key: string) => catalogue.t(key, undefined, language);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Claims back office';
  const title = say('groupHospitalisation.register.title');
  const sheet = workbook.addWorksheet(title);
  sheet.columns = columns.map(({ key, width }) => ({ header: say(`groupHospitalisation.register.${key}`), key, width }));
  sheet.getRow(1).font = { bold: true };
  const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
  for (const person of persons) {
    sheet.addRow({
      ...person, relation: say(`groupHospitalisation.relation.${person.relation}`),
      birthDate: asDate(person.birthDate), coveredFrom: asDate(person.coveredFrom), coveredUntil: asDate(person.coveredUntil),
    });
  }
  for (const key of ['birthDate', 'coveredFrom', 'coveredUntil']) sheet.getColumn(key).numFmt = 'dd/mm/yyyy';
  res.status(200)
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .setHeader('Content-Disposition', `attachment; filename="${encodeURIComponent(title.toLowerCase())}.xlsx"`);
  await workbook.xlsx.write(res);
  res.end();
}
