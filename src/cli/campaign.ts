// --campaign: a built-in preset id or a rule file (.json); both go through the same schema
import { readFile, stat } from "node:fs/promises";
import type { Campaign, Lang, RuleFileError } from "../engine/core.js";
import { PRESET_IDS, getPreset } from "../presets/index.js";
import { CliError } from "./io.js";
import { createT } from "./i18n.js";
import { jsonError, lineColumn } from "./json-position.js";

/** the first JSON syntax error in the user's language, with its line and column (node's message is English) */
export function jsonErrorDetail(text: string, lang: Lang): string {
  const t = createT(lang);
  const err = jsonError(text);
  if (!err) return t("jsonFault.value");
  const [line, column] = lineColumn(text, err.offset).split(":");
  const near = text[err.offset] ?? "";
  return t("jsonFault.at", { what: t(`jsonFault.${err.fault}`, { char: near }), line: line ?? "", column: column ?? "" });
}

export const MAX_RULE_FILE_BYTES = 2 * 1_048_576;

export type RuleFileResult =
  | { ok: true; campaign: Campaign; json: unknown }
  | { ok: false; errors: RuleFileError[] }
  | { ok: false; json: string };

/** reads a rule file; missing file -> CliError, bad json or schema errors (in `lang`) -> result */
export async function readRuleFile(file: string, lang: Lang = "vi"): Promise<RuleFileResult> {
  let text: string;
  try {
    const s = await stat(file);
    if (!s.isFile()) throw new CliError("rule-file-missing", { file });
    // the largest preset is a few kB; a rule file of megabytes is a mistake (or an attack), not a plan
    if (s.size > MAX_RULE_FILE_BYTES) throw new CliError("rule-file-too-big", { file, mb: Math.round(s.size / 1_048_576), max: MAX_RULE_FILE_BYTES / 1_048_576 });
    text = await readFile(file, "utf8");
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError("rule-file-missing", { file });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, json: jsonErrorDetail(text.replace(/^\uFEFF/, ""), lang) };
  }
  // the rule-file schema (and zod) is loaded only when a rule file is read, not to check with a preset
  const { parseCampaign } = await import("../engine/campaign/schema.js");
  const r = parseCampaign(json, lang);
  return r.ok ? { ...r, json } : r;
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

export async function resolveCampaign(arg: string | undefined, lang: Lang = "vi"): Promise<Campaign> {
  const ids = PRESET_IDS.join(", ");
  if (arg === undefined || arg.trim() === "") throw new CliError("no-campaign", { ids });
  const preset = getPreset(arg);
  if (preset) return preset;
  if (/\.json$/i.test(arg) || /[\\/]/.test(arg) || (await isFile(arg))) {
    const r = await readRuleFile(arg, lang);
    if (r.ok) return r.campaign;
    if (!("errors" in r)) throw new CliError("rule-file-json", { file: arg, detail: r.json });
    const first = r.errors[0]!;
    const more = r.errors.length > 1 ? { n: r.errors.length - 1 } : undefined;
    throw new CliError("rule-file-invalid", { file: arg, path: first.path, message: first.message, ...(more ? { more: more.n } : {}) });
  }
  throw new CliError("unknown-preset", { id: arg, ids });
}
