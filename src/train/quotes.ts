/**
 * `npm run train -- quotes [--min-count 5]`: learns the cue lexicon from PolNeAR train. For each
 * lowercased word, the share of its occurrences that end a gold cue span; words seen at least
 * `min-count` times with a share of at least 0.1 go to models/quotes/cues.json. Counting is
 * deterministic (no randomness; the seed is recorded for the convention).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { datasetPath } from '../eval/data.js';
import { DEFAULT_CUES_PATH, type CueModel } from '../quotes/model.js';
import { readPolnear } from '../quotes/polnear.js';
import { tokenize } from '../text/index.js';

function opt(args: string[], name: string, dflt: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1]! : dflt;
}

export async function main(args: string[]): Promise<void> {
  const minCount = Number(opt(args, 'min-count', '5'));
  const out = opt(args, 'out', DEFAULT_CUES_PATH);
  const dir = datasetPath('polnear', 'train');
  if (!dir) {
    console.error('needs PolNeAR train under $DOSSIER_DATA');
    process.exit(2);
  }
  const docs = readPolnear(dir);
  const seen = new Map<string, number>();
  const cue = new Map<string, number>();
  for (const d of docs) {
    const ends = new Set<number>();
    for (const a of d.attributions) if (a.cue) ends.add(a.cue.end);
    for (const t of tokenize(d.text)) {
      if (t.kind !== 'word') continue;
      const l = t.text.toLowerCase();
      seen.set(l, (seen.get(l) ?? 0) + 1);
      if (ends.has(t.end)) cue.set(l, (cue.get(l) ?? 0) + 1);
    }
  }
  const words: Record<string, number> = {};
  for (const [w, c] of [...cue.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const n = seen.get(w) ?? 0;
    if (n >= minCount && c / n >= 0.1) words[w] = Math.round((c / n) * 1000) / 1000;
  }
  const model: CueModel = { version: 1, trainedOn: `PolNeAR train (${docs.length} documents), min-count ${minCount}, seed 1`, words };
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(model, null, 0)}\n`);
  console.log(`wrote ${Object.keys(words).length} cue words to ${out}`);
}
