/*
 * Dates as pages and feeds write them (ISO 8601, RFC 822, "2024/03/15" in a URL) turned into
 * the ISO text a document's `published` holds. Anything doubtful gives null, not a guess.
 */
import { normalizePublished } from './published.js';

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
const ZONES: Record<string, string> = { GMT: 'Z', UT: 'Z', UTC: 'Z', Z: 'Z', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00' };

const pad = (n: number) => String(n).padStart(2, '0');

function zone(z: string | undefined): string | null {
  if (!z) return '';
  const named = ZONES[z.toUpperCase()];
  if (named !== undefined) return named;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  return m ? (m[2] === '00' && m[3] === '00' ? 'Z' : `${m[1]}${m[2]}:${m[3]}`) : null;
}

/** An ISO 8601 or RFC 822 date (with or without time) as ISO text, else null. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim().replace(/\s+/g, ' ');
  if (!s || s.length > 64) return null;
  // ISO-like: 2024-03-15, 2024-03-15T10:00, 2024-03-15T10:00:00.000+0000, 2024-03-15 10:00:00 +01:00
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s?(Z|[+-]\d{2}:?\d{2})?)?/i.exec(s);
  if (iso) {
    const date = `${iso[1]}-${iso[2]}-${iso[3]}`;
    if (!iso[4]) return normalizePublished(date);
    const z = zone(iso[7]?.toUpperCase());
    return normalizePublished(`${date}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${z ?? ''}`);
  }
  // RFC 822: Tue, 19 Nov 2019 08:03:00 +0100 (the day name and seconds optional)
  const rfc = /^(?:[A-Za-z]{3,9},? )?(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ([A-Za-z]{1,4}|[+-]\d{4}))?)?$/.exec(s);
  if (rfc) {
    const mo = MONTHS[rfc[2]!.toLowerCase().slice(0, 4)] ?? MONTHS[rfc[2]!.toLowerCase().slice(0, 3)];
    if (!mo) return null;
    const date = `${rfc[3]}-${pad(mo)}-${pad(Number(rfc[1]))}`;
    if (!rfc[4]) return normalizePublished(date);
    const z = zone(rfc[7]);
    return normalizePublished(`${date}T${pad(Number(rfc[4]))}:${rfc[5]}:${rfc[6] ?? '00'}${z ?? ''}`);
  }
  // Month name first: "March 15, 2024", "Nov 19 2019"
  const us = /^(?:[A-Za-z]{3,9},? )?([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(s);
  if (us) {
    const mo = MONTHS[us[1]!.toLowerCase().slice(0, 3)];
    return mo ? normalizePublished(`${us[3]}-${pad(mo)}-${pad(Number(us[2]))}`) : null;
  }
  // Compact: 20240315
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return normalizePublished(`${compact[1]}-${compact[2]}-${compact[3]}`);
  return null;
}

/** A date written in a URL path: /2024/03/15/, /2024-03-15/, /20240315/. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let p: string;
  try {
    p = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|[-_.]|$)/.exec(p) ?? /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(p);
  if (!m) return null;
  return normalizePublished(`${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`);
}
