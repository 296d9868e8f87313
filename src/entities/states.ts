/**
 * US states as the wires abbreviate them in datelines and after a city ("PARADISE, Calif.",
 * "Redmond, Wash."): the abbreviation and the full name are one place, named in full.
 */

/** [state, AP abbreviations]. Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas and Utah are written out. */
const STATES: Array<[string, string[]]> = [
  ['Alabama', ['Ala.']], ['Arizona', ['Ariz.']], ['Arkansas', ['Ark.']], ['California', ['Calif.']], ['Colorado', ['Colo.']],
  ['Connecticut', ['Conn.']], ['Delaware', ['Del.']], ['Florida', ['Fla.']], ['Georgia', ['Ga.']], ['Illinois', ['Ill.']],
  ['Indiana', ['Ind.']], ['Kansas', ['Kan.', 'Kans.']], ['Kentucky', ['Ky.']], ['Louisiana', ['La.']], ['Maryland', ['Md.']],
  ['Massachusetts', ['Mass.']], ['Michigan', ['Mich.']], ['Minnesota', ['Minn.']], ['Mississippi', ['Miss.']], ['Missouri', ['Mo.']],
  ['Montana', ['Mont.']], ['Nebraska', ['Neb.', 'Nebr.']], ['Nevada', ['Nev.']], ['New Hampshire', ['N.H.']], ['New Jersey', ['N.J.']],
  ['New Mexico', ['N.M.']], ['North Carolina', ['N.C.']], ['North Dakota', ['N.D.']], ['Oklahoma', ['Okla.']], ['Oregon', ['Ore.', 'Oreg.']],
  ['Pennsylvania', ['Pa.', 'Penn.']], ['Rhode Island', ['R.I.']], ['South Carolina', ['S.C.']], ['South Dakota', ['S.D.']],
  ['Tennessee', ['Tenn.']], ['Vermont', ['Vt.']], ['Virginia', ['Va.']], ['West Virginia', ['W.Va.', 'W. Va.']], ['Wisconsin', ['Wis.', 'Wisc.']],
  ['Wyoming', ['Wyo.']],
];

const BY_ABBREVIATION = new Map<string, string>();
for (const [state, abbreviations] of STATES) for (const a of abbreviations) BY_ABBREVIATION.set(a, state);

/**
 * The state an abbreviation stands for ("Calif." -> "California"), or null. Case matters: "Miss."
 * and "Mass." are states only as written with the capital and the point, and a place mention is
 * asked, never a title ("Miss." before a name is an honorific, which the tagger does not tag LOC).
 */
export function stateOfAbbreviation(name: string): string | null {
  return BY_ABBREVIATION.get(name) ?? null;
}

/** The full names of the states that have an abbreviation, lowercase: "california" -> "California". */
const BY_NAME = new Map(STATES.map(([s]) => [s.toLowerCase(), s]));

/**
 * The state a place mention names, by abbreviation or in full, or null. "Washington" and "New
 * York" are left out (the city or the capital is as likely; and Texas, Ohio ... have no abbreviation
 * to join).
 */
export function stateOfName(name: string): string | null {
  return stateOfAbbreviation(name) ?? BY_NAME.get(name.toLowerCase()) ?? null;
}
