// what every part of the editor reaches for: the draft, its errors, a way to change it, the words
import { createContext, useContext } from "react";
import type { Campaign, Lang, Report } from "../../../../engine/index.js";
import type { Draft, Path } from "./draft.js";
import type { Strings } from "./strings.js";

/** what the editor may ask of where it runs: the task pane on a workbook, or a plain browser (all absent) */
export interface EditorHost {
  loadPresets(): Promise<Campaign[]>;
  /** the campaign saved in this workbook */
  loadStored?(): Promise<Campaign | null>;
  save?(campaign: Campaign): Promise<void>;
  /** the sheet the pane would check, and a check of the draft on it that marks nothing */
  sheet?: string | null;
  trySheet?(campaign: Campaign): Promise<Report>;
}

export interface EditorContextValue {
  s: Strings;
  lang: Lang;
  draft: Draft;
  errors: Map<string, string>;
  update(path: Path, value: unknown): void;
  change(fn: (d: Draft) => Draft): void;
  /** an input's error shows once it was touched (or for a draft that came with errors, at once) */
  shown(key: string): boolean;
  touch(key: string): void;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditorContext(): EditorContextValue {
  const v = useContext(EditorContext);
  if (!v) throw new Error("useEditorContext outside <EditorContext>");
  return v;
}
