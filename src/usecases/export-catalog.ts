/**
 * The catalogue as a CSV file (src/domain/csv.ts: UTF-8 with BOM, ';', RFC 4180, formula guard). Reads
 * the whole catalogue and the catalogue index once each (a rare operation: its cost is in the bench),
 * writes nothing, takes no lock. One row per catalogue record in the catalogue's order; the headers are
 * the catalogue's own column titles in the workbook's language, then the shelf mark, copies in the fund,
 * copies on the shelf and the inventory numbers in the fund (ranges "1–3, 7") from the index.
 */
import { journal } from '../../sheets-template';
import { decodeCopies, inFund } from '../domain/copies';
import { toCsv, type CsvValue } from '../domain/csv';
import { numberRanges } from '../docs/labels';
import { t } from '../i18n';
import { enumLabel } from '../journals/codec';
import { type Env, setUpWorkbook, today } from './context';

export interface CatalogCsv {
  fileName: string;
  csv: string;
  titles: number;
}

/** Catalogue columns left out: copiesTotal is the index's "copies in the fund", counted from the copies. */
const LEFT_OUT = new Set(['copiesTotal']);

export function exportCatalogCsv(env: Env): CatalogCsv {
  const wb = setUpWorkbook(env);
  const lang = wb.lang;
  const catalogDef = journal('catalog');
  const indexDef = journal('catalogIndex');
  const columns = catalogDef.columns.filter((c) => !LEFT_OUT.has(c.key));

  const catalogRows = wb.journal('catalog').readAll();
  const byTitle = new Map<number, { shelfMark: string; copies: string }>();
  for (const row of wb.journal('catalogIndex').readAll()) {
    byTitle.set(Number(row.values.titleId), { shelfMark: String(row.values.shelfMark ?? ''), copies: String(row.values.copies ?? '') });
  }

  const shelfMarkTitle = indexDef.columns.find((c) => c.key === 'shelfMark')!.title[lang];
  const header: CsvValue[] = [
    ...columns.map((c) => c.title[lang]),
    shelfMarkTitle,
    t(lang, 'export.col.inFund'),
    t(lang, 'export.col.onShelf'),
    t(lang, 'export.col.inventoryNos'),
  ];
  const rows: CsvValue[][] = [header];
  for (const { values } of catalogRows) {
    const cells: CsvValue[] = columns.map((c) => {
      const v = values[c.key];
      if (v === null || v === undefined) return '';
      return c.type === 'enum' ? enumLabel(c, String(v), lang) : v;
    });
    const index = byTitle.get(Number(values.titleId));
    if (index) {
      const fund = inFund(decodeCopies(index.copies));
      cells.push(index.shelfMark, fund.length, fund.filter((c) => c.state === 'shelf').length, numberRanges(fund.map((c) => c.inventoryNo)).join(', '));
    } else {
      cells.push('', typeof values.copiesTotal === 'number' ? values.copiesTotal : '', '', '');
    }
    rows.push(cells);
  }
  return {
    fileName: `${catalogDef.title[lang]} ${today(env, wb)}.csv`,
    csv: toCsv(rows),
    titles: catalogRows.length,
  };
}
