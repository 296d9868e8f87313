import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../eval/data.js';
import { normalizePublished } from '../ingest/published.js';
import { formatSummary, runAnalyze, UsageError } from './analyze.js';
import { DEMO_DB, runDemo } from './demo.js';
import { formatIngestSummary, runIngest } from './ingest.js';
import { addQueryCommands, QueryError } from './query.js';
import { runServe } from './serve.js';
import { runExport } from './export.js';
import { EXPORT_KINDS, type ExportKind } from '../store/exports/index.js';
import { dbPath } from '../store/store.js';
import type { Format } from './output.js';

const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };

const formatOption = () =>
  new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'jsonl']).default('text');

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('expected a whole number from 1 to 64');
  return n;
}

function portOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number');
  return n;
}

function isoDate(value: string): string {
  const date = normalizePublished(value);
  if (!date) throw new InvalidArgumentError('expected a real date, YYYY-MM-DD');
  return date;
}

export function buildProgram(): Command {
  const program = new Command('dossier')
    .description('Turn news into a sourced knowledge base: who said what, who met whom, where and when.')
    .version(pkg.version)
    // Usage errors are one line and exit 2, so scripts can tell them from failed documents.
    .exitOverride()
    .showHelpAfterError('(dossier --help for usage)');

  program
    .command('analyze')
    .description('analyse documents: text, HTML, feeds (RSS, Atom, JSON Feed), JSON Lines or TimeML files, directories (walked), http(s) URLs, or - for stdin')
    .argument('<inputs...>', 'files, directories, URLs or - (stdin)')
    .option('-p, --published <date>', 'publication date that relative dates resolve against (YYYY-MM-DD); overrides each document\'s own', isoDate)
    .addOption(formatOption())
    .option('-o, --out <path>', 'write the output to a file (written whole or not at all)')
    .option('--fetch-links', 'for feeds: fetch each item\'s page and analyse it instead of the feed\'s summary')
    .option('--allow-private', 'let URLs reach loopback, private and link-local addresses (refused by default)')
    .action(async (inputs: string[], opts: { published?: string; format: Format; out?: string; fetchLinks?: boolean; allowPrivate?: boolean }) => {
      const summary = await runAnalyze(inputs, opts);
      const batch = summary.ok + summary.failed > 1 || summary.failed > 0;
      if (batch) process.stderr.write(`${formatSummary(summary)}\n`);
      if (summary.ok + summary.failed === 0) {
        process.stderr.write('dossier: no documents found in the inputs\n');
        process.exitCode = 1;
      } else if (summary.failed > 0) process.exitCode = 1;
    });

  program
    .command('ingest')
    .description('analyse documents and store them in the knowledge base (idempotent: stored texts are skipped)')
    .argument('<inputs...>', 'files, directories, feeds, URLs or - (stdin)')
    .option('--db <path>', 'knowledge base file (default: $DOSSIER_DB or ./dossier.db)')
    .option('-j, --jobs <n>', 'analysis workers (default: one per core)', positiveInt)
    .option('-p, --published <date>', "publication date that overrides each document's own (YYYY-MM-DD)", isoDate)
    .option('--fetch-links', "for feeds: fetch each item's page and analyse it instead of the feed's summary")
    .option('--allow-private', 'let URLs reach loopback, private and link-local addresses (refused by default)')
    .action(async (inputs: string[], opts: { db?: string; jobs?: number; published?: string; fetchLinks?: boolean; allowPrivate?: boolean }) => {
      const db = dbPath(opts.db);
      const summary = await runIngest(inputs, { ...opts, db });
      process.stderr.write(`${formatIngestSummary(summary, db)}\n`);
      if (summary.failed > 0) process.exitCode = 1;
    });

  addQueryCommands(program);

  program
    .command('export')
    .description('export the knowledge base: jsonl, events-csv (GDELT-style), quotes-csv, ics (scheduled events), graphml (actor graph), brat (one article)')
    .addArgument(new Argument('<kind>', 'what to export').choices(EXPORT_KINDS))
    .option('--db <path>', 'knowledge base file (default: $DOSSIER_DB or ./dossier.db)')
    .option('-o, --out <path>', 'write to a file (for brat: PATH.txt and PATH.ann)')
    .option('--article <id>', 'the article, for brat')
    .action(async (kind: ExportKind, opts: { db?: string; out?: string; article?: string }) => runExport(kind, opts));

  program
    .command('serve')
    .description('serve the knowledge base over HTTP (read-only unless a token is set)')
    .option('--db <path>', 'knowledge base file (default: $DOSSIER_DB or ./dossier.db)')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--port <port>', 'port', portOption, 8080)
    .option('--token <token>', 'operator token that allows writes (default: $DOSSIER_TOKEN)')
    .option('--allow-private', 'let articles posted by URL reach loopback, private and link-local addresses (refused by default)')
    .action(async (opts: { db?: string; host: string; port: number; token?: string; allowPrivate?: boolean }) => {
      await runServe({ db: dbPath(opts.db), host: opts.host, port: opts.port, token: opts.token ?? process.env.DOSSIER_TOKEN ?? null, allowPrivate: !!opts.allowPrivate });
    });

  program
    .command('demo')
    .description('analyse the bundled demo corpus, print the digest, fill a knowledge base with it and exit (or --serve it)')
    .addOption(formatOption())
    .option('-o, --out <path>', 'write the digest or JSON to a file')
    .option('--db <path>', `knowledge base to fill (default: $DOSSIER_DB or ./${DEMO_DB})`)
    .option('--serve', 'then serve the knowledge base until stopped')
    .option('--port <port>', 'port for --serve', portOption, 8080)
    .action(async (opts: { format: Format; out?: string; db?: string; serve?: boolean; port: number }) => {
      const db = opts.db ?? process.env.DOSSIER_DB ?? DEMO_DB;
      await runDemo({ format: opts.format, db, ...(opts.out ? { out: opts.out } : {}) });
      if (opts.serve) await runServe({ db, host: '127.0.0.1', port: opts.port, token: process.env.DOSSIER_TOKEN ?? null });
    });

  return program;
}

export async function main(argv: string[]): Promise<void> {
  // A closed pipe (`dossier analyze … | head`) is the reader's choice, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    const usage = e instanceof UsageError || e instanceof QueryError;
    process.stderr.write(`dossier: ${(e as Error).message}\n`);
    process.exitCode = usage ? 2 : 1;
  }
}
