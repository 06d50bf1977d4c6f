// rule-file errors in the user's language: a table of inputs, the path and message each gives in vi and en
import { describe, expect, it } from "vitest";
import { parseCampaign } from "../../src/engine/index.js";

const base = { id: "x", name: { vi: "X", en: "X" }, plan: { title: "KH" }, unitGroups: [{ id: "g", label: { vi: "G", en: "G" } }] };
const withRule = (rule: Record<string, unknown>) => ({ ...base, rules: [rule] });

// [what, rule file, path, Vietnamese, English]
const TABLE: [string, unknown, string, string, string][] = [
  ["empty title", { ...base, plan: { title: "" }, rules: [{ kind: "duplicate", id: "d" }] }, "$.plan.title", "Không được để trống", "Must not be empty"],
  ["missing English name", { ...base, name: { vi: "X" }, rules: [{ kind: "duplicate", id: "d" }] }, "$.name.en", "Bắt buộc", "Required"],
  ["no rules", { ...base, rules: [] }, "$.rules", "Cần ít nhất một mục", "Needs at least one item"],
  ["campaign id", { ...base, id: "Kế hoạch", rules: [{ kind: "duplicate", id: "d" }] }, "$.id", "Mã kế hoạch chỉ gồm chữ thường không dấu, số và gạch nối, ví dụ ke-hoach-2026", "campaign ids are kebab-case"],
  ["rule id", withRule({ kind: "duplicate", id: "Trùng" }), "$.rules[0].id", "Mã quy tắc chỉ gồm chữ thường không dấu, số và gạch nối, ví dụ nha-hao-tam", "rule ids are kebab-case"],
  ["money as text", withRule({ kind: "threshold", id: "t", anyOf: [{ field: "contribution", min: "75 triệu" }] }), "$.rules[0].anyOf[0].min", "Cần một số", "Needs a number"],
  ["criterion without bounds", withRule({ kind: "threshold", id: "t", anyOf: [{ field: "contribution" }] }), "$.rules[0].anyOf[0].min", "Cần mức tối thiểu hoặc tối đa", "a criterion needs min or max"],
  ["field id", withRule({ kind: "required", id: "r", fields: ["Họ tên"] }), "$.rules[0].fields[0]", "Mã trường viết liền, chữ thường đầu, ví dụ contribution", "field ids are camelCase, e.g. contribution"],
  ["quota min not whole", withRule({ kind: "quota", id: "q", limits: [{ group: "g", min: 2.5 }] }), "$.rules[0].limits[0].min", "Cần một số nguyên", "Needs a whole number"],
  ["quota min negative", withRule({ kind: "quota", id: "q", limits: [{ group: "g", min: -1 }] }), "$.rules[0].limits[0].min", "Cần một số từ 0 trở lên", "Needs a number of at least 0"],
  ["quota min above max", withRule({ kind: "quota", id: "q", limits: [{ group: "g", min: 10, max: 5 }] }), "$.rules[0].limits[0].min", "Tối thiểu lớn hơn tối đa", "min is above max"],
  ["unknown group", withRule({ kind: "quota", id: "q", limits: [{ group: "nowhere" }] }), "$.rules[0].limits[0].group", "Không có nhóm đơn vị “nowhere”", 'unknown unit group "nowhere"'],
  ["date format", withRule({ kind: "deadline", id: "d", field: "registrationDate", by: "1/3/2026" }), "$.rules[0].by", "Cần một ngày dạng năm-tháng-ngày (YYYY-MM-DD), ví dụ 2026-03-01", "expected a date as YYYY-MM-DD"],
  ["no such day", withRule({ kind: "deadline", id: "d", field: "registrationDate", by: "2026-02-30" }), "$.rules[0].by", "Không có ngày này trong lịch", "not a real date"],
  ["open period", withRule({ kind: "period", id: "p", field: "achievementDate" }), "$.rules[0].from", "Cần ngày bắt đầu hoặc ngày kết thúc", "a period needs from or to"],
  ["period backwards", withRule({ kind: "period", id: "p", field: "achievementDate", from: "2026-03-01", to: "2026-01-01" }), "$.rules[0].to", "Ngày kết thúc trước ngày bắt đầu", "from is after to"],
  ["allowed without values", withRule({ kind: "allowed", id: "a", field: "awardForm" }), "$.rules[0].values", "Cần ít nhất một giá trị hoặc một mẫu tên", "an allowed rule needs values or patterns"],
  ["severity", withRule({ kind: "duplicate", id: "d", severity: "fatal" }), "$.rules[0].severity", "Chọn một trong: error, warning, info", "Choose one of: error, warning, info"],
  ["rule kind", withRule({ kind: "nonsense", id: "n" }), "$.rules[0].kind", "Chọn một trong: required, allowed, threshold, period, deadline, quota, duplicate, eligibility, streak", "Choose one of: required, allowed, threshold, period, deadline, quota, duplicate, eligibility, streak"],
  ["typo in a key: named with the key it most likely means", withRule({ kind: "duplicate", id: "d", kees: ["name"] }), "$.rules[0]", "Mục không được biết đến: “kees” — có phải ý là “keys”?", "Unknown entries: “kees” — did you mean “keys”?"],
  ["a key like none of the rule's", withRule({ kind: "duplicate", id: "d", ghiChu: "x" }), "$.rules[0]", "Mục không được biết đến: ghiChu", "Unknown entries: ghiChu"],
  ["a misspelt top-level key", { ...base, rules: [{ kind: "duplicate", id: "d" }], rulez: [] }, "$", "Mục không được biết đến: “rulez” — có phải ý là “rules”?", "Unknown entries: “rulez” — did you mean “rules”?"],
  ["duplicate rule id", { ...base, rules: [{ kind: "duplicate", id: "d" }, { kind: "duplicate", id: "d" }] }, "$.rules[1].id", "Mã quy tắc “d” bị trùng", 'duplicate rule id "d"'],
];

describe("rule-file errors in vi and en", () => {
  it.each(TABLE)("%s", (_what, file, path, vi, en) => {
    for (const [lang, message] of [["vi", vi], ["en", en]] as const) {
      const r = parseCampaign(file, lang);
      expect(r.ok).toBe(false);
      expect(r.ok ? [] : r.errors).toContainEqual({ path, message });
    }
  });

  it("is English when no language is asked (as before)", () => {
    const r = parseCampaign({ ...base, plan: { title: "" }, rules: [{ kind: "duplicate", id: "d" }] });
    expect(r.ok ? [] : r.errors).toEqual([{ path: "$.plan.title", message: "Must not be empty" }]);
  });
});
