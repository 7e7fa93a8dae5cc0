/** The app's table in its stage, under the app's stylesheet: its column header stays over the rows it names. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { TableView } from '../../src/ui/TableView';
import { renderWithStore } from './render';

describe("the app's table", () => {
  beforeAll(() => {
    const app = document.createElement('style');
    app.textContent = readFileSync('src/app/styles.css', 'utf8');
    document.head.append(app);
  });

  it('keeps its column header in sight while its rows scroll', () => {
    renderWithStore(
      <section className="tb-stage">
        <div className="tb-stage-body">
          <TableView />
        </div>
      </section>,
      { view: 'table' },
    );
    // Held at the top of the box its rows scroll in (the stage, on a desktop). jsdom reads the rule;
    // a browser lays it out (sessionLayout.spec.ts: the rows a 1,366 x 768 screen shows).
    const looks = screen.getAllByRole('columnheader').map((th) => [getComputedStyle(th).position, getComputedStyle(th).top]);
    expect(looks).toEqual(Array(4).fill(['sticky', '0px']));
  });
});
