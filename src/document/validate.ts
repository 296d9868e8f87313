import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import type { Analysis } from './analysis.js';

const schemaPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema/dossier.analysis-1.schema.json');

let compiled: ((data: unknown) => boolean) & { errors?: unknown } | null = null;

function validator() {
  if (!compiled) {
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    compiled = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  }
  return compiled;
}

/** Schema errors of a value claimed to be an Analysis, as readable lines; empty when valid. */
export function schemaErrors(value: unknown): string[] {
  const v = validator();
  if (v(value)) return [];
  return ((v.errors ?? []) as Array<{ instancePath: string; message?: string }>).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/**
 * Spans that break the slice property: every span with a `text` must equal the slice of
 * document.text at its offsets, and every span must lie inside the text.
 */
export function sliceViolations(a: Analysis): string[] {
  const text = a.document.text;
  const bad: string[] = [];
  const check = (where: string, s: { start: number; end: number; text?: string }) => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length)) {
      bad.push(`${where}: offsets ${s.start}-${s.end} outside the text`);
    } else if (s.text !== undefined && text.slice(s.start, s.end) !== s.text) {
      bad.push(`${where}: text ${JSON.stringify(s.text)} != slice ${JSON.stringify(text.slice(s.start, s.end))}`);
    }
  };
  check('document.body', a.document.body);
  a.document.excluded.forEach((x, i) => check(`document.excluded[${i}]`, x));
  a.sentences.forEach((s, i) => check(`sentences[${i}]`, s));
  a.entities.forEach((e) => e.mentions.forEach((m, i) => check(`entities.${e.id}.mentions[${i}]`, m)));
  a.times.forEach((t) => check(`times.${t.id}`, t));
  a.quotes.forEach((q) => {
    check(`quotes.${q.id}`, q);
    if (q.cue) check(`quotes.${q.id}.cue`, q.cue);
  });
  a.events.forEach((e) => check(`events.${e.id}`, e));
  a.stances.forEach((s) => check(`stances.${s.id}`, s));
  return bad;
}

/** Dangling references: speaker, participants, place, holder must be entity ids; time a time id. */
export function referenceViolations(a: Analysis): string[] {
  const entities = new Set(a.entities.map((e) => e.id));
  const times = new Set(a.times.map((t) => t.id));
  const bad: string[] = [];
  const ent = (where: string, id: string | null) => id !== null && !entities.has(id) && bad.push(`${where}: no entity ${id}`);
  const tim = (where: string, id: string | null) => id !== null && !times.has(id) && bad.push(`${where}: no time ${id}`);
  for (const q of a.quotes) (ent(`quotes.${q.id}.speaker`, q.speaker), tim(`quotes.${q.id}.time`, q.time));
  for (const e of a.events) {
    e.participants.forEach((p) => ent(`events.${e.id}.participants`, p));
    ent(`events.${e.id}.place`, e.place);
    tim(`events.${e.id}.time`, e.time);
  }
  for (const s of a.stances) ent(`stances.${s.id}.holder`, s.holder);
  return bad;
}
