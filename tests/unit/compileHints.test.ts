import { firstFrameChunks } from '../../vite.config';

const chunk = (fileName: string, imports: string[] = [], dynamicImports: string[] = [], isEntry = false) => ({
  fileName,
  imports,
  dynamicImports,
  isEntry,
});

describe('the chunks marked with the compile hint', () => {
  it('are each view start chunk and what it imports, transitively, and no lazy chunk', () => {
    const chunks = [
      chunk(
        'assets/index-a.js',
        ['assets/dates-b.js'],
        ['assets/startApp-c.js', 'assets/startEmbed-d.js', 'assets/createCanvasView-e.js'],
        true,
      ),
      chunk('assets/startApp-c.js', ['assets/mount-f.js', 'assets/index-a.js'], ['assets/Editor-g.js']),
      chunk('assets/startEmbed-d.js', ['assets/mount-f.js']),
      chunk('assets/mount-f.js', ['assets/graph-h.js']),
      chunk('assets/graph-h.js'),
      chunk('assets/dates-b.js'),
      chunk('assets/createCanvasView-e.js', ['assets/graph-h.js']),
      chunk('assets/Editor-g.js', ['assets/parse-i.js']),
      chunk('assets/parse-i.js'),
    ];
    expect([...firstFrameChunks(chunks)].sort()).toEqual([
      'assets/dates-b.js',
      'assets/graph-h.js',
      'assets/index-a.js',
      'assets/mount-f.js',
      'assets/startApp-c.js',
      'assets/startEmbed-d.js',
    ]);
  });

  it('are none when the entry starts no view', () => {
    expect(firstFrameChunks([chunk('assets/index-a.js', [], ['assets/other-b.js'], true), chunk('assets/other-b.js')]).size).toBe(0);
  });
});
