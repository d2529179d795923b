import { CanvasTexture, Group, LinearFilter, Sprite, SpriteMaterial, SRGBColorSpace, Vector3, type Camera } from 'three';
import type { AngleLabel } from './types';

const W = 256, H = 64;
/** Label height in metres (sprites scale with distance like the skeleton). */
const HEIGHT_M = 0.09;
/** Gap between a joint and its label, metres. */
const GAP_M = 0.04;
const _p = new Vector3();
const _v = new Vector3();
const _right = new Vector3();
const _up = new Vector3();

interface Slot { sprite: Sprite; canvas: HTMLCanvasElement; texture: CanvasTexture; text: string; warn: boolean; widthM: number; anchor: Vector3 }

/** A label in view space (metres, x right, y up, as the camera sees it): its joint and its size. */
export interface LabelBox { x: number; y: number; w: number; h: number }
/** Where a label goes: +1 right of its joint, −1 left of it; `dy` metres up (negative = moved down). */
export interface LabelPlace { side: 1 | -1; dy: number }

const overlaps = (a: readonly number[], b: readonly number[]) => a[0] < b[1] && b[0] < a[1] && a[2] < b[3] && b[2] < a[3];

/**
 * Greedy label placement (ours): top to bottom, each label goes beside its joint on the side away from
 * a neighbour at the same height (so "L knee" and "R knee" sit on opposite sides), then on the other
 * side, then moves down until it no longer overlaps a label already placed. Pure; view-space metres.
 */
export function placeLabels(items: readonly LabelBox[], gap = GAP_M): LabelPlace[] {
  const out: LabelPlace[] = items.map(() => ({ side: 1, dy: 0 }));
  const placed: number[][] = [];
  const rect = (b: LabelBox, side: 1 | -1, dy: number) => {
    const x0 = side > 0 ? b.x + gap : b.x - gap - b.w;
    return [x0, x0 + b.w, b.y + dy - b.h / 2, b.y + dy + b.h / 2];
  };
  const order = items.map((_, i) => i).sort((a, b) => items[b].y - items[a].y || items[a].x - items[b].x);
  for (const i of order) {
    const b = items[i];
    const twin = items.some((o, j) => j !== i && Math.abs(o.y - b.y) < b.h * 1.5 && (o.x > b.x || (o.x === b.x && j > i)));
    const prefer: 1 | -1 = twin ? -1 : 1;
    let choice: LabelPlace | null = null;
    for (const side of [prefer, -prefer as 1 | -1]) {
      if (!placed.some((p) => overlaps(rect(b, side, 0), p))) { choice = { side, dy: 0 }; break; }
    }
    if (!choice) {
      let dy = 0;
      for (let k = 0; k < items.length + 1; k++) {
        const hit = placed.filter((p) => overlaps(rect(b, prefer, dy), p));
        if (!hit.length) break;
        dy = Math.min(...hit.map((p) => p[2])) - (b.y + b.h / 2) - 0.005;
      }
      choice = { side: prefer, dy };
    }
    out[i] = choice;
    placed.push(rect(b, choice.side, choice.dy));
  }
  return out;
}

/**
 * Angle labels as sprites with canvas textures (so they appear in `toPNG`), from a fixed pool;
 * a slot's canvas is redrawn only when its text changes.
 */
export class LabelLayer {
  readonly group = new Group();
  private readonly slots: Slot[] = [];

  constructor(readonly capacity = 8) {
    for (let i = 0; i < capacity; i++) {
      const canvas = document.createElement('canvas');
      canvas.width = W;
      canvas.height = H;
      const texture = new CanvasTexture(canvas);
      texture.colorSpace = SRGBColorSpace;
      texture.minFilter = LinearFilter;
      const sprite = new Sprite(new SpriteMaterial({ map: texture, depthTest: false, transparent: true }));
      sprite.renderOrder = 10;
      sprite.scale.set((HEIGHT_M * W) / H, HEIGHT_M, 1);
      sprite.center.set(0, 0.5);
      sprite.visible = false;
      this.group.add(sprite);
      this.slots.push({ sprite, canvas, texture, text: '', warn: false, widthM: HEIGHT_M * 4, anchor: new Vector3() });
    }
  }

  /** Show `labels` next to their joints; `joint(j, out)` gives a joint's position or false. */
  update(labels: readonly AngleLabel[], joint: (j: number, out: Vector3) => boolean): void {
    for (let i = 0; i < this.slots.length; i++) {
      const slot = this.slots[i];
      const label = labels[i];
      if (!label || !joint(label.joint, _p)) {
        slot.sprite.visible = false;
        continue;
      }
      if (label.text !== slot.text || !!label.warn !== slot.warn) this.draw(slot, label.text, !!label.warn);
      slot.anchor.copy(_p);
      slot.sprite.position.set(_p.x + GAP_M, _p.y, _p.z);
      slot.sprite.visible = true;
    }
  }

  /** Moves the visible labels so none overlaps another as `camera` sees them (call before each render). */
  layout(camera: Camera): void {
    const shown = this.slots.filter((s) => s.sprite.visible);
    if (!shown.length) return;
    camera.updateMatrixWorld();
    const boxes = shown.map((s) => {
      _v.copy(s.anchor).applyMatrix4(camera.matrixWorldInverse);
      return { x: _v.x, y: _v.y, w: s.widthM, h: HEIGHT_M };
    });
    _right.setFromMatrixColumn(camera.matrixWorld, 0).normalize();
    _up.setFromMatrixColumn(camera.matrixWorld, 1).normalize();
    placeLabels(boxes).forEach((p, i) => {
      const s = shown[i];
      s.sprite.center.set(p.side > 0 ? 0 : 1, 0.5);
      s.sprite.position.copy(s.anchor).addScaledVector(_right, p.side * GAP_M).addScaledVector(_up, p.dy);
    });
  }

  dispose(): void {
    for (const s of this.slots) {
      s.texture.dispose();
      s.sprite.material.dispose();
    }
    this.group.removeFromParent();
  }

  private draw(slot: Slot, text: string, warn: boolean): void {
    const ctx = slot.canvas.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, W, H);
    ctx.font = '600 34px system-ui, sans-serif';
    const w = Math.min(W, ctx.measureText(text).width + 20);
    // The sprite shows only the drawn part of the canvas, so a label left of its joint ends at the joint.
    slot.widthM = (HEIGHT_M * w) / H;
    slot.texture.repeat.set(w / W, 1);
    slot.sprite.scale.set(slot.widthM, HEIGHT_M, 1);
    ctx.fillStyle = warn ? 'rgba(200,30,30,0.85)' : 'rgba(15,20,30,0.75)';
    ctx.beginPath();
    ctx.roundRect(0, 6, w, H - 12, 10);
    ctx.fill();
    ctx.fillStyle = '#ffffff';
    ctx.textBaseline = 'middle';
    ctx.fillText(text, 10, H / 2 + 1, W - 20);
    slot.text = text;
    slot.warn = warn;
    slot.texture.needsUpdate = true;
  }
}
