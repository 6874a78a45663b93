// A QR code as the squares of an SVG path, drawn by the page itself (no image, no request): the invitation
// code's join address, for the invited teacher to scan with her iPad's camera. Pure.
import qrcode from 'qrcode-generator';

/** The light border every reader needs around the code, in modules (the QR standard's quiet zone). */
export const QUIET_ZONE = 4;

export interface QrSquares {
  /** Modules a side, with the quiet zone: the SVG's viewBox is 0 0 size size. */
  size: number;
  /** One path of unit squares, one per dark module. */
  path: string;
}

/** The dark modules of `text`'s QR code (error correction M: readable with a smudge or glare on it). */
export function qrSquares(text: string): QrSquares {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  const squares: string[] = [];
  for (let row = 0; row < count; row++)
    for (let col = 0; col < count; col++)
      if (qr.isDark(row, col)) squares.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
  return { size: count + 2 * QUIET_ZONE, path: squares.join('') };
}
