/** A labelled input with an "Add …" button: Enter or the button adds what was typed. */

/** Props of the field. */
export interface AddFieldProps {
  /** The input's id (its label points at it). */
  id: string;
  /** The label's words ("New source address"). */
  label: string;
  /** The button's words ("Add source"). */
  button: string;
  /** What is typed so far. */
  value: string;
  /** Called as it is typed. */
  onChange: (value: string) => void;
  /** Adds what was typed. */
  onAdd: () => void;
  /** The input's type (default text). */
  type?: 'text' | 'url';
  /** A placeholder example. */
  placeholder?: string;
}

/** The "new item" row of an editor list. */
export function AddField({ id, label, button, value, onChange, onAdd, type = 'text', placeholder }: AddFieldProps) {
  return (
    <div className="ed-field ed-inline">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onAdd();
          }
        }}
      />
      <button type="button" onClick={onAdd}>
        {button}
      </button>
    </div>
  );
}
