/**
 * The Charts fake against the reference: https://developers.google.com/apps-script/reference/charts
 * (Charts, DataTableBuilder, ColumnChartBuilder, BarChartBuilder, Chart, Position, ColumnType).
 */
import * as zlib from 'zlib';
import { createChartsModule, drawChart } from '../../emulator/services/charts';
import { blobInternals } from '../../emulator/services/blob';
import { createFakeHost } from './helpers/fakeHost';

function setup() {
  const host = createFakeHost();
  return { host, Charts: createChartsModule(host).Charts };
}

/** The PNG's size and its pixels as RGB (the fake writes 8-bit RGB, filter 0, one IDAT). */
function decodePng(bytes: Uint8Array): { width: number; height: number; pixel(x: number, y: number): [number, number, number] } {
  const b = Buffer.from(bytes);
  expect([...b.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = b.readUInt32BE(16);
  const height = b.readUInt32BE(20);
  let at = 8;
  const idat: Buffer[] = [];
  while (at < b.length) {
    const len = b.readUInt32BE(at);
    const type = b.toString('ascii', at + 4, at + 8);
    if (type === 'IDAT') idat.push(b.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  return {
    width,
    height,
    pixel: (x, y) => {
      const o = y * (width * 3 + 1) + 1 + x * 3;
      return [raw[o], raw[o + 1], raw[o + 2]];
    },
  };
}

const sampleTable = (Charts: GoogleAppsScript.Charts.Charts) =>
  Charts.newDataTable()
    .addColumn(Charts.ColumnType.STRING, 'Month')
    .addColumn(Charts.ColumnType.NUMBER, 'In Store')
    .addColumn(Charts.ColumnType.NUMBER, 'Online')
    .addRow(['January', 10, 1])
    .addRow(['February', 12, 1])
    .addRow(['March', 20, 2]);

// https://developers.google.com/apps-script/reference/charts/column-chart-builder : the class example
// (a data table, setTitle, setXAxisTitle, setYAxisTitle, setDimensions(600, 500), setDataTable, build) and
// https://developers.google.com/apps-script/reference/charts/chart#getAs(String) : "For images in BMP, GIF,
// JPEG, or PNG format, any of 'image/bmp', 'image/gif', 'image/jpeg', or 'image/png' are also valid."
describe('Charts.newColumnChart', () => {
  it('builds a chart from the reference example and gives it as a PNG of the set dimensions', () => {
    const { Charts } = setup();
    const chart = Charts.newColumnChart()
      .setTitle('Sales & Expenses')
      .setXAxisTitle('Year')
      .setYAxisTitle('Amount (USD)')
      .setDimensions(600, 500)
      .setDataTable(sampleTable(Charts).build() as unknown as GoogleAppsScript.Charts.DataTableSource)
      .build();
    const blob = chart.getAs('image/png');
    expect(blob.getContentType()).toBe('image/png');
    const png = decodePng(blobInternals(blob)!._bytes());
    expect([png.width, png.height]).toEqual([600, 500]);
    expect(chart.getOptions().get('title')).toBe('Sales & Expenses');
    expect(chart.getOptions().get('width')).toBe(600);
  });

  it('draws a bar per series and category in the colours set, taller for a larger value', () => {
    const { Charts } = setup();
    const chart = Charts.newColumnChart()
      .setDataTable(Charts.newDataTable().addColumn(Charts.ColumnType.STRING, '').addColumn(Charts.ColumnType.NUMBER, 'a').addRow(['x', 10]).addRow(['y', 40]))
      .setColors(['#ff0000'])
      .setDimensions(400, 300)
      .build();
    const png = decodePng(blobInternals(chart.getBlob())!._bytes());
    const red = (x: number) => {
      let n = 0;
      for (let y = 0; y < png.height; y++) if (png.pixel(x, y).join() === '255,0,0') n++;
      return n;
    };
    // Two categories over the plot area (48..384): the first bar near x = 48 + 168/2, the second near 48 + 168 * 1.5.
    const first = red(Math.round(48 + 168 * 0.5));
    const second = red(Math.round(48 + 168 * 1.5));
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first * 3.5);
    expect(second).toBeLessThan(first * 4.5);
  });

  it('takes a DataTableBuilder too (setDataTable(tableBuilder))', () => {
    const { Charts } = setup();
    const chart = Charts.newColumnChart().setDataTable(sampleTable(Charts)).build();
    expect(decodePng(blobInternals(chart.getAs('image/png'))!._bytes()).width).toBe(600);
  });

  it('refuses what the reference does not take: no data table, bad dimensions, an unknown legend position', () => {
    const { Charts } = setup();
    expect(() => Charts.newColumnChart().build()).toThrow(/data table is required/);
    expect(() => Charts.newColumnChart().setDimensions(0, 100)).toThrow(/setDimensions/);
    expect(() => Charts.newColumnChart().setDimensions(10.5, 100)).toThrow(/setDimensions/);
    expect(() => Charts.newColumnChart().setLegendPosition('LEFT' as unknown as GoogleAppsScript.Charts.Position)).toThrow(/setLegendPosition/);
    expect(() => Charts.newColumnChart().setColors('#fff' as unknown as string[])).toThrow(/setColors/);
    expect(() => Charts.newColumnChart().setDataTable({} as GoogleAppsScript.Charts.DataTableSource)).toThrow(/setDataTable/);
  });

  it('converts only to image types; the emulator draws PNG only', () => {
    const { Charts } = setup();
    const chart = Charts.newColumnChart().setDataTable(sampleTable(Charts)).build();
    expect(() => chart.getAs('text/plain')).toThrow('Converting from image/png to text/plain is not supported.');
    expect(() => chart.getAs('image/jpeg')).toThrow(/not supported by the emulator/);
  });
});

// https://developers.google.com/apps-script/reference/charts/data-table-builder#build() : "Throws Error —
// if the data table is empty or otherwise malformed"; #setValue: "Not all column values need to be filled
// in. Missing values will be considered null."
describe('Charts.newDataTable', () => {
  it('refuses an empty or malformed table when built', () => {
    const { Charts } = setup();
    expect(() => Charts.newDataTable().build()).toThrow(/empty/);
    expect(() => Charts.newDataTable().addColumn(Charts.ColumnType.NUMBER, 'n').addRow([1, 2]).build()).toThrow(/malformed/);
    expect(() => Charts.newDataTable().addColumn(Charts.ColumnType.NUMBER, 'n').addRow(['one']).build()).toThrow(/malformed/);
    expect(() => Charts.newDataTable().addColumn('TEXT' as unknown as GoogleAppsScript.Charts.ColumnType, 'n')).toThrow(/addColumn/);
  });

  it('treats missing values as null and fills by setValue', () => {
    const { Charts } = setup();
    const table = Charts.newDataTable().addColumn(Charts.ColumnType.STRING, 'c').addColumn(Charts.ColumnType.NUMBER, 'n').addRow(['a']).setValue(1, 0, 'b').setValue(1, 1, 5);
    const chart = Charts.newBarChart().setDataTable(table).setDimensions(200, 120).build();
    const png = decodePng(blobInternals(chart.getBlob())!._bytes());
    expect([png.width, png.height]).toEqual([200, 120]);
  });
});

// Counted like every other service: the benchmark prices these calls.
describe('Charts calls are counted', () => {
  it('counts the builder calls and getAs', () => {
    const { host, Charts } = setup();
    Charts.newColumnChart().setDataTable(sampleTable(Charts)).setTitle('t').build().getAs('image/png');
    const calls = host.meter.snapshot().calls;
    expect(calls['Charts.newColumnChart']).toBe(1);
    expect(calls['Charts.newDataTable']).toBe(1);
    expect(calls['DataTableBuilder.addRow']).toBe(3);
    expect(calls['ColumnChartBuilder.build']).toBe(1);
    expect(calls['Chart.getAs']).toBe(1);
  });
});

describe('drawChart', () => {
  it('draws horizontal bars for a bar chart', () => {
    const png = decodePng(drawChart('bar', { columns: [{ type: 'STRING', label: '' }, { type: 'NUMBER', label: 'a' }], rows: [['x', 5]] }, { width: 300, height: 200, colors: ['#00ff00'] }));
    let green = 0;
    for (let x = 0; x < png.width; x++) if (png.pixel(x, 100).join() === '0,255,0') green++;
    expect(green).toBeGreaterThan(100);
  });
});
