// a table from a 30-bit hash to the newest entry with it: open addressing with linear probing over two
// Int32Arrays, grown when half full. For the duplicate rule, where a Map's lookup and then insert of 100,000
// distinct names per list (two probes, each a cache miss, and the Map's growth) were most of its cost; here
// one probe finds the slot that is read and then written

export class HashSlots {
  private keys = new Int32Array(1024);
  private vals = new Int32Array(1024).fill(-1); // -1: an empty slot
  private mask = 1023;
  private used = 0;

  /** the slot of `h`: where it is, or the empty one where it would go (valid until the next put) */
  find(h: number): number {
    let i = h & this.mask; // h is a hash already (nameHash, mixed with the group)
    while (this.vals[i] !== -1 && this.keys[i] !== h) i = (i + 1) & this.mask;
    return i;
  }

  /** the entry in slot `i`, -1 if none */
  value(i: number): number {
    return this.vals[i] as number;
  }

  /** slot `i` (from find(h)) now holds entry `v` (≥ 0) for `h` */
  put(i: number, h: number, v: number): void {
    const fresh = this.vals[i] === -1;
    this.keys[i] = h;
    this.vals[i] = v;
    if (fresh && ++this.used * 2 > this.mask) this.grow();
  }

  private grow(): void {
    const { keys, vals } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.vals = new Int32Array(keys.length * 2).fill(-1);
    this.mask = keys.length * 2 - 1;
    for (let i = 0; i < keys.length; i++) {
      if (vals[i] === -1) continue;
      const j = this.find(keys[i] as number);
      this.keys[j] = keys[i] as number;
      this.vals[j] = vals[i] as number;
    }
  }
}
