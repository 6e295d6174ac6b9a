/**
 * The event Docs as models: a scenario from the template of each kind with the event's data in it (a
 * usable skeleton: goal, equipment, a timed course, a conclusion, her parts in italics), and the protocol
 * with the seed's parts (agenda, participants, heard, resolved) and the chair's and secretary's lines.
 */
import { EVENT_KINDS } from '../../../sheets-template/options';
import { plainText, validateModel, type ListBlock, type ParagraphBlock, type TableBlock, cellText } from '../../../src/docs/model';
import { protocolDoc } from '../../../src/docs/protocol';
import { courseOf, eventDocName, scenarioDoc, withBlanks, type EventDocHead } from '../../../src/docs/scenario';
import { t, type Lang, type MessageKey } from '../../../src/i18n';

const EVENT: EventDocHead = {
  id: 7,
  title: 'Абай оқулары',
  kind: 'literaryEvening',
  date: '2026-11-20',
  audience: '8–9 сыныптар',
  responsible: 'Сапарова А.',
  partners: '',
  schoolName: '№12 мектеп-гимназия',
  libraryName: '№12 мектеп-гимназия кітапханасы',
};

describe('the scenario of each kind', () => {
  it.each(EVENT_KINDS.flatMap((k) => (['kk', 'ru'] as Lang[]).map((lang) => [k.code, lang] as const)))('%s in %s: the event, a timed course, her blanks', (kind, lang) => {
    const model = scenarioDoc({ ...EVENT, kind }, lang);
    expect(validateModel(model)).toEqual([]);
    const text = plainText(model);
    expect(text).toContain(t(lang, 'event.doc.scenario'));
    expect(text).toContain('«Абай оқулары»');
    expect(text).toContain(EVENT_KINDS.find((k) => k.code === kind)!.title[lang]);
    expect(text).toContain('20.11.2026');
    expect(text).toContain('8–9 сыныптар');
    expect(text).toContain('Сапарова А.');
    // No partners: the line is left for her, in italics.
    expect(text).toMatch(new RegExp(`${t(lang, 'event.doc.partners')}\\t\\[`));
    for (const part of ['goal', 'equipment', 'course', 'end']) expect(text).toContain(t(lang, `event.doc.${part === 'end' ? 'conclusion' : part}` as MessageKey));

    // The course: at least three parts, each named and said, timed from 0 without gaps.
    const course = model.blocks.find((b): b is TableBlock => b.kind === 'table' && !!b.header)!;
    expect(course.rows.length).toBeGreaterThanOrEqual(3);
    let at = 0;
    for (const row of course.rows) {
      const m = /^(\d+)–(\d+) мин/.exec(cellText(row[0]))!;
      expect(Number(m[1])).toBe(at);
      expect(Number(m[2])).toBeGreaterThan(at);
      at = Number(m[2]);
      expect(cellText(row[1]).length).toBeGreaterThan(2);
      expect(cellText(row[2]).length).toBeGreaterThan(2);
    }
    expect(text).toContain(t(lang, 'event.doc.total', { min: at }));
    // Her parts to write are marked [in brackets] and set in italics.
    const italics = model.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.runs.filter((r) => r.italic && r.text.startsWith('[')) : []));
    expect(italics.length).toBeGreaterThan(0);
    expect(model.blocks.some((b) => b.kind === 'list' && (b as ListBlock).items.length >= 1)).toBe(true);
    expect(model.name).toBe(t(lang, 'event.doc.scenarioName', { date: '2026-11-20', id: 7, title: 'Абай оқулары' }));
  });

  it('the kinds say different things, and kk differs from ru', () => {
    const goals = EVENT_KINDS.map((k) => t('kk', `event.scn.${k.code}.goal` as MessageKey));
    expect(new Set(goals).size).toBe(EVENT_KINDS.length);
    expect(plainText(scenarioDoc(EVENT, 'kk'))).not.toBe(plainText(scenarioDoc(EVENT, 'ru')));
    // The title goes into the goal of the kinds that name it.
    expect(plainText(scenarioDoc({ ...EVENT, kind: 'quiz', title: 'Ертегілер елінде' }, 'kk'))).toContain('«Ертегілер елінде» тақырыбы бойынша');
  });

  it('helpers: timed parts, blanks in italics, a name kept short', () => {
    expect(courseOf('5|A|a\n10|B|b')).toEqual([
      [0, 5, 'A', 'a'],
      [5, 15, 'B', 'b'],
    ]);
    expect(withBlanks('Жүргізуші: [кім]. Соңы')).toEqual([{ text: 'Жүргізуші: ' }, { text: '[кім]', italic: true }, { text: '. Соңы' }]);
    const long = eventDocName('kk', 'event.doc.protocolName', { id: 1, date: '2026-11-20', title: 'ұзақ '.repeat(40) });
    expect(long.length).toBe(100);
    expect(long.startsWith('2026-11-20 Хаттама №1 — ')).toBe(true);
  });
});

