#!/usr/bin/env bash
# Creates .venv (git-ignored) with the training-only Python stack: torch (CPU), tokenizers,
# transformers, onnx, onnxruntime, scikit-learn, numpy.
# Works offline from a local wheel store (when `pip config list` shows find-links / file:// indexes,
# as on the project's build machines) and online from PyPI elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
VENV=.venv
if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
PIP="$VENV/bin/pip"
PKGS=(torch tokenizers transformers onnx onnxruntime scikit-learn numpy)
if "$VENV/bin/python" -c "import torch, tokenizers, transformers, onnx, onnxruntime, sklearn, numpy" 2>/dev/null; then
  echo "setup-python: .venv already complete"
  exit 0
fi
# A local wheel store means no internet: use --no-index so pip does not spend minutes retrying PyPI.
LOCAL_ARGS=()
for d in ${PIP_LOCAL_WHEELS:-/opt/wheels}; do [ -d "$d" ] && LOCAL_ARGS+=(--find-links "$d"); done
# PEP 503 "simple" trees on disk: their wheels sit in the sibling files/ folder, which --find-links reads.
for d in /opt/pypi/files /opt/pypi-more/files; do [ -d "$d" ] && LOCAL_ARGS+=(--find-links "$d"); done
if [ ${#LOCAL_ARGS[@]} -gt 0 ]; then
  echo "setup-python: installing from the local wheel store (offline)"
  # The CPU torch wheel is the only one wanted: never pull CUDA builds.
  "$PIP" install --no-index "${LOCAL_ARGS[@]}" "${PKGS[@]}"
else
  echo "setup-python: installing from PyPI"
  "$PIP" install --index-url https://download.pytorch.org/whl/cpu torch
  "$PIP" install tokenizers transformers onnx onnxruntime scikit-learn numpy
fi
"$VENV/bin/python" -c "import torch, tokenizers, transformers, onnx, onnxruntime, sklearn; print('setup-python: ok torch', torch.__version__)"
