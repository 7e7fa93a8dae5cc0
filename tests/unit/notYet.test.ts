import { describe, expect, it } from 'vitest';
import { evaluate, recordStorySentence } from '../../src/engine';
import { buildGraphState, linkEdgeId } from '../../src/engine/graphSpec';
import type { Dataset } from '../../src/model';
import { bill, dataset, foundingDataset, link } from '../fixtures/datasets';

/** HB 1 (introduced 10 Jan 2020) tie-barred, with no date of its own, to HB 2 (introduced 20 Feb 2020). */
function tied(): Dataset {
  const later = bill('hb2', 'enacted');
  later.events![0] = { ...later.events![0], date: '2020-02-20' };
  return dataset([bill('hb1', 'enacted'), later], [link('t', 'hb1', ['hb2'], {}, 'tie-bar')]);
}

const at = (ds: Dataset, asOf: string) => evaluate(ds, { assumptions: {}, asOf });

describe('bills before they are there (a date before their first event)', () => {
  it('the story tells of none: no tie, no "still pending"', () => {
    expect(recordStorySentence(at(foundingDataset(), '2018-01-01'))).toBe('None of these 3 bills had been introduced by 1 Jan 2018.');
    // Only AB 931 was there by 2019: no tie to tell yet, and nothing said of the two bills to come.
    expect(recordStorySentence(at(foundingDataset(), '2019-01-01'))).toMatch(/^No bill here hangs on another: AB 931 /);
    expect(recordStorySentence(at(tied(), '2020-01-05'))).toBe('Neither bill had been introduced by 5 Jan 2020.');
    expect(recordStorySentence(at(tied(), '2020-01-15'))).toMatch(/^HB1 /);
  });

  it('a tie with no date of its own is drawn from the day the bill that makes it is there, even to a bill still to come', () => {
    const edge = linkEdgeId('t', 0);
    expect(buildGraphState(at(tied(), '2020-01-05')).edges[edge]).toEqual({ present: false });
    expect(buildGraphState(at(tied(), '2020-01-05')).nodes.hb1.present).toBe(false);
    expect(buildGraphState(at(tied(), '2020-01-15')).edges[edge]?.present ?? true).toBe(true);
    expect(buildGraphState(at(tied(), '2020-01-15')).nodes.hb2.present).toBe(false);
  });
});
