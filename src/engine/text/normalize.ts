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
