// eligibility: a proposed title or award needs conditions on the row's own fields (rating, initiatives, counts, discipline)
import type { z } from "zod";
import { camel, kebab, type SchemaParts, type Zod } from "../campaign/schema-parts.js";
import { fieldLabel, matchVocab, vocabLabel } from "../campaign/compile.js";
import { normalizeText } from "../text/normalize.js";
import type { Lang } from "../types.js";
import { formatSerial } from "../values/date.js";
import { firstCountingYear, readDiscipline } from "../yearly/discipline.js";
import { initiativesOf } from "../yearly/read.js";
import type { Ctx, RowData, RuleRunner } from "./context.js";
import { compileWhen, holds } from "./context.js";
import { defineRuleKind, whenFields } from "./kind.js";
import {
  article,
  canPropose,
  missingColumn,
  nomineeKindOf,
  proposed,
  proposesAnything,
  theRowYear,
  titleLabel,
  YEARLY_CODES,
  yearlyOf,
  type YearlyCtx,
} from "./yearly.js";

// the yearly round: a title or award proposed on a row, and the conditions it needs (streak.ts uses them too)
export function yearlyParts(z: Zod, { fieldId }: SchemaParts) {
  const proposes = z
    .object({
      field: fieldId.meta({ description: "title or awardForm" }),
      values: z.array(z.string().min(1)).min(1).meta({ description: "vocabulary ids of the titles or award forms" }),
    })
    .strict()
    .meta({ description: "the rule applies to rows that propose one of these (several titles in one cell, or one column per title marked X, count)" });

  const nomineeKind = z
    .enum(["individual", "collective"])
    .meta({ description: "only rows of this nominee type; a row without one is a collective when its name starts with a body (Phòng, Trường, Tổ …)" });
  return { proposes, nomineeKind };
}

function eligibilitySchema(z: Zod, parts: SchemaParts) {
  const { fieldId, localized, ruleBase } = parts;
  const { proposes, nomineeKind } = yearlyParts(z, parts);
  const eligibilityLeaf = z
    .object({
      id: z.string().regex(kebab).optional().meta({ description: "names the criterion in a finding's data" }),
      label: localized.optional().meta({ description: "the criterion as shown to users" }),
      field: fieldId.optional(),
      in: z.array(z.string().min(1)).min(1).optional().meta({ description: "vocabulary ids (or literal values) the field must hold" }),
      min: z.number().optional(),
      max: z.number().optional(),
      ratio: z
        .object({ of: fieldId, over: fieldId, share: fieldId.optional().meta({ description: "a percent column used when the counts are absent" }) })
        .strict()
        .optional()
        .meta({ description: "a percentage of two count columns (of / over × 100), compared with min and max" }),
      setting: z.string().regex(camel).optional().meta({ description: "a key of the campaign's settings that replaces min (e.g. a provincial decision's share)" }),
      discipline: z
        .enum(["clear", "not-pending", "served"])
        .optional()
        .meta({ description: "not-pending: no discipline or investigation pending; served: any discipline over before the assessed year; clear: both" }),
    })
    .strict()
    .refine((c) => [c.field !== undefined && c.ratio === undefined, c.ratio !== undefined, c.discipline !== undefined].filter(Boolean).length === 1, {
      message: "a criterion needs exactly one of field, ratio or discipline",
      path: ["field"],
    })
    .refine((c) => c.discipline !== undefined || c.in !== undefined || c.min !== undefined || c.max !== undefined || c.setting !== undefined, {
      message: "a criterion needs in, min, max or setting",
      path: ["in"],
    });

  const eligibilityAny = z
    .object({ id: z.string().regex(kebab).optional(), label: localized.optional(), anyOf: z.array(eligibilityLeaf).min(2) })
    .strict();

  const schema = z
    .object({
      ...ruleBase,
      kind: z.literal("eligibility"),
      proposes: proposes.optional().meta({ description: "absent: every nomination" }),
      nominee: nomineeKind.optional(),
      allOf: z.array(z.union([eligibilityLeaf, eligibilityAny])).min(1).meta({ description: "every criterion must hold (a criterion with anyOf: one of its alternatives)" }),
    })
    .strict();
  return schema;
}

