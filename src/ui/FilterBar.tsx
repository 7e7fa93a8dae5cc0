/** Filters: free text, and by outcome, stakeholder kind, stance or link kind. */
import { useId } from 'react';
import { OUTCOMES } from '../engine';
import { linkKinds, stakeholderKinds, stances } from '../model/vocabulary';
import { NO_FILTERS, useAppStore } from '../store';
import { MAX_FILTER_CHARS } from '../shell/tableAddress';

/** Props of the filter bar. */
export interface FilterBarProps {
  /** Which table's filters to show. */
  tab: 'bills' | 'stakeholders' | 'links';
}

/** The filters that apply to a table (and dim the graph). */
export function FilterBar({ tab }: FilterBarProps) {
  const filters = useAppStore((s) => s.filters);
  const scenario = useAppStore((s) => Object.keys(s.assumptions).length > 0);
  const setFilters = useAppStore((s) => s.setFilters);
  const id = useId();
  const select = (key: 'outcome' | 'stakeholderKind' | 'stance' | 'linkKind', label: string, values: readonly string[]) => (
    <label className="tb-filter" htmlFor={`${id}-${key}`}>
      {label}{' '}
      <select id={`${id}-${key}`} value={filters[key]} onChange={(e) => setFilters({ [key]: e.target.value })}>
        <option value="">any</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {v.replace(/-/g, ' ')}
          </option>
        ))}
      </select>
    </label>
  );
  const active = Object.entries(filters).some(([k, v]) => v !== NO_FILTERS[k as keyof typeof NO_FILTERS]);
  return (
    <div className="tb-filters" role="search">
      <label className="tb-filter" htmlFor={`${id}-text`}>
        Filter{' '}
        <input
          id={`${id}-text`}
          type="search"
          value={filters.text}
          // What the address carries as `q` (a longer one is refused there).
          maxLength={MAX_FILTER_CHARS}
          onChange={(e) => setFilters({ text: e.target.value })}
          placeholder="text"
        />
      </label>
      {tab === 'bills' && select('outcome', 'Outcome', OUTCOMES)}
      {tab === 'bills' && (scenario || filters.changed) && (
        <label className="tb-filter">
          <input type="checkbox" checked={filters.changed} onChange={(e) => setFilters({ changed: e.target.checked })} /> Only what the
          scenario changes
        </label>
      )}
      {tab === 'stakeholders' && select('stakeholderKind', 'Kind', stakeholderKinds)}
      {tab === 'stakeholders' && select('stance', 'Stance', stances)}
      {tab === 'links' && select('linkKind', 'Link', linkKinds)}
      {active && (
        <button type="button" className="tb-link-button" onClick={() => setFilters(NO_FILTERS)}>
          Clear filters
        </button>
      )}
    </div>
  );
}
