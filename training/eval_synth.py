"""MPJPE of checkpoints on the held-out subjects' parametric exercise sets and real clips, by
exercise kind (random cameras + training-style noise, fixed seed). Used for the augmentation
ablation. Usage: eval_synth.py runs/ablation/synth.pt runs/ablation/nosynth.pt"""
import json
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(__file__))
from batch import make_batch  # noqa: E402
from data import Corpus  # noqa: E402
from export_onnx import load  # noqa: E402

KINDS = ['deadlift', 'sumo_deadlift', 'romanian_deadlift', 'good_morning', 'squat', 'split_squat']


@torch.no_grad()
def score(m, corpus, n=8, k=32):
    g = torch.Generator().manual_seed(99)
    rf = m.receptive_field
    off = sum(m.pad) + m.total_causal_shift
    errs = []
    for _ in range(n):
        x, pose, _root, _ = make_batch(corpus, 64, rf + k - 1, g, augment=False)
        p, _ = m(x)
        errs.append((p - pose[:, off:off + k]).norm(dim=-1).mean().item())
    return round(1000 * sum(errs) / len(errs), 1)


def main():
    torch.set_num_threads(1)
    cache = os.path.join(os.path.dirname(__file__), 'cache')
    sets = {kind: Corpus(cache, 'test', real=False, kinds=[kind]) for kind in KINDS}
    sets['real_test_subjects'] = Corpus(cache, 'test', synthetic=False)
    out = {}
    for path in sys.argv[1:]:
        m, _ = load(path)
        out[os.path.basename(path)] = {name: score(m, c) for name, c in sets.items()}
    print(json.dumps(out, indent=1))


if __name__ == '__main__':
    main()
