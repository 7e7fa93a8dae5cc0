/** Validation a reporter can act on: every error at once, limits in words, "did you mean", bounded messages, deceptive text. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateProblem, formatProblem, parseDatasetText, validateDataset } from '../../src/model';
import { bill, dataset, link } from '../fixtures/datasets';

type Doc = Record<string, any>;

function base(): Doc {
  const d = structuredClone(dataset([bill('ab392', 'enacted'), bill('sb230', 'enacted')], [link('l1', 'sb230', ['ab392'])])) as Doc;
  d.bills[1].provisions = [{ id: 'sb230-standard', label: 'Standard', sources: ['s'] }];
  d.stakeholders = [{ id: 'aclu', name: 'ACLU', kind: 'advocacy-group', sources: ['s'] }];
  d.positions = [{ stakeholder: 'aclu', target: 'ab392', stance: 'support', sources: ['s'] }];
  return d;
}

function check(mutate: (d: Doc) => void) {
  const d = base();
  mutate(d);
  return validateDataset(JSON.parse(JSON.stringify(d)));
}
const errorsOf = (mutate: (d: Doc) => void) => {
  const r = check(mutate);
  return r.ok ? [] : r.errors.map(formatProblem);
};
const warningsOf = (mutate: (d: Doc) => void) => check(mutate).warnings.map(formatProblem);

describe('every error at once', () => {
  it('reports schema errors and reference errors together', () => {
    const errors = errorsOf((d) => {
      delete d.bills[0].title;
      d.links[0].to = ['ab329'];
    });
    expect(errors).toContain('bills[0].title: is missing (expected string)');
    expect(errors).toContain('links[0].to[0]: no bill with id "ab329" (did you mean "ab392"?)');
  });

  it('says how many errors there are when it lists only the first 200', () => {
    const r = check((d) => {
      d.bills[0].events = Array.from({ length: 1500 }, () => ({ date: 'soon', type: 'nope', description: '', sources: ['zz'] }));
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(200);
    expect(r.errorCount).toBe(1500 * 4);
  });
});

describe('did you mean, for every kind of id', () => {
  it.each<[string, (d: Doc) => void, string]>([
    ['a source', (d) => (d.bills[0].sources = ['t']), 'bills[0].sources[0]: no source with id "t" (did you mean "s"?)'],
    [
      'a stakeholder',
      (d) => (d.positions[0].stakeholder = 'acl'),
      'positions[0].stakeholder: no stakeholder with id "acl" (did you mean "aclu"?)',
    ],
    [
      'a provision',
      (d) => (d.positions[0].target = 'sb230-standart'),
      'positions[0].target: no bill or provision with id "sb230-standart" (did you mean "sb230-standard"?)',
    ],
    ['a label typed for an id', (d) => (d.links[0].to = ['AB 392']), 'links[0].to[0]: no bill with id "AB 392" (did you mean "ab392"?)'],
    [
      'a provision where a bill is needed',
      (d) => (d.links[0].to = ['sb230-standard']),
      'links[0].to[0]: "sb230-standard" is a provision; links hang on bills (name its bill, "sb230")',
    ],
    [
      "a link's target, never the bill that hangs (hb4639 is as close as hb4638)",
      (d) => tied(d, ['hb4683']),
      'links[0].to[0]: no bill with id "hb4683" (did you mean "hb4638"?)',
    ],
    [
      "a link's target, before a bill the link names already",
      (d) => tied(d, ['hb4638', 'hb4683'], 'hb4863'),
      'links[0].to[1]: no bill with id "hb4683" (did you mean "hb4863"?)',
    ],
    [
      "a link's target, a bill the link names already when no other is close",
      (d) => tied(d, ['hb4638', 'hb4683']),
      'links[0].to[1]: no bill with id "hb4683" (did you mean "hb4638"?)',
    ],
  ])('%s', (_, mutate, expected) => {
    expect(errorsOf(mutate)).toContain(expected);
  });
});

/** The link made to run from HB 4639 to `to`, among bills HB 4639, HB 4638 and `more` (listed in that order). */
function tied(d: Doc, to: string[], ...more: string[]) {
  for (const id of ['hb4639', 'hb4638', ...more]) d.bills.push({ ...d.bills[0], id, label: id.toUpperCase() });
  d.links[0].from = 'hb4639';
  d.links[0].to = to;
}

