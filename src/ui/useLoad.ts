// Loads something once per change of its inputs (not live): for screens that edit a snapshot.
import { useLayoutEffect, useState } from 'preact/hooks';
import type { Live } from './useLive.ts';

const LOADING = { status: 'loading', value: undefined, error: null } as const;

export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>(LOADING);
  // The reads start as the screen is put in the page, not a frame later (a plain effect waits for the
  // next paint): on a cold start that frame was a fifth of a tap's wait for the sheet.
  useLayoutEffect(() => {
    let current = true;
    // On the first run this is the state already (the same object: no render); on new inputs, a reset.
    setState(LOADING);
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
