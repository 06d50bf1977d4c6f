// streak: a proposed title or award needs N consecutive years (or N times) of a title or rating, from the row's
// own columns and the history of past decisions; the report names the years found and the years missing
import type { z } from "zod";
import type { SchemaParts, Zod } from "../campaign/schema-parts.js";
import { vocabLabel } from "../campaign/compile.js";
import type { Lang } from "../types.js";
import { firstCountingYear, readDiscipline } from "../yearly/discipline.js";
import type { YearFacts } from "../yearly/read.js";
import type { RuleRunner } from "./context.js";
import { compileWhen, holds, type Ctx } from "./context.js";
import { yearlyParts } from "./eligibility.js";
import { defineRuleKind, whenFields } from "./kind.js";
import {
  article,
  canPropose,
  missingColumn,
  nomineeKindOf,
  nomineeYears,
  proposed,
  textOf,
  theRowYear,
  titleLabel,
  YEARLY_CODES,
  yearlyOf,
  type YearlyCtx,
} from "./yearly.js";

function streakSchema(z: Zod, parts: SchemaParts) {
  const { localized, ruleBase } = parts;
  const { proposes, nomineeKind } = yearlyParts(z, parts);
  const streakAlternative = z
    .object({
      label: localized.optional(),
      titles: z.array(z.string().min(1)).min(1).optional().meta({ description: "title or award ids that make a year count" }),
      ratings: z.array(z.string().min(1)).min(1).optional().meta({ description: "rating ids that make a year count" }),
      years: z.number().int().min(1).optional().meta({ description: "consecutive years ending with the assessed year" }),
      times: z.number().int().min(1).optional().meta({ description: "times received, in any years up to the assessed one (for titles given every few years)" }),
      initiatives: z.number().int().min(1).optional().meta({ description: "initiatives needed within the years counted" }),
    })
    .strict()
    .refine((a) => (a.titles?.length ?? 0) + (a.ratings?.length ?? 0) > 0, { message: "a streak needs titles or ratings", path: ["titles"] })
    .refine((a) => (a.years === undefined) !== (a.times === undefined), { message: "a streak needs years or times (one of them)", path: ["years"] });

  const schema = z
    .object({
      ...ruleBase,
      kind: z.literal("streak"),
      proposes,
      nominee: nomineeKind.optional(),
      anyOf: z.array(streakAlternative).min(1).meta({ description: "the row qualifies if ANY alternative holds" }),
    })
    .strict();
  return schema;
}

type Rule = z.output<ReturnType<typeof streakSchema>>;
type Alt = Rule["anyOf"][number];

type AltResult =
  | { status: "pass" }
  | { status: "fail"; found: number[]; missing: number[]; initiatives: number | null }
  | { status: "unknown"; found: number[]; unknown: number[] };

const list = (ys: number[]) => ys.join(", ");

/** the texts of a rule in one language */
function wording(ctx: Ctx, lang: Lang) {
  const vi = lang === "vi";
  const or = vi ? " hoặc " : " or ";
  const labels = (a: Alt) =>
    [...(a.titles ?? []).map((id) => vocabLabel(ctx.cc, "title", id, lang)), ...(a.ratings ?? []).map((id) => vocabLabel(ctx.cc, "rating", id, lang))].join(or);
  const need = (a: Alt) => {
    if (a.label) return a.label[lang];
    const ini = a.initiatives ? (vi ? `, trong thời gian đó có ${a.initiatives} sáng kiến` : `, with ${a.initiatives} initiatives in that time`) : "";
    if (a.times !== undefined) return vi ? `${a.times} lần ${labels(a)}` : `${a.times} times ${labels(a)}`;
    return vi ? `${a.years} năm liên tục ${labels(a)}${ini}` : `${a.years} consecutive years of ${labels(a)}${ini}`;
  };
  return { vi, or, need };
}

