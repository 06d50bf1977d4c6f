// issue 6 in the editor: an own entry's name in the "remove" label was a String.replace replacement
// pattern, so a name holding $& or $' came out as the template's own text
import { describe, expect, it } from "vitest";
import { withName } from "../../src/addin/taskpane/components/Editor/textValues.js";

describe("labels with a user's name in them", () => {
  it.each(["$&", "$'", "$`", "$1", "Hộ $$ gia đình"])("keep %s as typed", (name) => {
    expect(withName("Xóa “{{name}}”", name)).toBe(`Xóa “${name}”`);
  });
});
