/** Search across bills, provisions and stakeholders; choosing a hit focuses it. */
import { useEffect, useId, useMemo, useState } from 'react';
import { searchNodes } from '../engine';
import { selectEvaluation, useAppStore } from '../store';
import { OutcomeBadge } from './OutcomeBadge';
import { MAX_FILTER_CHARS } from '../shell/tableAddress';

/** Hits listed under the box. */
const SHOWN = 8;

/** A combobox: type, pick a hit with the arrows and Enter (or a click). */
export function SearchBox() {
  const ds = useAppStore((s) => s.dataset);
  const setFocus = useAppStore((s) => s.setFocus);
  const showInTable = useAppStore((s) => s.showInTable);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // The list folds when focus leaves the box (a click elsewhere) and opens again on typing or focus.
  const [expanded, setExpanded] = useState(true);
  const id = useId();
  // The first SHOWN hits; past them, one more option opens the bills table filtered by the words.
  const { hits, more } = useMemo(() => {
    const all = ds ? searchNodes(ds, query, Infinity) : [];
    return { hits: all.slice(0, SHOWN), more: all.slice(SHOWN).some((h) => h.kind === 'bill') };
  }, [ds, query]);
  const options = hits.length + (more ? 1 : 0);
  // A bill's outcome beside its name, in the scenario shown: which of the hits is the one that fell.
  const outcomes = useAppStore((s) => (query ? selectEvaluation(s)?.outcomes : undefined));
  const open = expanded && hits.length > 0;
  // In a short window the list scrolls: the option the arrows reach is kept in it (the page stays put).
  useEffect(() => {
    const li = open ? document.getElementById(`${id}-o${active}`) : null;
    const list = li?.parentElement;
    if (!li || !list) return;
    if (li.offsetTop < list.scrollTop) list.scrollTop = li.offsetTop;
    else if (li.offsetTop + li.offsetHeight > list.scrollTop + list.clientHeight)
      list.scrollTop = li.offsetTop + li.offsetHeight - list.clientHeight;
  }, [open, active, id]);
  const pick = (i: number) => {
    if (more && i === hits.length) showInTable(query.trim());
    else if (hits[i]) setFocus(hits[i].id);
    else return;
    setQuery('');
  };
  return (
    <div className="tb-search">
      <label htmlFor={`${id}-q`} className="tb-visually-hidden">
        Search bills, provisions and stakeholders
      </label>
      <input
        id={`${id}-q`}
        type="search"
        role="combobox"
        placeholder="Search…"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${id}-o${active}` : undefined}
        value={query}
        // Its words may become the table's filter ("Every match in the table"), which an address carries.
        maxLength={MAX_FILTER_CHARS}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setExpanded(true);
        }}
        onFocus={() => setExpanded(true)}
        onBlur={() => setExpanded(false)}
        onKeyDown={(e) => {
          const n = Math.max(1, options);
          if (e.key === 'ArrowDown') setActive((active + 1) % n);
          else if (e.key === 'ArrowUp') setActive((active - 1 + n) % n);
          else if (e.key === 'Enter') pick(active);
          else if (e.key === 'Escape') setQuery('');
          else return;
          e.preventDefault();
        }}
      />
      {expanded && query.trim() !== '' && hits.length === 0 && (
        // A search that finds nothing says so, and where else to look, rather than show nothing.
        <p className="tb-search-list tb-search-none" role="status">
          Nothing here matches “{query.trim().slice(0, 60)}”. The search reads numbers, names and titles; the table filters bills by
          outcome.
        </p>
      )}
      {open && (
        <ul id={`${id}-list`} role="listbox" className="tb-search-list" aria-label="Search results">
          {hits.map((h, i) => (
            <li
              key={h.id}
              id={`${id}-o${i}`}
              role="option"
              aria-selected={i === active}
              title={`${h.label} ${h.detail}`}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(i);
              }}
            >
              <span className="tb-search-hit">
                <strong>{h.label}</strong>
                {h.kind === 'bill' && outcomes?.[h.id] ? (
                  <>
                    {' '}
                    <OutcomeBadge outcome={outcomes[h.id]} />
                  </>
                ) : null}{' '}
                <span className="tb-search-detail">{h.detail}</span>
              </span>
            </li>
          ))}
          {more && (
            <li
              id={`${id}-o${hits.length}`}
              role="option"
              aria-selected={active === hits.length}
              className="tb-search-more"
              onMouseDown={(e) => {
                e.preventDefault();
                pick(hits.length);
              }}
            >
              <span className="tb-search-hit">
                Every match in the table<span aria-hidden="true"> →</span>
              </span>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
