/** The sources a fact cites: picked from the dataset's sources, or a new one added right here. */
import { useId, useState } from 'react';
import type { PathKey } from '../model/edit';
import { addSource, getIn, setIn } from '../model/edit';
import { useDraftValue, useEditorApi, useEditor } from './context';
import type { EditorState } from './editorStore';
import { fieldId, problemsAt, problemsOfItem } from './fieldProblems';
import { FieldMessages } from './FieldMessages';
import { sourceChoices, sourceName } from './choices';
import { AddField } from './AddField';

const selectSources = (s: EditorState) => s.history.present.sources;

/** Props of SourceRefs. */
export interface SourceRefsProps {
  /** The fact's path (its `sources` list is under it). */
  path: readonly PathKey[];
}

/** Cited sources with remove buttons, a select to cite another, and a field to add a new one. */
export function SourceRefs({ path }: SourceRefsProps) {
  const api = useEditorApi();
  // Only the sources, so editing another field does not redraw every fact's source list.
  const sources = useEditor(selectSources);
  const refs = (useDraftValue([...path, 'sources']) as string[] | undefined) ?? [];
  const all = useEditor((s) => s.problems);
  const problems = [
    ...problemsAt(all, [...path, 'sources']),
    ...problemsOfItem(all, path).filter((p) => /cites no source/.test(p.message)),
  ];
  const [url, setUrl] = useState('');
  const [pick, setPick] = useState('');
  const base = fieldId([...path, 'sources']);
  const uid = useId();
  const citedIn = (d: unknown) => (getIn(d, [...path, 'sources']) as string[] | undefined) ?? [];
  const cite = (id: string) => api.getState().change((d) => setIn(d, [...path, 'sources'], [...citedIn(d), id]));
  const remove = (i: number) =>
    api.getState().change((d) => setIn(d, [...path, 'sources'], refs.length === 1 ? undefined : refs.filter((_, j) => j !== i)));
  const addNew = () => {
    const value = url.trim();
    if (!value) return;
    api.getState().change((d) => {
      const [next, id] = addSource(d, { url: value, publisher: hostOf(value) });
      const current = citedIn(next).filter((r) => r !== id);
      return setIn(next, [...path, 'sources'], [...current, id]);
    });
    setUrl('');
  };
  const uncited = sourceChoices(sources).filter((c) => !refs.includes(c.value));
  return (
    <fieldset className="ed-sources" aria-describedby={problems.length ? `${base}-msg` : undefined}>
      <legend>Sources</legend>
      {refs.length > 0 && (
        <ul className="ed-chips">
          {refs.map((r, i) => (
            <li key={`${r}-${i}`}>
              <span>{sources[r] ? `${r}: ${sourceName(sources[r])}` : `${r} (unknown)`}</span>
              <button type="button" aria-label={`Remove source ${r}`} onClick={() => remove(i)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {uncited.length > 0 && (
        <div className="ed-field ed-inline">
          <label htmlFor={`${uid}-cite`}>Cite a source</label>
          <select id={`${uid}-cite`} value={pick} onChange={(e) => setPick(e.target.value)}>
            <option value="">(choose)</option>
            {uncited.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={!pick}
            onClick={() => {
              cite(pick);
              setPick('');
            }}
          >
            Cite
          </button>
        </div>
      )}
      <AddField
        id={`${uid}-new`}
        label="New source address"
        button="Add source"
        type="url"
        placeholder="https://…"
        value={url}
        onChange={setUrl}
        onAdd={addNew}
      />
      <FieldMessages id={`${base}-msg`} problems={problems} />
    </fieldset>
  );
}

/** The host of a URL, as a publisher to start from ("www.sacbee.com" -> "sacbee.com"). */
function hostOf(url: string): string | undefined {
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host || undefined;
  } catch {
    return undefined;
  }
}
