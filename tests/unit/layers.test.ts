import { ESLint } from 'eslint';

// The lint rule in eslint.config.js holds the layers; these cases check that it does.
const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: file });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import layers', () => {
  it.each([
    ['src/app/probe.ts', "export { parseUrlState } from '../shell/urlState';"],
    ['src/embed/probe.ts', "export { loadDatasetRef } from '../shell/loadDataset';"],
    ['src/shell/probe.ts', "export { isFullDate } from '../model/dates';"],
    ['src/ingest/probe.ts', "export { csvParseRows } from 'd3-dsv';"],
  ])('%s may import %s', async (file, source) => {
    expect(await layerErrors(file, source)).toEqual([]);
  });

  it.each([
    ['src/shell/probe.ts', "export { App } from '../app/App';", 'src/shell may not import src/app'],
    ['src/shell/probe.ts', "export { EmbedApp } from '../embed/EmbedApp';", 'src/shell may not import src/embed'],
    ['src/shell/probe.ts', "export { Legend } from '../ui/Legend';", 'src/shell may not import src/ui'],
    ['src/shell/probe.ts', "export { create } from 'zustand';", 'src/shell stays free of zustand'],
    ['src/model/probe.ts', "export { DEFAULT_DATASET } from '../shell/datasetIndex';", 'src/model may not import src/shell'],
    ['src/engine/probe.ts', "export { fetchIndex } from '../shell/datasetIndex';", 'src/engine may not import src/shell'],
    ['src/ingest/probe.ts', "export { select } from 'd3-selection';", 'src/ingest stays free of d3-*'],
  ])('%s refuses %s', async (file, source, message) => {
    const errors = await layerErrors(file, source);
    expect(errors.some((m) => m.includes(message))).toBe(true);
  });
});
