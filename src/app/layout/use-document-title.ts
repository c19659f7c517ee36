import { useEffect } from 'react';

/**
 * The browser tab's title, while the page that sets it is on show: the tab list, the history
 * and bookmarks then say which page of which report it is, in the reader's language (and
 * "Save as PDF" names its file after it).
 */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (title === null) return;
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
}
