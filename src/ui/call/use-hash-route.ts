import { useEffect, useState } from 'preact/hooks';

/** The page's hash without '#', live: `#call` switches the side panel to call mode. */
export function useHashRoute(): string {
  const [hash, setHash] = useState(() => location.hash.replace(/^#/, ''));
  useEffect(() => {
    const on = () => setHash(location.hash.replace(/^#/, ''));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return hash;
}
