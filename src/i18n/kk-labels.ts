/** Kazakh: the labels feature's texts (sidebar, Docs, messages). Merged into kk.ts. */
export const kkLabels = {
  'menu.labels': 'Жапсырмалар мен экспорт',

  // ---- the sidebar: labels ----
  'labels.section': 'Жапсырмалар',
  'labels.intro': 'Таңдалған даналарға QR коды бар жапсырмалар (A4 парағында 3 × 7) Google Docs құжаты ретінде жасалады.',
  'labels.inventoryNos': 'Инвентар нөмірлері',
  'labels.inventoryNos.hint': 'Әр жолға бір нөмір (сканерлеуге болады) немесе аралық: 1-24',
  'labels.parsed': 'Жапсырмалар: {count}',
  'labels.parsed.pages': '{pages} бет',
  'labels.parsed.none': 'Әзірге нөмір жоқ.',
  'labels.bad': 'Инвентар нөмірі емес: {items}',
  'labels.find': 'Басылымның даналарын қосу',
  'labels.find.hint': 'Автор, атауы немесе ISBN',
  'labels.find.button': 'Іздеу',
  'labels.find.none': '«{query}» бойынша ештеңе табылмады.',
  'labels.find.add': '+ {count} дана',
  'labels.find.noCopies': 'қорда данасы жоқ',
  'labels.make': 'Жапсырма жасау',
  'labels.making': 'Жасалуда…',
  'labels.done': '{count} жапсырма жасалды.',
  'labels.open': '«{name}» құжатын ашу',
  'labels.error.writtenOff': '№ {no} дана есептен шығарылған (акт {act}): оған жапсырма жасалмайды.',

  // ---- the labels Doc ----
  'labels.doc.name': 'Жапсырмалар {date} ({range})',
  'labels.doc.rangeMany': '{from}–{to}, {count} дана',
  'labels.doc.inv': 'Инв. № {no}',
  'labels.doc.library': 'Кітапхана',

  // ---- the sidebar: export ----
  'export.section': 'Каталогты экспорттау',
  'export.intro': 'Электронды каталог CSV файлы ретінде (UTF-8, бөлгіш – нүктелі үтір): Excel мен LibreOffice қазақ әріптерін дұрыс көрсетеді.',
  'export.button': 'CSV жүктеп алу',
  'export.working': 'Дайындалуда…',
  'export.done': 'Каталог жүктелді: {titles} жазба, «{name}».',
  'export.again': 'Жүктеу басталмаса, мына сілтемені басыңыз: {name}',
  'export.tip': 'Excel-де ISBN мен КБЖ кодтары сан не күн болып кетпеуі үшін файлды «Деректер → Мәтіннен/CSV-ден» арқылы ашып, бұл бағандарға «Мәтін» түрін беріңіз.',

  // ---- the CSV columns of ours (the others take the catalogue's own column titles) ----
  'export.col.inFund': 'Қордағы даналар',
  'export.col.onShelf': 'Сөредегі даналар',
  'export.col.inventoryNos': 'Инвентар нөмірлері (қорда)',
} as const;
