/**
 * First-order Viterbi over a tag set with transition constraints, shared by the sequence taggers
 * (entities' BILOU tagger, the quote taggers).
 */
export class Viterbi {
  /** For each tag, the previous tags that may precede it (start excluded). */
  private readonly prevs: Uint8Array[] = [];
  private score: Float32Array;
  private back: Uint8Array;

  /**
   * @param T number of tags
   * @param allowed allowed[prev * T + cur]; prev = T is the sentence start
   * @param canEnd canEnd[tag]: 1 when a sentence may end on the tag
   */
  constructor(readonly T: number, readonly allowed: Uint8Array, readonly canEnd: Uint8Array) {
    for (let cur = 0; cur < T; cur++) {
      const list: number[] = [];
      for (let prev = 0; prev < T; prev++) if (allowed[prev * T + cur]) list.push(prev);
      this.prevs.push(Uint8Array.from(list));
    }
    const total = this.prevs.reduce((a, l) => a + l.length, 0);
    this.pStart = new Int32Array(T + 1);
    this.pList = new Uint8Array(total);
    this.tIdx = new Int32Array(total);
    this.tl = new Float64Array(total);
    let q = 0;
    for (let cur = 0; cur < T; cur++) {
      this.pStart[cur] = q;
      for (const prev of this.prevs[cur]!) {
        this.pList[q] = prev;
        this.tIdx[q] = prev * T + cur;
        q++;
      }
    }
    this.pStart[T] = q;
    this.score = new Float32Array(64 * T);
    this.back = new Uint8Array(64 * T);
  }

  /** The prevs lists flattened: tag cur's previous tags are pList[pStart[cur]..pStart[cur+1]). */
  private readonly pStart: Int32Array;
  private readonly pList: Uint8Array;
  /** trans index (prev * T + cur) of each pList entry. */
  private readonly tIdx: Int32Array;
  /** The transition scores of one decode call in pList order. */
  private readonly tl: Float64Array;

  /**
   * Decodes emission scores emit[i*T+tag], transition scores trans[prev*T+cur] (prev = T for the
   * sentence start) and end scores into `out`; disallowed transitions are excluded.
   */
  decode(emit: Float32Array, trans: Float32Array, end: Float32Array, n: number, out: Uint8Array): void {
    if (n === 0) return;
    const T = this.T;
    const ALLOWED = this.allowed;
    if (this.score.length < n * T) {
      this.score = new Float32Array(n * T * 2);
      this.back = new Uint8Array(n * T * 2);
    }
    const score = this.score;
    const back = this.back;
    const NEG = -1e30;
    for (let t = 0; t < T; t++) score[t] = ALLOWED[T * T + t] ? emit[t]! + trans[T * T + t]! : NEG;
    const pStart = this.pStart;
    const pList = this.pList;
    const tl = this.tl;
    const tIdx = this.tIdx;
    for (let q = 0; q < tl.length; q++) tl[q] = trans[tIdx[q]!]!;
    for (let i = 1; i < n; i++) {
      const base = i * T;
      const pbase = base - T;
      let q = 0;
      for (let cur = 0; cur < T; cur++) {
        let best = NEG;
        let arg = 0;
        const qe = pStart[cur + 1]!;
        for (; q < qe; q++) {
          const prev = pList[q]!;
          const s = score[pbase + prev]! + tl[q]!;
          if (s > best) {
            best = s;
            arg = prev;
          }
        }
        score[base + cur] = best + emit[base + cur]!;
        back[base + cur] = arg;
      }
    }
    backtrace(score, back, end, this.canEnd, n, T, out);
  }
}

/**
 * The last step of a Viterbi decode, shared by every decoder: the best tag a sentence may end
 * on, then the back pointers from there (ties go to the lower tag, as in the forward pass).
 */
export function backtrace(score: Float32Array, back: Uint8Array, end: Float32Array, canEnd: Uint8Array, n: number, T: number, out: Uint8Array): void {
  let best = -1e30;
  let arg = 0;
  const last = (n - 1) * T;
  for (let t = 0; t < T; t++) {
    if (!canEnd[t]) continue;
    const s = score[last + t]! + end[t]!;
    if (s > best) {
      best = s;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg]!;
  }
}
