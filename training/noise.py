"""Detector-like 2D corruption of projected COCO keypoints (pixels): jitter ∝ person size
(temporally correlated), per-joint confidence, dropped joints (score 0), out-of-frame joints,
left/right swaps, garbage bursts and missing frames; then VideoPose3D screen normalisation."""
import torch
import torch.nn.functional as F

from data import MIN_SCORE, _u
from skeleton import COCO_NOISE, LIMB_SWAPS


def _bursts(gen, b, t, p_window, max_len):
    """[b,t] bool: in a fraction p_window of windows, one burst of 1..max_len frames."""
    on = torch.rand(b, generator=gen) < p_window
    start = (torch.rand(b, generator=gen) * t).long()
    length = 1 + (torch.rand(b, generator=gen) * max_len).long()
    ar = torch.arange(t)[None]
    return on[:, None] & (ar >= start[:, None]) & (ar < (start + length)[:, None])


def corrupt(uv, in_front, cam, gen):
    b, t, j, _ = uv.shape
    lo, hi = uv.min(2).values, uv.max(2).values
    size = (hi - lo).max(-1).values.clamp(min=20)[..., None, None]           # [b,t,1,1] px
    sigma = torch.exp(_u(gen, (b, 1, 1, 1), -6.2, -3.4))                    # 0.2%–3.3% of size
    base = _u(gen, (b, 1, j), 0.3, 1.0)
    flicker = _u(gen, (b, 1, 1), 0.02, 0.2)
    score = (base + flicker * torch.randn(b, t, j, generator=gen)).clamp(0.05, 1.0)
    # some windows carry no confidence information (all visible joints at one level)
    flat = torch.rand(b, 1, 1, generator=gen) < 0.1
    score = torch.where(flat, _u(gen, (b, 1, 1), 0.6, 1.0).expand(b, t, j), score)
    white = torch.randn(b, t, j, 2, generator=gen)
    smooth = F.avg_pool1d(torch.randn(b * j * 2, 1, t + 6, generator=gen), 7, 1).reshape(b, j, 2, t).permute(0, 3, 1, 2) * 2.6
    mult = torch.tensor(COCO_NOISE)[None, None, :, None]
    kp = uv + sigma * size * mult * (2.2 - score[..., None]) * (0.5 * white + 0.8 * smooth)
    # dropped joints, in short bursts
    p_drop = _u(gen, (b, 1, 1), 0.0, 0.025)
    drop = torch.rand(b, t, j, generator=gen) < p_drop
    drop = F.max_pool1d(drop.permute(0, 2, 1).float(), 5, 1, 2).permute(0, 2, 1) > 0
    kp = kp + drop[..., None] * 0.15 * size * torch.randn(b, t, j, 2, generator=gen)
    score = torch.where(drop, torch.zeros_like(score), score)
    # left/right swaps
    sw = _bursts(gen, b, t, 0.1, 8)
    groups = list(LIMB_SWAPS.values())
    gi = (torch.rand(b, generator=gen) * len(groups)).long()
    for k, pairs in enumerate(groups):
        m = (sw & (gi == k)[:, None])[..., None, None]
        perm = list(range(j))
        for l, r in pairs:
            perm[l], perm[r] = r, l
        kp = torch.where(m, kp[:, :, perm], kp)
    # garbage bursts
    gb = _bursts(gen, b, t, 0.06, 5)[..., None] & (torch.rand(b, 1, j, generator=gen) < 0.5)
    kp = kp + gb[..., None] * _u(gen, (b, t, j, 2), -0.4, 0.4) * size
    score = torch.where(gb, _u(gen, (b, t, j), 0.2, 0.7), score)
    # outside the frame or behind the camera: unseen
    w, h = cam['w'][:, None, None], cam['h'][:, None, None]
    out = (kp[..., 0] < 0) | (kp[..., 0] > w) | (kp[..., 1] < 0) | (kp[..., 1] > h) | ~in_front
    score = torch.where(out, torch.zeros_like(score), score)
    kp = torch.stack([kp[..., 0].clamp(min=0) .minimum(w), kp[..., 1].clamp(min=0).minimum(h)], -1)
    # missing frames (no person): score 0 everywhere, coordinates held from the frame before
    miss = _bursts(gen, b, t, 0.04, 12)
    first = miss.float().argmax(1).clamp(min=1) - 1
    held = kp[torch.arange(b), first][:, None]
    kp = torch.where(miss[..., None, None], held, kp)
    score = torch.where(miss[..., None], torch.zeros_like(score), score)
    score = torch.where(score < MIN_SCORE, torch.zeros_like(score), score)
    return kp, score


def normalise(kp, score, cam):
    """VideoPose3D normalize_screen_coordinates: x' = x/w*2-1, y' = y/w*2-h/w; + score channel."""
    w, h = cam['w'][:, None, None], cam['h'][:, None, None]
    x = kp[..., 0] / w * 2 - 1
    y = kp[..., 1] / w * 2 - h / w
    return torch.stack([x, y, score], -1)
