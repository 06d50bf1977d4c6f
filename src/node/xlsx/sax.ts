// a conformant XML parse of one package part with saxes (a kept, well-tested SAX parser): element names by
// their local name (so <x:row> is <row>), and any well-formedness error, a cut-off part included, thrown
import { SaxesParser, type SaxesTagPlain } from "saxes";

export class XmlDamage extends Error {
  override readonly name = "XmlDamage";
}

export interface SaxHandlers {
  open(local: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close(local: string): void;
  text(text: string): void;
}

export function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

const CHUNK = 1 << 22;

/** parses the whole part; throws XmlDamage when it is not well-formed XML to its end */
export function parseXml(xml: string, h: SaxHandlers): void {
  const p = new SaxesParser({ xmlns: false, position: false });
  p.on("opentag", (t: SaxesTagPlain) => h.open(localName(t.name), t.attributes, t.isSelfClosing));
  p.on("closetag", (t: SaxesTagPlain) => h.close(localName(t.name)));
  p.on("text", h.text);
  p.on("cdata", h.text);
  p.on("doctype", () => {
    // OOXML parts never carry a DTD; one is how entity bombs arrive
    throw new XmlDamage("DOCTYPE in a package part");
  });
  try {
    const start = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (let i = start; i < xml.length; i += CHUNK) p.write(xml.slice(i, i + CHUNK));
    p.close();
  } catch (e) {
    if (e instanceof XmlDamage) throw e;
    throw new XmlDamage((e as Error).message);
  }
}
