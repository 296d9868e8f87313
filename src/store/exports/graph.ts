import type Database from 'better-sqlite3';

/**
 * The actor graph as GraphML: actors are nodes; an edge joins two actors who appear in the
 * same articles (weight: how many) or take part in the same events.
 */

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function* actorGraphml(db: Database.Database, minArticles = 1): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
  yield '  <key id="name" for="node" attr.name="name" attr.type="string"/>\n  <key id="type" for="node" attr.name="type" attr.type="string"/>\n';
  yield '  <key id="articles" for="node" attr.name="articles" attr.type="int"/>\n  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>\n';
  yield '  <key id="events" for="edge" attr.name="events" attr.type="int"/>\n  <graph id="actors" edgedefault="undirected">\n';
  const nodes = db
    .prepare(
      `SELECT a.id, a.name, a.type, count(DISTINCT l.doc) AS articles FROM actors a JOIN entity_links l ON l.actor = a.id
       WHERE a.merged_into IS NULL AND a.type != 'MISC' GROUP BY a.id HAVING articles >= ? ORDER BY a.id`,
    )
    .all(minArticles) as Array<{ id: number; name: string; type: string; articles: number }>;
  const keep = new Set(nodes.map((n) => n.id));
  for (const n of nodes) {
    yield `    <node id="a${n.id}"><data key="name">${xml(n.name)}</data><data key="type">${n.type}</data><data key="articles">${n.articles}</data></node>\n`;
  }
  const edges = db
    .prepare(
      `SELECT x.actor AS a, y.actor AS b, count(DISTINCT x.doc) AS weight,
         (SELECT count(*) FROM event_participants p JOIN event_participants q ON q.event = p.event WHERE p.actor = x.actor AND q.actor = y.actor) AS events
       FROM entity_links x JOIN entity_links y ON y.doc = x.doc AND y.actor > x.actor GROUP BY x.actor, y.actor ORDER BY x.actor, y.actor`,
    )
    .iterate() as IterableIterator<{ a: number; b: number; weight: number; events: number }>;
  for (const e of edges) {
    if (!keep.has(e.a) || !keep.has(e.b)) continue;
    yield `    <edge source="a${e.a}" target="a${e.b}"><data key="weight">${e.weight}</data><data key="events">${e.events}</data></edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}
