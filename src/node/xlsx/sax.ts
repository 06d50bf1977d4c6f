// a conformant XML parse of one package part with saxes (a kept, well-tested SAX parser): element names by
// their local name (so <x:row> is <row>), and any well-formedness error, a cut-off part included, thrown
import { SaxesParser, type SaxesTagPlain } from "saxes";

export class XmlDamage extends Error {
  override readonly name = "XmlDamage";
}

/** thrown by a handler on purpose to stop a parse: passed on as it is, not taken for damage */
export class ParseStop extends Error {}

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
const CHUNK = 1 << 22;

export class XmlStream {
  private readonly p = new SaxesParser({ xmlns: false, position: false });
  private first = true;
  /** the elements open now, by their names as written (a self-closing one opens and closes at once) */
  readonly open: string[] = [];
  /** tags opened and closed so far, and the local name of the last one closed */
  tags = 0;
  lastClosed = "";

  constructor(h: SaxHandlers) {
    const p = this.p;
    const open = this.open;
    p.on("opentag", (t: SaxesTagPlain) => {
      this.tags++;
      open.push(t.name);
      h.open(localName(t.name), t.attributes, t.isSelfClosing);
    });
    p.on("closetag", (t: SaxesTagPlain) => {
      this.tags++;
      open.pop();
      this.lastClosed = localName(t.name);
      h.close(this.lastClosed);
    });
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

  /** a whole text at once, written in slices */
  writeAll(text: string): void {
    for (let i = 0; i < text.length; i += CHUNK) this.write(text.slice(i, i + CHUNK));
  }

  close(): void {
    this.guard(() => this.p.close());
  }

  private guard(f: () => unknown): void {
    try {
      f();
    } catch (e) {
      if (e instanceof XmlDamage || e instanceof ParseStop) throw e;
      throw new XmlDamage((e as Error).message);
    }
  }
}

/** parses the whole part; throws XmlDamage when it is not well-formed XML to its end */
export function parseXml(xml: string, h: SaxHandlers): void {
  const x = new XmlStream(h);
  x.writeAll(xml);
  x.close();
}
