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

const locals = new Map<string, string>();

/** "x:row" -> "row"; the few names of a part are cut once each */
export function localName(name: string): string {
  if (name.indexOf(":") < 0) return name;
  let l = locals.get(name);
  if (l === undefined) {
    const i = name.indexOf(":");
    l = i < 0 ? name : name.slice(i + 1);
    if (locals.size < 10_000) locals.set(name, l);
  }
  return l;
}

/** a parse fed piece by piece (as a part inflates); close() throws XmlDamage when the part did not end well-formed */
export class XmlStream {
  private readonly p = new SaxesParser({ xmlns: false, position: false });
  private first = true;

  constructor(h: SaxHandlers) {
    const p = this.p;
    p.on("opentag", (t: SaxesTagPlain) => h.open(localName(t.name), t.attributes, t.isSelfClosing));
    p.on("closetag", (t: SaxesTagPlain) => h.close(localName(t.name)));
    p.on("text", h.text);
    p.on("cdata", h.text);
    p.on("doctype", () => {
      // OOXML parts never carry a DTD; one is how entity bombs arrive
      throw new XmlDamage("DOCTYPE in a package part");
    });
  }

  write(text: string): void {
    if (this.first && text.length) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.guard(() => this.p.write(text));
  }

  close(): void {
    this.guard(() => this.p.close());
  }

  private guard(f: () => unknown): void {
    try {
      f();
    } catch (e) {
      if (e instanceof XmlDamage) throw e;
      throw new XmlDamage((e as Error).message);
    }
  }
}

const CHUNK = 1 << 22;

/** parses the whole part; throws XmlDamage when it is not well-formed XML to its end */
export function parseXml(xml: string, h: SaxHandlers): void {
  const x = new XmlStream(h);
  for (let i = 0; i < xml.length; i += CHUNK) x.write(xml.slice(i, i + CHUNK));
  x.close();
}
