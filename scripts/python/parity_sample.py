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

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
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
    from tokenizers import Tokenizer
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="models/rabat-content")
    args = ap.parse_args()
    tcfg = json.load(open(os.path.join(args.model, "tokenizer_config.json")))
    tok = Tokenizer.from_file(os.path.join(args.model, "tokenizer.json"))
    tok.enable_truncation(max_length=tcfg["model_max_length"])
    enc = tok.encode_batch([normalise_for_model(s) for s in SAMPLES])
    L = max(len(e.ids) for e in enc)
    x = np.array([e.ids + [0] * (L - len(e.ids)) for e in enc], dtype=np.int64)
    m = np.array([[1] * len(e.ids) + [0] * (L - len(e.ids)) for e in enc], dtype=np.int64)
    feeds = {"input_ids": x, "attention_mask": m, "token_type_ids": np.zeros_like(x)}
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
