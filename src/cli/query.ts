import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { mergeActors, splitActor } from '../store/decisions.js';
import { Queries, type Evidence, type Paged } from '../store/queries.js';
import { dbPath, Store } from '../store/store.js';
import { normalizePublished } from '../ingest/published.js';

/** "1 article", "3 articles". */
const articles = (n: number) => `${n} article${n === 1 ? '' : 's'}`;

/*
 * `dossier query …` and `dossier actors …`: thin wrappers over the store's queries. Text
 * output is one line a fact with where it came from; --format json is the API's JSON.
 */

export class QueryError extends Error {}

const clip = (s: string, n: number) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

const where = (e: Evidence) => `[${e.document.id} ${e.start}-${e.end}]`;

function openStore(db?: string, write = false): Store {
  const file = dbPath(db);
  try {
    return new Store(file, { readonly: !write });
  } catch (e) {
    throw new QueryError(`${file}: cannot open the knowledge base (${(e as Error).message}); run dossier ingest first`);
  }
}

function actorId(q: Queries, ref: string | undefined): number | undefined {
  if (ref === undefined) return undefined;
  const a = q.findActor(ref);
  if (!a) throw new QueryError(`no actor matches ${JSON.stringify(ref)}`);
  return a.id;
}

export function dateOption(value: string): string {
  const d = normalizePublished(value);
  if (!d) throw new InvalidArgumentError('expected a date, YYYY-MM-DD');
  return d.slice(0, 10);
}

export function limitOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new InvalidArgumentError('expected a whole number from 1 to 1000');
  return n;
}

function offsetOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number from 0');
  return n;
}

interface Common {
  db?: string;
  format: 'text' | 'json';
  limit: number;
  offset: number;
}

function print<T>(opts: Common, page: Paged<T>, line: (item: T) => string): void {
  if (opts.format === 'json') process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
  else {
    for (const item of page.items) process.stdout.write(`${line(item)}\n`);
    process.stdout.write(`(${page.items.length} of ${page.total}${page.offset ? `, from ${page.offset}` : ''})\n`);
  }
}

function withQueries<O extends Common>(fn: (q: Queries, opts: O, ...args: string[]) => void) {
  return (...args: unknown[]) => {
    const cmd = args[args.length - 1] as Command;
    const opts = cmd.opts() as O;
    const store = openStore(opts.db);
    try {
      fn(new Queries(store.db), opts, ...(args.slice(0, -2) as string[]));
    } finally {
      store.close();
    }
  };
}

/** The --from/--to pair that every dated query takes. */
function dateRange(cmd: Command): Command {
  return cmd.option('--from <date>', 'from this date', dateOption).option('--to <date>', 'up to this date', dateOption);
}

function common(cmd: Command): Command {
  return cmd
    .option('--db <path>', 'knowledge base file (default: $DOSSIER_DB or ./dossier.db)')
    .option('-f, --format <format>', 'text or json', (v) => {
      if (v !== 'text' && v !== 'json') throw new InvalidArgumentError('expected text or json');
      return v;
    }, 'text')
    .option('--limit <n>', 'results per page', limitOption, 20)
    .option('--offset <n>', 'results to skip', offsetOption, 0);
}

