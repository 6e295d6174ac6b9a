/**
 * Two sidebars submitting at the same moment (Google's own LockService example: without a lock, two
 * submissions get the same number). Here two separate processes run the built bundle on one workbook
 * folder at once; the document lock must serialise them and the second must see what the first wrote.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { journalRows } from '../../emulator/workbook-view';
import { AIGUL, NOW, ROOT, emulator, ok } from './helpers';

function cli(dir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'build/cli.cjs'), '--dir', dir, ...args], { env: { ...process.env, KITAPHANA_LOCALE: 'kk', KITAPHANA_NOW: NOW.toISOString() } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

it('two registrations at once get two different ticket numbers, and both rows are kept', async () => {
  if (!fs.existsSync(path.join(ROOT, 'build/cli.cjs'))) throw new Error('build/cli.cjs is missing: run npm run build');
  const emu = emulator();
  ok(emu.run('setupWorkbook'));
  const forms = ['Асқар Жұмабаев', 'Мария Ли', 'Нұрлан Әлиев'].map((fullName) => JSON.stringify({ ...AIGUL, fullName }));
  const runs = await Promise.all(forms.map((f) => cli(emu.dir, 'call', 'registerReader', f)));
  for (const r of runs) expect([r.code, r.stderr]).toEqual([0, expect.any(String)]);
  const tickets = runs.map((r) => JSON.parse(r.stdout).value.ticketNo).sort();
  expect(tickets).toEqual([1, 2, 3]);
  emu.refresh();
  const rows = journalRows(emu.spreadsheet.inspect, 'readers');
  expect(rows.map((r) => r.ticketNo).sort()).toEqual([1, 2, 3]);
  expect(rows.map((r) => r.fullName).sort()).toEqual(['Асқар Жұмабаев', 'Мария Ли', 'Нұрлан Әлиев']);
});

it('two receipt batches registered at once get disjoint inventory numbers, never the same one twice', async () => {
  const emu = emulator();
  ok(emu.run('setupWorkbook'));
  const title = (name: string) => ({
    authors: 'Әуезов М.', title: name, otherTitleInfo: '', responsibility: '', volume: '', place: 'Алматы', publisher: 'Жазушы',
    year: '2024', pages: '300', isbn: '', bbk: '', udc: '', authorSign: '', language: 'kk', section: 'fiction', docType: 'book',
    annotation: '', keywords: '', price: '1000', copies: '25',
  });
  const batch = (name: string) => JSON.stringify({ date: '2026-11-20', source: 'purchase', supplier: '', documentNo: '', documentDate: '', items: [title(name)] });
  const runs = await Promise.all(['Абай жолы', 'Қилы заман'].map((n) => cli(emu.dir, 'call', 'registerAcquisition', batch(n))));
  const ranges = runs.map((r) => {
    expect([r.code, r.stderr]).toEqual([0, expect.any(String)]);
    const t = JSON.parse(r.stdout).value.titles[0];
    return [t.inventoryFrom, t.inventoryTo];
  });
  expect(ranges.sort((a, b) => a[0] - b[0])).toEqual([
    [1, 25],
    [26, 50],
  ]);
  emu.refresh();
  const numbers = journalRows(emu.spreadsheet.inspect, 'inventoryBook').map((r) => r.inventoryNo);
  expect(new Set(numbers).size).toBe(50);
});
