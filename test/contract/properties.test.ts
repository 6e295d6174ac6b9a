import * as fs from 'fs';
import * as path from 'path';
import {
  createPropertiesModule,
  PROPERTY_STORE_LIMIT,
  PROPERTY_VALUE_LIMIT,
  STORE_QUOTA_EXCEEDED,
  VALUE_TOO_LARGE,
} from '../../emulator/services/properties';
import { createFakeHost } from './helpers/fakeHost';

function setup(mode: 'NONE' | 'LIMITED' | 'FULL' = 'FULL', dir?: string) {
  const host = createFakeHost({ authMode: mode, dir });
  const m = createPropertiesModule(host);
  return { host, m, PropertiesService: m.PropertiesService };
}

// https://developers.google.com/apps-script/reference/properties/properties
describe('Properties', () => {
  it('sets, gets, lists and deletes properties; a missing key reads null', () => {
    const { PropertiesService } = setup();
    const p = PropertiesService.getDocumentProperties();
    expect(p.getProperty('missing')).toBeNull();
    p.setProperty('schoolName', '№ 12 мектеп-гимназия').setProperty('lastInventoryNo', '1042');
    expect(p.getProperty('schoolName')).toBe('№ 12 мектеп-гимназия');
    expect(p.getKeys().sort()).toEqual(['lastInventoryNo', 'schoolName']);
    expect(p.getProperties()).toEqual({ schoolName: '№ 12 мектеп-гимназия', lastInventoryNo: '1042' });
    p.deleteProperty('schoolName');
    expect(p.getProperties()).toEqual({ lastInventoryNo: '1042' });
    p.deleteAllProperties();
    expect(p.getKeys()).toEqual([]);
  });

  // The Lock reference's example stores a number: scriptProperties.setProperty('lastTicketNumber', ticketNumber).
  // Values are strings: the number reads back as a string.
  it('stores values as strings', () => {
    const { PropertiesService } = setup();
    const p = PropertiesService.getScriptProperties();
    p.setProperty('lastTicketNumber', 7 as unknown as string);
    expect(p.getProperty('lastTicketNumber')).toBe('7');
  });

  it('getProperties returns a copy', () => {
    const { PropertiesService } = setup();
    const p = PropertiesService.getDocumentProperties();
    p.setProperty('a', '1');
    const copy = p.getProperties();
    copy.a = 'changed';
    expect(p.getProperty('a')).toBe('1');
  });

  // setProperties(properties, deleteAllOthers): "optionally deleting all other properties in the store".
  it('setProperties adds to the store, or replaces it with deleteAllOthers', () => {
    const { PropertiesService } = setup();
    const p = PropertiesService.getUserProperties();
    p.setProperties({ a: '1', b: '2' });
    p.setProperties({ c: '3' });
    expect(p.getProperties()).toEqual({ a: '1', b: '2', c: '3' });
    p.setProperties({ d: '4' }, true);
    expect(p.getProperties()).toEqual({ d: '4' });
  });

  it('keeps the three stores apart', () => {
    const { PropertiesService } = setup();
    PropertiesService.getDocumentProperties().setProperty('k', 'doc');
    PropertiesService.getScriptProperties().setProperty('k', 'script');
    expect(PropertiesService.getUserProperties().getProperty('k')).toBeNull();
    expect(PropertiesService.getDocumentProperties().getProperty('k')).toBe('doc');
  });

  it('counts calls as "PropertiesService.*" and "Properties.*"', () => {
    const { host, PropertiesService } = setup();
    PropertiesService.getDocumentProperties().setProperty('a', '1').getProperty('a');
    expect(host.meter.snapshot().calls).toEqual({
      'PropertiesService.getDocumentProperties': 1,
      'Properties.setProperty': 1,
      'Properties.getProperty': 1,
    });
  });
});

// https://developers.google.com/apps-script/guides/services/quotas: "Properties value size 9 KB / val",
// "Properties total storage 500 KB / property store". Error texts: community-observed.
describe('Properties limits', () => {
  it('refuses a value above 9 KB and leaves the store unchanged', () => {
    const { PropertiesService } = setup();
    const p = PropertiesService.getDocumentProperties();
    p.setProperty('ok', 'x'.repeat(PROPERTY_VALUE_LIMIT));
    expect(() => p.setProperty('big', 'x'.repeat(PROPERTY_VALUE_LIMIT + 1))).toThrow(VALUE_TOO_LARGE);
    expect(() => p.setProperties({ a: '1', big: 'я'.repeat(PROPERTY_VALUE_LIMIT / 2 + 1) })).toThrow(VALUE_TOO_LARGE);
    expect(p.getKeys()).toEqual(['ok']);
  });

  it('refuses to grow a store past 500 KB', () => {
    const { PropertiesService } = setup();
    const p = PropertiesService.getScriptProperties();
    let n = 0;
    let error: unknown;
    try {
      for (;;) p.setProperty(`k${n++}`, 'y'.repeat(9000));
    } catch (e) {
      error = e;
    }
    expect((error as Error).message).toBe(STORE_QUOTA_EXCEEDED);
    expect((error as Error).name).toBe('Exception');
    expect(n).toBe(Math.floor(PROPERTY_STORE_LIMIT / 9003) + 1);
    expect(p.getKeys()).toHaveLength(n - 1);
    // Overwriting an existing key with a smaller value is fine.
    p.setProperty('k0', 'small');
    expect(p.getProperty('k0')).toBe('small');
  });
});

// https://developers.google.com/workspace/add-ons/concepts/menus: "Do not attempt to take any action that
// requires authorization (such as checking the script Properties) while the add-on is in
// ScriptApp.AuthMode.NONE."
describe('Properties and AuthMode', () => {
  it('throws the authorization error under NONE', () => {
    const { PropertiesService } = setup('NONE');
    expect(() => PropertiesService.getDocumentProperties()).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties. Required permissions are not available in this authorization mode.',
    );
    expect(() => PropertiesService.getScriptProperties()).toThrow(/permission/);
    expect(() => PropertiesService.getUserProperties()).toThrow(/permission/);
  });

  it('allows LIMITED (onOpen once the add-on is enabled in the document)', () => {
    const { PropertiesService } = setup('LIMITED');
    PropertiesService.getDocumentProperties().setProperty('workflowStarted', 'true');
    expect(PropertiesService.getDocumentProperties().getProperty('workflowStarted')).toBe('true');
  });
});

describe('Properties persistence (emulator)', () => {
  it('writes a readable properties.json and a second module on the folder reads it', () => {
    const a = setup();
    a.PropertiesService.getDocumentProperties().setProperty('schoolName', 'Мектеп');
    const json = JSON.parse(fs.readFileSync(path.join(a.host.dir, 'properties.json'), 'utf8'));
    expect(json).toEqual({ document: { schoolName: 'Мектеп' }, script: {}, user: {} });
    const b = setup('FULL', a.host.dir);
    expect(b.PropertiesService.getDocumentProperties().getProperty('schoolName')).toBe('Мектеп');
  });

  it('sees another process writing to the folder and does not lose its keys', () => {
    const a = setup();
    const b = setup('FULL', a.host.dir);
    const pa = a.PropertiesService.getDocumentProperties();
    const pb = b.PropertiesService.getDocumentProperties();
    pa.setProperty('fromA', '1');
    pb.setProperty('fromB', '2');
    expect(pa.getProperties()).toEqual({ fromA: '1', fromB: '2' });
    pa.setProperty('fromA', '3');
    expect(pb.getProperty('fromA')).toBe('3');
  });
});
