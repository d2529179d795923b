"""VideoPose3D temporal convolutional lifter (Pavllo et al., CVPR 2019, "3D human pose estimation
in video with temporal convolutions and semi-supervised training"), common/model.py TemporalModel:
expand conv, residual blocks of dilated conv + 1x1 conv with BN/ReLU/dropout, optional causal
shift; here with a second 1x1 head for the root trajectory. Input [B, T, 17, C_in] (normalised
screen x, y, score); outputs pose [B, T-RF+1, 17, 3] (root-relative, pelvis exactly 0) and root
[B, T-RF+1, 3]."""
import torch
import torch.nn as nn


def receptive_field(filter_widths):
    """Receptive field in frames: 1 + sum (w-1) * dilation, dilation = product of previous widths."""
    rf, dil = 1, 1
    for w in filter_widths:
        rf += (w - 1) * dil
        dil *= w
    return rf


class TemporalModel(nn.Module):
    def __init__(self, joints_in=17, in_features=3, joints_out=17, filter_widths=(3, 3, 3, 3),
                 causal=False, dropout=0.25, channels=256, person_norm=False):
        super().__init__()
        self.person_norm = person_norm
        for w in filter_widths:
            assert w % 2 == 1, 'only odd filter widths are supported'
        self.joints_out = joints_out
        self.filter_widths = list(filter_widths)
        self.causal = causal
        self.drop = nn.Dropout(dropout)
        self.relu = nn.ReLU(inplace=True)
        extra = 3 if person_norm else 0
        self.expand_conv = nn.Conv1d(joints_in * in_features + extra, channels, filter_widths[0], bias=False)
        self.expand_bn = nn.BatchNorm1d(channels, momentum=0.1)
        self.pad = [filter_widths[0] // 2]
        self.causal_shift = [filter_widths[0] // 2 if causal else 0]
        convs, bns = [], []
        dil = filter_widths[0]
        for w in filter_widths[1:]:
            self.pad.append((w - 1) * dil // 2)
            self.causal_shift.append((w // 2) * dil if causal else 0)
            convs += [nn.Conv1d(channels, channels, w, dilation=dil, bias=False), nn.Conv1d(channels, channels, 1, bias=False)]
            bns += [nn.BatchNorm1d(channels, momentum=0.1), nn.BatchNorm1d(channels, momentum=0.1)]
            dil *= w
        self.layers_conv = nn.ModuleList(convs)
        self.layers_bn = nn.ModuleList(bns)
        self.shrink = nn.Conv1d(channels, joints_out * 3, 1)
        self.root_head = nn.Conv1d(channels, 3, 1)

    @property
    def receptive_field(self):
        return 1 + 2 * sum(self.pad)

    @property
    def total_causal_shift(self):
        return sum(self.causal_shift)

    def set_bn_momentum(self, m):
        self.expand_bn.momentum = m
        for bn in self.layers_bn:
            bn.momentum = m

    @staticmethod
    def normalise_person(x):
        """Per-frame person-centric features: joints relative to the score-weighted centre, divided
        by the score-weighted RMS spread (floored at 0.02 screen units), plus (centre x, centre y, log
        spread) so absolute position and size stay available (root trajectory). Unseen joints (score 0)
        get zero coordinates; frames without scores fall back to uniform weights."""
        xy, s = x[..., :2], x[..., 2:3]
        total = s.sum(2, keepdim=True)
        w = torch.where(total > 1e-6, s / total.clamp(min=1e-6), torch.full_like(s, 1.0 / x.shape[2]))
        c = (w * xy).sum(2, keepdim=True)
        d = xy - c
        spread = torch.sqrt((w * (d * d).sum(-1, keepdim=True)).sum(2, keepdim=True)).clamp(min=0.02)
        seen = (s > 0).to(x.dtype)
        rel = torch.cat([(d / spread).clamp(-6.0, 6.0) * seen, s], -1).reshape(x.shape[0], x.shape[1], -1)
        return torch.cat([rel, c[:, :, 0], torch.log(spread[:, :, 0])], -1)

    def forward(self, x):
        b, t = x.shape[0], x.shape[1]
        x = self.normalise_person(x) if self.person_norm else x.reshape(b, t, -1)
        x = x.permute(0, 2, 1)
        x = self.drop(self.relu(self.expand_bn(self.expand_conv(x))))
        for i in range(len(self.pad) - 1):
            pad, shift = self.pad[i + 1], self.causal_shift[i + 1]
            res = x[:, :, pad + shift: x.shape[2] - pad + shift]
            x = self.drop(self.relu(self.layers_bn[2 * i](self.layers_conv[2 * i](x))))
            x = res + self.drop(self.relu(self.layers_bn[2 * i + 1](self.layers_conv[2 * i + 1](x))))
        pose = self.shrink(x).permute(0, 2, 1)
        pose = pose.reshape(b, pose.shape[1], self.joints_out, 3)
        pose = pose - pose[:, :, :1]
        root = self.root_head(x).permute(0, 2, 1)
        return pose, root
