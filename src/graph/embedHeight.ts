/** The height a plain iframe must reserve so an embed of a dataset is never cut off on a phone. */
import type { Dataset } from '../model/schema';
import type { GraphStructure } from '../engine/graphSpec';
import type { StakeholderMode } from '../engine/storyGraph';
import { buildStoryStructure } from '../engine/storyGraph';
import { storyHeight } from './storyLayout';
import { TOUCH_TAP } from './core/interaction';

/** The story's width inside a 375 px phone embed (16 px margins). */
const PHONE_STORY_WIDTH = 343;
/** The title, controls, summary, legend and credit around the story on a phone. */
const AROUND_THE_STORY = 640;

/** CSS px a 375 px wide embed of this dataset needs at most: its tallest, as a phone shows it (finger-tall rows). */
export function phoneEmbedHeight(ds: Dataset, full: GraphStructure, mode: StakeholderMode): number {
  return storyHeight(buildStoryStructure(ds, full, mode, new Set()), PHONE_STORY_WIDTH, 260, 1500, TOUCH_TAP) + AROUND_THE_STORY;
}
