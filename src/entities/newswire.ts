import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.tml')) out.push(p);
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Plain text of a TimeML file: what lies between <TEXT> and </TEXT>, tags stripped. */
export function tmlText(xml: string): string {
  const a = xml.indexOf('<TEXT>');
  const b = xml.indexOf('</TEXT>');
  const inner = a >= 0 && b > a ? xml.slice(a + 6, b) : xml;
  return inner.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);
}

/** The texts of every .tml file under a folder (the unlabelled newswire corpus). */
export function readNewswire(dir: string): string[] {
  return walk(dir, []).map((f) => tmlText(readFileSync(f, 'utf8')));
}
