/**
 * Events as the librarian records them (issue 6): a planned event may lie ahead (up to a year), a held one
 * may carry its number of participants; the protocol needs an agenda, a head count, who spoke or what was
 * heard, and the decisions. Every refusal names its field; the plan's terms give the day when they name one.
 */
import { EVENT_LIMITS, eventId, headCount, lines, sameTitle, termDay, validateEvent, validateProtocol } from '../../../src/domain/events';

const TODAY = '2026-11-27';
const EVENT = { title: ' «Абай — дана»  кітап көрмесінің ашылуы ', kind: 'exhibitionOpening', date: '2026-12-10', audience: '5–7 сыныптар', responsible: 'Сапарова А.', partners: 'Аудандық кітапхана', participants: '', note: '' };
const fields = (r: { ok: boolean; errors?: Array<{ field: string; key: string }> }) => (r.ok ? [] : r.errors!.map((e) => [e.field, e.key]));

describe('an event', () => {
  it('a planned one ahead: cleaned, no participants yet', () => {
    const r = validateEvent(EVENT, TODAY);
    expect(r).toEqual({
      ok: true,
      value: { title: '«Абай — дана» кітап көрмесінің ашылуы', kind: 'exhibitionOpening', date: '2026-12-10', audience: '5–7 сыныптар', responsible: 'Сапарова А.', partners: 'Аудандық кітапхана', participants: null, note: '' },
    });
  });

  it('a held one (today or before) may carry its participants', () => {
    const r = validateEvent({ ...EVENT, kind: 'quiz', date: TODAY, participants: ' 25 ' }, TODAY);
    expect(r.ok && r.value.participants).toBe(25);
    expect(validateEvent({ ...EVENT, date: '2026-10-01', participants: 5000 }, TODAY).ok).toBe(true);
  });

  it('refuses what is not an event, naming each field', () => {
    expect(fields(validateEvent({ title: '  ', kind: 'party', date: '27.11.2026', participants: '0', audience: 'x'.repeat(151) }, TODAY))).toEqual([
      ['title', 'error.required'],
      ['kind', 'error.choice'],
      ['date', 'error.date'],
      ['audience', 'error.tooLong'],
      ['participants', 'error.eventParticipants'],
    ]);
    expect(fields(validateEvent(null, TODAY))).toEqual([
      ['title', 'error.required'],
      ['kind', 'error.choice'],
      ['date', 'error.required'],
    ]);
    expect(fields(validateEvent({ ...EVENT, date: '2026-02-30' }, TODAY))).toEqual([['date', 'error.date']]);
    expect(fields(validateEvent({ ...EVENT, date: '1999-12-31' }, TODAY))).toEqual([['date', 'error.dateTooOld']]);
    expect(fields(validateEvent({ ...EVENT, participants: 'жиырма' }, TODAY))).toEqual([['participants', 'error.eventParticipants']]);
    expect(fields(validateEvent({ ...EVENT, participants: String(EVENT_LIMITS.participants + 1) }, TODAY))).toEqual([['participants', 'error.eventParticipants']]);
  });

  it('a planned event is at most a year ahead, and has no participants yet', () => {
    expect(validateEvent({ ...EVENT, date: '2027-11-28' }, TODAY).ok).toBe(true);
    const far = validateEvent({ ...EVENT, date: '2027-11-29' }, TODAY);
    expect(far.ok ? [] : far.errors).toEqual([{ field: 'date', key: 'error.eventFar', params: { max: '2027-11-28' } }]);
    expect(fields(validateEvent({ ...EVENT, participants: '30' }, TODAY))).toEqual([['participants', 'error.eventNotHeld']]);
  });

  it('ids: a positive whole number, "№ 3" as typed', () => {
    expect([eventId(3), eventId('№ 3'), eventId(' 12 ')]).toEqual([3, 3, 12]);
    expect([eventId(0), eventId(-1), eventId('3a'), eventId(''), eventId(null), eventId(1.5)]).toEqual([null, null, null, null, null, null]);
    expect([headCount(''), headCount('7'), Number.isNaN(headCount('0')), Number.isNaN(headCount('1.5'))]).toEqual([null, 7, true, true]);
  });
});

