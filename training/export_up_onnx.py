"""Export the shipped lifter + the trained gravity head as one ONNX (opset 13, dynamic batch/frames):
outputs pose3d and root exactly as the base model (same weights, parity-checked here), plus
up [batch, outFrames, 3] (unit world-up in camera axes) and upSigmaDeg [batch, outFrames].
Writes <id>.onnx, <id>.json (coach-lifter/1 metadata, docs/lifter.md, + outputs.up) and training/fixtures/<id>.parity.json.
Usage: export_up_onnx.py --base vp3d-rf27 --head training/runs/up27/up.pt --id vp3d-rf27-up"""
import argparse
import copy
import datetime
import json
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(__file__))
from onnx_weights import load_lifter_onnx  # noqa: E402
from up_head import GravityLifter, UpHead  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
MODELS = os.path.join(HERE, '..', 'public', 'models', 'lifter')


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--base', default='vp3d-rf27')
    p.add_argument('--head', required=True)
    p.add_argument('--id', default='vp3d-rf27-up')
    p.add_argument('--metrics', default=None, help='JSON with up-vector eval numbers to embed')
    a = p.parse_args()
    meta = json.load(open(os.path.join(MODELS, f'{a.base}.json')))
    lifter = load_lifter_onnx(os.path.join(MODELS, f'{a.base}.onnx'), meta)
    ck = torch.load(a.head, map_location='cpu')
    head = UpHead(meta['channels'], ck['hidden'])
    head.load_state_dict(ck['head'])
    model = GravityLifter(lifter, head).eval()
    base_fx = json.load(open(os.path.join(HERE, 'fixtures', f'{a.base}.parity.json')))
    x = torch.tensor(base_fx['input']).reshape(1, base_fx['frames'], 17, 3)
    with torch.no_grad():
        pose, root, up, sig = model(x)
    diff = (pose.flatten() - torch.tensor(base_fx['pose3d'])).abs().max().item()
    assert diff < 1e-5, f'pose differs from {a.base} by {diff} m'
    onnx_path = os.path.join(MODELS, f'{a.id}.onnx')
    dummy = torch.zeros(1, lifter.receptive_field + 4, 17, 3)
    out_axes = {0: 'batch', 1: 'outFrames'}
    torch.onnx.export(model, dummy, onnx_path, opset_version=13, input_names=['keypoints2d'],
                      output_names=['pose3d', 'root', 'up', 'upSigmaDeg'],
                      dynamic_axes={'keypoints2d': {0: 'batch', 1: 'frames'}, 'pose3d': out_axes, 'root': out_axes, 'up': out_axes, 'upSigmaDeg': out_axes})
    m = copy.deepcopy(meta)
    m['id'] = a.id
    m['outputs']['up'] = {'name': 'up', 'shape': ['batch', 'frames-receptiveField+1', 3],
                          'units': 'unit vector: the world up direction (against gravity) in the camera axes of pose3d; camera pitch and roll'}
    m['outputs']['upSigmaDeg'] = {'name': 'upSigmaDeg', 'shape': ['batch', 'frames-receptiveField+1'],
                                  'units': 'degrees: predicted 1-sigma angular error of up (heteroscedastic NLL head)'}
    m['upHead'] = {'base': a.base, 'hidden': ck['hidden'], 'steps': ck['step'], 'minutes': round(ck['minutes'], 1), 'args': ck['args'],
                   'date': datetime.date.today().isoformat(), 'command': 'training/train_up.py (see docs/lifter.md)',
                   'note': f'pose3d/root weights identical to {a.base} (max |Δ| {diff:.1e} m on its parity fixture); trunk frozen while training the head'}
    if a.metrics:
        m['upMetrics'] = json.load(open(a.metrics))
    with open(os.path.join(MODELS, f'{a.id}.json'), 'w') as f:
        json.dump(m, f, indent=2)
    r = lambda t: [round(v, 7) for v in t.flatten().tolist()]  # noqa: E731
    with open(os.path.join(HERE, 'fixtures', f'{a.id}.parity.json'), 'w') as f:
        json.dump({'frames': base_fx['frames'], 'input': base_fx['input'], 'pose3d': r(pose), 'root': r(root), 'up': r(up), 'upSigmaDeg': r(sig)}, f)
    print(f'exported {onnx_path} ({os.path.getsize(onnx_path) / 1e6:.1f} MB); pose parity vs {a.base} {diff:.1e} m')


if __name__ == '__main__':
    main()
