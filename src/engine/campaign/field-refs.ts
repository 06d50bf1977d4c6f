// every field id a rule names, with its JSON path: a rule file naming a field nobody declares (a typo such
// as "contributon") is an error of `rules check`, not a column silently never found
import type { z } from "zod";
import type { rule } from "./schema.js";

type RuleIn = z.output<typeof rule>;
export type FieldRef = [field: string, path: (string | number)[]];

const whenRefs = (when: Record<string, unknown> | undefined, path: (string | number)[]): FieldRef[] =>
  Object.keys(when ?? {}).map((f) => [f, [...path, "when", f]]);

export function fieldRefs(r: RuleIn, i: number): FieldRef[] {
  const at: (string | number)[] = ["rules", i];
  const out = whenRefs(r.when, at);
  switch (r.kind) {
    case "required":
      r.fields.forEach((f, j) => out.push([f, [...at, "fields", j]]));
      break;
    case "allowed":
    case "period":
    case "deadline":
      out.push([r.field, [...at, "field"]]);
      break;
    case "threshold":
      r.anyOf.forEach((c, j) => {
        out.push([c.field, [...at, "anyOf", j, "field"]]);
        out.push(...whenRefs(c.when, [...at, "anyOf", j]));
      });
      break;
    case "quota":
      Object.keys(r.exempt ?? {}).forEach((f) => out.push([f, [...at, "exempt", f]]));
      break;
    case "duplicate":
      (r.keys ?? []).forEach((f, j) => out.push([f, [...at, "keys", j]]));
      break;
  }
  return out;
}
