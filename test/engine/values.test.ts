import { describe, expect, it } from "vitest";
import { parseMoneyText, parsePercentValue } from "../../src/engine/values/number.js";
import { parseDateText, serialOf, toSerial, fromSerial } from "../../src/engine/values/date.js";
import { compileGlob } from "../../src/engine/text/glob.js";
import { normalizeText, cleanText } from "../../src/engine/text/normalize.js";
import { looksLikeTcvn3 } from "../../src/engine/text/tcvn3.js";

const money = (s: string) => parseMoneyText(normalizeText(s), s);

describe("money as clerks type it", () => {
  it.each([
    ["75.000.000", 75_000_000],
    ["75.000.000 đ", 75_000_000],
    ["75.000.000đ", 75_000_000],
    ["75,000,000", 75_000_000],
    ["75 000 000", 75_000_000],
    ["75 triệu", 75_000_000],
    ["75 triệu đồng", 75_000_000],
    ["75tr", 75_000_000],
    ["1,2 tỷ", 1_200_000_000],
    ["1,5 tỷ", 1_500_000_000],
    ["1 tỷ 200 triệu", 1_200_000_000],
    ["74.999.999 VNĐ", 74_999_999],
    ["500 nghìn", 500_000],
  ])("%s → %d", (s, n) => expect(money(s)).toBe(n));

  it.each(["abc", "75.00.000", "khoảng 75 triệu", "-", "12/10/2021", "75 USD"])("%s is unreadable", (s) => expect(money(s)).toBeNull());
});

describe("dates, day first", () => {
  const day = (y: number, m: number, d: number) => ({ from: serialOf(y, m, d), to: serialOf(y, m, d) });
  it.each([
    ["12/10/2021", day(2021, 10, 12)],
    ["1/11/2021", day(2021, 11, 1)],
    ["2021-11-01", day(2021, 11, 1)],
    ["12-10-2021", day(2021, 10, 12)],
    ["12.10.2021", day(2021, 10, 12)],
    ["ngày 12 tháng 10 năm 2021", day(2021, 10, 12)],
    ["30/6/2020", day(2020, 6, 30)],
  ])("%s", (s, want) => expect(parseDateText(s)).toEqual(want));

  it("a month alone is the whole month", () => {
    expect(parseDateText("tháng 11/2021")).toEqual({ from: serialOf(2021, 11, 1), to: serialOf(2021, 11, 30) });
    expect(parseDateText("02/2020")).toEqual({ from: serialOf(2020, 2, 1), to: serialOf(2020, 2, 29) });
  });

  it.each(["31/2/2021", "10/25/2021", "hôm qua", "2021/13/01", "32/1/2021"])("%s is unreadable", (s) => expect(parseDateText(s)).toBeNull());

  it("serials round-trip with JS dates (1900 system)", () => {
    expect(serialOf(2020, 6, 30)).toBe(44012);
    expect(toSerial(new Date(Date.UTC(2021, 10, 1)))).toBe(44501);
    expect(fromSerial(44501)).toEqual({ y: 2021, m: 11, d: 1 });
  });
});

describe("percent", () => {
  it.each([
    ["55%", 55],
    ["49,9 %", 49.9],
    [0.55, 55],
    [55, 55],
    ["0,7", 70],
  ] as const)("%s → %d", (v, n) => expect(parsePercentValue(v)).toBe(n));
  it("text that is not a number", () => expect(parsePercentValue("cao")).toBeNull());
});

describe("text keys", () => {
  it("ignores case, accents, spacing and Unicode form", () => {
    const nfd = "Ho\u0323 va\u0300 te\u0302n";
    expect(normalizeText(nfd)).toBe(normalizeText("  HỌ VÀ   TÊN "));
    expect(normalizeText("Đơn vị đề nghị")).toBe("don vi de nghi");
    expect(cleanText(" Nguye\u0302\u0303n  Văn A ")).toBe("Nguyễn Văn A");
  });

  it("glob patterns stop at word boundaries", () => {
    expect(compileGlob("Sở *").test(normalizeText("Sở Y tế"))).toBe(true);
    expect(compileGlob("Sở *").test(normalizeText("Sông Hồng"))).toBe(false);
    expect(compileGlob("Huyện *").test(normalizeText("Huyện Gò Quao"))).toBe(true);
  });

  it("recognises TCVN3 text read as Unicode", () => {
    expect(looksLikeTcvn3("NguyÔn V¨n A")).toBe(true);
    expect(looksLikeTcvn3("Nguyễn Văn A")).toBe(false);
    expect(looksLikeTcvn3("Hà Tiên")).toBe(false);
    expect(looksLikeTcvn3("GiÊy khen")).toBe(true);
    expect(looksLikeTcvn3("ĐÀ NẴNG")).toBe(false);
  });
});
