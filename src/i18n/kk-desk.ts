/** Kazakh: the circulation desk's texts (sidebar, messages). Merged into kk.ts. */
export const kkDesk = {
  'menu.desk': 'Кітап беру және қайтару',

  // what the desk did
  'desk.issued': '{name}: {count} кітап берілді.',
  'desk.returned': '{count} кітап қайтарылды.',
  'desk.returnedLate': '№ {no} – {days} күн кешіктірілді.',
  'desk.renewed': '№ {no} кітаптың мерзімі {due} дейін ұзартылды.',

  // refusals
  'error.ticketNo': 'Оқырман билетінің нөмірін жазыңыз.',
  'error.readerUnknown': '№ {ticketNo} билетті оқырман жоқ.',
  'error.readerLeft': '{name} (№ {ticketNo}) мектептен шығып кеткен: кітап беруге болмайды.',
  'error.readerOverdue': '{name} оқырманның мерзімі өткен {count} кітабы бар (№ {nos}). Бәрібір беру керек пе?',
  'error.loanLimit': 'Оқырманда қазір {onLoan} кітап бар, бір мезгілде ең көбі {limit} (оқулықтар саналмайды): тағы {allowed} кітап беруге болады.',
  'error.copyOnLoanToReader': '№ {no} кітап осы оқырманда тұр.',
  'error.copyReserved': '№ {no} кітап басқа оқырманға сақтаулы тұр.',
  'error.copyNotOnLoan': '№ {no} кітап ешкімге берілмеген: қайтаратын ештеңе жоқ.',
  'error.copyTwice': '№ {no} кітап тізімде екі рет жазылған.',
  'error.damageNote': 'Кітаптың қалай бүлінгенін жазыңыз.',
  'error.duePast': 'Қайтару мерзімі бүгіннен ерте бола алмайды.',
  'error.dueFar': 'Қайтару мерзімі бір жылдан аспауы керек: ең кеші {max}.',
  'error.renewLimit': '№ {no} кітаптың мерзімі {max} рет ұзартылған: енді ұзартуға болмайды.',
  'error.renewWaiting': '№ {no} кітапты басқа оқырман күтіп тұр: мерзімін ұзартуға болмайды.',
  'error.renewNotLater': 'Жаңа мерзім қазіргі мерзімнен ({due}) кейін болуы керек.',
} as const;
