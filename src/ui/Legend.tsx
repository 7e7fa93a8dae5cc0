/** The graph's legend: only the outcomes, stances, stakeholder kinds and link kinds the graph shows, in words as well as marks. */
import { useMemo, useState } from 'react';
import type { CSSProperties } from 'react';
import { OUTCOMES } from '../engine/scenario';
import type { GraphState, GraphStructure } from '../engine/graphSpec';
import { LINK_LABELS, isDecidingLink } from '../engine/graphSpec';
import { joinOr } from '../engine';
import { hasOpeningGroups } from '../engine/storyGraph';
import { STAKEHOLDER_COLOR, groupKindMarks } from '../graph/core/encodings';
import { OUTCOME_DEFINITION } from '../engine/words/outcomes';
import { OutcomeBadge } from './OutcomeBadge';
import { NARROW } from '../graph/core/widths';

const STANCES = ['sponsor', 'support', 'oppose', 'neutral', 'withdrawn'] as const;
const KIND_WORDS: Partial<Record<keyof typeof STAKEHOLDER_COLOR, string>> = {
  'advocacy-group': 'advocacy group',
  'law-enforcement-association': 'law enforcement',
  'local-government': 'local government',
  'civic-group': 'civic group',
};

/**
 * One key per dot colour: kinds drawn in the same colour share an entry ("advocacy group or
 * coalition"), since a reader cannot tell their dots apart. In the order the kinds come.
 */
export function kindKeys(kinds: Iterable<keyof typeof STAKEHOLDER_COLOR>): Array<{ colour: string; words: string }> {
  const byColour = new Map<string, string[]>();
  for (const kind of kinds) {
    const colour = STAKEHOLDER_COLOR[kind];
    byColour.set(colour, [...(byColour.get(colour) ?? []), KIND_WORDS[kind] ?? kind.replace(/-/g, ' ')]);
  }
  return [...byColour].map(([colour, words]) => ({ colour, words: joinOr(words) }));
}

/** Props of the legend. */
export interface LegendProps {
  /** What the graph draws (the legend lists only what is in it). */
  structure: GraphStructure;
  /** How it looks now. */
  state: GraphState;
  /**
   * True where the page can show other dates (the app's timeline): the outcomes an earlier date
   * shows keep their key's place from the start (a bill decided now was pending before it was
   * decided; one that hangs on another may have waited on it, contingent).
   */
  dated?: boolean;
  /** True in an embed: the key opened says what each outcome word means (a phone never shows a badge's tooltip). */
  meanings?: boolean;
}

/** The stakeholder kinds and link kinds a structure draws. */
function shownKinds(structure: GraphStructure) {
  const kinds = new Set<keyof typeof STAKEHOLDER_COLOR>();
  // The words each kind of link drawn is labelled with, in the order first drawn.
  const deciding = new Set<string>();
  const loose = new Set<string>();
  // Bills that hang on another (the source of a deciding link).
  const hanging = new Set<string>();
  let positions = false;
  for (const n of structure.nodes) {
    if (n.stakeholderKind) kinds.add(n.stakeholderKind);
    // A group shows only its most common kinds as dots: the key lists those, not every member's.
    for (const k of groupKindMarks(n.kinds)) kinds.add(k);
  }
  for (const e of structure.edges) {
    if (e.kind === 'link' && e.linkKind) {
      (isDecidingLink(e.linkKind) ? deciding : loose).add(LINK_LABELS[e.linkKind]);
      if (isDecidingLink(e.linkKind)) hanging.add(e.source);
    }
    if (e.kind === 'position' && !structure.story) positions = true;
  }
  return { kinds, deciding, loose, positions, hanging };
}

/** Which looks a structure draws now: a provision struck, one that falls with its bill, a bill the scenario sets (and whether it lists provisions at all). */
function provisionLooks(
  structure: GraphStructure,
  state: GraphState,
): { provisions: boolean; struck: boolean; fallen: boolean; assumed: boolean } {
  let [provisions, struck, fallen, assumed] = [false, false, false, false];
  for (const n of structure.nodes) {
    const s = state.nodes[n.id];
    if (n.kind === 'bill' && s?.assumed) assumed = true;
    if (n.kind !== 'provision') continue;
    provisions = true;
    // (A provision not added yet as of the date is not drawn as anything.)
    if (s?.present === false) continue;
    if (s?.struck) struck = true;
    else if (s?.fallen) fallen = true;
  }
  return { provisions, struck, fallen, assumed };
}

/** The outcomes an earlier date may show of the bills drawn: pending before a bill was decided, contingent while one hanging on another waited. */
function outcomesBefore(structure: GraphStructure, state: GraphState, hanging: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const n of structure.nodes) {
    const o = state.nodes[n.id]?.outcome;
    if (n.kind !== 'bill' || !o || o === 'pending') continue;
    out.add('pending');
    if (hanging.has(n.id) && (o === 'enacted' || o === 'inoperative')) out.add('contingent');
  }
  return [...out];
}

