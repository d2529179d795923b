/** Camera errors: classify what getUserMedia threw, and say what to do in human words. */
import type { CameraErrorKind } from '../shared/types';

/** Maps a getUserMedia rejection (DOMException name per the Media Capture spec) to a kind. */
export function cameraErrorKind(err: unknown): CameraErrorKind {
  const name = typeof err === 'object' && err !== null && 'name' in err ? String((err as { name: unknown }).name) : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
      return 'absent';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'in-use';
    case 'OverconstrainedError':
    case 'ConstraintNotSatisfiedError':
      return 'overconstrained';
    case 'SecurityError':
      return 'insecure';
    case 'TypeError':
      return 'unsupported';
    default:
      return 'unknown';
  }
}

export interface CameraMessage {
  title: string;
  /** What the athlete can do next. */
  action: string;
}

const MESSAGES: Record<CameraErrorKind, CameraMessage> = {
  denied: {
    title: 'Camera access was blocked',
    action: 'Allow the camera for this site (the camera icon in the address bar), then press Start again. Nothing leaves your device.',
  },
  absent: {
    title: 'No camera found',
    action: 'Plug in or enable a camera and press Start again — or upload a video of your set instead.',
  },
  'in-use': {
    title: 'The camera is busy',
    action: 'Another app or tab is using it. Close video calls or other camera apps, then press Start again.',
  },
  overconstrained: {
    title: 'This camera cannot do the requested mode',
    action: 'Pick another camera from the list, or press Start again to use its default resolution.',
  },
  insecure: {
    title: 'The camera needs a secure page',
    action: 'Open the app over https:// (or on localhost); browsers only allow cameras there.',
  },
  unsupported: {
    title: 'This browser cannot use a camera here',
    action: 'Try a current Chrome, Edge, Firefox or Safari — or upload a recorded video instead.',
  },
  unknown: {
    title: 'The camera could not start',
    action: 'Reload the page and try again; if it keeps failing, record the set with your phone camera and upload it.',
  },
};

export function cameraErrorMessage(kind: CameraErrorKind): CameraMessage {
  return MESSAGES[kind];
}

export const CAMERA_ERROR_KINDS = Object.keys(MESSAGES) as CameraErrorKind[];