describe('limits say what and the limit', () => {
  it.each<[string, (d: Doc) => void, string]>([
    [
      'a tally over 10,000',
      (d) => (d.bills[0].events[0].tallies = [{ yes: 10_001, no: 0 }]),
      'bills[0].events[0].tallies[0].yes: is over 10,000 votes (it is 10,001)',
    ],
    [
      'a negative tally',
      (d) => (d.bills[0].events[0].tallies = [{ yes: -1, no: 0 }]),
      'bills[0].events[0].tallies[0].yes: must not be negative (it is -1)',
    ],
    [
      'more than 100 sources',
      (d) => (d.bills[0].sources = Array(101).fill('s')),
      'bills[0].sources: cites more than 100 sources (it has 101)',
    ],
    ['a three-number layout tuple', (d) => (d.layout = { ab392: [1, 2, 3] }), 'layout.ab392: must be [x, y]: two numbers (it has 3)'],
    [
      'more than 10 tallies',
      (d) => (d.bills[0].events[0].tallies = Array(11).fill({ yes: 1, no: 1 })),
      'bills[0].events[0].tallies: must have at most 10 items (it has 11)',
    ],
    [
      'a too-long label',
      (d) => (d.bills[0].label = 'x'.repeat(61)),
      'bills[0].label: must be at most 60 characters (it has 61 characters)',
    ],
    [
      'more than 50,000 bills',
      (d) => (d.bills = Array.from({ length: 50_001 }, (_, i) => ({ id: `b${i}`, label: 'B', title: 'B', sources: ['s'] }))),
      'bills: a dataset holds at most 50,000 bills (split it, e.g. one dataset per session) (it has 50,001)',
    ],
  ])('%s', (_, mutate, expected) => {
    const errors = errorsOf(mutate);
    expect(errors).toContain(expected);
    expect(errors.join('\n')).not.toContain('Invalid input');
  });
});

describe('messages stay short whatever the input', () => {
  it('a 1 MB key becomes a short line', () => {
    const key = 'k'.repeat(1024 * 1024);
    const errors = errorsOf((d) => (d.bills[0][key] = 1));
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e.length).toBeLessThan(400);
    const layout = errorsOf((d) => (d.layout = { [key]: [0, 0] }));
    expect(layout.length).toBeGreaterThan(0);
    for (const e of layout) expect(e.length).toBeLessThan(400);
  });

  it('a long unknown id is quoted in part', () => {
    const errors = errorsOf((d) => (d.links[0].to = ['a'.repeat(64)]));
    expect(errors[0]).toMatch(/^links\[0\]\.to\[0\]: no bill with id "a{60}"… \(64 characters\)$/);
  });
});

describe('layout coordinates are bounded', () => {
  it('refuses a coordinate of 1e18, and Infinity from 1e999', () => {
    expect(errorsOf((d) => (d.layout = { ab392: [1e18, 0] }))).toContain(
      'layout.ab392[0]: is over 1,000,000 (a baked coordinate; run bake again) (it is 1,000,000,000,000,000,000)',
    );
    const text = JSON.stringify(base()).replace(/}$/, ',"layout":{"ab392":[0,-1e999]}}');
    const r = parseDatasetText(text);
    expect(r.ok).toBe(false);
  });

  it('accepts coordinates within the bound', () => {
    expect(errorsOf((d) => (d.layout = { ab392: [-1_000_000, 999_999.5] }))).toEqual([]);
  });
});