type Rule = z.output<ReturnType<typeof eligibilitySchema>>;

// numbers as report/messages.ts shows them (not imported: that module reads the registry, which reads this one)
const NUMBER = { vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }), en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }) };
const formatNumber = (n: number, lang: Lang) => NUMBER[lang].format(n);
type Criterion = Rule["allOf"][number];
type Leaf = Exclude<Criterion, { anyOf: unknown }>;

/** a criterion's outcome: holds, fails (with what was seen), or cannot be told (column absent, cell empty, unclear) */
type Outcome =
  | { ok: true }
  | { ok: false; field: string | undefined; text: string }
  | { ok: null; field: string | undefined; why: "column" | "empty" | "unclear"; text: string };

const PASS: Outcome = { ok: true };

function makeEval(ctx: Ctx & YearlyCtx, rule: Rule, lang: Lang) {
  const vi = lang === "vi";
  const settings = ctx.cc.campaign.settings ?? {};

  const valueOf = (r: RowData, field: string) => {
    const idx = ctx.cc.byId.get(field)?.index;
    return idx === undefined ? undefined : r.vals[idx];
  };
  const numberOf = (r: RowData, field: string): number | null => {
    const p = valueOf(r, field);
    if (!p || p.empty || p.bad) return null;
    if (p.num !== null) return p.num;
    return initiativesOf(p.text);
  };
  const shown = (field: string, ids: readonly string[]) =>
    ids.map((v) => (ctx.cc.vocab.get(field)?.entries.some((e) => e.id === v) ? vocabLabel(ctx.cc, field, v, lang) : v)).join(vi ? " hoặc " : " or ");
  const limitText = (leaf: Leaf, min: number | undefined, pct: boolean) => {
    const u = pct ? "%" : "";
    const parts: string[] = [];
    if (min !== undefined) parts.push(`≥ ${formatNumber(min, lang)}${u}`);
    if (leaf.max !== undefined) parts.push(`≤ ${formatNumber(leaf.max, lang)}${u}`);
    return parts.join(", ");
  };
  const labelOf = (leaf: { label?: { vi: string; en: string } | undefined }) => leaf.label?.[lang];

  function leafOutcome(leaf: Leaf, r: RowData): Outcome {
    const avail = r.sheet.available;
    if (leaf.discipline) return disciplineOutcome(leaf, r);
    const min = leaf.setting !== undefined && settings[leaf.setting] !== undefined ? settings[leaf.setting] : leaf.min;
    if (leaf.ratio) {
      const { of, over, share } = leaf.ratio;
      const name = labelOf(leaf) ?? `${vi ? "tỷ lệ" : "share"} ${fieldLabel(ctx.cc, of, lang)} / ${fieldLabel(ctx.cc, over, lang)}`;
      let pct: number | null = null;
      let field = of;
      if (avail.has(of) && avail.has(over)) {
        const a = numberOf(r, of);
        const b = numberOf(r, over);
        if (a === null || b === null) return { ok: null, field: a === null ? of : over, why: "empty", text: name };
        if (b <= 0) return { ok: null, field: over, why: "unclear", text: name };
        pct = (a / b) * 100;
      } else if (share && avail.has(share)) {
        field = share;
        pct = numberOf(r, share);
        if (pct === null) return { ok: null, field: share, why: "empty", text: name };
      } else return { ok: null, field: avail.has(of) ? over : of, why: "column", text: name };
      const okMin = min === undefined || pct >= min - 1e-9;
      const okMax = leaf.max === undefined || pct <= leaf.max + 1e-9;
      if (okMin && okMax) return PASS;
      const seen = formatNumber(Math.round(pct * 100) / 100, lang);
      const want = labelOf(leaf) ?? `${name} ${limitText(leaf, min, true)}`;
      return { ok: false, field, text: `${want} (${vi ? "đang là" : "is"} ${seen}%)` };
    }
    const field = leaf.field as string;
    const name = fieldLabel(ctx.cc, field, lang);
    if (!avail.has(field)) return { ok: null, field, why: "column", text: labelOf(leaf) ?? name };
    const p = valueOf(r, field);
    if (leaf.in) {
      if (!p || p.empty) return { ok: null, field, why: "empty", text: labelOf(leaf) ?? name };
      const voc = ctx.cc.vocab.get(field);
      const id = p.id ?? (voc ? matchVocab(voc, p.norm) : null);
      const hit = leaf.in.some((v) => v === id || normalizeText(v) === p.norm);
      if (hit) return PASS;
      const want = labelOf(leaf) ?? `${name} ${vi ? "là" : "is"} ${shown(field, leaf.in)}`;
      return { ok: false, field, text: `${want} (${vi ? "đang là" : "is"} “${p.text || (id ? vocabLabel(ctx.cc, field, id, lang) : "")}”)` };
    }
    // a number; an empty count of initiatives is none
    let n = numberOf(r, field);
    if (n === null && field === "initiatives" && (!p || p.empty)) n = 0;
    if (n === null) return { ok: null, field, why: "empty", text: labelOf(leaf) ?? name };
    const okMin = min === undefined || n >= min;
    const okMax = leaf.max === undefined || n <= leaf.max;
    if (okMin && okMax) return PASS;
    return { ok: false, field, text: `${labelOf(leaf) ?? `${name} ${limitText(leaf, min, false)}`} (${vi ? "đang là" : "is"} ${formatNumber(n, lang)})` };
  }

  function disciplineOutcome(leaf: Leaf, r: RowData): Outcome {
    if (!r.sheet.available.has("discipline")) return { ok: null, field: "discipline", why: "column", text: fieldLabel(ctx.cc, "discipline", lang) };
    const col = r.sheet.layout.columns["discipline"] ?? 0;
    const d = readDiscipline(r.sheet.grid.value(r.row, col), r.sheet.grid.text(r.row, col));
    if (d.kind === "none") return PASS;
    if (d.kind === "pending" && leaf.discipline === "served") return PASS;
    if (d.kind !== "pending" && leaf.discipline === "not-pending") return PASS;
    if (d.kind === "pending")
      return {
        ok: false,
        field: "discipline",
        text: labelOf(leaf) ?? (vi ? `đang xem xét kỷ luật hoặc điều tra, thanh tra, kiểm tra (“${d.text}”): chưa khen thưởng hoặc đề nghị khen thưởng` : `discipline or an investigation is pending (“${d.text}”): no award or nomination meanwhile`),
      };
    const ys = yearlyOf(ctx, r.sheet);
    const year = theRowYear(ys, r);
    if (d.until === null)
      return { ok: null, field: "discipline", why: "unclear", text: vi ? `kỷ luật “${d.text}” không ghi ngày chấp hành xong` : `discipline “${d.text}” gives no end date` };
    if (year === null) return { ok: null, field: "discipline", why: "unclear", text: vi ? "không rõ năm xét khen thưởng" : "the assessed year is unknown" };
    if (firstCountingYear(d.until) <= year) return PASS;
    const end = formatSerial(d.until);
    return {
      ok: false,
      field: "discipline",
      text: vi
        ? `kỷ luật đến ${end}: thành tích được tính từ khi chấp hành xong kỷ luật, nên năm ${year} chưa được tính đủ`
        : `disciplined until ${end}: achievements count only from the end of the discipline, so ${year} does not count in full`,
    };
  }

  function outcome(c: Criterion, r: RowData): Outcome {
    if (!("anyOf" in c)) return leafOutcome(c, r);
    const all = c.anyOf.map((l) => leafOutcome(l, r));
    if (all.some((o) => o.ok === true)) return PASS;
    const unknown = all.find((o) => o.ok === null);
    const or = vi ? " hoặc " : " or ";
    const text = c.label?.[lang] ?? all.map((o) => (o.ok === true ? "" : o.text)).join(or);
    if (unknown && unknown.ok === null) return { ok: null, field: unknown.field, why: unknown.why, text };
    return { ok: false, field: (all[0] as { field?: string }).field, text };
  }
  return { outcome };
}

