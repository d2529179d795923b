"""One training/eval batch: windows → augmentation → cameras → noisy normalised 2D + 3D targets."""
import torch

from data import mirror, project, random_cameras, scale_bones, to_camera
from noise import corrupt, normalise


def make_batch(corpus, b, t, gen, augment=True, noisy=True):
    h, c = corpus.windows(b, t, gen)
    if augment:
        h, c = scale_bones(h, c, gen)
        h, c = mirror(h, c, gen)
    cam = random_cameras(h[:, t // 2, 0], gen)
    hc, cc = to_camera(h, cam), to_camera(c, cam)
    uv = project(cc, cam)
    if noisy:
        kp, score = corrupt(uv, cc[..., 2] > 0.1, cam, gen)
    else:
        w, hh = cam['w'][:, None, None], cam['h'][:, None, None]
        inside = (uv[..., 0] >= 0) & (uv[..., 0] <= w) & (uv[..., 1] >= 0) & (uv[..., 1] <= hh) & (cc[..., 2] > 0.1)
        kp, score = uv, inside.float()
    x = normalise(kp, score, cam)
    # OpenCV camera (y down, z forward) → output axes (x right, y up, z towards the viewer)
    flip = torch.tensor([1.0, -1.0, -1.0])
    hc = hc * flip
    root = hc[:, :, 0]
    pose = hc - root[:, :, None]
    return x, pose, root, cam
