import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

/**
 * The page's one h1. After an in-app navigation it takes focus, so screen-reader and keyboard users start on the new
 * page instead of on the link they followed; on the first load focus stays where the browser puts it.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  useEffect(() => {
    if (location.key !== 'default') ref.current?.focus();
  }, [location.key]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading" data-testid="page-title">
      {children}
    </h1>
  );
}
