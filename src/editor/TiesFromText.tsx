/** Paste a bill's text (or one clause): the detector proposes its ties, each to accept or leave. */
import { useDeferredValue, useMemo } from 'react';
import { acceptTie } from '../model/edit';
import { useDraft, useEditorApi } from './context';
import { proposeTies } from './detectedTies';
import { TextField } from './TextField';
import { TieProposal } from './TieProposal';

/** The bill's text field and the ties found in it. */
export function TiesFromText({ bill }: { bill: number }) {
  const api = useEditorApi();
  const draft = useDraft();
  const b = draft.bills[bill];
  const text = useDeferredValue(b.text ?? '');
  const proposals = useMemo(() => (text ? proposeTies(draft, b.id, text) : []), [draft, b.id, text]);
  return (
    <fieldset>
      <legend>Ties from the bill’s text</legend>
      <TextField
        label="Bill text (paste the bill, or one clause)"
        path={['bills', bill, 'text']}
        optional
        multiline
        hint="Kept with the bill; ties found in it are proposed below"
      />
      {text && proposals.length === 0 && <p className="ed-hint">No linking clause found in this text.</p>}
      {proposals.length > 0 && (
        <ul className="ed-proposals" aria-label="Proposed ties">
          {proposals.map((p, i) => (
            <TieProposal
              key={i}
              proposal={p}
              from={b.label}
              onAccept={() => {
                let id = '';
                api.getState().change((d) => {
                  const [next, linkId] = acceptTie(d, b.id, p.tie);
                  id = linkId;
                  return next;
                });
                api.getState().select('links', id);
              }}
            />
          ))}
        </ul>
      )}
    </fieldset>
  );
}
