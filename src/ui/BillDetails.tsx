/** The details of one bill: outcome and why, dated events with tallies, provisions, links, sources. */
import type { Bill, Dataset } from '../model';
import { formatDate } from '../model/dates';
import type { Explanation, Outcome, ProvisionResult } from '../engine';
import { LINK_LABELS } from '../engine/graphSpec';
import { billHeading } from '../engine/words';
import { wholeTitle } from '../model/text';
import { OutcomeBadge } from './OutcomeBadge';
import { SourceLinks } from './SourceLinks';

/** Props of the bill details. */
export interface BillDetailsProps {
  /** The dataset (for sources and labels). */
  dataset: Dataset;
  /** The bill shown. */
  bill: Bill;
  /** Its outcome and reason in the current scenario. */
  explanation?: Explanation;
  /** Provision outcomes in the current scenario. */
  provisions: Record<string, ProvisionResult> | null;
  /** Every bill's outcome in the current scenario: each tie names the other bills' outcomes. */
  outcomes?: Record<string, Outcome> | null;
}

/** Everything known about a bill, each fact with its source. */
export function BillDetails({ dataset: ds, bill, explanation, provisions, outcomes = null }: BillDetailsProps) {
  const label = (id: string) => ds.bills.find((b) => b.id === id)?.label ?? id;
  // Another bill of a tie, with its outcome ("HB 4639 INOPERATIVE"): what the tie does to it, at a glance.
  const other = (id: string) => (
    <span key={id} className="tb-tied">
      {label(id)}
      {id !== bill.id && outcomes?.[id] ? (
        <>
          {' '}
          <OutcomeBadge outcome={outcomes[id]} />
        </>
      ) : null}
    </span>
  );
  const links = (ds.links ?? []).filter((l) => l.from === bill.id || l.to.includes(bill.id));
  // What it is about heads the panel (a LegiScan title runs on into "Amends sec. …" and "TIE BAR
  // WITH: …", twelve lines in a narrow panel); the record's whole title follows, once.
  const title = wholeTitle(bill);
  const headed = billHeading(title, bill.label);
  return (
    <>
      <h2>
        {bill.label}: {headed}
      </h2>
      {headed !== title && <p className="tb-title-whole">{title}</p>}
      <p className="tb-kicker">
        {[bill.session, bill.jurisdiction, bill.authors?.length ? `by ${bill.authors.join(', ')}` : ''].filter(Boolean).join(' · ')}
      </p>
      {explanation && (
        <p>
          <OutcomeBadge outcome={explanation.outcome} /> {explanation.sentence}
        </p>
      )}
      {bill.summary && bill.summary !== title && <p>{bill.summary}</p>}
      {links.length > 0 && (
        <>
          <h3>Ties</h3>
          <ul className="tb-list">
            {links.map((l) => (
              <li key={l.id}>
                {other(l.from)} → <strong>{LINK_LABELS[l.kind]}</strong> → {l.to.map((id, i) => [i > 0 ? ', ' : null, other(id)])}
                {l.added ? ` (since ${formatDate(l.added)})` : ''}
                {l.clause ? <q className="tb-clause-inline">{l.clause}</q> : null} <SourceLinks dataset={ds} ids={l.sources} />
              </li>
            ))}
          </ul>
        </>
      )}
      {(bill.events?.length ?? 0) > 0 && (
        <>
          <h3>Events</h3>
          <ol className="tb-events">
            {bill.events!.map((e, i) => (
              <li key={i}>
                <time dateTime={e.date}>{formatDate(e.date)}</time> {e.description}
                {e.tallies?.map((t, k) => (
                  <span key={k} className="tb-tally">
                    {' '}
                    {t.yes}-{t.no}
                    {t.notVoting !== undefined ? ` (${t.notVoting} not voting)` : ''} <SourceLinks dataset={ds} ids={t.sources} />
                  </span>
                ))}
                {e.note && <span className="tb-note"> {e.note}</span>} <SourceLinks dataset={ds} ids={e.sources} />
              </li>
            ))}
          </ol>
        </>
      )}
      {(bill.provisions?.length ?? 0) > 0 && (
        <>
          <h3>Provisions</h3>
          <ul className="tb-list">
            {bill.provisions!.map((p) => (
              <li key={p.id}>
                <strong>{p.label}</strong>: {provisions?.[p.id]?.sentence} <SourceLinks dataset={ds} ids={p.sources} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="tb-cite">
        Sources: <SourceLinks dataset={ds} ids={bill.sources} />
      </p>
    </>
  );
}
