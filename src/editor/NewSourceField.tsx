/** The "new source address" field and its button: Enter or the button adds the source. */

/** Props of the field. */
export interface NewSourceFieldProps {
  /** The input's id (its label points at it). */
  id: string;
  /** The address typed so far. */
  url: string;
  /** Called as the address is typed. */
  setUrl: (url: string) => void;
  /** Adds the source at the typed address. */
  onAdd: () => void;
}

/** A labelled URL input with an "Add source" button. */
export function NewSourceField({ id, url, setUrl, onAdd }: NewSourceFieldProps) {
  return (
    <div className="ed-field ed-inline">
      <label htmlFor={id}>New source address</label>
      <input
        id={id}
        type="url"
        placeholder="https://…"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onAdd();
          }
        }}
      />
      <button type="button" onClick={onAdd}>
        Add source
      </button>
    </div>
  );
}
