#!/usr/bin/env bash
# One command to reproduce the lifter: npm run train:lifter
#   data export (TS, tools/lifter/) → training (PyTorch, CPU) → ONNX export → evaluation → metrics.
# Env: MINUTES (per model, default 100), THREADS (per training process, default 1),
#      MODEL_ARGS (extra train.py flags for both models, e.g. --person-norm),
#      COACH_SHARED_DIR (default ../shared), SKIP_EXPORT=1 to reuse training/cache,
#      UP_MINUTES (gravity head on the frozen offline model, default 40; 1 thread: on a shared
#      2-core machine 2 threads measured 6x slower than 1), SKIP_POSE=1 to keep the shipped pose
#      models and only (re)train the gravity head.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=/usr/bin/python3
MINUTES=${MINUTES:-100}
MODEL_ARGS=${MODEL_ARGS:-}
THREADS=${THREADS:-1}
SHARED=${COACH_SHARED_DIR:-$(cd .. && pwd)/shared}

if ! "$PY" -c 'import torch' 2>/dev/null; then
  echo "installing Debian's python3-torch (needs apt)…"
  sudo -n true 2>/dev/null && SUDO=sudo || SUDO=
  $SUDO apt-get update && $SUDO apt-get install -y python3-torch python3-numpy
fi

if [ "${SKIP_EXPORT:-0}" != 1 ] || [ ! -f training/cache/index.json ]; then
  npx tsx tools/lifter/export-data.ts --data "$SHARED/data/mocap"
fi

if [ "${SKIP_POSE:-0}" != 1 ]; then
mkdir -p training/runs/offline27 training/runs/causal27
# Offline RF-27 model and the receptive-field-1 baseline, trained on identical batches.
nice -n 5 "$PY" training/train.py --out training/runs/offline27 --minutes "$MINUTES" --threads "$THREADS" \
  --filters 3,3,3 --outputs 64 --batch 32 --channels 256 --baseline --seed 1 $MODEL_ARGS > training/runs/offline27/stdout.txt 2>&1 &
P1=$!
# Causal RF-27 model for live webcam use.
nice -n 5 "$PY" training/train.py --out training/runs/causal27 --minutes "$MINUTES" --threads "$THREADS" \
  --filters 3,3,3 --outputs 64 --batch 32 --channels 192 --causal --seed 2 $MODEL_ARGS > training/runs/causal27/stdout.txt 2>&1 &
P2=$!
wait $P1 $P2

"$PY" training/export_onnx.py --ckpt training/runs/offline27/main.pt --id vp3d-rf27
"$PY" training/export_onnx.py --ckpt training/runs/causal27/main.pt --id vp3d-rf27-causal
"$PY" training/export_onnx.py --ckpt training/runs/offline27/rf1.pt --id vp3d-rf1
fi

# Gravity head (world up in camera axes + σ) on the frozen offline model, warm-started from its ONNX;
# exported as vp3d-rf27-up = the same pose weights + the head (one ORT call).
mkdir -p training/runs/up27
nice -n 15 "$PY" training/train_up.py --model vp3d-rf27 --out training/runs/up27 --minutes "${UP_MINUTES:-40}" --threads 1 \
  > training/runs/up27/stdout.txt 2>&1
"$PY" training/export_up_onnx.py --base vp3d-rf27 --head training/runs/up27/up.pt --id vp3d-rf27-up
cat > public/models/lifter/manifest.json <<JSON
{ "offline": "vp3d-rf27-up", "live": "vp3d-rf27-causal", "models": ["vp3d-rf27-up", "vp3d-rf27", "vp3d-rf27-causal", "vp3d-rf1"] }
JSON
npx tsx tools/lifter/write-metrics.ts --data "$SHARED/data/mocap"
