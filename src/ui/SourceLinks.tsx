/** Cited sources as links: http(s) only, new tab, no opener. */
import { Fragment } from 'react';
import type { Dataset } from '../model';
import { sourceLabel } from '../engine/words';

/** Props of the source list. */
export interface SourceLinksProps {
  /** The dataset whose `sources` map the ids point into. */
  dataset: Dataset;
  /** Source ids. */
  ids: readonly string[] | undefined;
}

/** True for URLs a reader may follow (validation already refuses others; this is a second lock). */
export function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Each cited source by its title (or its site and the words of its address) and date, linked. The dataset's ids for
 * them ("S1", "ls-hb4917") are for its authors: a reader sees them only for a source the dataset
 * does not list.
 */
export function SourceLinks({ dataset, ids }: SourceLinksProps) {
  if (!ids || ids.length === 0) return <span className="tb-unsourced">no source given</span>;
  return (
    <span className="tb-sources">
      {ids.map((id, i) => {
        const src = Object.hasOwn(dataset.sources, id) ? dataset.sources[id] : undefined;
        const href = src && safeHref(src.url);
        const text = src ? sourceLabel(src) : `[${id}]`;
        return (
          <Fragment key={id}>
            {i > 0 && '; '}
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer" title={href}>
                {text}
              </a>
            ) : (
              <span>{text}</span>
            )}
          </Fragment>
        );
      })}
    </span>
  );
}
