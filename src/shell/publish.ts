/** Publishing a dataset that is not on the web: a link that carries it (`#data=`), or a bundle for any static host. */
import type { Dataset } from '../model/schema';
import { FRAGMENT_REF, encodeFragmentData } from './fragment';
import { embedUrl, iframeSnippet, pymSnippet } from './snippets';
import type { UrlState } from './urlState';
import { serializeUrlState } from './urlState';

/**
 * Whether a link naming this dataset works for every reader: a built-in, an https address, or a
 * dataset carried in the link itself. A file opened, imported or edited lives only in this browser.
 */
export function isHostedRef(ref: string | null, builtInIds: readonly string[]): boolean {
  if (!ref) return false;
  if (ref === FRAGMENT_REF || builtInIds.includes(ref)) return true;
  try {
    return new URL(ref).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The view's state to carry in a link (everything but the dataset). */
export type ViewState = Omit<Partial<UrlState>, 'dataset' | 'embed'>;

/** A link to `page` (the app's address, without query) with the dataset in its fragment. */
export async function fragmentLink(page: string, dataset: Dataset, view: ViewState): Promise<string> {
  return `${page}${serializeUrlState(view)}#data=${await encodeFragmentData(JSON.stringify(dataset))}`;
}

/**
 * The web address of the folder a bundle is uploaded to, from what a desk typed: as typed when it
 * starts http(s)://; with https:// put in front when it starts with a site's name instead
 * ("news.example/graphics/story", as a web desk says it; "localhost:8080/story"); null for
 * anything else (another scheme such as javascript:, words, a bare name with no dot).
 */
export function folderAddress(typed: string): string | null {
  const text = typed.trim();
  if (!text || /\s/.test(text)) return null;
  const hasScheme = /^[a-z][a-z\d+.-]*:(?!\d)/i.test(text);
  if (hasScheme && !/^https?:\/\//i.test(text)) return null;
  let url: URL;
  try {
    url = new URL(hasScheme ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol) || !(url.hostname.includes('.') || url.hostname === 'localhost')) return null;
  return url.href;
}

/** The embed address of a published bundle uploaded to `folder`, showing `dataset` in this view. */
export function bundleEmbedUrl(folder: string, dataset: Dataset, view: ViewState): string {
  const base = new URL(folder.endsWith('/') ? folder : `${folder}/`);
  return embedUrl(new URL(serializeUrlState({ ...view, dataset: dataset.id }) || '?', base).toString());
}

/** The text file in a bundle that says how to publish it. */
function instructions(dataset: Dataset, embed: string | null, height: number | undefined): string {
  const target = {
    height,
    src: embed ?? 'https://YOUR-SITE/PATH/TO/THIS/FOLDER/?dataset=' + dataset.id + '&embed=1',
    title: `${dataset.title} (Tiebar)`,
  };
  return [
    `Tiebar: ${dataset.title}`,
    '',
    'Upload what is in this folder (index.html, assets/, data/ and the rest), as it is, to any static web host',
    '(GitHub Pages, Netlify, S3, a CMS file area).',
    `The dataset is data/${dataset.id}.json, listed in data/index.json.`,
    embed
      ? `The embed code below points at ${new URL('./', embed).toString()}: upload so that this folder's index.html is at ${new URL('index.html', embed).toString()}`
      : "Replace the address below with the one where this folder's index.html will be (without index.html).",
    '',
    'Embed code (pym.js, follows the height of the content: use this one where your pages may load a script):',
    pymSnippet(target),
    '',
    `Embed code (plain iframe, where your pages load no script; its height is fixed at what the view needs on a phone,`,
    'so a reader who opens the sources or a group may find the end cut off):',
    iframeSnippet(target),
    '',
    'If your page sandboxes iframes (sandbox="allow-scripts" without allow-same-origin), the embed',
    'runs from an opaque origin: the host must then send the header Access-Control-Allow-Origin: *',
    'for these files, or the frame stays blank.',
    '',
  ].join('\n');
}

/** What a bundle needs: the app's own address and the files it is made of. */
export interface BundleOptions {
  /** The app's folder address (`document.baseURI`): its files are fetched from there. */
  appBase: string;
  /** Where the author will upload the bundle, for the embed code (optional). */
  uploadTo?: string;
  /** The view the embed code shows. */
  view: ViewState;
  /** The height the plain iframe reserves (what the view needs on a phone), in CSS px. */
  height?: number;
}

/**
 * A zip of the deployed app itself (the files listed in its `publish-files.json`), with the
 * dataset in `data/` and listed in `data/index.json`, and `EMBED.txt` with the embed code.
 */
export async function buildPublishBundle(dataset: Dataset, options: BundleOptions): Promise<Blob> {
  // The zip library loads when a desk first publishes, while the app's files download.
  const zipping = import('fflate');
  const res = await fetch(new URL('publish-files.json', options.appBase)).catch(() => null);
  // A development server answers any address with its page: no list there either.
  const list = res?.ok ? ((await res.json().catch(() => null)) as { files?: unknown } | null) : null;
  const files = Array.isArray(list?.files) ? list.files.filter((f): f is string => typeof f === 'string') : null;
  if (!files)
    throw new Error(
      'this copy of Tiebar has no list of its files (publish-files.json): it runs from source (npm run dev). Make the bundle in a built copy: npm start',
    );
  const folder = `tiebar-${dataset.id}/`;
  const entries: Record<string, Uint8Array> = {};
  await Promise.all(
    files
      .filter((f) => /^[\w./-]+$/.test(f) && !f.startsWith('data/') && !f.includes('..'))
      .map(async (f) => {
        const file = await fetch(new URL(f, options.appBase));
        if (!file.ok) throw new Error(`${f} could not be read (HTTP ${file.status})`);
        entries[folder + f] = new Uint8Array(await file.arrayBuffer());
      }),
  );
  const text = (s: string) => new TextEncoder().encode(s);
  const index = { datasets: [{ id: dataset.id, title: dataset.title, file: `${dataset.id}.json` }] };
  entries[`${folder}data/index.json`] = text(`${JSON.stringify(index, null, 2)}\n`);
  entries[`${folder}data/${dataset.id}.json`] = text(`${JSON.stringify(dataset, null, 2)}\n`);
  const embed = options.uploadTo ? bundleEmbedUrl(options.uploadTo, dataset, options.view) : null;
  entries[`${folder}EMBED.txt`] = text(instructions(dataset, embed, options.height));
  const { zipSync } = await zipping;
  return new Blob([zipSync(entries, { level: 6 }) as BlobPart], { type: 'application/zip' });
}
