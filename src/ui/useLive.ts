// Subscribes a screen to a live data-layer query; re-renders when the data it read changes.
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { observe } from '../data/index.ts';
import { cached, remember, watchCached } from '../state/liveCache.ts';
import { Covered } from './underSheet.ts';

export type Live<T> =
  | { status: 'loading'; value: undefined; error: null }
  | { status: 'ready'; value: T; error: null }
  | { status: 'error'; value: undefined; error: Error };

/**
 * `cacheKey`: start from the last value shown under that key, and show at once an update made to it
 * (see liveCache.ts). Under a cover (underSheet.ts) the query waits, keeping what it showed.
 */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[], cacheKey?: string): Live<T> {
  const [state, setState] = useState<Live<T>>(() => {
    const last = cacheKey === undefined ? undefined : cached<T>(cacheKey);
    return last === undefined
      ? { status: 'loading', value: undefined, error: null }
      : { status: 'ready', value: last, error: null };
  });
  const covered = useContext(Covered);
  useEffect(() => {
    if (cacheKey === undefined) return;
    return watchCached<T>(cacheKey, (value) => setState({ status: 'ready', value, error: null }));
  }, [cacheKey]);
  const wasCovered = useRef(covered);
  useEffect(() => {
    if (covered) {
      wasCovered.current = true;
      return;
    }
    let subscription: { unsubscribe(): void } | null = null;
    const subscribe = () => {
      subscription = observe(query).subscribe({
        next: (value) => {
          if (cacheKey !== undefined) remember(cacheKey, value);
          setState({ status: 'ready', value, error: null });
        },
        error: (error) =>
          setState({
            status: 'error',
            value: undefined,
            error: error instanceof Error ? error : new Error(String(error)),
          }),
      });
    };
    // Just uncovered: what it showed is drawn first, then it reads again (the read would delay that frame).
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (wasCovered.current) {
      wasCovered.current = false;
      frame = requestAnimationFrame(() => {
        timer = setTimeout(subscribe);
      });
    } else subscribe();
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      subscription?.unsubscribe();
    };
  }, [...deps, covered]);
  return state;
}
