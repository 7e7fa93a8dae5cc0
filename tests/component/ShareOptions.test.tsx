import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAppStore, StoreProvider } from '../../src/store';
import { ShareOptions } from '../../src/ui/ShareOptions';
import { foundingDataset } from '../fixtures/datasets';

function renderShare(mode: 'link' | 'embed', notes?: string[]) {
  const dataset = { ...foundingDataset(), ...(notes ? { notes } : {}) };
  const store = createAppStore({ dataset, datasetRef: 'ca-2019-deadly-force-local', assumptions: { ab392: 'failed' } });
  render(
    <StoreProvider store={store}>
      <ShareOptions mode={mode} />
    </StoreProvider>,
  );
}

/** Text that deflate cannot shrink much: a seeded pseudo-random run of letters. */
function noise(length: number, seed: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += String.fromCharCode(97 + (x % 26));
  }
  return out;
}

describe('ShareOptions', () => {
  it('offers a link carrying the dataset, with its size, when it fits', async () => {
    renderShare('link');
    expect(await screen.findByTestId('fragment-size')).toHaveTextContent(/travels inside the link.*: [\d,]+ characters, under the 32,000/);
    expect((screen.getByTestId('fragment-link') as HTMLTextAreaElement).value).toMatch(/\/\?scenario=ab392:failed#data=[\w-]+$/);
    expect(screen.getByRole('button', { name: 'Download publish bundle (.zip)' })).toBeEnabled();
  });

  it('says why not when the link would be too long, and offers only the bundle', async () => {
    renderShare(
      'embed',
      Array.from({ length: 10 }, (_, i) => noise(5000, i + 1)),
    );
    expect(await screen.findByTestId('fragment-size')).toHaveTextContent(
      /^A link carrying this dataset would be [\d,]+ characters long, over the 32,000 that browsers, content systems and chat apps reliably keep\. Publish the bundle instead\.$/,
    );
    expect(screen.queryByTestId('fragment-iframe')).toBeNull();
    expect(screen.getByRole('button', { name: 'Download publish bundle (.zip)' })).toBeEnabled();
  });

  it('at an address readers cannot reach (this computer), puts the bundle first and says the link is for this computer only', async () => {
    expect(window.location.hostname).toBe('localhost');
    renderShare('embed');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      '1. A publish bundle, for readers',
      '2. To try it on this computer only: a link that carries the dataset',
    ]);
    expect(screen.getByTestId('link-local-only')).toHaveTextContent(
      `Readers cannot open this link or its code: it points at ${window.location.origin}, this computer.`,
    );
    expect(await screen.findByTestId('fragment-iframe')).toBeInTheDocument();
  });

  it('gives the resizing pym.js code for the uploaded bundle beside the plain iframe, both for the folder typed', async () => {
    renderShare('embed');
    const folder = screen.getByTestId('bundle-folder');
    await userEvent.type(folder, 'https://news.example/graphics/tie/');
    const src = 'https://news.example/graphics/tie/?scenario=ab392:failed&embed=1';
    expect((screen.getByTestId('bundle-iframe') as HTMLTextAreaElement).value).toContain(`src="${src.replace('&', '&amp;')}"`);
    // The resizing code comes first, in both sections: a plain frame cuts what a reader opens.
    const first = (a: string, b: string) =>
      Boolean(screen.getByTestId(a).compareDocumentPosition(screen.getByTestId(b)) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(first('bundle-pym', 'bundle-iframe')).toBe(true);
    expect(first('fragment-pym', 'fragment-iframe')).toBe(true);
    const pym = (screen.getByTestId('bundle-pym') as HTMLTextAreaElement).value;
    expect(pym).toContain('new pym.Parent(');
    expect(pym).toContain(JSON.stringify(src));
  });

  it('reads a folder typed without https:// as its web address, and says what it read', async () => {
    renderShare('embed');
    await userEvent.type(screen.getByTestId('bundle-folder'), 'news.example/graphics/tie');
    expect(screen.getByTestId('bundle-folder-note')).toHaveTextContent('Read as https://news.example/graphics/tie');
    expect((screen.getByTestId('bundle-pym') as HTMLTextAreaElement).value).toContain(
      JSON.stringify('https://news.example/graphics/tie/?scenario=ab392:failed&embed=1'),
    );
  });

  it.each(['javascript:alert(1)', 'my story folder', 'graphics', 'ftp://news.example/x/'])(
    'gives no code for %j, and says why, naming what to write',
    async (typed) => {
      renderShare('embed');
      const folder = screen.getByTestId('bundle-folder');
      await userEvent.type(folder, typed);
      expect(screen.getByTestId('bundle-folder-note')).toHaveTextContent(
        /^Not a web address: write the address of the folder as readers will open it, such as https:\/\/example\.org\/graphics\/my-story\/\.$/,
      );
      expect(folder).toHaveAttribute('aria-invalid', 'true');
      expect(screen.queryByTestId('bundle-pym')).toBeNull();
      expect(screen.queryByTestId('bundle-iframe')).toBeNull();
    },
  );
});
