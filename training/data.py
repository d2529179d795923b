"""Training pairs on the fly: mocap windows (training/cache, see tools/lifter/export-data.ts) → random virtual
phone cameras → detector-like noisy COCO-17 2D (+score) and camera-frame H36M-17 3D targets.
Camera frame for targets: x right, y up, z towards the viewer (metres)."""
import json
import math
import os

import numpy as np
import torch
import torch.nn.functional as F

from skeleton import (BONE_GROUPS, COCO_ATTACH, COCO_FACE, COCO_MIRROR, COCO_NOISE, H36M_MIRROR,
                      H36M_PARENTS, LIMB_SWAPS)

MIN_SCORE = 0.2
STRIDES = torch.tensor([2, 3, 4, 5, 6])          # 120 fps source → 60/40/30/24/20 fps
STRIDE_P = torch.tensor([0.1, 0.25, 0.4, 0.2, 0.05])


class Corpus:
    """Clips of one split; windows are drawn with real clips ∝ frames and synthetic sets sharing
    `synth_share` of the draws."""

    def __init__(self, cache_dir, split, synth_share=0.3, synthetic=True, real=True, kinds=None):
        index = json.load(open(os.path.join(cache_dir, 'index.json')))
        h36m = np.fromfile(os.path.join(cache_dir, 'h36m.f32'), dtype=np.float32).reshape(-1, 17, 3)
        coco = np.fromfile(os.path.join(cache_dir, 'coco3d.f32'), dtype=np.float32).reshape(-1, 17, 3)
        keep = [c for c in index['clips'] if c['split'] == split
                and ((c['synthetic'] and synthetic and (kinds is None or c['synthetic'] in kinds)) or (not c['synthetic'] and real))]
        assert keep, f'no clips for split={split}'
        self.clips = keep
        self.h36m, self.coco = torch.from_numpy(h36m), torch.from_numpy(coco)
        self.start = torch.tensor([c['offset'] for c in keep])
        self.length = torch.tensor([c['frames'] for c in keep])
        syn = torch.tensor([bool(c['synthetic']) for c in keep])
        w = self.length.double()
        if syn.any() and (~syn).any():
            w = torch.where(syn, w / w[syn].sum() * synth_share, w / w[~syn].sum() * (1 - synth_share))
        self.weights = w

    def windows(self, b, t, gen):
        """b windows of t frames (edge-clamped), centre-aligned; returns world h36m, coco3d [b,t,17,3]."""
        ci = torch.multinomial(self.weights, b, replacement=True, generator=gen)
        stride = STRIDES[torch.multinomial(STRIDE_P, b, replacement=True, generator=gen)]
        length = self.length[ci]
        centre = (torch.rand(b, generator=gen) * length).long()
        idx = centre[:, None] + stride[:, None] * (torch.arange(t)[None] - t // 2)
        idx = torch.minimum(idx.clamp(min=0), length[:, None] - 1) + self.start[ci][:, None]
        return self.h36m[idx], self.coco[idx]


def _u(gen, shape, a, b):
    return a + (b - a) * torch.rand(shape, generator=gen)


def scale_bones(h, c, gen):
    """Random global and per-bone-group length scaling (mirrored L/R), propagated to COCO points."""
    b = h.shape[0]
    s = torch.ones(b, 17)
    for joints in BONE_GROUPS.values():
        s[:, joints] = torch.exp(0.06 * torch.randn(b, 1, generator=gen))
    s = s * torch.exp(0.07 * torch.randn(b, 1, generator=gen))
    new = h.clone()
    for j in range(1, 17):
        p = H36M_PARENTS[j]
        new[:, :, j] = new[:, :, p] + s[:, None, j, None] * (h[:, :, j] - h[:, :, p])
    delta = new - h
    c2 = c + delta[:, :, COCO_ATTACH]
    neck = 9
    c2[:, :, COCO_FACE] = new[:, :, neck:neck + 1] + s[:, None, None, 10:11] * (c[:, :, COCO_FACE] - h[:, :, neck:neck + 1])
    return new, c2


def mirror(h, c, gen):
    m = torch.rand(h.shape[0], generator=gen) < 0.5
    h, c = h.clone(), c.clone()
    h[m] = h[m][:, :, H36M_MIRROR]
    c[m] = c[m][:, :, COCO_MIRROR]
    h[m, :, :, 0] *= -1
    c[m, :, :, 0] *= -1
    return h, c


def random_cameras(centre, gen):
    """Phone cameras around the person: yaw all round, 2–8 m, height 0.2–2.4 m (below knee to
    above head), 35mm-equivalent focal 20–55 mm, portrait or landscape. Returns R [b,3,3]
    (world→OpenCV camera rows right/down/forward), position [b,3], f, cx, cy, w, h [b]."""
    b = centre.shape[0]
    az = _u(gen, b, 0, 2 * math.pi)
    dist = torch.exp(_u(gen, b, math.log(2), math.log(8)))
    target = centre.clone()
    target[:, 0] += _u(gen, b, -0.3, 0.3)
    target[:, 2] += _u(gen, b, -0.3, 0.3)
    target[:, 1] = _u(gen, b, 0.4, 1.3)
    pos = torch.stack([target[:, 0] + dist * torch.sin(az), _u(gen, b, 0.2, 2.4), target[:, 2] + dist * torch.cos(az)], 1)
    fwd = F.normalize(target - pos, dim=1)
    up = torch.tensor([0.0, 1.0, 0.0]).expand(b, 3)
    right = F.normalize(torch.cross(fwd, up, dim=1), dim=1)
    down = torch.cross(fwd, right, dim=1)
    roll = math.radians(3) * torch.randn(b, generator=gen)
    cr, sr = torch.cos(roll)[:, None], torch.sin(roll)[:, None]
    right, down = cr * right + sr * down, -sr * right + cr * down
    rot = torch.stack([right, down, fwd], 1)
    portrait = torch.rand(b, generator=gen) < 0.5
    w = torch.where(portrait, 1080.0, 1920.0)
    hgt = torch.where(portrait, 1920.0, 1080.0)
    f_eq = torch.exp(_u(gen, b, math.log(20), math.log(55)))
    f = f_eq / 43.27 * torch.sqrt(w ** 2 + hgt ** 2)
    cx = w / 2 + 0.02 * w * torch.randn(b, generator=gen)
    cy = hgt / 2 + 0.02 * hgt * torch.randn(b, generator=gen)
    crop = torch.rand(b, generator=gen) < 0.12
    cy = torch.where(crop, cy + _u(gen, b, -0.35, 0.35) * hgt, cy)
    return dict(R=rot, pos=pos, f=f, cx=cx, cy=cy, w=w, h=hgt, az=az)


def to_camera(x, cam):
    """World points [b,t,17,3] → OpenCV camera coordinates (x right, y down, z forward)."""
    return torch.einsum('bij,btkj->btki', cam['R'], x - cam['pos'][:, None, None])


def project(xc, cam):
    z = xc[..., 2].clamp(min=0.05)
    u = cam['f'][:, None, None] * xc[..., 0] / z + cam['cx'][:, None, None]
    v = cam['f'][:, None, None] * xc[..., 1] / z + cam['cy'][:, None, None]
    return torch.stack([u, v], -1)
