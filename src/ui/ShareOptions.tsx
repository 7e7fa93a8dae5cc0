/** For a dataset that lives only in this browser: a link (or embed) that carries it, and a publish bundle. */
import { useEffect, useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store';
import { MAX_LINK_CHARS } from '../shell/fragment';
import { bundleEmbedUrl, buildPublishBundle, folderAddress, fragmentLink } from '../shell/publish';
import type { ViewState } from '../shell/publish';
import { embedUrl, iframeSnippet, isLocalOnly, pymSnippet } from '../shell/snippets';
import { downloadBlob } from './download';
import { CopyField } from './CopyField';
import { groupDigits } from '../model/numbers';
import { tableAddressOf } from './viewAddress';

/** Props of the share options. */
export interface ShareOptionsProps {
  /** What the author is after: a link to share, or embed code. */
  mode: 'link' | 'embed';
  /** The height a plain iframe reserves (what the view needs on a phone), in CSS px. */
  height?: number;
  /**
   * Measures the height an embed address needs on a phone, by loading it (the app's hidden frame):
   * the link carries its dataset, so it can be measured before anything is uploaded.
   */
  measure?: (src: string) => { result: Promise<number | null>; cancel: () => void };
}

const count = (n: number) => groupDigits(n);

/** The two ways to publish a dataset that is not on the web, with sizes and reasons. */
export function ShareOptions({ mode, height: estimated, measure }: ShareOptionsProps) {
  const id = useId();
  const dataset = useAppStore((s) => s.dataset);
  const view: ViewState = useAppStore(
    useShallow((s) => ({
      assumptions: s.assumptions,
      asOf: s.asOf,
      focus: s.focus ?? undefined,
      view: s.view,
      ...tableAddressOf(s),
      theme: s.theme === 'auto' ? undefined : s.theme,
    })),
  );
  const draftErrors = useAppStore((s) => s.draftErrors);
  const markShared = useAppStore((s) => s.markShared);
  const [link, setLink] = useState<string | null>(null);
  const [folder, setFolder] = useState('');
  const [bundle, setBundle] = useState<{ state: 'idle' | 'busy' | 'done' } | { state: 'failed'; message: string }>({ state: 'idle' });

  useEffect(() => {
    let live = true;
    if (dataset) void fragmentLink(`${location.origin}${location.pathname}`, dataset, view).then((l) => live && setLink(l));
    return () => {
      live = false;
    };
  }, [dataset, view]);
  // The plain iframe's height: estimated at once, then measured from the link itself.
  const [measured, setMeasured] = useState<{ link: string; height: number } | null>(null);
  useEffect(() => {
    if (!measure || mode !== 'embed' || !link || link.length > MAX_LINK_CHARS) return;
    const m = measure(embedUrl(link));
    let live = true;
    void m.result.then((h) => live && h !== null && setMeasured({ link, height: h }));
    return () => {
      live = false;
      m.cancel();
    };
  }, [measure, mode, link]);
  const height = measured && measured.link === link ? measured.height : estimated;
  if (!dataset) return null;
  // The graph does not show the draft yet: anything made now would carry another version of it, or another dataset.
  if (draftErrors > 0)
    return (
      <p className="tb-share-blocked" role="status">
        The draft has {draftErrors === 1 ? 'one problem' : `${count(draftErrors)} problems`} to fix first: the editor lists{' '}
        {draftErrors === 1 ? 'it' : 'them'}. Until the draft checks out, the graph shows “{dataset.title}”, the last version that did (or
        the dataset open before), so no link or embed code is offered: it would not carry your latest changes.
      </p>
    );

  const fits = link !== null && link.length <= MAX_LINK_CHARS;
  const title = `${dataset.title} (Tiebar)`;
  // The folder's address as a web address (https:// put in front of a site's name typed without it).
  const folderUrl = folderAddress(folder);
  const folderNote = !folder
    ? null
    : folderUrl === null
      ? 'Not a web address: write the address of the folder as readers will open it, such as https://example.org/graphics/my-story/.'
      : folderUrl.replace(/\/$/, '') !== folder.replace(/\/$/, '')
        ? `Read as ${folderUrl}`
        : null;
  // Whatever is handed out names the dataset's id: a draft keeps that id from now on.
  const shared = () => markShared(dataset.id);
  const download = async () => {
    setBundle({ state: 'busy' });
    try {
      const blob = await buildPublishBundle(dataset, { appBase: document.baseURI, uploadTo: folderUrl ?? undefined, view, height });
      downloadBlob(`tiebar-${dataset.id}.zip`, blob);
      shared();
      setBundle({ state: 'done' });
    } catch (e) {
      setBundle({ state: 'failed', message: (e as Error).message });
    }
  };

  // At an address readers cannot reach (this computer), the link and its code would point there:
  // the bundle, what readers can open, comes first, and the link is offered only to try it here.
  const local = isLocalOnly(window.location.href);
  const linkSection = (
    <>
      {link === null ? (
        <p>Compressing the dataset…</p>
      ) : fits ? (
        <>
          <p data-testid="fragment-size">
            The dataset travels inside the link, after the <code>#</code> (never sent to any server): {count(link.length)} characters, under
            the {count(MAX_LINK_CHARS)} that links can safely carry.
          </p>
          {mode === 'link' ? (
            <CopyField label="Link with the dataset" value={link} testId="fragment-link" onCopied={shared} />
          ) : (
            <>
              <p data-testid="fragment-height" data-height={measured && measured.link === link ? 'measured' : 'estimated'}>
                The plain iframe reserves {count(height ?? 640)} px, the height this view needs on a phone (
                {measured && measured.link === link ? 'measured' : 'estimated; measuring…'}).
              </p>
              {/* The resizing code first: its frame grows as a reader opens the sources or a group, where the plain one is cut. */}
              <CopyField
                label="pym.js (follows the embed's height)"
                value={pymSnippet({ src: embedUrl(link), title })}
                testId="fragment-pym"
                onCopied={shared}
              />
              <CopyField
                label="Plain iframe"
                value={iframeSnippet({ src: embedUrl(link), title, height })}
                testId="fragment-iframe"
                onCopied={shared}
              />
            </>
          )}
        </>
      ) : (
        <p data-testid="fragment-size">
          A link carrying this dataset would be {count(link.length)} characters long, over the {count(MAX_LINK_CHARS)} that browsers,
          content systems and chat apps reliably keep. Publish the bundle instead.
        </p>
      )}
    </>
  );
  const bundleSection = (
    <>
      <p>
        A folder with Tiebar and this dataset (<code>data/{dataset.id}.json</code>), ready for any static host: GitHub Pages, Netlify, S3,
        your content system&apos;s file area. Upload it as it is.
      </p>
      <label htmlFor={`${id}-folder`}>Address where you will upload the folder (for the embed code)</label>
      <input
        id={`${id}-folder`}
        type="url"
        placeholder="https://example.org/graphics/my-story/"
        value={folder}
        onChange={(e) => setFolder(e.target.value.trim())}
        data-testid="bundle-folder"
        aria-describedby={folderNote ? `${id}-folder-note` : undefined}
        aria-invalid={folder && !folderUrl ? true : undefined}
      />
      {/* What was read from what was typed: why there is no code yet, or the whole address when it was completed. */}
      {folderNote && (
        <p id={`${id}-folder-note`} className={folderUrl ? 'tb-share-note' : 'tb-dialog-problem'} data-testid="bundle-folder-note">
          {folderNote}
        </p>
      )}
      {folderUrl && (
        <>
          {/* The resizing code first: the frame grows as a reader opens the sources or a group. */}
          <CopyField
            label="pym.js code once uploaded (follows the embed's height)"
            value={pymSnippet({ src: bundleEmbedUrl(folderUrl, dataset, view), title })}
            testId="bundle-pym"
            onCopied={shared}
          />
          <CopyField
            label="Embed code once uploaded (plain iframe, where your pages load no script)"
            value={iframeSnippet({ src: bundleEmbedUrl(folderUrl, dataset, view), title, height })}
            testId="bundle-iframe"
            onCopied={shared}
          />
        </>
      )}
      <button type="button" onClick={() => void download()} disabled={bundle.state === 'busy'}>
        {bundle.state === 'busy' ? 'Packing…' : 'Download publish bundle (.zip)'}
      </button>
      <span role="status">
        {bundle.state === 'done' && 'Bundle downloaded: it holds EMBED.txt with the embed code.'}
        {bundle.state === 'failed' && `The bundle could not be made: ${bundle.message}.`}
      </span>
    </>
  );
  return (
    <div className="tb-share">
      <p className="tb-share-why">
        This dataset was opened from a file, imported or edited: it is only in this browser, so a plain link would show readers nothing.
        Share it one of these two ways.
      </p>
      {local ? (
        <>
          <h3>1. A publish bundle, for readers</h3>
          {bundleSection}
          <h3>2. To try it on this computer only: a link that carries the dataset</h3>
          <p data-testid="link-local-only">
            Readers cannot open this link or its code: it points at {window.location.origin}, this computer. Paste the bundle&apos;s code in
            your article.
          </p>
          {linkSection}
        </>
      ) : (
        <>
          <h3>1. A link that carries the dataset</h3>
          {linkSection}
          <h3>2. A publish bundle</h3>
          {bundleSection}
        </>
      )}
    </div>
  );
}
