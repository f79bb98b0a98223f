"""Dev screen of candidate models by what the product's `hate` point lives on: the dev hate recall a model
reaches while flagging no larger share of dev's protected-speech template sentences (template rows that are
neither hate nor violence) than the calibration allows (`max_share` in the shipped operating-points.json,
written by scripts/calibrate-model.ts). Dev PR-AUC ranks seeds poorly on this (docs/decisions/session-14.md,
changes 43-44). Dev split only: val is never read.

Usage: protected_share_screen.py --work W [--json OUT] NAME=MODEL_DIR [NAME=MODEL_DIR ...]
"""
from __future__ import annotations

import argparse
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from evaluate import transformer_probs  # noqa: E402
from labels import LABELS  # noqa: E402

GRID = np.round(np.arange(0.50, 0.995, 0.01), 2)  # calibrate's grid: hundredths from its 0.5 floor


def shipped_max_share(path: str = "models/rabat-content/operating-points.json") -> float:
    return float(json.load(open(path))["report"]["hate"]["protected_templates"]["max_share"])


def point_at_share(p: np.ndarray, y: np.ndarray, known: np.ndarray, protected: np.ndarray, cap: float) -> dict:
    """The lowest threshold on the grid whose protected-speech share is within `cap`, and hate recall and
    precision there over dev rows that carry a hate label."""
    for t in GRID:
        share = float((p[protected] >= t).mean())
        if share <= cap + 1e-9:
            flagged = p[known] >= t
            pos = y[known] == 1
            return {"threshold": float(t), "protected_share": round(share, 4),
                    "recall": round(float(flagged[pos].mean()), 3),
                    "precision": round(float(pos[flagged].mean()), 3) if flagged.any() else None}
    return {"threshold": None}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", required=True)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--max-share", type=float, default=None, help="default: the shipped calibration's bound")
    ap.add_argument("--json")
    ap.add_argument("models", nargs="+", help="NAME=MODEL_DIR")
    a = ap.parse_args()
    cap = a.max_share if a.max_share is not None else shipped_max_share()
    dev = [r for r in map(json.loads, open(os.path.join(a.work, "data.jsonl"))) if r["split"] == "dev"]
    h, v = LABELS.index("hate"), LABELS.index("violence")
    y = np.array([r["labels"][h] for r in dev])
    known = y >= 0
    protected = np.array([r["dataset"] == "templates" and r["labels"][h] == 0 and r["labels"][v] != 1 for r in dev])
    out = {"split": "dev", "rows": len(dev), "protected_rows": int(protected.sum()), "max_share": cap, "models": {}}
    for spec in a.models:
        name, model_dir = spec.split("=", 1)
        p = transformer_probs(model_dir, [r["text"] for r in dev], a.threads)[:, h]
        out["models"][name] = point_at_share(p, y, known, protected, cap)
        print(f"{name:12s} {json.dumps(out['models'][name])}", flush=True)
    if a.json:
        json.dump(out, open(a.json, "w"), indent=1)


if __name__ == "__main__":
    main()
