/**
 * The runtime's own rules (emulator/runtime.ts), each as Apps Script has it:
 * - only top-level functions can be called from menus, triggers and google.script.run
 *   (https://developers.google.com/apps-script/guides/html/communication: "calls a server-side function");
 *   esbuild-gas-plugin writes those declarations: a function only put on the global object is not one;
 * - each execution starts from a fresh global scope: nothing a script sets survives into the next one;
 * - google.script.run refuses circular references ("circular references will also fail", reference/run).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Emulator } from '../../emulator/runtime';

function project(code: string): Emulator {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kitaphana-runtime-'));
  fs.writeFileSync(path.join(dir, 'Code.js'), code);
  fs.writeFileSync(path.join(dir, 'appsscript.json'), JSON.stringify({ timeZone: 'Asia/Almaty', runtimeVersion: 'V8' }));
  return new Emulator({ dir: path.join(dir, 'workbook'), projectDir: dir });
}

const CODE = `
var global = this;
function declared() { return 'ok'; }
global.onlyOnGlobal = function () { return 'should not be callable'; };
function remember() { SpreadsheetApp.__cache = 'kept?'; counter = (typeof counter === 'number' ? counter : 0) + 1; return counter; }
function recall() { return [SpreadsheetApp.__cache === undefined, typeof counter]; }
function cyclic() { var a = {}; a.self = a; return a; }
`;

describe('the runtime', () => {
  it('calls top-level functions only', () => {
    const emu = project(CODE);
    expect(emu.run('declared').result).toBe('ok');
    const exec = emu.runFromClient('onlyOnGlobal');
    expect(exec.ok).toBe(false);
    expect(exec.error!.message).toBe('Script function not found: onlyOnGlobal');
    expect(emu.functions().sort()).toEqual(['cyclic', 'declared', 'recall', 'remember']);
  });

  it('starts each execution from a fresh scope: globals and properties set on services are gone', () => {
    const emu = project(CODE);
    expect(emu.run('remember').result).toBe(1);
    expect(emu.run('remember').result).toBe(1);
    expect(emu.run('recall').result).toEqual([true, 'undefined']);
  });

  it('refuses a circular value crossing google.script.run, both ways', () => {
    const emu = project(CODE);
    const back = emu.runFromClient('cyclic');
    expect(back.ok).toBe(false);
    expect(back.error!.message).toMatch(/illegal return value at self: circular reference/);
    const arg: Record<string, unknown> = {};
    arg.me = arg;
    const sent = emu.runFromClient('declared', [arg]);
    expect(sent.error!.message).toMatch(/illegal parameter at arguments\[0\]\.me: circular reference/);
  });
});
