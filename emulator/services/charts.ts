/**
 * Charts: the server-side charts a script draws and takes as a PNG (the reports put one in their Doc).
 * Reference: https://developers.google.com/apps-script/reference/charts (service page and the class pages
 * charts, data-table-builder, column-chart-builder, bar-chart-builder, chart, position, column-type).
 *
 * What the emulator does:
 * - Charts.newDataTable(): addColumn(type, label) with a ColumnType; addRow(values) in the columns' order;
 *   setValue(row, column, value) ("missing values are treated as null"; a value for a column that is never
 *   added is ignored); build() "throws Error if the data table is empty or otherwise malformed": here no
 *   column, a row longer than the columns, or a value not of its column's type (the emulator's wording).
 * - Charts.newColumnChart() / newBarChart(): every builder method the reference lists. setDataTable takes a
 *   DataTableBuilder or a DataTableSource (a built DataTable); setDimensions takes positive integers
 *   (pixels); setLegendPosition a Position; setColors an array of CSS colours. setDataSourceUrl,
 *   setDataViewDefinition and the text-style setters are not supported (the add-on does not use them: loud).
 *   build() without a data table throws (not verified: a chart needs data; the emulator refuses rather
 *   than guess). The other chart builders (area, line, pie, scatter, table) are not supported.
 * - Chart.getAs('image/png') and getBlob(): a real PNG drawn in Node: gridlines, one bar per series and
 *   category in the series' colour, the values above the bars in digits, the legend's colour keys. No
 *   letters (titles and labels are left out; Google draws them). getAs of another type is refused as
 *   Blob.getAs refuses a conversion ("Converting from image/png to … is not supported"); PDF, JPEG, GIF
 *   and BMP, which the reference allows, are not supported by the emulator.
 * - getOptions().get(option): what the builder set (title, width, height, colors, legend.position, …).
 * Default size when setDimensions is not called: 600 × 400 (not verified). No OAuth scope: the Charts
 * pages list none (unlike e.g. DocumentApp.create). Every call is counted like the other services.
 */
import * as zlib from 'zlib';
import type { Host } from '../core/host';
import { counted, type Meter } from '../core/meter';
import type { ServiceModule } from '../core/service';
import { createBlob } from './blob';
import { typeName } from './drive-blob';
import { CountedObject, gasError, makeEnum, unsupported } from './small-support';

