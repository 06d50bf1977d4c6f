// the fake ExcelHost: a FakeBook behind the same seam Office.js sits behind in production
import type { DocumentSettings, ExcelHost } from "../../../src/addin/office/host.js";
import { FakeContext } from "./context.js";
import { apiAtLeast, FakeBook, requireApi } from "./model.js";
import { FakeWorksheetCollection } from "./sheets.js";

export class FakeSettings implements DocumentSettings {
  saved = new Map<string, unknown>();
  private pending = new Map<string, unknown>();
  saves = 0;
  get(name: string): unknown {
    return this.pending.has(name) ? this.pending.get(name) : null;
  }
  set(name: string, value: unknown): void {
    this.pending.set(name, value);
  }
  remove(name: string): void {
    this.pending.delete(name);
  }
  async save(): Promise<void> {
    this.saves++;
    this.saved = new Map(this.pending);
  }
  /** what another user sees when they open the saved workbook */
  reopen(): FakeSettings {
    const s = new FakeSettings();
    s.saved = new Map(this.saved);
    s.pending = new Map(this.saved);
    return s;
  }
}

export function fakeContext(book: FakeBook): FakeContext {
  const ctx = new FakeContext(book);
  ctx.workbook = {
    worksheets: new FakeWorksheetCollection(ctx),
    application: {
      suspendScreenUpdatingUntilNextSync: () => {
        requireApi(book, "1.9", "suspendScreenUpdatingUntilNextSync");
        book.stats.suspendCalls++;
      },
    },
  };
  return ctx;
}

export interface FakeHostOptions {
  /** highest ExcelApi version the host supports, e.g. "1.18", "1.14" (Office 2021), "1.8" */
  api?: string;
  displayLanguage?: string;
  settings?: FakeSettings;
}

export function supports(max: string, wanted: string): boolean {
  return apiAtLeast(max, wanted);
}

export interface FakeHost extends ExcelHost {
  book: FakeBook;
  settings: FakeSettings;
  runs: number;
}

export function createFakeHost(book: FakeBook, opts: FakeHostOptions = {}): FakeHost {
  const api = opts.api ?? "1.18";
  book.api = api;
  const host: FakeHost = {
    book,
    runs: 0,
    settings: opts.settings ?? new FakeSettings(),
    displayLanguage: opts.displayLanguage ?? "vi-VN",
    isSetSupported: (name, v) => name === "ExcelApi" && supports(api, v),
    // like Excel.run: run(batch) or run(options, batch); ExcelHost's own order run(batch, options) too
    run: async <T>(a: unknown, b?: unknown): Promise<T> => {
      const [batch, options] = (typeof a === "function" ? [a, b] : [b, a]) as [(c: Excel.RequestContext) => Promise<T>, Excel.RunOptions | undefined];
      host.runs++;
      host.book.api = api;
      const ctx = fakeContext(host.book);
      ctx.delayForCellEdit = options?.delayForCellEdit === true;
      return batch(ctx as unknown as Excel.RequestContext);
    },
    // Excel.run(context, batch): the same request context again (where an event handler was added)
    runIn: async (context, batch) => batch(context),
  };
  return host;
}
