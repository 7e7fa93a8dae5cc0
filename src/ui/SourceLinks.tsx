/** Cited sources as links: http(s) only, new tab, no opener. */
import type { Dataset } from '../model';

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

/** "Sources: [S1 publisher] [S2 publisher]". */
export function SourceLinks({ dataset, ids }: SourceLinksProps) {
  if (!ids || ids.length === 0) return <span className="tb-unsourced">no source given</span>;
  return (
    <span className="tb-sources">
      {ids.map((id) => {
        const src = Object.hasOwn(dataset.sources, id) ? dataset.sources[id] : undefined;
        const href = src && safeHref(src.url);
        const text = src ? `${src.title ?? src.publisher ?? new URL(src.url).hostname}${src.date ? `, ${src.date}` : ''}` : id;
        return href ? (
          <a key={id} href={href} target="_blank" rel="noopener noreferrer" title={href}>
            [{id}] {text}
          </a>
        ) : (
          <span key={id}>[{id}]</span>
        );
      })}
    </span>
  );
}
