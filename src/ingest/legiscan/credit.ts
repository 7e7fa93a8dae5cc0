/** The attribution LegiScan's licence (CC BY 4.0) asks for: credit, licence link, and what Tiebar changed. */
import type { Dataset } from '../../model/schema';

/** The dataset credit line. */
export const CREDIT = 'Data: LegiScan (legiscan.com), CC BY 4.0';

/** The dataset-wide sources: LegiScan's datasets and the licence. */
export function creditSources(): Dataset['sources'] {
  return {
    legiscan: { url: 'https://legiscan.com/datasets', publisher: 'LegiScan', title: 'LegiScan public datasets (CC BY 4.0)' },
    licence: {
      url: 'https://creativecommons.org/licenses/by/4.0/',
      publisher: 'Creative Commons',
      title: 'Creative Commons Attribution 4.0 International',
    },
  };
}

/** Notes saying where the data is from, under what licence, and what was changed. */
export function creditNotes(sessionEnd: string): string[] {
  return [
    'Data: LegiScan (legiscan.com), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). LegiScan does not endorse Tiebar or this dataset.',
    'Changed by Tiebar: each action became a dated event of a kind (introduced, passed with its roll-call tally, signed, assigned a public act number, vetoed, other); the date an action gives ("Approved By Governor 5/9/2019", "Filed With Secretary Of State 04/05/2023") replaces the journal\'s, and a public act number is dated no earlier than the signature and filing before it; a roll call or act number listed twice (same date, chamber and words) is kept once, and events are in date order; actions are re-cased ("PA"); sponsors became stakeholders with sponsor positions; the "TIE BAR WITH:" list at the end of each long title became a tie-bar link (the bill takes effect only if every bill named is enacted).',
    "Joint resolutions propose amendments to Michigan's constitution: they count as enacted only once the voters approve them, and the ballot's result is not in LegiScan's records, so a joint resolution sent to the ballot stays pending.",
    sessionEnd,
  ];
}
