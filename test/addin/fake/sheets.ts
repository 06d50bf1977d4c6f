// fake Worksheet, its collection, notes and threaded comments
import { type FakeContext, Loaded, propList } from "./context.js";
import { a1, type Box, fail, type FakeSheet, MAX_COLS, MAX_ROWS, parseBox, requireApi } from "./model.js";
import { FakeRange, type FakeRangeAreas, rangeAreas } from "./ranges.js";

type Resolve = () => FakeSheet | null;

function cellBox(address: string): Box {
  const b = parseBox(address);
  if (b.top !== b.bottom || b.left !== b.right) fail("InvalidCellAddress", `not a single cell: ${address}`);
  return b;
}

/** notes are keyed by the plain cell address ("F10") */
function canon(address: string): string {
  const b = cellBox(address);
  return a1(b.top, b.left);
}

function sameCell(a: string, b: string): boolean {
  return canon(a) === canon(b);
}

function guardAnnotate(sheet: FakeSheet): void {
  if (sheet.protected) fail("AccessDenied", "The sheet is protected.");
}

class FakeNote extends Loaded {
  constructor(
    ctx: FakeContext,
    private readonly sheetOf: () => FakeSheet,
    private readonly cell: string,
  ) {
    super(ctx);
  }
  load(_props?: string | string[]): this {
    this.ctx.enqueue(() => {
      requireApi(this.ctx.book, "1.18", "notes");
      const s = this.sheetOf();
      const k = canon(this.cell);
      this.put({ isNullObject: !s.notes.has(k), content: s.notes.get(k) }, 64);
    });
    return this;
  }
  get content(): string {
    return this.got("content");
  }
  set content(v: string) {
    this.ctx.request(v.length);
    this.ctx.enqueue(() => {
      const s = this.sheetOf();
      guardAnnotate(s);
      const k = canon(this.cell);
      if (!s.notes.has(k)) fail("ItemNotFound", "note not found");
      this.ctx.book.stats.annotationOps++;
      s.notes.set(k, v);
    });
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.sheetOf();
      guardAnnotate(s);
      const k = canon(this.cell);
      if (!s.notes.has(k)) fail("ItemNotFound", "note not found");
      this.ctx.book.stats.annotationOps++;
      s.notes.delete(k);
    });
  }
}

class FakeComment extends Loaded {
  constructor(
    ctx: FakeContext,
    private readonly sheetOf: () => FakeSheet,
    readonly commentId: string,
  ) {
    super(ctx);
  }
  private find() {
    const c = this.sheetOf().comments.find((x) => x.id === this.commentId);
    if (!c) fail("ItemNotFound", "comment not found");
    return c;
  }
  get content(): string {
    return this.got("content");
  }
  set content(v: string) {
    this.ctx.enqueue(() => {
      guardAnnotate(this.sheetOf());
      this.ctx.book.stats.annotationOps++;
      this.find().content = v;
    });
  }
  setLoaded(content: string): void {
    this.data.set("content", content);
    this.data.set("isNullObject", false);
  }
  getLocation(): FakeRange {
    return new FakeRange(this.ctx, this.sheetOf, () => parseBox(this.find().cell));
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.sheetOf();
      guardAnnotate(s);
      this.find();
      this.ctx.book.stats.annotationOps++;
      s.comments = s.comments.filter((x) => x.id !== this.commentId);
    });
  }
}

/**
 * Worksheet.customProperties (ExcelApi 1.12): add(key, value) overwrites a property with that key; keys
 * are case-insensitive; getItemOrNullObject gives a null object when there is none
 * (learn.microsoft.com/javascript/api/excel/excel.worksheetcustompropertycollection). They are saved
 * with the sheet, so they survive save and reopen (FakeBook.saveAndReopen).
 */
class FakeCustomProperty extends Loaded {
  constructor(
    ctx: FakeContext,
    private readonly sheetOf: () => FakeSheet,
    private readonly key: string,
  ) {
    super(ctx);
  }
  load(_props?: string | string[]): this {
    this.ctx.enqueue(() => {
      requireApi(this.ctx.book, "1.12", "Worksheet.customProperties");
      const p = this.sheetOf().customProperties.get(this.key.toLowerCase());
      this.put({ isNullObject: !p, value: p?.value, key: p?.key }, 64 + (p?.value.length ?? 0));
    });
    return this;
  }
  get value(): string {
    return this.got("value");
  }
}

class FakeCustomProperties {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetOf: () => FakeSheet,
  ) {}
  getItemOrNullObject(key: string): FakeCustomProperty {
    return new FakeCustomProperty(this.ctx, this.sheetOf, key);
  }
  add(key: string, value: string): FakeCustomProperty {
    this.ctx.request(key.length + value.length);
    this.ctx.enqueue(() => {
      requireApi(this.ctx.book, "1.12", "Worksheet.customProperties.add");
      this.sheetOf().customProperties.set(key.toLowerCase(), { key, value });
    });
    return new FakeCustomProperty(this.ctx, this.sheetOf, key);
  }
}

