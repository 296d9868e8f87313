/** Span scoring as citron scores PARC: exact and overlap precision/recall/F1 per span kind. */
export interface S {
  start: number;
  end: number;
}

export class SpanTally {
  predExact = 0;
  predOverlap = 0;
  pred = 0;
  goldExact = 0;
  goldOverlap = 0;
  gold = 0;

  /** Adds one document's predicted and gold spans (each deduplicated). */
  add(pred: readonly S[], gold: readonly S[]): void {
    const p = dedupe(pred);
    const g = dedupe(gold);
    this.pred += p.length;
    this.gold += g.length;
    const gk = new Set(g.map(key));
    const pk = new Set(p.map(key));
    for (const x of p) {
      if (gk.has(key(x))) this.predExact++;
      if (g.some((y) => overlaps(x, y))) this.predOverlap++;
    }
    for (const y of g) {
      if (pk.has(key(y))) this.goldExact++;
      if (p.some((x) => overlaps(x, y))) this.goldOverlap++;
    }
  }

  prf(mode: 'exact' | 'overlap'): { p: number; r: number; f: number } {
    const p = this.pred ? (mode === 'exact' ? this.predExact : this.predOverlap) / this.pred : 0;
    const r = this.gold ? (mode === 'exact' ? this.goldExact : this.goldOverlap) / this.gold : 0;
    return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
  }
}

export function overlaps(a: S, b: S): boolean {
  return a.start < b.end && b.start < a.end;
}

function key(s: S): string {
  return `${s.start}:${s.end}`;
}

function dedupe(xs: readonly S[]): S[] {
  const seen = new Set<string>();
  const out: S[] = [];
  for (const x of xs) {
    const k = key(x);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(x);
    }
  }
  return out;
}

/** A whole attribution: cue, source and content; missing parts must be missing on both sides. */
export interface Triple {
  cue: S | null;
  source: S | null;
  content: S | null;
}

function partMatch(a: S | null, b: S | null, mode: 'exact' | 'overlap'): boolean {
  if (!a || !b) return !a && !b;
  return mode === 'exact' ? a.start === b.start && a.end === b.end : overlaps(a, b);
}

export function tripleMatch(a: Triple, b: Triple, mode: 'exact' | 'overlap'): boolean {
  return partMatch(a.cue, b.cue, mode) && partMatch(a.source, b.source, mode) && partMatch(a.content, b.content, mode);
}

export class TripleTally {
  pred = 0;
  gold = 0;
  predOk = { exact: 0, overlap: 0 };
  goldOk = { exact: 0, overlap: 0 };

  add(pred: readonly Triple[], gold: readonly Triple[]): void {
    this.pred += pred.length;
    this.gold += gold.length;
    for (const mode of ['exact', 'overlap'] as const) {
      for (const p of pred) if (gold.some((g) => tripleMatch(p, g, mode))) this.predOk[mode]++;
      for (const g of gold) if (pred.some((p) => tripleMatch(p, g, mode))) this.goldOk[mode]++;
    }
  }

  prf(mode: 'exact' | 'overlap'): { p: number; r: number; f: number } {
    const p = this.pred ? this.predOk[mode] / this.pred : 0;
    const r = this.gold ? this.goldOk[mode] / this.gold : 0;
    return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
  }
}