describe('the protocol', () => {
  const FORM = {
    agenda: ['Абай шығармаларын мәнерлеп оқу', 'Кештің қорытындысы'],
    participants: 45,
    speakers: [
      { name: 'Сапарова А.', topic: 'Абайдың өмірі мен шығармашылығы' },
      { name: 'Ли М.', topic: '' },
    ],
    heard: 'Оқушылар «Қара сөздерден» үзінді оқыды.',
    resolved: ['Үздік оқушыларды мадақтау', 'Абай кітаптарының көрмесін ай соңына дейін ұстау'],
    place: 'Мәжіліс залы',
    chair: 'Омарова Г.',
    secretary: 'Ли М.',
  };

  it.each(['kk', 'ru'] as const)('in %s: the seed\'s parts, in order, and the signatures', (lang) => {
    const model = protocolDoc(EVENT, FORM, lang);
    expect(validateModel(model)).toEqual([]);
    const text = plainText(model);
    const order = [
      t(lang, 'event.doc.protocol', { id: 7 }),
      '«Абай оқулары»',
      'Мәжіліс залы\t20.11.2026',
      t(lang, 'event.doc.attended', { count: 45 }),
      t(lang, 'event.doc.agenda'),
      '1. Абай шығармаларын мәнерлеп оқу',
      '2. Кештің қорытындысы',
      t(lang, 'event.doc.heard'),
      '1. Сапарова А. — Абайдың өмірі мен шығармашылығы',
      '2. Ли М.',
      'Оқушылар «Қара сөздерден» үзінді оқыды.',
      t(lang, 'event.doc.resolved'),
      '1. Үздік оқушыларды мадақтау',
      '2. Абай кітаптарының көрмесін ай соңына дейін ұстау',
      `${t(lang, 'event.doc.chair')}\t________________\t/ Омарова Г.`,
      `${t(lang, 'event.doc.secretary')}\t________________\t/ Ли М.`,
    ];
    const at = order.map((s) => text.indexOf(s));
    expect(at.filter((i) => i < 0)).toEqual([]);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(text).toContain(EVENT.libraryName);
    expect(model.name).toBe(t(lang, 'event.doc.protocolName', { date: '2026-11-20', id: 7, title: 'Абай оқулары' }));
    // A speaker's name stands out.
    const spoke = model.blocks.find((b): b is ParagraphBlock => b.kind === 'paragraph' && b.runs.some((r) => r.text === 'Сапарова А.'))!;
    expect(spoke.runs.find((r) => r.text === 'Сапарова А.')!.bold).toBe(true);
  });

  it('without a place, the library; without a chair, a blank to sign', () => {
    const text = plainText(protocolDoc(EVENT, { ...FORM, place: '', chair: '', secretary: '' }, 'kk'));
    expect(text).toContain(`${EVENT.libraryName}\t20.11.2026`);
    expect(text).toContain(`${t('kk', 'event.doc.chair')}\t________________\t/ `);
  });
});
