/**
 * Catalogue search: by author, title, keyword, BBK/UDC, ISBN or inventory number, Kazakh letters and
 * case folded. Sheets finds the candidate rows of the catalogue index (a text finder over its search
 * column: the 8,000 titles do not travel to the script), the script reads only those rows and keeps
 * the ones every word of the query begins a word of. No lock: it only reads.
 */
import { decodeCopies, inFund, type CopyStatus } from '../domain/copies';
import { UserError } from '../domain/errors';
import { findArticles, type ArticleHit } from './articles';
import { findScans, type ScanRow } from './scans';
import { fold, isbnKey, matches, rank, tokens } from '../domain/search';
import { type Env, setUpWorkbook } from './context';

export interface CatalogHit {
  titleId: number;
  description: string;
  shelfMark: string;
  copies: CopyStatus[];
  onShelf: number;
  inFund: number;
}

export const SEARCH_LIMITS = { maxResults: 100, candidates: 300, queryLength: 200, articles: 20, scans: 20 } as const;

export interface CatalogResult {
  query: string;
  hits: CatalogHit[];
  more: boolean;
  /** Articles of the card index (issue 6), after the books: none for a number (inventory number, ISBN). */
  articles: ArticleHit[];
  moreArticles: boolean;
  /** Scanned documents of the electronic archive (issue 6), after the articles: none for a number either. */
  scans: ScanRow[];
  moreScans: boolean;
}

/** `booksOnly`: the titles alone, without the card index's articles and the archive's scans (fewer reads). */
export function searchCatalog(env: Env, query: string, limit = 30, booksOnly = false): CatalogResult {
  const wb = setUpWorkbook(env);
  const q = String(query ?? '').replace(/^\s*INV:/i, '').slice(0, SEARCH_LIMITS.queryLength);
  const words = tokens(q);
  const max = Math.max(1, Math.min(Number(limit) || 30, SEARCH_LIMITS.maxResults));
  const none = { articles: [], moreArticles: false, scans: [], moreScans: false };
  if (words.length === 0) return { query: q, hits: [], more: false, ...none };

  const index = wb.journal('catalogIndex');
  // A short number is an inventory number (typed, or scanned from a label as INV:123): that copy's title.
  const inventoryNo = /^\d{1,9}$/.test(q.trim()) ? Number(q.trim()) : 0;
  if (inventoryNo > 0) {
    const found = index.findMatching('copies', `(?:.* )?${inventoryNo}(?::\\S*)?(?: .*)?`, SEARCH_LIMITS.candidates);
    const rows = found.rows.filter((r) => decodeCopies(r.values.copies).some((c) => c.inventoryNo === inventoryNo));
    return { query: q, hits: rows.map((r) => hitOf(r.values)), more: false, ...none };
  }

  // The most selective word goes to the text finder: the longest. The index's search text has a
  // space before every word, so " word" finds word beginnings only. A longer number is an ISBN.
  const digits = /^[\dXx\s-]+$/.test(q.trim()) ? isbnKey(q) : '';
  const probe = digits || words.reduce((a, w) => (w.length > a.length ? w : a), '');
  const found = index.findContaining('search', ` ${probe}`, SEARCH_LIMITS.candidates);

  const hits: Array<CatalogHit & { score: number }> = [];
  for (const row of found.rows) {
    const v = row.values;
    const search = String(v.search ?? '');
    const description = String(v.description ?? '');
    if (!matches(q, [search]) && !(digits && search.indexOf(` ${digits}`) >= 0)) continue;
    hits.push({ ...hitOf(v), score: rank(q, { title: description, other: [search] }) });
  }
  hits.sort((a, b) => b.score - a.score || fold(a.description).localeCompare(fold(b.description)));
  const list: CatalogHit[] = hits.slice(0, max).map((h) => ({
    titleId: h.titleId,
    description: h.description,
    shelfMark: h.shelfMark,
    copies: h.copies,
    onShelf: h.onShelf,
    inFund: h.inFund,
  }));
  const others = digits || booksOnly;
  const articles = others ? { hits: [], more: false } : articlesFor(wb, q);
  const scans = others ? { hits: [], more: false } : findScans(wb, q, SEARCH_LIMITS.scans);
  return { query: q, hits: list, more: found.more || hits.length > max, articles: articles.hits, moreArticles: articles.more, scans: scans.hits, moreScans: scans.more };
}

/** The card index's answer; a workbook whose card index lacks the search column (setup not run since) has none. */
function articlesFor(wb: ReturnType<typeof setUpWorkbook>, q: string): { hits: ArticleHit[]; more: boolean } {
  try {
    return findArticles(wb, q, SEARCH_LIMITS.articles);
  } catch (error) {
    if (error instanceof UserError) return { hits: [], more: false };
    throw error;
  }
}

function hitOf(v: Record<string, unknown>): CatalogHit {
  const copies = decodeCopies(v.copies);
  const fund = inFund(copies);
  return {
    titleId: Number(v.titleId),
    description: String(v.description ?? ''),
    shelfMark: String(v.shelfMark ?? ''),
    copies,
    onShelf: fund.filter((c) => c.state === 'shelf').length,
    inFund: fund.length,
  };
}
