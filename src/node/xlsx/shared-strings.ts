// the shared-strings part: each <si> as its text (plain or rich runs; phonetic runs left out) and the font
// its runs name, if any (a rich string in ".VnTime" is TCVN3 even in a cell whose own font is not)
import { parseXml, type SaxHandlers } from "./sax.js";

export interface SharedStrings {
  text: string[];
  /** index -> the first run font, only for rich strings that name one */
  runFont: Map<number, string>;
}

export interface PartReader<T> {
  h: SaxHandlers;
  done(): T;
}

export function sharedStringsReader(): PartReader<SharedStrings> {
  const text: string[] = [];
  const runFont = new Map<number, string>();
  let cur = "";
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  const h: SaxHandlers = {
    open(name, a, selfClosing) {
      if (name === "si") (inSi = true), (cur = "");
      else if (!inSi) return;
      else if (name === "t") inT = !selfClosing;
      else if (name === "rPh") phonetic += selfClosing ? 0 : 1;
      else if (name === "rFont" && !runFont.has(text.length) && a["val"]) runFont.set(text.length, a["val"]);
    },
    close(name) {
      if (name === "t") inT = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") text.push(cur), (inSi = false);
    },
    text(s) {
      if (inT && !phonetic) cur += s;
    },
  };
  return { h, done: () => ({ text, runFont }) };
}

export function readSharedStrings(xml: string | undefined): SharedStrings {
  const r = sharedStringsReader();
  if (xml !== undefined) parseXml(xml, r.h);
  return r.done();
}
