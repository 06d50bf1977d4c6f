// allowed values: award forms, nominee types, reward kinds, the proposing unit for a kind
import type { z } from "zod";
import type { allowedRule } from "../campaign/schema.js";
import { vocabLabel } from "../campaign/compile.js";
import { compileGlob } from "../text/glob.js";
import { normalizeText } from "../text/normalize.js";
import { compileWhen, fieldIndex, holds, type Ctx, type RuleRunner } from "./context.js";
import { ValueMemo } from "./memo.js";

const MAX_SHOWN = 6;

export function allowedRunner(ctx: Ctx, rule: z.output<typeof allowedRule>): RuleRunner {
  const when = compileWhen(ctx, rule.when);
  const index = fieldIndex(ctx, rule.field);
  const voc = ctx.cc.vocab.get(rule.field);
  const ids = new Set<string>();
  const literals = new Set<string>();
  for (const v of rule.values ?? []) {
    if (voc?.entries.some((e) => e.id === v)) ids.add(v);
    else literals.add(normalizeText(v));
  }
  const patterns = (rule.patterns ?? []).map(compileGlob);
  const ok = new ValueMemo((p) => (p.id !== null && ids.has(p.id)) || literals.has(p.norm) || patterns.some((re) => re.test(p.norm)));
  // vocabulary labels, else the first few literal values: a message stays readable
  const shown = [
    ...(rule.values ?? []).map((v) => (ids.has(v) ? vocabLabel(ctx.cc, rule.field, v, ctx.lang) : v)),
    ...(rule.patterns ?? []),
  ];
  const allowed = shown.length > MAX_SHOWN ? `${shown.slice(0, MAX_SHOWN).join("; ")}; …` : shown.join("; ");
  return {
    rule,
    needs: () => [rule.field, ...Object.keys(rule.when ?? {})],
    row(r) {
      const p = r.vals[index];
      if (!p || p.empty || p.bad) return;
      if (!holds(when, r.vals) || ok.get(p)) return;
      const shown = p.id !== null && p.text === "" ? vocabLabel(ctx.cc, rule.field, p.id, ctx.lang) : p.text;
      ctx.sink.add(rule, { code: "not-allowed", sheet: r.sheet, row: r.row, field: rule.field, data: { value: shown, allowed } });
    },
  };
}
