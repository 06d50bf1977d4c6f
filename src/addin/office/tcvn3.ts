// TCVN3 (".VnTime" fonts) text to Unicode, with iconv-lite's own table; loaded only when a sheet needs it

interface SbcsTable {
  chars: string;
}

/** builds the decoder from iconv-lite's single-byte tables (a lazy chunk in the pane's bundle) */
export async function loadTcvn3Decoder(): Promise<(text: string) => string> {
  const mod = (await import("iconv-lite/encodings/sbcs-data-generated.js")) as unknown as {
    default?: Record<string, SbcsTable | string>;
  } & Record<string, SbcsTable | string>;
  const data = mod.default ?? mod;
  const tcvn = data["tcvn"];
  const cp1252 = data["windows1252"];
  if (typeof tcvn !== "object" || typeof cp1252 !== "object") throw new Error("iconv-lite tables missing");
  return makeDecoder(tcvn.chars, cp1252.chars);
}

/** text whose characters stand for TCVN3 bytes (as Latin-1 or Windows-1252) -> Unicode */
export function makeDecoder(tcvnChars: string, cp1252Chars: string): (text: string) => string {
  const byteOf = new Map<string, number>();
  for (let b = 0x80; b < 0x100; b++) {
    const ch = cp1252Chars[b];
    if (ch && ch !== "\ufffd") byteOf.set(ch, b);
  }
  return (text) => {
    let out = "";
    for (const ch of text) {
      const code = ch.codePointAt(0) ?? 0;
      if (code < 0x80) {
        out += ch;
        continue;
      }
      const b = code <= 0xff ? code : byteOf.get(ch);
      out += b === undefined ? ch : tcvnChars[b] ?? ch;
    }
    return out;
  };
}
