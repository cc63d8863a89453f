/**
 * A QR code drawn as SVG from uqr's module matrix (no canvas, no markup strings):
 * it scales crisply on screen and in print. uqr is small, has no dependencies and
 * ships as an ES module, so only the encoder lands in the page's script.
 */
import { encode } from 'uqr';

interface Props {
  text: string;
  /** What the code is, for screen readers. */
  label: string;
}

export function QrCode({ text, label }: Props) {
  // Medium error correction survives a smudged print or a phone held at an angle.
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  const path = data.flatMap((row, y) => row.map((dark, x) => (dark ? `M${x} ${y}h1v1h-1z` : ''))).join('');
  return (
    <svg className="qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