export class FakeWorksheet extends Loaded {
  constructor(
    ctx: FakeContext,
    private readonly resolveSheet: Resolve,
    private readonly missing = "ItemNotFound",
  ) {
    super(ctx);
  }

  /** like Office.js, a proxy is bound to the sheet it first resolved to (renaming it does not lose it) */
  private bound: FakeSheet | undefined;
  private target(): FakeSheet | null {
    if (this.bound) return this.bound;
    const s = this.resolveSheet();
    if (s) this.bound = s;
    return s;
  }

  sheet = (): FakeSheet => this.target() ?? fail(this.missing, "The requested resource doesn't exist.");

  load(props?: string | string[]): this {
    const want = propList(props);
    this.ctx.enqueue(() => {
      const s = this.target();
      const out: Record<string, unknown> = { isNullObject: !s };
      if (s) for (const p of want) out[p] = p === "id" ? s.id : p === "name" ? s.name : p === "visibility" ? s.visibility : fail("InvalidArgument", p);
      this.put(out, 64);
    });
    return this;
  }
  setLoaded(s: FakeSheet, want: string[]): void {
    this.data.set("isNullObject", false);
    for (const p of want) this.data.set(p, p === "id" ? s.id : p === "name" ? s.name : s.visibility);
  }

  get name(): string {
    return this.got("name");
  }
  set name(v: string) {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      if (this.ctx.book.sheet(v) && this.ctx.book.sheet(v) !== s) fail("ItemAlreadyExists", v);
      s.name = v;
    });
  }
  get id(): string {
    return this.got("id");
  }
  get visibility(): string {
    return this.got("visibility");
  }
  set visibility(v: "Visible" | "Hidden" | "VeryHidden") {
    this.ctx.enqueue(() => void (this.sheet().visibility = v));
  }

  readonly protection = (() => {
    const self = this;
    const p = new (class extends Loaded {
      load(_props?: string | string[]) {
        self.ctx.enqueue(() => this.put({ protected: self.sheet().protected }, 16));
        return this;
      }
      get protected(): boolean {
        return this.got("protected");
      }
    })(this.ctx);
    return p;
  })();

  getUsedRange(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this.sheet, (s) => s.usedBox() ?? { top: 1, left: 1, bottom: 1, right: 1 });
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, this.sheet, () => (address ? parseBox(address) : { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS }));
  }
  getRanges(address: string): FakeRangeAreas {
    return rangeAreas(this.ctx, this.sheet, address);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, this.sheet, () => ({ top: row + 1, left: col + 1, bottom: row + rows, right: col + cols }));
  }
  getCell(row: number, col: number): FakeRange {
    return this.getRangeByIndexes(row, col, 1, 1);
  }

  get customProperties(): FakeCustomProperties {
    return new FakeCustomProperties(this.ctx, this.sheet);
  }

  readonly onChanged = {
    add: (handler: FakeSheet["handlers"][number]) => {
      this.ctx.enqueue(() => void this.sheet().handlers.push(handler));
      return {
        remove: () => {
          this.ctx.enqueue(() => {
            const s = this.sheet();
            s.handlers = s.handlers.filter((h) => h !== handler);
          });
        },
      };
    },
  };

  readonly notes = {
    getItemOrNullObject: (cell: string) => new FakeNote(this.ctx, this.sheet, cell),
    add: (cell: string, content: string) => {
      this.ctx.request(content.length);
      this.ctx.enqueue(() => {
        requireApi(this.ctx.book, "1.18", "notes.add");
        const s = this.sheet();
        guardAnnotate(s);
        if (s.notes.has(canon(cell))) fail("InvalidOperation", "the cell already has a note");
        if (s.comments.some((c) => sameCell(c.cell, cell))) fail("InvalidOperation", "the cell has a threaded comment");
        this.ctx.book.stats.annotationOps++;
        s.notes.set(canon(cell), content);
      });
      return new FakeNote(this.ctx, this.sheet, cell);
    },
  };

  readonly comments = (() => {
    const self = this;
    const list = new (class extends Loaded {
      load(_props?: string | string[]) {
        self.ctx.enqueue(() => {
          requireApi(self.ctx.book, "1.10", "comments");
          const items = self.sheet().comments.map((c) => {
            const p = new FakeComment(self.ctx, self.sheet, c.id);
            p.setLoaded(c.content);
            return p;
          });
          this.put({ items }, 64 * items.length);
        });
        return this;
      }
      get items(): FakeComment[] {
        return this.got("items");
      }
      /**
       * CommentCollection.add(cellAddress, content): "This can be a Range object or a string. If it's a
       * string, it must contain the full address, including the sheet name. An InvalidArgument error is
       * thrown if the provided range is larger than one cell" (Excel.CommentCollection reference)
       */
      add(target: string | FakeRange, content: string) {
        self.ctx.request(content.length);
        const id = self.ctx.book.newId("comment-");
        let cell = "";
        self.ctx.enqueue(() => {
          requireApi(self.ctx.book, "1.10", "comments.add");
          const s = self.sheet();
          guardAnnotate(s);
          if (typeof target === "string") {
            if (!target.includes("!")) fail("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
            cell = target;
          } else {
            const at = target.boxNow();
            if (at.sheet !== s) fail("InvalidArgument", "the range is on another sheet");
            cell = a1(at.box.top, at.box.left);
            if (at.box.top !== at.box.bottom || at.box.left !== at.box.right) fail("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
          }
          cellBox(cell);
          if (s.comments.some((c) => sameCell(c.cell, cell))) fail("InvalidOperation", "the cell already has a comment");
          if (s.notes.has(canon(cell))) fail("InvalidOperation", "the cell has a note");
          self.ctx.book.stats.annotationOps++;
          s.comments.push({ id, cell: canon(cell), content });
        });
        return new FakeComment(self.ctx, self.sheet, id);
      }
    })(this.ctx);
    return list;
  })();

  activate(): void {
    this.ctx.enqueue(() => void (this.ctx.book.active = this.sheet()));
  }

  /** WorksheetFreezePanes.freezeRows (ExcelApi 1.7) */
  readonly freezePanes = {
    freezeRows: (n: number) =>
      this.ctx.enqueue(() => {
        requireApi(this.ctx.book, "1.7", "freezePanes");
        this.sheet().frozenRows = n;
      }),
  };

  /** AutoFilter.apply(range) (ExcelApi 1.9) */
  readonly autoFilter = {
    apply: (range: { address?: string } & object) =>
      this.ctx.enqueue(() => {
        requireApi(this.ctx.book, "1.9", "autoFilter");
        this.sheet().autoFilter = (range as unknown as { internalAddress(): string }).internalAddress();
      }),
  };

  /** PageLayout (ExcelApi 1.9): orientation, paper size, fit-to-pages zoom, print title rows */
  readonly pageLayout = (() => {
    const self = this;
    const put = (k: "orientation" | "paperSize" | "zoom" | "printTitleRows", v: unknown) =>
      self.ctx.enqueue(() => {
        requireApi(self.ctx.book, "1.9", "pageLayout");
        (self.sheet().pageLayout as Record<string, unknown>)[k] = v;
      });
    return {
      set orientation(v: string) {
        put("orientation", v);
      },
      set paperSize(v: string) {
        put("paperSize", v);
      },
      set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number }) {
        put("zoom", { ...v });
      },
      setPrintTitleRows(rows: string) {
        put("printTitleRows", rows);
      },
    };
  })();

  /**
   * "if the worksheet's visibility is set to "VeryHidden", the delete operation will fail with an
   * InvalidOperation exception. You should first change its visibility to hidden or visible" (Worksheet.delete)
   */
  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      const book = this.ctx.book;
      if (s.visibility === "VeryHidden") fail("InvalidOperation", "This operation cannot be performed on a very hidden worksheet.");
      if (book.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0) fail("InvalidOperation", "a workbook needs a visible sheet");
      book.sheets = book.sheets.filter((x) => x !== s);
      if (book.active === s) book.active = book.sheets.find((x) => x.visibility === "Visible") ?? null;
    });
  }
}

export class FakeWorksheetCollection extends Loaded {
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(name) ?? null);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(name) ?? null, "InvalidOperation");
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.active);
  }
  add(name: string): FakeWorksheet {
    let made: FakeSheet | null = null;
    this.ctx.enqueue(() => {
      if (this.ctx.book.structureProtected) fail("AccessDenied", "The workbook's structure is protected.");
      if (this.ctx.book.sheet(name)) fail("ItemAlreadyExists", `A sheet named ${name} exists.`);
      if (name.length > 31 || /[:\\/?*[\]]/.test(name)) fail("InvalidArgument", `bad sheet name ${name}`);
      made = this.ctx.book.addSheet(name, "addin");
    });
    return new FakeWorksheet(this.ctx, () => made);
  }
  load(props?: string | string[]): this {
    const want = propList(props).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue(() => {
      const items = this.ctx.book.sheets.map((s) => {
        const w = new FakeWorksheet(this.ctx, () => s);
        w.setLoaded(s, want);
        return w;
      });
      this.put({ items }, 64 * items.length);
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    return this.got("items");
  }
}
