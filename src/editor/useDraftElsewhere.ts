/**
 * Whether the draft open here is open in another tab or window of this browser too. Each tab saves
 * its own version of a draft, and the last one saved wins, so two tabs on one draft lose edits:
 * the editor says so as soon as both are open. Tabs tell each other over a BroadcastChannel (this
 * origin only); a message of any other shape is ignored.
 */
import { useEffect, useState } from 'react';

const CHANNEL = 'tiebar-drafts';

/** What a tab says about a draft: it opened it, it has it open (an answer), or it closed it. */
type Said = { type: 'open' | 'here' | 'closed'; key: string; tab: string };

function isSaid(data: unknown): data is Said {
  const d = data as Partial<Said> | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    (d.type === 'open' || d.type === 'here' || d.type === 'closed') &&
    typeof d.key === 'string' &&
    typeof d.tab === 'string'
  );
}

/** True while another tab has draft `key` open too. */
export function useDraftElsewhere(key: string): boolean {
  const [elsewhere, setElsewhere] = useState(false);
  useEffect(() => {
    if (typeof BroadcastChannel !== 'function') return;
    const channel = new BroadcastChannel(CHANNEL);
    const tab = Math.random().toString(36).slice(2);
    const others = new Set<string>();
    const say = (type: Said['type']) => channel.postMessage({ type, key, tab } satisfies Said);
    channel.onmessage = (e: MessageEvent) => {
      if (!isSaid(e.data) || e.data.key !== key || e.data.tab === tab) return;
      if (e.data.type === 'closed') others.delete(e.data.tab);
      else others.add(e.data.tab);
      if (e.data.type === 'open') say('here');
      setElsewhere(others.size > 0);
    };
    const leave = () => say('closed');
    window.addEventListener('pagehide', leave);
    say('open');
    return () => {
      window.removeEventListener('pagehide', leave);
      leave();
      channel.close();
    };
  }, [key]);
  return elsewhere;
}
