"""Variants of the fitted violence regression, measured on the DEV split only (session 8).

In the shipped configuration the violence column is a logistic regression over the n-gram bag and the
lexicon categories (fit_wide in train.py), and the encoder's share of violence chosen on dev is 0. So
the column can be refitted alone, in seconds, on the same features a candidate's graph computes (its
own tokenizer), without training the encoder again. The features are built once and cached in the
work folder.

Each variant: template row weight (tw; train.sh's --template-upsample 3 makes it 3), the lexicon
features' scale for this regression (ls; the graph's --lexicon-scale 0.3), C (--wide-c). Printed per
variant: the dev threshold best for violence over all dev rows (as evaluate.py picks it), the
macro-F1 there on real posts and on template sentences and their mean (the criterion session 8
decided by), and the per-dataset mean PR-AUC that select_best.py ranks by.

Usage: violence_regression_sweep.py --work W --candidate W/cand-hwl-14 tw=3,ls=0.3,C=32 tw=3,ls=0.3,C=8 ...
       [--bootstrap tw=3,ls=0.3,C=32:tw=3,ls=0.3,C=8]   (paired bootstrap of the criterion over dev rows)
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
import time
from types import SimpleNamespace

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
import train as T  # noqa: E402
from evaluate import dev_score, source_balanced_f1 as criterion  # noqa: E402
from labels import LABELS  # noqa: E402

J = LABELS.index("violence")


def build_features(work: str, candidate: str, rows: list[dict], train_rows: list[int], dev_rows: list[int]) -> dict:
    """The regression's design (tf-idf tables, L2 norms, lexicon categories at scale 1) for the training
    and dev rows, exactly as train.py's fit_wide builds it for this candidate."""
    from tokenizers import Tokenizer
    args = SimpleNamespace(**json.load(open(os.path.join(candidate, "training.json")))["args"])
    tok = Tokenizer.from_file(os.path.join(candidate, "tokenizer.json"))
    tok.enable_truncation(max_length=args.wide_max_len or args.max_len)
    fit_ids = [e.ids for e in tok.encode_batch([r["text"] for r in rows])]
    cfg = T.bert_config(args, tok.get_vocab_size())
    categories, terms, _ = T.load_lexicon(args.lexicon, ())
    char_map, edges, word_kind = T.char_ngram_map(tok, args.char_buckets), T.edge_map(tok) if args.char_edges else None, T.word_kind_map(tok)
    # Lexicon features at scale 1: each variant applies its own scale (ls) to the cached columns.
    T.configure_head(cfg, SimpleNamespace(**{**vars(args), "lexicon_scale": 1.0}), char_map, edges, word_kind, categories)
    model = T.MeanPoolClassifier(cfg, char_map, edges, word_kind)
    model.ngrams.set_lexicon(T.lexicon_term_ids(tok, terms))
    bag = model.ngrams.eval()
    unique = sorted(set(train_rows))
    counts = T.wide_counts(bag, fit_ids, unique)
    fitted = np.array([n == "violence" for n in LABELS], dtype=np.float32)
    idf = bag.set_idf(T.wide_idf(counts, args.wide_min_df), fitted)
    return {"rows": unique, "X": T.wide_design(bag, counts, idf), "L": T.lexicon_design(bag, fit_ids, unique),
            "X_dev": T.wide_design(bag, T.wide_counts(bag, fit_ids, dev_rows), idf),
            "L_dev": T.lexicon_design(bag, fit_ids, dev_rows)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default="/tmp/rabat-train")
    ap.add_argument("--candidate", required=True, help="a trained candidate folder (its tokenizer and training args)")
    ap.add_argument("--template-upsample", type=int, default=3)
    ap.add_argument("--bootstrap", default="", help="A:B, two variants: paired bootstrap of B minus A over dev rows")
    ap.add_argument("variants", nargs="*")
    args = ap.parse_args()
    rows = [json.loads(line) for line in open(os.path.join(args.work, "data.jsonl"), encoding="utf-8")]
    y = np.array([r["labels"] for r in rows], dtype=np.int64)
    split = [r["split"] for r in rows]
    datasets = np.array([r["dataset"] for r in rows])
    train_rows = [i for i, s in enumerate(split) if s == "train" and (y[i] >= 0).any()]
    dev_rows = [i for i, s in enumerate(split) if s == "dev" and (y[i] >= 0).any()]
    cache = os.path.join(args.work, f"violence-features-{os.path.basename(args.candidate.rstrip('/'))}.pkl")
    if not os.path.exists(cache):
        t0 = time.time()
        with open(cache, "wb") as f:
            pickle.dump(build_features(args.work, args.candidate, rows, train_rows, dev_rows), f)
        T.log(f"features cached in {time.time() - t0:.0f}s")
    with open(cache, "rb") as f:
        c = pickle.load(f)
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression
    y_fit = y[c["rows"], J]
    known = y_fit >= 0
    template_fit = datasets[c["rows"]] == "templates"
    y_dev, dev_sources = y[dev_rows], datasets[dev_rows]
    dev_known = y_dev[:, J] >= 0
    dev_templates = dev_sources[dev_known] == "templates"
    probs = {}
    for spec in args.variants:
        v = {k: float(x) for k, x in (part.split("=") for part in spec.split(","))}
        tw, ls, c_reg = v.get("tw", args.template_upsample), v.get("ls", 0.3), v.get("C", 32.0)
        X = hstack([c["X"], csr_matrix(c["L"] * ls)]).tocsr()
        fit = LogisticRegression(C=c_reg, solver="liblinear", max_iter=500).fit(
            X[known], y_fit[known], sample_weight=np.where(template_fit, tw, 1.0)[known])
        p = 1.0 / (1.0 + np.exp(-fit.decision_function(hstack([c["X_dev"], csr_matrix(c["L_dev"] * ls)]).tocsr())))
        probs[spec] = p
        full = np.zeros((len(dev_rows), len(LABELS)))
        full[:, J] = p
        balanced, corpus, tmpl, thr = criterion(y_dev[dev_known, J], p[dev_known], dev_templates)
        print(f"{spec:22s} source-balanced F1 {balanced:.4f} (real posts {corpus:.4f}, templates {tmpl:.4f}, "
              f"threshold {thr:.3f})  per-dataset PR-AUC {dev_score(full, y_dev, dev_sources)[1]['violence']:.4f}", flush=True)
    if args.bootstrap:
        a, b = args.bootstrap.split(":")
        rng = np.random.default_rng(0)
        yk, pa, pb = y_dev[dev_known, J], probs[a][dev_known], probs[b][dev_known]
        diffs = []
        for _ in range(200):
            s = rng.integers(0, len(yk), len(yk))
            diffs.append(criterion(yk[s], pb[s], dev_templates[s])[0] - criterion(yk[s], pa[s], dev_templates[s])[0])
        print(f"bootstrap ({len(diffs)} resamples of dev rows): {b} minus {a}: mean {np.mean(diffs):+.4f}, "
              f"share > 0: {np.mean(np.array(diffs) > 0):.2f}")


if __name__ == "__main__":
    main()