describe('a protocol', () => {
  const FORM = {
    agenda: '1. Көрменің ашылуы\n\n2) Оқушылардың шығармашылық жұмыстары\n',
    participants: '32',
    speakers: [
      { name: 'Сапарова А.', topic: 'Көрменің бөлімдері туралы' },
      { name: '', topic: '' },
      { name: 'Ли М., 10Б', topic: '' },
    ],
    heard: '',
    resolved: '- Көрмені 20 желтоқсанға дейін ашық ұстау\n• Үздік оқырмандарды марапаттау',
    place: 'Оқу залы',
    chair: 'Омарова Г.',
    secretary: 'Ли М.',
  };

  it('reads lists as she types them: empty lines and list marks dropped', () => {
    const r = validateProtocol(FORM);
    expect(r).toEqual({
      ok: true,
      value: {
        agenda: ['Көрменің ашылуы', 'Оқушылардың шығармашылық жұмыстары'],
        participants: 32,
        speakers: [
          { name: 'Сапарова А.', topic: 'Көрменің бөлімдері туралы' },
          { name: 'Ли М., 10Б', topic: '' },
        ],
        heard: '',
        resolved: ['Көрмені 20 желтоқсанға дейін ашық ұстау', 'Үздік оқырмандарды марапаттау'],
        place: 'Оқу залы',
        chair: 'Омарова Г.',
        secretary: 'Ли М.',
      },
    });
    expect(lines(['  a ', '', '3. b'])).toEqual(['a', 'b']);
  });

  it('heard without speakers is enough; neither is refused', () => {
    expect(validateProtocol({ ...FORM, speakers: [], heard: 'Кітапханашы көрмені таныстырды.\n\nСұрақтар қойылды.' })).toMatchObject({ ok: true, value: { heard: 'Кітапханашы көрмені таныстырды.\nСұрақтар қойылды.' } });
    expect(fields(validateProtocol({ ...FORM, speakers: [{ name: ' ', topic: '' }] }))).toEqual([['heard', 'error.protocolHeard']]);
  });

  it('refuses an empty or overlong protocol, naming each field', () => {
    expect(fields(validateProtocol({}))).toEqual([
      ['agenda', 'error.required'],
      ['participants', 'error.required'],
      ['heard', 'error.protocolHeard'],
      ['resolved', 'error.required'],
    ]);
    expect(fields(validateProtocol({ ...FORM, participants: '-3', speakers: [{ name: '', topic: 'тақырып' }], resolved: Array(21).fill('шешім').join('\n'), chair: 'x'.repeat(151) }))).toEqual([
      ['participants', 'error.eventParticipants'],
      ['speakers', 'error.speakerName'],
      ['resolved', 'error.tooManyItems'],
      ['chair', 'error.tooLong'],
    ]);
    expect(fields(validateProtocol({ ...FORM, agenda: 'x'.repeat(501), heard: 'y'.repeat(3001) }))).toEqual([
      ['agenda', 'error.tooLong'],
      ['heard', 'error.tooLong'],
    ]);
    expect(fields(validateProtocol({ ...FORM, speakers: Array(21).fill({ name: 'А', topic: '' }) }))).toEqual([['speakers', 'error.tooManyItems']]);
  });
});

describe('planned events from the plan', () => {
  it('the day a term names in the plan month', () => {
    expect(termDay('15.11', '2026-11')).toBe('2026-11-15');
    expect(termDay('5.11–9.11', '2026-11')).toBe('2026-11-05');
    expect(termDay('3', '2026-11')).toBe('2026-11-03');
    expect(termDay('15.12.2026', '2026-11')).toBe('2026-12-15');
    expect(['қараша', 'ай бойы', '', '31.11', '123'].map((s) => termDay(s, '2026-11'))).toEqual(['', '', '', '', '']);
  });

  it('titles match whatever the quotes, case and spaces', () => {
    expect(sameTitle('«Абай — дана» кітап көрмесі', 'Абай - дана кітап   көрмесі')).toBe(true);
    expect(sameTitle('Жаңа жыл кеші', 'ЖАҢА ЖЫЛ КЕШІ.')).toBe(true);
    expect(sameTitle('Жаңа жыл кеші', 'Жаңа жыл ертеңгілігі')).toBe(false);
  });
});
