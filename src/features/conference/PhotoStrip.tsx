// Photos of the writing on the sheet: *Add a photo* offers the camera or the photo library (no `capture`
// attribute: with it iPad Safari opens the camera only, and a page photographed earlier could not be
// chosen); several can be chosen at once. Each is made small and kept on the device at once, and shows
// as a thumbnail; each can be removed before saving.
import { useState } from 'preact/hooks';
import { type AttachmentInput, type AttachmentRecord, keepBlob, removeAttachment } from '../../data/index.ts';
import { failureWords } from '../../protocol/words.ts';
import { PhotoThumb } from '../../ui/PhotoThumb.tsx';
import { downscalePhoto } from './photo.ts';

export function PhotoStrip(props: {
  photos: readonly AttachmentInput[];
  saved: readonly AttachmentRecord[];
  onChange: (photos: AttachmentInput[]) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(props.saved.filter((a) => a.kind === 'photo'));

  async function add(files: FileList | null) {
    setError(null);
    setBusy(true);
    const added: AttachmentInput[] = [];
    try {
      for (const file of Array.from(files ?? [])) {
        const photo = await downscalePhoto(file);
        const sha256 = await keepBlob(photo.bytes, 'image/jpeg');
        added.push({
          kind: 'photo',
          mime: 'image/jpeg',
          size: photo.bytes.byteLength,
          sha256,
          durationMs: null,
          width: photo.width,
          height: photo.height,
        });
      }
    } catch (failure) {
      setError(failureWords(failure));
    } finally {
      setBusy(false);
      if (added.length > 0) props.onChange([...props.photos, ...added]);
    }
  }

  return (
    <div class="field">
      <span class="field-label">Photos of the writing</span>
      <div class="photos">
        {saved.map((p, i) => (
          <span key={p.id} class="photo-item">
            <PhotoThumb sha256={p.sha256} mime={p.mime} label={`Photo ${i + 1}`} />
            <button
              type="button"
              onClick={() => {
                if (!window.confirm('Delete this photo from the conference?')) return;
                void removeAttachment(p.id).then(() => setSaved(saved.filter((s) => s.id !== p.id)));
              }}
            >
              Delete
            </button>
          </span>
        ))}
        {props.photos.map((p, i) => (
          <span key={p.sha256} class="photo-item">
            <PhotoThumb sha256={p.sha256} mime={p.mime} label={`New photo ${i + 1}`} />
            <button
              type="button"
              onClick={() => props.onChange(props.photos.filter((q) => q.sha256 !== p.sha256))}
            >
              Remove
            </button>
          </span>
        ))}
        <label class="button">
          {busy ? 'Adding…' : 'Add a photo'}
          <input
            type="file"
            accept="image/*"
            multiple
            class="visually-hidden"
            disabled={busy}
            onChange={(e) => {
              void add(e.currentTarget.files);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
