// legacy TCVN3 (ABC, ".VnTime" fonts): Excel shows the font's bytes as windows-1252 characters;
// each character is mapped back to its byte, and the byte read through TCVN3's table
// one decoder for both edges; an edge that knows the cell's font passes it as the hint

/** TCVN3 bytes 0x80–0xFF as Unicode (the same as iconv-lite's "tcvn" table, checked by a test) */
const TCVN3_HIGH =
  "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ" +
  "\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ" +
  "ẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịò" +
  "ỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ";

/** windows-1252 characters for bytes 0x80–0x9F (C1 controls where windows-1252 has none); A0–FF is Latin-1 */
const CP1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

const byteOf = new Map<string, number>();
for (let b = 0x80; b < 0x100; b++) byteOf.set(String.fromCharCode(b), b); // the Latin-1 reading
for (let i = 0; i < 32; i++) byteOf.set(CP1252_C1[i] as string, 0x80 + i); // the windows-1252 reading
const charOf = new Map<string, string>(); // Unicode character -> its windows-1252 face, for encoding
for (let b = 0xff; b >= 0x80; b--) {
  const face = b < 0xa0 ? (CP1252_C1[b - 0x80] as string) : String.fromCharCode(b);
  charOf.set(TCVN3_HIGH[b - 0x80] as string, face);
}

/** true when every character can stand for one byte, i.e. the text could be TCVN3 read as windows-1252 */
export function isByteText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80 && !byteOf.has(text[i] as string)) return false;
  return true;
}

/**
 * TCVN3 text to Unicode, NFC. All or nothing: text holding a character that is no byte (already Unicode)
 * comes back unchanged. ASCII stays itself, except NUL, which becomes a space (it cannot be written to XML).
 */
export function decodeTcvn3(text: string): string {
  if (!/[\u0000\u0080-\u02FF\u2000-\u21FF]/.test(text) || !isByteText(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) out += " ";
    else if (c < 0x80) out += text[i] as string;
    else out += TCVN3_HIGH[(byteOf.get(text[i] as string) as number) - 0x80] as string;
  }
  return out.normalize("NFC");
}

/** Unicode Vietnamese as TCVN3 read through windows-1252: how such a cell arrives from Excel (tests, fixtures) */
export function encodeTcvn3(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    if (ch.charCodeAt(0) < 0x80) out += ch;
    else {
      const face = charOf.get(ch) ?? charOf.get(ch.normalize("NFD").slice(0, 1)); // a precomposed letter TCVN3 lacks
      out += face ?? "?";
    }
  }
  return out;
}

// letters Unicode Vietnamese uses from Latin-1; anything else in A0–FF hints TCVN3 read as cp1252
const VN_LATIN1 = new Uint8Array(256);
for (const ch of "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ") VN_LATIN1[ch.charCodeAt(0)] = 1;

function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff);
}

/** legacy TCVN3 (.VnTime) text shows as Latin-1 symbols such as ¸ µ ¶ ¨ when read as Unicode */
export function looksLikeTcvn3(s: string): boolean {
  let odd = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // below A0, and the no-break space: the same character read either way (TCVN3's byte A0 is U+00A0), so
    // no sign of TCVN3; text pasted from the web holds it
    if (c <= 0xa0) continue;
    if (c > 0xff) {
      // real Unicode Vietnamese (ă đ ơ ư ĩ ũ, U+1EA0–1EF9) or other scripts: not TCVN3
      if (c !== 0x2018 && c !== 0x2019 && c !== 0x201c && c !== 0x201d && c !== 0x2013 && c !== 0x2014 && c !== 0x2026)
        return false;
      continue;
    }
    if (VN_LATIN1[c] === 0) odd++;
    // "GiÊy": TCVN3's lowercase ấ is cp1252's capital Ê, inside a lowercase word
    else if (i > 0 && isLower(s.charCodeAt(i - 1)) && (s[i] as string) !== (s[i] as string).toLowerCase()) odd++;
  }
  return odd > 0;
}

/** fonts of the TCVN3 family: .VnTime, .VnTimeH, .VnArial … */
export function isTcvn3Font(name: string | undefined): boolean {
  return name !== undefined && /^\.vn/i.test(name.trim());
}

/**
 * the one place legacy text is decoded. `font` is the edge's hint: a cell in a .Vn font is decoded whenever
 * its text can be bytes; without the hint (or in another font) only when the text looks like TCVN3.
 */
export function decodeLegacy(text: string, font?: string): string {
  if (isTcvn3Font(font) || looksLikeTcvn3(text)) return decodeTcvn3(text);
  return text;
}
