import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT, MIN_PX, SIZE, SUBJECT, WHAT_IF, subjectLines, subjectSpots, textWidth } from '../../src/graph/core/encodings';
import { buildGraphStructure } from '../../src/engine/graphSpec';
import type { GraphState } from '../../src/engine/graphSpec';
import { buildStoryStructure } from '../../src/engine/storyGraph';
import { storyLayout } from '../../src/graph/storyLayout';
import { COVER_WEIGHT, focusSpot } from '../../src/graph/core/surroundings';
import { THEME } from '../../src/graph/core/theme';
import { parseDatasetText } from '../../src/model';
import type { Dataset } from '../../src/model';
import { foundingDataset } from '../fixtures/datasets';
import { drawOne, recordingContext } from '../fixtures/recordingCanvas';

function builtIn(id: string): Dataset {
  const r = parseDatasetText(readFileSync(`public/data/${id}.json`, 'utf8'));
  if (!r.ok) throw new Error(`${id} is invalid`);
  return r.dataset;
}

const storyOf = (ds: Dataset) => buildStoryStructure(ds, buildGraphStructure(ds), 'grouped', new Set());
const ROOM = 122;

describe("a bill's subject on its card", () => {
  it('is worked out from the title for each bill of a story, as the caption says it', () => {
    const founding = storyOf(foundingDataset());
    expect(founding.nodes.find((n) => n.id === 'ab392')?.subject).toBe('Peace officers: deadly force');
    const mi = storyOf(builtIn('mi-2020-tied-to-vetoed'));
    expect(mi.nodes.find((n) => n.label === 'HB 5444')?.subject).toBe('Children: services; kinship caregiver navigator program');
    // Only bills carry one; the full graph's own nodes are left as they were.
    expect(founding.nodes.filter((n) => n.subject).every((n) => n.kind === 'bill')).toBe(true);
    expect(buildGraphStructure(foundingDataset()).nodes.some((n) => n.subject)).toBe(false);
  });

  it('runs whole on up to three lines where it fits, each line within the room', () => {
    const lines = subjectLines('Law enforcement: use of deadly force: training: policies', ROOM);
    expect(lines.length).toBeLessThanOrEqual(SUBJECT.lines);
    expect(lines.join(' ')).toBe('Law enforcement: use of deadly force: training: policies');
    for (const l of lines) expect(textWidth(l, FONT.subject)).toBeLessThanOrEqual(ROOM);
    expect(subjectLines('Peace officers: deadly force', ROOM).join(' ')).toBe('Peace officers: deadly force');
  });

  it('drops its leading headings, one at a time, where it would not fit whole; else is cut whole', () => {
    const narrow = 105;
    const lines = subjectLines('Children: services; kinship caregiver navigator program', narrow);
    expect(lines.join(' ')).toBe('kinship caregiver navigator program');
    for (const l of lines) expect(textWidth(l, FONT.subject)).toBeLessThanOrEqual(narrow);
    // Nothing fits whole: the whole subject, cut with an ellipsis, keeps its topic.
    const long = 'Liquor: permits; an on-premises tasting room and an off-premises tasting room held at the same location';
    const cut = subjectLines(long, narrow);
    expect(cut).toHaveLength(SUBJECT.lines);
    expect(cut[0]).toMatch(/^Liquor/);
    expect(cut.at(-1)).toMatch(/…$/);
    // One colon only, as a reporter titles a bill: what is before it is the subject, and stays.
    const typed = subjectLines('Zoning reform: missing-middle housing', narrow, 2);
    expect(typed[0]).toMatch(/^Zoning reform/);
    for (const l of typed) expect(textWidth(l, FONT.subject)).toBeLessThanOrEqual(narrow);
  });

  it("leaves out what it says in brackets, and a Michigan heading's topic and subtopic together, before it cuts", () => {
    // AB 931's "(2018 predecessor of AB 392)" was cut to "(2018 predecessor of AB…", a bracket left open.
    expect(subjectLines('Police use of deadly force (2018 predecessor of AB 392)', ROOM, 2).join(' ')).toBe('Police use of deadly force');
    // HB 4012's "Public employees and officers: state;" goes whole: not "state; designation of …".
    const lines = subjectLines('Public employees and officers: state; designation of legislative open records…', ROOM);
    expect(lines.join(' ')).toBe('designation of legislative open records…');
  });

  it('cut, ends after a whole word that is not a small one', () => {
    const subject = 'Liquor: permits; an on-premises tasting room and an off-premises tasting room held at the same location under';
    const cut = subjectLines(subject, ROOM);
    expect(cut).toHaveLength(SUBJECT.lines);
    const last = cut.at(-1)!;
    expect(last).toMatch(/…$/);
    expect(last).not.toMatch(/\b(an|the|of|at|and|under)…$/);
    // Every word drawn is a whole word of the subject.
    const words = new Set(subject.split(' '));
    for (const w of cut.join(' ').replace(/…$/, '').split(' ')) expect(words.has(w), w).toBe(true);
  });

  it('is centred on the box, under the line a "what if" tag takes', () => {
    const tagBaseline = -SIZE.bill.hh + WHAT_IF.dy;
    for (const subject of ['Taxes', 'Peace officers: deadly force', 'Law enforcement: use of deadly force: training: policies']) {
      const spots = subjectSpots(subject, ROOM);
      // The lines' words (an em over their baselines) clear the tag's (a quarter em under its own).
      expect(spots[0].y - FONT.subject).toBeGreaterThanOrEqual(tagBaseline + 0.25 * FONT.outcome + 1);
      spots.slice(1).forEach((s, i) => expect(s.y - spots[i].y).toBe(SUBJECT.step));
      // Its last line stays above the card's list (which starts 12 units under the box).
      expect(spots.at(-1)!.y + 4).toBeLessThanOrEqual(SIZE.bill.hh + 12);
    }
    expect(Math.abs(subjectSpots('Taxes', ROOM)[0].y - FONT.subject * 0.35)).toBeLessThan(1);
  });
});

