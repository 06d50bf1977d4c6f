// property-based: ≥ 10,000 generated money, date and nominee-type strings through the value parsers —
// never a throw or a hang, and parse → format → parse stable where a format exists
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileCampaign, matchVocab } from "../../src/engine/campaign/compile.js";
import { formatSerial, parseDateText } from "../../src/engine/values/date.js";
import { parseMoneyText } from "../../src/engine/values/number.js";
import { parseCell } from "../../src/engine/values/parse.js";
import { normalizeText } from "../../src/engine/text/normalize.js";
import { getPreset } from "../../src/presets/index.js";

const RUNS = 4000; // per property; three properties of strings: 12,000 in all

const junk = fc.string({ unit: fc.constantFrom(..."0123456789 .,-+/()đồngtriệu tỷnghìnkVNĐ$&'`\u00a0\u0301\u0000x🎉Ç_"), maxLength: 40 });
const digits = fc.integer({ min: 0, max: 999_999_999_999 });
const money = fc.oneof(
  junk,
  fc.string({ maxLength: 30 }),
  digits.map((n) => n.toLocaleString("vi-VN")),
  digits.map((n) => `${n.toLocaleString("en-US")} đồng`),
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom("triệu", "tỷ", "nghìn", "trđ", "đ")).map(([n, u]) => `${n} ${u}`),
);

const day = fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }));
const date = fc.oneof(
  junk,
  fc.string({ maxLength: 30 }),
  day.map(([y, m, d]) => `${d}/${m}/${y}`),
  day.map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
  day.map(([y, m, d]) => `ngày ${d} tháng ${m} năm ${y}`),
  day.map(([y, m]) => `tháng ${m}/${y}`),
);

describe("value parsers on generated text", () => {
  it("money: no throw; a value read back from its own plain and grouped forms is the same", () => {
    fc.assert(
      fc.property(money, (s) => {
        const n = parseMoneyText(normalizeText(s), s);
        if (n === null) return;
        expect(Number.isFinite(n)).toBe(true);
        if (Number.isInteger(n) && n >= 0 && n < 1e15) {
          expect(parseMoneyText(String(n), String(n))).toBe(n);
          const grouped = n.toLocaleString("vi-VN");
          expect(parseMoneyText(normalizeText(grouped), grouped)).toBe(n);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("dates: no throw; a day read back from its dd/mm/yyyy form is the same day", () => {
    fc.assert(
      fc.property(date, (s) => {
        const span = parseDateText(s);
        if (span === null) return;
        expect(span.from).toBeLessThanOrEqual(span.to);
        const again = parseDateText(formatSerial(span.from));
        expect(again).toEqual({ from: span.from, to: span.from });
      }),
      { numRuns: RUNS },
    );
  });

  it("nominee types: no throw; a recognised type read back from its own label is the same type", () => {
    const cc = compileCampaign(getPreset("kien-giang-2021-covid")!);
    const field = cc.byId.get("nomineeType")!;
    const vocab = cc.vocab.get("nomineeType")!;
    const words = fc.constantFrom("Cá nhân", "Tập thể", "Hộ gia đình", "cá  nhân", "CN", "TT", "tap the", "Ca nhan", "cá nhân, tập thể", "$&", "");
    const types = fc.oneof(words, junk, fc.string({ maxLength: 20 }), fc.tuple(words, junk).map(([a, b]) => a + b));
    fc.assert(
      fc.property(types, (s) => {
        const p = parseCell(field, vocab, s);
        if (p.empty || p.bad) return;
        expect(p.id).not.toBeNull();
        const label = vocab.entries.find((e) => e.id === p.id)!.label.vi;
        expect(matchVocab(vocab, normalizeText(label))).toBe(p.id);
      }),
      { numRuns: RUNS },
    );
  });
});
