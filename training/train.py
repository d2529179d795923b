"""Train a VideoPose3D-style lifter on random-camera projections of the mocap corpus.
Time-budgeted (--minutes): learning rate and BN momentum decay with elapsed time. Writes
checkpoints and a log to --out. Usage: see training/train.sh."""
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
from model import TemporalModel  # noqa: E402


def mpjpe(pred, target):
    return (pred - target).norm(dim=-1).mean()


def weighted_root_loss(pred, target):
    """VideoPose3D trajectory loss: root error weighted by 1/depth."""
    w = 1.0 / target[..., 2].abs().clamp(min=0.5)
    return (w * (pred - target).norm(dim=-1)).mean()


def parse():
    p = argparse.ArgumentParser()
    p.add_argument('--cache', default=os.path.join(os.path.dirname(__file__), 'cache'))
    p.add_argument('--out', required=True)
    p.add_argument('--filters', default='3,3,3,3')
    p.add_argument('--channels', type=int, default=256)
    p.add_argument('--causal', action='store_true')
    p.add_argument('--dropout', type=float, default=0.1)
    p.add_argument('--outputs', type=int, default=32, help='output frames per window')
    p.add_argument('--batch', type=int, default=64, help='windows per batch')
    p.add_argument('--minutes', type=float, default=60)
    p.add_argument('--max-steps', type=int, default=0)
    p.add_argument('--lr', type=float, default=2e-3)
    p.add_argument('--lr-final', type=float, default=5e-5)
    p.add_argument('--root-weight', type=float, default=0.1)
    p.add_argument('--synth-share', type=float, default=0.3)
    p.add_argument('--no-synth', action='store_true')
    p.add_argument('--threads', type=int, default=1)
    p.add_argument('--seed', type=int, default=1)
    p.add_argument('--baseline', action='store_true', help='also train a receptive-field-1 model on the same batches')
    p.add_argument('--person-norm', action='store_true', help='person-centric input normalisation inside the model')
    p.add_argument('--eval-every', type=float, default=180, help='seconds between test evaluations')
    return p.parse_args()


def build(args, filters):
    return TemporalModel(filter_widths=filters, causal=args.causal, dropout=args.dropout, channels=args.channels,
                         person_norm=args.person_norm)


def save(path, model, args, filters, step, elapsed, extra=None):
    torch.save({'state': model.state_dict(), 'filters': filters, 'channels': model.shrink.in_channels,
                'causal': model.causal, 'dropout': args.dropout, 'person_norm': model.person_norm, 'step': step, 'minutes': elapsed / 60,
                'args': vars(args), **(extra or {})}, path)


@torch.no_grad()
def evaluate(model, batches, off, k):
    model.eval()
    err, n = 0.0, 0
    for x, pose, _root in batches:
        p, _ = model(x)
        err += mpjpe(p[:, :k] if model.receptive_field > 1 else p[:, off:off + k], pose[:, off:off + k]).item() * x.shape[0]
        n += x.shape[0]
    model.train()
    return 1000 * err / n


def main():
    args = parse()
    torch.set_num_threads(args.threads)
    os.makedirs(args.out, exist_ok=True)
    filters = [int(v) for v in args.filters.split(',')]
    model = build(args, filters)
    rf = model.receptive_field
    off = model.pad[0] * 0 + sum(model.pad) + model.total_causal_shift
    k = args.outputs
    t = rf + k - 1
    models = {'main': model}
    if args.baseline:
        models['rf1'] = build(args, [1, 1, 1])
    opts = {n: torch.optim.AdamW(m.parameters(), lr=args.lr, weight_decay=1e-4) for n, m in models.items()}
    train = Corpus(args.cache, 'train', synth_share=args.synth_share, synthetic=not args.no_synth)
    test = Corpus(args.cache, 'test', synthetic=False)
    g_test = torch.Generator().manual_seed(12345)
    test_batches = [make_batch(test, 64, t, g_test, augment=False)[:3] for _ in range(8)]
    gen = torch.Generator().manual_seed(args.seed)
    log = open(os.path.join(args.out, 'log.jsonl'), 'a')
    start, step, last_eval, last_ckpt = time.time(), 0, 0.0, time.time()
    print(f'rf={rf} window={t} outputs={k} params={sum(p.numel() for p in model.parameters())}', flush=True)
    while True:
        elapsed = time.time() - start
        frac = min(elapsed / (args.minutes * 60), 1.0)
        if frac >= 1.0 or (args.max_steps and step >= args.max_steps):
            break
        lr = args.lr * (args.lr_final / args.lr) ** frac
        x, pose, root, _ = make_batch(train, args.batch, t, gen)
        losses = {}
        for name, m in models.items():
            for gr in opts[name].param_groups:
                gr['lr'] = lr
            m.set_bn_momentum(0.1 * (0.001 / 0.1) ** frac)
            if m.receptive_field == 1:
                p, r = m(x[:, off:off + k])
            else:
                p, r = m(x)
            loss_pose = mpjpe(p, pose[:, off:off + k])
            loss = loss_pose + args.root_weight * weighted_root_loss(r, root[:, off:off + k])
            opts[name].zero_grad()
            loss.backward()
            opts[name].step()
            losses[name] = round(1000 * loss_pose.item(), 1)
        step += 1
        if time.time() - last_eval > args.eval_every or step == 1:
            last_eval = time.time()
            rec = {'step': step, 'min': round(elapsed / 60, 2), 'lr': lr, 'train_mm': losses,
                   'test_mm': {n: round(evaluate(m, test_batches, off, k), 1) for n, m in models.items()},
                   'frames_per_s': round(step * args.batch * k / max(elapsed, 1e-6))}
            print(json.dumps(rec), flush=True)
            log.write(json.dumps(rec) + '\n')
            log.flush()
        if time.time() - last_ckpt > 300:
            last_ckpt = time.time()
            for name, m in models.items():
                save(os.path.join(args.out, f'{name}.pt'), m, args, m.filter_widths, step, elapsed)
    for name, m in models.items():
        save(os.path.join(args.out, f'{name}.pt'), m, args, m.filter_widths, step, time.time() - start)
    print('done', step, flush=True)


if __name__ == '__main__':
    main()
