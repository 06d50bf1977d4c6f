// fake Range and RangeAreas: reads, writes that are checked against the user's own cells, formats
import { type FakeContext, Loaded, propList } from "./context.js";
import { type Box, boxAddress, type Cell, fail, type FakeSheet, intersect, MAX_COLS, MAX_ROWS, NO_FILL, parseBox, quoted, requireApi, splitList } from "./model.js";

/** Range.getMergedAreasOrNullObject's documented cap */
export const MAX_MERGED_AREAS = 512;

export type SheetRef = () => FakeSheet;

function cellsOf(b: Box): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let row = b.top; row <= b.bottom; row++) for (let col = b.left; col <= b.right; col++) out.push({ row, col });
  return out;
}

function shown(c: Cell | undefined): string | number | boolean {
  if (!c) return "";
  if (c.error !== undefined) return c.error;
  return c.value ?? "";
}

function valueType(c: Cell | undefined): string {
  if (!c) return "Empty";
  if (c.error !== undefined) return "Error";
  if (c.value === null) return "Empty";
  return typeof c.value === "number" ? "Double" : typeof c.value === "boolean" ? "Boolean" : "String";
}

function guardWrite(ctx: FakeContext, sheet: FakeSheet, what: string, address: string): void {
  if (sheet.owner === "user") {
    ctx.book.violations.push(`${what} on the user's sheet ${sheet.name}!${address}`);
    fail("AddinViolation", `${what} written to the user's sheet ${sheet.name}`);
  }
  if (sheet.protected) fail("AccessDenied", `The cell or chart you're trying to change is on a protected sheet.`);
}

function guardFormat(sheet: FakeSheet): void {
  if (sheet.protected) fail("AccessDenied", `The cell or chart you're trying to change is on a protected sheet.`);
}

/** fill, font and width changes over one or several boxes; each assignment is one formatting op */
class FormatProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly target: () => { sheet: FakeSheet; boxes: Box[] },
  ) {}

  private each(fn: (c: Cell) => void): void {
    this.ctx.enqueue(() => {
      const { sheet, boxes } = this.target();
      guardFormat(sheet);
      this.ctx.book.stats.formatOps++;
      for (const b of boxes) for (const { row, col } of cellsOf(b)) fn(sheet.cell(row, col));
    });
  }

  readonly fill = (() => {
    const self = this;
    return {
      set color(v: string) {
        self.each((c) => (c.fill = { ...NO_FILL, color: v.toUpperCase(), pattern: "Solid" }));
      },
      set pattern(v: string) {
        self.each((c) => (c.fill = { ...c.fill, pattern: v }));
      },
      set patternColor(v: string) {
        self.each((c) => (c.fill = { ...c.fill, patternColor: v.toUpperCase() }));
      },
      clear() {
        self.each((c) => (c.fill = { ...NO_FILL }));
      },
    };
  })();

  readonly font = (() => {
    const self = this;
    return {
      set bold(v: boolean) {
        self.each((c) => (c.bold = v));
      },
      set size(v: number) {
        self.each((c) => (c.fontSize = v));
      },
      set italic(v: boolean) {
        self.each((c) => (c.italic = v));
      },
      set underline(v: string) {
        self.each((c) => (c.underline = v));
      },
      set color(v: string) {
        self.each((c) => (c.fontColor = v.toUpperCase()));
      },
    };
  })();

  // RangeFormat: horizontalAlignment, verticalAlignment, wrapText, rowHeight (ExcelApi 1.1)
  set horizontalAlignment(v: string) {
    this.each((c) => (c.align = v));
  }
  set verticalAlignment(v: string) {
    this.each((c) => (c.valign = v));
  }
  set wrapText(v: boolean) {
    this.each((c) => (c.wrap = v));
  }
  set rowHeight(h: number) {
    this.ctx.enqueue(() => {
      const { sheet, boxes } = this.target();
      guardFormat(sheet);
      this.ctx.book.stats.formatOps++;
      for (const b of boxes) for (let r = b.top; r <= b.bottom; r++) sheet.rowHeights.set(r, h);
    });
  }

  /** RangeBorderCollection.getItem(edge): style and color of one edge of the range (Inside* between its cells) */
  readonly borders = {
    getItem: (edge: string) => {
      const set = (prop: string, v: string) =>
        this.ctx.enqueue(() => {
          const { sheet, boxes } = this.target();
          guardFormat(sheet);
          if (prop !== "style" || v === "None") return;
          for (const b of boxes)
            for (const { row, col } of cellsOf(b)) {
              const on =
                (edge === "EdgeTop" && row === b.top) ||
                (edge === "EdgeBottom" && row === b.bottom) ||
                (edge === "EdgeLeft" && col === b.left) ||
                (edge === "EdgeRight" && col === b.right) ||
                (edge === "InsideHorizontal" && b.top !== b.bottom) ||
                (edge === "InsideVertical" && b.left !== b.right);
              if (!on) continue;
              const c = sheet.cell(row, col);
              (c.borders ??= new Set()).add(edge.startsWith("Inside") ? edge : edge);
            }
        });
      return {
        set style(v: string) {
          set("style", v);
        },
        set color(v: string) {
          set("color", v);
        },
      };
    },
  };

  set columnWidth(w: number) {
    this.ctx.enqueue(() => {
      const { sheet, boxes } = this.target();
      guardFormat(sheet);
      this.ctx.book.stats.formatOps++;
      for (const b of boxes) for (let c = b.left; c <= b.right; c++) sheet.columnWidths.set(c, w);
    });
  }
}

