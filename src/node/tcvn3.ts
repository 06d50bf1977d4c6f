// legacy TCVN3 (ABC, ".VnTime" fonts) text: Excel stores the font's bytes as windows-1252 characters;
// map each character back to its byte, then read the bytes with iconv-lite's tcvn codec
import iconv from "iconv-lite";

let charToByte: Map<string, number> | undefined;

function table(): Map<string, number> {
  if (charToByte) return charToByte;
  const m = new Map<string, number>();
  const bytes = Buffer.alloc(128);
  for (let i = 0; i < 128; i++) bytes[i] = 0x80 + i;
  const cp1252 = iconv.decode(bytes, "windows-1252");
  for (let i = 0; i < 128; i++) {
    const c = cp1252[i]!;
    if (c !== "\uFFFD") m.set(c, 0x80 + i);
    m.set(String.fromCharCode(0x80 + i), 0x80 + i); // latin-1 reading of the same byte (C1 controls)
  }
  charToByte = m;
  return m;
}

/** true when every character maps to one byte, i.e. the text could be TCVN3 read as windows-1252 */
export function isByteText(text: string): boolean {
  const t = table();
  for (const c of text) if (c.charCodeAt(0) >= 0x80 && !t.has(c)) return false;
  return true;
}

/** decodes TCVN3 text; text holding characters outside windows-1252 is returned unchanged (already Unicode) */
export function decodeTcvn3(text: string): string {
  if (!/[\u0080-\u02FF\u2000-\u21FF]/.test(text)) return text; // plain ascii: nothing to decode
  const t = table();
  const bytes: number[] = [];
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (code < 0x80) bytes.push(code === 0 ? 0x20 : code);
    else {
      const b = t.get(c);
      if (b === undefined) return text;
      bytes.push(b);
    }
  }
  return iconv.decode(Buffer.from(bytes), "tcvn").normalize("NFC");
}

/** encodes Unicode Vietnamese as TCVN3 read through windows-1252: how such a cell arrives from Excel */
export function encodeTcvn3(text: string): string {
  const bytes = iconv.encode(text.normalize("NFC"), "tcvn");
  let out = "";
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : iconv.decode(Buffer.from([b]), "windows-1252").replace("\uFFFD", String.fromCharCode(b));
  return out;
}

/** fonts of the TCVN3 family: .VnTime, .VnTimeH, .VnArial … */
export function isTcvn3Font(name: string | undefined): boolean {
  return name !== undefined && /^\.vn/i.test(name.trim());
}
