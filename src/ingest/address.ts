/*
 * Which IP addresses a fetch may reach. By default only public unicast addresses: loopback,
 * private networks, link-local (where cloud metadata services live), carrier-grade NAT,
 * multicast and reserved ranges are refused, so a URL cannot make dossier read the user's
 * own machine or network (server-side request forgery).
 */
import { isIP } from 'node:net';

function v4(addr: string): number[] | null {
  const p = addr.split('.').map(Number);
  return p.length === 4 && p.every((n) => Number.isInteger(n) && n >= 0 && n <= 255) ? p : null;
}

function classifyV4(p: number[]): string | null {
  const [a, b, c] = p as [number, number, number, number];
  if (a === 127) return 'a loopback address';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'a private network address';
  if (a === 169 && b === 254) return c === 169 || c === 170 ? 'a cloud metadata address' : 'a link-local address';
  if (a === 0) return 'an unspecified ("this network") address';
  if (a === 100 && b >= 64 && b <= 127) return 'a carrier-grade NAT address';
  if (a === 192 && b === 0 && (c === 0 || c === 2)) return 'a reserved address';
  if (a === 198 && (b === 18 || b === 19)) return 'a benchmarking network address';
  if ((a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return 'a documentation address';
  if (a >= 224 && a <= 239) return 'a multicast address';
  if (a >= 240) return 'a reserved address';
  return null;
}

/** Expands an IPv6 address to its eight 16-bit groups. */
function groups6(addr: string): number[] | null {
  let s = addr.toLowerCase().replace(/%.*$/, '');
  // An embedded IPv4 tail (::ffff:1.2.3.4) becomes two groups.
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (tail) {
    const p = v4(tail[1]!);
    if (!p) return null;
    s = s.slice(0, -tail[1]!.length) + `${((p[0]! << 8) | p[1]!).toString(16)}:${((p[2]! << 8) | p[3]!).toString(16)}`;
  }
  const [head, rest] = s.split('::') as [string, string | undefined];
  const h = head ? head.split(':') : [];
  const r = rest !== undefined && rest !== '' ? rest.split(':') : [];
  const fill = s.includes('::') ? 8 - h.length - r.length : 0;
  const all = [...h, ...Array<string>(Math.max(0, fill)).fill('0'), ...r];
  if (all.length !== 8) return null;
  const out = all.map((g) => parseInt(g, 16));
  return out.every((n) => Number.isInteger(n) && n >= 0 && n <= 0xffff) ? out : null;
}

function classifyV6(addr: string): string | null {
  const g = groups6(addr);
  if (!g) return 'an unparseable address';
  if (g.every((x) => x === 0)) return 'an unspecified address';
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return 'a loopback address';
  // IPv4-mapped, IPv4-compatible and NAT64 addresses carry an IPv4 address: judge that one.
  const mapped = g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0);
  const nat64 = g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0);
  if (mapped || nat64) return classifyV4([g[6]! >> 8, g[6]! & 255, g[7]! >> 8, g[7]! & 255]);
  if ((g[0]! & 0xfe00) === 0xfc00) return g[0] === 0xfd00 && g[1] === 0xec2 ? 'a cloud metadata address' : 'a private network address';
  if ((g[0]! & 0xffc0) === 0xfe80) return 'a link-local address';
  if ((g[0]! & 0xff00) === 0xff00) return 'a multicast address';
  if (g[0] === 0x2001 && g[1] === 0xdb8) return 'a documentation address';
  return null;
}

/** Why an address may not be fetched by default, or null when it is public. */
export function blockedReason(address: string): string | null {
  const kind = isIP(address);
  if (kind === 4) return classifyV4(v4(address)!);
  if (kind === 6) return classifyV6(address);
  return 'not an IP address';
}

/** Host names that name internal services whatever they resolve to. */
export function blockedHostName(host: string): string | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return 'a loopback host name';
  if (h === 'metadata.google.internal' || h === 'metadata' || h === 'instance-data' || h.endsWith('.internal')) return 'a cloud metadata host name';
  return null;
}
