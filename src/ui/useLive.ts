// Subscribes a screen to a live data-layer query; re-renders when the data it read changes.
import { useEffect, useState } from 'preact/hooks';
import { observe } from '../data/index.ts';
import { cached, remember } from './liveCache.ts';

export type Live<T> =
  | { status: 'loading'; value: undefined; error: null }
  | { status: 'ready'; value: T; error: null }
  | { status: 'error'; value: undefined; error: Error };

/** `cacheKey`: start from the last value shown under that key (see liveCache.ts). */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[], cacheKey?: string): Live<T> {
  const [state, setState] = useState<Live<T>>(() => {
    const last = cacheKey === undefined ? undefined : cached<T>(cacheKey);
    return last === undefined
      ? { status: 'loading', value: undefined, error: null }
      : { status: 'ready', value: last, error: null };
  });
  useEffect(() => {
    const subscription = observe(query).subscribe({
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
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