export const COLUMN_TYPES = ['DATE', 'NUMBER', 'STRING'] as const;
export const POSITIONS = ['TOP', 'RIGHT', 'BOTTOM', 'NONE'] as const;
const CHART_TYPES = ['TIMELINE', 'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'RADAR', 'LINE', 'ORG', 'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TREEMAP', 'WATERFALL'] as const;

export const DEFAULT_CHART_SIZE = { width: 600, height: 400 } as const;
/** Larger than this is refused (the emulator's own bound, so a typo cannot allocate gigabytes). */
export const MAX_CHART_PIXELS = 4000;

const signature = (args: unknown[], method: string): string => `The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${method}.`;

type ColumnType = (typeof COLUMN_TYPES)[number];
type Value = string | number | Date | null;

/** What a built data table holds (the emulator's view). */
export interface TableData {
  columns: Array<{ type: ColumnType; label: string }>;
  rows: Value[][];
}

// ---------------------------------------------------------------------------------------------
// Data tables

const TABLE = Symbol('chartsTable');

class DataTableImpl {
  readonly [TABLE]: TableData;
  constructor(data: TableData) {
    this[TABLE] = data;
  }
  getDataTable(): DataTableImpl {
    return this;
  }
}

class DataTableBuilderImpl extends CountedObject {
  private readonly columns: Array<{ type: ColumnType; label: string }> = [];
  private readonly rows: unknown[][] = [];

  constructor(private readonly meter: Meter) {
    super();
  }
  _init(): this {
    return this._wrap('DataTableBuilder', this.meter);
  }

  addColumn(type: unknown, label: unknown): this {
    if (typeof type !== 'string' || !(COLUMN_TYPES as readonly string[]).includes(type)) throw gasError(signature([type, label], 'Charts.DataTableBuilder.addColumn'));
    if (typeof label !== 'string') throw gasError(signature([type, label], 'Charts.DataTableBuilder.addColumn'));
    this.columns.push({ type: type as ColumnType, label });
    return this._self;
  }

  addRow(values: unknown): this {
    if (!Array.isArray(values)) throw gasError(signature([values], 'Charts.DataTableBuilder.addRow'));
    this.rows.push([...values]);
    return this._self;
  }

  setValue(row: unknown, column: unknown, value: unknown): this {
    const ok = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
    if (!ok(row) || !ok(column)) throw gasError(signature([row, column, value], 'Charts.DataTableBuilder.setValue'));
    while (this.rows.length <= (row as number)) this.rows.push([]);
    this.rows[row as number][column as number] = value;
    return this._self;
  }

  /** The table as it stands (build() and a chart builder given this builder both read it). */
  _table(): TableData {
    if (this.columns.length === 0) throw gasError('The data table is empty: add a column first (Charts.DataTableBuilder.build).');
    const rows: Value[][] = this.rows.map((r, i) => {
      if (r.length > this.columns.length) throw gasError(`The data table is malformed: row ${i} has ${r.length} values for ${this.columns.length} columns (Charts.DataTableBuilder.build).`);
      return this.columns.map((c, k) => {
        const v = r[k];
        if (v === undefined || v === null) return null;
        const fits = c.type === 'NUMBER' ? typeof v === 'number' : c.type === 'STRING' ? typeof v === 'string' : v instanceof Date;
        if (!fits) throw gasError(`The data table is malformed: row ${i}, column ${k} must be a ${c.type.toLowerCase()} (Charts.DataTableBuilder.build).`);
        return v as Value;
      });
    });
    return { columns: this.columns.map((c) => ({ ...c })), rows };
  }

  build(): DataTableImpl {
    return counted(new DataTableImpl(this._table()), 'DataTable', this.meter);
  }
}

function tableOf(source: unknown, method: string): TableData {
  const raw = source as { _table?: () => TableData; getDataTable?: () => unknown } | null;
  if (raw && typeof raw._table === 'function') return raw._table();
  if (raw && typeof raw.getDataTable === 'function') {
    const t = raw.getDataTable() as DataTableImpl | null;
    if (t && t[TABLE]) return t[TABLE];
  }
  throw gasError(signature([source], method));
}

// ---------------------------------------------------------------------------------------------
// Chart builders

type Kind = 'column' | 'bar';

class ChartBuilderImpl extends CountedObject {
  private data: TableData | null = null;
  private readonly options: Record<string, unknown> = {};

  constructor(
    private readonly meter: Meter,
    private readonly kind: Kind,
  ) {
    super();
  }
  _init(): this {
    return this._wrap(this.kind === 'bar' ? 'BarChartBuilder' : 'ColumnChartBuilder', this.meter);
  }
  private get cls(): string {
    return this.kind === 'bar' ? 'Charts.BarChartBuilder' : 'Charts.ColumnChartBuilder';
  }
  private set(option: string, value: unknown): this {
    this.options[option] = value;
    return this._self;
  }
  private str(value: unknown, method: string): string {
    if (typeof value !== 'string') throw gasError(signature([value], `${this.cls}.${method}`));
    return value;
  }

  build(): ChartImpl {
    if (!this.data) throw gasError(`A data table is required to build the chart: call setDataTable first (${this.cls}.build).`);
    return new ChartImpl(this.meter, this.kind, this.data, { ...this.options })._init();
  }
  reverseCategories(): this {
    return this.set('reverseCategories', true);
  }
  reverseDirection(): this {
    if (this.kind !== 'bar') throw new TypeError('reverseDirection is not a function');
    return this.set('hAxis.direction', -1);
  }
  setBackgroundColor(cssValue: unknown): this {
    return this.set('backgroundColor', this.str(cssValue, 'setBackgroundColor'));
  }
  setColors(cssValues: unknown): this {
    if (!Array.isArray(cssValues) || cssValues.some((c) => typeof c !== 'string')) throw gasError(signature([cssValues], `${this.cls}.setColors`));
    return this.set('colors', [...cssValues]);
  }
  setDataSourceUrl(url: unknown): this {
    void url;
    return unsupported(`${this.cls}.setDataSourceUrl`);
  }
  setDataTable(table: unknown): this {
    this.data = tableOf(table, `${this.cls}.setDataTable`);
    return this._self;
  }
  setDataViewDefinition(def: unknown): this {
    void def;
    return unsupported(`${this.cls}.setDataViewDefinition`);
  }
  setDimensions(width: unknown, height: unknown): this {
    const ok = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= MAX_CHART_PIXELS;
    if (!ok(width) || !ok(height)) throw gasError(signature([width, height], `${this.cls}.setDimensions`));
    this.options.width = width;
    return this.set('height', height);
  }
  setLegendPosition(position: unknown): this {
    if (typeof position !== 'string' || !(POSITIONS as readonly string[]).includes(position)) throw gasError(signature([position], `${this.cls}.setLegendPosition`));
    return this.set('legend.position', position.toLowerCase());
  }
  setLegendTextStyle(style: unknown): this {
    void style;
    return unsupported(`${this.cls}.setLegendTextStyle`);
  }
  setOption(option: unknown, value: unknown): this {
    return this.set(this.str(option, 'setOption'), value);
  }
  setRange(start: unknown, end: unknown): this {
    if (typeof start !== 'number' || typeof end !== 'number' || !(end > start)) throw gasError(signature([start, end], `${this.cls}.setRange`));
    this.options['vAxis.minValue'] = start;
    return this.set('vAxis.maxValue', end);
  }
  setStacked(): this {
    return this.set('isStacked', true);
  }
  setTitle(chartTitle: unknown): this {
    return this.set('title', this.str(chartTitle, 'setTitle'));
  }
  setTitleTextStyle(style: unknown): this {
    void style;
    return unsupported(`${this.cls}.setTitleTextStyle`);
  }
  setXAxisTextStyle(style: unknown): this {
    void style;
    return unsupported(`${this.cls}.setXAxisTextStyle`);
  }
  setXAxisTitle(title: unknown): this {
    return this.set('hAxis.title', this.str(title, 'setXAxisTitle'));
  }
  setXAxisTitleTextStyle(style: unknown): this {
    void style;
    return unsupported(`${this.cls}.setXAxisTitleTextStyle`);
  }
  setYAxisTextStyle(style: unknown): this {
    void style;
    return unsupported(`${this.cls}.setYAxisTextStyle`);
  }
  setYAxisTitle(title: unknown): this {
    return this.set('vAxis.title', this.str(title, 'setYAxisTitle'));
  }
  setYAxisTitleTextStyle(style: unknown): this {
    void style;
    return unsupported(`${this.cls}.setYAxisTitleTextStyle`);
  }
  useLogScale(): this {
    return this.set('vAxis.logScale', true);
  }
}

const IMAGE_TYPES_NOT_EMULATED = ['application/pdf', 'image/jpeg', 'image/gif', 'image/bmp'];

class ChartImpl extends CountedObject {
  constructor(
    private readonly meter: Meter,
    private readonly kind: Kind,
    private readonly data: TableData,
    private readonly options: Record<string, unknown>,
  ) {
    super();
  }
  _init(): this {
    return this._wrap('Chart', this.meter);
  }
  getAs(contentType: unknown): GoogleAppsScript.Base.Blob {
    if (typeof contentType !== 'string') throw gasError(signature([contentType], 'Charts.Chart.getAs'));
    if (contentType === 'image/png') return this.getBlob();
    if (IMAGE_TYPES_NOT_EMULATED.includes(contentType)) return unsupported(`Chart.getAs('${contentType}')`);
    throw gasError(`Converting from image/png to ${contentType} is not supported.`);
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return createBlob(this.meter, drawChart(this.kind, this.data, this.options), 'image/png', null);
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const options = this.options;
    return counted({ get: (option: string) => (Object.prototype.hasOwnProperty.call(options, option) ? options[option] : null) }, 'ChartOptions', this.meter);
  }
}

// ---------------------------------------------------------------------------------------------
// Drawing

type RGB = [number, number, number];

const NAMED: Record<string, RGB> = {
  black: [0, 0, 0],
  white: [255, 255, 255],
  red: [255, 0, 0],
  green: [0, 128, 0],
  blue: [0, 0, 255],
  gray: [128, 128, 128],
  grey: [128, 128, 128],
  orange: [255, 165, 0],
  yellow: [255, 255, 0],
  purple: [128, 0, 128],
};
const DEFAULT_COLORS: RGB[] = [
  [51, 102, 204],
  [220, 57, 18],
  [255, 153, 0],
  [16, 150, 24],
  [153, 0, 153],
];

export function parseColor(css: unknown, fallback: RGB): RGB {
  if (typeof css !== 'string') return fallback;
  const s = css.trim().toLowerCase();
  let m = /^#([0-9a-f]{6})$/.exec(s);
  if (m) return [parseInt(m[1].slice(0, 2), 16), parseInt(m[1].slice(2, 4), 16), parseInt(m[1].slice(4, 6), 16)];
  m = /^#([0-9a-f]{3})$/.exec(s);
  if (m) return [0, 1, 2].map((i) => parseInt(m![1][i] + m![1][i], 16)) as RGB;
  return NAMED[s] ?? fallback;
}

/** 3×5 digits (and '-', '.', ','), one row per string, '#' lit. */
const GLYPHS: Record<string, string[]> = {
  '0': ['###', '#.#', '#.#', '#.#', '###'],
  '1': ['.#.', '##.', '.#.', '.#.', '###'],
  '2': ['###', '..#', '###', '#..', '###'],
  '3': ['###', '..#', '###', '..#', '###'],
  '4': ['#.#', '#.#', '###', '..#', '..#'],
  '5': ['###', '#..', '###', '..#', '###'],
  '6': ['###', '#..', '###', '#.#', '###'],
  '7': ['###', '..#', '..#', '..#', '..#'],
  '8': ['###', '#.#', '###', '#.#', '###'],
  '9': ['###', '#.#', '###', '..#', '###'],
  '-': ['...', '...', '###', '...', '...'],
  '.': ['...', '...', '...', '...', '.#.'],
  ',': ['...', '...', '...', '.#.', '#..'],
};

class Canvas {
  readonly px: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
    bg: RGB,
  ) {
    this.px = new Uint8Array(width * height * 3);
    for (let i = 0; i < width * height; i++) this.px.set(bg, i * 3);
  }
  rect(x0: number, y0: number, w: number, h: number, c: RGB): void {
    const xa = Math.max(0, Math.round(x0));
    const ya = Math.max(0, Math.round(y0));
    const xb = Math.min(this.width, Math.round(x0 + w));
    const yb = Math.min(this.height, Math.round(y0 + h));
    for (let y = ya; y < yb; y++) for (let x = xa; x < xb; x++) this.px.set(c, (y * this.width + x) * 3);
  }
  /** Text of digits, `scale` pixels per glyph pixel, centred on cx when `center`. */
  digits(text: string, x: number, y: number, scale: number, c: RGB, center = false): void {
    const advance = 4 * scale;
    let at = center ? x - (text.length * advance - scale) / 2 : x;
    for (const ch of text) {
      const g = GLYPHS[ch];
      if (g) g.forEach((row, r) => [...row].forEach((p, k) => p === '#' && this.rect(at + k * scale, y + r * scale, scale, scale, c)));
      at += advance;
    }
  }
  png(): Uint8Array {
    const raw = Buffer.alloc((this.width * 3 + 1) * this.height);
    for (let y = 0; y < this.height; y++) {
      raw[y * (this.width * 3 + 1)] = 0;
      Buffer.from(this.px.buffer, y * this.width * 3, this.width * 3).copy(raw, y * (this.width * 3 + 1) + 1);
    }
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(this.width, 0);
    ihdr.writeUInt32BE(this.height, 4);
    ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter method, no interlace
    const signatureBytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    return Uint8Array.from(Buffer.concat([signatureBytes, chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
  }
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([len, body, crc]);
}

/** A step of 1, 2 or 5 × 10^n that splits 0..max into at most 5 gridlines. */
function niceStep(max: number): number {
  if (!(max > 0)) return 1;
  const raw = max / 5;
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

function numberText(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100);
}

/** The chart as PNG bytes: bars of the number columns over the categories of the first column. */
export function drawChart(kind: Kind, data: TableData, options: Record<string, unknown>): Uint8Array {
  const width = (options.width as number) ?? DEFAULT_CHART_SIZE.width;
  const height = (options.height as number) ?? DEFAULT_CHART_SIZE.height;
  const canvas = new Canvas(width, height, parseColor(options.backgroundColor, [255, 255, 255]));
  const series = data.columns.map((c, i) => ({ ...c, i })).filter((c, i) => i > 0 && c.type === 'NUMBER');
  const colors = series.map((_, k) => parseColor(((options.colors as unknown[]) ?? [])[k], DEFAULT_COLORS[k % DEFAULT_COLORS.length]));
  const values = data.rows.map((r) => series.map((s) => (typeof r[s.i] === 'number' ? (r[s.i] as number) : 0)));
  const stacked = options.isStacked === true;
  const top = Math.max(0, ...values.map((vs) => (stacked ? vs.reduce((a, b) => a + Math.max(0, b), 0) : Math.max(0, ...vs))));
  const integers = values.every((vs) => vs.every((v) => Number.isInteger(v)));
  const step = Math.max(integers ? 1 : 0, niceStep(typeof options['vAxis.maxValue'] === 'number' ? (options['vAxis.maxValue'] as number) : top));
  const max = Math.max(step, Math.ceil(top / step) * step);

  const legend = series.length > 0 && options['legend.position'] !== 'none';
  const box = { left: 48, right: width - 16, top: Math.min(40, height / 8), bottom: height - (legend ? 44 : 24) };
  const grid: RGB = [224, 224, 224];
  const axis: RGB = [100, 100, 100];
  const scale = height >= 240 ? 2 : 1;
  const n = Math.max(1, data.rows.length);

  if (kind === 'column') {
    const plotH = box.bottom - box.top;
    for (let v = 0; v <= max; v += step) {
      const y = box.bottom - (v / max) * plotH;
      canvas.rect(box.left, y, box.right - box.left, 1, grid);
      canvas.digits(numberText(v), box.left - 6 - numberText(v).length * 4 * scale, y - 2.5 * scale, scale, axis);
    }
    const group = (box.right - box.left) / n;
    const barW = Math.max(1, (group * 0.7) / (stacked ? 1 : Math.max(1, series.length)));
    values.forEach((vs, r) => {
      let base = 0;
      vs.forEach((v, k) => {
        const h = (Math.max(0, v) / max) * plotH;
        const x = box.left + r * group + group * 0.15 + (stacked ? 0 : k * barW);
        const y = box.bottom - base - h;
        canvas.rect(x, y, barW - 1, h, colors[k]);
        if (!stacked) canvas.digits(numberText(v), x + barW / 2, y - 6 * scale - 2, scale, axis, true);
        if (stacked) base += h;
      });
    });
    canvas.rect(box.left, box.bottom, box.right - box.left, 1, axis);
  } else {
    const plotW = box.right - box.left - 32;
    for (let v = 0; v <= max; v += step) {
      const x = box.left + (v / max) * plotW;
      canvas.rect(x, box.top, 1, box.bottom - box.top, grid);
      canvas.digits(numberText(v), x, box.bottom + 4, scale, axis, true);
    }
    const group = (box.bottom - box.top) / n;
    const barH = Math.max(1, (group * 0.7) / (stacked ? 1 : Math.max(1, series.length)));
    values.forEach((vs, r) => {
      let base = 0;
      vs.forEach((v, k) => {
        const w = (Math.max(0, v) / max) * plotW;
        const y = box.top + r * group + group * 0.15 + (stacked ? 0 : k * barH);
        canvas.rect(box.left + base, y, w, barH - 1, colors[k]);
        if (!stacked) canvas.digits(numberText(v), box.left + base + w + 4, y + barH / 2 - 2.5 * scale, scale, axis);
        if (stacked) base += w;
      });
    });
    canvas.rect(box.left, box.top, 1, box.bottom - box.top, axis);
  }

  if (legend) {
    const key = 12;
    const gap = 60;
    const total = series.length * key + (series.length - 1) * gap;
    let x = (width - total) / 2;
    for (const c of colors) {
      canvas.rect(x, height - 24, key, key, c);
      x += key + gap;
    }
  }
  return canvas.png();
}

// ---------------------------------------------------------------------------------------------

export interface ChartsModule extends ServiceModule {
  readonly Charts: GoogleAppsScript.Charts.Charts;
}

export function createChartsModule(host: Host): ChartsModule {
  const meter = host.meter;
  const notHere = (what: string) => () => unsupported(`Charts.${what}`);
  const impl = {
    ChartHiddenDimensionStrategy: makeEnum(['IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH']),
    ChartMergeStrategy: makeEnum(['MERGE_COLUMNS', 'MERGE_ROWS']),
    ChartType: makeEnum(CHART_TYPES),
    ColumnType: makeEnum(COLUMN_TYPES),
    CurveStyle: makeEnum(['NORMAL', 'SMOOTH']),
    PointStyle: makeEnum(['NONE', 'TINY', 'MEDIUM', 'LARGE', 'HUGE']),
    Position: makeEnum(POSITIONS),
    newDataTable: () => new DataTableBuilderImpl(meter)._init(),
    newColumnChart: () => new ChartBuilderImpl(meter, 'column')._init(),
    newBarChart: () => new ChartBuilderImpl(meter, 'bar')._init(),
    newAreaChart: notHere('newAreaChart'),
    newDataViewDefinition: notHere('newDataViewDefinition'),
    newLineChart: notHere('newLineChart'),
    newPieChart: notHere('newPieChart'),
    newScatterChart: notHere('newScatterChart'),
    newTableChart: notHere('newTableChart'),
    newTextStyle: notHere('newTextStyle'),
  };
  const Charts = counted(impl, 'Charts', meter) as unknown as GoogleAppsScript.Charts.Charts;
  return { name: 'charts', globals: { Charts }, Charts, load: () => undefined, save: () => undefined };
}
