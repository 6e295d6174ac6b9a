import type { kkLabels } from './kk-labels';

/** Russian: the labels feature's texts. Merged into ru.ts. */
export const ruLabels: Readonly<Record<keyof typeof kkLabels, string>> = {
  'menu.labels': 'Этикетки и экспорт',

  'labels.section': 'Этикетки',
  'labels.intro': 'Этикетки с QR-кодом для выбранных экземпляров (3 × 7 на листе A4) создаются документом Google Docs.',
  'labels.inventoryNos': 'Инвентарные номера',
  'labels.inventoryNos.hint': 'По номеру в строке (можно сканером) или диапазон: 1-24',
  'labels.parsed': 'Этикеток: {count}',
  'labels.parsed.pages': 'страниц: {pages}',
  'labels.parsed.none': 'Пока нет номеров.',
  'labels.bad': 'Не инвентарный номер: {items}',
  'labels.find': 'Добавить экземпляры издания',
  'labels.find.hint': 'Автор, заглавие или ISBN',
  'labels.find.button': 'Найти',
  'labels.find.none': 'По запросу «{query}» ничего не найдено.',
  'labels.find.add': '+ {count} экз.',
  'labels.find.noCopies': 'нет экземпляров в фонде',
  'labels.make': 'Создать этикетки',
  'labels.making': 'Создаются…',
  'labels.done': 'Создано этикеток: {count}.',
  'labels.open': 'Открыть документ «{name}»',
  'labels.error.writtenOff': 'Экземпляр № {no} списан (акт {act}): этикетка для него не создаётся.',

  'labels.doc.name': 'Этикетки {date} ({range})',
  'labels.doc.rangeMany': '{from}–{to}, {count} экз.',
  'labels.doc.inv': 'Инв. № {no}',
  'labels.doc.library': 'Библиотека',

  'export.section': 'Экспорт каталога',
  'export.intro': 'Электронный каталог файлом CSV (UTF-8, разделитель – точка с запятой): Excel и LibreOffice правильно показывают кириллицу.',
  'export.button': 'Скачать CSV',
  'export.working': 'Готовится…',
  'export.done': 'Каталог скачан: записей {titles}, «{name}».',
  'export.again': 'Если скачивание не началось, нажмите ссылку: {name}',
  'export.tip': 'Чтобы Excel не превращал ISBN и ББК в числа или даты, откройте файл через «Данные → Из текстового/CSV-файла» и задайте этим столбцам тип «Текст».',

  'export.col.inFund': 'Экземпляров в фонде',
  'export.col.onShelf': 'Экземпляров на полке',
  'export.col.inventoryNos': 'Инвентарные номера (в фонде)',
};
