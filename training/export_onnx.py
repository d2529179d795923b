"""Export a trained lifter checkpoint to ONNX (opset 13, dynamic batch/frames) with the
coach-lifter/1 metadata JSON (docs/lifter.md) and a PyTorch parity fixture.
Usage: export_onnx.py --ckpt runs/x/main.pt --id vp3d-rf81 [--metrics metrics.json]"""
import argparse
import datetime
import json
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(__file__))
from batch import make_batch  # noqa: E402
from data import MIN_SCORE, Corpus  # noqa: E402
from model import TemporalModel  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
MODELS = os.path.join(HERE, '..', 'public', 'models', 'lifter')
NORMALISATION = ("x' = x/w*2 - 1, y' = y/w*2 - h/w (VideoPose3D normalize_screen_coordinates; w,h = video px); "
                 "3rd channel = detector score 0..1; joints with score < minScore are given score 0")
LICENCES = ("CMU Graphics Lab Motion Capture Database (free for all uses; 'The data used in this project was obtained "
            "from mocap.cs.cmu.edu. The database was created with funding from NSF EIA-0196217.'); HDM05 (Mueller et al., "
            "Tech. Report CG-2007-2, Univ. Bonn, 2007), CC BY-SA 3.0 - these weights are trained on it")


def load(path):
    ck = torch.load(path, map_location='cpu')
    m = TemporalModel(filter_widths=ck['filters'], causal=ck['causal'], dropout=ck['dropout'], channels=ck['channels'],
                      person_norm=ck.get('person_norm', False))
    m.load_state_dict(ck['state'])
    return m.eval(), ck


def metadata(mid, m, ck, metrics):
    return {
        'id': mid, 'format': 'coach-lifter/1', 'joints2d': 'coco17', 'joints3d': 'h36m17',
        'filterWidths': m.filter_widths, 'receptiveField': m.receptive_field, 'causal': m.causal,
        'causalShift': m.total_causal_shift, 'pad': sum(m.pad), 'channels': ck['channels'], 'inputChannels': 3,
        'input': {'name': 'keypoints2d', 'shape': ['batch', 'frames', 17, 3], 'normalisation': NORMALISATION},
        'minScore': MIN_SCORE,
        'outputs': {
            'pose3d': {'name': 'pose3d', 'shape': ['batch', 'frames-receptiveField+1', 17, 3],
                       'units': 'metres, root-relative (pelvis = 0), camera axes: x right, y up (image up), z towards the viewer'},
            'root': {'name': 'root', 'shape': ['batch', 'frames-receptiveField+1', 3],
                     'units': 'metres, pelvis in camera axes as above (optional output)'}},
        'training': {'data': 'CMU mocap + HDM05 (training subjects, see training/split.json) + parametric exercise sets, random virtual phone cameras, detector-like 2D noise',
                     'licences': LICENCES, 'date': datetime.date.today().isoformat(), 'command': 'npm run train:lifter',
                     'steps': ck['step'], 'minutes': round(ck['minutes'], 1), 'args': ck['args']},
        'metrics': metrics or {'mpjpeMm': None, 'pmpjpeMm': None, 'byView': {}},
    }


def parity_fixture(m, cache, frames):
    test = Corpus(cache, 'test', synthetic=False)
    x, *_ = make_batch(test, 1, frames, torch.Generator().manual_seed(7), augment=False)
    with torch.no_grad():
        pose, root = m(x)
    r = lambda a: [round(v, 7) for v in a.flatten().tolist()]  # noqa: E731
    return {'frames': frames, 'input': r(x), 'pose3d': r(pose), 'root': r(root)}


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--ckpt', required=True)
    p.add_argument('--id', required=True)
    p.add_argument('--cache', default=os.path.join(HERE, 'cache'))
    p.add_argument('--metrics', default=None, help='JSON file with eval numbers to embed')
    p.add_argument('--out-dir', default=MODELS, help='model folder (default public/models/lifter)')
    a = p.parse_args()
    m, ck = load(a.ckpt)
    os.makedirs(a.out_dir, exist_ok=True)
    onnx_path = os.path.join(a.out_dir, f'{a.id}.onnx')
    dummy = torch.zeros(1, m.receptive_field + 4, 17, 3)
    torch.onnx.export(m, dummy, onnx_path, opset_version=13, input_names=['keypoints2d'], output_names=['pose3d', 'root'],
                      dynamic_axes={'keypoints2d': {0: 'batch', 1: 'frames'}, 'pose3d': {0: 'batch', 1: 'outFrames'}, 'root': {0: 'batch', 1: 'outFrames'}})
    metrics = json.load(open(a.metrics)) if a.metrics else None
    with open(os.path.join(a.out_dir, f'{a.id}.json'), 'w') as f:
        json.dump(metadata(a.id, m, ck, metrics), f, indent=2)
    fixtures = os.path.join(HERE, 'fixtures') if a.out_dir == MODELS else a.out_dir
    os.makedirs(fixtures, exist_ok=True)
    with open(os.path.join(fixtures, f'{a.id}.parity.json'), 'w') as f:
        json.dump(parity_fixture(m, a.cache, m.receptive_field + 5), f)
    print(f'exported {onnx_path} ({os.path.getsize(onnx_path) / 1e6:.1f} MB), rf={m.receptive_field}, causal={m.causal}')


if __name__ == '__main__':
    main()
