/**
 * The monthly report on its own (issue 5) through the built bundle: the menu item installs one
 * time-driven trigger (1st of the month, 6 o'clock, the script's zone) and shares this year's Reports
 * folder with the director; installing again is refused; the trigger, fired by the emulator as Apps
 * Script fires it (no editor: no Ui), builds the report of November on 1 December in
 * <archive>/2026/Reports and gives the director view access to that folder and that report, nothing else
 * (the Readers folder with the children's formulars stays private); fired twice, there is still one
 * report and one e-mail; removing it stops it. A wrong director e-mail: installing refuses and shares
 * nothing; the trigger still makes the report, shares nothing and says why.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Emulator } from '../../emulator/runtime';
import type { DriveNode } from '../../emulator/services/drive';
import { journalColumns, journalSheetId } from '../../emulator/workbook-view';
import { AIGUL, emulator, ok } from './helpers';

type Result<T> = { ok: boolean; value?: T; message: string };
type Alert = { kind: 'alert'; title: string; prompt: string };

const DIRECTOR = 'director@school.kz';

/** Types a setting's value by hand, outside any add-on execution. */
function setSetting(emu: Emulator, key: string, value: string): void {
  emu.refresh();
  const inspect = emu.spreadsheet.inspect;
  const sheetId = journalSheetId(inspect, 'settings')!;
  const cols = journalColumns(inspect, sheetId);
  const r = inspect.values(sheetId).findIndex((row) => row[cols.key - 1] === key);
  const ss = (emu.spreadsheet.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  ss.getSheetById(sheetId)!.getRange(r + 1, cols.value).setValue(value);
  emu.spreadsheet.save();
}

const triggers = (emu: Emulator) => {
  const file = path.join(emu.dir, 'triggers.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')).triggers as Array<{ id: string; handler: string; eventType: string; schedule: Record<string, unknown> }>) : [];
};

/** Every item of the Drive tree someone besides the owner may see, as "path: viewers". */
function sharedItems(node: DriveNode, at = ''): string[] {
  const here = at ? `${at}/${node.name}` : node.name;
  const mine = node.viewers.length || node.editors.length ? [`${here}: ${[...node.viewers, ...node.editors].join(', ')}`] : [];
  return [...mine, ...(node.children ?? []).flatMap((k) => sharedItems(k, here))];
}

const alerts = (effects: unknown[]) => effects.filter((e): e is Alert => (e as Alert).kind === 'alert');

function library(director = DIRECTOR) {
  let now = new Date('2026-11-27T05:00:00Z');
  const emu = emulator({ now: () => now });
  ok(emu.run('setupWorkbook'));
  setSetting(emu, 'schoolName', '№12 мектеп-гимназия');
  setSetting(emu, 'directorEmail', director);
  // A reader and her formular: a child's personal data in <archive>/2026/Readers.
  expect(ok(emu.runFromClient<Result<unknown>>('registerReader', [AIGUL])).ok).toBe(true);
  expect(ok(emu.runFromClient<Result<unknown>>('printFormular', [1])).ok).toBe(true);
  return { emu, at: (iso: string) => (now = new Date(iso)) };
}

const ROOT = 'My Drive/Кітапхана архиві — №12 мектеп-гимназия';

