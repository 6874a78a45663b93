// Recordings and photos as the tests in Chromium and WebKit make and check them. Each function runs in
// the page (Playwright's evaluate, or WebDriver's scripts through inPage), so it uses nothing outside it.

/**
 * A photo as an iPad's camera writes it: a 4000x3000 JPEG from the browser's own canvas (white, a black
 * block in its top-left corner), with an EXIF block that says "rotate 90°" (orientation 6).
 */
export async function cameraJpeg(): Promise<number[]> {
  const canvas = document.createElement('canvas');
  canvas.width = 4000;
  canvas.height = 3000;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 4000, 3000);
  ctx.fillStyle = '#000';
  ctx.fillRect(0, 0, 400, 300);
  const blob = await new Promise<Blob>((r) => canvas.toBlob((b) => r(b as Blob), 'image/jpeg', 0.8));
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const exif = [
    0xff, 0xe1, 0x00, 0x22, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00, 0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00,
    0x08, 0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00,
  ];
  const out = new Uint8Array(bytes.length + exif.length);
  out.set(bytes.subarray(0, 2));
  out.set(exif, 2);
  out.set(bytes.subarray(2), 2 + exif.length);
  return Array.from(out);
}

/** The first photo kept on the device: its size, whether any EXIF is left, and how many bytes. */
export function storedPhoto(): Promise<{ width: number; height: number; exif: boolean; size: number }> {
  return new Promise((resolve) => {
    const open = indexedDB.open('conferring-clipboard');
    open.onsuccess = () => {
      const tx = open.result.transaction(['attachments', 'blobs']);
      const all = tx.objectStore('attachments').getAll();
      all.onsuccess = () => {
        const photo = (all.result as { kind: string; sha256: string; width: number; height: number }[]).find(
          (a) => a.kind === 'photo',
        );
        const blob = tx.objectStore('blobs').get(photo?.sha256 as string);
        blob.onsuccess = () => {
          const bytes = new Uint8Array((blob.result as { bytes: ArrayBuffer }).bytes);
          const text = Array.from(bytes.subarray(0, 200), (b) => String.fromCharCode(b)).join('');
          open.result.close();
          resolve({
            width: photo?.width ?? 0,
            height: photo?.height ?? 0,
            exif: text.includes('Exif'),
            size: bytes.length,
          });
        };
      };
    };
  });
}

/**
 * The first recording on the page, played for a moment (so it really plays, from the device's copy):
 * how far it played, its sound's length decoded in full (a recorded file may carry no length of its
 * own), and its sha256.
 */
export async function playFirstRecording(): Promise<{ played: number; seconds: number; sha256: string }> {
  const audio = document.querySelector('audio') as HTMLAudioElement;
  await audio.play();
  await new Promise<void>((resolve) => {
    const check = () => (audio.currentTime > 0.5 ? resolve() : setTimeout(check, 50));
    check();
  });
  audio.pause();
  const bytes = await (await fetch(audio.src)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const decoded = await new AudioContext().decodeAudioData(bytes.slice(0));
  return {
    played: audio.currentTime,
    seconds: decoded.duration,
    sha256: Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join(''),
  };
}

/** The rows in some of the app's IndexedDB stores. */
export function countRows(stores: string[]): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('conferring-clipboard');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(stores);
      const counts: Record<string, number> = {};
      for (const store of stores) {
        const count = tx.objectStore(store).count();
        count.onsuccess = () => {
          counts[store] = count.result;
        };
      }
      tx.oncomplete = () => {
        open.result.close();
        resolve(counts);
      };
    };
  });
}
