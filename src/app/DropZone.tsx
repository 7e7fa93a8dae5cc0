/** Lets the reader drop a dataset file anywhere on the page. */
import { useEffect, useState } from 'react';

/** Props of the drop zone. */
export interface DropZoneProps {
  /** Called with the dropped file. */
  onFile: (file: File) => unknown;
  /** Called with every dropped file when they include spreadsheets (.csv). */
  onSheets?: (files: File[]) => unknown;
}

/** Listens for file drags on the window and shows an overlay while one is over the page. */
export function DropZone({ onFile, onSheets }: DropZoneProps) {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setOver(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const dragover = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (onSheets && files.some((f) => /\.csv$/i.test(f.name))) onSheets(files);
      else if (files[0]) onFile(files[0]);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', dragover);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', dragover);
      window.removeEventListener('drop', drop);
    };
  }, [onFile, onSheets]);
  if (!over) return null;
  return (
    <div className="tb-drop" aria-hidden="true">
      <p>Drop a Tiebar dataset (.json), or its spreadsheets (.csv), to open it</p>
    </div>
  );
}
