// the thidua command: argument parsing with commander; returns the exit status, never calls process.exit
import { readFileSync } from "node:fs";
import { Command, CommanderError, Option } from "commander";
import { isWorkbookError } from "../node/errors.js";
import { runCheck } from "./commands/check.js";
import { runPresets } from "./commands/presets.js";
import { runRulesCheck, runRulesNew, runRulesSchema } from "./commands/rules.js";
import { createT, langFromArgv, type T } from "./i18n.js";
import { CliError, processIo, type Io } from "./io.js";
import { commanderMessage, optionDescription } from "./commander-i18n.js";
import { workbookErrorLine } from "./messages.js";

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
  } catch {
    return "0.0.0";
  }
}

function build(t: T, io: Io, done: (code: number) => void): Command {
  const program = new Command("thidua")
    .description(t("help.program"))
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => undefined })
    .configureHelp({
      showGlobalOptions: true,
      styleTitle: (s: string) => t(`help.titles.${s.replace(/:$/, "")}`, { defaultValue: s }),
      optionDescription: optionDescription(t),
      // the command list shows each command with its own usage line (in the user's language), not commander's "[options]"
      subcommandTerm: (cmd: Command) => [cmd.name(), cmd.usage()].filter(Boolean).join(" "),
    })
    .usage(t("commander.usage.program"))
    .helpOption("-h, --help", t("help.help"))
    .helpCommand(false)
    .version(version(), "-V, --version", t("help.version"))
    .addOption(new Option("--lang <lang>", t("help.lang")).choices(["vi", "en"]).default("vi"))
    .showSuggestionAfterError(false);
  const format = () => new Option("--format <format>", t("help.format")).choices(["text", "json"]).default("text");

  program
    .command("check")
    .usage(t("commander.usage.check"))
    .description(t("help.check"))
    .argument("<inputs...>", t("help.inputs"))
    .option("--campaign <campaign>", t("help.campaign"))
    .option("--sheet <name>", t("help.sheet"))
    .option("--out <file>", t("help.out"))
    .option("--out-dir <dir>", t("help.outDir"))
    .option("--map <field=column>", t("help.map"), (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option("--unit <unit>", t("help.unit"))
    .option("--history <path>", t("help.history"), (v: string, prev: string[] = []) => [...prev, v])
    .option("--year <year>", t("help.year"))
    .addOption(format())
    .action(async (inputs: string[], opts: Record<string, string | undefined> & { history?: string[] }) => {
      const g = program.opts<{ lang: "vi" | "en" }>();
      const o = {
        format: (opts["format"] ?? "text") as "text" | "json",
        lang: g.lang,
        ...(opts["campaign"] !== undefined ? { campaign: opts["campaign"] } : {}),
        ...(opts["sheet"] !== undefined ? { sheet: opts["sheet"] } : {}),
        ...(opts["out"] !== undefined ? { out: opts["out"] } : {}),
        ...(opts["outDir"] !== undefined ? { outDir: opts["outDir"] } : {}),
        ...(opts["unit"] !== undefined ? { unit: opts["unit"] } : {}),
        map: (opts["map"] as unknown as string[] | undefined) ?? [],
        ...(opts.history !== undefined ? { history: opts.history } : {}),
        ...(opts["year"] !== undefined ? { year: opts["year"] } : {}),
      };
      done(await runCheck(inputs, o, io, t));
    });

  program
    .command("presets")
    .usage(t("commander.usage.command"))
    .description(t("help.presets"))
    .addOption(format())
    .action((opts: { format: "text" | "json" }) => done(runPresets({ lang: program.opts<{ lang: "vi" | "en" }>().lang, format: opts.format }, io)));

  const rules = program.command("rules").usage(t("commander.usage.group")).description(t("help.rules")).helpCommand(false);
  rules
    .command("check")
    .usage(t("commander.usage.file"))
    .description(t("help.rulesCheck"))
    .argument("<file>")
    .addOption(format())
    .action(async (file: string, opts: { format: "text" | "json" }) =>
      done(await runRulesCheck(file, { format: opts.format, lang: program.opts<{ lang: "vi" | "en" }>().lang }, io, t)),
    );
  rules
    .command("new")
    .usage(t("commander.usage.command"))
    .description(t("help.rulesNew"))
    .requiredOption("--from <campaign>", t("help.from"))
    .option("--id <id>", t("help.newId"))
    .option("--out <file>", t("help.newOut"))
    .option("--force", t("help.force"))
    .action(async (opts: { from: string; id?: string; out?: string; force?: boolean }) =>
      done(
        await runRulesNew(
          {
            from: opts.from,
            lang: program.opts<{ lang: "vi" | "en" }>().lang,
            ...(opts.id !== undefined ? { id: opts.id } : {}),
            ...(opts.out !== undefined ? { out: opts.out } : {}),
            ...(opts.force ? { force: true } : {}),
          },
          io,
          t,
        ),
      ),
    );
  rules
    .command("schema")
    .usage(t("commander.usage.command"))
    .description(t("help.rulesSchema"))
    .action(async () => done(await runRulesSchema(io)));
  return program;
}

/** runs the command; the promise gives the exit status: 0 clean, 1 error findings, 2 could not run */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const t = createT(langFromArgv(argv));
  let code = 0;
  const program = build(t, io, (c) => (code = c));
  try {
    if (!argv.length) throw new CliError("no-command");
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.exitCode === 0) return 0;
      // a command group without its command ("thidua rules", "thidua --lang en"): commander has shown the help;
      // one line says what is missing (its own message is the internal "(outputHelp)")
      if (e.code === "commander.help") {
        io.err(t(argv.includes("rules") ? "err.no-rules-command" : "err.no-command") + "\n");
        return 2;
      }
      io.err(t("err.args", { detail: commanderMessage(e, t) }) + "\n");
      return 2;
    }
    io.err(errorLine(e, t) + "\n");
    return 2;
  }
}

export function errorLine(e: unknown, t: T): string {
  if (e instanceof CliError) {
    const data = e.key === "write" ? { ...e.data, reason: t(`writeReason.${e.data["reason"] ?? "other"}`) } : e.data;
    const line = t(`err.${e.key}`, data);
    return e.data["more"] !== undefined ? line + t("err.rule-file-more", { n: e.data["more"], file: e.data["file"] ?? "" }) : line;
  }
  if (isWorkbookError(e)) return workbookErrorLine(e, t);
  return t("err.internal", { detail: e instanceof Error ? e.message : String(e) });
}
