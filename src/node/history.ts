// --history: past award decisions or lists, read with the same reader as the inputs; every sheet is offered
// to the engine, which finds the lists in them and their years (a column, the title, the file name)
import type { SheetInput } from "../engine/core.js";
import { readWorkbook } from "./read.js";

export interface HistoryInput {
  path: string;
  label: string;
}

export async function readHistory(inputs: readonly HistoryInput[], exclude: string[] = []): Promise<SheetInput[]> {
  const sheets: SheetInput[] = [];
  for (const i of inputs) {
    const read = await readWorkbook(i.path, { label: i.label, exclude });
    sheets.push(...read.sheets);
  }
  return sheets;
}
