/*
 * Fetching a URL for analysis: http(s) only, a time limit, a size limit, a redirect limit and a
 * User-Agent that says what is fetching. The SSRF guard resolves the host itself, refuses
 * non-public addresses (unless allowed) and connects to exactly the address it checked, on
 * the first request and on every redirect, so DNS cannot be switched between check and use.
 */
import { lookup as dnsLookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { constants, brotliDecompressSync, inflateSync } from 'node:zlib';
import { blockedHostName, blockedReason } from './address.js';
import { gunzip } from './encoding.js';
import { InputError } from './errors.js';

export interface FetchOptions {
  /** Allow loopback, private and link-local addresses (off by default). */
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
}

export interface Fetched {
  bytes: Uint8Array;
  contentType: string | null;
  finalUrl: string;
  /** The body was cut short (a truncated compressed stream); what arrived is kept. */
  truncated: boolean;
}

export const DEFAULTS = {
  timeoutMs: 20_000,
  maxBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'dossier/0.1 (news analysis; +https://github.com/dossier-news/dossier)',
};

class FetchFailure extends Error {}

/** A DNS lookup that refuses non-public addresses and hands the socket the address it checked. */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (err, addresses) => {
      if (err) return callback(err, '', 4);
      const list = addresses as unknown as { address: string; family: number }[];
      if (!list.length) return callback(new Error(`no address for ${hostname}`), '', 4);
      if (!allowPrivate) {
        // Every address is checked: a name with one public and one private address is refused.
        for (const a of list) {
          const why = blockedReason(a.address);
          if (why) return callback(Object.assign(new FetchFailure(`refused: ${hostname} resolves to ${a.address}, ${why} (use --allow-private to allow it)`), { code: 'EDOSSIERBLOCKED' }), '', 4);
        }
      }
      const first = list[0]!;
      if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: typeof list) => void)(null, [first]);
      else callback(null, first.address, first.family);
    });
  };
}

function checkUrl(raw: string, allowPrivate: boolean): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new FetchFailure('not a valid URL');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new FetchFailure(`unsupported scheme ${u.protocol.replace(':', '')} (only http and https)`);
  if (u.username || u.password) throw new FetchFailure('URLs with credentials are not fetched');
  if (!allowPrivate) {
    const host = u.hostname.replace(/^\[|\]$/g, '');
    const named = blockedHostName(host);
    if (named) throw new FetchFailure(`refused: ${host} is ${named} (use --allow-private to allow it)`);
    // An IP literal never goes through DNS, so it is checked here.
    if (isIP(host)) {
      const why = blockedReason(host);
      if (why) throw new FetchFailure(`refused: ${host} is ${why} (use --allow-private to allow it)`);
    }
  }
  return u;
}

interface Hop {
  status: number;
  location: string | null;
  contentType: string | null;
  encoding: string | null;
  body: Buffer;
}

function request(u: URL, opts: Required<FetchOptions>, deadline: number): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const mod = u.protocol === 'https:' ? https : http;
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(new FetchFailure(`timed out after ${opts.timeoutMs / 1000} s`));
    const req = mod.request(
      u,
      {
        method: 'GET',
        lookup: guardedLookup(opts.allowPrivate),
        headers: {
          'user-agent': opts.userAgent,
          accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
          'accept-encoding': 'gzip, deflate, br',
        },
        agent: false,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const location = typeof res.headers.location === 'string' ? res.headers.location : null;
        if (status >= 300 && status < 400 && location) {
          res.resume();
          clearTimeout(timer);
          resolve({ status, location, contentType: null, encoding: null, body: Buffer.alloc(0) });
          return;
        }
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > opts.maxBytes) {
          req.destroy();
          clearTimeout(timer);
          reject(new FetchFailure(`response is ${(declared / 1048576).toFixed(1)} MB, over the ${opts.maxBytes / 1048576} MB limit`));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > opts.maxBytes) {
            req.destroy(new FetchFailure(`response exceeds the ${opts.maxBytes / 1048576} MB limit`));
            return;
          }
          chunks.push(c);
        });
        res.on('end', () => {
          clearTimeout(timer);
          resolve({
            status,
            location,
            contentType: typeof res.headers['content-type'] === 'string' ? res.headers['content-type'] : null,
            encoding: typeof res.headers['content-encoding'] === 'string' ? res.headers['content-encoding'].toLowerCase() : null,
            body: Buffer.concat(chunks),
          });
        });
        res.on('error', (e) => {
          clearTimeout(timer);
          reject(e);
        });
      },
    );
    const timer = setTimeout(() => req.destroy(new FetchFailure(`timed out after ${opts.timeoutMs / 1000} s`)), remaining);
    req.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    req.end();
  });
}

function describe(e: unknown): string {
  if (e instanceof FetchFailure) return e.message;
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'EDOSSIERBLOCKED') return err.message;
  switch (err?.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host not found (DNS lookup failed)';
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ECONNRESET':
      return 'connection reset by the server';
    case 'ETIMEDOUT':
      return 'connection timed out';
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `TLS certificate error (${err.code})`;
    default:
      return err?.message ? `fetch failed: ${err.message}` : 'fetch failed';
  }
}

function decompress(hop: Hop, maxBytes: number): { bytes: Uint8Array; truncated: boolean } {
  const enc = hop.encoding;
  if (!enc || enc === 'identity') return { bytes: hop.body, truncated: false };
  const max = Math.max(maxBytes * 4, 64 * 1024 * 1024);
  if (enc === 'gzip' || enc === 'x-gzip') {
    const g = gunzip(hop.body, max);
    if (!g.ok) throw new FetchFailure(g.reason);
    return { bytes: g.bytes, truncated: g.truncated };
  }
  try {
    if (enc === 'deflate') return { bytes: inflateSync(hop.body, { maxOutputLength: max, finishFlush: constants.Z_SYNC_FLUSH }), truncated: false };
    if (enc === 'br') return { bytes: brotliDecompressSync(hop.body, { maxOutputLength: max }), truncated: false };
  } catch (e) {
    throw new FetchFailure(`could not decompress the ${enc} response (${(e as Error).message})`);
  }
  throw new FetchFailure(`unsupported content encoding ${enc}`);
}

/** Fetches a URL; failures are InputErrors naming the URL and the reason. */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const opts: Required<FetchOptions> = { allowPrivate: false, ...DEFAULTS, ...options };
  const deadline = Date.now() + opts.timeoutMs;
  let current = url;
  try {
    for (let hops = 0; ; hops++) {
      const u = checkUrl(current, opts.allowPrivate);
      const hop = await request(u, opts, deadline);
      if (hop.status >= 300 && hop.status < 400 && hop.location) {
        if (hops >= opts.maxRedirects) throw new FetchFailure(`too many redirects (more than ${opts.maxRedirects})`);
        let next: URL;
        try {
          next = new URL(hop.location, u);
        } catch {
          throw new FetchFailure(`redirect to an invalid URL: ${hop.location}`);
        }
        current = next.href;
        continue;
      }
      if (hop.status < 200 || hop.status >= 300) throw new FetchFailure(`HTTP ${hop.status}${http.STATUS_CODES[hop.status] ? ` ${http.STATUS_CODES[hop.status]}` : ''}`);
      const { bytes, truncated } = decompress(hop, opts.maxBytes);
      if (bytes.length === 0) throw new FetchFailure('empty response');
      return { bytes, contentType: hop.contentType, finalUrl: current, truncated };
    }
  } catch (e) {
    const reason = describe(e);
    throw new InputError(url, current !== url ? `${reason} (after redirect to ${current})` : reason);
  }
}
