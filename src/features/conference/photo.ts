// A photo of the writing, made small enough to keep and sync: the longest side about 1600 px, JPEG, the
// camera's orientation applied (EXIF), and nothing else of the EXIF kept (no location): the canvas
// re-encodes only pixels.
export const PHOTO_LONGEST_SIDE = 1600;

export function scaledSize(width: number, height: number, longest = PHOTO_LONGEST_SIDE) {
  const scale = Math.min(1, longest / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export async function downscalePhoto(
  file: Blob,
): Promise<{ bytes: ArrayBuffer; width: number; height: number }> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new Error('That file is not a photo this device can open. Nothing was added.');
  }
  const { width, height } = scaledSize(bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This device could not make the photo smaller. Nothing was added.');
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
  if (!blob) throw new Error('This device could not save the photo. Nothing was added.');
  return { bytes: await blob.arrayBuffer(), width, height };
}
