/** One tie the detector proposes: the clause quoted with its matched references marked, and Accept. */
import type { Proposal } from './detectedTies';

/** Props of TieProposal. */
export interface TieProposalProps {
  /** The proposal. */
  proposal: Proposal;
  /** The label of the bill the text was pasted into. */
  from: string;
  /** Adds the link (and any bill it names that is missing). */
  onAccept: () => void;
}

/** The proposal as text (never HTML): kind, targets, the quoted clause, and an Accept button. */
export function TieProposal({ proposal, from, onAccept }: TieProposalProps) {
  const { tie, pieces, confidence, missing, accepted } = proposal;
  const targets = tie.targets.map((t) => t.label).join(', ');
  return (
    <li className="ed-proposal">
      <p>
        <strong>
          {from} {tie.kind.replace(/-/g, ' ')} on {targets}
        </strong>{' '}
        <span className="ed-hint">({Math.round(confidence * 100)}% sure)</span>
      </p>
      <blockquote className="ed-clause">
        {pieces.map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
      </blockquote>
      {missing.length > 0 && <p className="ed-hint">Accepting also adds {missing.join(', ')} (not in the dataset yet).</p>}
      {accepted ? (
        <p className="ed-hint">Added (unverified until you tick “clause checked” on the link).</p>
      ) : (
        <button type="button" onClick={onAccept}>
          Accept tie to {targets}
        </button>
      )}
    </li>
  );
}