function eligibilityRunner(ctx: Ctx & YearlyCtx, rule: Rule): RuleRunner {
  const when = compileWhen(ctx, rule.when);
  const proposesField = rule.proposes?.field ?? "title";
  const evals = { vi: makeEval(ctx, rule, "vi"), en: makeEval(ctx, rule, "en") };
  return {
    rule,
    needs(sheet) {
      const ys = yearlyOf(ctx, sheet);
      const base = Object.keys(rule.when ?? {});
      // a rule about every nomination needs its criteria's column (the discipline column); one about a title, a way to see titles
      if (!rule.proposes) return [...base, ...rule.allOf.flatMap((c) => ("anyOf" in c ? [] : c.discipline ? ["discipline"] : c.field ? [c.field] : []))];
      return canPropose(ys, proposesField) ? base : [...base, proposesField];
    },
    row(r) {
      if (!holds(when, r.vals)) return;
      const ys = yearlyOf(ctx, r.sheet);
      let ids: string[] = [];
      if (rule.proposes) {
        ids = proposed(ctx, ys, r, rule.proposes.field, rule.proposes.values);
        if (!ids.length) return;
      } else if (!proposesAnything(ctx, ys, r)) return;
      if (rule.nominee && nomineeKindOf(ctx, r) !== rule.nominee) return;
      const outs = rule.allOf.map((c) => evals.vi.outcome(c, r));
      const fails = outs.filter((o): o is Extract<Outcome, { ok: false }> => o.ok === false);
      // messages in both languages, so the report can be shown in either (report/format.ts fills the templates)
      const titles = (lang: Lang) => (rule.proposes ? titleLabel(ctx, rule.proposes.field, ids, lang) : lang === "vi" ? "khen thưởng" : "an award");
      const articlePart = article(rule);
      const texts = (pick: (o: Outcome[]) => string) => ({ vi: pick(outs), en: pick(rule.allOf.map((c) => evals.en.outcome(c, r))) });
      if (fails.length) {
        const first = fails[0]!;
        const criterion = texts((os) => os.filter((o): o is Extract<Outcome, { ok: false }> => o.ok === false).map((f) => f.text).join("; "));
        ctx.sink.add(rule, {
          code: "not-eligible",
          sheet: r.sheet,
          row: r.row,
          ...(first.field !== undefined && r.sheet.available.has(first.field) ? { field: first.field } : rule.proposes ? { field: rule.proposes.field } : {}),
          data: { title: titles("vi"), titleEn: titles("en"), criterion: criterion.vi, criterionEn: criterion.en, articlePart, ...(first.field ? { failed: first.field } : {}) },
        });
        return;
      }
      for (let k = 0; k < outs.length; k++) {
        const o = outs[k] as Outcome;
        if (o.ok !== null) continue;
        if (o.why === "column" && o.field) {
          missingColumn(ctx, rule, r, o.field);
        } else if (o.why === "empty" && o.field) {
          ctx.sink.add(rule, { code: "missing-value", sheet: r.sheet, row: r.row, field: o.field, data: { field: o.field } });
        } else {
          const en = evals.en.outcome(rule.allOf[k] as Criterion, r);
          const enText = en.ok === null ? en.text : o.text;
          ctx.sink.add(rule, {
            code: "not-eligible",
            severity: "warning",
            sheet: r.sheet,
            row: r.row,
            ...(o.field !== undefined && r.sheet.available.has(o.field) ? { field: o.field } : {}),
            data: { title: titles("vi"), titleEn: titles("en"), criterion: `chưa xác định được: ${o.text}`, criterionEn: `cannot be told: ${enText}`, articlePart },
          });
        }
        return;
      }
    },
  };
}

export const eligibilityKind = defineRuleKind({
  kind: "eligibility",
  schema: eligibilitySchema,
  codes: { "not-eligible": YEARLY_CODES["not-eligible"] },
  fields: (rule) => {
    const out = [...whenFields(rule)];
    if (rule.proposes) out.push(rule.proposes.field);
    if (rule.nominee) out.push("nomineeType");
    for (const c of rule.allOf)
      for (const leaf of "anyOf" in c ? c.anyOf : [c]) {
        if (leaf.field !== undefined) out.push(leaf.field);
        if (leaf.ratio) out.push(leaf.ratio.of, leaf.ratio.over, ...(leaf.ratio.share ? [leaf.ratio.share] : []));
        if (leaf.discipline) out.push("discipline");
      }
    return out;
  },
  create: (ctx, rule) => eligibilityRunner(ctx, rule),
});
