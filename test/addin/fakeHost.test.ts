// the fake host's own behaviours, each as the documentation or an office-js issue says Excel behaves
import { describe, expect, test } from "vitest";
import { createFakeHost } from "./fake/host.js";
import { FakeBook } from "./fake/model.js";

async function run<T>(book: FakeBook, api: string, fn: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
  return createFakeHost(book, { api }).run(fn);
}

describe("fake host behaves like Excel", () => {
  test("Worksheet.id changes on save and reopen; the first sheet of every reopened book has the same id (#297, #1390, #552)", () => {
    const a = new FakeBook();
    a.addSheet("Danh sách");
    a.addSheet("Khác");
    const b = new FakeBook();
    b.addSheet("Một trang");
    const [ra, rb] = [a.saveAndReopen(), b.saveAndReopen()];
    expect(ra.sheets[0]!.id).not.toBe(a.sheets[0]!.id);
    expect(ra.sheets[0]!.id).toBe(rb.sheets[0]!.id);
    expect(ra.sheets[1]!.id).not.toBe(ra.sheets[0]!.id);
  });

  test("worksheet custom properties: case-insensitive keys, add overwrites, saved with the file, ExcelApi 1.12", async () => {
    const book = new FakeBook();
    book.addSheet("Danh sách");
    await run(book, "1.12", async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Danh sách");
      ws.customProperties.add("Thidua.Key", "a");
      ws.customProperties.add("thidua.key", "b");
      await ctx.sync();
    });
    const again = book.saveAndReopen();
    const value = await run(again, "1.12", async (ctx) => {
      const p = ctx.workbook.worksheets.getItem("Danh sách").customProperties.getItemOrNullObject("THIDUA.KEY");
      const none = ctx.workbook.worksheets.getItem("Danh sách").customProperties.getItemOrNullObject("other");
      p.load("value");
      none.load("value");
      await ctx.sync();
      return [p.value, none.isNullObject];
    });
    expect(value).toEqual(["b", true]);
    await expect(
      run(again, "1.11", async (ctx) => {
        ctx.workbook.worksheets.getItem("Danh sách").customProperties.getItemOrNullObject("x").load("value");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("getCellProperties: No Fill and solid white both read #FFFFFF with pattern null; tintAndShade null only for No Fill (#6218, #4900)", async () => {
    const book = new FakeBook();
    const s = book.addSheet("S");
    s.cell(2, 1).fill = { color: "#FFFFFF", pattern: "Solid", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 };
    s.cell(3, 1).fill = { color: "#92D050", pattern: "LightUp", patternColor: "#FF0000", tintAndShade: 0.25, patternTintAndShade: 0 };
    const grid = await run(book, "1.18", async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:A3").getCellProperties({ format: { fill: { color: true, pattern: true, tintAndShade: true } } });
      await ctx.sync();
      return r.value.map((row) => row[0]?.format?.fill);
    });
    expect(grid).toEqual([
      { color: "#FFFFFF", pattern: null, tintAndShade: null },
      { color: "#FFFFFF", pattern: null, tintAndShade: 0 },
      { color: "#92D050", pattern: "LightUp", tintAndShade: 0.25 },
    ]);
  });
});

describe("fake host: cell-edit mode, comments, very hidden sheets, late events", () => {
  test("in cell-edit mode a batch fails unless run with delayForCellEdit, which waits until the edit ends (RunOptions)", async () => {
    const book = new FakeBook();
    book.addSheet("S");
    book.startCellEdit();
    const host = createFakeHost(book);
    const batch = async (ctx: Excel.RequestContext) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.load("name");
      await ctx.sync();
      return ws.name;
    };
    await expect(host.run(batch)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    let done = false;
    const waiting = host.run(batch, { delayForCellEdit: true }).then((n) => ((done = true), n));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    book.endCellEdit();
    expect(await waiting).toBe("S");
  });

  test("comments.add takes a Range or a sheet-qualified address; a bare address is an invalid argument (CommentCollection.add)", async () => {
    const book = new FakeBook();
    book.addSheet("S");
    const add = (target: (ws: Excel.Worksheet) => Excel.Range | string) =>
      createFakeHost(book, { api: "1.14" }).run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("S");
        ws.comments.add(target(ws), "x");
        await ctx.sync();
      });
    await expect(add(() => "B2")).rejects.toMatchObject({ code: "InvalidArgument" });
    await add((ws) => ws.getRange("B2"));
    await add(() => "'S'!C3");
    expect(book.sheet("S")!.comments.map((c) => c.cell)).toEqual(["B2", "C3"]);
    await expect(add((ws) => ws.getRange("D4:D5"))).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("a very hidden sheet cannot be deleted until made visible or hidden (Worksheet.delete)", async () => {
    const book = new FakeBook();
    book.addSheet("S");
    book.addSheet("H", "addin").visibility = "VeryHidden";
    const del = (first: (ws: Excel.Worksheet) => void) =>
      createFakeHost(book).run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("H");
        first(ws);
        ws.delete();
        await ctx.sync();
      });
    await expect(del(() => {})).rejects.toMatchObject({ code: "InvalidOperation" });
    await del((ws) => (ws.visibility = "Hidden"));
    expect(book.sheet("H")).toBeUndefined();
  });

  test("onChanged reaches the handler after eventDelayMs, not on the next task", async () => {
    const book = new FakeBook();
    const s = book.addSheet("S");
    const seen: string[] = [];
    s.handlers.push(async (ev) => void seen.push(ev.address));
    book.eventDelayMs = 50;
    book.edit("S", "B2", "x");
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([]);
    await new Promise((r) => setTimeout(r, 80));
    expect(seen).toEqual(["B2"]);
  });
});
