/**
 * Persistence of the workbook in the workbook folder (host.dir), as readable JSON:
 *
 *   spreadsheet.json       spreadsheet properties, sheet properties in tab order, developer metadata,
 *                          protections (small; rewritten whenever any of it changes)
 *   sheets/<sheetId>.json  one sheet's cells: "values" one row per line (null = empty row/cell, Dates as
 *                          {"$date": ISO}); formulas, number formats, validations, notes and styles as
 *                          vertical runs [row, column, count, value] (1-based), validations pointing into
 *                          "validationRules". Only the files of changed sheets are rewritten.
 *
 * load() re-reads a file only when its stamp differs from the one this process last read or wrote
 * (another process, e.g. the CLI or the preview server, changed it). Grids are read lazily, on first use.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { decode, encode, readJson, stamp, writeJson } from '../../core/persist';
import { LAYER_KEYS, emptyGrid, newSheetProps, trimLayer, DEFAULT_WIDTH } from './model';
import type { BookProps, BookState, Grid, Layer, LayerKey, MetaRec, ProtRec, SheetProps, SheetRec, ValidationSpec } from './model';

const FORMAT = 'kitaphana-spreadsheet/1';

interface SheetPropsFile extends Omit<SheetProps, 'columnWidths'> {
  /** Non-default widths only: { "3": 250 } = column C is 250 px (default 100). */
  columnWidths: Record<string, number>;
}
interface BookFile extends BookProps {
  format: string;
  sheets: SheetPropsFile[];
  developerMetadata: Array<{ id: number; key: string; value: string | null; visibility: string; location: Record<string, unknown> }>;
  protections: ProtRec[];
}
type Run = [number, number, number, unknown];
interface SheetFile {
  sheetId: number;
  values?: Array<unknown[] | null>;
  formulas?: Run[];
  numberFormats?: Run[];
  validationRules?: ValidationSpec[];
  validations?: Run[];
  notes?: Run[];
  styles?: Partial<Record<LayerKey, Run[]>>;
}

export interface BookDefaults {
  name: string;
  locale: string;
  timeZone: string;
}

export function randomSheetId(taken: (id: number) => boolean): number {
  for (;;) {
    const id = crypto.randomInt(1, 2 ** 31 - 1);
    if (!taken(id)) return id;
  }
}

export class Store {
  readonly bookFile: string;
  private bookStamp = '';

  constructor(private readonly dir: string) {
    this.bookFile = path.join(dir, 'spreadsheet.json');
  }

  sheetFile(sheetId: number): string {
    return path.join(this.dir, 'sheets', `${sheetId}.json`);
  }

  /** A new workbook: one sheet "Sheet1" (id 0), 1000 × 26. */
  fresh(d: BookDefaults): BookState {
    const id = '1' + crypto.randomBytes(32).toString('base64url').slice(0, 43);
    const sheet: SheetRec = { props: newSheetProps(0, 'Sheet1'), grid: emptyGrid(), fileStamp: '', gridDirty: true, version: 0 };
    return { props: { id, name: d.name, locale: d.locale, timeZone: d.timeZone, activeSheetId: 0 }, sheets: [sheet], metadata: [], protections: [] };
  }

  bookChanged(): boolean {
    return stamp(this.bookFile) !== this.bookStamp;
  }

  exists(): boolean {
    return fs.existsSync(this.bookFile);
  }