describe('where a story has room for its subjects', () => {
  it("gives every bill its card's room right of its box when the cards are stacked (a phone)", () => {
    const story = storyOf(foundingDataset());
    const layout = storyLayout(story, 375, 1400);
    expect(layout.arrangement).toBe('stack');
    expect([...layout.subjects.keys()].sort()).toEqual(['ab392', 'ab931', 'sb230']);
    layout.cards.forEach((card, i) => {
      const bill = [...layout.pos.keys()].filter((id) => layout.subjects.has(id))[i];
      const p = layout.pos.get(bill)!;
      const room = layout.subjects.get(bill)!;
      expect(room.width).toBeGreaterThanOrEqual(SUBJECT.min);
      // Within its own card, clear of the box; on the lines the renderers draw, and their words inside the
      // card too (AB 931's card lists nothing under its box: its last line still ends above the card's edge).
      expect(p.x + SIZE.bill.hw + SUBJECT.gap + room.width).toBeLessThanOrEqual(card[2]);
      const n = story.nodes.find((x) => x.id === bill)!;
      expect(room.spots).toEqual(subjectSpots(n.subject!, room.width, bill === 'ab931' ? 2 : SUBJECT.lines));
      expect(p.y + room.spots.at(-1)!.y + FONT.subject / 3).toBeLessThanOrEqual(card[3] + SIZE.card.pad);
    });
  });

  it("gives a story of one bill (a session's embed of an untied bill) its subject: its card is stacked, not centred", () => {
    const ds = foundingDataset();
    const one = buildStoryStructure(ds, buildGraphStructure(ds), 'grouped', new Set(), new Set(['ab392']));
    for (const width of [375, 1280]) {
      const layout = storyLayout(one, width, 800);
      expect(layout.arrangement, `${width}`).toBe('stack');
      expect([...layout.subjects.keys()], `${width}`).toEqual(['ab392']);
    }
  });

  it('gives none where a tie runs through the room (cards side by side), nor where a box is centred in its card', () => {
    const story = storyOf(foundingDataset());
    const wide = storyLayout(story, 880, 370);
    expect(wide.cards.length).toBe(3);
    expect(new Set(wide.cards.map((c) => c[1])).size).toBe(1); // side by side
    expect(wide.subjects.size).toBe(0);
    const mi = storyOf(builtIn('mi-2020-tied-to-vetoed'));
    const row = storyLayout(mi, 2400, 500);
    expect(row.arrangement).toBe('row');
    expect(row.subjects.size).toBe(0);
  });

  it('gives the tied-to-vetoed story its subjects on a phone, stakeholders listed or not, none crossed by a tie or its words', () => {
    const ds = builtIn('mi-2020-tied-to-vetoed');
    for (const mode of ['grouped', 'none'] as const) {
      const mi = buildStoryStructure(ds, buildGraphStructure(ds), mode, new Set());
      for (const width of [375, 430]) {
        const layout = storyLayout(mi, width, 3000);
        const withSubject = mi.nodes.filter((n) => n.kind === 'bill' && n.subject).map((n) => n.id);
        expect([...layout.subjects.keys()].sort(), `${mode} ${width}`).toEqual(withSubject.sort());
        for (const [bill, room] of layout.subjects) {
          const p = layout.pos.get(bill)!;
          const words = {
            x0: p.x + SIZE.bill.hw + SUBJECT.gap,
            x1: p.x + SIZE.bill.hw + SUBJECT.gap + room.width,
            y0: p.y + room.spots[0].y - FONT.subject,
            y1: p.y + room.spots.at(-1)!.y + FONT.subject / 3,
          };
          const inside = (q: { x: number; y: number }) => q.x > words.x0 && q.x < words.x1 && q.y > words.y0 && q.y < words.y1;
          for (const r of layout.routes.values()) {
            // Every point along each run of the line, 1 unit apart.
            const points = [r.from, ...(r.via ?? []), r.to];
            for (let i = 1; i < points.length; i++) {
              const [a, b] = [points[i - 1], points[i]];
              const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y));
              for (let t = 0; t <= steps; t++) {
                const q = { x: a.x + ((b.x - a.x) * t) / Math.max(steps, 1), y: a.y + ((b.y - a.y) * t) / Math.max(steps, 1) };
                expect(inside(q), `${bill}: ${mode} ${width}`).toBe(false);
              }
            }
            // The tie's words: "operative only if" or "tie-bar", and a note under them.
            if (r.label) {
              const x0 = r.label.anchor === 'start' ? r.label.x : r.label.x - 60;
              const overlaps = x0 + 120 > words.x0 && x0 < words.x1 && r.label.y + 16 > words.y0 && r.label.y - 20 < words.y1;
              expect(overlaps, `${bill}: words of a tie, ${mode} ${width}`).toBe(false);
            }
          }
        }
      }
    }
  });
});

