/** Where the lifter tools read and write: the Python trainer's folder and the shipped models. */
import path from 'node:path';
import { repoRoot } from '../../scripts/lib/video-fixtures';

/** `training/`: the Python trainer, its split.json, its export cache and metrics.json. */
export const trainingDir = path.join(repoRoot, 'training');
/** The shipped lifter models (manifest.json + ONNX + metadata JSON). */
export const lifterModelDir = path.join(repoRoot, 'public/models/lifter');