/**
 * a fill as getCellProperties reports it, which is not how it is stored: "No Fill" and a solid white fill
 * both come back with color "#FFFFFF" (office-js #6218, #4900) and pattern null (#4900; RangeFill.pattern
 * may be null); only tintAndShade tells them apart, null for No Fill and a number for a colour (#4900,
 * the maintainers' answer, and the RangeFill.tintAndShade reference). Patterned fills keep their pattern.
 */
export function reportedFill(f: Readonly<Cell["fill"]>): Record<string, string | number | null> {
  if (f.pattern === "None") return { color: "#FFFFFF", pattern: null, patternColor: f.patternColor, tintAndShade: null, patternTintAndShade: null };
  if (f.pattern === "Solid") return { color: f.color, pattern: null, patternColor: f.patternColor, tintAndShade: f.tintAndShade, patternTintAndShade: f.patternTintAndShade };
  return { ...f };
}

export class FakeRangeAreas extends Loaded {
  readonly format: FormatProxy;
  constructor(
    ctx: FakeContext,
    private readonly sheetOf: SheetRef,
    private readonly boxesOf: (s: FakeSheet) => Box[] | null,
  ) {
    super(ctx);
    this.format = new FormatProxy(ctx, () => {
      const sheet = this.sheetOf();
      const boxes = this.boxesOf(sheet);
      if (!boxes) fail("InvalidOperation", "null object");
      return { sheet, boxes };
    });
  }

  load(props?: string | string[]): this {
    const want = propList(props);
    this.ctx.enqueue(() => {
      const sheet = this.sheetOf();
      const boxes = this.boxesOf(sheet);
      const address = boxes ? boxes.map((b) => `${quoted(sheet.name)}!${boxAddress(b)}`).join(",") : "";
      const out: Record<string, unknown> = { isNullObject: !boxes };
      if (want.includes("address")) out["address"] = address;
      this.put(out, address.length + 16);
    });
    return this;
  }

  get address(): string {
    return this.got<string>("address");
  }
}

export class FakeRange extends Loaded {
  readonly format: FormatProxy;

