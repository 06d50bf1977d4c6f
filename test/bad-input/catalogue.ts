// the shared assertions of the bad-input catalogue: exit status, one clear line, input bytes unchanged
import { existsSync } from "node:fs";
import { expect } from "vitest";
import { run, sha256, type Run } from "../fixtures/build.js";

export const KG = ["--campaign", "kien-giang-2021-covid"];

/** runs thidua; checks the status, that stderr is at most `lines` lines without a stack, and that no input changed */
export async function runCase(argv: string[], o: { code: number; lines?: number; inputs?: string[]; report?: boolean }): Promise<Run> {
  const inputs = (o.inputs ?? argv.filter((a) => /\.xlsx$/i.test(a))).filter((f) => existsSync(f));
  const before = await Promise.all(inputs.map(sha256));
  const r = await run(...argv);
  expect(r.code, r.err).toBe(o.code);
  expect(r.err).not.toMatch(/\n\s+at |Error:|Lỗi không mong đợi|Unexpected error/);
  if (o.code === 2) {
    const lines = r.err.trimEnd().split("\n");
    expect(lines.length, r.err).toBe(o.lines ?? 1);
    expect(r.err.endsWith("\n")).toBe(true);
    if (!o.report) expect(r.out).toBe("");
  }
  expect(await Promise.all(inputs.map(sha256))).toEqual(before);
  return r;
}

export const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** every cell of every sheet of the original reads back equal from the copy (SheetJS, an independent reader) */
export async function sameCells(input: string, copy: string): Promise<void> {
  const { readBack } = await import("./reader.js");
  const [a, b] = await Promise.all([readBack(input), readBack(copy)]);
  for (const sheet of a.sheets) expect(b.cells.get(sheet), sheet).toEqual(a.cells.get(sheet));
  expect(b.sheets.slice(0, a.sheets.length)).toEqual(a.sheets);
}
