import {
  AmbientLight, Color, DirectionalLight, PerspectiveCamera, Scene, TOUCH, Vector3, WebGLRenderer,
} from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { presetPosition } from './camera';
import { FloorGrid } from './floor';
import { highlightColors, highlightKey } from './highlights';
import { LabelLayer } from './labels';
import { ATHLETE_STYLE, GHOST_STYLE, OTHER_STYLE, SkeletonMesh } from './skeletonMesh';
import type {
  AngleLabel, CameraPreset, GroundPlane, MistakeHighlight, OtherPose, PoseArray, SkeletonViewerOptions,
} from './types';

const VIEW_DISTANCE_M = 3.2;
/** People mode: the farthest a preset backs off to show the others as well. */
const MAX_PEOPLE_DISTANCE_M = 9;
const _centre = new Vector3();
const _delta = new Vector3();

/**
 * Imperative three.js skeleton view mounted on a container element (React mounts it through a ref).
 * Renders on demand: every setter only schedules one frame (three.js editor `Viewport.js` habit).
 */
export class SkeletonViewer {
  readonly renderer: WebGLRenderer;
  readonly camera = new PerspectiveCamera(40, 1, 0.05, 100);
  private readonly scene = new Scene();
  private controls: OrbitControls;
  private readonly athlete = new SkeletonMesh(ATHLETE_STYLE);
  private readonly ghost = new SkeletonMesh(GHOST_STYLE);
  /** People mode: the other people (grey), grown on demand and hidden when unused. */
  private readonly others: SkeletonMesh[] = [];
  private readonly floor = new FloorGrid();
  private readonly labels = new LabelLayer();
  private readonly resizeObserver?: ResizeObserver;
  private preset: CameraPreset = 'front';
  /** Direction towards the filming camera on the floor (rad, atan2(x, z)), for the 'camera' preset. */
  private cameraAzimuth = 0;
  /** Touch: false = one finger scrolls the page, two fingers orbit/zoom; true = one finger orbits. */
  private touchRotate = false;
  private readonly followTarget = new Vector3();
  private highlightsKey = '';
  private currentLabels: readonly AngleLabel[] = [];
  private rafId = 0;
  /** Whether the camera has been aimed at a real pose yet (the first pose re-aims it). */
  private framed = false;
  private renders = 0;
  private disposed = false;

  constructor(private readonly container: HTMLElement, opts: SkeletonViewerOptions = {}) {
    try {
      this.renderer = new WebGLRenderer({ antialias: true, preserveDrawingBuffer: !!opts.preserveDrawingBuffer });
    } catch (e) {
      throw new Error(`The 3D view needs WebGL, which is unavailable or turned off in this browser (${(e as Error).message}). Turn on hardware acceleration or try another browser.`);
    }
    this.renderer.setPixelRatio(opts.pixelRatio ?? Math.min(globalThis.devicePixelRatio || 1, 2));
    this.renderer.domElement.style.display = 'block';
    this.renderer.domElement.setAttribute('aria-label', '3D skeleton view');
    container.appendChild(this.renderer.domElement);
    this.scene.background = new Color(opts.background ?? '#141a22');
    const sun = new DirectionalLight(0xffffff, 2.2);
    sun.position.set(2, 4, 3);
    this.scene.add(new AmbientLight(0xffffff, 0.9), sun, this.floor.grid, this.athlete.group, this.ghost.group, this.labels.group);
    this.controls = this.makeControls();
    this.setCameraPreset('front');
    if (opts.autoResize !== false && typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver(() => this.resize());
      this.resizeObserver.observe(container);
    }
    this.resize();
  }

  /** The athlete's pose: 17×3 metres (H36M, camera axes) read from `offset`, plus optional root. */
  setPose(pose: PoseArray | null, root?: ArrayLike<number> | null, offset = 0): void {
    if (pose) this.athlete.setPose(pose, root, offset);
    else this.athlete.clear();
    this.afterPoseChange();
  }

  /** The reference skeleton, drawn semi-transparent in another colour; null hides it. */
  setGhostPose(pose: PoseArray | null, root?: ArrayLike<number> | null, offset = 0): void {
    if (pose) this.ghost.setPose(pose, root, offset);
    else this.ghost.clear();
    this.requestRender();
  }

