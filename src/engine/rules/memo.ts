// results remembered per distinct value of one column, in an array indexed by the value's slot
import type { Parsed } from "../values/parse.js";

/** compute(p) once per distinct value; only for values of ONE field (slots are numbered per field) */
export class ValueMemo<T> {
  private readonly known: (T | undefined)[] = [];

  constructor(private readonly compute: (p: Parsed) => T) {}

  get(p: Parsed): T {
    const s = p.slot;
    if (s < 0) return this.compute(p); // a value no column cache keeps (free text, section values)
    let v = this.known[s];
    if (v === undefined) {
      v = this.compute(p);
      // filled in order: a far index would turn the array into a slow dictionary
      while (this.known.length < s) this.known.push(undefined);
      this.known[s] = v;
    }
    return v;
  }
}
