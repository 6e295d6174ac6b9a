/**
 * Counts every call the add-on makes into a faked Apps Script service, and the cells it reads and
 * writes. The benchmark prices these counts with the latency model; tests assert on them.
 */
export interface CallCounts {
  /** "Service.method" → number of calls, e.g. "Range.getValues": 3 */
  calls: Record<string, number>;
  cellsRead: number;
  cellsWritten: number;
}

export class Meter {
  private calls = new Map<string, number>();
  cellsRead = 0;
  cellsWritten = 0;

  count(service: string, method: string): void {
    const key = `${service}.${method}`;
    this.calls.set(key, (this.calls.get(key) ?? 0) + 1);
  }

  read(cells: number): void {
    this.cellsRead += cells;
  }

  wrote(cells: number): void {
    this.cellsWritten += cells;
  }

  reset(): void {
    this.calls.clear();
    this.cellsRead = 0;
    this.cellsWritten = 0;
  }

  total(): number {
    let n = 0;
    for (const v of this.calls.values()) n += v;
    return n;
  }

  snapshot(): CallCounts {
    const calls: Record<string, number> = {};
    for (const k of [...this.calls.keys()].sort()) calls[k] = this.calls.get(k)!;
    return { calls, cellsRead: this.cellsRead, cellsWritten: this.cellsWritten };
  }
}

/**
 * Wraps a fake service object so that every method call is counted as "name.method".
 * Fakes return counted objects from their methods by calling `counted` themselves.
 */
export function counted<T extends object>(target: T, name: string, meter: Meter): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string' || prop === 'constructor') return value;
      if (prop.startsWith('_')) return value; // emulator-internal helpers, invisible to scripts
      return function (this: unknown, ...args: unknown[]) {
        meter.count(name, prop);
        return value.apply(obj, args);
      };
    },
  });
}
