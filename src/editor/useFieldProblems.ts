/** The problems of one field, from the editor's latest validation. */
import { useMemo } from 'react';
import type { PathKey } from '../model/edit';
import { useEditor } from './context';
import type { FieldProblem } from './fieldProblems';
import { problemsAt } from './fieldProblems';

const selectProblems = (s: { problems: FieldProblem[] }) => s.problems;

/** Problems at `path` or inside it. */
export function useFieldProblems(path: readonly PathKey[]): FieldProblem[] {
  const problems = useEditor(selectProblems);
  const key = path.join('.');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the joined key stands for the path
  return useMemo(() => problemsAt(problems, path), [problems, key]);
}
