// finding codes, their default severity, and message templates in Vietnamese and English
import type { FindingCode, Lang, Localized, MessageData, Severity } from "../types.js";

export const FINDING_CODES: readonly FindingCode[] = [
  "missing-column",
  "missing-value",
  "invalid-value",
  "not-allowed",
  "below-threshold",
  "above-threshold",
  "outside-period",
  "after-deadline",
  "quota-exceeded",
  "quota-below-minimum",
  "duplicate",
];

export const DEFAULT_SEVERITY: Readonly<Record<FindingCode, Severity>> = {
  "missing-column": "error",
  "missing-value": "error",
  "invalid-value": "error",
  "not-allowed": "error",
  "below-threshold": "error",
  "above-threshold": "error",
  "outside-period": "error",
  "after-deadline": "error",
  "quota-exceeded": "error",
  "quota-below-minimum": "warning",
  duplicate: "error",
};

export const DEFAULT_MESSAGES: Readonly<Record<FindingCode, Localized>> = {
  "missing-column": {
    vi: "Không tìm thấy cột “{{field}}” (đã tìm tiêu đề: {{headers}}); không kiểm tra được quy tắc {{rules}}.",
    en: "Column “{{field}}” not found (looked for headers: {{headers}}); rule(s) {{rules}} could not be checked.",
  },
  "missing-value": { vi: "Thiếu {{field}}.", en: "{{field}} is empty." },
  "invalid-value": {
    vi: "Không đọc được {{field}}: “{{value}}” không phải {{type}} hợp lệ.",
    en: "Cannot read {{field}}: “{{value}}” is not a valid {{type}}.",
  },
  "not-allowed": {
    vi: "{{field}} “{{value}}” không được phép trong phong trào này (được phép: {{allowed}}).",
    en: "{{field}} “{{value}}” is not allowed in this campaign (allowed: {{allowed}}).",
  },
  "below-threshold": {
    vi: "{{field}} {{value}} chưa đạt mức tối thiểu: {{criteria}}.",
    en: "{{field}} {{value}} is below the minimum: {{criteria}}.",
  },
  "above-threshold": {
    vi: "{{field}} {{value}} vượt mức tối đa: {{criteria}}.",
    en: "{{field}} {{value}} is above the maximum: {{criteria}}.",
  },
  "outside-period": {
    vi: "{{field}} {{value}} nằm ngoài thời gian của phong trào ({{period}}).",
    en: "{{field}} {{value}} is outside the campaign period ({{period}}).",
  },
  "after-deadline": {
    vi: "{{field}} {{value}} sau thời hạn {{by}}.",
    en: "{{field}} {{value}} is after the deadline {{by}}.",
  },
  "quota-exceeded": {
    vi: "{{unit}} đề nghị {{counted}}, vượt số lượng tối đa {{max}} của nhóm “{{group}}”.",
    en: "{{unit}} nominated {{counted}}, above the maximum of {{max}} for “{{group}}”.",
  },
  "quota-below-minimum": {
    vi: "{{unit}} đề nghị {{counted}}, ít hơn số lượng tối thiểu {{min}} của nhóm “{{group}}”.",
    en: "{{unit}} nominated {{counted}}, below the minimum of {{min}} for “{{group}}”.",
  },
  duplicate: {
    vi: "“{{name}}”{{unitPart}} đã có ở dòng {{firstRow}}{{firstWhere}}.",
    en: "“{{name}}”{{unitPart}} is already listed at row {{firstRow}}{{firstWhere}}.",
  },
};

/** a short name per code, for tables and groupings (the command's summary sheet, the pane's "by code" view) */
export const CODE_NAMES: Readonly<Record<FindingCode, Localized>> = {
  "missing-column": { vi: "Thiếu cột", en: "Missing column" },
  "missing-value": { vi: "Thiếu thông tin", en: "Missing value" },
  "invalid-value": { vi: "Giá trị không đọc được", en: "Unreadable value" },
  "not-allowed": { vi: "Không được phép", en: "Not allowed" },
  "below-threshold": { vi: "Dưới mức tối thiểu", en: "Below minimum" },
  "above-threshold": { vi: "Vượt mức tối đa", en: "Above maximum" },
  "outside-period": { vi: "Ngoài thời gian phong trào", en: "Outside the period" },
  "after-deadline": { vi: "Quá hạn", en: "After the deadline" },
  "quota-exceeded": { vi: "Vượt số lượng", en: "Over quota" },
  "quota-below-minimum": { vi: "Thiếu số lượng tối thiểu", en: "Below quota minimum" },
  duplicate: { vi: "Trùng lặp", en: "Duplicate" },
};

/** the code names in one language, as an i18n table */
export function codeNames(lang: Lang): Record<FindingCode, string> {
  return Object.fromEntries(FINDING_CODES.map((c) => [c, CODE_NAMES[c][lang]])) as Record<FindingCode, string>;
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
const cut = new Map<string, string[]>();

/** a template cut once: text, then [name, placeholder as written, text] for each placeholder */
function templateParts(template: string): string[] {
  let parts = cut.get(template);
  if (parts === undefined) {
    parts = [];
    let last = 0;
    for (const m of template.matchAll(PLACEHOLDER)) {
      parts.push(template.slice(last, m.index), m[1] as string, m[0]);
      last = m.index + m[0].length;
    }
    parts.push(template.slice(last));
    if (cut.size >= 1000) cut.clear();
    cut.set(template, parts);
  }
  return parts;
}

/** fill {{name}} placeholders; unknown ones stay visible so a rule writer notices */
export function renderTemplate(template: string, data: MessageData): string {
  const parts = templateParts(template);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 3) {
    const k = parts[i] as string;
    out += (k in data ? String(data[k]) : (parts[i + 1] as string)) + (parts[i + 2] as string);
  }
  return out;
}

const vnd = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });
const enNum = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export function formatMoney(n: number, lang: Lang): string {
  return lang === "vi" ? `${vnd.format(n)} đ` : `${enNum.format(n)} VND`;
}

export function formatNumber(n: number, lang: Lang): string {
  return lang === "vi" ? vnd.format(n) : enNum.format(n);
}
