import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceLabel } from '../../src/engine/words';
import type { Dataset } from '../../src/model';

describe('sourceLabel: what a reader sees for a source', () => {
  it.each([
    [
      { url: 'https://opoa.org', title: 'Press release on SB 230 amendments', date: '2019-04-11' },
      'Press release on SB 230 amendments, 2019-04-11',
    ],
    [
      { url: 'https://cpoa.org/committee-passage-of-ab-392-comes-with-conditions/' },
      'cpoa.org: Committee passage of AB\u00a0392 comes with conditions',
    ],
    [{ url: 'https://www.sacbee.com/' }, 'sacbee.com'],
    [{ url: 'https://ccupca.com/legislative-update-2019-04-15/' }, 'ccupca.com: Legislative update 2019-04-15'],
    // Packed dates and ids at either end of a slug are left out; a bill's number is kept with its house.
    [
      { url: 'https://sd09.senate.ca.gov/news/20190423-senate-public-safety-committee-amends-sb-230' },
      'sd09.senate.ca.gov: Senate public safety committee amends SB\u00a0230',
    ],
    [
      { url: 'https://example.com/news/California-lawmakers-pass-police-training-bill-14433064.php' },
      'example.com: California lawmakers pass police training bill',
    ],
    // An address's own tail after the last word goes; a bill's number and a three-digit number stay.
    [{ url: 'https://ksco.com/state-assembly-passes-ab-392-05-29-19b-18-24-s-s' }, 'ksco.com: State assembly passes AB\u00a0392'],
    [
      { url: 'https://lostcoastoutpost.com/2019/may/29/shouts-tears-and-67-yes-votes-push-police-use-of-f' },
      'lostcoastoutpost.com: Shouts tears and 67 yes votes push police use',
    ],
    [
      { url: 'https://porac.org/2019/03/capitol-beat-the-introduction-of-senate-bill-230/' },
      'porac.org: Capitol beat the introduction of senate bill 230',
    ],
    // A possessive the address lost its apostrophe from gets it back.
    [
      { url: 'https://www.calcities.org/news/2019/09/09/understanding-the-nuances-of-this-session-s-use-of-force-legislation' },
      "calcities.org: Understanding the nuances of this session's use of force legislation",
    ],
    // A page named by an id: the folder above names a section of the site, not the page.
    [{ url: 'https://www.fresnobee.com/latest-news/article230949738.html' }, 'fresnobee.com'],
    // A last segment with no words: the one before it that has them, else the site alone.
    [
      { url: 'https://www.desertsun.com/story/news/2018/08/28/police-use-force-bill-loses-provision/1125535002/' },
      'desertsun.com: Police use force bill loses provision',
    ],
    [{ url: 'https://diversityinblack.com/archives/4927' }, 'diversityinblack.com'],
    // A slug cut short never ends on a small word, those a subject's cut leaves out among them.
    [{ url: 'https://example.com/what-officers-may-do-under' }, 'example.com: What officers may do'],
    [{ url: 'https://example.com/open%20records%20law/', publisher: 'Example News' }, 'Example News: Open records law'],
    [{ url: 'https://example.com/%E0%A4%A/two-words' }, 'example.com: Two words'],
    [{ url: 'not an address', publisher: 'The Record', date: '2020-01-02' }, 'The Record, 2020-01-02'],
    // An address with no words that names a bill, in its last segment or its query: the bill.
    [{ url: 'https://legislature.example.gov/bills/2025/SB450' }, 'legislature.example.gov: SB\u00a0450'],
    [{ url: 'https://legislature.example.gov/bills/2025/hb-1200.html' }, 'legislature.example.gov: HB\u00a01200'],
    [
      { url: 'https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=201920200SB230' },
      'leginfo.legislature.ca.gov: SB\u00a0230',
    ],
    [{ url: 'https://legislature.mi.gov/Bills/Bill?ObjectName=2020-SB-1140' }, 'legislature.mi.gov: SB\u00a01140'],
    // Letters before the number that are no house ("ASB450", "web2") name no bill.
    [{ url: 'https://example.com/files/ASB450' }, 'example.com'],
    [{ url: 'https://example.com/web2?page=3' }, 'example.com'],
  ])('%j reads "%s"', (source, label) => {
    expect(sourceLabel(source)).toBe(label);
  });

  it('tells every source of the founding dataset apart, none by its site alone where the site has several', () => {
    const ds = JSON.parse(readFileSync('public/data/ca-2019-deadly-force.json', 'utf8')) as Dataset;
    const labels = Object.values(ds.sources).map(sourceLabel);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('tells apart untitled pages of one site that differ only by the bill they are about', () => {
    const pages = ['SB450', 'HB1200', 'HB1201'].map((n) => sourceLabel({ url: `https://legislature.example.gov/bills/2025/${n}` }));
    expect(new Set(pages).size).toBe(3);
  });
});
