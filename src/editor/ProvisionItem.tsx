/** One provision of a bill, folded to its label once written; open while new or broken. */
import { useState } from 'react';
import type { Provision } from '../model';
import { SourceRefs } from './SourceRefs';
import { TextField } from './TextField';
import { useFieldProblems } from './useFieldProblems';

/** Props of ProvisionItem. */
export interface ProvisionItemProps {
  /** Bill index. */
  bill: number;
  /** Provision index. */
  index: number;
  /** The provision. */
  provision: Provision;
  /** Removes it. */
  onRemove: () => void;
}

/** A provision's fields inside a disclosure. */
export function ProvisionItem({ bill, index, provision, onRemove }: ProvisionItemProps) {
  const [open, setOpen] = useState(!provision.description && !provision.sources);
  const path = ['bills', bill, 'provisions', index] as const;
  const broken = useFieldProblems(path).some((p) => p.level === 'error');
  const name = provision.label || provision.id;
  return (
    <details className="ed-item" open={open || broken} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Provision: {name}
        {provision.struck ? ` (struck ${provision.struck})` : ''}
      </summary>
      <TextField label="Label" path={[...path, 'label']} />
      <TextField label="Description" path={[...path, 'description']} optional multiline />
      <TextField label="Added on" path={[...path, 'added']} optional hint="YYYY-MM-DD" date />
      <TextField label="Struck on" path={[...path, 'struck']} optional hint="YYYY-MM-DD" date />
      <SourceRefs path={path} />
      <button type="button" onClick={onRemove}>
        Remove provision {name}
      </button>
    </details>
  );
}
