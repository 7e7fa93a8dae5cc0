/** The editor's sections, as a row of buttons (the current one marked), and the open section. */
import { useEditor, useEditorApi } from './context';
import type { EditorTab } from './fieldProblems';
import { BillsTab } from './BillsTab';
import { DatasetForm } from './DatasetForm';
import { LinksTab } from './LinksTab';
import { PeopleTab } from './PeopleTab';
import { SourcesForm } from './SourcesForm';

const TABS: Array<[EditorTab, string]> = [
  ['dataset', 'Dataset'],
  ['sources', 'Sources'],
  ['bills', 'Bills'],
  ['links', 'Links'],
  ['people', 'People'],
];

/** The section buttons and the section's forms. */
export function EditorTabs() {
  const api = useEditorApi();
  const tab = useEditor((s) => s.tab);
  const label = TABS.find(([t]) => t === tab)![1];
  return (
    <>
      <nav className="ed-tabs" aria-label="Editor sections">
        {TABS.map(([t, name]) => (
          <button key={t} type="button" aria-current={t === tab ? 'true' : undefined} onClick={() => api.getState().select(t)}>
            {name}
          </button>
        ))}
      </nav>
      <section className="ed-section" aria-label={label}>
        <h3>{label}</h3>
        {tab === 'dataset' && <DatasetForm />}
        {tab === 'sources' && <SourcesForm />}
        {tab === 'bills' && <BillsTab />}
        {tab === 'links' && <LinksTab />}
        {tab === 'people' && <PeopleTab />}
      </section>
    </>
  );
}
