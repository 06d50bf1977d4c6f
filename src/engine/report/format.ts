// findings rendered in a language at display time (ESLint's messageId + data): one formatFinding for every face
import type { Campaign } from "../campaign/schema.js";
import { fieldLabel, type CompiledCampaign } from "../campaign/compile.js";
import { compiledFor } from "../sheet/layout.js";
import { isoToSerial, formatSerial, serialOf } from "../values/date.js";
import type { Criterion, DataValue, Finding, Lang } from "../types.js";
import { CODES } from "../rules/registry.js";
import { baselineCodes, missingColumnVariants } from "../rules/baseline.js";
import { formatMoney, formatNumber, renderTemplate, renderWith, TYPE_NAMES } from "./messages.js";

/** "a code of the table in sheet X", as invalid-value names the type of a code column */
const CODE_TYPE: Readonly<Record<Lang, string>> = { vi: "mã có trong bảng mã “{{sheet}}”", en: "code of the table in “{{sheet}}”" };

/** invalid-value for a code the workbook's own table does not know: said as such, not as "not a valid code of …" */
const UNKNOWN_CODE: Readonly<Record<Lang, string>> = {
  vi: "Không đọc được {{field}}: mã “{{value}}” không có trong bảng mã “{{table}}”.",
  en: "Cannot read {{field}}: code “{{value}}” is not in the code table “{{table}}”.",
};

const MAX_SHOWN = 6;
const OR: Readonly<Record<Lang, string>> = { vi: " hoặc ", en: " or " };
const FROM: Readonly<Record<Lang, string>> = { vi: "từ", en: "from" };
const TO: Readonly<Record<Lang, string>> = { vi: "đến", en: "to" };
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** a rule's own message template (rule file `message`), by rule id */
const ownMessages = new WeakMap<CompiledCampaign, Map<string, { vi: string; en: string }>>();

function ownMessage(cc: CompiledCampaign, ruleId: string, lang: Lang): string | undefined {
  let m = ownMessages.get(cc);
  if (!m) {
    m = new Map(cc.rules.flatMap((r) => (r.message ? [[r.id, r.message] as const] : [])));
    ownMessages.set(cc, m);
  }
  return m.get(ruleId)?.[lang];
}

/** dd/mm/yyyy; a text that only looks like an ISO date ("2019-13-01", as a clerk typed it) is shown as written */
export function showDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return serialOf(y, m, d) === null ? iso : formatSerial(isoToSerial(iso));
}

/** a value of a field, by the field's type: money with its unit, dates day first, vocabulary ids as labels */
export function showValue(cc: CompiledCampaign, field: string | undefined, v: DataValue, lang: Lang): string {
  const type = field === undefined ? undefined : cc.byId.get(field)?.type;
  if (typeof v === "number") {
    if (type === "money") return formatMoney(v, lang);
    if (type === "percent") return `${formatNumber(v, lang)}%`;
    return formatNumber(v, lang);
  }
  if (typeof v !== "string") return v === null ? "" : String(v);
  if (type === "date" && ISO.test(v)) return showDate(v);
  const entry = field === undefined ? undefined : cc.vocab.get(field)?.entries.find((e) => e.id === v);
  return entry ? entry.label[lang] : v;
}

function showLimit(cc: CompiledCampaign, field: string, n: number, lang: Lang): string {
  const type = cc.byId.get(field)?.type;
  if (type === "money") return formatMoney(n, lang);
  if (type === "percent") return `${formatNumber(n, lang)}%`;
  if (type === "date") return formatSerial(n);
  return formatNumber(n, lang);
}

export function showCriteria(cc: CompiledCampaign, list: readonly Criterion[], lang: Lang): string {
  return list
    .map((c) => {
      const parts: string[] = [];
      if (c.min !== null) parts.push(`≥ ${showLimit(cc, c.field, c.min, lang)}`);
      if (c.max !== null) parts.push(`≤ ${showLimit(cc, c.field, c.max, lang)}`);
      return `${fieldLabel(cc, c.field, lang)} ${parts.join(", ")}`;
    })
    .join(OR[lang]);
}

/** one placeholder's text; the key says what the data is (documented in docs/ARCHITECTURE.md) */
function show(cc: CompiledCampaign, f: Finding, key: string, v: DataValue | undefined, lang: Lang): string | undefined {
  if (v === undefined) return undefined;
  switch (key) {
    case "field":
      return typeof v === "string" ? fieldLabel(cc, v, lang) : String(v);
    case "value":
      return showValue(cc, f.field, v, lang);
    case "criteria":
      return Array.isArray(v) ? showCriteria(cc, v as unknown as Criterion[], lang) : String(v);
    case "allowed": {
      const list = Array.isArray(v) ? v.map((x) => showValue(cc, f.field, x, lang)) : [String(v)];
      return list.length > MAX_SHOWN ? `${list.slice(0, MAX_SHOWN).join("; ")}; …` : list.join("; ");
    }
    case "period": {
      const p = v as { from?: string | null; to?: string | null };
      const out = [p.from ? `${FROM[lang]} ${showDate(p.from)}` : "", p.to ? `${TO[lang]} ${showDate(p.to)}` : ""];
      return out.filter(Boolean).join(" ");
    }
    case "by":
      return typeof v === "string" && ISO.test(v) ? showDate(v) : String(v);
    case "group":
      return cc.groups.find((g) => g.id === v)?.label[lang] ?? String(v);
    case "type":
      if (v === "code") return renderTemplate(CODE_TYPE[lang], { sheet: String(f.data["table"] ?? "") });
      return TYPE_NAMES[String(v)]?.[lang] ?? String(v);
    case "fields": // alternatives, any of which would do: “Giá trị đóng góp” or “Giá trị vận động”
    case "absent": // columns the sheet has not: “A”, “B”
      return Array.isArray(v) ? v.map((x) => `“${fieldLabel(cc, String(x), lang)}”`).join(key === "fields" ? OR[lang] : ", ") : String(v);
    case "headers":
      return Array.isArray(v) && v.length > 0 ? v.join(", ") : fieldLabel(cc, f.field ?? "", lang);
    default:
      if (v === null) return "";
      if (Array.isArray(v)) return v.map(String).join(", ");
      return String(v);
  }
}

/** the finding's message in a language; the campaign gives labels (fields, values, groups) and rules' own texts */
export function formatFinding(f: Finding, lang: Lang, campaign: Campaign | CompiledCampaign): string {
  const cc = "byId" in campaign ? campaign : compiledFor(campaign);
  const own = f.code in baselineCodes ? undefined : ownMessage(cc, f.rule, lang);
  const variant = f.messageId in missingColumnVariants ? missingColumnVariants[f.messageId as keyof typeof missingColumnVariants][lang] : undefined;
  const code = f.code === "invalid-value" && f.data["type"] === "code" ? UNKNOWN_CODE[lang] : undefined;
  const template = own ?? variant ?? code ?? CODES[f.code]?.message[lang] ?? f.messageId;
  return renderWith(template, (key) => show(cc, f, key, f.data[key], lang));
}
