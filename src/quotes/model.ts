import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setLearnedAttach, setLearnedCues } from './cues.js';

/** The committed cue model: word -> probability of being an attribution cue, from PolNeAR train. */
export const DEFAULT_CUES_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../models/quotes/cues.json');

export interface CueModel {
  version: 1;
  trainedOn: string;
  words: Record<string, number>;
  /** "lemma preposition" -> share of the pair's cue occurrences whose cue takes the preposition (>= 0.6, seen >= 3 times). */
  attach?: Record<string, number>;
}

let loaded = false;

/** Loads models/quotes/cues.json when present; without it the hand lexicon alone is used. */
export function loadDefaultCues(file = DEFAULT_CUES_PATH): void {
  if (loaded) return;
  loaded = true;
  if (!existsSync(file)) return;
  try {
    const m = JSON.parse(readFileSync(file, 'utf8')) as CueModel;
    setLearnedCues(new Map(Object.entries(m.words)));
    setLearnedAttach(m.attach ? new Map(Object.entries(m.attach)) : null);
  } catch {
    setLearnedCues(null);
    setLearnedAttach(null);
  }
}
