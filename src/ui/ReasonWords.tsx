/** A bill's reason in a table: the caveat on a tie not yet checked said as a short mark, which the table explains once. */
import { UNCHECKED_MARK, aroundCaveat } from '../engine/words';

/** Props of ReasonWords. */
export interface ReasonWordsProps {
  /** The reason whole, as its explanation says it (and the CSV has it). */
  sentence: string;
  /** The caveat the sentence says (Explanation's), if any. */
  caveat?: string;
}

/** The reason, its caveat (one sentence, the same in every tied row) put as UNCHECKED_MARK, said whole on hover. */
export function ReasonWords({ sentence, caveat }: ReasonWordsProps) {
  const around = caveat ? aroundCaveat(sentence, caveat) : null;
  if (!around) return <>{sentence}</>;
  return (
    <>
      {around[0]}{' '}
      <span className="tb-table-mark" title={caveat}>
        {UNCHECKED_MARK}
      </span>
      {around[1]}
    </>
  );
}
