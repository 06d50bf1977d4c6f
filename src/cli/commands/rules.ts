// thidua rules check FILE (every error with its JSON path) and thidua rules schema
import { campaignJsonSchema } from "../../engine/index.js";
import { readRuleFile } from "../campaign.js";
import type { T } from "../i18n.js";
import type { Io } from "../io.js";

/** 0 valid, 1 invalid (all errors listed on stdout); a missing file is a CliError (2) */
export async function runRulesCheck(file: string, o: { format: "text" | "json"; lang: "vi" | "en" }, io: Io, t: T): Promise<number> {
  const r = await readRuleFile(file);
  const errors = r.ok ? [] : "json" in r ? [{ path: "$", message: r.json }] : r.errors;
  if (o.format === "json") {
    const doc = r.ok ? { ok: true, id: r.campaign.id, name: r.campaign.name, rules: r.campaign.rules.length } : { ok: false, errors };
    io.out(JSON.stringify(doc, null, 2) + "\n");
    return r.ok ? 0 : 1;
  }
  if (r.ok) {
    io.out(t("rules.ok", { id: r.campaign.id, name: r.campaign.name[o.lang], n: r.campaign.rules.length }) + "\n");
    return 0;
  }
  io.out(t("rules.invalid", { file, n: errors.length }) + "\n");
  for (const e of errors) io.out(`  ${e.path}: ${e.message}\n`);
  return 1;
}

export function runRulesSchema(io: Io): number {
  io.out(JSON.stringify(campaignJsonSchema(), null, 2) + "\n");
  return 0;
}
