import type { Analysis } from '../../document/analysis.js';

/*
 * brat standoff for one analysed document, so annotators can correct it in brat: the text
 * file and the .ann file. brat counts offsets in Unicode code points, while dossier counts
 * UTF-16 code units, so offsets are converted (they differ only after astral characters).
 */

function codePointOffsets(text: string): (utf16: number) => number {
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      map[++i] = cp;
    }
    cp++;
  }
  map[text.length] = cp;
  return (u) => map[u]!;
}

export function bratStandoff(a: Analysis): { txt: string; ann: string } {
  const text = a.document.text;
  const cp = codePointOffsets(text);
  const lines: string[] = [];
  let t = 0;
  let r = 0;
  let n = 0;
  const span = (type: string, start: number, end: number): string => {
    const id = `T${++t}`;
    // brat keeps one line per annotation: a span over line breaks is written as fragments.
    const frags: string[] = [];
    let s = start;
    for (let i = start; i <= end; i++) {
      if (i === end || text[i] === '\n') {
        if (i > s) frags.push(`${cp(s)} ${cp(i)}`);
        s = i + 1;
      }
    }
    lines.push(`${id}\t${type} ${frags.join(';') || `${cp(start)} ${cp(end)}`}\t${text.slice(start, end).replace(/\n/g, ' ')}`);
    return id;
  };
  const entityT = new Map<string, string>();
  for (const e of a.entities) {
    e.mentions.forEach((m, i) => {
      const id = span(e.type, m.start, m.end);
      if (i === 0) entityT.set(e.id, id);
      else lines.push(`R${++r}\tCoreference Arg1:${entityT.get(e.id)} Arg2:${id}`);
    });
    if (e.titles.length) lines.push(`#${++n}\tAnnotatorNotes ${entityT.get(e.id)}\ttitles: ${e.titles.join('; ')}`);
  }
  for (const x of a.times) {
    const id = span(x.type === 'DATE' || x.type === 'TIME' ? 'Time' : 'Duration', x.start, x.end);
    lines.push(`#${++n}\tAnnotatorNotes ${id}\t${x.type} ${x.value}`);
  }
  for (const q of a.quotes) {
    // As in PolNeAR: the attribution's trigger is its cue (or the content when there is none).
    const content = span('Content', q.start, q.end);
    const trigger = q.cue ? span('Cue', q.cue.start, q.cue.end) : content;
    const speaker = q.speaker ? entityT.get(q.speaker) : undefined;
    lines.push(`E${++r}\tAttribution:${trigger} Content:${content}${speaker ? ` Source:${speaker}` : ''}`);
    if (q.speakerText && !speaker) lines.push(`#${++n}\tAnnotatorNotes ${content}\tunnamed source: ${q.speakerText}`);
  }
  for (const e of a.events) {
    const trig = span(e.type, e.start, e.end);
    const args = e.participants.map((p, i) => (entityT.get(p) ? `Participant${i + 1}:${entityT.get(p)}` : '')).filter(Boolean);
    if (e.place && entityT.get(e.place)) args.push(`Place:${entityT.get(e.place)}`);
    lines.push(`E${++r}\t${e.type}:${trig}${args.length ? ` ${args.join(' ')}` : ''}`);
    lines.push(`#${++n}\tAnnotatorNotes ${trig}\tstatus ${e.status}${e.cameo ? `, CAMEO ${e.cameo}` : ''}`);
  }
  return { txt: text, ann: `${lines.join('\n')}\n` };
}
