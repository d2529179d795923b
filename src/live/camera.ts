/** Webcam access: list cameras, open one (getUserMedia), release it. Errors are rethrown as the browser gave them (classify with `cameraErrorKind`). */

export interface CameraDevice { deviceId: string; label: string }

/** Video inputs; labels stay empty until the user has granted camera access once. */
export async function listCameras(): Promise<CameraDevice[]> {
  if (!navigator.mediaDevices?.enumerateDevices) return [];
  const all = await navigator.mediaDevices.enumerateDevices();
  return all.filter((d) => d.kind === 'videoinput' && d.deviceId).map((d) => ({ deviceId: d.deviceId, label: d.label }));
}

/** Opens a camera (the chosen one exactly, else the default), 640×480-ish at up to 30 fps, no audio. */
export async function openCamera(deviceId: string | null): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) {
    // Same kind of failure the browser reports on insecure pages (no mediaDevices at all).
    throw Object.assign(new Error('navigator.mediaDevices is not available'), { name: window.isSecureContext ? 'TypeError' : 'SecurityError' });
  }
  const video: MediaTrackConstraints = { width: { ideal: 640 }, height: { ideal: 480 }, frameRate: { ideal: 30 } };
  if (deviceId) video.deviceId = { exact: deviceId };
  return navigator.mediaDevices.getUserMedia({ video, audio: false });
}

/** Stops every track so the camera light goes off. */
export function releaseStream(stream: MediaStream | null): void {
  stream?.getTracks().forEach((t) => t.stop());
}
