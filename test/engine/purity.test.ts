// the engine runs anywhere: it imports nothing from Office.js, exceljs, React or Node
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

describe("engine purity", () => {
  for (const dir of ["src/engine", "src/presets"]) {
    it(`${dir} imports only its own modules, zod, fastest-levenshtein and JSON presets`, () => {
      const bad: string[] = [];
      for (const f of files(dir)) {
        // comments may name the hosts; code may not
        const src = readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
        for (const m of src.matchAll(/(?:import|export)[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) {
          const spec = m[1] ?? m[2] ?? "";
          // zod, one of zod's own locales (rule-file errors in the user's language), and fastest-levenshtein (a
          // misspelt rule-file key named with the one it most likely means): plain JavaScript, no host
          if (!spec.startsWith(".") && !/^(?:zod(?:\/v4\/locales\/[a-z]+\.js)?|fastest-levenshtein)$/.test(spec)) bad.push(`${f}: ${spec}`);
        }
        if (/\b(?:process|Buffer|require|window|document|Office|Excel)\s*[.(]/.test(src)) bad.push(`${f}: uses a host global`);
      }
      expect(bad).toEqual([]);
    });
  }
});
