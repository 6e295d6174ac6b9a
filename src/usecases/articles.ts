/**
 * The article card index (issue 6): an article from a periodical described (GOST 7.1 analytic
 * description) and found again from the catalogue search.
 *
 * Sheets' text finder cannot fold Kazakh letters, so each row keeps its own folded search text (the
 * `search` column, as the catalogue index does): the finder looks for " word" there, the script reads
 * only the rows it names and keeps those every word of the query begins a word of.
 */
import { describeArticle } from '../domain/bibliographic';
import { UserError } from '../domain/errors';
import { articleSearchText, validateArticle, type ArticleForm } from '../domain/periodicals';
import { fold, matches, rank, tokens } from '../domain/search';
import type { Workbook } from '../journals/workbook';
import { auditRow, writeAudit } from './audit';
import { type Env, setUpWorkbook, today } from './context';

export function addArticle(env: Env, form: ArticleForm): { row: number; description: string } {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const checked = validateArticle(form, Number(today(env, wb).slice(0, 4)));
    if (!checked.ok) throw UserError.of(checked.errors);
    const a = checked.value;
    const r = a.record;
    const description = describeArticle(r);
    const journal = wb.journal('articleIndex').prepare();
    wb.journal('auditLog').prepare();
    const [row] = journal.append([
      {
        authors: r.authors.join('; '),
        title: r.title,
        periodical: r.periodical,
        year: Number(r.year),
        number: r.number ?? '',
        pages: r.pages ?? '',
        subjects: a.subjects,
        bbk: a.bbk,
        description,
        language: r.language,
        search: articleSearchText(a),
      },
    ]);
    writeAudit(wb, [auditRow(env, 'addArticle', 'article', String(row), { periodical: r.periodical, year: Number(r.year) })]);
    return { row, description };
  });
}

export interface ArticleHit {
  row: number;
  description: string;
  subjects: string;
  bbk: string;
}

export const ARTICLE_SEARCH = { candidates: 200 } as const;

/** Articles whose authors, title, periodical, year, subjects or BBK answer the query, best first. */
export function findArticles(wb: Workbook, query: string, limit: number): { hits: ArticleHit[]; more: boolean } {
  const words = tokens(query);
  if (!words.length) return { hits: [], more: false };
  const probe = words.reduce((a, w) => (w.length > a.length ? w : a), '');
  const found = wb.journal('articleIndex').findContaining('search', ` ${probe}`, ARTICLE_SEARCH.candidates);
  const hits: Array<ArticleHit & { score: number }> = [];
  for (const row of found.rows) {
    const v = row.values;
    const search = String(v.search ?? '');
    if (!matches(query, [search])) continue;
    const description = String(v.description ?? '');
    hits.push({
      row: row.rowNumber,
      description,
      subjects: String(v.subjects ?? ''),
      bbk: String(v.bbk ?? ''),
      score: rank(query, { title: String(v.title ?? ''), authors: String(v.authors ?? ''), other: [search] }),
    });
  }
  hits.sort((a, b) => b.score - a.score || fold(a.description).localeCompare(fold(b.description)));
  return { hits: hits.slice(0, limit).map(({ score: _score, ...h }) => h), more: found.more || hits.length > limit };
}

/** findArticles with the workbook of this execution (no lock: it only reads). */
export function searchArticles(env: Env, query: string, limit: number): { hits: ArticleHit[]; more: boolean } {
  return findArticles(setUpWorkbook(env), query, limit);
}
