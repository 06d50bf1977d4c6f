// bad-input catalogue, output paths: every failure to create or write a copy is the one "cannot write" line,
// exit 2, and leaves no partial or temporary file behind
import { existsSync } from "node:fs";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { excellent, listWorkbook, tmp } from "../fixtures/build.js";
import { KG, esc, runCase } from "./catalogue.js";

let dir: string;
let good: string;

beforeAll(async () => {
  dir = await tmp();
  good = await listWorkbook(join(dir, "good.xlsx"), [excellent(1, "Sở Y tế")]);
  await writeFile(join(dir, "a-file"), "not a folder");
  await mkdir(join(dir, "a-folder.xlsx"));
});

/** nothing but what the test made: no copy, no .~thidua temp file */
async function untouched(): Promise<void> {
  expect((await readdir(dir)).sort()).toEqual(["a-file", "a-folder.xlsx", "good.xlsx"]);
  expect(await readdir(join(dir, "a-folder.xlsx"))).toEqual([]);
}

describe("outputs that cannot be written", () => {
  it.each([
    ["--out-dir under a path that is a file (ENOTDIR on mkdir)", ["--out-dir", "a-file/out"], "a-file/out", "một phần của đường dẫn là tệp, không phải thư mục \\(ENOTDIR\\)"],
    ["--out into a folder that does not exist", ["--out", "missing/x.xlsx"], "missing/x.xlsx", "thư mục chứa nó không tồn tại \\(ENOENT\\)"],
    ["--out onto an existing folder", ["--out", "a-folder.xlsx"], "a-folder.xlsx", "đó là một thư mục \\((EISDIR|ENOTEMPTY|EEXIST)\\)"],
    ["--out under a path that is a file", ["--out", "a-file/x.xlsx"], "a-file/x.xlsx", "một phần của đường dẫn là tệp, không phải thư mục \\(ENOTDIR\\)"],
  ])("%s", async (_, opt, target, reason) => {
    const argv = opt.map((a, i) => (i === 1 ? join(dir, a) : a));
    const r = await runCase(["check", good, ...KG, ...argv], { code: 2, inputs: [good] });
    expect(r.err.trimEnd()).toMatch(new RegExp(`^Không ghi được ${esc(join(dir, target))}: ${reason}$`));
    await untouched();
  });

  // as root every folder is writable; /sys refuses new files and folders even to root (EACCES / EPERM),
  // which is what a read-only place gives a clerk
  it.runIf(existsSync("/sys/kernel"))("a place where nothing may be written", async () => {
    const r = await runCase(["check", good, ...KG, "--out-dir", "/sys/thidua-out", "--lang", "en"], { code: 2, inputs: [good] });
    expect(r.err.trimEnd()).toMatch(/^Cannot write \/sys\/thidua-out: (writing there is not permitted \(EPERM\)|no permission to write there \(EACCES\))$/);
    const f = await runCase(["check", good, ...KG, "--out", "/sys/thidua.xlsx"], { code: 2, inputs: [good] });
    expect(f.err.trimEnd()).toMatch(/^Không ghi được \/sys\/thidua\.xlsx: /);
    expect(existsSync("/sys/thidua-out")).toBe(false);
  });

  // /proc is a folder that exists, but the kernel answers ENOENT to a new file in it: the message must not say
  // the folder is missing
  it.runIf(existsSync("/proc/self"))("a folder that exists but takes no new file: not called missing", async () => {
    const r = await runCase(["check", good, ...KG, "--out", "/proc/thidua.xlsx"], { code: 2, inputs: [good] });
    expect(r.err.trimEnd()).toBe("Không ghi được /proc/thidua.xlsx: không tạo được tệp mới trong thư mục đó (ENOENT)");
    const e = await runCase(["check", good, ...KG, "--out", "/proc/thidua.xlsx", "--lang", "en"], { code: 2, inputs: [good] });
    expect(e.err.trimEnd()).toBe("Cannot write /proc/thidua.xlsx: its folder takes no new file (ENOENT)");
  });
});
