import { CanvasTexture, Group, LinearFilter, Sprite, SpriteMaterial, SRGBColorSpace, Vector3 } from 'three';
import type { AngleLabel } from './types';

const W = 256, H = 64;
/** Label height in metres (sprites scale with distance like the skeleton). */
const HEIGHT_M = 0.09;
const _p = new Vector3();

interface Slot { sprite: Sprite; canvas: HTMLCanvasElement; texture: CanvasTexture; text: string; warn: boolean }

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
      this.slots.push({ sprite, canvas, texture, text: '', warn: false });
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
      slot.sprite.position.set(_p.x + 0.05, _p.y, _p.z);
      slot.sprite.visible = true;
    }
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
