/** For a whole session: the laws that cannot (or may not) take effect, and the packages of tied bills. */
import { useId } from 'react';
import { useAppStore, useDeferredAppStore } from '../store';
import { selectStuckLaws, selectTiedPackages } from '../store/appSelectors';
import { cannotTakeEffectTitle, STILL_CONTINGENT_TITLE } from '../engine/words';
import { PackageList } from './PackageList';
import { StuckLawList } from './StuckLawList';

/** Past this many bills a dataset is read as a session and the finder shows. */
const SESSION_SIZE = 40;

/** The session finder (nothing for a small story dataset). */
export function SessionFinder() {
  const ds = useAppStore((s) => s.dataset);
  // Outcomes that follow the scenario: read after the graph has shown it.
  const stuck = useDeferredAppStore(selectStuckLaws);
  const packages = useDeferredAppStore(selectTiedPackages);
  const setFocus = useAppStore((s) => s.setFocus);
  // Read with the lists it heads, after the graph has shown a toggle (not in the toggle's frame).
  const scenario = useDeferredAppStore((s) => Object.keys(s.assumptions).length > 0);
  const id = useId();
  if (!ds || ds.bills.length <= SESSION_SIZE) return null;
  const cannot = stuck.filter((r) => r.outcome === 'inoperative');
  const passed = cannot.filter((r) => r.stage === 'passed').length;
  return (
    <section className="tb-session-finder" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>In this session</h2>
      <StuckLawList
        title={cannotTakeEffectTitle(cannot.length - passed, passed)}
        rows={cannot}
        dataset={ds}
        onFocus={setFocus}
        testId="finder-inoperative"
        scenario={scenario}
      />
      <StuckLawList
        title={STILL_CONTINGENT_TITLE}
        rows={stuck.filter((r) => r.outcome === 'contingent')}
        dataset={ds}
        onFocus={setFocus}
        testId="finder-contingent"
        scenario={scenario}
      />
      <PackageList packages={packages} dataset={ds} onFocus={setFocus} />
    </section>
  );
}
