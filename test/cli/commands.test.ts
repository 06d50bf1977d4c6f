// thidua presets, rules check, rules schema, --help
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PRESETS } from "../../src/presets/index.js";
import { run, tmp } from "../fixtures/build.js";

describe("presets", () => {
  it("lists every built-in campaign, one a line: id and name", async () => {
    const r = await run("presets");
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split("\n");
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual([
      "kien-giang-2021-covid",
      "kon-tum-snv-2021-covid",
      "hung-yen-2021-covid",
      "kien-giang-2019-party-congress",
      "tuyen-quang-2021-covid",
      "luat-tdkt-2022",
    ]);
    PRESETS.forEach((p, i) => expect(lines[i]).toContain(p.name.vi));
    const en = await run("presets", "--lang", "en");
    PRESETS.forEach((p) => expect(en.out).toContain(p.name.en));
  });
});

describe("rules check", () => {
  it("accepts a valid rule file", async () => {
    const r = await run("rules", "check", "src/presets/kien-giang-2021-covid.json");
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toMatch(/^Hợp lệ: kien-giang-2021-covid — .+ \(\d+ quy tắc\)\n$/);
  });

  it("lists every error of a broken file with its JSON path", async () => {
    const f = join(await tmp(), "broken.json");
    await writeFile(
      f,
      JSON.stringify({
        id: "Bad Id",
        name: { vi: "Kế hoạch" },
        plan: { title: "KH" },
        rules: [
          { id: "t", kind: "threshold", anyOf: [{ field: "contribution" }] },
          { id: "q", kind: "quota", limits: [{ group: "dept", min: 5, max: -1 }] },
          { id: "x", kind: "nonsense" },
        ],
      }),
    );
    const r = await run("rules", "check", f);
    expect(r.code).toBe(1);
    const lines = r.out.trimEnd().split("\n");
    expect(lines[0]).toMatch(new RegExp(`^${f.replace(/[.]/g, "\\.")}: \\d+ lỗi$`));
    const paths = lines.slice(1).map((l) => l.trim().split(":")[0]);
    expect(paths).toEqual(expect.arrayContaining(["$.id", "$.name.en", "$.rules[0].anyOf[0].min", "$.rules[1].limits[0].max", "$.rules[2].kind"]));
    const json = await run("rules", "check", f, "--format", "json");
    expect(JSON.parse(json.out)).toMatchObject({ ok: false, errors: expect.arrayContaining([{ path: "$.id", message: expect.any(String) }]) });
  });

  it("reports a file that is not JSON as its one error", async () => {
    const f = join(await tmp(), "not-json.json");
    await writeFile(f, "{ id: kien-giang }");
    const r = await run("rules", "check", f);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^ {2}\$: /m);
  });

  it("stops with exit 2 when the file is not there", async () => {
    const r = await run("rules", "check", "no-such-rules.json");
    expect(r).toMatchObject({ code: 2, out: "", err: "Không tìm thấy tệp quy tắc: no-such-rules.json\n" });
  });
});

describe("rules schema", () => {
  it("prints the rule files' JSON Schema", async () => {
    const r = await run("rules", "schema");
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.out) as { type: string; properties: Record<string, unknown>; required: string[] };
    expect(schema.type).toBe("object");
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["id", "name", "plan", "rules", "fields", "unitGroups"]));
    expect(schema.required).toEqual(expect.arrayContaining(["id", "name", "plan", "rules"]));
  });
});

describe("help and version", () => {
  it("prints help on stdout and exits 0", async () => {
    const r = await run("check", "--help");
    expect(r.code).toBe(0);
    expect(r.out).toContain("--campaign <campaign>");
    expect(r.out).toContain("--out-dir <dir>");
  });

  it("prints the version", async () => {
    const r = await run("--version");
    expect(r).toMatchObject({ code: 0, out: "0.1.0\n" });
  });
});