function streakRunner(ctx: Ctx & YearlyCtx, rule: Rule): RuleRunner {
  const when = compileWhen(ctx, rule.when);
  const words = { vi: wording(ctx, "vi"), en: wording(ctx, "en") };
  const counts = (a: Alt, f: YearFacts | undefined) =>
    !!f && ((a.titles ?? []).some((t) => f.titles.has(t)) || (a.ratings ?? []).some((t) => f.ratings.has(t)));

  return {
    rule,
    needs(sheet) {
      const base = Object.keys(rule.when ?? {});
      return canPropose(yearlyOf(ctx, sheet), rule.proposes.field) ? base : [...base, rule.proposes.field];
    },
    row(r) {
      if (!holds(when, r.vals)) return;
      const ys = yearlyOf(ctx, r.sheet);
      const ids = proposed(ctx, ys, r, rule.proposes.field, rule.proposes.values);
      if (!ids.length) return;
      if (rule.nominee && nomineeKindOf(ctx, r) !== rule.nominee) return;
      const title = titleLabel(ctx, rule.proposes.field, ids, "vi");
      const titleEn = titleLabel(ctx, rule.proposes.field, ids, "en");
      const year = theRowYear(ys, r);
      if (year === null) {
        missingColumn(ctx, rule, r, "year", "Năm; “… NĂM 2025”; “Xếp loại năm 2025”; --year");
        return;
      }
      const ny = nomineeYears(ctx, ys, r, year);
      // achievements before the end of a discipline do not count (NĐ 152/2025, Điều 4)
      let from = -Infinity;
      const dcol = r.sheet.layout.columns["discipline"] ?? 0;
      if (dcol > 0) {
        const d = readDiscipline(r.sheet.grid.value(r.row, dcol), r.sheet.grid.text(r.row, dcol));
        if (d.kind === "disciplined" && d.until !== null) from = firstCountingYear(d.until);
      }
      const covered = ctx.history?.covered;
      const pastCols = new Set(ys.columns.past.map((p) => p.year));
      const ownText = ys.cols.pastTitles > 0 && r.sheet.grid.text(r.row, ys.cols.pastTitles) !== "";
      /** whether the data can say a year did not count: it shows something for it, or a source covers it */
      const known = (a: Alt, y: number) => {
        if (y < from) return true;
        const f = ny.years.get(y);
        if (f && (f.titles.size > 0 || f.ratings.size > 0)) return true;
        if (pastCols.has(y) || (ownText && y < year)) return true;
        if (ny.inHistory === true && covered?.has(y)) return true;
        // the assessed year's rating is the row's own
        return y === year && (a.ratings?.length ?? 0) > 0 && !(a.titles?.length) && ys.cols.rating > 0;
      };
      const judge = (a: Alt): AltResult => {
        const qualifies = (y: number) => y >= from && counts(a, ny.years.get(y));
        if (a.times !== undefined) {
          const found = [...ny.years.keys()].filter((y) => y <= year && qualifies(y)).sort((x, z) => x - z);
          if (found.length >= a.times) return { status: "pass" };
          const anyKnown = ny.inHistory === true || ny.ownPast;
          return anyKnown ? { status: "fail", found, missing: [], initiatives: null } : { status: "unknown", found, unknown: [] };
        }
        const span = Array.from({ length: a.years as number }, (_, i) => year - (a.years as number) + 1 + i);
        const found = span.filter(qualifies);
        const missing = span.filter((y) => !qualifies(y));
        const ini = a.initiatives !== undefined ? span.reduce((n, y) => n + (ny.years.get(y)?.initiatives ?? 0), 0) : null;
        if (!missing.length && (a.initiatives === undefined || (ini ?? 0) >= a.initiatives)) return { status: "pass" };
        const unknown = missing.filter((y) => !known(a, y));
        if (unknown.length) return { status: "unknown", found, unknown };
        return { status: "fail", found, missing, initiatives: ini };
      };
      const results = rule.anyOf.map(judge);
      if (results.some((x) => x.status === "pass")) return;
      const articlePart = article(rule);
      const allFound = [...new Set(results.flatMap((x) => (x.status === "pass" ? [] : x.found)))].sort();
      const unknown = results.find((x): x is Extract<AltResult, { status: "unknown" }> => x.status === "unknown");
      const needs = (lang: Lang) => rule.anyOf.map(words[lang].need).join(words[lang].or);
      if (unknown) {
        const name = textOf(ctx, r, "name");
        const yearsGiven = [...(covered ?? [])].sort();
        const where = (vi: boolean) =>
          !ctx.history
            ? vi
              ? "trong lịch sử khen thưởng (chưa có quyết định khen thưởng các năm trước: --history)"
              : "in any history (no past award decisions given: --history)"
            : ny.inHistory === false
              ? vi
                ? `trong lịch sử khen thưởng đã cung cấp (${yearsGiven.length ? `năm ${list(yearsGiven)}` : "không có năm nào đọc được"})`
                : `in the history given (${yearsGiven.length ? `years ${list(yearsGiven)}` : "no year could be read"})`
              : vi
                ? `trong lịch sử khen thưởng năm ${list(unknown.unknown)} (không có quyết định của năm đó)`
                : `in a history of ${list(unknown.unknown)} (no decision of that year given)`;
        ctx.sink.add(rule, {
          code: "history-not-found",
          severity: "info",
          sheet: r.sheet,
          row: r.row,
          ...(r.sheet.available.has("name") ? { field: "name" } : {}),
          data: { name, where: where(true), whereEn: where(false), title, titleEn, need: needs("vi"), needEn: needs("en"), found: list(allFound), missing: list(unknown.unknown), year },
        });
        return;
      }
      const parts = (lang: Lang) => {
        const { vi, or, need } = words[lang];
        return rule.anyOf
          .map((a, i) => {
            const x = results[i] as Extract<AltResult, { status: "fail" }>;
            const got = x.found.length ? (vi ? `có ${list(x.found)}` : `found ${list(x.found)}`) : vi ? "không có năm nào" : "none found";
            const miss = x.missing.length ? (vi ? `; thiếu ${list(x.missing)}` : `; missing ${list(x.missing)}`) : "";
            const ini = a.initiatives !== undefined && x.initiatives !== null && x.initiatives < a.initiatives ? (vi ? `; ${x.initiatives} sáng kiến` : `; ${x.initiatives} initiatives`) : "";
            return `${need(a)} (${got}${miss}${ini})`;
          })
          .join(or);
      };
      const missing = [...new Set(results.flatMap((x) => (x.status === "fail" ? x.missing : [])))].sort();
      const field = r.sheet.layout.columns[rule.proposes.field] !== undefined ? rule.proposes.field : undefined;
      ctx.sink.add(rule, {
        code: "not-eligible",
        sheet: r.sheet,
        row: r.row,
        ...(field ? { field } : {}),
        data: { title, titleEn, criterion: parts("vi"), criterionEn: parts("en"), articlePart, found: list(allFound), missing: list(missing), year },
      });
    },
  };
}

export const streakKind = defineRuleKind({
  kind: "streak",
  schema: streakSchema,
  codes: { "history-not-found": YEARLY_CODES["history-not-found"] },
  fields: (rule) => [...whenFields(rule), rule.proposes.field, ...(rule.nominee ? ["nomineeType"] : [])],
  create: (ctx, rule) => streakRunner(ctx, rule),
});
