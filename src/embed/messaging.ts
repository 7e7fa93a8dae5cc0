/**
 * The embed's postMessage API: a parent page on an allowed origin (`allowOrigin=` in the embed
 * URL) may send commands and receives events. Anything else is ignored.
 */
import { isFullDate } from '../model/dates';

const ID_RE = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** A command from the parent page. */
export type EmbedCommand =
  | { type: 'tiebar:setScenario'; scenario: Record<string, 'enacted' | 'failed'> }
  | { type: 'tiebar:setAsOf'; asOf: string | null }
  | { type: 'tiebar:focus'; id: string | null }
  | { type: 'tiebar:setView'; view: 'graph' | 'table' };

/** Origins allowed to drive the embed, from `allowOrigin=https://a.example,https://b.example`. */
export function parseAllowedOrigins(param: string | null): Set<string> {
  const out = new Set<string>();
  for (const part of (param ?? '').split(',')) {
    try {
      const url = new URL(part.trim());
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin !== 'null') out.add(url.origin);
    } catch {
      // not an origin: ignored
    }
  }
  return out;
}

/** Reads a command; null for anything malformed (never throws, never trusts the shape). */
export function parseCommand(data: unknown): EmbedCommand | null {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  const msg = data as Record<string, unknown>;
  switch (msg.type) {
    case 'tiebar:setScenario': {
      const s = msg.scenario;
      if (s === null || typeof s !== 'object' || Array.isArray(s)) return null;
      const scenario: Record<string, 'enacted' | 'failed'> = {};
      const entries = Object.entries(s);
      if (entries.length > 1000) return null;
      for (const [id, v] of entries) {
        if (!ID_RE.test(id) || (v !== 'enacted' && v !== 'failed')) return null;
        scenario[id] = v;
      }
      return { type: msg.type, scenario };
    }
    case 'tiebar:setAsOf':
      if (msg.asOf === null) return { type: msg.type, asOf: null };
      return typeof msg.asOf === 'string' && isFullDate(msg.asOf) ? { type: msg.type, asOf: msg.asOf } : null;
    case 'tiebar:focus':
      if (msg.id === null) return { type: msg.type, id: null };
      return typeof msg.id === 'string' && ID_RE.test(msg.id) ? { type: msg.type, id: msg.id } : null;
    case 'tiebar:setView':
      return msg.view === 'graph' || msg.view === 'table' ? { type: msg.type, view: msg.view } : null;
    default:
      return null;
  }
}
