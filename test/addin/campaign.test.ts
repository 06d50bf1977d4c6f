import { expect, test } from "vitest";
import { CAMPAIGN_KEY } from "../../src/addin/office/campaignStore.js";
import { kienGiang, reopen, setup } from "./harness.js";

test("the campaign chosen is stored in the workbook and read back by the next person who opens it", async () => {
  const h = setup();
  expect(await h.port.loadCampaign()).toEqual({ kind: "none" });
  await h.port.saveCampaign(kienGiang(), "preset:kien-giang-2021-covid");
  expect(h.host.settings.saves).toBe(1);
  const other = reopen(h, { displayLanguage: "en-US" });
  const back = await other.port.loadCampaign();
  expect(back).toEqual({ kind: "ok", campaign: kienGiang(), source: "preset:kien-giang-2021-covid" });
});

test("a stored campaign that no longer validates is reported with JSON paths", async () => {
  const h = setup();
  h.host.settings.set(CAMPAIGN_KEY, JSON.stringify({ ...kienGiang(), rules: [{ id: "x", kind: "threshold", anyOf: [{ field: "contribution" }] }] }));
  const back = await h.port.loadCampaign();
  expect(back.kind).toBe("invalid");
  if (back.kind === "invalid") expect(back.errors.map((e) => e.path)).toContain("$.rules[0].anyOf[0].min");
});

test("layout corrections per sheet are stored too", async () => {
  const h = setup();
  await h.port.saveLayout("Danh sách", { headerRow: 6, columns: { unit: 5 } });
  expect(reopen(h).port.loadLayout("Danh sách")).toEqual({ headerRow: 6, columns: { unit: 5 } });
  await h.port.saveLayout("Danh sách", undefined);
  expect(h.port.loadLayout("Danh sách")).toBeUndefined();
});
