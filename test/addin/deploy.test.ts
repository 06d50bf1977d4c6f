// THIDUA_ADDIN_URL=https://host/path/ npm run build writes dist/addin wholly for that address
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "vite";
import { beforeAll, expect, test } from "vitest";
import { validateManifest } from "../../scripts/validate-manifest.js";

const BASE = "https://intranet.so-noi-vu.gov.vn/ung-dung/thidua/";
const OUT = resolve("test-artifacts/deploy-dist");
let manifest = "";
let html = "";

beforeAll(async () => {
  const env = { url: process.env["THIDUA_ADDIN_URL"], node: process.env["NODE_ENV"] };
  process.env["THIDUA_ADDIN_URL"] = BASE;
  process.env["NODE_ENV"] = "production";
  try {
    await build({ configFile: resolve("vite.config.ts"), logLevel: "silent", build: { outDir: OUT, emptyOutDir: true } });
  } finally {
    for (const [k, v] of [["THIDUA_ADDIN_URL", env.url], ["NODE_ENV", env.node]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  manifest = readFileSync(join(OUT, "manifest.xml"), "utf8");
  html = readFileSync(join(OUT, "taskpane.html"), "utf8");
}, 180_000);

test("the manifest points only at the deployment: every URL under it, the AppDomain its origin", () => {
  expect(manifest).not.toContain("localhost");
  const urls = [...manifest.matchAll(/DefaultValue="(https:[^"]+)"/g)].map((m) => m[1]!);
  expect(urls.length).toBeGreaterThan(8);
  for (const u of urls) expect(u.startsWith(BASE), u).toBe(true);
  expect([...manifest.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1])).toEqual(["https://intranet.so-noi-vu.gov.vn"]);
  expect(manifest).toContain(`<SourceLocation DefaultValue="${BASE}taskpane.html"/>`);
  // each URL's file is in the build, at the same place under dist/addin
  for (const u of urls) expect(existsSync(join(OUT, u.slice(BASE.length))), u).toBe(true);
  expect(validateManifest(manifest, OUT).errors).toEqual([]);
});

test("the page loads its assets relative to itself and Office.js from Microsoft's CDN", () => {
  const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
  expect(refs).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  const own = refs.filter((r) => !r.startsWith("https://"));
  expect(own.length).toBeGreaterThan(0);
  for (const r of own) {
    expect(r.startsWith("/"), r).toBe(false);
    expect(existsSync(join(OUT, r)), r).toBe(true);
  }
  expect(existsSync(join(OUT, "office-js"))).toBe(false); // no local copy in a production build
});
