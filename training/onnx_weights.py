"""Warm start from a shipped lifter ONNX without the onnx package: a minimal protobuf reader for
ModelProto.graph (field 7) → initializers (GraphProto field 5: TensorProto dims=1, data_type=2,
float_data=4, name=8, raw_data=9) and Conv nodes (NodeProto input=1, op_type=4), in graph order.
torch.onnx.export in eval mode folds each BatchNorm into the Conv before it, so the model is rebuilt
as TemporalModel with identity BatchNorms (weight 1, running_var 1 − eps) carrying the folded bias."""
import numpy as np
import torch

from model import TemporalModel


def _varint(b, i):
    r = s = 0
    while True:
        c = b[i]
        i += 1
        r |= (c & 0x7F) << s
        s += 7
        if c < 0x80:
            return r, i


def _fields(b):
    i, n = 0, len(b)
    while i < n:
        key, i = _varint(b, i)
        f, wire = key >> 3, key & 7
        if wire == 0:
            v, i = _varint(b, i)
        elif wire == 1:
            v, i = b[i:i + 8], i + 8
        elif wire == 5:
            v, i = b[i:i + 4], i + 4
        elif wire == 2:
            ln, i = _varint(b, i)
            v, i = b[i:i + ln], i + ln
        else:
            raise ValueError(f'unsupported protobuf wire type {wire}')
        yield f, wire, v


def read_onnx(path):
    """Returns (initializers {name: float32 ndarray}, conv nodes [(weight name, bias name)] in order)."""
    data = memoryview(open(path, 'rb').read())
    graph = next(v for f, _, v in _fields(data) if f == 7)
    inits, convs = {}, []
    for f, _, v in _fields(graph):
        if f == 1:
            ins, op = [], None
            for f2, _, v2 in _fields(v):
                if f2 == 1:
                    ins.append(bytes(v2).decode())
                elif f2 == 4:
                    op = bytes(v2).decode()
            if op == 'Conv':
                convs.append((ins[1], ins[2] if len(ins) > 2 else None))
        elif f == 5:
            dims, name, raw, floats, dtype = [], None, None, [], 1
            for f2, w2, v2 in _fields(v):
                if f2 == 1:
                    if w2 == 0:
                        dims.append(v2)
                    else:
                        j = 0
                        while j < len(v2):
                            x, j = _varint(v2, j)
                            dims.append(x)
                elif f2 == 2:
                    dtype = v2
                elif f2 == 4:
                    floats.append(np.frombuffer(bytes(v2), dtype='<f4'))
                elif f2 == 8:
                    name = bytes(v2).decode()
                elif f2 == 9:
                    raw = bytes(v2)
            if dtype != 1:
                continue
            arr = np.frombuffer(raw, dtype='<f4') if raw is not None else np.concatenate(floats or [np.zeros(0, 'f4')])
            inits[name] = arr.reshape(dims).copy()
    return inits, convs


def load_lifter_onnx(path, meta):
    """TemporalModel (eval mode) with the ONNX's weights; meta = the model's coach-lifter/1 metadata JSON (docs/lifter.md)."""
    m = TemporalModel(filter_widths=meta['filterWidths'], causal=meta['causal'], dropout=0.0, channels=meta['channels'])
    inits, convs = read_onnx(path)
    t = lambda name: torch.from_numpy(inits[name])  # noqa: E731
    trunk = [m.expand_conv, *m.layers_conv]
    bns = [m.expand_bn, *m.layers_bn]
    heads = {'shrink': m.shrink, 'root_head': m.root_head}
    named = [c for c in convs if not c[0].startswith(('shrink.', 'root_head.'))]
    assert len(named) == len(trunk), f'expected {len(trunk)} trunk convs, found {len(named)}'
    with torch.no_grad():
        for conv, bn, (w, b) in zip(trunk, bns, named):
            conv.weight.copy_(t(w))
            bn.weight.fill_(1.0)
            bn.bias.copy_(t(b))
            bn.running_mean.zero_()
            bn.running_var.fill_(1.0 - bn.eps)
        for name, conv in heads.items():
            conv.weight.copy_(t(f'{name}.weight'))
            conv.bias.copy_(t(f'{name}.bias'))
    return m.eval()
