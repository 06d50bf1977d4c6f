// thidua rules check FILE (every error with its JSON path), rules schema, rules new --from PRESET|FILE
import { writeFile } from "node:fs/promises";
import type { Lang } from "../../engine/core.js";
import { PRESET_IDS, presetRuleFile } from "../../presets/index.js";
import { readRuleFile } from "../campaign.js";
import type { T } from "../i18n.js";
import { CliError, writeError, type Io } from "../io.js";

/** 0 valid, 1 invalid (all errors listed on stdout); a missing file is a CliError (2) */
export async function runRulesCheck(file: string, o: { format: "text" | "json"; lang: Lang }, io: Io, t: T): Promise<number> {
  const r = await readRuleFile(file, o.lang);
  const errors = r.ok ? [] : "errors" in r ? r.errors : [{ path: "$", message: r.json }];
  if (o.format === "json") {
    const doc = r.ok ? { ok: true, id: r.campaign.id, name: r.campaign.name, rules: r.campaign.rules.length } : { ok: false, errors };
    io.out(JSON.stringify(doc, null, 2) + "\n");
    return r.ok ? 0 : 1;
  }
  if (r.ok) {
    io.out(t("rules.ok", { id: r.campaign.id, name: r.campaign.name[o.lang], n: r.campaign.rules.length, nText: t("n.rules", { count: r.campaign.rules.length }) }) + "\n");
    return 0;
  }
  io.out(t("rules.invalid", { file, n: errors.length, nText: t("n.errors", { count: errors.length }) }) + "\n");
  for (const e of errors) io.out(`  ${e.path}: ${e.message}\n`);
  return 1;
}

export async function runRulesSchema(io: Io): Promise<number> {
  // the rule-file schema (and zod) is loaded only by the commands that read or publish rule files
  const { campaignJsonSchema } = await import("../../engine/campaign/schema.js");
  io.out(JSON.stringify(campaignJsonSchema(), null, 2) + "\n");
  return 0;
}

/** where a new rule file finds its JSON Schema: beside it, as `thidua rules schema > thidua.schema.json` makes it */
export const SCHEMA_REF = "./thidua.schema.json";

export interface RulesNewOptions {
  from: string;
  lang: Lang;
  /** a new campaign id for the copy */
  id?: string;
  /** write the file (UTF-8) instead of printing it; PowerShell's `>` would write UTF-16 */
  out?: string;
  /** --force: replace an existing --out file (without it, a clerk's edited rule file is never overwritten) */
  force?: boolean;
}

/** the rule file as it was written (no defaults filled in), $schema first, other keys in their order */
async function startingFile(from: string, lang: Lang): Promise<Record<string, unknown>> {
  const preset = presetRuleFile(from);
  if (preset !== undefined) return preset as Record<string, unknown>;
  if (!/\.json$/i.test(from) && !/[\\/]/.test(from)) throw new CliError("unknown-preset", { id: from, ids: PRESET_IDS.join(", ") });
  const r = await readRuleFile(from, lang);
  if (r.ok) return r.json as Record<string, unknown>;
  if (!("errors" in r)) throw new CliError("rule-file-json", { file: from, detail: r.json });
  const first = r.errors[0]!;
  throw new CliError("rule-file-invalid", {
    file: from,
    path: first.path,
    message: first.message,
    ...(r.errors.length > 1 ? { more: r.errors.length - 1 } : {}),
  });
}

/** prints (or writes) a starting rule file with $schema set; 0, or a CliError (2) for a bad --from */
export async function runRulesNew(o: RulesNewOptions, io: Io, t: T): Promise<number> {
  const { $schema: _old, ...rest } = await startingFile(o.from, o.lang);
  if (o.id !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(o.id)) throw new CliError("bad-id", { id: o.id });
  const doc = { $schema: SCHEMA_REF, ...rest, ...(o.id !== undefined ? { id: o.id } : {}) };
  const text = JSON.stringify(doc, null, 2) + "\n";
  if (o.out === undefined) io.out(text);
  else {
    try {
      // "wx": created only if absent, in one step (no window between a check and the write)
      await writeFile(o.out, text, { encoding: "utf8", flag: o.force ? "w" : "wx" });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EEXIST") throw new CliError("rule-file-exists", { file: o.out });
      throw writeError(o.out, e);
    }
    io.err(t("rules.written", { file: o.out }) + "\n");
  }
  io.err(t("rules.schemaHint", { ref: SCHEMA_REF }) + "\n");
  return 0;
}
