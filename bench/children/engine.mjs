// the engine alone, rows already in memory, in a process of its own (its heap holds nothing else): the engine
// as built (dist/, what `thidua` runs). argv: the sheet as JSON, the campaign id, the number of runs.
// Prints { engine: ms[], hinted: ms[], findings } — hinted: the same check comparing the sheet with every preset
import { readFileSync } from "node:fs";
import { check } from "../../dist/engine/index.js";
import { getPreset, PRESETS } from "../../dist/presets/index.js";

const [file, id, n] = process.argv.slice(2);
const sheet = JSON.parse(readFileSync(file, "utf8"));
const campaign = getPreset(id);
check(campaign, [sheet], { guessLegacy: true }); // warm-up
const engine = [];
const hinted = [];
let findings = 0;
for (let i = 0; i < Number(n); i++) {
  const t0 = performance.now();
  findings = check(campaign, [sheet], { guessLegacy: true }).findings.length;
  engine.push(performance.now() - t0);
  const t1 = performance.now();
  check(campaign, [sheet], { guessLegacy: true, hintCandidates: () => PRESETS });
  hinted.push(performance.now() - t1);
}
process.stdout.write(JSON.stringify({ engine, hinted, findings }));