describe('ids that are names of the language', () => {
  it.each(['constructor', 'hasownproperty', 'prototype', 'tostring', '__proto__'])('refuses or keeps apart the id %s', (name) => {
    const errors = errorsOf((d) => {
      d.bills[0].id = name;
      d.links[0].to = [name];
      d.positions[0].target = name;
    });
    if (name === 'constructor' || name === 'prototype')
      expect(errors).toContain(`bills[0].id: "${name}" is a reserved word in JavaScript and cannot be an id (use e.g. "${name}-1")`);
    else if (name === '__proto__') expect(errors[0]).toMatch(/^bills\[0\]\.id: must be a short id/);
    else expect(errors).toEqual([]); // lowercase, so no clash with toString or hasOwnProperty
  });

  it('refuses every name of Object.prototype as an id, a source id and a layout key', () => {
    for (const name of Object.getOwnPropertyNames(Object.prototype)) {
      const r = check((d) => {
        d.bills[0].id = name;
      });
      expect(r.ok, name).toBe(false);
      const src = parseDatasetText(JSON.stringify(base()).replace('"sources":{"s":', `"sources":{"${name}":{"url":"https://x.org/"},"s":`));
      expect(src.ok, `source ${name}`).toBe(false);
      const lay = parseDatasetText(JSON.stringify({ ...base(), layout: { [name]: [0, 0] } }));
      expect(lay.ok, `layout ${name}`).toBe(false);
    }
  });
});

describe('text that could fool a reader', () => {
  it('refuses a label with a bidi override', () => {
    expect(errorsOf((d) => (d.bills[0].label = 'AB \u202E293'))).toContain(
      'bills[0].label: label holds characters that reverse text on screen (bidi overrides or isolates); remove them',
    );
  });

  it('refuses a label of only invisible characters, and warns about such a title', () => {
    expect(errorsOf((d) => (d.bills[0].label = '\u200B\u200B'))).toContain(
      'bills[0].label: label is made only of invisible characters; write a visible label',
    );
    expect(warningsOf((d) => (d.bills[1].title = '\u200B\u2060\uFEFF'))).toContain(
      'bills[1].title: the title is made only of invisible characters',
    );
  });

  it('warns about a link that makes the same tie as another (a form sent twice), naming both', () => {
    const warnings = warningsOf((d) => {
      d.links.push({ ...d.links[0], id: `${d.links[0].id}-2`, to: [...d.links[0].to].reverse() });
    });
    expect(warnings.filter((w) => w.includes('the same tie'))).toEqual([
      expect.stringMatching(/^links\[\d+\]: makes the same tie as links\[0\] \(".+"\): one of them can go$/),
    ]);
    // Another kind between the same bills is another tie.
    expect(warningsOf((d) => void d.links.push({ ...d.links[0], id: 'other', kind: 'double-joint', section: 'x' })).join()).not.toContain(
      'the same tie',
    );
  });

  it('warns about a bill signed before it was introduced', () => {
    expect(
      warningsOf((d) => {
        d.bills[0].events[1].date = '2019-12-01';
      }),
    ).toContain('bills[0].events[1].date: "signed" on 2019-12-01, before the bill was introduced on 2020-01-10 (check both dates)');
  });
});

describe('a byte order mark', () => {
  it('is read as if absent', () => {
    const r = parseDatasetText(`\uFEFF${JSON.stringify(base())}`);
    expect(r.ok).toBe(true);
  });
});

describe('what a tie requires of its target', () => {
  it('accepts enactment and effect, and refuses anything else with its path and the choices', () => {
    expect(errorsOf((d) => (d.links[0].requires = 'enactment'))).toEqual([]);
    expect(errorsOf((d) => (d.links[0].requires = 'effect'))).toEqual([]);
    expect(errorsOf((d) => (d.links[0].requires = 'enacted'))).toEqual([
      'links[0].requires: is "enacted"; expected one of "enactment", "effect"',
    ]);
  });
});

