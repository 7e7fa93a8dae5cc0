/** A warning in the share dialogs when the page runs at an address readers cannot reach. */
import { isLocalOnly } from '../shell/snippets';

/** Says that links and embed code made here point at this computer (nothing when the page is on a public address). */
export function LocalAddressNote({ bundle }: { bundle: boolean }) {
  if (!isLocalOnly(window.location.href)) return null;
  return (
    <p className="tb-share-local" role="note" data-testid="local-address">
      <strong>Readers cannot open this address.</strong> Tiebar is running at {window.location.origin}, on this computer: links and embed
      code made here point there.{' '}
      {bundle
        ? 'Download the publish bundle below, upload it, and use the embed code it gives.'
        : 'Publish Tiebar where readers can reach it (see "Publish it" in the README), then make the embed code there.'}
    </p>
  );
}