export function addQueryCommands(program: Command): void {
  const query = program.command('query').description('ask the knowledge base: actor, actors, quotes, events, articles, stances');

  common(query.command('actor').argument('<actor>', 'actor id or name').description("an actor's dossier")).action(
    withQueries((q, opts: Common, ref) => {
      const d = q.dossier(actorId(q, ref)!, opts.limit);
      if (!d) throw new QueryError(`no actor ${ref}`);
      if (opts.format === 'json') return void process.stdout.write(`${JSON.stringify(d, null, 2)}\n`);
      const out = [`${d.actor.name} (${d.actor.type}, actor ${d.actor.id}) in ${articles(d.articles)}`];
      const aliases = d.aliases.filter((a) => a !== d.actor.name);
      if (aliases.length) out.push(`  also: ${aliases.join('; ')}`);
      for (const t of d.titles) out.push(`  title: ${t.title} (${t.first ?? '?'} … ${t.last ?? '?'}, ${articles(t.articles)})`);
      out.push(`Quotes (${d.quotes.total}):`, ...d.quotes.items.map((x) => `  ${x.date ?? '?'} “${clip(x.text, 110)}” ${where(x.evidence)}`));
      out.push(`Events (${d.events.total}):`, ...d.events.items.map((x) => `  ${x.date ?? '?'} ${x.type} (${x.status}) ${clip(x.text, 90)} ${where(x.evidence)}`));
      out.push(`Stances (${d.stances.total}):`, ...d.stances.items.map((x) => `  ${x.date ?? '?'} ${x.polarity} ${x.issue} ${where(x.evidence)}`));
      out.push(`Appears with: ${d.coActors.map((c) => `${(c as { name: string }).name} (${(c as { articles: number }).articles})`).join(', ')}`);
      process.stdout.write(`${out.join('\n')}\n`);
    }),
  );

  common(query.command('actors').argument('<name>', 'part of a name').description('find actors by name')).action(
    withQueries((q, opts: Common, text) => print(opts, q.searchActors(text!, opts), (a) => `${a.id}\t${a.type}\t${a.name}\t${articles(a.articles)}`)),
  );

  dateRange(common(query.command('quotes').description('quotes by speaker, text and date')))
    .option('--speaker <actor>', 'speaker id or name')
    .option('--text <words>', 'full-text search in the quote')
    .action(
      withQueries((q, opts: Common & { speaker?: string; text?: string; from?: string; to?: string }) => {
        const page = q.quotes({ speaker: actorId(q, opts.speaker), text: opts.text, from: opts.from, to: opts.to }, opts);
        print(opts, page, (x) => `${x.date ?? '?'}  ${x.speaker?.name ?? (x.speakerText ? `${x.speakerText} (unnamed)` : '?')}: “${clip(x.text, 120)}” ${where(x.evidence)}`);
      }),
    );

  dateRange(common(query.command('events').description('events by type, participant, place and date')))
    .option('--type <type>', 'event type, e.g. MEET')
    .option('--participant <actor>', 'participant id or name')
    .option('--place <actor>', 'place id or name')
    .option('--status <status>', 'occurred, ongoing, scheduled, hypothetical or negated')
    .option('--upcoming [date]', 'scheduled events from today (or the given date) on')
    .action(
      withQueries((q, opts: Common & Record<string, string | boolean | undefined>) => {
        const upcoming = opts.upcoming === true ? new Date().toISOString().slice(0, 10) : typeof opts.upcoming === 'string' ? dateOption(opts.upcoming) : undefined;
        const page = q.events(
          {
            type: opts.type as string | undefined,
            participant: actorId(q, opts.participant as string | undefined),
            place: actorId(q, opts.place as string | undefined),
            status: opts.status as string | undefined,
            from: opts.from as string | undefined,
            to: opts.to as string | undefined,
            upcoming,
          },
          opts,
        );
        print(opts, page, (x) => `${x.date ?? '?'}  ${x.type} (${x.status}) ${x.participants.map((p) => p.name).join(', ')} @ ${x.place?.name ?? '?'}: ${clip(x.text, 90)} ${where(x.evidence)}`);
      }),
    );

  common(query.command('articles').description('articles by actor or text'))
    .option('--entity <actor>', 'actor id or name')
    .option('--text <words>', 'full-text search')
    .action(
      withQueries((q, opts: Common & { entity?: string; text?: string }) => {
        const page = q.articles({ actor: actorId(q, opts.entity), text: opts.text }, opts) as Paged<{ id: string; title: string | null; published: string | null }>;
        print(opts, page, (a) => `${a.published ?? '?'}  ${a.id}  ${a.title ?? ''}`);
      }),
    );

  dateRange(common(query.command('stances').description("actors' stances on an issue over time")))
    .option('--issue <issue>', 'issue, e.g. "carbon tax"')
    .option('--holder <actor>', 'holder id or name')
    .action(
      withQueries((q, opts: Common & { issue?: string; holder?: string; from?: string; to?: string }) => {
        const page = q.stances({ issue: opts.issue, holder: actorId(q, opts.holder), from: opts.from, to: opts.to }, opts);
        print(opts, page, (x) => `${x.date ?? '?'}  ${x.holder.name} ${x.polarity === 'support' ? 'supports' : 'opposes'} ${x.issue} ${where(x.evidence)}`);
      }),
    );

  const actors = program.command('actors').description('manual decisions about actors; they survive re-ingest');
  actors
    .command('merge')
    .argument('<from>', 'actor id or name to merge away')
    .argument('<into>', 'actor id or name to keep')
    .option('--db <path>', 'knowledge base file')
    .action((from: string, into: string, opts: { db?: string }) => {
      const store = openStore(opts.db, true);
      try {
        const q = new Queries(store.db);
        const a = actorId(q, from)!;
        const b = actorId(q, into)!;
        mergeActors(store.db, a, b);
        process.stdout.write(`merged actor ${a} into ${b}\n`);
      } finally {
        store.close();
      }
    });
  actors
    .command('split')
    .argument('<actor>', 'actor id or name')
    .argument('<articles...>', 'ids or keys of the articles whose mentions are someone else')
    .option('--db <path>', 'knowledge base file')
    .action((ref: string, articles: string[], opts: { db?: string }) => {
      const store = openStore(opts.db, true);
      try {
        const a = actorId(new Queries(store.db), ref)!;
        const b = splitActor(store.db, a, articles);
        process.stdout.write(`split ${articles.length} article(s) of actor ${a} into new actor ${b}\n`);
      } finally {
        store.close();
      }
    });
}
