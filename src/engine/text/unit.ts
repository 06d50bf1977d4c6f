// one key per proposing unit however it is written: "UBND huyện Gò Quao" = "Huyện Gò Quao", "TP Rạch Giá" = "Thành phố Rạch Giá"

const LOCALITY = "(?:huyen|thanh pho|thi xa|quan|xa|phuong|thi tran|tinh)";
const PEOPLES_COMMITTEE = new RegExp(`^(?:ubnd|uy ban nhan dan) (?=${LOCALITY} )`);

const memo = new Map<string, string>();

/** from normalised text (normalizeText) to the unit's key; units repeat, so keys are remembered */
export function unitKey(norm: string): string {
  let k = memo.get(norm);
  if (k === undefined) {
    k = computeKey(norm);
    if (memo.size > 50_000) memo.clear();
    memo.set(norm, k);
  }
  return k;
}

function computeKey(norm: string): string {
  let k = norm;
  if (k.startsWith("tp ")) k = "thanh pho " + k.slice(3);
  k = k.replace(PEOPLES_COMMITTEE, "");
  if (k.startsWith("tp ")) k = "thanh pho " + k.slice(3);
  return k;
}
