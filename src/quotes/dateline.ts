/**
 * Wire-copy openings that name no one: a dateline and a live blog's time stamp. A module of their
 * own so that the source and speaker rules share them (the two import each other's functions).
 */

/** "KISUMU, Kenya, March 5 (Dossier Wire) — ": a place in capitals, then up to a dash. */
export const DATELINE = /^(?:[A-Z][A-Z .'’/-]{2,}(?:,[^—–\n]{0,60}|\s*\([^)\n]{1,30}\))?|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s+\d{1,2}\s*\([^)\n]{1,30}\)|(?:March|April|May|June|July)\s+\d{1,2}\s*\([^)\n]{1,30}\))\s*(?:—|–|--|_|-(?=\s))\s*/;

/** A live blog's time stamp opening a post: "09:02 — ", "10.25 - ", "11:10 GMT: ". */
export const LIVE_STAMP = /^\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.|GMT|BST|CET|EST|EDT|PST|UTC|local))?\s*(?:—|–|--|-|:)\s+/i;