/** Explains the encodings the graph uses now; on a phone it folds to one line that opens. */
export function Legend({ structure, state, dated = false, meanings = false }: LegendProps) {
  // Read once: a media query on every render costs a scenario toggle's frame about half a millisecond.
  const [wide] = useState(() => typeof matchMedia !== 'function' || !matchMedia(NARROW).matches);
  // Each worked out only when what it reads changes (a toggle keeps the structure and the edges).
  // Only what is drawn: a state may hold more (a session's embed draws the story of a few of its bills).
  const outcomes = useMemo(() => new Set(structure.nodes.map((n) => state.nodes[n.id]?.outcome)), [structure, state.nodes]);
  const stances = useMemo(() => new Set(structure.edges.map((e) => state.edges[e.id]?.stance)), [structure, state.edges]);
  // Every outcome and stance drawn at some date or in some scenario of this structure keeps its
  // key's place (unseen when none is drawn now, after those shown): a toggle or a scrub to a day
  // before the positions neither shrinks the key nor moves the graph.
  const [seen] = useState(() => new WeakMap<GraphStructure, Set<string>>());
  let keyed = seen.get(structure);
  if (!keyed) seen.set(structure, (keyed = new Set()));
  for (const s of stances) if (s) keyed.add(s);
  for (const o of outcomes) if (o) keyed.add(o);
  const { kinds, deciding, loose, positions, hanging } = useMemo(() => shownKinds(structure), [structure]);
  const before = useMemo(() => (dated ? outcomesBefore(structure, state, hanging) : []), [dated, structure, state, hanging]);
  for (const o of before) keyed.add(o);
  const boxes = useMemo(() => provisionLooks(structure, state), [structure, state]);
  const shownOutcomes = OUTCOMES.filter((o) => outcomes.has(o));
  const keptOutcomes = OUTCOMES.filter((o) => keyed.has(o) && !outcomes.has(o));
  return (
    <details className="tb-legend" aria-label="Legend" open={wide}>
      <summary className="tb-legend-row">
        <span className="tb-legend-key">Key</span>
        {shownOutcomes.map((o) => (
          <OutcomeBadge key={o} outcome={o} />
        ))}
        {keptOutcomes.map((o) => (
          <span key={o} className="tb-key-unused">
            <OutcomeBadge outcome={o} />
          </span>
        ))}
      </summary>
      {/* What each outcome word means (on a phone its badge's tooltip is never seen); a place kept for an
          outcome a toggle can bring stays, unseen, so the key's height holds. */}
      {meanings && (
        <dl className="tb-legend-meanings">
          {[...shownOutcomes, ...keptOutcomes].map((o) => (
            <div key={o} className={shownOutcomes.includes(o) ? undefined : 'tb-key-unused'}>
              <dt>
                <OutcomeBadge outcome={o} />
              </dt>
              <dd>{OUTCOME_DEFINITION[o]}</dd>
            </div>
          ))}
        </dl>
      )}
      <div className="tb-legend-row">
        {structure.story && hasOpeningGroups(structure) && (
          <span className="tb-legend-groups">
            Rounded boxes: the people and groups who back, oppose or are neutral on a bill (tap to list them)
          </span>
        )}
        {deciding.size > 0 && <span className="tb-linkkey">→ {[...deciding].join(' / ')}: decides whether a bill takes effect</span>}
        {loose.size > 0 && <span className="tb-linkkey-loose">⇢ {[...loose].join(' / ')}: decides nothing</span>}
        {/* Keys a toggle or the date can bring, last (a place kept unseen leaves no gap before a key
            shown): each keeps its place, unseen (and unheard) until the graph draws what it keys,
            so a toggle never changes the key's height (in the app that would resize the graph
            beside it; in an embed, the page's height). */}
        {positions &&
          STANCES.filter((s) => keyed.has(s)).map((s) => (
            <span key={s} className={`tb-stance tb-stance-${s}${stances.has(s) ? '' : ' tb-key-unused'}`}>
              {s}
            </span>
          ))}
        {structure.story && (
          <span className={`tb-whatif-key${boxes.assumed ? '' : ' tb-key-unused'}`}>
            <i>what if</i>: set by the scenario, not the record
          </span>
        )}
        {boxes.provisions && (
          <span className={`tb-boxkey tb-boxkey-struck${boxes.struck ? '' : ' tb-key-unused'}`}>crossed out: struck from its bill</span>
        )}
        {boxes.provisions && (
          <span className={`tb-boxkey tb-boxkey-fallen${boxes.fallen ? '' : ' tb-key-unused'}`}>dotted grey: falls with its bill</span>
        )}
      </div>
      {kinds.size > 0 && (
        <div className="tb-legend-row tb-legend-kinds">
          {kindKeys(kinds).map(({ colour, words }) => (
            <span key={colour} className="tb-kind" style={{ '--dot': colour } as CSSProperties}>
              {words}
            </span>
          ))}
        </div>
      )}
    </details>
  );
}
