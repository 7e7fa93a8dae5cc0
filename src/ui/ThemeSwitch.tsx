/** Light, dark, or follow the system. */
import { useId } from 'react';
import type { Theme } from '../store';
import { useAppStore } from '../store';

/** A labelled select for the colour theme. */
export function ThemeSwitch() {
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const id = useId();
  return (
    <span className="tb-theme">
      <label htmlFor={id}>Theme</label>{' '}
      <select id={id} value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
        <option value="auto">Auto</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </span>
  );
}
