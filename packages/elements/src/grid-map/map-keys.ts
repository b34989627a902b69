import type { MapViewport } from './map-view.js';

/** What a key asks of the map. */
export type MapCommand =
  | { readonly kind: 'pan'; readonly dx: number; readonly dy: number }
  | { readonly kind: 'zoom'; readonly factor: number }
  | { readonly kind: 'reset' }
  | { readonly kind: 'activate' };

/**
 * The map's keys: arrows pan by an eighth of the view (half with Shift), `+`/`=` and `-`/`_`
 * zoom by two, `0` resets, Enter and Space act at the crosshair. Undefined for other keys, and
 * for chords with Ctrl, Alt or Meta, which belong to the browser and the screen reader.
 */
export function mapCommand(event: KeyboardEvent, viewport: MapViewport): MapCommand | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const step = event.shiftKey ? 0.5 : 0.125;
  const dx = viewport.width * step;
  const dy = viewport.height * step;
  switch (event.key) {
    // The content moves against the arrow: ArrowRight looks further east.
    case 'ArrowLeft':
      return { kind: 'pan', dx, dy: 0 };
    case 'ArrowRight':
      return { kind: 'pan', dx: -dx, dy: 0 };
    case 'ArrowUp':
      return { kind: 'pan', dx: 0, dy };
    case 'ArrowDown':
      return { kind: 'pan', dx: 0, dy: -dy };
    case '+':
    case '=':
      return { kind: 'zoom', factor: 2 };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 0.5 };
    case '0':
      return { kind: 'reset' };
    case 'Enter':
    case ' ':
      return { kind: 'activate' };
    default:
      return undefined;
  }
}