describe('the monthly report trigger', () => {
  it('installs once, reports November on 1 December, shares the Reports folder and the report only, and is removed', () => {
    const { emu, at } = library();

    // ---- install ------------------------------------------------------------------------------------
    const install = emu.run('installMonthlyTrigger');
    expect(install.ok).toBe(true);
    const [said] = alerts(install.effects);
    expect(said.title).toBe('Ай сайынғы есеп');
    expect(said.prompt).toContain('Әр айдың 1-і күні таңертең (6:00–7:00, Asia/Almaty)');
    expect(said.prompt).toContain(`Директор (${DIRECTOR}) есептер қалтасын ғана көре алады`);
    const [trigger] = triggers(emu);
    expect(triggers(emu)).toEqual([
      { id: trigger.id, handler: 'onMonthlyTrigger', eventType: 'CLOCK', source: 'CLOCK', sourceId: null, created: expect.any(String), schedule: { kind: 'monthDay', monthDay: 1, atHour: 6, timezone: 'Asia/Almaty' } },
    ]);
    expect(sharedItems(emu.drive.inspect.tree())).toEqual([`${ROOT}/2026/Reports: ${DIRECTOR}`]);

    // ---- installing again is refused, nothing changes -------------------------------------------------
    const twice = emu.run('installMonthlyTrigger');
    expect(alerts(twice.effects).map((a) => a.prompt)).toEqual(['Ай сайынғы есеп бұл құжатта бұрыннан қосулы.']);
    expect(triggers(emu).map((t) => t.id)).toEqual([trigger.id]);

    // ---- 1 December, 06:30 in Almaty: the trigger fires ---------------------------------------------------
    at('2026-12-01T01:30:00Z');
    const run = emu.runTrigger(trigger.id);
    expect(run.ok).toBe(true);
    expect(run.effects).toEqual([]); // no editor: nothing shown
    const reports = emu.drive.inspect.findByPath(`${ROOT}/2026/Reports`)!;
    const docs = reports.children!.filter((k) => !k.trashed);
    expect(docs.map((d) => d.name)).toEqual([expect.stringContaining('2026-11')]);
    const report = docs[0];
    expect(report.mimeType).toBe('application/vnd.google-apps.document');
    // The director sees the Reports folder and the report; the archive root, Readers (the formular) nothing.
    expect(sharedItems(emu.drive.inspect.tree()).sort()).toEqual([`${ROOT}/2026/Reports/${report.name}: ${DIRECTOR}`, `${ROOT}/2026/Reports: ${DIRECTOR}`].sort());
    expect(emu.drive.inspect.findByPath(`${ROOT}/2026/Readers`)!.viewers).toEqual([]);
    // Drive e-mailed her twice in all: the folder (at install), the report (now).
    expect(emu.drive.inspect.sharingNotices().map((n) => [n.to, n.itemName])).toEqual([
      [DIRECTOR, 'Reports'],
      [DIRECTOR, report.name],
    ]);
    expect(run.logs.join('\n')).toContain('2026-11 есебі жасалды, директорға (director@school.kz) ашылды.');

    // ---- fired again the same day: the same one report, no second e-mail -----------------------------------
    const again = emu.runTrigger(trigger.id);
    expect(again.ok).toBe(true);
    const after = emu.drive.inspect.findByPath(`${ROOT}/2026/Reports`)!.children!.filter((k) => !k.trashed);
    expect(after.map((d) => d.id)).toEqual([report.id]);
    expect(emu.drive.inspect.sharingNotices()).toHaveLength(2);

    // ---- remove ---------------------------------------------------------------------------------------------
    const removed = emu.run('removeMonthlyTrigger');
    expect(alerts(removed.effects)[0].prompt).toContain('Ай сайынғы есеп өшірілді');
    expect(triggers(emu)).toEqual([]);
    expect(emu.runTrigger(trigger.id).ok).toBe(false); // a removed trigger never fires
    expect(alerts(emu.run('removeMonthlyTrigger').effects)[0].prompt).toBe('Ай сайынғы есеп бұл құжатта қосылмаған.');
  });

  it('a wrong director e-mail: installing refuses and shares nothing', () => {
    const { emu } = library('director@school');
    const install = emu.run('installMonthlyTrigger');
    expect(install.ok).toBe(true);
    expect(alerts(install.effects).map((a) => a.prompt)).toEqual(['Баптаулардағы директордың эл. поштасы қате: «director@school». Оны түзетіп, қайталаңыз. Ештеңе ашылған жоқ.']);
    expect(triggers(emu)).toEqual([]);
    expect(sharedItems(emu.drive.inspect.tree())).toEqual([]);
    expect(emu.drive.inspect.sharingNotices()).toEqual([]);
  });

  it('a director e-mail made wrong later: the trigger makes the report, shares nothing, and says why', () => {
    const { emu, at } = library('');
    const install = emu.run('installMonthlyTrigger');
    expect(alerts(install.effects)[0].prompt).toContain('директордың эл. поштасы жазылмаған');
    setSetting(emu, 'directorEmail', 'директор школы');
    at('2026-12-01T01:30:00Z');
    const run = emu.runTrigger(triggers(emu)[0].id);
    expect(run.ok).toBe(true);
    expect(emu.drive.inspect.findByPath(`${ROOT}/2026/Reports`)!.children!.map((d) => d.name)).toEqual([expect.stringContaining('2026-11')]);
    expect(sharedItems(emu.drive.inspect.tree())).toEqual([]);
    const why = '2026-11 есебі жасалды, бірақ директорға ашылмады: баптаулардағы эл. пошта қате («директор школы»).';
    expect(run.logs.join('\n')).toContain(why);
    // The next time she opens the menu item, she is told.
    expect(alerts(emu.run('installMonthlyTrigger').effects)[0].prompt).toContain(why);
  });
});

describe('a new year', () => {
  it("shares the new year's Reports folder when the trigger reports its first month", () => {
    const { emu, at } = library();
    emu.run('installMonthlyTrigger');
    at('2027-02-01T01:30:00Z');
    expect(emu.runTrigger(triggers(emu)[0].id).ok).toBe(true);
    const report = emu.drive.inspect.findByPath(`${ROOT}/2027/Reports`)!.children![0];
    expect(report.name).toContain('2027-01');
    expect(sharedItems(emu.drive.inspect.tree()).sort()).toEqual(
      [`${ROOT}/2026/Reports: ${DIRECTOR}`, `${ROOT}/2027/Reports: ${DIRECTOR}`, `${ROOT}/2027/Reports/${report.name}: ${DIRECTOR}`].sort(),
    );
  });
});

describe('the archive from the menu', () => {
  it("creates this year's folders on demand and shows a small dialog that opens the archive in a new tab", () => {
    const { emu } = library();
    const exec = emu.run('openArchive');
    expect(exec.ok).toBe(true);
    const year = emu.drive.inspect.findByPath(`${ROOT}/2026`)!;
    expect(year.children!.map((k) => k.name).sort()).toEqual(['Acts', 'Exhibitions', 'Plans', 'Protocols', 'Readers', 'Reports', 'Scans']);
    const root = emu.drive.inspect.findByPath(ROOT)!;
    expect(exec.effects).toEqual([{ kind: 'dialog', title: 'Кітапхананың Drive-тағы архиві', html: expect.any(String), modal: false }]);
    const html = (exec.effects[0] as { html: string }).html;
    expect(html).toContain(`<a href="https://drive.google.com/drive/folders/${root.id}" target="_blank" rel="noopener">Архивті жаңа бетте ашу</a>`);
    expect(html).toContain('2026 жылғы қалталар дайын: Reports, Plans, Acts, Protocols, Exhibitions, Scans.');
    // Opened again: nothing duplicated, nothing shared.
    emu.run('openArchive');
    expect(emu.drive.inspect.findByPath(`${ROOT}/2026`)!.children!).toHaveLength(7);
    expect(sharedItems(emu.drive.inspect.tree())).toEqual([]);
  });
});
