// commander's own words in the user's language: its error lines (read back from its stable English
// messages by error code, commander v14 lib/command.js) and the "(choices …, default …)" of --help
import type { CommanderError, Option } from "commander";
import type { T } from "./i18n.js";

/** [error code, the English message it gives, the key of our own line] — the captures fill {{a}}, {{b}}, {{c}} */
const ERRORS: [string, RegExp, string][] = [
  ["commander.missingArgument", /missing required argument '(.+?)'/, "missingArgument"],
  ["commander.optionMissingArgument", /option '(.+?)' argument missing/, "optionMissingArgument"],
  ["commander.missingMandatoryOptionValue", /required option '(.+?)' not specified/, "missingMandatoryOption"],
  ["commander.invalidArgument", /option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+?)\.$/, "invalidChoice"],
  ["commander.invalidArgument", /argument '(.+?)' is invalid\. Allowed choices are (.+?)\.$/, "invalidArgumentChoice"],
  ["commander.unknownOption", /unknown option '(.+?)'/, "unknownOption"],
  ["commander.unknownCommand", /unknown command '(.+?)'/, "unknownCommand"],
  ["commander.excessArguments", /too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\./, "excessArguments"],
  ["commander.conflictingOption", /option '(.+?)' cannot be used with option '(.+?)'/, "conflictingOption"],
];

/** commander's error as one line in the user's language (its English text when we do not know the message) */
export function commanderMessage(e: CommanderError, t: T): string {
  const text = e.message.replace(/^error:\s*/, "").split("\n")[0] ?? "";
  for (const [code, re, key] of ERRORS) {
    if (e.code !== code) continue;
    const m = re.exec(text);
    if (!m) continue;
    if (key === "excessArguments") return t(`commander.${key}`, { expected: m[2] ?? "", got: m[3] ?? "" });
    return t(`commander.${key}`, { a: m[1] ?? "", b: m[2] ?? "", c: m[3] ?? "" });
  }
  return text;
}

/** the "(choices: …, default: …)" after an option's description, in the user's language */
export function optionDescription(t: T): (option: Option) => string {
  return (option) => {
    const extra: string[] = [];
    if (option.argChoices) extra.push(t("commander.choices", { list: option.argChoices.join(", ") }));
    const d = option.defaultValue as unknown;
    const shown = d !== undefined && !(Array.isArray(d) && d.length === 0) && (option.required || option.optional);
    if (shown) extra.push(t("commander.default", { value: option.defaultValueDescription ?? (typeof d === "string" ? d : JSON.stringify(d)) }));
    return extra.length ? `${option.description} (${extra.join("; ")})` : option.description;
  };
}
