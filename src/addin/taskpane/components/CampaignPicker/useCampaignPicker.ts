// the campaign's choices: the one stored in this workbook, the built-in presets, an imported rule file
import { useCallback, useEffect, useState } from "react";
import type { Campaign } from "../../../../engine/index.js";
import type { StoredCampaign } from "../../../port.js";
import type { ChosenCampaign } from "../../App.js";
import { usePane } from "../../context.js";
import { describeError } from "../../describe.js";
import { loadEngine, loadPresets } from "../../lazy.js";

export interface CampaignOption {
  value: string;
  group: "stored" | "presets" | "imported";
  campaign: Campaign;
  source: string;
}

export interface ImportErrors {
  file: string;
  errors: { path: string; message: string }[];
}

export function useCampaignPicker(chosen: ChosenCampaign | null, onChoose: (c: ChosenCampaign) => void) {
  const { port, t } = usePane();
  const [options, setOptions] = useState<CampaignOption[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [storedInvalid, setStoredInvalid] = useState<StoredCampaign | null>(null);
  const [importErrors, setImportErrors] = useState<ImportErrors | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const [{ PRESETS }, stored] = await Promise.all([loadPresets(), port.loadCampaign()]);
        if (!live) return;
        const list: CampaignOption[] = PRESETS.map((c) => ({ value: `preset:${c.id}`, group: "presets", campaign: c, source: `preset:${c.id}` }));
        if (stored.kind === "ok") {
          list.unshift({ value: "stored", group: "stored", campaign: stored.campaign, source: stored.source });
          setSelected("stored");
          onChoose({ campaign: stored.campaign, source: stored.source });
        } else if (stored.kind === "invalid") setStoredInvalid(stored);
        setOptions(list);
      } catch (e) {
        if (live) setError(describeError(e, t));
      }
    })();
    return () => {
      live = false;
    };
    // load once per pane
  }, [port]);

  // a campaign chosen elsewhere (a hint's "use this plan"): the list shows it too
  useEffect(() => {
    if (!chosen || !options) return;
    if (options.find((o) => o.value === selected)?.campaign === chosen.campaign) return;
    const opt = options.find((o) => o.group === "presets" && o.campaign === chosen.campaign);
    if (opt) setSelected(opt.value);
  }, [chosen, options, selected]);

  const choose = useCallback(
    async (value: string, list = options) => {
      const opt = list?.find((o) => o.value === value);
      if (!opt) return;
      setSelected(value);
      setError(null);
      onChoose({ campaign: opt.campaign, source: opt.source });
      try {
        await port.saveCampaign(opt.campaign, opt.source);
      } catch (e) {
        setError(describeError(e, t));
      }
    },
    [options, onChoose, port, t],
  );

  const importFile = useCallback(
    async (file: File) => {
      setImportErrors(null);
      let json: unknown;
      try {
        json = JSON.parse(await file.text());
      } catch (e) {
        setImportErrors({ file: file.name, errors: [{ path: "$", message: t("campaign.notJson", { message: e instanceof Error ? e.message : String(e) }) }] });
        return;
      }
      const parsed = (await loadEngine()).parseCampaign(json);
      if (!parsed.ok) {
        setImportErrors({ file: file.name, errors: parsed.errors });
        return;
      }
      const opt: CampaignOption = { value: `file:${file.name}`, group: "imported", campaign: parsed.campaign, source: `file:${file.name}` };
      const list = [...(options ?? []).filter((o) => o.group !== "imported"), opt];
      setOptions(list);
      await choose(opt.value, list);
    },
    [options, choose, t],
  );

  return { options, selected, chosen, choose, importFile, importErrors, storedInvalid, error };
}
