/**
 * A made-up story for priming the renderer (primeGraph): never shown to anyone, so its bills are
 * no real ones. It holds one of each thing a story draws in words, so every style of the graph's
 * text is set once: bills enacted, failed and pending, a tie with its words and date, a provision
 * struck, a group folded and one listed, a lone sponsor, a subject beside a bill.
 */
import type { Bill, Dataset } from '../model/schema';

const source = ['sample'];

/** A sample bill introduced in 2020, and then signed or died (or neither: pending). */
function bill(id: string, label: string, title: string, end?: 'signed' | 'died') {
  const events: Bill['events'] = [{ date: '2020-01-02', type: 'introduced', description: 'Introduced', sources: source }];
  if (end) events.push({ date: '2020-06-01', type: end, description: end === 'signed' ? 'Signed' : 'Died', sources: source });
  return { id, label, title, events, sources: source };
}

/** The sample dataset, as JSON text (it is read as any dataset is). */
export const PRIME_SAMPLE = JSON.stringify({
  schemaVersion: 1,
  id: 'tiebar-prime-sample',
  title: 'Sample',
  sources: { sample: { title: 'Sample', url: 'https://example.org/' } },
  bills: [
    {
      ...bill('a', 'A 1', 'Sample bill that hangs on another', 'signed'),
      provisions: [
        { id: 'a-p1', label: 'A provision of sample bill A 1', sources: source },
        { id: 'a-p2', label: 'A provision struck from it', added: '2020-01-02', struck: '2020-03-01', sources: source },
      ],
    },
    bill('b', 'B 2', 'Sample bill it hangs on', 'signed'),
    bill('c', 'C 3', 'Sample bill that died', 'died'),
    bill('d', 'D 4', 'Sample bill still pending'),
  ],
  stakeholders: [
    { id: 's1', name: 'Sample group one', kind: 'advocacy-group', sources: source },
    { id: 's2', name: 'Sample group two', kind: 'union', sources: source },
    { id: 's3', name: 'Sample group three', kind: 'civic-group', sources: source },
    { id: 's4', name: 'Sample group four', kind: 'business', sources: source },
    { id: 's5', name: 'Sample group five', kind: 'agency', sources: source },
    { id: 's6', name: 'Sample person', kind: 'legislator', sources: source },
  ],
  // Three backing A 1 (a folded group), two opposing it (a group listed member by member), one sponsor of B 2.
  positions: [
    ...['s1', 's2', 's3'].map((stakeholder) => ({ stakeholder, target: 'a', stance: 'support' as const, sources: source })),
    ...['s4', 's5'].map((stakeholder) => ({ stakeholder, target: 'a', stance: 'oppose' as const, sources: source })),
    { stakeholder: 's6', target: 'b', stance: 'sponsor', sources: source },
  ],
  links: [
    { id: 'a-on-b', kind: 'contingent-enactment', from: 'a', to: ['b'], added: '2020-03-01', sources: source },
    { id: 'b-after-c', kind: 'prior-session', from: 'b', to: ['c'], sources: source },
    { id: 'd-with-a', kind: 'tie-bar', from: 'd', to: ['a'], requires: 'enactment', sources: source },
  ],
} satisfies Dataset);
