/**
 * A links row's `requires` cell left blank: the tie asks what the editor's "New link" starts it at
 * (`newLinkRequires`: a tie-bar, that the bills it names be enacted). The dataset keeps its own
 * default (no `requires`: that they take effect), so where a blank cell means something else,
 * `effect` is read as no `requires`, and a link with none is written `effect`: dataset -> sheets
 * -> dataset is unchanged.
 */
import { newLinkRequires } from '../../model/edit';
import type { LinkKind } from '../../model/schema';
import type { Values } from './rows';

/** A links row's values with a blank `requires` read as a new tie of its kind starts. */
export function readRequires(values: Values): Values {
  const blank = newLinkRequires(values.kind as LinkKind);
  if (blank === undefined) return values;
  if (values.requires === undefined) return { ...values, requires: blank };
  if (values.requires !== 'effect') return values;
  const { requires: _default, ...rest } = values;
  return rest;
}

/** The `requires` cell of a link as written: never blank where blank would read back as something else. */
export function writeRequires(link: { kind: LinkKind; requires?: string }): string | undefined {
  return newLinkRequires(link.kind) === undefined ? link.requires : (link.requires ?? 'effect');
}
