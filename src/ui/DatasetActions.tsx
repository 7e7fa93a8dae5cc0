/** Open a local dataset file, download the open one as JSON, or forget a saved one. */
import { useRef } from 'react';

/** Props of the dataset actions. */
export interface DatasetActionsProps {
  /** Called with a chosen file. */
  onOpenFile: (file: File) => void;
  /** Downloads the open dataset; absent while none is open. */
  onDownload?: () => void;
  /** Forgets the open dataset from this browser; absent when it is not a saved one. */
  onForget?: () => void;
}

/** "Open file…", "Download JSON" and "Forget" buttons. */
export function DatasetActions({ onOpenFile, onDownload, onForget }: DatasetActionsProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="tb-dataset-actions">
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onOpenFile(file);
          e.target.value = '';
        }}
      />
      <button type="button" onClick={() => input.current?.click()} title="Open a dataset file (or drop one anywhere on the page)">
        Open file…
      </button>
      {onDownload && (
        <button type="button" onClick={onDownload}>
          Download JSON
        </button>
      )}
      {onForget && (
        <button type="button" onClick={onForget}>
          Forget
        </button>
      )}
    </div>
  );
}
