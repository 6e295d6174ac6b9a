/** Import of an existing catalogue (dry run, then all or nothing): the sidebar and its server function. */
import type { ImportLineDto, ImportReportDto, ImportRequestDto, Result } from '../api';
import { formatNumbers, type ImportField } from '../domain/import';
import { tenge } from '../domain/fund';
import { gasEnv } from '../gas/env';
import { t, type Lang } from '../i18n';
import { importCatalog as importCatalogUseCase, type ImportOutcome } from '../usecases/import-catalog';
import { openSidebar, result, workbookLang } from './respond';

export function showImportCatalog(): void {
  openSidebar('ImportCatalog', 'menu.importCatalog');
}

/** Dry run (`mode: 'dryRun'`, writes nothing) or commit (writes every line, or nothing when one is wrong). */
export function importCatalog(request: ImportRequestDto): Result<ImportReportDto> {
  const env = gasEnv();
  return result('importCatalog', env, () => {
    const outcome = importCatalogUseCase(env, request ?? {});
    const lang = workbookLang(env);
    const report = toDto(outcome, lang);
    return { value: report, message: summaryMessage(outcome, lang) };
  });
}

/** "A", "B", ... "AA": the column letter Excel shows. */
function letter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function toDto(o: ImportOutcome, lang: Lang): ImportReportDto {
  const columnName = (field: ImportField): string => {
    const i = o.mapping.indexOf(field);
    if (i < 0) return '';
    const h = (o.header[i] ?? '').trim();
    return h || letter(i);
  };
  const lines: ImportLineDto[] = o.lines.map((l) => {
    const d = l.disposition;
    const problems = l.problems.map((p) => ({ field: p.field, column: columnName(p.field), message: t(lang, p.key, p.params) }));
    const note =
      d.kind === 'new'
        ? t(lang, 'import.line.new')
        : d.kind === 'existing'
          ? t(lang, 'import.line.existing', { titleId: d.titleId })
          : d.kind === 'sameAs'
            ? t(lang, 'import.line.sameAs', { row: d.row })
            : problems.map((p) => p.message).join(' ');
    return {
      row: l.row,
      kind: d.kind === 'error' ? 'error' : d.kind === 'new' ? 'new' : 'duplicate',
      label: l.label,
      copies: l.value ? l.value.copies : 0,
      inventory: l.value ? formatNumbers(l.value.numbers) : '',
      titleId: d.kind === 'existing' ? d.titleId : 0,
      sameAsRow: d.kind === 'sameAs' ? d.row : 0,
      note,
      problems,
    };
  });
  const s = o.summary;
  return {
    mode: o.mode,
    committed: o.committed,
    separator: o.separator === '\t' ? 'tab' : o.separator,
    summary: {
      lines: s.lines,
      errorLines: s.errorLines,
      newTitles: s.newTitles,
      toExisting: s.toExisting,
      sameAsEarlier: s.sameAsEarlier,
      copies: s.copies,
      sum: tenge(s.sum),
      toNumber: s.toNumber,
      numberFrom: s.numberFrom,
    },
    fileProblems: o.fileProblems.map((p) => t(lang, p.key, p.params)),
    lines,
    recordNos: o.recordNos,
  };
}

function summaryMessage(o: ImportOutcome, lang: Lang): string {
  const s = o.summary;
  const blocked = s.errorLines > 0 || o.fileProblems.length > 0;
  if (o.committed) return t(lang, 'import.done', { titles: s.newTitles, copies: s.copies, records: o.recordNos.join(', ') });
  if (blocked) return t(lang, o.mode === 'commit' ? 'import.refused' : 'import.dryRun.blocked', { errors: s.errorLines });
  return t(lang, 'import.dryRun.ready', { lines: s.lines, titles: s.newTitles, copies: s.copies });
}
