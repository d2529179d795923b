"""Train the gravity (up-vector) head on a frozen, shipped lifter (warm start from its ONNX; the
pose weights are not touched). Time-budgeted; the trunk runs without gradients, so each step costs
one trunk forward + the small head. Usage:
  nice -n 15 /usr/bin/python3 training/train_up.py --model vp3d-rf27 --out training/runs/up27 --minutes 40 --threads 2"""
import argparse
import json
import math
import os
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(__file__))
from batch import make_batch  # noqa: E402
from data import Corpus  # noqa: E402
from onnx_weights import load_lifter_onnx  # noqa: E402
from up_head import UpHead, camera_up, trunk_features, up_nll  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def parse():
    p = argparse.ArgumentParser()
    p.add_argument('--model', default='vp3d-rf27', help='shipped lifter id in public/models/lifter')
    p.add_argument('--models-dir', default=os.path.join(HERE, '..', 'public', 'models', 'lifter'))
    p.add_argument('--cache', default=os.path.join(HERE, 'cache'))
    p.add_argument('--out', required=True)
    p.add_argument('--hidden', type=int, default=128)
    p.add_argument('--batch', type=int, default=128, help='windows per step (one camera each)')
    p.add_argument('--outputs', type=int, default=8, help='output frames per window')
    p.add_argument('--minutes', type=float, default=30)
    p.add_argument('--max-steps', type=int, default=0)
    p.add_argument('--lr', type=float, default=2e-3)
    p.add_argument('--lr-final', type=float, default=5e-5)
    p.add_argument('--threads', type=int, default=1)
    p.add_argument('--seed', type=int, default=3)
    p.add_argument('--eval-every', type=float, default=120)
    return p.parse_args()


@torch.no_grad()
def evaluate(lifter, head, batches):
    head.eval()
    errs = []
    for feats, target in batches:
        up, _ = head(feats)
        errs.append(torch.rad2deg(torch.atan2(torch.cross(up, target[:, None].expand_as(up), dim=-1).norm(dim=-1),
                                              (up * target[:, None]).sum(-1))).flatten())
    head.train()
    e = torch.cat(errs)
    return round(e.median().item(), 2), round(e.quantile(0.95).item(), 2)


def main():
    a = parse()
    torch.set_num_threads(a.threads)
    os.makedirs(a.out, exist_ok=True)
    meta = json.load(open(os.path.join(a.models_dir, f'{a.model}.json')))
    lifter = load_lifter_onnx(os.path.join(a.models_dir, f'{a.model}.onnx'), meta)
    for p in lifter.parameters():
        p.requires_grad_(False)
    head = UpHead(meta['channels'], a.hidden)
    opt = torch.optim.AdamW(head.parameters(), lr=a.lr, weight_decay=1e-4)
    rf, k = lifter.receptive_field, a.outputs
    t = rf + k - 1
    train = Corpus(a.cache, 'train')
    test = Corpus(a.cache, 'test', synthetic=False)
    g_test = torch.Generator().manual_seed(12345)
    test_batches = []
    with torch.no_grad():
        for _ in range(8):
            x, _, _, cam = make_batch(test, 128, t, g_test, augment=False)
            test_batches.append((trunk_features(lifter, x), camera_up(cam)))
    gen = torch.Generator().manual_seed(a.seed)
    log = open(os.path.join(a.out, 'log.jsonl'), 'a')
    start, step, last_eval, t_batch, t_trunk = time.time(), 0, 0.0, 0.0, 0.0
    while True:
        elapsed = time.time() - start
        frac = min(elapsed / (a.minutes * 60), 1.0)
        if frac >= 1.0 or (a.max_steps and step >= a.max_steps):
            break
        for g in opt.param_groups:
            g['lr'] = a.lr * (a.lr_final / a.lr) ** frac
        t0 = time.time()
        x, _, _, cam = make_batch(train, a.batch, t, gen)
        t1 = time.time()
        with torch.no_grad():
            feats = trunk_features(lifter, x)
        t2 = time.time()
        t_batch += t1 - t0
        t_trunk += t2 - t1
        up, log_sigma = head(feats)
        target = camera_up(cam)[:, None].expand_as(up)
        loss, th = up_nll(up, log_sigma, target)
        opt.zero_grad()
        loss.backward()
        opt.step()
        step += 1
        if time.time() - last_eval > a.eval_every or step == 1:
            last_eval = time.time()
            med, p95 = evaluate(lifter, head, test_batches)
            rec = {'step': step, 'min': round(elapsed / 60, 2), 'loss': round(loss.item(), 3),
                   'train_deg_median': round(math.degrees(th.median().item()), 2), 'test_deg': {'median': med, 'p95': p95},
                   'sigma_deg_median': round(math.degrees(log_sigma.exp().median().item()), 2),
                   'windows_per_s': round(step * a.batch / max(elapsed, 1e-6), 1),
                   'output_frames_per_s': round(step * a.batch * k / max(elapsed, 1e-6)),
                   'share_batch': round(t_batch / max(elapsed, 1e-6), 2), 'share_trunk': round(t_trunk / max(elapsed, 1e-6), 2)}
            print(json.dumps(rec), flush=True)
            log.write(json.dumps(rec) + '\n')
            log.flush()
            torch.save({'head': head.state_dict(), 'hidden': a.hidden, 'model': a.model, 'step': step, 'minutes': elapsed / 60, 'args': vars(a)},
                       os.path.join(a.out, 'up.pt'))
    torch.save({'head': head.state_dict(), 'hidden': a.hidden, 'model': a.model, 'step': step, 'minutes': (time.time() - start) / 60, 'args': vars(a)},
               os.path.join(a.out, 'up.pt'))
    print('done', step, flush=True)


if __name__ == '__main__':
    main()
