import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FONT,
  ITEM_LINES,
  MEMBER_TEXT_ROOM,
  SIZE,
  itemHeight,
  itemLineSpots,
  itemLines,
  itemTextRoom,
  memberLineSpots,
  memberLines,
  textWidth,
} from '../../src/graph/core/encodings';
import { halfSize, itemExtraHeight } from '../../src/graph/core/geometry';
import { rowBox } from '../../src/graph/core/interaction';
import type { GraphNode } from '../../src/engine/graphSpec';

const room = itemTextRoom(undefined);

describe("an item's words on its box", () => {
  it('stay on one line where they fit', () => {
    expect(itemLines('Public use-of-force policies')).toEqual(['Public use-of-force policies']);
    expect(itemHeight('Public use-of-force policies')).toBe(SIZE.item.h);
  });

  it("break between words onto a second line, which is cut where they run on: SB 230's struck standard keeps its name", () => {
    const lines = itemLines("SB 230's own use-of-force standard (Penal Code 196 changes)");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe("SB 230's own use-of-force");
    expect(lines[1]).toMatch(/^standard \(Penal Code.*…$/);
    expect(itemHeight("SB 230's own use-of-force standard (Penal Code 196 changes)")).toBe(SIZE.item.h + ITEM_LINES.step);
  });

  it("have less room on a group's box, whose kind dots take their share", () => {
    // 191 units at 13 px: within a provision's 204, past a group with three kinds' 174.
    const label = '14 groups back the bill now';
    expect(itemTextRoom(['union', 'family', 'coalition'])).toBeLessThan(textWidth(label, FONT.item));
    expect(itemLines(label)).toEqual([label]);
    expect(itemLines(label, ['union', 'family', 'coalition'])).toEqual(['14 groups back the bill', 'now']);
  });

  it('put the lines around the box’s centre, and the box grows with them (both renderers read halfSize)', () => {
    const label = 'Deadly force only when necessary in defense of human life (Penal Code 835a)';
    expect(itemLineSpots(label).map((l) => l.y)).toEqual([-ITEM_LINES.step / 2, ITEM_LINES.step / 2]);
    const node = { id: 'p', kind: 'provision', label } as GraphNode;
    expect(halfSize(node)).toEqual([SIZE.item.hw, (SIZE.item.h + ITEM_LINES.step) / 2]);
  });

  it('for any words: at most two lines, each within the room, reading as the label does up to any cut', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9'"().,-]{1,40}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 14 }), (words) => {
        const label = words.join(' ');
        const lines = itemLines(label);
        expect(lines.length).toBeGreaterThanOrEqual(1);
        expect(lines.length).toBeLessThanOrEqual(ITEM_LINES.max);
        for (const l of lines) expect(textWidth(l, FONT.item)).toBeLessThanOrEqual(room + 1e-9);
        if (textWidth(label, FONT.item) <= room) expect(lines).toEqual([label]);
        // Without the ellipses, the lines are the label's words in order (a cut word loses its end).
        if (!lines.some((l) => l.endsWith('…'))) expect(lines.join(' ')).toBe(label);
        let from = 0;
        for (const l of lines) {
          const at = label.indexOf(l.replace(/…$/, ''), from);
          expect(at).toBeGreaterThanOrEqual(from);
          from = at + l.length - 1;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("a listed person's name on their row", () => {
  const member = (label: string) => ({ id: 'm', kind: 'stakeholder', label, ref: 'porac', parent: 'sb230' }) as GraphNode;
  const porac = 'Opposes: Taxpayers Association of California';

  it('runs to a second line where one would cut it, and the row grows with it', () => {
    expect(textWidth(porac, FONT.person)).toBeGreaterThan(MEMBER_TEXT_ROOM);
    // Whole, on two lines, each within the row.
    expect(memberLines(porac)).toHaveLength(2);
    expect(memberLines(porac).join(' ')).toBe(porac);
    for (const l of memberLines(porac)) expect(textWidth(l, FONT.person)).toBeLessThanOrEqual(MEMBER_TEXT_ROOM);
    expect(memberLineSpots(porac).map((l) => l.y)).toEqual([-ITEM_LINES.step / 2, ITEM_LINES.step / 2]);
    expect(itemExtraHeight(member(porac))).toBe(ITEM_LINES.step);
    expect(rowBox(member(porac), null)!.height).toBe(SIZE.member.h + ITEM_LINES.step);
    // A short name keeps one line and one row; a free dot (no card) is never taller.
    expect(memberLines('Backs: Governor')).toEqual(['Backs: Governor']);
    expect(itemExtraHeight(member('Backs: Governor'))).toBe(0);
    expect(itemExtraHeight({ ...member(porac), ref: undefined })).toBe(0);
  });
});
