"""Keeps the better of several trained candidates (by the dev split score train.py recorded; val is
never consulted) and copies its files into the shipped model folder, recording every candidate.
Usage: select_best.py --out models/rabat-content CANDIDATE_DIR [CANDIDATE_DIR ...]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil

START, END = "<!-- TRAIN:START -->", "<!-- TRAIN:END -->"
FILES = ["config.json", "tokenizer.json", "tokenizer_config.json", "onnx/model.onnx", "onnx/model_quantized.onnx"]


def describe(name: str, rep: dict) -> str:
    a = rep["args"]
    parts = [f"{a['layers']}x{a['hidden']}", f"{a.get('pooling', 'cls')} pooling", f"pretraining: {rep['chosen']}"]
    if a.get("ngram_buckets"):
        grams = "uni/bi/trigram" if a.get("ngram_trigrams") else "uni/bigram"
        chars = f" + token character 2-5-grams ({a['char_buckets']} buckets)" if a.get("char_buckets") else ""
        chars += " + character n-grams across word-piece boundaries" if a.get("char_edges") else ""
        parts.append(f"{grams}{chars} branch ({a['ngram_buckets']} buckets, {a.get('ngram_mode', 'concat')}, lr {a.get('ngram_lr')})")
    if a.get("wide_fit") == "lr":
        extra = [f"C {a.get('wide_c')}"]
        if a.get("word_buckets"):
            extra.append(f"+ whole words and word bigrams, {a['word_buckets']} buckets each")
        if a.get("wide_sublinear"):
            extra.append("sublinear tf")
        if a.get("wide_max_len"):
            extra.append(f"fitted on {a['wide_max_len']} tokens")
        parts.append(f"n-gram columns of {a.get('wide_labels', 'all')} fitted as tf-idf regressions ({'; '.join(extra)}), "
                     "encoder trained on their out-of-fold residual")
    if a.get("lexicon"):
        parts.append(f"lexicon categories as features (log(1 + count) x {a.get('lexicon_scale', 1.0):g})")
    if a.get("pos_weights"):
        parts.append(f"positive weights {a['pos_weights']}")
    if rep.get("ensemble"):
        seeds = [m["seed"] for m in rep["ensemble"]["members"]]
        parts.append(f"mean logits of seeds {' and '.join(str(x) for x in seeds)} in one graph (ensemble.py)")
    elif a.get("seed", 13) != 13:
        parts.append(f"seed {a['seed']}")
    if a.get("ema"):
        parts.append(f"EMA {a['ema']}")
    return f"{name} ({', '.join(parts)})"


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
    # The recorded scores are comparable only under one checkpoint criterion (train.py --select).
    criteria = {reports[c]["args"].get("select", "pooled") for c in reports}
    if len(criteria) != 1:
        raise SystemExit(f"select_best: candidates were selected under different criteria {sorted(criteria)}")
    criterion = criteria.pop()
    best = max(reports, key=lambda c: reports[c]["candidates"][reports[c]["chosen"]]["dev_mean_pr_auc"])
    names = {c: describe(os.path.basename(c), reports[c]) for c in reports}
    os.makedirs(os.path.join(args.out, "onnx"), exist_ok=True)
    for f in FILES:
        shutil.copyfile(os.path.join(best, f), os.path.join(args.out, f))
    summary = {
        "chosen": reports[best]["chosen"],
        "selection": "highest mean dev-split PR-AUC over hate/offensive/violence"
                     + (", each averaged over the dev split's source datasets" if criterion == "per-dataset" else ", pooled"),
        "shipped": names[best],
        "candidates": {names[c]: {**reports[c]["candidates"][reports[c]["chosen"]],
                                               "mlm_seconds": reports[c].get("mlm_seconds"),
                                               "total_seconds": reports[c]["total_seconds"]} for c in reports},
        "args": reports[best]["args"],
        "vocab_size": reports[best]["vocab_size"],
        "export": reports[best]["export"],
    }
    with open(os.path.join(args.out, "training.json"), "w") as f:
        json.dump(summary, f, indent=2)
    lines = [START, "", f"Checkpoint and candidate criterion: {summary['selection']}.", "",
             "| candidate | dev mean PR-AUC (hate, offensive, violence) | best epoch | MLM s | fine-tune s | total s |",
             "|---|---|---|---|---|---|"]
    for c in reports:
        info = reports[c]["candidates"][reports[c]["chosen"]]
        lines.append(f"| {names[c]}{' **shipped**' if c == best else ''} | {info['dev_mean_pr_auc']:.4f} | {info['best_epoch']} | "
                     f"{reports[c].get('mlm_seconds', 0)} | {info['train_seconds']} | {reports[c]['total_seconds']} |")
    lines += ["", f"Export check: max |torch - ONNX fp32| = {summary['export']['max_abs_diff_torch_vs_onnx_fp32']:.2e}, "
              f"max |torch - ONNX int8| = {summary['export']['max_abs_diff_torch_vs_onnx_int8']:.3f} (logits).", "", END]
    card = os.path.join(args.out, "MODEL_CARD.md")
    if os.path.exists(card):
        text = open(card, encoding="utf-8").read()
        if START in text and END in text:
            text = text[:text.index(START)] + "\n".join(lines) + text[text.index(END) + len(END):]
            with open(card, "w", encoding="utf-8") as f:
                f.write(text)
    print(json.dumps({k: v for k, v in summary.items() if k != "args"}, indent=1))


if __name__ == "__main__":
    main()
