/** Details of the focused bill, provision, stakeholder or link: facts, events, positions, clauses, sources. */
import { useMemo } from 'react';
import type { Dataset } from '../model';
import { formatDate } from '../model/dates';
import { LINK_LABELS } from '../engine/graphSpec';
import { selectEvaluation, selectExplanationOf, selectNodeSentence, useAppStore, useDeferredAppStore } from '../store';
import { selectProvisionOutcomes } from '../store/appSelectors';
import { OutcomeBadge } from './OutcomeBadge';
import { findTarget } from './focusTarget';
import { SourceLinks } from './SourceLinks';
import { BillDetails } from './BillDetails';

/** The bill whose outcome a focused node's panel states: the bill itself, or a link's dependent bill. */
function explainedBill(ds: Dataset, id: string): string | null {
  const t = findTarget(ds, id);
  if (t?.kind === 'bill') return ds.bills[t.index].id;
  if (t?.kind === 'link') return ds.links![t.index].from;
  return null;
}

/** The details panel for the focused node (nothing when nothing is focused). */
export function DetailsPanel() {
  const ds = useAppStore((s) => s.dataset);
  const focus = useAppStore((s) => s.focus);
  const setFocus = useAppStore((s) => s.setFocus);
  // Only the bill this panel shows is explained (a session has thousands).
  const explainedId = ds && focus ? explainedBill(ds, focus) : null;
  // The words that follow the scenario are read after the graph has shown it.
  const explanation = useDeferredAppStore(useMemo(() => selectExplanationOf(explainedId ?? ''), [explainedId]));
  const provisions = useDeferredAppStore((s) => (s.focus ? selectProvisionOutcomes(s) : null));
  const outcomes = useDeferredAppStore((s) => (s.focus ? (selectEvaluation(s)?.outcomes ?? null) : null));
  const nodeSentence = useDeferredAppStore(useMemo(() => selectNodeSentence(focus), [focus]));
  if (!ds || !focus) return null;
  const target = findTarget(ds, focus);
  const close = (
    <button type="button" className="tb-close" onClick={() => setFocus(null)} aria-label="Close details">
      ×
    </button>
  );
  if (!target) return null;
  let body;
  if (target.kind === 'bill')
    body = (
      <BillDetails
        dataset={ds}
        bill={ds.bills[target.index]}
        explanation={explanation ?? undefined}
        provisions={provisions}
        outcomes={outcomes}
      />
    );
  else if (target.kind === 'provision') {
    const bill = ds.bills[target.bill];
    const p = bill.provisions![target.index];
    const result = provisions?.[p.id];
    body = (
      <>
        <h2>{p.label}</h2>
        <p className="tb-kicker">Provision of {bill.label}</p>
        {result && <p>{result.sentence}</p>}
        {p.description && <p>{p.description}</p>}
        <dl>
          {p.sections && (
            <>
              <dt>Sections</dt>
              <dd>{p.sections.join('; ')}</dd>
            </>
          )}
          {p.added && (
            <>
              <dt>Added</dt>
              <dd>{formatDate(p.added)}</dd>
            </>
          )}
          {p.struck && (
            <>
              <dt>Struck</dt>
              <dd>{formatDate(p.struck)}</dd>
            </>
          )}
        </dl>
        <p className="tb-cite">
          Sources: <SourceLinks dataset={ds} ids={p.sources} />
        </p>
      </>
    );
  } else if (target.kind === 'stakeholder') {
    const s = ds.stakeholders![target.index];
    const label = new Map(
      ds.bills.flatMap((b) => [[b.id, b.label] as const, ...(b.provisions ?? []).map((p) => [p.id, p.label] as const)]),
    );
    const positions = (ds.positions ?? []).filter((p) => p.stakeholder === s.id);
    body = (
      <>
        <h2>{s.name}</h2>
        <p className="tb-kicker">{s.kind.replace(/-/g, ' ')}</p>
        {nodeSentence && <p data-testid="node-sentence">{nodeSentence}</p>}
        {s.note && <p>{s.note}</p>}
        <h3>Positions over time</h3>
        <ul className="tb-list">
          {positions.map((p, i) => (
            <li key={i}>
              <strong>{p.stance}</strong> on {label.get(p.target) ?? p.target}
              {p.date ? ` from ${formatDate(p.date)}` : ''}
              {p.note ? `: ${p.note}` : ''} <SourceLinks dataset={ds} ids={p.sources} />
            </li>
          ))}
        </ul>
        <p className="tb-cite">
          Sources: <SourceLinks dataset={ds} ids={s.sources} />
        </p>
      </>
    );
  } else {
    const l = ds.links![target.index];
    const label = (id: string) => ds.bills.find((b) => b.id === id)?.label ?? id;
    body = (
      <>
        <h2>
          {label(l.from)} → {LINK_LABELS[l.kind]} → {l.to.map(label).join(', ')}
        </h2>
        <p className="tb-kicker">{l.kind.replace(/-/g, ' ')} link</p>
        {l.clause && (
          <blockquote className="tb-clause">
            “{l.clause}”{l.clauseVerified === false ? ' (wording not verified)' : ''}
          </blockquote>
        )}
        <dl>
          {l.added && (
            <>
              <dt>Made</dt>
              <dd>{formatDate(l.added)}</dd>
            </>
          )}
          {l.removed && (
            <>
              <dt>Removed</dt>
              <dd>{formatDate(l.removed)}</dd>
            </>
          )}
          {l.deadline && (
            <>
              <dt>Deadline</dt>
              <dd>enacted and in effect on or before {formatDate(l.deadline)}</dd>
            </>
          )}
          {l.section && (
            <>
              <dt>Section</dt>
              <dd>{l.section}</dd>
            </>
          )}
        </dl>
        {l.note && <p>{l.note}</p>}
        {explanation && (
          <p>
            <OutcomeBadge outcome={explanation.outcome} /> {explanation.sentence}
          </p>
        )}
        <p className="tb-cite">
          Sources: <SourceLinks dataset={ds} ids={l.sources} />
        </p>
      </>
    );
  }
  return (
    <aside className="tb-details" aria-label="Details" data-testid="details" data-closes-on-escape="">
      {close}
      {body}
    </aside>
  );
}