  /** Reads spreadsheet.json, reusing the sheet records (and their loaded grids) of `prev`. */
  readBook(prev: BookState | undefined): BookState {
    const f = readJson<BookFile | null>(this.bookFile, null);
    this.bookStamp = stamp(this.bookFile);
    if (!f) throw new Error(`spreadsheet emulator: cannot read ${this.bookFile}`);
    const old = new Map((prev?.sheets ?? []).map((s) => [s.props.sheetId, s]));
    const sheets: SheetRec[] = f.sheets.map((sp) => {
      const props: SheetProps = { ...sp, columnWidths: new Array(sp.maxColumns).fill(DEFAULT_WIDTH) };
      for (const [k, w] of Object.entries(sp.columnWidths ?? {})) props.columnWidths[Number(k) - 1] = w;
      const rec = old.get(sp.sheetId);
      if (rec) {
        rec.props = props;
        rec.extent = undefined;
        return rec;
      }
      return { props, fileStamp: '', gridDirty: false, version: 0 };
    });
    const metadata: MetaRec[] = f.developerMetadata.map((m) => {
      const l = m.location;
      const type = l.type as MetaRec['loc']['type'];
      const loc: MetaRec['loc'] =
        type === 'SPREADSHEET'
          ? { type }
          : type === 'SHEET'
            ? { type, sheetId: l.sheetId as number }
            : { type, sheetId: l.sheetId as number, index: (type === 'ROW' ? l.row : l.column) as number };
      return { id: m.id, key: m.key, value: m.value, visibility: m.visibility as MetaRec['visibility'], loc };
    });
    return {
      props: { id: f.id, name: f.name, locale: f.locale, timeZone: f.timeZone, activeSheetId: f.activeSheetId },
      sheets,
      metadata,
      protections: f.protections,
    };
  }

  writeBook(s: BookState): void {
    const file: BookFile = {
      format: FORMAT,
      ...s.props,
      sheets: s.sheets.map((r) => {
        const widths: Record<string, number> = {};
        r.props.columnWidths.forEach((w, i) => {
          if (w !== DEFAULT_WIDTH) widths[String(i + 1)] = w;
        });
        return { ...r.props, columnWidths: widths };
      }),
      developerMetadata: s.metadata.map((m) => ({
        id: m.id,
        key: m.key,
        value: m.value,
        visibility: m.visibility,
        location:
          m.loc.type === 'SPREADSHEET'
            ? { type: m.loc.type }
            : m.loc.type === 'SHEET'
              ? { type: m.loc.type, sheetId: m.loc.sheetId }
              : { type: m.loc.type, sheetId: m.loc.sheetId, [m.loc.type === 'ROW' ? 'row' : 'column']: m.loc.index },
      })),
      protections: s.protections,
    };
    writeJson(this.bookFile, file);
    this.bookStamp = stamp(this.bookFile);
  }

  gridChanged(rec: SheetRec): boolean {
    return stamp(this.sheetFile(rec.props.sheetId)) !== rec.fileStamp;
  }

  readGrid(rec: SheetRec): Grid {
    const file = this.sheetFile(rec.props.sheetId);
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    rec.fileStamp = stamp(file);
    const g = emptyGrid();
    if (text === null) return g;
    const f = JSON.parse(text) as SheetFile;
    const values = f.values ?? [];
    const v: Layer = new Array(values.length);
    for (let r = 0; r < values.length; r++) {
      const row = values[r];
      if (!row) continue;
      const out = new Array(row.length);
      for (let c = 0; c < row.length; c++) {
        const x = row[c];
        out[c] = x === null ? undefined : typeof x === 'object' ? decode(x) : x;
      }
      v[r] = out;
    }
    g.v = v;
    const rules = (f.validationRules ?? []).map((x) => decode(x) as ValidationSpec);
    unruns(g.f, f.formulas);
    unruns(g.nf, f.numberFormats);
    unruns(g.note, f.notes);
    unruns(g.dv, f.validations, (i) => rules[i as number]);
    for (const [k, runs] of Object.entries(f.styles ?? {})) if ((LAYER_KEYS as readonly string[]).includes(k)) unruns(g[k as LayerKey], runs);
    return g;
  }

