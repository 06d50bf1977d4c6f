// finding codes' default severity, names and templates (gathered from the rule modules), and template filling
import { CODES, FINDING_CODES, type FindingCode } from "../rules/registry.js";
import type { Lang, Localized, MessageData, Severity } from "../types.js";

export { FINDING_CODES };

function byCode<T>(pick: (c: FindingCode) => T): Readonly<Record<FindingCode, T>> {
  return Object.fromEntries(FINDING_CODES.map((c) => [c, pick(c)])) as Record<FindingCode, T>;
}

export const DEFAULT_SEVERITY: Readonly<Record<FindingCode, Severity>> = byCode((c) => CODES[c].severity);
export const DEFAULT_MESSAGES: Readonly<Record<FindingCode, Localized>> = byCode((c) => CODES[c].message);
/** a short name per code, for tables and groupings (the summary sheet, the pane's "by code" view) */
export const CODE_NAMES: Readonly<Record<FindingCode, Localized>> = byCode((c) => CODES[c].name);

/** the code names in one language, as an i18n table */
export function codeNames(lang: Lang): Record<FindingCode, string> {
  return byCode((c) => CODE_NAMES[c][lang]);
}

export const TYPE_NAMES: Readonly<Record<string, Localized>> = {
  money: { vi: "số tiền", en: "amount of money" },
  date: { vi: "ngày", en: "date" },
  number: { vi: "số", en: "number" },
  percent: { vi: "tỷ lệ phần trăm", en: "percentage" },
  nomineeType: { vi: "đối tượng (Cá nhân/Tập thể)", en: "nominee type (individual/collective)" },
  error: { vi: "giá trị (ô báo lỗi công thức)", en: "value (the cell shows a formula error)" },
};

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** fill {{name}} placeholders from a lookup; unknown ones stay visible so a rule writer notices */
export function renderWith(template: string, value: (key: string) => string | undefined): string {
  return template.replace(PLACEHOLDER, (whole: string, key: string) => value(key) ?? whole);
}

/** fill {{name}} placeholders with the data as it is */
export function renderTemplate(template: string, data: MessageData): string {
  return renderWith(template, (k) => (k in data ? String(data[k]) : undefined));
}

const vnd = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });
const enNum = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export function formatMoney(n: number, lang: Lang): string {
  return lang === "vi" ? `${vnd.format(n)} đ` : `${enNum.format(n)} VND`;
}

export function formatNumber(n: number, lang: Lang): string {
  return lang === "vi" ? vnd.format(n) : enNum.format(n);
}
