// text keys: case-, accent-, spacing- and Unicode-form-insensitive
// the per-character fold table is built lazily from String.prototype.normalize

const fold = new Map<number, string>();

function foldChar(code: number): string {
  let f = fold.get(code);
  if (f === undefined) {
    const ch = String.fromCharCode(code);
    if (code === 0x111 || code === 0x110) f = "d";
    else {
      const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
      f = /^[a-z0-9]*$/.test(base) ? base : /\p{L}|\p{N}/u.test(base) ? base : " ";
    }
    fold.set(code, f);
  }
  return f;
}

/** lowercase, no accents, đ→d, punctuation→space, single spaces, trimmed */
export function normalizeText(s: string): string {
  let out = "";
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let f: string;
    if (c >= 97 && c <= 122) f = s[i] as string;
    else if (c >= 48 && c <= 57) f = s[i] as string;
    else if (c >= 65 && c <= 90) f = String.fromCharCode(c + 32);
    else if (c >= 0x300 && c <= 0x36f) continue; // combining marks (NFD input)
    else if (c < 128) f = " ";
    else f = foldChar(c);
    if (f === " ") {
      if (!space) out += " ";
      space = true;
    } else {
      out += f;
      space = false;
    }
  }
  return space && out.length > 0 ? out.slice(0, -1) : out;
}

/** keeps accents (Lê ≠ Lệ) but not case, spacing or Unicode form: for person names */
export function nameKey(s: string): string {
  return cleanText(s).toLowerCase();
}

// a leading, trailing or double space; a control character, no-break space, combining mark, or anything past U+1FFF
const UNCLEAN = /^ | $|  |[\x00-\x1f\xa0\u0300-\u036f\u2000-\uffff]/;

/** already trimmed, single-spaced and free of combining marks (so NFC as typed); a regex scans faster than a loop */
export function isClean(s: string): boolean {
  return !UNCLEAN.test(s);
}

/** trimmed NFC text with single spaces, as shown back to users */
export function cleanText(s: string): string {
  // most cells are clean already: no new string then
  if (isClean(s)) return s;
  return s.normalize("NFC").replace(/\s+/g, " ").trim();
}

// letters Unicode Vietnamese uses from Latin-1; anything else in A0–FF hints TCVN3 read as cp1252
const VN_LATIN1 = new Set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ");

function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff);
}

/** legacy TCVN3 (.VnTime) text shows as Latin-1 symbols such as ¸ µ ¶ ¨ when read as Unicode */
export function looksLikeTcvn3(s: string): boolean {
  let odd = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xa0) continue;
    if (c > 0xff) {
      // real Unicode Vietnamese (ă đ ơ ư ĩ ũ, U+1EA0–1EF9) or other scripts: not TCVN3
      if (c !== 0x2018 && c !== 0x2019 && c !== 0x201c && c !== 0x201d && c !== 0x2013 && c !== 0x2014 && c !== 0x2026)
        return false;
      continue;
    }
    if (!VN_LATIN1.has(s[i] as string)) odd++;
    // "GiÊy": TCVN3's lowercase ấ is cp1252's capital Ê, inside a lowercase word
    else if (i > 0 && isLower(s.charCodeAt(i - 1)) && (s[i] as string) !== (s[i] as string).toLowerCase()) odd++;
  }
  return odd > 0;
}
