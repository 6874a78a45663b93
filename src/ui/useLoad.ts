// Loads something once per change of its inputs (not live): for screens that edit a snapshot.
import { useEffect, useState } from 'preact/hooks';
import type { Live } from './useLive.ts';

export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>({ status: 'loading', value: undefined, error: null });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading', value: undefined, error: null });
    load().then(
      (value) => current && setState({ status: 'ready', value, error: null }),
      (error: unknown) =>
        current &&
        setState({
          status: 'error',
          value: undefined,
          error: error instanceof Error ? error : new Error(String(error)),
        }),
    );
    return () => {
      current = false;
    };
  }, deps);
  return state;
}