describe('an empty date', () => {
  it('says a date is needed, not that "" is not a date', () => {
    expect(dateProblem('')).toBe('a date is needed here (YYYY-MM-DD, YYYY-MM or YYYY)');
    expect(dateProblem('  ')).toBe('a date is needed here (YYYY-MM-DD, YYYY-MM or YYYY)');
    expect(dateProblem('2019-13')).toBe('"2019-13" has no month 13');
  });
});

describe('a date written with slashes', () => {
  it.each([
    ['4/23/2019', '"4/23/2019" is month/day/year: write 2019-04-23'],
    ['2/29/2020', '"2/29/2020" is month/day/year: write 2020-02-29'],
    ['2/29/2019', '"2/29/2019" is not a date: write YYYY-MM-DD (or month/day/year)'],
    [
      '23/4/2019',
      '"23/4/2019" reads as day/month/year; a date with slashes is read month/day/year (US): write 2019-04-23 for 23 April 2019',
    ],
    ['4/23/19', '"4/23/19" has a two-digit year: write the date as YYYY-MM-DD (2019-04-23, if it is 2019)'],
  ])('%s is named with what to write', (value, message) => {
    expect(dateProblem(value)).toBe(message);
  });

  it('in a dataset, is an error at its path that says what to write', () => {
    const ds = JSON.parse(readFileSync('public/data/ca-2019-deadly-force.json', 'utf8'));
    ds.links[0].added = '4/23/2019';
    const r = validateDataset(ds);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map(formatProblem)).toContain('links[0].added: "4/23/2019" is month/day/year: write 2019-04-23');
  });
});

describe('a date written with its month named', () => {
  it.each([
    ['May 20, 2025', 'write "May 20, 2025" as 2025-05-20'],
    ['May 20 2025', 'write "May 20 2025" as 2025-05-20'],
    ['Tuesday, May 20, 2025', 'write "Tuesday, May 20, 2025" as 2025-05-20'],
    ['Sept. 3, 2019', 'write "Sept. 3, 2019" as 2019-09-03'],
    ['apr 23rd, 2019', 'write "apr 23rd, 2019" as 2019-04-23'],
    ['23 April 2019', 'write "23 April 2019" as 2019-04-23'],
    ['1st of December, 2020', 'write "1st of December, 2020" as 2020-12-01'],
    ['May 2025', 'write "May 2025" as 2025-05'],
    ['February 29, 2020', 'write "February 29, 2020" as 2020-02-29'],
    ['February 29, 2019', '"February 29, 2019" is not a day of the calendar'],
    ['May 32, 2025', '"May 32, 2025" is not a day of the calendar'],
  ])('%s is named with what to write', (value, message) => {
    expect(dateProblem(value)).toBe(message);
  });

  it('reads month names and weekdays, and no other words, as a date', () => {
    expect(dateProblem('Sat, 20 May 2023')).toBe('write "Sat, 20 May 2023" as 2023-05-20');
    for (const value of ['Maybe 20, 2025', 'Someday, May 20, 2025', 'May 20, 25'])
      expect(dateProblem(value)).toBe(`"${value}" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)`);
  });
});

describe('a dated thing without its date', () => {
  it('is told a date is needed and what one looks like, not that a string is missing', () => {
    const ds = JSON.parse(readFileSync('public/data/ca-2019-deadly-force.json', 'utf8'));
    delete ds.bills[0].events[0].date;
    const r = validateDataset(ds);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map(formatProblem)).toContain('bills[0].events[0].date: a date is needed here (YYYY-MM-DD, YYYY-MM or YYYY)');
  });
});

describe('a name written where an id belongs', () => {
  it('is named as a name, with the id to write', () => {
    const ds = JSON.parse(readFileSync('public/data/ca-2019-deadly-force.json', 'utf8'));
    const who = ds.stakeholders[0];
    ds.positions[0].stakeholder = who.name;
    const r = validateDataset(ds);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map(formatProblem)).toContain(
        `positions[0].stakeholder: no stakeholder with id "${who.name}" (that is the name of "${who.id}": write its id)`,
      );
  });
});
