/**
 * Reads LegiScan's JSON: API responses (`{"status":"OK","bill":{...}}` from getBill), the bill,
 * people and vote files of its JSON datasets (`{"bill":{...}}`, `{"person":{...}}`), and bare
 * bill objects or arrays of them.
 */
import type { LegiScanFile, LsBill, LsRecords } from './records';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const s = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const n = (v: unknown): number => (typeof v === 'number' ? v : Number(v) || 0);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObj) : []);

/** Adds one JSON file's records to `into`; bad ones are reported by file and JSON path. */
export function readJsonFile(file: LegiScanFile, into: LsRecords): void {
  let doc: unknown;
  try {
    doc = JSON.parse(file.text);
  } catch (e) {
    into.problems.push({ file: file.name, path: '', message: `not valid JSON: ${(e as Error).message}` });
    into.skipped++;
    return;
  }
  if (isObj(doc) && doc.status === 'ERROR') {
    into.problems.push({
      file: file.name,
      path: 'alert',
      message: `a LegiScan API error: ${s(isObj(doc.alert) ? doc.alert.message : '') || 'no message'}`,
    });
    into.skipped++;
    return;
  }
  if (isObj(doc) && isObj(doc.person)) return readPerson(doc.person, into);
  if (isObj(doc) && (isObj(doc.roll_call) || isObj(doc.rollcall))) return; // roll calls are read from each bill's votes[]
  const bills: Array<[unknown, string]> = Array.isArray(doc)
    ? doc.map((b, i) => [isObj(b) && isObj(b.bill) ? b.bill : b, `[${i}]`])
    : isObj(doc) && isObj(doc.bill)
      ? [[doc.bill, 'bill']]
      : [[doc, '']];
  for (const [raw, path] of bills) readBill(raw, file.name, path, into);
}

function readBill(raw: unknown, file: string, path: string, into: LsRecords) {
  const at = (p: string) => (path ? `${path}.${p}` : p);
  if (!isObj(raw) || (raw.bill_number === undefined && raw.bill_id === undefined)) {
    into.problems.push({ file, path, message: 'not a LegiScan bill (expected bill_id and bill_number, as getBill returns)' });
    into.skipped++;
    return;
  }
  if (!s(raw.bill_number)) {
    into.problems.push({ file, path: at('bill_number'), message: 'missing: every bill needs its number' });
    into.skipped++;
    return;
  }
  const session = isObj(raw.session) ? raw.session : {};
  if (!into.session.yearStart && session.year_start)
    into.session = {
      state: s(raw.state) || undefined,
      yearStart: n(session.year_start),
      yearEnd: n(session.year_end) || undefined,
      name: s(session.session_name) || s(session.session_title) || undefined,
      sineDie: n(session.sine_die) === 1,
    };
  else if (!into.session.state && s(raw.state)) into.session = { ...into.session, state: s(raw.state) };
  const sponsors = list(raw.sponsors).sort((a, b) => n(a.sponsor_order) - n(b.sponsor_order));
  for (const p of sponsors) readPerson(p, into);
  const bill: LsBill = {
    billId: s(raw.bill_id) || s(raw.bill_number),
    number: s(raw.bill_number),
    status: statusName(raw.status),
    title: s(raw.title),
    description: s(raw.description) || s(raw.title),
    url: s(raw.url),
    stateLink: s(raw.state_link),
    history: list(raw.history).map((h, i) => ({ date: s(h.date), chamber: s(h.chamber), sequence: i + 1, action: s(h.action) })),
    sponsors: sponsors.map((p) => s(p.people_id)).filter(Boolean),
    related: list(raw.sasts).map((x) => [s(x.type), s(x.sast_bill_number)] as [string, string]),
    where: path ? `${file} ${path}` : file,
  };
  into.bills.push(bill);
}

function readPerson(p: Json, into: LsRecords) {
  const id = s(p.people_id);
  if (!id || into.people.has(id)) return;
  into.people.set(id, {
    id,
    name: s(p.name) || [s(p.first_name), s(p.last_name)].filter(Boolean).join(' ') || `person ${id}`,
    party: s(p.party),
    role: s(p.role),
    district: s(p.district),
    committee: n(p.committee_sponsor) === 1 || n(p.committee_id) > 0,
  });
}

// getBill gives the status as a number (LegiScan's progress codes).
const STATUS = ['', 'Introduced', 'Engrossed', 'Enrolled', 'Passed', 'Vetoed', 'Failed'];
function statusName(v: unknown): string {
  return typeof v === 'number' ? (STATUS[v] ?? '') : s(v);
}
