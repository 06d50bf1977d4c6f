// progress on stderr: for large files, and only when stderr is a terminal
import { copyFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { HEADER, excellent, tmp } from "../fixtures/build.js";

let big: string;
let round: string;

beforeAll(async () => {
  big = join(await tmp(), "large-list.xlsx");
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: big, useSharedStrings: true });
  const ws = wb.addWorksheet("Danh sách");
  ws.addRow(HEADER).commit();
  for (let i = 1; i <= 25_000; i++) ws.addRow(excellent(i, "Sở Y tế", `Người ${i}`)).commit();
  ws.commit();
  await wb.commit();
  // a province's round: the same small workbook sent by 25 units
  round = join(await tmp(), "round");
  await mkdir(round);
  const example = new URL("../../examples/kien-giang-2021-covid.xlsx", import.meta.url).pathname;
  for (let i = 1; i <= 25; i++) await copyFile(example, join(round, `don-vi-${String(i).padStart(2, "0")}.xlsx`));
});

async function stderrOf(isTTY: boolean, input = big, lang = "vi"): Promise<string> {
  let err = "";
  await main(["check", input, "--campaign", "kien-giang-2021-covid", "--format", "json", "--lang", lang], {
    out: () => undefined,
    err: (s) => void (err += s),
    errIsTTY: isTTY,
  });
  return err;
}

describe("progress", () => {
  it("is shown on a terminal for a large file, and cleared at the end", async () => {
    const err = await stderrOf(true);
    // the total is known when the file gives its used range (exceljs's streaming writer does not)
    expect(err).toMatch(/\r\x1b\[KĐang đọc .*large-list\.xlsx — Danh sách: \d+\/(25001|\?) dòng/);
    expect(err).toMatch(/\r\x1b\[KĐang kiểm tra: \d+\/25001 dòng/);
    expect(err.endsWith("\r\x1b[K")).toBe(true);
  });

  it("is not written when stderr is not a terminal", async () => {
    expect(await stderrOf(false)).toBe("");
  });

  it("counts the files read in a round of many files, on a terminal only", async () => {
    const err = await stderrOf(true, round);
    // the first file is shown at once; later ones at most every 200 ms
    expect(err).toMatch(/^\r\x1b\[KĐã đọc 1\/25 tệp/);
    expect(err).not.toMatch(/dòng/); // small files: no row progress
    expect(err.endsWith("\r\x1b[K")).toBe(true);
    expect(await stderrOf(true, round, "en")).toMatch(/^\r\x1b\[KRead 1\/25 files/);
    expect(await stderrOf(false, round)).toBe("");
  });
});
