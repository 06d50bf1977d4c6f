// property-based: a few thousand random cell texts (XML specials, $-patterns, control characters, astral
// characters, OOXML's own _xHHHH_) in one generated workbook come back unchanged from the --out copy,
// read by SheetJS (an independent reader), and thidua reads them as they were written
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeLegacy, looksLikeTcvn3 } from "../../src/engine/index.js";
import { readWorkbook } from "../../src/node/read.js";
import { HEADER, tmp } from "../fixtures/build.js";
import { KG, runCase, sameCells } from "../bad-input/catalogue.js";
import { writePackage } from "../bad-input/package.js";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const N = 2500;

const piece = fc.oneof(
  fc.constantFrom("$&", "$`", "$'", "$1", "$$", "$<a>", "&", "<", ">", '"', "'", "]]>", "<!--", "&amp;", "_x0041_", "_x005F_", "\t", "\n", "\r\n", " ", "  "),
  fc.constantFrom("\u0001", "\u000b", "\u001f", "\u007f", "\u0085", "\u00a0", "\u200b", "\ufeff", "\ufffd"),
  fc.constantFrom("🎉", "𠀀", "👨‍👩‍👧", "Nguyễn", "Nguye\u0302\u0303n", "Đ", "="),
  fc.string({ maxLength: 6 }),
);
const text = fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join(""));

/** how Excel writes text: XML escapes, characters XML cannot hold as _xHHHH_, a literal _x…_ as _x005F_x…_ */
function ooxml(s: string): string {
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_`)
    .replace(/\r/g, "_x000D_");
}

let texts: string[];
let file: string;
let dir: string;

beforeAll(async () => {
  dir = await tmp();
  texts = fc.sample(text, { numRuns: N, seed: 20261201 }).filter((t) => t.trim() !== "");
  const cell = (ref: string, s: string) => `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${ooxml(s)}</t></is></c>`;
  const head = HEADER.map((h, j) => cell(`${String.fromCharCode(65 + j)}3`, h)).join("");
  const rows = texts.map((t, i) => {
    const r = i + 4;
    return `<row r="${r}"><c r="A${r}"><v>${i + 1}</v></c>${cell(`B${r}`, t)}${cell(`C${r}`, "Cá nhân")}${cell(`D${r}`, "Sở Y tế")}${cell(`E${r}`, "Bằng khen UBND tỉnh")}${cell(`F${r}`, "Ủng hộ")}${cell(`G${r}`, t)}</row>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData><row r="1">${cell("A1", "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG")}</row><row r="3">${head}</row>${rows.join("")}</sheetData></worksheet>`;
  file = await writePackage(join(dir, "random-texts.xlsx"), { sheets: [{ name: "Danh sách", part: "xl/worksheets/sheet1.xml", xml }] });
});

describe("random cell texts", () => {
  it(`thidua reads ${N} generated texts exactly as written`, async () => {
    const rows = (await readWorkbook(file)).sheets[0]!.rows;
    texts.forEach((t, i) => {
      // text without a font hint that looks like TCVN3 (Latin-1 symbols, no Unicode Vietnamese) is decoded
      // by the engine's one decoder, by design; everything else arrives exactly as written
      expect(rows[i + 3]![1]).toBe(looksLikeTcvn3(t) ? decodeLegacy(t) : t);
    });
  });

  it("come back unchanged from the --out copy, which an independent reader opens", async () => {
    const out = join(dir, "random-texts-checked.xlsx");
    await runCase(["check", file, ...KG, "--out", out], { code: 1 });
    await sameCells(file, out);
  });
});