  /**
   * The other people of people mode, drawn in grey where they stand (`root`, metres, same frame as
   * the athlete); [] hides them. The camera keeps framing the athlete.
   */
  setOtherPoses(others: readonly OtherPose[]): void {
    while (this.others.length < others.length) {
      const m = new SkeletonMesh(OTHER_STYLE);
      this.others.push(m);
      this.scene.add(m.group);
    }
    this.others.forEach((m, k) => {
      const o = others[k];
      if (o) m.setPose(o.pose, o.root, o.offset ?? 0);
      else m.clear();
    });
    this.requestRender();
  }

  /** Centre of each shown other person as the 3D camera sees it now (normalised device coordinates), for tests. */
  projectedOthers(): [number, number][] {
    this.camera.updateMatrixWorld();
    return this.others.filter((m) => m.visible).map((m) => (m.center(_delta).project(this.camera), [_delta.x, _delta.y]));
  }

  /** Colour bones/joints for the mistakes active now; recolours only when the set changes. */
  setHighlights(highlights: readonly MistakeHighlight[]): void {
    const key = highlightKey(highlights);
    if (key === this.highlightsKey) return;
    this.highlightsKey = key;
    const { bones, joints } = highlightColors(highlights);
    this.athlete.setColors(bones, joints);
    this.requestRender();
  }

  /** Small text labels (e.g. angles) next to joints of the athlete's current pose. */
  setLabels(labels: readonly AngleLabel[]): void {
    this.currentLabels = labels;
    this.labels.update(labels, this.athleteJoint);
    this.requestRender();
  }

  /** Align the floor grid (and the orbit's up axis) with the estimated ground. */
  setGround(ground: GroundPlane): void {
    this.floor.setGround(ground);
    this.camera.up.copy(this.floor.up);
    this.controls.dispose();
    this.controls = this.makeControls();
    this.setCameraPreset(this.preset);
  }

  /**
   * Where the filming camera stood, as an angle on the floor (rad, atan2(x, z) in the pose's axes;
   * 0 = in front of +z). Re-aims the view when the 'camera' preset is on.
   */
  setCameraAzimuth(azimuthRad: number): void {
    this.cameraAzimuth = Number.isFinite(azimuthRad) ? azimuthRad : 0;
    if (this.preset === 'camera') this.setCameraPreset('camera');
  }

  /** Angle on the floor (rad, atan2(x, z) in the pose's axes) from the orbit target to the 3D camera now. */
  viewAzimuth(): number {
    _delta.subVectors(this.camera.position, this.controls.target);
    return Math.atan2(_delta.x, _delta.z);
  }

  /** The athlete's 17 joints as the 3D camera sees them now: normalised device coordinates (x right, y up, −1..1), null when missing. */
  projectedJoints(): ([number, number] | null)[] {
    this.camera.updateMatrixWorld();
    return Array.from({ length: 17 }, (_, j) => (this.athleteJoint(j, _delta) ? (_delta.project(this.camera), [_delta.x, _delta.y] as [number, number]) : null));
  }

  /**
   * Touch gestures. Off (default): one finger scrolls the page (the canvas never traps a swipe), two
   * fingers orbit and pinch-zoom. On: one finger orbits, two fingers pan/zoom. Mouse is unaffected.
   */
  setTouchRotate(on: boolean): void {
    this.touchRotate = on;
    this.applyTouchMode(this.controls);
  }

  /** Move the camera to a preset around the athlete; 'follow' then tracks the skeleton's centre. */
  setCameraPreset(preset: CameraPreset): void {
    this.preset = preset;
    this.framed = this.athlete.visible;
    this.athleteCentre(_centre);
    this.followTarget.copy(_centre);
    this.controls.target.copy(_centre);
    presetPosition(preset, this.floor.up, _centre, this.viewDistance(preset), this.camera.position, this.cameraAzimuth);
    this.camera.lookAt(_centre);
    this.controls.update();
    this.requestRender();
  }

  get cameraPreset(): CameraPreset {
    return this.preset;
  }

  /** Match the canvas to the container's size (CSS px). */
  resize(): void {
    const w = Math.max(1, this.container.clientWidth), h = Math.max(1, this.container.clientHeight);
    this.renderer.setSize(w, h, true);
    this.camera.aspect = w / h;
    this.camera.updateProjectionMatrix();
    this.requestRender();
  }

  /** Schedule one render on the next animation frame (coalesced). */
  requestRender(): void {
    if (this.disposed || this.rafId) return;
    this.rafId = requestAnimationFrame(this.onAnimationFrame);
  }

