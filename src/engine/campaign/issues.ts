// rule-file errors in the user's language: zod's own vi/en locales underneath, plainer words on top
// for what a person writing a plan meets most (an empty box, a missing number), and the schema's own
// custom messages (written in English in the schema) translated by a table
import { closest, distance } from "fastest-levenshtein";
import type { z } from "zod";
import enLocale from "zod/v4/locales/en.js";
import viLocale from "zod/v4/locales/vi.js";
import type { Lang } from "../types.js";

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;
type ErrorMap = z.core.$ZodErrorMap;

const ZOD: Record<Lang, ErrorMap> = { vi: viLocale().localeError, en: enLocale().localeError };

const WORDS = {
  vi: {
    empty: "Không được để trống",
    needOne: "Cần ít nhất một mục",
    needN: "Cần ít nhất {{n}} mục",
    number: "Cần một số",
    integer: "Cần một số nguyên",
    atLeast: "Cần một số từ {{n}} trở lên",
    atMost: "Cần một số không quá {{n}}",
    text: "Cần nhập chữ",
    list: "Cần một danh sách",
    object: "Cần một nhóm thông tin",
    boolean: "Cần đúng hoặc sai",
    required: "Bắt buộc",
    oneOf: "Chọn một trong: {{values}}",
    unknownKeys: "Mục không được biết đến: {{keys}}",
    didYouMean: "“{{key}}” — có phải ý là “{{known}}”?",
  },
  en: {
    empty: "Must not be empty",
    needOne: "Needs at least one item",
    needN: "Needs at least {{n}} items",
    number: "Needs a number",
    integer: "Needs a whole number",
    atLeast: "Needs a number of at least {{n}}",
    atMost: "Needs a number of at most {{n}}",
    text: "Needs text",
    list: "Needs a list",
    object: "Needs a group of settings",
    boolean: "Needs true or false",
    required: "Required",
    oneOf: "Choose one of: {{values}}",
    unknownKeys: "Unknown entries: {{keys}}",
    didYouMean: "“{{key}}” — did you mean “{{known}}”?",
  },
} as const;

const fill = (s: string, data: Record<string, string | number>) => s.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(data[k] ?? ""));

function plain(issue: RawIssue, lang: Lang): string | undefined {
  const w = WORDS[lang];
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return w.required;
      const e = issue.expected as string;
      return e === "number" || e === "int" ? w.number : e === "string" ? w.text : e === "array" ? w.list : e === "object" ? w.object : e === "boolean" ? w.boolean : undefined;
    }
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) === 1) return w.empty;
      if (issue.origin === "array") return Number(issue.minimum) === 1 ? w.needOne : fill(w.needN, { n: Number(issue.minimum) });
      if (issue.origin === "number") return fill(w.atLeast, { n: Number(issue.minimum) });
      return undefined;
    case "too_big":
      return issue.origin === "number" ? fill(w.atMost, { n: Number(issue.maximum) }) : undefined;
    case "invalid_value":
      return fill(w.oneOf, { values: issue.values.map(String).join(", ") });
    case "unrecognized_keys": {
      // a misspelt key ("feilds") is named with the one it most likely means, among the object's own keys
      const known = Object.keys((issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def?.shape ?? {});
      const keys = issue.keys.map((key) => {
        const near = known.length ? closest(key, known) : undefined;
        return near !== undefined && distance(key, near) <= Math.max(1, Math.floor(near.length / 3)) ? fill(w.didYouMean, { key, known: near }) : key;
      });
      return fill(w.unknownKeys, { keys: keys.join(", ") });
    }
    case "invalid_union":
      return "options" in issue && Array.isArray(issue.options) && issue.options.length
        ? fill(w.oneOf, { values: issue.options.map(String).join(", ") })
        : undefined;
    default:
      return undefined;
  }
}

/** a zod error map for one language: plain words where we have them, zod's locale otherwise */
export function ruleFileErrorMap(lang: Lang): ErrorMap {
  return (issue) => {
    // an integer check reports its own code in zod v4: expected "int"
    if (issue.code === "invalid_type" && (issue.expected as string) === "int") return WORDS[lang].integer;
    return plain(issue, lang) ?? ZOD[lang](issue);
  };
}

/** the schema's custom messages (English in the schema), with their Vietnamese */
const CUSTOM: [en: RegExp, vi: string][] = [
  [/^expected a date as YYYY-MM-DD$/, "Cần một ngày dạng năm-tháng-ngày (YYYY-MM-DD), ví dụ 2026-03-01"],
  [/^not a real date$/, "Không có ngày này trong lịch"],
  [/^field ids are camelCase, e\.g\. contribution$/, "Mã trường viết liền, chữ thường đầu, ví dụ contribution"],
  [/^rule ids are kebab-case$/, "Mã quy tắc chỉ gồm chữ thường không dấu, số và gạch nối, ví dụ nha-hao-tam"],
  [/^campaign ids are kebab-case$/, "Mã kế hoạch chỉ gồm chữ thường không dấu, số và gạch nối, ví dụ ke-hoach-2026"],
  [/^an allowed rule needs values or patterns$/, "Cần ít nhất một giá trị hoặc một mẫu tên"],
  [/^a criterion needs min or max$/, "Cần mức tối thiểu hoặc tối đa"],
  [/^a period needs from or to$/, "Cần ngày bắt đầu hoặc ngày kết thúc"],
  [/^from is after to$/, "Ngày kết thúc trước ngày bắt đầu"],
  [/^min is above max$/, "Tối thiểu lớn hơn tối đa"],
  [/^duplicate rule id "(.*)"$/, "Mã quy tắc “$1” bị trùng"],
  [/^unknown unit group "(.*)"$/, "Không có nhóm đơn vị “$1”"],
  [/^a pattern may have at most (\d+) characters$/, "Một mẫu tên dài tối đa $1 ký tự"],
  [/^at most (\d+) patterns in one list$/, "Tối đa $1 mẫu tên trong một danh sách"],
  [/^unknown field "(.*)": not a built-in field id and not declared in fields$/, "Không có trường “$1”: không phải mã trường có sẵn, cũng không khai báo trong fields"],
  [/^a criterion needs exactly one of field, ratio or discipline$/, "Mỗi tiêu chí cần đúng một trong: field, ratio hoặc discipline"],
  [/^a criterion needs in, min, max or setting$/, "Tiêu chí cần in, min, max hoặc setting"],
  [/^a streak needs titles or ratings$/, "Cần danh hiệu (titles) hoặc xếp loại (ratings)"],
  [/^a streak needs years or times \(one of them\)$/, "Cần đúng một trong: years (số năm liên tục) hoặc times (số lần)"],
];

/** an issue's message in `lang`: the schema's English custom messages get their Vietnamese */
export function issueMessage(issue: Issue, lang: Lang): string {
  if (lang === "en") return issue.message;
  for (const [en, vi] of CUSTOM) {
    const m = en.exec(issue.message);
    if (m) return vi.replace(/\$(\d)/g, (_s, i: string) => m[Number(i)] ?? "");
  }
  return issue.message;
}
