import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: two levels above dist/eval or src/eval. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the research datasets live: $DOSSIER_DATA, else ../shared/datasets beside the project. */
export function dataDir(): string {
  return process.env.DOSSIER_DATA ?? path.resolve(projectRoot, '../shared/datasets');
}

/** Path of one dataset folder or file, or null when it is not on this machine. */
export function datasetPath(...parts: string[]): string | null {
  const p = path.join(dataDir(), ...parts);
  return existsSync(p) ? p : null;
}

/** For node:test's `skip` option: a reason to skip when a dataset is absent, else false. */
export function skipWithoutData(...parts: string[]): string | false {
  return datasetPath(...parts) ? false : `needs ${path.join(dataDir(), ...parts)}, which is absent`;
}
