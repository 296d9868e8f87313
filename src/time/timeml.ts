/*
 * A reader for TimeML files (TempEval-3): the text between <TEXT> and </TEXT> with tags
 * stripped and entities decoded, the DCT, and the gold TIMEX3 spans as offsets into that text.
 * Used by the evaluation and the benchmark; no dataset text lives in the repository.
 */

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimeMLDoc {
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? _;
  });
}

function attr(tag: string, name: string): string {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? m[1]! : '';
}

export function readTimeML(xml: string): TimeMLDoc {
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dct = dctTag ? attr(dctTag[1]!, 'value') || null : null;
  const a = xml.indexOf('<TEXT>');
  const b = xml.indexOf('</TEXT>', a);
  const body = a >= 0 ? xml.slice(a + 6, b >= 0 ? b : undefined) : xml;
  let text = '';
  const timexes: GoldTimex[] = [];
  const open: { start: number; type: string; value: string }[] = [];
  const re = /<(\/?)([A-Za-z0-9_]+)([^>]*)>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    text += decode(body.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2] !== 'TIMEX3') continue;
    if (m[1] === '/') {
      const o = open.pop();
      if (o) timexes.push({ start: o.start, end: text.length, text: text.slice(o.start, text.length), type: o.type, value: o.value });
    } else if (!m[3]!.trimEnd().endsWith('/')) {
      open.push({ start: text.length, type: attr(m[3]!, 'type'), value: attr(m[3]!, 'value') });
    }
  }
  text += decode(body.slice(last));
  return { dct, text, timexes };
}
