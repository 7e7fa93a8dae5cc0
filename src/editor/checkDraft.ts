/** Checks a draft against the dataset schema and references, as the app checks any file. */
import type { Dataset, ParseResult } from '../model';
import { validateDataset } from '../model';
import type { Draft } from '../model/edit';
import type { FieldProblem } from './fieldProblems';

/** The result: every problem with its level, and the dataset when it is valid. */
export interface DraftCheck {
  /** Errors first, then warnings. */
  problems: FieldProblem[];
  /** The validated dataset, or null while errors remain. */
  dataset: Dataset | null;
}

/**
 * Validates a draft with the validation files get (validateDataset), or with a checker that gives
 * the same results and re-checks only what changed (createDraftChecker, for typing).
 */
export function checkDraft(draft: Draft, validate: (draft: unknown) => ParseResult = validateDataset): DraftCheck {
  const r = validate(draft);
  const warnings = r.warnings.map((p) => ({ ...p, level: 'warning' as const }));
  if (!r.ok) return { problems: [...r.errors.map((p) => ({ ...p, level: 'error' as const })), ...warnings], dataset: null };
  return { problems: warnings, dataset: r.dataset };
}
