import { TYPES, type TokenSpan } from './tags.js';

/** Entity-level exact-match counts per type, as conlleval counts them. */
export class SpanScore {
  readonly tp = new Float64Array(TYPES.length);
  readonly fp = new Float64Array(TYPES.length);
  readonly fn = new Float64Array(TYPES.length);

  add(gold: readonly TokenSpan[], pred: readonly TokenSpan[], types: readonly number[] = [0, 1, 2, 3]): void {
    const key = (s: TokenSpan) => `${s.start}:${s.end}:${s.type}`;
    const g = new Set(gold.filter((s) => types.includes(s.type)).map(key));
    const p = new Set(pred.filter((s) => types.includes(s.type)).map(key));
    for (const s of gold) if (types.includes(s.type)) (p.has(key(s)) ? this.tp : this.fn)[s.type]! += 1;
    for (const s of pred) if (types.includes(s.type) && !g.has(key(s))) this.fp[s.type]! += 1;
  }

  prf(type?: number): { p: number; r: number; f: number; tp: number; fp: number; fn: number } {
    const sum = (a: Float64Array) => (type === undefined ? a.reduce((x, y) => x + y, 0) : a[type]!);
    const tp = sum(this.tp), fp = sum(this.fp), fn = sum(this.fn);
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
  }

  f1(): number {
    return this.prf().f;
  }
}
