/**
 * Sharing as the DriveApp fake records it (emulator/services/drive.ts): who may view or edit an item, in
 * the inspector's tree, and the sharing e-mail Drive sends to a person newly added.
 * - https://developers.google.com/apps-script/reference/drive/folder#addViewer(String): "Adds the given
 *   user to the list of viewers ... If the user was already on the list of editors, this method has no effect."
 * - The e-mail: community-observed, not in the reference: DriveApp's addViewer/addEditor notify the person
 *   and offer no switch to turn it off (the Drive API's permissions.create has sendNotificationEmail,
 *   default true). Not verified: whether Drive e-mails a person who can already view through a parent
 *   folder when the file itself is shared with her; the emulator sends it (a direct permission is new).
 */
import { createDriveModule } from '../../emulator/services/drive';
import { fakeHost } from './helpers/fakeHost';

function setup() {
  const mod = createDriveModule(fakeHost(), { spreadsheetId: '1SheetOfTheLibraryXXXXXXXXXXXXXXXXXXXXXXXXX', spreadsheetName: 'Kitaphana (local)' });
  return { mod, DriveApp: mod.globals.DriveApp as GoogleAppsScript.Drive.DriveApp };
}

describe('sharing, as the inspector sees it', () => {
  it('lists the viewers and editors of each item; inherited access is not listed on the children', () => {
    const { mod, DriveApp } = setup();
    const reports = DriveApp.createFolder('Reports');
    const doc = reports.createFile('2026-11.txt', 'x');
    reports.addViewer('Director@School.kz');
    const node = mod.inspect.findByPath('My Drive/Reports')!;
    expect([node.viewers, node.editors]).toEqual([['director@school.kz'], []]);
    expect(mod.inspect.findByPath('My Drive/Reports/2026-11.txt')!.viewers).toEqual([]);
    doc.addViewer('director@school.kz');
    expect(mod.inspect.findByPath('My Drive/Reports/2026-11.txt')!.viewers).toEqual(['director@school.kz']);
  });

  it('Drive e-mails a person once, when first added to an item; adding her again sends nothing', () => {
    const { mod, DriveApp } = setup();
    const reports = DriveApp.createFolder('Reports');
    reports.addViewer('director@school.kz');
    reports.addViewer('Director@school.kz');
    reports.addEditor('deputy@school.kz');
    reports.addViewer('deputy@school.kz'); // an editor already: no effect
    expect(mod.inspect.sharingNotices()).toEqual([
      { to: 'director@school.kz', itemId: reports.getId(), itemName: 'Reports', role: 'viewer' },
      { to: 'deputy@school.kz', itemId: reports.getId(), itemName: 'Reports', role: 'editor' },
    ]);
  });

  it('a refused e-mail shares nothing and sends nothing', () => {
    const { mod, DriveApp } = setup();
    const reports = DriveApp.createFolder('Reports');
    expect(() => reports.addViewer('director@')).toThrow('Invalid email: director@');
    expect(mod.inspect.findByPath('My Drive/Reports')!.viewers).toEqual([]);
    expect(mod.inspect.sharingNotices()).toEqual([]);
  });
});
