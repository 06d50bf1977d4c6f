// how well a campaign's rules fit a sheet's content: the share of sampled values its unconditional
// `allowed` rules accept (award forms, nominee types, reward kinds), and the share of the columns its rules
// read that the sheet has. The same measure for the campaign checked and for every candidate.
import { matchVocab, type CompiledCampaign } from "../campaign/compile.js";
import { ruleFields } from "../rules/registry.js";
import { allowedSets } from "../rules/allowed.js";
import { normalizeText } from "../text/normalize.js";
import type { SheetEvidence } from "./evidence.js";

export interface Tally {
  /** sampled values the rule accepts */
  fit: number;
  /** sampled non-empty values */
  of: number;
}

export interface Fit {
  /** 0..1: values weighed 0.6 and columns 0.4; columns alone where no allowed rule had values to judge */
  score: number;
  /** the award-form rule's tally, for the hint's message (absent when there was nothing to count) */
  awardForm?: Tally;
  values: Tally;
  columns: { found: number; of: number };
}

const VALUE_WEIGHT = 0.6;
/** a header holding one of a field's headers of at least this length names that field */
const CONTAINED_KEY = 8;

/** the column of a field: the check's own, else a header cell naming one of the campaign's headers for it */
function columnOf(cc: CompiledCampaign, ev: SheetEvidence, field: string): number | undefined {
  const col = ev.columns[field];
  if (col !== undefined) return col;
  const keys = cc.byId.get(field)?.keys ?? [];
  for (const h of ev.headers) for (const k of keys) if (k && (h.key === k || (k.length >= CONTAINED_KEY && ` ${h.key} `.includes(` ${k} `)))) return h.col;
  return undefined;
}

export function campaignFit(cc: CompiledCampaign, ev: SheetEvidence): Fit {
  const values: Tally = { fit: 0, of: 0 };
  let awardForm: Tally | undefined;
  for (const rule of cc.rules) {
    if (rule.kind !== "allowed" || rule.when) continue;
    const col = columnOf(cc, ev, rule.field);
    if (col === undefined) continue;
    const voc = cc.vocab.get(rule.field);
    const { ids, literals, patterns } = allowedSets(voc, rule);
    const t: Tally = { fit: 0, of: 0 };
    for (const text of ev.values(col, rule.field)) {
      const norm = normalizeText(text);
      if (!norm) continue;
      const id = voc ? matchVocab(voc, norm) : null;
      t.of++;
      if ((id !== null && ids.has(id)) || literals.has(norm) || patterns.some((g) => g.test(norm))) t.fit++;
    }
    values.fit += t.fit;
    values.of += t.of;
    if (rule.field === "awardForm" && t.of) awardForm = awardForm ? { fit: awardForm.fit + t.fit, of: awardForm.of + t.of } : t;
  }
  const needed = new Set(cc.rules.flatMap(ruleFields));
  let found = 0;
  for (const f of needed) if (ev.implied.has(f) || columnOf(cc, ev, f) !== undefined) found++;
  const columnShare = needed.size ? found / needed.size : 1;
  const score = values.of ? VALUE_WEIGHT * (values.fit / values.of) + (1 - VALUE_WEIGHT) * columnShare : columnShare;
  return { score, values, columns: { found, of: needed.size }, ...(awardForm ? { awardForm } : {}) };
}
