"""Gravity head on a frozen lifter: from the lifter trunk's per-frame features (receptive field of
the 2D window), predict the world's up direction in the lifter's camera axes (x right, y up = image
up, z towards the viewer; a unit vector: camera pitch and roll) and its angular uncertainty.
Loss: negative log-likelihood of the angle θ between prediction and truth under an isotropic 2D
Gaussian on the tangent plane of the sphere (θ²/2σ² + 2 ln σ; Kendall & Gal, NeurIPS 2017,
"What uncertainties do we need...", heteroscedastic regression)."""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

from model import TemporalModel

SIGMA_MIN_DEG, SIGMA_MAX_DEG = 0.5, 60.0


def trunk_features(m: TemporalModel, x):
    """TemporalModel.forward up to the last residual block: [B, C, T-RF+1]."""
    b, t = x.shape[0], x.shape[1]
    x = m.normalise_person(x) if m.person_norm else x.reshape(b, t, -1)
    x = x.permute(0, 2, 1)
    x = m.drop(m.relu(m.expand_bn(m.expand_conv(x))))
    for i in range(len(m.pad) - 1):
        pad, shift = m.pad[i + 1], m.causal_shift[i + 1]
        res = x[:, :, pad + shift: x.shape[2] - pad + shift]
        x = m.drop(m.relu(m.layers_bn[2 * i](m.layers_conv[2 * i](x))))
        x = res + m.drop(m.relu(m.layers_bn[2 * i + 1](m.layers_conv[2 * i + 1](x))))
    return x


class UpHead(nn.Module):
    """Two 1×1 convs: features → (up vector, ln σ). σ in radians, clamped to [0.5°, 60°]."""

    def __init__(self, channels, hidden=128):
        super().__init__()
        self.hidden = hidden
        self.net = nn.Sequential(nn.Conv1d(channels, hidden, 1), nn.ReLU(), nn.Conv1d(hidden, hidden, 1), nn.ReLU(),
                                 nn.Conv1d(hidden, 4, 1))
        with torch.no_grad():   # start at "camera level, up = image up" with a wide σ
            self.net[-1].weight.mul_(0.1)
            self.net[-1].bias.copy_(torch.tensor([0.0, 1.0, 0.0, math.log(math.radians(20))]))

    def forward(self, feats):
        o = self.net(feats).permute(0, 2, 1)              # [B, T, 4]
        up = F.normalize(o[..., :3], dim=-1)
        log_sigma = o[..., 3].clamp(math.log(math.radians(SIGMA_MIN_DEG)), math.log(math.radians(SIGMA_MAX_DEG)))
        return up, log_sigma


class GravityLifter(nn.Module):
    """The shipped lifter's outputs unchanged (pose3d, root) plus up [B, T, 3] and upSigmaDeg [B, T]."""

    def __init__(self, lifter: TemporalModel, head: UpHead):
        super().__init__()
        self.lifter, self.head = lifter, head

    def forward(self, x):
        m = self.lifter
        feats = trunk_features(m, x)
        b = x.shape[0]
        pose = m.shrink(feats).permute(0, 2, 1)
        pose = pose.reshape(b, pose.shape[1], m.joints_out, 3)
        pose = pose - pose[:, :, :1]
        root = m.root_head(feats).permute(0, 2, 1)
        up, log_sigma = self.head(feats)
        return pose, root, up, torch.exp(log_sigma) * (180.0 / math.pi)


def angle(a, b):
    """Angle (radians) between unit vectors [..., 3], stable near 0 and π."""
    return torch.atan2(torch.cross(a, b, dim=-1).norm(dim=-1), (a * b).sum(-1))


def up_nll(up, log_sigma, target):
    th = angle(up, target)
    return (0.5 * th ** 2 * torch.exp(-2 * log_sigma) + 2 * log_sigma).mean(), th


def camera_up(cam):
    """World up (+y) in the lifter's output axes for the cameras of make_batch: R's middle column
    (OpenCV camera axes), y and z negated → [b, 3] unit vectors."""
    return cam['R'][:, :, 1] * torch.tensor([1.0, -1.0, -1.0])
