/** The validation messages under one field, tied to it by id (aria-describedby). */
import type { FieldProblem } from './fieldProblems';
import { formWords } from './problemWords';
import { useEditor } from './context';

/** Props of FieldMessages. */
export interface FieldMessagesProps {
  /** The id the field's aria-describedby points at. */
  id: string;
  /** The problems to show; nothing is rendered when there are none. */
  problems: FieldProblem[];
}

/** Lists a field's errors and warnings as plain text. */
export function FieldMessages({ id, problems }: FieldMessagesProps) {
  const draft = useEditor((s) => s.history.present);
  if (problems.length === 0) return null;
  return (
    <div id={id} className="ed-messages">
      {problems.map((p, i) => (
        <p key={i} className={`ed-message ed-${p.level}`}>
          {p.level === 'error' ? 'Error: ' : 'Warning: '}
          {formWords(p.message, draft)}
        </p>
      ))}
    </div>
  );
}
