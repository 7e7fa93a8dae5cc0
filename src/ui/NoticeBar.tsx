/** Notices above the app: fallbacks taken, files refused, with their details. */
import { useAppStore } from '../store';

/** Shows every notice with a dismiss button. */
export function NoticeBar() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="tb-notices" role="status">
      {notices.map((n) => (
        <div key={n.id} className={`tb-notice tb-notice-${n.level}`} data-testid="notice">
          <p>{n.message}</p>
          {n.details && n.details.length > 0 && (
            <ul>
              {n.details.map((d, i) => (
                <li key={i}>
                  <code>{d}</code>
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="tb-link-button" onClick={() => dismiss(n.id)} aria-label={`Dismiss: ${n.message}`}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
