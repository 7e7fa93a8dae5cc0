/** One link: kind, from, to, dates, clause (and whether it was checked), deadline, double-joint section. */
import { setIn } from '../model/edit';
import { useDraft, useEditorApi } from './context';
import { LINK_KINDS, ORDERS, REQUIREMENTS, targetChoices } from './choices';
import { CheckField } from './CheckField';
import { LinkTargets } from './LinkTargets';
import { SelectField } from './SelectField';
import { SourceRefs } from './SourceRefs';
import { TextField } from './TextField';

/** The form of link number `index`. */
export function LinkForm({ index }: { index: number }) {
  const api = useEditorApi();
  const draft = useDraft();
  const link = draft.links![index];
  const path = ['links', index] as const;
  return (
    <div className="ed-form" role="group" aria-label={`Link ${link.id}`}>
      <p className="ed-hint">
        Id: <code>{link.id}</code>
      </p>
      <SelectField label="Kind" path={[...path, 'kind']} choices={LINK_KINDS} />
      <SelectField label="The bill that hangs (from)" path={[...path, 'from']} choices={targetChoices(draft)} />
      <LinkTargets link={index} />
      {(link.kind === 'tie-bar' || link.kind === 'contingent-enactment' || link.requires !== undefined) && (
        <SelectField
          label="What it asks of those bills"
          path={[...path, 'requires']}
          choices={REQUIREMENTS}
          optional
          hint="(none): that they take effect, so a bill they hang on in turn counts too"
        />
      )}
      <TextField label="Added on" path={[...path, 'added']} optional hint="YYYY-MM-DD: the amendment that made the tie" date />
      <TextField label="Removed on" path={[...path, 'removed']} optional hint="YYYY-MM-DD" date />
      <TextField label="Clause" path={[...path, 'clause']} optional multiline hint="The words of the bill that make the tie" />
      <CheckField label="Clause checked against the bill's text" path={[...path, 'clauseVerified']} />
      <TextField label="Deadline" path={[...path, 'deadline']} optional hint="YYYY-MM-DD: enacted and in effect by" date />
      {link.kind === 'double-joint' && (
        <>
          <TextField label="Code section both bills amend" path={[...path, 'section']} optional hint="e.g. Penal Code 196" />
          <SelectField label="Which version prevails" path={[...path, 'order']} choices={ORDERS} optional />
        </>
      )}
      <TextField label="Note" path={[...path, 'note']} optional multiline />
      <SourceRefs path={path} />
      <button
        type="button"
        className="ed-danger"
        onClick={() =>
          api.getState().change((d) =>
            setIn(
              d,
              ['links'],
              (d.links ?? []).filter((_, i) => i !== index),
            ),
          )
        }
      >
        Remove link {link.id}
      </button>
    </div>
  );
}
