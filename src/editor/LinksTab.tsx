/** The Links tab: add a link, pick one, edit it. */
import { useDraft, useEditor, useEditorApi } from './context';
import { LinkForm } from './LinkForm';
import { NewLinkForm } from './NewLinkForm';
import { linkTitle } from './linkNames';

/** Links. */
export function LinksTab() {
  const api = useEditorApi();
  const draft = useDraft();
  const selected = useEditor((s) => s.selected.links);
  const links = draft.links ?? [];
  const index = Math.max(
    0,
    links.findIndex((l) => l.id === selected),
  );
  return (
    <div>
      <NewLinkForm />
      {links.length > 0 && (
        <div className="ed-field">
          <label htmlFor="ed-pick-link">Edit link</label>
          <select id="ed-pick-link" value={links[index].id} onChange={(e) => api.getState().select('links', e.target.value)}>
            {links.map((l) => (
              <option key={l.id} value={l.id}>
                {linkTitle(l, draft) ?? l.id}
              </option>
            ))}
          </select>
        </div>
      )}
      {links[index] && <LinkForm key={links[index].id} index={index} />}
    </div>
  );
}
