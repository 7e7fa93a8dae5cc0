/** The URL contract: `?dataset=&scenario=&asOf=&focus=&view=&tab=&q=&sort=&outcome=&changed=&theme=&embed=`, parsed with specific notices. */
import { dateProblem, isFullDate } from '../model/dates';
import { squeezed } from '../model/billRef';
import { scenarioKey } from '../engine/scenario';
import { joinAnd } from '../engine/words/grammar';
import type { Dataset } from '../model/schema';
import { DATA_BASE, DEFAULT_DATASET } from './datasetIndex';
import { FRAGMENT_REF } from './fragment';
import type { TableAddress } from './tableAddress';
import { readTableAddress, writeTableAddress } from './tableAddress';

/** State carried in the URL (the table's `tab`, `q`, `sort`, `outcome` and `changed`: TableAddress). */
export interface UrlState extends TableAddress {
  /** A built-in dataset id or an https URL. */
  dataset: string;
  /** Bill id -> assumed fate. */
  assumptions: Record<string, 'enacted' | 'failed'>;
  /** Date to look from (YYYY-MM-DD). */
  asOf?: string;
  /** Focused node id. */
  focus?: string;
  /** Main view. */
  view: 'graph' | 'table';
  /** Colour theme; 'auto' follows the reader's system (an embed in a frame is light without it). */
  theme?: 'light' | 'dark' | 'auto';
  /** Embed mode. */
  embed: boolean;
  /** Force a graph renderer (default: chosen by size). */
  renderer?: 'svg' | 'canvas';
  /** How the graph shows stakeholders: one node per bill and side (default), each one, or none. */
  stakeholders?: 'grouped' | 'all' | 'none';
}

/** A problem with one URL parameter and the fallback taken. */
export interface UrlNotice {
  /** The parameter at fault. */
  param: string;
  /** What was wrong and what Tiebar did instead. */
  message: string;
}

const ID_RE = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const MAX_PARAM = 2000;

/** Parses a query string; never throws: bad values give a notice and their default. */
export function parseUrlState(search: string): { state: UrlState; notices: UrlNotice[] } {
  const params = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const get = (name: string): string | null => {
    const v = params.get(name);
    if (v !== null && v.length > MAX_PARAM) {
      notices.push({ param: name, message: `"${name}" is ${v.length} characters long; it was ignored` });
      return null;
    }
    return v;
  };
  const state: UrlState = { dataset: DEFAULT_DATASET, assumptions: {}, view: 'graph', embed: false };

  const dataset = get('dataset');
  if (dataset !== null) {
    if (ID_RE.test(dataset) || isDatasetUrl(dataset)) state.dataset = dataset;
    else
      notices.push({
        param: 'dataset',
        message: `dataset "${clip(dataset)}" ${datasetRefProblem(dataset)}; opened the built-in dataset instead`,
      });
  }
  const scenario = get('scenario');
  if (scenario) {
    for (const part of scenario.split(',')) {
      const m = /^([a-z0-9][a-z0-9_-]{0,63}):(failed|enacted)$/.exec(part.trim());
      const said = /^([^:]*):(failed|enacted)$/.exec(part.trim());
      // Own keys only: an id like "constructor" is no bill named twice.
      if (m && Object.hasOwn(state.assumptions, m[1]) && state.assumptions[m[1]] !== m[2])
        notices.push({
          param: 'scenario',
          message: `scenario names "${m[1]}" twice, "${state.assumptions[m[1]]}" then "${m[2]}"; kept the first`,
        });
      else if (m) state.assumptions[m[1]] = m[2] as 'failed' | 'enacted';
      else if (said && ID_RE.test(said[1].toLowerCase()))
        notices.push({
          param: 'scenario',
          message: `scenario entry "${clip(part)}": bill ids are lower case ("${said[1].toLowerCase()}:${said[2]}"); it was ignored`,
        });
      else
        notices.push({
          param: 'scenario',
          message: `scenario entry "${clip(part)}" is not "<bill>:failed" or "<bill>:enacted"; it was ignored`,
        });
    }
  }
  const asOf = get('asOf');
  if (asOf !== null) {
    if (isFullDate(asOf)) state.asOf = asOf;
    else if (/^\d{4}-\d{2}-\d{2}$/.test(asOf))
      notices.push({ param: 'asOf', message: `asOf "${asOf}": ${dateProblem(asOf)}; showing the latest record instead` });
    else notices.push({ param: 'asOf', message: `asOf "${clip(asOf)}" is not a date like 2019-04-24; showing the latest record instead` });
  }
  const focus = get('focus');
  if (focus !== null) {
    // A bill's label as a reader sees it ("HB 4917", "SB230", "H.B. 4917") stands for its id.
    const asId = squeezed(focus);
    if (ID_RE.test(focus)) state.focus = focus;
    else if (ID_RE.test(asId)) state.focus = asId;
    else notices.push({ param: 'focus', message: `focus "${clip(focus)}" is not an id; nothing was focused` });
  }
  const view = get('view');
  if (view !== null) {
    if (view === 'graph' || view === 'table') state.view = view;
    else notices.push({ param: 'view', message: `view "${clip(view)}" is not "graph" or "table"; showing the graph` });
  }
  // The table's tab, filters and sort (src/shell/tableAddress.ts), read with the table only: a
  // graph's address says nothing of a table it does not show.
  if (state.view === 'table') {
    const table = readTableAddress(get('tab'), get('q'), get('sort'), get('outcome'), get('changed'));
    Object.assign(state, table.table);
    notices.push(...table.notices);
  }
  const theme = get('theme');
  if (theme !== null) {
    if (theme === 'light' || theme === 'dark' || theme === 'auto') state.theme = theme;
    else notices.push({ param: 'theme', message: `theme "${clip(theme)}" is not "light", "dark" or "auto"; using the system theme` });
  }
  const renderer = get('renderer');
  if (renderer !== null) {
    if (renderer === 'svg' || renderer === 'canvas') state.renderer = renderer;
    else notices.push({ param: 'renderer', message: `renderer "${clip(renderer)}" is not "svg" or "canvas"; choosing by size` });
  }
  const stakeholders = get('stakeholders');
  if (stakeholders !== null) {
    if (stakeholders === 'grouped' || stakeholders === 'all' || stakeholders === 'none') state.stakeholders = stakeholders;
    else
      notices.push({
        param: 'stakeholders',
        message: `stakeholders "${clip(stakeholders)}" is not "grouped", "all" or "none"; grouping them`,
      });
  }
  const embed = get('embed');
  state.embed = embed === '1' || embed === 'true';
  return { state, notices };
}

