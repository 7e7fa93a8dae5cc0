import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAllowedOrigins, parseCommand } from '../../src/embed/messaging';
import { parsePymMessage, pymMessage } from '../../src/embed/resizeBridge';
import { embedUrl, iframeSnippet, pymSnippet } from '../../src/shell/snippets';

describe('parseAllowedOrigins', () => {
  it('keeps http(s) origins and drops anything else', () => {
    expect([...parseAllowedOrigins('https://news.example/path, http://localhost:8080,javascript:alert(1),,null,ftp://x')]).toEqual([
      'https://news.example',
      'http://localhost:8080',
    ]);
    expect(parseAllowedOrigins(null).size).toBe(0);
  });
});

describe('parseCommand', () => {
  it.each([
    [
      { type: 'tiebar:setScenario', scenario: { ab392: 'failed' } },
      { type: 'tiebar:setScenario', scenario: { ab392: 'failed' } },
    ],
    [
      { type: 'tiebar:setAsOf', asOf: '2019-04-24' },
      { type: 'tiebar:setAsOf', asOf: '2019-04-24' },
    ],
    [
      { type: 'tiebar:setAsOf', asOf: null },
      { type: 'tiebar:setAsOf', asOf: null },
    ],
    [
      { type: 'tiebar:focus', id: 'sb230' },
      { type: 'tiebar:focus', id: 'sb230' },
    ],
    [
      { type: 'tiebar:setView', view: 'table' },
      { type: 'tiebar:setView', view: 'table' },
    ],
  ])('reads %j', (input, expected) => {
    expect(parseCommand(input)).toEqual(expected);
  });

  it.each([
    'tiebar:setScenario',
    null,
    [],
    { type: 'tiebar:setScenario', scenario: { ab392: 'maybe' } },
    { type: 'tiebar:setScenario', scenario: JSON.parse('{"__proto__":"failed"}') },
    { type: 'tiebar:setAsOf', asOf: '2019-02-30' },
    { type: 'tiebar:focus', id: '<img src=x>' },
    { type: 'tiebar:setView', view: 'chart' },
    { type: 'other' },
  ])('ignores %j', (input) => {
    expect(parseCommand(input)).toBeNull();
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const cmd = parseCommand(value);
        expect(cmd === null || typeof cmd.type === 'string').toBe(true);
      }),
    );
  });
});

describe('pym.js messages', () => {
  it('writes and reads pym wire format for one child only', () => {
    expect(pymMessage('tiebar-1', 'height', 512)).toBe('pymxPYMxtiebar-1xPYMxheightxPYMx512');
    expect(parsePymMessage('pymxPYMxtiebar-1xPYMxwidthxPYMx640', 'tiebar-1')).toEqual({ type: 'width', value: '640' });
    expect(parsePymMessage('pymxPYMxotherxPYMxwidthxPYMx640', 'tiebar-1')).toBeNull();
    expect(parsePymMessage({ not: 'a string' }, 'tiebar-1')).toBeNull();
  });
});

describe('embed snippets', () => {
  it('escape titles and URLs so a hostile title cannot break out', () => {
    const target = { src: 'https://h.example/t/?scenario=ab392:failed&embed=1', title: '"><script>alert(1)</script>' };
    expect(iframeSnippet(target)).toBe(
      '<iframe src="https://h.example/t/?scenario=ab392:failed&amp;embed=1" title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" width="100%" height="640" loading="lazy" style="border:0;width:100%;max-width:100%;" referrerpolicy="strict-origin-when-cross-origin"></iframe>',
    );
    // A title that closes the script element if written raw: the pym snippet must never carry it.
    const closing = { src: 'https://h.example/t/?embed=1', title: 'Tie</script>alert(1)//' };
    expect(closing.title).toContain('</script>alert');
    expect(pymSnippet(closing)).not.toContain('</script>alert');
    expect(pymSnippet(closing)).toContain('title: "Tie\\u003c/script>alert(1)//"');
    expect(pymSnippet(closing).match(/<\/script>/g)).toHaveLength(2); // the snippet's own two scripts, no more
  });

  it('adds embed=1 to the current view URL', () => {
    expect(embedUrl('https://h.example/t/?scenario=ab392:failed&view=table')).toBe(
      'https://h.example/t/?scenario=ab392:failed&view=table&embed=1',
    );
  });
});
