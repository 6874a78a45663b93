// The TypeScript type of every synced record, derived from the table registry (tables.ts): a field's kind
// gives its type, a value list its codes, a `JsonOf` field its declared shape. src/data/records.ts names
// them (ConferenceRecord, ...); nothing here exists at run time.
import type { Flag, JsonOf, SyncedTable, TABLES } from './tables.ts';
import type { Choice, ValueOf } from './valueLists.ts';

/** The TypeScript type of a field's value, from its kind. */
type FieldType<K> = K extends 'text'
  ? string
  : K extends 'text?'
    ? string | null
    : K extends 'flag'
      ? Flag
      : K extends 'number'
        ? number
        : K extends 'number?'
          ? number | null
          : K extends 'ids'
            ? string[]
            : K extends { readonly oneOf: infer L extends readonly Choice[] }
              ?
                  | ValueOf<L>
                  | (K extends { readonly also: infer A extends readonly Choice[] } ? ValueOf<A> : never)
                  | (K extends { readonly orNone: true } ? null : never)
              : K extends { readonly listOf: infer L extends readonly Choice[] }
                ? ValueOf<L>[]
                : K extends JsonOf<infer T>
                  ? T
                  : unknown;

type FieldsOf<T extends SyncedTable> = (typeof TABLES)[T]['fields'];
/** The fields of a table that only the sync server writes. */
export type ServerWrittenOf<T extends SyncedTable> = (typeof TABLES)[T] extends {
  readonly serverWritten: readonly (infer F)[];
}
  ? F & string
  : never;

/**
 * A table's record fields, typed from the registry (a field's kind gives its type); the fields only the
 * server writes are absent until it has. src/data/records.ts names them (ConferenceRecord, ...).
 */
export type RowOf<T extends SyncedTable> = {
  -readonly [F in Exclude<keyof FieldsOf<T>, ServerWrittenOf<T>>]: FieldType<FieldsOf<T>[F]>;
} & {
  -readonly [F in ServerWrittenOf<T> & keyof FieldsOf<T>]?: FieldType<FieldsOf<T>[F]>;
};
