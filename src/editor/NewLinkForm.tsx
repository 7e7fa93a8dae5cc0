/** Adds a link: kind, the bill that hangs, the bill it hangs on; its id is made from both. */
import { useId, useState } from 'react';
import type { LinkKind } from '../model';
import { addLink, newLinkRequires } from '../model/edit';
import { useDraft, useEditorApi } from './context';
import { LINK_KINDS, billChoices, targetChoices } from './choices';

/** A small form above the links list. */
export function NewLinkForm() {
  const api = useEditorApi();
  const draft = useDraft();
  const uid = useId();
  const [kind, setKind] = useState<LinkKind>('contingent-enactment');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  // Said under the form when "Add link" adds nothing: the tie is there already (and is picked).
  const [already, setAlready] = useState<string | null>(null);
  const froms = targetChoices(draft);
  const tos = billChoices(draft);
  const add = () => {
    const f = from || froms[0]?.value;
    const t = to || tos.find((c) => c.value !== f)?.value;
    if (!f || !t) return;
    const same = (draft.links ?? []).find((l) => l.kind === kind && l.from === f && l.to.length === 1 && l.to[0] === t);
    if (same) {
      setAlready(`That tie is there already (${same.id}): it is picked below.`);
      api.getState().select('links', same.id);
      return;
    }
    setAlready(null);
    let id = '';
    api.getState().change((d) => {
      // A tie-bar's wording asks that the bills be enacted, not that they take effect: the form
      // starts there (as a sheet's blank cell does), and can be changed.
      const requires = newLinkRequires(kind);
      const [next, made] = addLink(d, kind, f, [t], requires ? { requires } : {});
      id = made;
      return next;
    });
    api.getState().select('links', id);
  };
  if (draft.bills.length < 2) return <p className="ed-hint">Add two bills first, then tie them here.</p>;
  return (
    <fieldset className="ed-newlink">
      <legend>New link</legend>
      <label htmlFor={`${uid}-kind`}>Kind</label>
      <select id={`${uid}-kind`} value={kind} onChange={(e) => (setKind(e.target.value as LinkKind), setAlready(null))}>
        {LINK_KINDS.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${uid}-from`}>Bill that hangs</label>
      <select id={`${uid}-from`} value={from || froms[0]?.value} onChange={(e) => (setFrom(e.target.value), setAlready(null))}>
        {froms.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${uid}-to`}>Hangs on</label>
      <select
        id={`${uid}-to`}
        value={to || tos.find((c) => c.value !== (from || froms[0]?.value))?.value}
        onChange={(e) => (setTo(e.target.value), setAlready(null))}
      >
        {tos.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <button type="button" onClick={add}>
        Add link
      </button>
      <p className="ed-hint" role="status">
        {already}
      </p>
    </fieldset>
  );
}
