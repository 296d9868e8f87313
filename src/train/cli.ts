/** `npm run train -- <model> [args]`: each trainer is src/train/<model>.ts exporting `main(args)`. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dispatch } from '../eval/cli.js';

await dispatch('train', path.dirname(fileURLToPath(import.meta.url)), process.argv.slice(2));
