"""Keeps the better of several trained candidates (by the dev split score train.py recorded; val is
never consulted) and copies its files into the shipped model folder, recording every candidate.
Usage: select_best.py --out models/rabat-content CANDIDATE_DIR [CANDIDATE_DIR ...]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil

FILES = ["config.json", "tokenizer.json", "tokenizer_config.json", "onnx/model.onnx", "onnx/model_quantized.onnx",
         "onnx-parity.json"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("candidates", nargs="+")
    args = ap.parse_args()
    reports = {}
    for c in args.candidates:
        with open(os.path.join(c, "training.json")) as f:
            rep = json.load(f)
        reports[c] = rep
    best = max(reports, key=lambda c: reports[c]["candidates"][reports[c]["chosen"]]["dev_mean_pr_auc"])
    os.makedirs(os.path.join(args.out, "onnx"), exist_ok=True)
    for f in FILES:
        shutil.copyfile(os.path.join(best, f), os.path.join(args.out, f))
    summary = {
        "chosen": reports[best]["chosen"],
        "selection": "highest mean dev-split PR-AUC over hate/offensive/violence",
        "candidates": {reports[c]["chosen"]: {**reports[c]["candidates"][reports[c]["chosen"]],
                                               "mlm_seconds": reports[c].get("mlm_seconds"),
                                               "total_seconds": reports[c]["total_seconds"]} for c in reports},
        "args": reports[best]["args"],
        "vocab_size": reports[best]["vocab_size"],
        "export": reports[best]["export"],
    }
    with open(os.path.join(args.out, "training.json"), "w") as f:
        json.dump(summary, f, indent=2)
    print(json.dumps({k: v for k, v in summary.items() if k != "args"}, indent=1))


if __name__ == "__main__":
    main()
