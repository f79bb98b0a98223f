"""Writes <model>/onnx-parity.json: int8 logits computed in Python (tokenizers + onnxruntime) for a
few of the project's own sentences in many scripts. test/unit/transformer-content-model.test.ts
checks that the TypeScript runtime (our normaliser + transformers.js) reproduces them, i.e. that
tokenisation, normalisation and the ONNX graph agree across languages.
Usage: parity_sample.py --model models/rabat-content
"""
from __future__ import annotations

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from evaluate import model_tokenizer, padded_feeds  # noqa: E402
from labels import LABELS  # noqa: E402
from normalise import normalise_for_model  # noqa: E402

SAMPLES = [
    "kill all the refugees tonight",
    "We had a lovely dinner with our neighbours",
    "les femmes sont des parasites",
    "Ich liebe diese Stadt &amp; ihre Menschen",
    "هذا يوم جميل",
    "你好，世界！",
    "नमस्ते दुनिया, यह एक वाक्य है।",
    "আমি বাংলায় গান গাই",
    "ሰላም ለዓለም",
    "h4te th3m all @someone https://example.org",
    "Wakimbizi ni watu wazuri",
    "Zażółć gęślą jaźń",
]


def main() -> None:
    import onnxruntime as ort
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="models/rabat-content")
    args = ap.parse_args()
    feeds = padded_feeds(model_tokenizer(args.model).encode_batch([normalise_for_model(s) for s in SAMPLES]))
    out = {"texts": SAMPLES, "labels": LABELS}
    # fp32 ONNX matches torch within 1e-6 (checked at export by train.py), so fp32 here stands for torch.
    for key, file in (("int8_logits", "model_quantized.onnx"), ("fp32_logits", "model.onnx")):
        sess = ort.InferenceSession(os.path.join(args.model, "onnx", file), providers=["CPUExecutionProvider"])
        out[key] = sess.run(["logits"], feeds)[0].round(6).tolist()
    with open(os.path.join(args.model, "onnx-parity.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print(f"wrote parity sample for {len(SAMPLES)} texts")


if __name__ == "__main__":
    main()
