// A photo of the writing: a thumbnail; a tap opens it full size, where she can pinch to zoom.
import { useRef } from 'preact/hooks';
import { useBlobUrl } from './useBlobUrl.ts';

export function PhotoThumb(props: { sha256: string; mime: string; label: string }) {
  const source = useBlobUrl(props.sha256, props.mime);
  const dialog = useRef<HTMLDialogElement>(null);
  if (source.status !== 'ready')
    return (
      <span class="photo-thumb is-missing">
        {source.status === 'loading' ? 'Loading…' : 'Photo not here yet'}
      </span>
    );
  return (
    <>
      <button
        type="button"
        class="photo-thumb"
        aria-label={`${props.label}, open full size`}
        onClick={() => dialog.current?.showModal()}
      >
        <img src={source.url} alt="" />
      </button>
      <dialog ref={dialog} class="photo-full" aria-label={props.label}>
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
        <img src={source.url} alt={props.label} />
      </dialog>
    </>
  );
}
