import {
  A4,
  b,
  bullets,
  cell,
  contentWidth,
  doc,
  heading,
  i,
  image,
  numbered,
  p,
  pageBreak,
  pageOf,
  para,
  plainText,
  signatures,
  signer,
  spacer,
  subtitle,
  table,
  title,
  validateModel,
  SIGNATURE_BLANK,
} from '../../../src/docs/model';
import { saveToArchive, type ArchivePort, type DocsPort, type FolderRef } from '../../../src/docs/port';

describe('document model builders', () => {
  it('build plain data a use case can write declaratively', () => {
    const m = doc('Акт №3', [
      title('АКТ'),
      subtitle('есептен шығару туралы'),
      heading('1. Комиссия', 2),
      p('Жалпы сомасы: ', b('12 000,00'), ' теңге ', i('(он екі мың)')),
      para({ align: 'right', indent: 280 }, 'БЕКІТЕМІН'),
      table([['1', 'INV:000123', cell('1 500,00', { align: 'right' })]], { header: ['№', 'Инв. нөмірі', 'Бағасы'], widths: [30, 100, 80] }),
      bullets(['бір', 'екі']),
      numbered(['бірінші']),
      spacer(),
      signatures([signer('Комиссия төрағасы:', 'А. Б. Сапарова')]),
      pageBreak(),
    ]);
    expect(m.name).toBe('Акт №3');
    expect(m.blocks[0]).toEqual({ kind: 'title', text: 'АКТ', align: 'center' });
    expect(m.blocks[2]).toEqual({ kind: 'heading', level: 2, text: '1. Комиссия' });
    expect(m.blocks[3]).toEqual({
      kind: 'paragraph',
      runs: [{ text: 'Жалпы сомасы: ' }, { text: '12 000,00', bold: true }, { text: ' теңге ' }, { text: '(он екі мың)', italic: true }],
    });
    expect(m.blocks[4]).toEqual({ kind: 'paragraph', align: 'right', indent: 280, runs: [{ text: 'БЕКІТЕМІН' }] });
    expect(m.blocks[5]).toMatchObject({ kind: 'table', header: ['№', 'Инв. нөмірі', 'Бағасы'], rows: [['1', 'INV:000123', { text: '1 500,00', align: 'right' }]] });
    expect(m.blocks[8]).toEqual({ kind: 'spacer', size: 12 });
    expect(validateModel(m)).toEqual([]);
  });

  it('reads back as text: tables by tabs, lists numbered, signatures with their blank', () => {
    const m = doc('x', [
      title('АКТ'),
      table([['1', 'Абай. Қара сөздер']], { header: ['№', 'Атауы'] }),
      numbered(['бір', 'екі']),
      bullets(['үш']),
      signatures([signer('Төраға:', 'А. Б. Сапарова')]),
    ]);
    expect(plainText(m)).toBe(
      ['АКТ', '№\tАтауы', '1\tАбай. Қара сөздер', '1. бір', '2. екі', '• үш', `Төраға:\t${SIGNATURE_BLANK}\t/ А. Б. Сапарова`].join('\n'),
    );
  });

  it('knows the A4 page with 2 cm margins, portrait and landscape', () => {
    expect(pageOf({})).toEqual({ width: 595.276, height: 841.89, margin: expect.closeTo(56.693, 3) });
    expect(contentWidth({})).toBeCloseTo(A4.width - 2 * 56.693, 2);
    expect(pageOf({ landscape: true })).toMatchObject({ width: 841.89, height: 595.276 });
  });

  it('validateModel names what a renderer cannot write', () => {
    const bad = doc(' ', [
      image('image/png', [], 0, 10),
      table([[{ text: 'x', more: [image('image/gif', [300], 10, 10)] }]], { widths: [-1] }),
    ]);
    expect(validateModel(bad)).toEqual([
      'name: empty',
      'blocks[0]: image size must be positive',
      'blocks[0]: image has no bytes',
      'blocks[1].rows[0][0]: image bytes must be 0..255',
      'blocks[1]: column widths must be positive',
    ]);
  });
});

describe('saveToArchive', () => {
  function fakes(existing: string | null) {
    const calls: string[] = [];
    const folder: FolderRef = { id: 'F' };
    const archive: ArchivePort = {
      folder: (year, kind) => (calls.push(`folder ${year}/${kind}`), folder),
      findFile: (_f, name) => (calls.push(`find ${name}`), existing ? { id: existing, url: `u/${existing}` } : null),
      rootUrl: () => 'root',
    };
    const docs: DocsPort = {
      create: (m, f) => (calls.push(`create ${m.name} in ${f.id}`), { id: 'new', url: 'u/new' }),
      replace: (id, m) => (calls.push(`replace ${id} with ${m.name}`), { id, url: `u/${id}` }),
    };
    return { calls, archive, docs };
  }

  it('creates the Doc when the folder has none of that name', () => {
    const f = fakes(null);
    expect(saveToArchive(f.docs, f.archive, 2026, 'Acts', doc('Акт №1', []))).toEqual({ id: 'new', url: 'u/new', replaced: false });
    expect(f.calls).toEqual(['folder 2026/Acts', 'find Акт №1', 'create Акт №1 in F']);
  });

  it('rewrites the Doc of the same name instead of making a second one', () => {
    const f = fakes('D1');
    expect(saveToArchive(f.docs, f.archive, 2026, 'Reports', doc('Есеп', []))).toEqual({ id: 'D1', url: 'u/D1', replaced: true });
    expect(f.calls).toEqual(['folder 2026/Reports', 'find Есеп', 'replace D1 with Есеп']);
  });
});
