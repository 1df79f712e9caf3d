/**
 * While the executive page is open: the document title names the PDF a browser saves on
 * "print to PDF", and a class on <body> switches on this page's print layout (executive-print.css)
 * without changing how any other page prints.
 */
import { useEffect } from 'react';

export const PRINT_CLASS = 'kz-print-executive';

export function usePrintLayout(title: string): void {
  useEffect(() => {
    const before = document.title;
    document.title = title;
    document.body.classList.add(PRINT_CLASS);
    return () => {
      document.title = before;
      document.body.classList.remove(PRINT_CLASS);
    };
  }, [title]);
}
