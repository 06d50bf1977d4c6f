// which number formats show a date (or time): the built-in ids and the tokens of a custom format code

/** built-in format ids that are dates or times (ECMA-376 Part 1, 18.8.30; 27–36 and 50–58 are the East Asian ones) */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

export function isDateFormat(id: number, code: string | undefined): boolean {
  if (code === undefined) return BUILTIN_DATES.has(id);
  // the first section decides; quoted text, escaped characters and [colour]/[$-locale] are not tokens
  const first = code.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/)[0] ?? "";
  const bare = first
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?!h+\]|m+\]|s+\])[^\]]*\]/gi, "")
    .replace(/_.|\*./g, "");
  if (/^general$/i.test(bare.trim())) return false;
  return /[dmyhs]/i.test(bare) || /\[(h+|m+|s+)\]/i.test(bare);
}
