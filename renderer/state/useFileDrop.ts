// state/useFileDrop: files dropped on the window open as they would from the Open buttons.
import { useEffect } from 'react';

type Open = (name: string, text: string) => void;

/**
 * Dropping files on the window opens them: a .view.json as a view, any other file as a graph (several files in
 * turn, so a CSV node list and its edge list dropped together reach the mapping step together).
 */
export function useFileDrop(openText: Open, openViewText: Open): void {
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = async (e: DragEvent) => {
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      e.preventDefault();
      for (const file of files) {
        const text = await file.text();
        if (file.name.endsWith('.view.json')) openViewText(file.name, text);
        else openText(file.name, text);
      }
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [openText, openViewText]);
}
