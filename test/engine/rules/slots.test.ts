// the duplicate rule's table of first listings: a slot found once is read, then written
import { describe, expect, it } from "vitest";
import { HashSlots } from "../../../src/engine/rules/slots.js";

describe("HashSlots", () => {
  it("keeps every key through growth, keys that share their low bits included", () => {
    const t = new HashSlots();
    // multiples of 4096 all start probing at slot 0 of a small table: one long run of collisions
    const keys = [...Array.from({ length: 3000 }, (_, i) => i * 4096), ...Array.from({ length: 3000 }, (_, i) => (i * 2654435761) >>> 2)];
    keys.forEach((k, v) => {
      const i = t.find(k);
      if (t.value(i) === -1) t.put(i, k, v);
    });
    const first = new Map<number, number>();
    keys.forEach((k, v) => first.has(k) || first.set(k, v));
    for (const [k, v] of first) expect(t.value(t.find(k))).toBe(v);
    expect(t.value(t.find(123_456_789))).toBe(-1);
  });

  it("a put on a found key replaces its entry", () => {
    const t = new HashSlots();
    t.put(t.find(7), 7, 1);
    t.put(t.find(7), 7, 2);
    expect(t.value(t.find(7))).toBe(2);
  });
});
