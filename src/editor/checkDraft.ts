/** Checks a draft against the dataset schema and references, as the app checks any file. */
import { validateDataset } from '../model';
import type { Dataset } from '../model';
import type { Draft } from '../model/edit';
import type { FieldProblem } from './fieldProblems';

/** The result: every problem with its level, and the dataset when it is valid. */
export interface DraftCheck {
  /** Errors first, then warnings. */
  problems: FieldProblem[];
  /** The validated dataset, or null while errors remain. */
  dataset: Dataset | null;
}

/** Validates a draft with the same code that validates files (parseDataset's validateDataset). */
export function checkDraft(draft: Draft): DraftCheck {
  const r = validateDataset(draft);
  const warnings = r.warnings.map((p) => ({ ...p, level: 'warning' as const }));
  if (!r.ok) return { problems: [...r.errors.map((p) => ({ ...p, level: 'error' as const })), ...warnings], dataset: null };
  return { problems: warnings, dataset: r.dataset };
}
