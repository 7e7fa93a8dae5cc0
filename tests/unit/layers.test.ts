import { ESLint } from 'eslint';

// The lint rule in eslint.config.js holds the layers; these cases check that it does.
const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: file });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import layers', () => {
  // Loading the config and its plugins takes seconds on a busy machine; pay it once, up front.
  beforeAll(() => layerErrors('src/model/probe.ts', ''), 60_000);

  it.each([
    ['src/app/probe.ts', "export { parseUrlState } from '../shell/urlState';"],
    ['src/embed/probe.ts', "export { loadDatasetRef } from '../shell/loadDataset';"],
    ['src/shell/probe.ts', "export { isFullDate } from '../model/dates';"],
    ['src/ingest/probe.ts', "export { csvParseRows } from 'd3-dsv';"],
    ['src/app/probe.ts', "export { Editor } from '../editor/Editor';"],
    ['src/editor/probe.ts', "export { detectClauses } from '../ingest/detect';"],
    ['src/editor/probe.ts', "export { listDrafts } from '../shell/drafts';"],
    ['src/editor/probe.ts', "export { useAppStore } from '../store';"],
    ['src/editor/probe.ts', "export { setIn } from '../model/edit';"],
    ['src/ui/probe.ts', "export { STAKEHOLDER_COLOR } from '../graph/core/encodings';"],
    ['src/store/probe.ts', "export { whenIdle } from '../timing/whenIdle';"],
    ['src/graph/probe.ts', "export { whenIdle } from '../timing/whenIdle';"],
  ])('%s may import %s', async (file, source) => {
    expect(await layerErrors(file, source)).toEqual([]);
  });

  it.each([
    ['src/shell/probe.ts', "export { App } from '../app/App';", 'src/shell may not import src/app'],
    ['src/timing/probe.ts', "export { afterPaint } from '../store/afterPaint';", 'src/timing may not import src/store'],
    ['src/timing/probe.ts', "export { select } from 'd3-selection';", 'src/timing stays free of d3-*'],
    ['src/shell/probe.ts', "export { EmbedApp } from '../embed/EmbedApp';", 'src/shell may not import src/embed'],
    ['src/shell/probe.ts', "export { Legend } from '../ui/Legend';", 'src/shell may not import src/ui'],
    ['src/shell/probe.ts', "export { create } from 'zustand';", 'src/shell stays free of zustand'],
    ['src/model/probe.ts', "export { DEFAULT_DATASET } from '../shell/datasetIndex';", 'src/model may not import src/shell'],
    ['src/engine/probe.ts', "export { fetchIndex } from '../shell/datasetIndex';", 'src/engine may not import src/shell'],
    ['src/ingest/probe.ts', "export { select } from 'd3-selection';", 'src/ingest stays free of d3-*'],
    ['src/ui/probe.ts', "export { Editor } from '../editor/Editor';", 'src/ui may not import src/editor'],
    ['src/embed/probe.ts', "export { Editor } from '../editor/Editor';", 'src/embed may not import src/editor'],
    ['src/shell/probe.ts', "export { Editor } from '../editor/Editor';", 'src/shell may not import src/editor'],
    ['src/model/probe.ts', "export { Editor } from '../editor/Editor';", 'src/model may not import src/editor'],
    ['src/editor/probe.ts', "export { App } from '../app/App';", 'src/editor may not import src/app'],
    ['src/editor/probe.ts', "export { EmbedApp } from '../embed/EmbedApp';", 'src/editor may not import src/embed'],
    ['src/editor/probe.ts', "import { select } from 'd3-selection';", 'src/editor stays free of d3-*'],
    ['src/ui/probe.ts', "export { fitStory } from '../graph/core/fit';", 'src/ui may not import src/graph'],
  ])('%s refuses %s', async (file, source, message) => {
    const errors = await layerErrors(file, source);
    expect(errors.some((m) => m.includes(message))).toBe(true);
  });
});