describe('the canvas draws a subject', () => {
  /** The words a canvas draws for SB 230 at zoom `k`, with its subject's room given or not. */
  function drawnWords(k: number, room: number | null): string[] {
    const ds = foundingDataset();
    const bill = storyOf(ds).nodes.find((n) => n.id === 'sb230')!;
    const state = { nodes: { sb230: { outcome: 'enacted', present: true } }, edges: {} } as unknown as GraphState;
    const words: string[] = [];
    const ctx = recordingContext({ fillText: (_, t: string) => void words.push(t) });
    drawOne(
      ctx,
      bill,
      state,
      THEME.light,
      k,
      room === null ? null : new Map([['sb230', { width: room, spots: subjectSpots(bill.subject!, room) }]]),
    );
    return words;
  }

  it('on the lines the SVG draws, where the story gives it room and its words are big enough to read', () => {
    const lines = subjectSpots('Law enforcement: use of deadly force: training: policies', ROOM).map((s) => s.words);
    expect(drawnWords(1.15, ROOM)).toEqual(expect.arrayContaining(lines));
    expect(drawnWords(1.15, null)).not.toEqual(expect.arrayContaining([lines[0]]));
    // Smaller than 12 CSS px at this zoom: left out, as the SVG leaves it out.
    const small = (MIN_PX.label / FONT.subject) * 0.95;
    expect(drawnWords(small, ROOM)).not.toEqual(expect.arrayContaining([lines[0]]));
  });
});

describe("a tapped bill's surroundings", () => {
  it('hold its subject beside it, as dear as its box, and say whether the graph shows it', () => {
    const story = storyOf(foundingDataset());
    const layout = storyLayout(story, 375, 1400);
    const at = (k: number) =>
      focusSpot(
        'sb230',
        story.nodes,
        story.edges,
        layout.pos,
        new Map(),
        layout.routes,
        (p) => ({ x: p.x * k, y: p.y * k }),
        k,
        () => false,
        layout.subjects,
      )!;
    const near = at(1.15);
    expect(near.subjectShown).toBe(true);
    const p = layout.pos.get('sb230')!;
    const right = (p.x + SIZE.bill.hw + SUBJECT.gap + layout.subjects.get('sb230')!.width) * 1.15;
    expect(near.around.some((b) => b.weight === COVER_WEIGHT.focused && Math.abs(b.x1 - right) < 0.01)).toBe(true);
    // Too small to draw: neither shown nor held.
    const far = at((MIN_PX.label / FONT.subject) * 0.95);
    expect(far.subjectShown).toBe(false);
    expect(far.around.filter((b) => b.weight === COVER_WEIGHT.focused)).toHaveLength(1);
  });
});
