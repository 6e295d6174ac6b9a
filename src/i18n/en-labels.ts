import type { kkLabels } from './kk-labels';

/** English: the labels feature's texts. Merged into en.ts. */
export const enLabels: Readonly<Record<keyof typeof kkLabels, string>> = {
  'menu.labels': 'Labels and export',

  'labels.section': 'Labels',
  'labels.intro': 'Labels with a QR code for the chosen copies (3 × 7 on an A4 sheet), made as a Google Doc.',
  'labels.inventoryNos': 'Inventory numbers',
  'labels.inventoryNos.hint': 'One number a line (scanning works) or a range: 1-24',
  'labels.parsed': 'Labels: {count}',
  'labels.parsed.pages': '{pages} page(s)',
  'labels.parsed.none': 'No numbers yet.',
  'labels.bad': 'Not an inventory number: {items}',
  'labels.find': 'Add the copies of a title',
  'labels.find.hint': 'Author, title or ISBN',
  'labels.find.button': 'Search',
  'labels.find.none': 'Nothing found for “{query}”.',
  'labels.find.add': '+ {count} copies',
  'labels.find.noCopies': 'no copies in the fund',
  'labels.make': 'Make labels',
  'labels.making': 'Making…',
  'labels.done': '{count} labels made.',
  'labels.open': 'Open “{name}”',
  'labels.error.writtenOff': 'Copy No. {no} is written off (act {act}): no label is made for it.',

  'labels.doc.name': 'Labels {date} ({range})',
  'labels.doc.rangeMany': '{from}–{to}, {count} copies',
  'labels.doc.inv': 'Inv. No. {no}',
  'labels.doc.library': 'Library',

  'export.section': 'Export the catalogue',
  'export.intro': 'The catalogue as a CSV file (UTF-8, separator: semicolon): Excel and LibreOffice show Cyrillic correctly.',
  'export.button': 'Download CSV',
  'export.working': 'Preparing…',
  'export.done': 'Catalogue downloaded: {titles} records, “{name}”.',
  'export.again': 'If the download did not start, click: {name}',
  'export.tip': 'To keep Excel from turning ISBN and BBK codes into numbers or dates, open the file with Data → From Text/CSV and give those columns the Text type.',

  'export.col.inFund': 'Copies in the fund',
  'export.col.onShelf': 'Copies on the shelf',
  'export.col.inventoryNos': 'Inventory numbers (in the fund)',
};