  private readonly onAnimationFrame = (): void => {
    this.rafId = 0;
    this.renderNow();
  };

  /** Render immediately (used by toPNG and tests). */
  renderNow(): void {
    if (this.disposed) return;
    this.labels.layout(this.camera);
    this.renderer.render(this.scene, this.camera);
    this.renders++;
  }

  /** PNG of the current view: render, then read the canvas in the same task (no preserveDrawingBuffer needed). */
  toPNG(): Promise<Blob> {
    this.renderNow();
    return new Promise((resolve, reject) => {
      this.renderer.domElement.toBlob((b) => (b ? resolve(b) : reject(new Error('could not encode the 3D view as PNG'))), 'image/png');
    });
  }

  /** Numbers for tests: renders so far and live GPU objects. */
  stats(): { renders: number; geometries: number; textures: number } {
    const m = this.renderer.info.memory;
    return { renders: this.renders, geometries: m.geometries, textures: m.textures };
  }

  /** Free every GPU resource and remove the canvas; the viewer is unusable afterwards. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    cancelAnimationFrame(this.rafId);
    this.resizeObserver?.disconnect();
    this.controls.dispose();
    this.athlete.dispose();
    this.ghost.dispose();
    this.others.forEach((m) => m.dispose());
    this.labels.dispose();
    this.floor.dispose();
    this.renderer.renderLists.dispose();
    this.renderer.dispose();
    this.renderer.forceContextLoss();
    this.renderer.domElement.remove();
  }

  private makeControls(): OrbitControls {
    const c = new OrbitControls(this.camera, this.renderer.domElement);
    c.enableDamping = false;
    c.minDistance = 0.5;
    c.maxDistance = 20;
    c.addEventListener('change', () => this.requestRender());
    this.applyTouchMode(c);
    return c;
  }

  private applyTouchMode(c: OrbitControls): void {
    // OrbitControls sets touch-action: none (every touch orbits); pan-y hands vertical swipes back to the page.
    c.touches = this.touchRotate ? { ONE: TOUCH.ROTATE, TWO: TOUCH.DOLLY_PAN } : { ONE: -1 as TOUCH, TWO: TOUCH.DOLLY_ROTATE };
    this.renderer.domElement.style.touchAction = this.touchRotate ? 'none' : 'pan-y';
  }

  /**
   * How far the preset stands from the athlete: VIEW_DISTANCE_M, or in people mode as far as needed
   * (up to MAX_PEOPLE_DISTANCE_M) for every other person's joints to be in view too — still aimed at
   * the athlete, who stays centred.
   */
  private viewDistance(preset: CameraPreset): number {
    const shown = this.others.filter((m) => m.visible);
    if (!shown.length) return VIEW_DISTANCE_M;
    for (let d = VIEW_DISTANCE_M; d < MAX_PEOPLE_DISTANCE_M; d += 0.4) {
      presetPosition(preset, this.floor.up, _centre, d, this.camera.position, this.cameraAzimuth);
      this.camera.lookAt(_centre);
      this.camera.updateMatrixWorld();
      const fits = shown.every((m) => {
        for (let j = 0; j < 17; j++) {
          if (!m.readJoint(j, _delta)) continue;
          _delta.project(this.camera);
          if (Math.abs(_delta.x) > 0.92 || Math.abs(_delta.y) > 0.92 || _delta.z > 1) return false;
        }
        return true;
      });
      if (fits) return d;
    }
    return MAX_PEOPLE_DISTANCE_M;
  }

  private readonly athleteJoint = (j: number, out: Vector3): boolean =>
    this.athlete.visible && this.athlete.readJoint(j, out);

  private athleteCentre(out: Vector3): Vector3 {
    if (this.athlete.visible) return this.athlete.center(out);
    return out.set(0, 0, 0);
  }

  private afterPoseChange(): void {
    if (this.athlete.visible && !this.framed) this.setCameraPreset(this.preset);
    if (this.athlete.visible) {
      this.athlete.center(_centre);
      this.floor.centreUnder(_centre);
      if (this.preset === 'follow') {
        _delta.subVectors(_centre, this.followTarget);
        this.followTarget.copy(_centre);
        this.camera.position.add(_delta);
        this.controls.target.add(_delta);
        this.controls.update();
      }
    }
    this.labels.update(this.currentLabels, this.athleteJoint);
    this.requestRender();
  }
}
