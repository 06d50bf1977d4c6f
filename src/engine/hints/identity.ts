// what names a campaign in a list's title block: its province, its plan's number, its slogan. Read from the
// rule file's own words (name, plan title, number, issuer), once per campaign object, only when a check asks.
import type { Campaign } from "../campaign/schema.js";
import { normalizeText } from "../text/normalize.js";

export interface Named {
  /** as the rule file writes it ("Kon Tum", "57/KH-SNV"), for the hint's message */
  text: string;
  /** normalised, padded with spaces for whole-word search */
  key: string;
}

export interface CampaignIdentity {
  /** provinces (or cities) the plan belongs to: "tỉnh Kon Tum" → Kon Tum */
  places: Named[];
  /** the plan's own number ("Kế hoạch số 57/KH-SNV", plan.number) */
  numbers: Named[];
  /** documents the plan cites ("thực hiện Quyết định số 1497/QĐ-TTg"): weak, many plans cite them */
  cited: Named[];
  /** quoted campaign slogans; `own` when the slogan names the plan's own place */
  slogans: (Named & { own: boolean })[];
  /** the plan's name and title as runs of four words (normalised, padded), for a title that names it unquoted */
  phrases: string[];
}

// "tỉnh Kon Tum", "thành phố Hải Phòng", "TP. Hồ Chí Minh": up to three capitalised words
const PLACE = /(?:\btỉnh|\bthành phố|\bTP\.?)\s+((?:\p{Lu}[\p{Ll}\p{M}]*)(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,2})/gu;
// "57/KH-SNV", "1497/QĐ-TTg", "06/2022/QH15", "152/2025/NĐ-CP"
const NUMBER = /\b\d{1,5}\/(?:\d{4}\/)?\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*/gu;
// a document number right after "Kế hoạch (số)" / "Luật … số": the plan's own
const OWN_NUMBER = /(?:kế hoạch|luật[^;,“”]*?)\s+(?:số\s+)?$/iu;
const QUOTED = /“([^”]+)”|"([^"]+)"/gu;
const MIN_SLOGAN_WORDS = 5;
const PHRASE_WORDS = 4;
/** a run tells a plan only with this many words outside what every emulation plan and list says */
const PHRASE_OWN_WORDS = 2;
// normalised words of any emulation plan or list, COVID-19 campaigns and the nation-wide slogan among them
const GENERIC = new Set(
  (
    "phong trao thi dua dac biet dot khen thuong de nghi danh sach ke hoach trien khai phat dong thuc hien ve cac cap " +
    "tap the ca nhan co thanh tich xuat sac lap trong cong tac chong dich covid benh dai chien thang doan ket chung suc " +
    "dong long nuoc nhan dan cung va cua so ngay nam tinh huyen xa thanh pho ubnd uy ban chu tich quyet dinh luat " +
    "chinh phu thu tuong nghi dinh hang nhiem ky den tu tai cho voi"
  ).split(" "),
);

/** runs of four words holding no number and at least two words of the plan's own */
function phrasesOf(texts: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of texts) {
    const w = normalizeText(t).split(" ").filter(Boolean);
    for (let i = 0; i + PHRASE_WORDS <= w.length; i++) {
      const run = w.slice(i, i + PHRASE_WORDS);
      if (run.some((x) => /\d/.test(x)) || run.filter((x) => !GENERIC.has(x)).length < PHRASE_OWN_WORDS) continue;
      out.add(` ${run.join(" ")} `);
    }
  }
  return [...out];
}

const named = (text: string): Named => ({ text, key: ` ${normalizeText(text)} ` });

function uniq<T extends Named>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((n) => n.key.trim() !== "" && !seen.has(n.key) && (seen.add(n.key), true));
}

const cache = new WeakMap<Campaign, CampaignIdentity>();

export function campaignIdentity(c: Campaign): CampaignIdentity {
  const hit = cache.get(c);
  if (hit) return hit;
  const texts = [c.name.vi, c.plan.title, c.plan.issuer ?? ""];
  const places = uniq(texts.flatMap((t) => [...t.matchAll(PLACE)].map((m) => named(m[1]!))));
  const numbers: Named[] = c.plan.number ? [named(c.plan.number)] : [];
  const cited: Named[] = [];
  for (const t of [c.plan.title, c.name.vi])
    for (const m of t.matchAll(NUMBER)) (OWN_NUMBER.test(t.slice(0, m.index)) ? numbers : cited).push(named(m[0]));
  const own = uniq(numbers);
  const slogans = uniq(
    texts.flatMap((t) =>
      [...t.matchAll(QUOTED)]
        .map((m) => named((m[1] ?? m[2] ?? "").trim()))
        .filter((s) => s.key.trim().split(" ").length >= MIN_SLOGAN_WORDS)
        .map((s) => ({ ...s, own: places.some((p) => s.key.includes(p.key)) })),
    ),
  );
  const id: CampaignIdentity = {
    places,
    numbers: own,
    cited: uniq(cited).filter((n) => !own.some((o) => o.key === n.key)),
    slogans,
    phrases: phrasesOf([c.name.vi, c.plan.title]),
  };
  cache.set(c, id);
  return id;
}