  /** ConditionalFormatCollection.add (ExcelApi 1.6): a data bar's bounds and colour are recorded on the sheet */
  readonly conditionalFormats = {
    add: (type: string) => {
      const entry: FakeSheet["conditionalFormats"][number] = { address: "", type };
      this.ctx.enqueue(() => {
        requireApi(this.ctx.book, "1.6", "conditionalFormats.add");
        const { sheet, box } = this.resolve();
        guardFormat(sheet);
        this.ctx.book.stats.formatOps++;
        entry.address = boxAddress(box);
        sheet.conditionalFormats.push(entry);
      });
      const bar = {
        set lowerBoundRule(v: unknown) {
          entry.lower = v;
        },
        set upperBoundRule(v: unknown) {
          entry.upper = v;
        },
        positiveFormat: {
          set fillColor(v: string) {
            entry.fillColor = v.toUpperCase();
          },
        },
      };
      return { dataBar: bar };
    },
  };

  /** not Office.js: the fake's own way for a faked API that takes a range (autoFilter.apply) to find its address */
  internalAddress(): string {
    return boxAddress(this.resolve().box);
  }
  constructor(
    ctx: FakeContext,
    private readonly sheetOf: SheetRef,
    private readonly boxOf: (s: FakeSheet) => Box | null,
  ) {
    super(ctx);
    this.format = new FormatProxy(ctx, () => this.resolve());
  }

  /** where the range is when the queued call runs (for calls that take a Range, like comments.add) */
  boxNow(): { sheet: FakeSheet; box: Box } {
    return this.resolve();
  }

  private resolve(): { sheet: FakeSheet; box: Box; boxes: Box[] } {
    const sheet = this.sheetOf();
    const box = this.boxOf(sheet);
    if (!box) fail("InvalidOperation", "The object is a null object");
    return { sheet, box, boxes: [box] };
  }

  load(props?: string | string[]): this {
    const want = propList(props);
    this.ctx.enqueue(() => {
      const sheet = this.sheetOf();
      const box = this.boxOf(sheet);
      const out: Record<string, unknown> = { isNullObject: !box };
      let bytes = 16;
      if (box) {
        const grid = () => {
          const rows: Cell[][] = [];
          for (let r = box.top; r <= box.bottom; r++) {
            const row: Cell[] = [];
            for (let c = box.left; c <= box.right; c++) row.push(sheet.peek(r, c) as Cell);
            rows.push(row);
          }
          return rows;
        };
        const g = want.some((p) => ["values", "valueTypes", "numberFormat"].includes(p)) ? grid() : [];
        for (const p of want) {
          if (p === "values") out[p] = g.map((r) => r.map(shown));
          else if (p === "valueTypes") out[p] = g.map((r) => r.map(valueType));
          else if (p === "numberFormat") out[p] = g.map((r) => r.map((c) => c?.numberFormat ?? "General"));
          else if (p === "rowIndex") out[p] = box.top - 1;
          else if (p === "columnIndex") out[p] = box.left - 1;
          else if (p === "rowCount") out[p] = box.bottom - box.top + 1;
          else if (p === "columnCount") out[p] = box.right - box.left + 1;
          else if (p === "address") out[p] = `${quoted(sheet.name)}!${boxAddress(box)}`;
          else fail("InvalidArgument", `fake Range cannot load ${p}`);
          if (p === "values") this.ctx.book.stats.cellsRead += g.length * (g[0]?.length ?? 0);
          bytes += JSON.stringify(out[p]).length;
        }
      }
      this.put(out, bytes);
    });
    return this;
  }

  get values(): (string | number | boolean)[][] {
    return this.got("values");
  }
  get valueTypes(): string[][] {
    return this.got("valueTypes");
  }
  get rowIndex(): number {
    return this.got("rowIndex");
  }
  get columnIndex(): number {
    return this.got("columnIndex");
  }
  get rowCount(): number {
    return this.got("rowCount");
  }
  get columnCount(): number {
    return this.got("columnCount");
  }
  get address(): string {
    return this.got("address");
  }

