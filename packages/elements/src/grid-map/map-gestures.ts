/** What the gestures on the map ask for; coordinates are viewport pixels. */
export interface GestureTarget {
  pan(dx: number, dy: number): void;
  zoom(factor: number, x: number, y: number): void;
  /** A press and release without a drag: a click or a tap. */
  tap(x: number, y: number): void;
  hover(x: number, y: number): void;
  leave(): void;
  /** A drag or pinch ended. */
  settle(): void;
}

/** Movement (CSS px) under which a press is still a tap. */
const TAP_SLOP = 5;
/** Zoom factor per pixel of wheel delta: a 100-px notch zooms by about 1.4. */
const WHEEL_RATE = 1 / 200;

interface Pointer {
  x: number;
  y: number;
}

/**
 * Pointer and wheel gestures of the map, with Pointer Events so that mouse, pen and touch share
 * one path: one pointer drags, two pinch (zoom about their midpoint, and pan as it moves), the
 * wheel zooms about the cursor (a trackpad pinch arrives as a wheel with `ctrlKey`, and works
 * the same), a press released within a few pixels is a tap.
 */
export class MapGestures {
  readonly #target: GestureTarget;
  readonly #pointers = new Map<number, Pointer>();
  #moved = 0;
  #multi = false;
  #dragging = false;

  constructor(target: GestureTarget) {
    this.#target = target;
  }

  readonly onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    const element = event.currentTarget as HTMLElement;
    // Synthetic events have no active pointer to capture; the gesture still works without.
    try {
      element.setPointerCapture(event.pointerId);
    } catch {
      /* not capturable */
    }
    if (this.#pointers.size === 0) {
      this.#moved = 0;
      this.#multi = false;
    }
    this.#pointers.set(event.pointerId, local(event));
    if (this.#pointers.size > 1) this.#multi = true;
  };

  readonly onPointerMove = (event: PointerEvent): void => {
    const previous = this.#pointers.get(event.pointerId);
    const p = local(event);
    if (!previous) {
      if (event.pointerType !== 'touch') this.#target.hover(p.x, p.y);
      return;
    }
    if (this.#pointers.size === 1) {
      this.#moved += Math.hypot(p.x - previous.x, p.y - previous.y);
      this.#pointers.set(event.pointerId, p);
      if (this.#moved > TAP_SLOP || this.#dragging) {
        this.#dragging = true;
        this.#target.pan(p.x - previous.x, p.y - previous.y);
      }
      return;
    }
    const [a, b] = [...this.#pointers.entries()].filter(([id]) => id !== event.pointerId);
    const other = a?.[1] ?? b?.[1];
    this.#pointers.set(event.pointerId, p);
    if (!other) return;
    const before = Math.hypot(previous.x - other.x, previous.y - other.y);
    const after = Math.hypot(p.x - other.x, p.y - other.y);
    const mid = { x: (p.x + other.x) / 2, y: (p.y + other.y) / 2 };
    const midBefore = { x: (previous.x + other.x) / 2, y: (previous.y + other.y) / 2 };
    this.#dragging = true;
    this.#target.pan(mid.x - midBefore.x, mid.y - midBefore.y);
    if (before > 0 && after > 0) this.#target.zoom(after / before, mid.x, mid.y);
  };

  readonly onPointerUp = (event: PointerEvent): void => {
    const p = this.#pointers.get(event.pointerId);
    if (!p) return;
    this.#pointers.delete(event.pointerId);
    if (this.#pointers.size > 0) return;
    const wasDrag = this.#dragging;
    this.#dragging = false;
    if (!wasDrag && !this.#multi && this.#moved <= TAP_SLOP) {
      const at = local(event);
      this.#target.tap(at.x, at.y);
    } else {
      this.#target.settle();
    }
  };

  readonly onPointerCancel = (event: PointerEvent): void => {
    this.#pointers.delete(event.pointerId);
    if (this.#pointers.size === 0 && this.#dragging) {
      this.#dragging = false;
      this.#target.settle();
    }
  };

  readonly onPointerLeave = (event: PointerEvent): void => {
    if (!this.#pointers.has(event.pointerId)) this.#target.leave();
  };

  readonly onWheel = (event: WheelEvent): void => {
    event.preventDefault();
    const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
    const delta = Math.max(-500, Math.min(500, event.deltaY * unit));
    if (delta === 0) return;
    const p = local(event);
    this.#target.zoom(2 ** (-delta * WHEEL_RATE), p.x, p.y);
  };
}

function local(event: MouseEvent): Pointer {
  const element = event.currentTarget as Element | null;
  const rect = element?.getBoundingClientRect();
  return { x: event.clientX - (rect?.left ?? 0), y: event.clientY - (rect?.top ?? 0) };
}
