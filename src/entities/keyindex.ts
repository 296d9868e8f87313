/**
 * A reusable set of 32-bit keys numbering them 0, 1, 2... in insertion order, emptied in O(1)
 * by `reset` (a generation stamp per slot). Per-document tallies keyed by a word's hash live in
 * typed arrays at those numbers instead of a Map or Set of numbers (whose uint32 keys above
 * 2^30 are heap numbers: an allocation per insert and a slower hash).
 */
export class KeyIndex {
  private keys = new Uint32Array(1024);
  private ids = new Int32Array(1024);
  private stamps = new Uint32Array(1024);
  private gen = 1;
  private mask = 1023;
  /** Keys since the last reset. */
  size = 0;

  reset(): void {
    this.size = 0;
    if (++this.gen === 0xffffffff) {
      this.stamps.fill(0);
      this.gen = 1;
    }
  }

  private static start(key: number, mask: number): number {
    return (key ^ (key >>> 15)) & mask;
  }

  /** The number of `key`, or -1 when it has not been added since the last reset. */
  get(key: number): number {
    key >>>= 0;
    const keys = this.keys;
    const stamps = this.stamps;
    const gen = this.gen;
    const mask = this.mask;
    for (let s = KeyIndex.start(key, mask); ; s = (s + 1) & mask) {
      if (stamps[s] !== gen) return -1;
      if (keys[s] === key) return this.ids[s]!;
    }
  }

  /** The number of `key`, adding it (as `size`, before the increment) when absent. */
  add(key: number): number {
    key >>>= 0;
    const mask = this.mask;
    const gen = this.gen;
    let s = KeyIndex.start(key, mask);
    for (; this.stamps[s] === gen; s = (s + 1) & mask) if (this.keys[s] === key) return this.ids[s]!;
    if ((this.size + 1) * 2 > mask + 1) {
      this.grow();
      return this.add(key);
    }
    this.stamps[s] = gen;
    this.keys[s] = key;
    this.ids[s] = this.size;
    return this.size++;
  }

  private grow(): void {
    const { keys, ids, stamps, gen } = this;
    const cap = (this.mask + 1) * 2;
    const mask = (this.mask = cap - 1);
    this.keys = new Uint32Array(cap);
    this.ids = new Int32Array(cap);
    this.stamps = new Uint32Array(cap);
    for (let s = 0; s < keys.length; s++) {
      if (stamps[s] !== gen) continue;
      let t = KeyIndex.start(keys[s]!, mask);
      while (this.stamps[t] === gen) t = (t + 1) & mask;
      this.stamps[t] = gen;
      this.keys[t] = keys[s]!;
      this.ids[t] = ids[s]!;
    }
  }
}
