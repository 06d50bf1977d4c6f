// progress on stderr: for large files, and only when stderr is a terminal
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { HEADER, excellent, tmp } from "../fixtures/build.js";

let big: string;

beforeAll(async () => {
  big = join(await tmp(), "large-list.xlsx");
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: big, useSharedStrings: true });
  const ws = wb.addWorksheet("Danh sách");
  ws.addRow(HEADER).commit();
  for (let i = 1; i <= 25_000; i++) ws.addRow(excellent(i, "Sở Y tế", `Người ${i}`)).commit();
  ws.commit();
  await wb.commit();
});

async function stderrOf(isTTY: boolean): Promise<string> {
  let err = "";
  await main(["check", big, "--campaign", "kien-giang-2021-covid", "--format", "json"], { out: () => undefined, err: (s) => void (err += s), errIsTTY: isTTY });
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
});
