/**
 * The list of scanned documents of a year (seed guide, "Digitisation documents" 1: each document with its
 * full bibliographic description) as a document model: the library, the title with the year, then the
 * numbered GOST 7.1 descriptions, each with its pages, the file in the archive (its name and address: a
 * printed list is read on paper too), the day it was uploaded: a numbered paragraph each (a long address
 * wraps on the page's width, which a table column would not give it). Pure; texts from i18n.
 */
import { dayText } from '../domain/dates';
import { t, type Lang } from '../i18n';
import { doc, para, title, type DocModel } from './model';

export interface ScansListData {
  libraryName: string;
  year: number;
  /** ISO day the list was made */
  date: string;
  scans: Array<{ id: number; description: string; pages: number; fileName: string; fileLink: string; uploadedOn: string }>;
}

export function scansListDocName(lang: Lang, year: number): string {
  return t(lang, 'scans.doc.name', { year });
}

export function scansListDoc(data: ScansListData, lang: Lang): DocModel {
  const indent = 18;
  const items = data.scans.flatMap((s, i) => [
    para({ indent, firstLine: -indent, spaceBefore: i ? 8 : 4, spaceAfter: 1 }, `${i + 1}.\u00a0`, s.description),
    para({ indent, size: 10, spaceBefore: 0, spaceAfter: 0 }, t(lang, 'scans.doc.file', { pages: s.pages || '–', name: s.fileName, date: dayText(s.uploadedOn) })),
    para({ indent, size: 9, spaceBefore: 0, spaceAfter: 0 }, s.fileLink),
  ]);
  return doc(scansListDocName(lang, data.year), [
    para({ align: 'center', size: 11 }, data.libraryName || t(lang, 'labels.doc.library')),
    title(t(lang, 'scans.doc.title', { year: data.year })),
    para({ align: 'center', italic: true, size: 10, spaceAfter: 6 }, t(lang, 'scans.doc.count', { count: data.scans.length, date: dayText(data.date) })),
    ...items,
  ]);
}
