// The recording kept for this unsaved note, to listen to on the sheet before Save: straight from the
// pieces kept on the device, part by part. Given a new `kept` (after Continue or Record again), it reads
// them again.
import { useEffect, useState } from 'preact/hooks';
import { type KeptRecording, keptRecordingFiles } from '../../data/index.ts';
import { failureWords } from '../../protocol/words.ts';
import { PartsPlayer, type PlayerPart } from '../../ui/AudioPlayer.tsx';

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; parts: PlayerPart[] }
  | { status: 'error'; message: string };

export function KeptPlayer(props: { draftKey: string; kept: KeptRecording }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const { parts, durationMs, size } = props.kept;
  useEffect(() => {
    let live = true;
    const urls: string[] = [];
    keptRecordingFiles(props.draftKey).then(
      (files) => {
        for (const f of files) urls.push(URL.createObjectURL(new Blob([f.bytes], { type: f.mime })));
        if (live)
          setLoaded({
            status: 'ready',
            parts: files.map((f, i) => ({ url: urls[i] as string, durationMs: f.durationMs })),
          });
      },
      (failure: unknown) => live && setLoaded({ status: 'error', message: failureWords(failure) }),
    );
    return () => {
      live = false;
      for (const url of urls) URL.revokeObjectURL(url);
    };
  }, [props.draftKey, parts, durationMs, size]);
  if (loaded.status === 'loading') return <p class="muted">Loading the recording…</p>;
  if (loaded.status === 'error') return <p class="field-error">{loaded.message}</p>;
  if (loaded.parts.length === 0) return null;
  return <PartsPlayer parts={loaded.parts} label="The recording kept for this note" />;
}
