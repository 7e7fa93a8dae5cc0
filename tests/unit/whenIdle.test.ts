import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../src/timing/whenIdle';

/** A stand-in for the browser's idle callbacks: what was asked for, run by hand. */
function idleByHand() {
  const asked: Array<{ run: () => void; timeout?: number }> = [];
  vi.stubGlobal('requestIdleCallback', (run: () => void, options?: IdleRequestOptions) => asked.push({ run, timeout: options?.timeout }));
  vi.stubGlobal('cancelIdleCallback', () => {});
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('work deferred to an idle period', () => {
  it('jobs asked for before the same idle period share one idle callback and run in the order asked', () => {
    const asked = idleByHand();
    const order: string[] = [];
    whenIdle(() => order.push('names'));
    // A shorter timeout than the one asked for already (a panel's 100 ms) shares it too.
    whenIdle(() => order.push('panels'), 100);
    const cancel = whenIdle(() => order.push('cancelled'));
    whenIdle(() => order.push('drop'));
    cancel();
    expect(asked).toHaveLength(1);
    expect(order).toEqual([]);
    asked[0].run();
    expect(order).toEqual(['names', 'panels', 'drop']);
  });

  it('a job asked for while the idle jobs run waits for the next idle period', () => {
    const asked = idleByHand();
    const order: string[] = [];
    whenIdle(() => {
      order.push('first');
      whenIdle(() => order.push('later'));
    });
    asked[0].run();
    expect(order).toEqual(['first']);
    expect(asked).toHaveLength(2);
    asked[1].run();
    expect(order).toEqual(['first', 'later']);
  });

  it('one failing job neither stops the others nor goes unreported', async () => {
    const asked = idleByHand();
    const reported: unknown[] = [];
    const order: string[] = [];
    whenIdle(() => {
      throw new Error('broken panel');
    });
    whenIdle(() => order.push('names'));
    const queued = vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((f) => {
      try {
        f();
      } catch (e) {
        reported.push(e);
      }
    });
    try {
      asked[0].run();
    } finally {
      queued.mockRestore();
    }
    expect(order).toEqual(['names']);
    expect(reported.map((e) => (e as Error).message)).toEqual(['broken panel']);
  });

  it("a later task's job asks for its own idle callback: one asked for earlier may run before the later change is drawn", async () => {
    const asked = idleByHand();
    const order: string[] = [];
    whenIdle(() => order.push('first toggle'));
    await Promise.resolve(); // the task ends
    whenIdle(() => order.push('second toggle'));
    expect(asked).toHaveLength(2);
    asked[0].run();
    expect(order).toEqual(['first toggle']);
    asked[1].run();
    expect(order).toEqual(['first toggle', 'second toggle']);
  });

  it('a job cancelled by an earlier one of its batch does not run', () => {
    const asked = idleByHand();
    const order: string[] = [];
    whenIdle(() => {
      order.push('destroy');
      cancelDrop();
    });
    const cancelDrop = whenIdle(() => order.push('drop'));
    asked[0].run();
    expect(order).toEqual(['destroy']);
  });

  it('a much longer wait than asked for already is asked for apart', () => {
    const asked = idleByHand();
    whenIdle(() => {}, 2000);
    whenIdle(() => {}, 100);
    expect(asked.map((a) => a.timeout)).toEqual([2000, 100]);
    asked[1].run();
    asked[0].run();
  });
});
