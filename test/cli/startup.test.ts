// start-up: `thidua check --campaign <preset>` loads only what checking needs. The modules the command
// imports statically (followed from src/cli/main.ts, type-only imports left out) must not reach zod (the
// rule-file schema is imported when a rule file is read) nor exceljs (the reader and writer are our own).
import { readFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const src = resolve(__dirname, "../../src");
// import … from "x" / export … from "x" / import "x", but not `import type` / `export type`
const STATIC = /^\s*(?:import|export)\s+(?!type\s)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm;

function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const m of readFileSync(file, "utf8").matchAll(STATIC)) {
      const spec = m[1]!;
      if (!spec.startsWith(".")) {
        packages.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!);
        continue;
      }
      if (spec.endsWith(".json")) continue;
      const base = join(dirname(file), spec.replace(/\.js$/, ""));
      const next = [".ts", ".tsx"].map((e) => base + e).find(existsSync);
      if (!next) throw new Error(`cannot resolve ${spec} from ${file}`);
      visit(next);
    }
  };
  visit(entry);
  return { files, packages };
}

describe("start-up of the command", () => {
  const { files, packages } = staticGraph(join(src, "cli/main.ts"));

  it("follows the command's own modules", () => {
    // the walk is real: it reaches the check, the reader and the engine
    for (const f of ["cli/commands/check.ts", "node/read.ts", "engine/check.ts", "presets/index.ts"]) expect(files).toContain(join(src, f));
    expect(packages).toContain("saxes");
    expect(packages).toContain("commander");
  });

  it("does not load zod or the rule-file schema to check with a preset", () => {
    expect(packages).not.toContain("zod");
    expect(files).not.toContain(join(src, "engine/campaign/schema.ts"));
    expect(files).not.toContain(join(src, "engine/rules/schemas.ts"));
  });

  it("does not load exceljs", () => {
    expect(packages).not.toContain("exceljs");
  });
});
