// where a JSON text first goes wrong, as line:column (node's JSON.parse does not always say)

/** what the first syntax error is, in words the user's language can say (node's own message is English) */
export type JsonFault = "end" | "comma-or-brace" | "comma-or-bracket" | "property-name" | "colon" | "escape" | "control" | "value" | "after";

/** the offset of the first syntax error, or -1 when the text is valid JSON */
export function jsonErrorOffset(text: string): number {
  return jsonError(text)?.offset ?? -1;
}

/** the first syntax error: where and what, or null when the text is valid JSON */
export function jsonError(text: string): { offset: number; fault: JsonFault } | null {
  let i = 0;
  let fault: JsonFault = "value";
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const fail = (why: JsonFault = "value"): never => {
    fault = i >= text.length ? "end" : why;
    throw i;
  };
  const lit = (word: string) => (text.startsWith(word, i) ? (i += word.length) : fail());
  const str = () => {
    i++; // opening quote
    while (i < text.length && text[i] !== '"') {
      if (text[i] === "\\") {
        i++;
        if (text[i] === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail("escape");
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? "x")) fail("escape");
      } else if (text.charCodeAt(i) < 0x20) fail("control");
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const num = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || !m[0]) fail();
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail("property-name");
        str();
        ws();
        if (text[i] !== ":") fail("colon");
        i++;
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") return void i++;
        else fail("comma-or-brace");
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") return void i++;
        else fail("comma-or-bracket");
      }
    }
    if (c === '"') return str();
    if (c === "t") return void lit("true");
    if (c === "f") return void lit("false");
    if (c === "n") return void lit("null");
    return num();
  };
  try {
    value();
    ws();
    return i < text.length ? { offset: i, fault: "after" } : null;
  } catch (at) {
    return { offset: typeof at === "number" ? at : 0, fault };
  }
}

export function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return `${line}:${offset - before.lastIndexOf("\n")}`;
}
