// --map field=COLUMN: the user's own column for a field, on every sheet checked
import { columnNumber, compileCampaign, type Campaign } from "../engine/core.js";
import { CliError } from "./io.js";

const MAP = /^\s*([A-Za-z][A-Za-z0-9]*)\s*=\s*([A-Za-z]{1,3}|-)\s*$/;

/** field -> 1-based column (0: drop the detected one); undefined when nothing was given */
export function columnOverrides(campaign: Campaign, given: readonly string[]): Record<string, number> | undefined {
  if (!given.length) return undefined;
  const fields = compileCampaign(campaign).fields.map((f) => f.id);
  const out: Record<string, number> = {};
  for (const g of given) {
    const m = MAP.exec(g);
    if (!m || !fields.includes(m[1] as string)) throw new CliError("bad-map", { value: g, fields: fields.join(", ") });
    out[m[1] as string] = m[2] === "-" ? 0 : columnNumber(m[2] as string);
  }
  return out;
}
