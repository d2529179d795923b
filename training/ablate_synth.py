"""Ablation of the parametric-exercise augmentation: two identical small models (RF 27, 128 ch)
trained for the same time in one process on batches with / without the synthetic exercise sets
(same cameras and noise seeds). Usage: ablate_synth.py --out runs/ablation --minutes 40"""
import argparse
import os
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(__file__))
from batch import make_batch  # noqa: E402
from data import Corpus  # noqa: E402
from model import TemporalModel  # noqa: E402
from train import mpjpe, weighted_root_loss  # noqa: E402


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--cache', default=os.path.join(os.path.dirname(__file__), 'cache'))
    p.add_argument('--out', required=True)
    p.add_argument('--minutes', type=float, default=40)
    p.add_argument('--threads', type=int, default=1)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    os.makedirs(a.out, exist_ok=True)
    corpora = {'synth': Corpus(a.cache, 'train', synth_share=0.3), 'nosynth': Corpus(a.cache, 'train', synthetic=False)}
    models = {k: TemporalModel(filter_widths=[3, 3, 3], channels=128, dropout=0.15) for k in corpora}
    opts = {k: torch.optim.AdamW(m.parameters(), lr=1e-3, weight_decay=1e-4, amsgrad=True) for k, m in models.items()}
    gens = {k: torch.Generator().manual_seed(3) for k in corpora}
    off, k_out = 13, 64
    start, step = time.time(), 0
    log = open(os.path.join(a.out, 'log.txt'), 'a')
    while (frac := (time.time() - start) / (a.minutes * 60)) < 1:
        lr = 1e-3 * 0.05 ** frac
        for k, m in models.items():
            x, pose, root, _ = make_batch(corpora[k], 32, 27 + k_out - 1, gens[k])
            for g in opts[k].param_groups:
                g['lr'] = lr
            m.set_bn_momentum(0.1 * 0.01 ** frac)
            pr, rr = m(x)
            loss = mpjpe(pr, pose[:, off:off + k_out]) + 0.1 * weighted_root_loss(rr, root[:, off:off + k_out])
            opts[k].zero_grad()
            loss.backward()
            opts[k].step()
        step += 1
        if step % 200 == 0:
            log.write(f'step {step} min {(time.time() - start) / 60:.1f} loss {loss.item():.4f}\n')
            log.flush()
    for k, m in models.items():
        torch.save({'state': m.state_dict(), 'filters': [3, 3, 3], 'channels': 128, 'causal': False, 'dropout': 0.15,
                    'step': step, 'minutes': a.minutes, 'args': {'ablation': k}}, os.path.join(a.out, f'{k}.pt'))
    print('done', step)


if __name__ == '__main__':
    main()
