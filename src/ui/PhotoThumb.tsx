// A photo of the writing: a thumbnail; a tap opens it full size. Full size shows the whole page in
// either orientation (a portrait page in landscape too); *Actual size* shows it pixel for pixel to read
// the handwriting, scrolled with a finger, and on the iPad she can pinch to zoom as well.
import { useRef, useState } from 'preact/hooks';
import { useBlobUrl } from './useBlobUrl.ts';

export function PhotoThumb(props: { sha256: string; mime: string; label: string }) {
  const source = useBlobUrl(props.sha256, props.mime);
  const dialog = useRef<HTMLDialogElement>(null);
  const [actualSize, setActualSize] = useState(false);
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
      <dialog ref={dialog} class="photo-full" aria-label={props.label} onClose={() => setActualSize(false)}>
        <div class="photo-full-bar">
          <span class="photo-full-title">{props.label}</span>
          <button type="button" aria-pressed={actualSize} onClick={() => setActualSize(!actualSize)}>
            Actual size
          </button>
          <form method="dialog">
            <button type="submit">Close</button>
          </form>
        </div>
        <div class={actualSize ? 'photo-full-view is-actual-size' : 'photo-full-view'}>
          <img src={source.url} alt={props.label} />
        </div>
      </dialog>
    </>
  );
}
