import { Typography } from '@mui/material';
import { useEffect, useRef } from 'react';

/** The page's h1; it takes the focus when the page opens, so screen readers announce where the user landed. */
export function PageHeading({ children }: { children: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    document.title = children;
  }, [children]);
  return <Typography ref={heading} tabIndex={-1} component="h1" variant="h4" sx={{ mb: 2, outline: 'none' }}>{children}</Typography>;
}