/**
 * The notice for a URL scenario that names bills the opened dataset does not have (they are
 * ignored), or null when it names none.
 */
export function unknownScenarioBills(assumptions: Readonly<Record<string, string>>, dataset: Dataset): string | null {
  const unknown = Object.keys(assumptions).filter((id) => !dataset.bills.some((b) => b.id === id));
  if (unknown.length === 0) return null;
  const names = joinAnd(unknown.map((u) => `"${u}"`));
  return `The scenario names ${names}, ${unknown.length === 1 ? 'not a bill' : 'not bills'} of this dataset; ignored.`;
}

/** The warning a page shows for a URL scenario naming bills `dataset` lacks (unknownScenarioBills), or null. */
export function unknownScenarioNotice(
  assumptions: Readonly<Record<string, string>>,
  dataset: Dataset,
): { id: 'url-scenario-bills'; level: 'warning'; message: string } | null {
  const message = unknownScenarioBills(assumptions, dataset);
  return message === null ? null : { id: 'url-scenario-bills', level: 'warning', message };
}

/** Writes state as a query string (without defaults), in a stable order. */
export function serializeUrlState(state: Partial<UrlState>): string {
  const params = new URLSearchParams();
  // A dataset carried in the fragment (`#data=`) has no `dataset` value: the fragment is the dataset.
  if (state.dataset && state.dataset !== DEFAULT_DATASET && state.dataset !== FRAGMENT_REF) params.set('dataset', state.dataset);
  const scenario = scenarioKey(state.assumptions ?? {});
  if (scenario) params.set('scenario', scenario);
  if (state.asOf) params.set('asOf', state.asOf);
  if (state.focus) params.set('focus', state.focus);
  if (state.view && state.view !== 'graph') params.set('view', state.view);
  // The table's own state is written with the table only: a graph's address carries none of it.
  if (state.view === 'table') writeTableAddress(params, state);
  if (state.theme) params.set('theme', state.theme);
  if (state.renderer) params.set('renderer', state.renderer);
  if (state.stakeholders && state.stakeholders !== 'grouped') params.set('stakeholders', state.stakeholders);
  if (state.embed) params.set('embed', '1');
  const s = params.toString().replace(/%3A/g, ':').replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https anywhere, or http on this machine (localhost is a secure context, useful while writing a dataset). */
export function isDatasetUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
  } catch {
    return false;
  }
}

/** Why a `dataset` value is neither an id nor a URL Tiebar opens, in words. */
function datasetRefProblem(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is neither a dataset id (lower-case letters, digits, "-" and "_", at most 64) nor a URL';
  }
  if (url.protocol === 'http:')
    return `is an http:// address on ${url.hostname}; http:// works only on this machine (localhost, 127.0.0.1, [::1]): use https://`;
  return `is a ${url.protocol} address; datasets open from https:// (or http://localhost) only`;
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/**
 * The parts of the URL state the app's store holds (the dataset is opened, not stored), with the
 * defaults filled in. An address of the table also sets its tab, sort, filter text and the bills'
 * outcome and changed filters (`filters` are the store's, whose other fields the address does not
 * carry); one of the graph leaves them.
 */
export function viewStateOf<F extends { text: string; outcome: string; changed: boolean }>(state: UrlState, filters: F) {
  const table =
    state.view === 'table'
      ? {
          tableTab: state.tab ?? ('bills' as const),
          tableSort: state.sort ?? null,
          filters: { ...filters, text: state.filter ?? '', outcome: state.outcome ?? '', changed: state.changed ?? false },
        }
      : {};
  return {
    assumptions: state.assumptions,
    asOf: state.asOf,
    view: state.view,
    focus: state.focus ?? null,
    theme: state.theme ?? ('auto' as const),
    renderer: state.renderer ?? ('auto' as const),
    stakeholders: state.stakeholders ?? ('grouped' as const),
    ...table,
  };
}

/** Where a dataset ref is fetched from: a built-in id under data/, or the address itself. */
export function datasetAddress(ref: string): string {
  return isDatasetUrl(ref) ? ref : `${DATA_BASE}${ref}.json`;
}
