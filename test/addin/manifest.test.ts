import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { pngSize, validateManifest } from "../../scripts/validate-manifest.js";

const ROOT = resolve(".");
const XML = readFileSync(join(ROOT, "manifest.xml"), "utf8");

describe("manifest.xml, checked offline", () => {
  test("the shipped manifest passes", () => {
    const r = validateManifest(XML, ROOT);
    expect(r.errors).toEqual([]);
    expect(r.checked).toBeGreaterThan(50);
  });

  test("icons are real PNGs of the sizes they are named for", () => {
    for (const n of [16, 32, 64, 80]) expect(pngSize(readFileSync(join(ROOT, "assets", `icon-${n}.png`)))).toEqual({ width: n, height: n });
  });

  test.each([
    ["an http URL", (x: string) => x.replace('"https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>', '"http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>'), /SourceLocation> must be an https URL/],
    ["a dangling resid", (x: string) => x.replace('resid="Thidua.Group.Label"', 'resid="Nope"'), /resid "Nope" has no resource/],
    ["a missing English override", (x: string) => x.replace('<Override Locale="en-US" Value="Nomination list checker"/>', ""), /<DisplayName> needs an en-US <Override>/],
    ["a lower API set", (x: string) => x.replace('MinVersion="1.9"', 'MinVersion="1.7"'), /ExcelApi MinVersion="1.9"/],
    ["the wrong host", (x: string) => x.replace('<Host Name="Workbook"/>', '<Host Name="Document"/>'), /Host Name="Workbook"/],
    ["broken XML", (x: string) => x.replace("</Hosts>", ""), /not well-formed XML/],
  ])("it catches %s", (_what, mutate, message) => {
    const r = validateManifest(mutate(XML), ROOT);
    expect(r.errors.join("\n")).toMatch(message);
  });

  test("it catches an icon of the wrong size", () => {
    const dir = mkdtempSync(join(tmpdir(), "manifest-"));
    mkdirSync(join(dir, "assets"));
    for (const f of ["icon-16.png", "icon-32.png", "icon-64.png", "help.html"]) copyFileSync(join(ROOT, "assets", f), join(dir, "assets", f));
    copyFileSync(join(ROOT, "assets", "icon-64.png"), join(dir, "assets", "icon-80.png"));
    writeFileSync(join(dir, "manifest.xml"), XML);
    expect(validateManifest(XML, dir).errors).toContain("bt:Image Icon.80x80: assets/icon-80.png must be a 80×80 PNG (got 64×64)");
  });
});
