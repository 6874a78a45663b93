// The preview before an import writes anything: each row with what will happen to it and why.
import type { RosterPreview, RowStatus } from './rosterPreview.ts';

/** Each row status's class in roster.css. */
const STATUS_CLASS: Record<RowStatus, string> = {
  new: 'preview-new',
  'in-class': 'preview-in-class',
  repeated: 'preview-repeated',
  invalid: 'preview-invalid',
};

const STATUS_WORDS: Record<RowStatus, string> = {
  new: 'Will be added',
  'in-class': 'Already in class',
  repeated: 'Repeated',
  invalid: 'Cannot use',
};

export function ImportPreview(props: {
  preview: RosterPreview;
  source: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { preview } = props;
  const skipped = preview.counts['in-class'] + preview.counts.repeated + preview.counts.invalid;
  return (
    <section class="card preview" aria-label="Import preview">
      <h3>Preview of {props.source}</h3>
      <p role="status">
        {preview.toAdd.length} new, {preview.counts['in-class'] + preview.counts.repeated} duplicate,{' '}
        {preview.counts.invalid} invalid. Nothing is saved until you confirm.
      </p>
      <div class="preview-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Name</th>
              <th scope="col">What happens</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.line} class={STATUS_CLASS[row.status]}>
                <td>{row.line}</td>
                <td>{row.name.length > 60 ? `${row.name.slice(0, 60)}…` : row.name || '(empty)'}</td>
                <td>
                  {STATUS_WORDS[row.status]}
                  {row.reason && <span class="muted"> — {row.reason}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="toolbar">
        <button
          type="button"
          class="primary"
          disabled={props.busy || preview.toAdd.length === 0}
          onClick={props.onConfirm}
        >
          {preview.toAdd.length === 1 ? 'Add 1 student' : `Add ${preview.toAdd.length} students`}
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        {skipped > 0 && (
          <span class="muted">
            {skipped === 1 ? '1 row will be skipped.' : `${skipped} rows will be skipped.`}
          </span>
        )}
      </div>
    </section>
  );
}
