/**
 * The emulator's command line, for scripts, checks and a curious newcomer:
 *   npm run local -- [--dir DIR] call FUNCTION [JSON_ARG ...]   as google.script.run would; prints the JSON result or the error
 *   npm run local -- [--dir DIR] menu ITEM_FUNCTION              run a menu item (e.g. setupWorkbook)
 *   npm run local -- [--dir DIR] open [NONE|LIMITED]             open the document: runs onOpen, prints the menu
 *   npm run local -- [--dir DIR] sheets                          the sheets, with their size
 *   npm run local -- [--dir DIR] rows JOURNAL_ID                 a journal's rows as JSON objects keyed by column key
 *   npm run local -- [--dir DIR] files                           the Drive tree
 *   npm run local -- [--dir DIR] text FILE_PATH                  a Doc's text ("My Drive/.../Name" or a file id)
 *   npm run local -- [--dir DIR] calls                           service-call counts of the last command
 * The workbook folder defaults to ./local-workbook. Environment: KITAPHANA_LOCALE (the user's locale, default kk),
 * KITAPHANA_NOW (an ISO instant the add-on's clock is frozen at).
 */
import * as fs from 'fs';
import * as path from 'path';
import { Emulator, type Execution } from './runtime';
import { journalRows } from './workbook-view';
import type { DriveNode } from './services/drive';

const USAGE = `usage: npm run local -- [--dir DIR] <command>
  call FUNCTION [JSON_ARG ...]   call a server function as google.script.run would
  menu ITEM_FUNCTION             run a menu item (e.g. setupWorkbook)
  open [NONE|LIMITED]            open the document (runs onOpen) and print the add-on menu
  sheets                         list the sheets
  rows JOURNAL_ID                a journal's rows as JSON (e.g. rows readers)
  files                          the Drive tree
  text FILE_PATH                 a Doc's text
  calls                          service-call counts of the last command`;

function main(argv: string[]): number {
  let dir = 'local-workbook';
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dir') dir = argv[++i];
    else if (argv[i].startsWith('--dir=')) dir = argv[i].slice(6);
    else args.push(argv[i]);
  }
  const [command, ...rest] = args;
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  // KITAPHANA_NOW (an ISO instant) freezes the clock the add-on sees, for scripts and tests.
  const frozen = process.env.KITAPHANA_NOW ? new Date(process.env.KITAPHANA_NOW) : null;
  if (frozen && Number.isNaN(frozen.getTime())) throw new Error(`KITAPHANA_NOW is not a date: ${process.env.KITAPHANA_NOW}`);
  const emu = new Emulator({
    dir,
    projectDir: path.resolve(__dirname, '..', 'dist'),
    userLocale: process.env.KITAPHANA_LOCALE || 'kk',
    now: frozen ? () => new Date(frozen.getTime()) : undefined,
  });
  const lastCalls = path.join(emu.dir, 'last-calls.json');
  const report = (exec: Execution, print: (v: unknown) => void = printJson): number => {
    fs.writeFileSync(lastCalls, JSON.stringify({ at: new Date().toISOString(), command: args, calls: exec.calls }, null, 1));
    for (const line of exec.logs) console.error(`[log] ${line}`);
    for (const e of exec.effects) if (e.kind !== 'menu') console.error(`[ui] ${describeEffect(e)}`);
    if (!exec.ok) {
      console.error(`${exec.error!.name}: ${exec.error!.message}`);
      return 1;
    }
    print(exec.result);
    return 0;
  };

  switch (command) {
    case 'call': {
      if (!rest[0]) return usage();
      const parsed = rest.slice(1).map((a) => JSON.parse(a));
      return report(emu.runFromClient(rest[0], parsed));
    }
    case 'menu':
      if (!rest[0]) return usage();
      return report(emu.run(rest[0], []));
    case 'open': {
      const mode = (rest[0] ?? 'LIMITED').toUpperCase() as 'NONE' | 'LIMITED';
      const exec = emu.openDocument(mode);
      return report(exec, () => printJson(exec.effects.filter((e) => e.kind === 'menu')));
    }
    case 'sheets':
      printJson(emu.spreadsheet.inspect.sheets().map((s) => ({ sheetId: s.sheetId, name: s.name, hidden: s.hidden, rows: s.lastRow, columns: s.lastColumn })));
      return 0;
    case 'rows':
      if (!rest[0]) return usage();
      printJson(journalRows(emu.spreadsheet.inspect, rest[0]));
      return 0;
    case 'files':
      console.log(tree(emu.drive.inspect.tree()).join('\n'));
      return 0;
    case 'text': {
      if (!rest[0]) return usage();
      const node = emu.drive.inspect.findByPath(rest[0]);
      console.log(emu.drive.inspect.docText(node ? node.id : rest[0]));
      return 0;
    }
    case 'calls':
      if (!fs.existsSync(lastCalls)) {
        console.error('no command has run on this workbook yet');
        return 1;
      }
      console.log(fs.readFileSync(lastCalls, 'utf8'));
      return 0;
    default:
      return usage();
  }
}

function usage(): number {
  console.error(USAGE);
  return 2;
}

function printJson(value: unknown): void {
  console.log(JSON.stringify(value, null, 2));
}

function describeEffect(e: Execution['effects'][number]): string {
  switch (e.kind) {
    case 'sidebar':
      return `sidebar "${e.title}" (${e.html.length} bytes)`;
    case 'dialog':
      return `dialog "${e.title}"`;
    case 'alert':
      return `alert "${e.title}": ${e.prompt}`;
    case 'toast':
      return `toast "${e.title}": ${e.message}`;
    default:
      return e.kind;
  }
}

function tree(node: DriveNode, depth = 0): string[] {
  const mark = node.mimeType === 'application/vnd.google-apps.folder' ? '/' : '';
  const lines = [`${'  '.repeat(depth)}${node.name}${mark}${node.trashed ? ' (trashed)' : ''}  [${node.id}]`];
  for (const child of node.children ?? []) lines.push(...tree(child, depth + 1));
  return lines;
}

process.exitCode = main(process.argv.slice(2));