  writeGrid(rec: SheetRec, g: Grid): void {
    const file = this.sheetFile(rec.props.sheetId);
    for (const k of LAYER_KEYS) trimLayer(g[k]);
    const parts: string[] = [`{\n "sheetId": ${rec.props.sheetId},\n "values": [`];
    const lines: string[] = [];
    for (let r = 0; r < g.v.length; r++) {
      const row = g.v[r];
      if (!row || row.length === 0) {
        lines.push('  null');
        continue;
      }
      const out = new Array(row.length);
      for (let c = 0; c < row.length; c++) {
        const x = row[c];
        out[c] = x === undefined ? null : x instanceof Date ? encode(x) : x;
      }
      lines.push('  ' + JSON.stringify(out));
    }
    parts.push(lines.length ? '\n' + lines.join(',\n') + '\n ]' : ']');
    const add = (key: string, value: unknown) => {
      parts.push(`,\n ${JSON.stringify(key)}: ${JSON.stringify(encode(value))}`);
    };
    const runLines = (key: string, runs: Run[]) => {
      if (!runs.length) return;
      parts.push(`,\n ${JSON.stringify(key)}: [\n` + runs.map((x) => '  ' + JSON.stringify(encode(x))).join(',\n') + '\n ]');
    };
    runLines('formulas', runs(g.f));
    runLines('numberFormats', runs(g.nf));
    runLines('notes', runs(g.note));
    if (g.dv.length) {
      const rules: ValidationSpec[] = [];
      const index = new Map<ValidationSpec, number>();
      const byJson = new Map<string, number>();
      const dvRuns = runs(g.dv).map(([r, c, n, spec]) => {
        const s = spec as ValidationSpec;
        let i = index.get(s);
        if (i === undefined) {
          const j = JSON.stringify(encode(s));
          i = byJson.get(j);
          if (i === undefined) {
            i = rules.length;
            rules.push(s);
            byJson.set(j, i);
          }
          index.set(s, i);
        }
        return [r, c, n, i] as Run;
      });
      if (rules.length) {
        add('validationRules', rules);
        runLines('validations', dvRuns);
      }
    }
    const styles: Record<string, Run[]> = {};
    for (const k of LAYER_KEYS) {
      if (k === 'v' || k === 'f' || k === 'nf' || k === 'note' || k === 'dv') continue;
      const rs = runs(g[k]);
      if (rs.length) styles[k] = rs;
    }
    if (Object.keys(styles).length) add('styles', styles);
    parts.push('\n}\n');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, parts.join(''));
    fs.renameSync(tmp, file);
    rec.fileStamp = stamp(file);
    rec.gridDirty = false;
  }

  removeGrid(sheetId: number): void {
    fs.rmSync(this.sheetFile(sheetId), { force: true });
  }

  /** Sheet files present in the folder (to remove those of deleted sheets). */
  gridFiles(): number[] {
    const d = path.join(this.dir, 'sheets');
    if (!fs.existsSync(d)) return [];
    return fs
      .readdirSync(d)
      .map((n) => /^(\d+)\.json$/.exec(n))
      .filter((m): m is RegExpExecArray => !!m)
      .map((m) => Number(m[1]));
  }
}

/** Vertical runs of equal values: [row, column, count, value], 1-based, column by column. */
function runs(layer: Layer): Run[] {
  const out: Run[] = [];
  let width = 0;
  for (const row of layer) if (row && row.length > width) width = row.length;
  for (let c = 0; c < width; c++) {
    let start = -1;
    let cur: unknown;
    for (let r = 0; r <= layer.length; r++) {
      const x = r < layer.length ? layer[r]?.[c] : undefined;
      if (start >= 0 && x === cur) continue;
      if (start >= 0) out.push([start + 1, c + 1, r - start, cur]);
      start = x === undefined ? -1 : r;
      cur = x;
    }
  }
  return out;
}

function unruns(layer: Layer, rs: Run[] | undefined, map: (x: unknown) => unknown = (x) => decode(x)): void {
  for (const [r, c, n, val] of rs ?? []) {
    const x = map(val);
    for (let i = 0; i < n; i++) {
      const r0 = r - 1 + i;
      let row = layer[r0];
      if (!row) {
        row = [];
        layer[r0] = row;
      }
      row[c - 1] = x;
    }
  }
  for (let i = 0; i < layer.length; i++) if (layer[i] === undefined) layer[i] = undefined; // fill holes
}
