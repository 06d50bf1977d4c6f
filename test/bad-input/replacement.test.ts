// issue 6: user text containing $&, $`, $', $1 … went through String.replace as a replacement pattern and
// broke xl/comments1.xml in the --out copy. Every field a user controls carries the payloads here, and an
// independent reader (SheetJS) must read the copy with every original cell and the notes intact.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { getPreset } from "../../src/presets/index.js";
import { listWorkbook, run, sha256, tmp } from "../fixtures/build.js";
import { xmlEscape, xmlUnescape } from "../../src/node/ooxml/xml.js";
import { unescapeOoxml } from "../../src/node/xlsx/sheet.js";
import { readBack } from "./reader.js";

const PAYLOADS = ["$&", "$`", "$'", "$1", "$<x>", "$$", "H?5P}P4$<f", "a$&b$`c$'d$1e", "</t></r>&amp;<![CDATA[x]]>"];
let dir: string;
let input: string;
let rules: string;

beforeAll(async () => {
  dir = await tmp();
  // each payload as an unreadable money value (its note quotes it), and as name and unit of a row below
  // the donor threshold (its note is the campaign's own message)
  const rows = PAYLOADS.flatMap((p, i) => [
    [2 * i + 1, `Nguyễn ${p} ${i}`, "Cá nhân", `Đơn vị ${p}`, "Bằng khen UBND tỉnh", "Ủng hộ", p, null],
    [2 * i + 2, `Trần ${p} ${i}`, "Cá nhân", `Đơn vị ${p}`, "Bằng khen UBND tỉnh", "Ủng hộ", 1000, null],
  ]);
  input = await listWorkbook(join(dir, "payloads.xlsx"), rows);
  const preset = structuredClone(getPreset("kien-giang-2021-covid")!) as unknown as Record<string, unknown> & { rules: Record<string, unknown>[] };
  preset["name"] = { vi: "Kế hoạch $& $1 $`", en: "Plan $' $1" };
  preset.rules = preset.rules.map((r) => ({ ...r, message: { vi: "Sai $& $' $` $1: {{value}}", en: "Wrong $& $1: {{value}}" } }));
  rules = join(dir, "rules.json");
  await writeFile(rules, JSON.stringify(preset));
});

describe("OOXML's own escape", () => {
  it("a literal _xHHHH_ in text we write reads back literally (exceljs would write it bare, read as the character)", () => {
    for (const s of ["_x0041_", "a_x005F_b", "_x00_", "__x0041__"]) expect(unescapeOoxml(xmlUnescape(xmlEscape(s)))).toBe(s);
    expect(unescapeOoxml("_x0041_")).toBe("A");
  });
});

describe("$-patterns in user text", () => {
  it("the --out copy opens in an independent reader, every original cell equal, the notes holding the text as typed", async () => {
    const before = await sha256(input);
    const out = join(dir, "checked.xlsx");
    const r = await run("check", input, "--campaign", rules, "--out", out);
    expect(r.code, r.err).toBe(1);
    expect(await sha256(input)).toBe(before);

    const [orig, copy] = await Promise.all([readBack(input), readBack(out)]);
    const sheet = orig.sheets[0]!;
    expect(copy.cells.get(sheet)).toEqual(orig.cells.get(sheet));
    const notes = [...copy.notes.get(sheet)!.values()];
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.filter((n) => n.includes("Sai $& $' $` $1: ")).length).toBeGreaterThanOrEqual(PAYLOADS.length);
    for (const p of PAYLOADS) expect(notes.some((n) => n.includes(`“${p}”`)), p).toBe(true);

    const summary = [...copy.cells.get(copy.sheets[copy.sheets.length - 1]!)!.values()].join("\n");
    expect(summary).toContain("Kế hoạch $& $1 $`");
    expect(summary).toContain("Đơn vị $&");

    // exceljs, which refused the broken comments part, reads it too
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    expect(wb.worksheets.length).toBe(2);
  });
});
