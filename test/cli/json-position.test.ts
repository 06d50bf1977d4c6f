// the line:column of a rule file's first JSON syntax error
import { describe, expect, it } from "vitest";
import { jsonErrorOffset, lineColumn } from "../../src/cli/json-position.js";

describe("jsonErrorOffset", () => {
  it.each([
    ['{"a": 1}', -1],
    ['[1, 2.5e3, "x\\u00e9", true, false, null, {}]', -1],
    ['{"a": }', 6],
    ['{"a": 1,}', 8],
    ["{a: 1}", 1],
    ['{"a": 01}', 7],
    ['{"a": "x', 8],
    ['{"a": 1} x', 9],
    ["", 0],
  ])("%j -> %i", (text, at) => {
    expect(jsonErrorOffset(text)).toBe(at);
    if (at >= 0) expect(() => JSON.parse(text)).toThrow();
    else expect(() => JSON.parse(text)).not.toThrow();
  });

  it("gives line:column", () => {
    const text = '{\n  "id": "x",\n  "name": }';
    expect(lineColumn(text, jsonErrorOffset(text))).toBe("3:11");
  });
});
