// Reads a small observable status (storage errors, update ready, connection) into a component.
import { useEffect, useState } from 'preact/hooks';

export interface Readable<T> {
  get(): T;
  subscribe(listener: (value: T) => void): () => void;
}

export function useStatus<T>(source: Readable<T>): T {
  const [value, setValue] = useState(source.get());
  useEffect(() => {
    setValue(source.get());
    return source.subscribe(setValue);
  }, [source]);
  return value;
}
