// Subscribes a screen to a live data-layer query; re-renders when the data it read changes.
import { useEffect, useState } from 'preact/hooks';
import { observe } from '../data/index.ts';

export type Live<T> =
  | { status: 'loading'; value: undefined; error: null }
  | { status: 'ready'; value: T; error: null }
  | { status: 'error'; value: undefined; error: Error };

export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>({ status: 'loading', value: undefined, error: null });
  useEffect(() => {
    const subscription = observe(query).subscribe({
      next: (value) => setState({ status: 'ready', value, error: null }),
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
