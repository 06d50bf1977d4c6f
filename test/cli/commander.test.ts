// commander's own words in the user's language; English counts in the right number
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { excellent, listWorkbook, run, tmp } from "../fixtures/build.js";

describe("argument errors in the user's language", () => {
  it.each([
    [["check"], "thiếu tham số bắt buộc “inputs”", "missing required argument “inputs”"],
    [["check", "a.xlsx", "--format", "xml"], "giá trị “xml” của tùy chọn “--format <format>” không hợp lệ; chọn một trong: text, json", "“xml” is not a valid value of option “--format <format>”; choose one of: text, json"],
    [["check", "a.xlsx", "--bogus"], "không có tùy chọn “--bogus”", "unknown option “--bogus”"],
    [["chek"], "không có lệnh “chek”", "unknown command “chek”"],
    [["check", "a.xlsx", "--campaign"], "tùy chọn “--campaign <campaign>” cần một giá trị", "option “--campaign <campaign>” needs a value"],
    [["rules", "new"], "thiếu tùy chọn bắt buộc “--from <campaign>”", "required option “--from <campaign>” not given"],
    [["presets", "extra"], "thừa tham số: lệnh nhận 0, đã có 1", "too many arguments: the command takes 0, got 1"],
  ])("%j", async (argv, vi, en) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Tham số không hợp lệ: ${vi} (xem thidua --help)\n`);
    const e = await run(...argv, "--lang", "en");
    expect(e.err).toBe(`Bad arguments: ${en} (see thidua --help)\n`);
  });
});

describe("--help in the user's language", () => {
  it("says choices and defaults, and the usage line, in Vietnamese", async () => {
    const { out } = await run("check", "--help");
    expect(out).toContain("Cách dùng: thidua check [tùy chọn] <tệp hoặc thư mục...>");
    expect(out).toMatch(/chọn: text, json;\s+mặc định: text/);
    expect(out).not.toMatch(/choices|default|\[options\]/);
    expect(out).not.toContain("(default: [])");
  });

  it("lists the commands with their usage in Vietnamese, not commander's [options]", async () => {
    for (const argv of [["--help"], ["rules", "--help"]]) {
      const { out } = await run(...argv);
      expect(out).not.toContain("[options]");
    }
    const { out } = await run("--help");
    expect(out).toMatch(/^ {2}check \[tùy chọn\] <tệp hoặc thư mục\.\.\.> +kiểm tra/m);
    expect(out).toMatch(/^ {2}presets \[tùy chọn\] +liệt kê/m);
    const rules = await run("rules", "--help");
    expect(rules.out).toMatch(/^ {2}check \[tùy chọn\] <tệp> +/m);
    const en = await run("--help", "--lang", "en");
    expect(en.out).toMatch(/^ {2}check \[options\] <(?:inputs|files or folders)\.\.\.> +check one/m);
  });

  it("and in English with --lang en", async () => {
    const { out } = await run("check", "--help", "--lang", "en");
    expect(out).toMatch(/choices: text, json;\s+default: text/);
  });
});

describe("English counts", () => {
  it("say 1 row, 1 error, 1 warning and 2 rows, 2 errors", async () => {
    const dir = await tmp();
    const one = await listWorkbook(join(dir, "one.xlsx"), [excellent(1, "Sở Y tế")]);
    const { out } = await run("check", one, "--campaign", "kien-giang-2021-covid", "--lang", "en");
    expect(out).toContain("(1 row)");
    expect(out).toMatch(/Total: 1 row, 0 errors, 1 warning, 0 info\./);
    const r = await run("rules", "check", "examples/rules/khen-thuong-chung.json", "--lang", "en");
    expect(r.out).toContain("(4 rules)");
  });
});