  private grid<T>(v: T[][], box: Box): void {
    if (v.length !== box.bottom - box.top + 1 || v.some((r) => r.length !== box.right - box.left + 1)) {
      fail("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    }
  }

  set values(v: (string | number | boolean | null)[][]) {
    this.ctx.request(JSON.stringify(v).length);
    this.ctx.enqueue(() => {
      const { sheet, box } = this.resolve();
      guardWrite(this.ctx, sheet, "values", boxAddress(box));
      this.grid(v, box);
      this.ctx.book.stats.valueWrites++;
      v.forEach((row, i) =>
        row.forEach((x, j) => {
          const c = sheet.cell(box.top + i, box.left + j);
          delete c.formula;
          delete c.error;
          if (typeof x === "string" && x.startsWith("=") && c.numberFormat !== "@") {
            c.formula = x; // Excel would evaluate it: formula injection
            c.value = null;
          } else if (typeof x === "string" && x.startsWith("'")) c.value = x.slice(1);
          else c.value = x === "" ? null : x;
        }),
      );
    });
  }

  set numberFormat(v: string[][]) {
    this.ctx.request(JSON.stringify(v).length);
    this.ctx.enqueue(() => {
      const { sheet, box } = this.resolve();
      guardWrite(this.ctx, sheet, "numberFormat", boxAddress(box));
      this.grid(v, box);
      this.ctx.book.stats.formatOps++;
      v.forEach((row, i) => row.forEach((x, j) => (sheet.cell(box.top + i, box.left + j).numberFormat = x)));
    });
  }

  set hyperlink(h: Cell["hyperlink"]) {
    this.ctx.request(JSON.stringify(h ?? {}).length + 32);
    this.ctx.enqueue(() => {
      const { sheet, box } = this.resolve();
      guardWrite(this.ctx, sheet, "hyperlink", boxAddress(box));
      this.ctx.book.stats.links++;
      const c = sheet.cell(box.top, box.left);
      c.hyperlink = { ...h };
      if (h?.textToDisplay !== undefined) c.value = h.textToDisplay;
    });
  }

  clear(applyTo?: string): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.resolve();
      guardWrite(this.ctx, sheet, `clear(${applyTo ?? "All"})`, boxAddress(box));
      for (const [k, c] of sheet.cells) {
        const [r, col] = k.split(":").map(Number) as [number, number];
        if (r < box.top || r > box.bottom || col < box.left || col > box.right) continue;
        c.value = null;
        delete c.formula;
        delete c.error;
        if (applyTo !== "Contents") sheet.cells.delete(k);
      }
    });
  }

  select(): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.resolve();
      const sel = { sheet: sheet.name, address: boxAddress(box) };
      this.ctx.book.selection = sel;
      this.ctx.book.selects.push(sel);
    });
  }

  getIntersectionOrNullObject(address: string): FakeRange {
    return new FakeRange(this.ctx, this.sheetOf, (s) => {
      const b = this.boxOf(s);
      return b ? intersect(b, parseBox(address)) : null;
    });
  }

  /**
   * like Excel (office-js #3611): only merges whose top-left cell lies inside the range; and "if the merged
   * areas count in this range is more than 512, then this method will fail to return the result" (Excel.Range
   * reference). The reference names no error; the fake fails the request with GeneralException.
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, this.sheetOf, (s) => {
      requireApi(this.ctx.book, "1.13", "Range.getMergedAreasOrNullObject");
      const b = this.boxOf(s);
      if (!b) return null;
      const m = s.merges.filter((x) => x.top >= b.top && x.top <= b.bottom && x.left >= b.left && x.left <= b.right);
      if (m.length > MAX_MERGED_AREAS) fail("GeneralException", "There was an internal error while processing the request.");
      return m.length ? m : null;
    });
  }

  /** the row at `index` (0-based) of the range */
  getRow(index: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetOf, (s) => {
      const b = this.boxOf(s);
      return b ? { top: b.top + index, bottom: b.top + index, left: b.left, right: b.right } : null;
    });
  }

  /** the range grown (or shrunk) by rows and columns from its bottom-right corner (ExcelApi 1.7) */
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetOf, (s) => {
      const b = this.boxOf(s);
      if (!b) return null;
      const out = { ...b, bottom: b.bottom + deltaRows, right: b.right + deltaColumns };
      if (out.bottom < out.top || out.right < out.left || out.bottom > MAX_ROWS || out.right > MAX_COLS) fail("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      return out;
    });
  }

  getSpecialCellsOrNullObject(cellType: string, valueType?: string): FakeRangeAreas {
    if (valueType !== "Errors") fail("InvalidArgument", "fake supports Errors only");
    return new FakeRangeAreas(this.ctx, this.sheetOf, (s) => {
      requireApi(this.ctx.book, "1.9", "Range.getSpecialCellsOrNullObject");
      const b = this.boxOf(s);
      if (!b) return null;
      const out: Box[] = [];
      for (const [k, c] of s.cells) {
        if (c.error === undefined || (cellType === "Formulas") !== (c.formula !== undefined)) continue;
        const [row, col] = k.split(":").map(Number) as [number, number];
        if (row >= b.top && row <= b.bottom && col >= b.left && col <= b.right) out.push({ top: row, left: col, bottom: row, right: col });
      }
      return out.length ? out : null;
    });
  }

  getCellProperties(opts: { format?: { fill?: Record<string, boolean> } }): { readonly value: unknown[][] } {
    const result = new (class extends Loaded {
      get value(): unknown[][] {
        return this.got("value");
      }
      set(v: unknown[][], bytes: number) {
        this.put({ value: v }, bytes);
      }
    })(this.ctx);
    const want = Object.keys(opts.format?.fill ?? {}).filter((k) => opts.format?.fill?.[k]);
    this.ctx.enqueue(() => {
      requireApi(this.ctx.book, "1.9", "Range.getCellProperties");
      const { sheet, box } = this.resolve();
      const grid: unknown[][] = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const row: unknown[] = [];
        for (let c = box.left; c <= box.right; c++) {
          const fill = reportedFill(sheet.peek(r, c)?.fill ?? NO_FILL);
          row.push({ format: { fill: Object.fromEntries(want.map((k) => [k, fill[k as keyof typeof fill]])) } });
        }
        grid.push(row);
      }
      result.set(grid, JSON.stringify(grid).length);
    });
    return result;
  }

  setCellProperties(grid: { format?: { fill?: Partial<Cell["fill"]> } }[][]): void {
    this.ctx.request(JSON.stringify(grid).length);
    this.ctx.enqueue(() => {
      requireApi(this.ctx.book, "1.9", "Range.setCellProperties");
      const { sheet, box } = this.resolve();
      guardFormat(sheet);
      this.grid(grid, box);
      this.ctx.book.stats.formatOps++;
      grid.forEach((row, i) =>
        row.forEach((p, j) => {
          const c = sheet.cell(box.top + i, box.left + j);
          if (p.format?.fill) c.fill = { ...c.fill, ...p.format.fill };
        }),
      );
    });
  }
}

/** getRanges("A1:B2,D5"): checks the documented address limit */
export function rangeAreas(ctx: FakeContext, sheetOf: SheetRef, address: string): FakeRangeAreas {
  ctx.book.stats.maxAddressChars = Math.max(ctx.book.stats.maxAddressChars, address.length);
  ctx.request(address.length);
  return new FakeRangeAreas(ctx, sheetOf, () => {
    requireApi(ctx.book, "1.9", "Worksheet.getRanges");
    if (address.length > 8192) fail("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    return splitList(address).map(parseBox);
  });
}
