// what a list's title block says of a campaign: its province named (2), its plan's own number (3), its own
// slogan (3); a cited document or a nation-wide slogan many plans share (1). A title naming another
// campaign's province and not this one's rules this one out, whatever number it cites.
import type { CampaignIdentity, Named } from "./identity.js";
import { provincesNamed } from "./provinces.js";

export const PLACE_WEIGHT = 2;
export const OWN_WEIGHT = 3;
export const WEAK_WEIGHT = 1;
/** runs of four words of the plan's name that no other campaign compared shares, found in the title */
export const PHRASE_WEIGHT = 2;
export const MIN_PHRASES = 2;

export interface TitleScore {
  score: number;
  /** what the title names of the campaign, as the rule file writes it */
  named: string[];
  /** the title names another province and none of this one's */
  conflict: boolean;
  /** the title holds the campaign's slogan, or distinctive runs of its name */
  slogan: boolean;
}

const inTitle = (title: string, n: Named) => title.includes(n.key);

/** the provinces the title names: of the country, and of every campaign compared (normalised keys) */
export function placesNamed(title: string, ids: readonly CampaignIdentity[]): Set<string> {
  const out = new Set<string>(provincesNamed(title));
  for (const id of ids) for (const p of id.places) if (inTitle(title, p)) out.add(p.key);
  return out;
}

/** each four-word run of the campaigns' names -> how many of them have it: a run only one has tells it apart */
export function phraseCounts(ids: readonly CampaignIdentity[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const id of ids) for (const p of id.phrases) out.set(p, (out.get(p) ?? 0) + 1);
  return out;
}

export function titleScore(id: CampaignIdentity, title: string, named: ReadonlySet<string>, counts: ReadonlyMap<string, number> = new Map()): TitleScore {
  const ownPlaces = id.places.filter((p) => named.has(p.key));
  if (id.places.length && !ownPlaces.length && named.size) return { score: 0, named: [], conflict: true, slogan: false };
  const out: Named[] = [...ownPlaces];
  let score = ownPlaces.length ? PLACE_WEIGHT : 0;
  const own = id.numbers.find((n) => inTitle(title, n));
  if (own) (score += OWN_WEIGHT), out.push(own);
  const slogan = id.slogans.find((s) => inTitle(title, s));
  if (slogan) score += slogan.own ? OWN_WEIGHT : WEAK_WEIGHT;
  // the plan's name written unquoted ("… lập thành tích chào mừng Đại hội Đảng bộ các cấp"): only runs of words
  // no other campaign has count, so the words every COVID plan shares ("thi đua đặc biệt … Covid-19") never do
  const phrase = !slogan && id.phrases.filter((p) => (counts.get(p) ?? 0) === 1 && title.includes(p)).length >= MIN_PHRASES;
  if (phrase) score += PHRASE_WEIGHT;
  const cited = id.cited.find((n) => inTitle(title, n));
  if (cited) (score += WEAK_WEIGHT), out.push(cited);
  // a slogan is long: the message names the province and numbers, and only says that the slogan matched
  return { score, named: out.map((n) => n.text), conflict: false, slogan: slogan !== undefined || phrase };
}
