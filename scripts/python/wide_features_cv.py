"""Which lexical features should the in-graph regression (fit_wide in train.py) read? Compares, by
3-fold cross-validation on the TRAINING rows only (dev and val are not read), the TF-IDF baseline's
features (evaluate.baseline_probs) with the n-gram bag's, exactly as NgramBag computes them (the same
hashing, idf, sublinear tf and L2 norms, via wide_counts / wide_design).

Score: PR-AUC per source dataset (real corpora with >= 10 positives), averaged. Templates are left
out unless --templates, which holds whole sentence frames out per fold (as the dev and val splits do)
and scores them as one more dataset. Usage, after prepare_data.py and a training run
that left a tokenizer:

    .venv/bin/python scripts/python/wide_features_cv.py --work /tmp/rabat-train \
        --tokenizer /tmp/rabat-train/cand-hw-14/tokenizer.json --label violence \
        [--templates] [--c 32] [--lexicon data/lexicons/compiled --only lexicon]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
import train as T  # noqa: E402
from evaluate import BASELINE_C, baseline_features, template_frames  # noqa: E402
from labels import LABELS  # noqa: E402


def main() -> None:
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import average_precision_score
    from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold
    from tokenizers import Tokenizer

    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default="/tmp/rabat-train")
    ap.add_argument("--tokenizer", required=True)
    ap.add_argument("--label", default="violence")
    ap.add_argument("--c", default="4", help="inverse L2 strength(s) for the bag rows, comma-separated")
    ap.add_argument("--templates", action="store_true",
                    help="also score the templates, with whole sentence frames held out per fold")
    ap.add_argument("--lexicon", default="", help="compiled lexicon folder: adds rows with the lexicon categories")
    ap.add_argument("--lexicon-scales", default="0.3,1", help="with --lexicon: scales of the log(1 + count) features")
    ap.add_argument("--only", default="", help="comma-separated substrings of variant names (default: all)")
    args = ap.parse_args()
    t0 = time.time()
    j = LABELS.index(args.label)
    rows = [json.loads(line) for line in open(os.path.join(args.work, "data.jsonl"), encoding="utf-8")]
    rows = [r for r in rows if r["split"] == "train" and r["labels"][j] >= 0]
    y = np.array([r["labels"][j] for r in rows])
    ds = np.array([r["dataset"] for r in rows])
    weight = np.where(ds == "templates", 3.0, 1.0)  # as training's template upsampling
    texts = [r["text"] for r in rows]
    strata = y * 100 + np.unique(ds, return_inverse=True)[1]
    if args.templates:
        # Whole template frames go to one fold (as the dev/val splits hold frames out), so the
        # templates can be scored: a frame id per template row, a group of its own for every other row.
        frame = template_frames()
        groups = [frame.get(texts[i], f"row{i}") if ds[i] == "templates" else f"row{i}" for i in range(len(rows))]
        folds = list(StratifiedGroupKFold(3, shuffle=True, random_state=0).split(texts, strata, groups))
    else:
        folds = list(StratifiedKFold(3, shuffle=True, random_state=0).split(texts, strata))
    scored = [d for d in sorted(set(ds)) if (args.templates or d != "templates") and y[ds == d].sum() >= 10]
    print(f"{args.label}: {len(rows)} training rows, {int(y.sum())} positives; scored on {scored}", flush=True)

    def report(name: str, build, c: float) -> None:
        oof = np.zeros(len(rows))
        for a, b in folds:
            xa, xb = build(a, b)
            clf = LogisticRegression(C=c, solver="liblinear", max_iter=300).fit(xa, y[a], sample_weight=weight[a])
            oof[b] = clf.decision_function(xb)
        per = {d: round(float(average_precision_score(y[ds == d], oof[ds == d])), 3) for d in scored}
        name = f"{name}, C {c:g}"
        print(f"{name:<48} mean {np.mean(list(per.values())):.4f} {per} ({time.time() - t0:.0f}s)", flush=True)

    def baseline(a, b):
        return baseline_features([texts[i] for i in a], [texts[i] for i in b])

    tok = Tokenizer.from_file(args.tokenizer)

    lexicon = T.load_lexicon(args.lexicon) if args.lexicon else None

    def bag_variant(max_len: int, word_buckets: int, sublinear: bool, lexicon_scale: float = 0.0):
        tok.enable_truncation(max_length=max_len)
        ids = [e.ids for e in tok.encode_batch(texts)]
        with_lexicon = lexicon is not None and lexicon_scale > 0
        bag = T.NgramBag(tok.get_vocab_size(), 1 << 18, 1, 0.0, True, T.char_ngram_map(tok, 1 << 17), 1 << 17,
                         T.edge_map(tok), T.word_kind_map(tok) if word_buckets or with_lexicon else None, word_buckets,
                         (0,) if word_buckets else (), sublinear, len(lexicon[0]) if with_lexicon else 0, lexicon_scale)
        counts = T.wide_counts(bag, ids, list(range(len(rows)))).tocsr()
        lex = None
        if with_lexicon:
            bag.set_lexicon(T.lexicon_term_ids(tok, lexicon[1]))
            lex = csr_matrix(T.lexicon_design(bag, ids, list(range(len(rows)))))

        def build(a, b):
            idf = T.wide_idf(counts[a], 2)
            xa, xb = T.wide_design(bag, counts[a], idf), T.wide_design(bag, counts[b], idf)
            if lex is not None:
                xa, xb = hstack([xa, lex[a]]).tocsr(), hstack([xb, lex[b]]).tocsr()
            return xa, xb
        return build

    # The baseline row uses the evaluated baseline's own C; the bag rows use --c (one or more).
    cs = [float(c) for c in args.c.split(",")]
    scales = [float(v) for v in args.lexicon_scales.split(",")] if args.lexicon else []
    variants = {
        "tfidf-baseline (word 1-2 + char_wb 2-5)": (lambda: baseline, [BASELINE_C]),
        "bag, 64 tokens (session 4)": (lambda: bag_variant(64, 0, False), cs),
        "bag, 128 tokens": (lambda: bag_variant(128, 0, False), cs),
        "bag, 128 tokens, words": (lambda: bag_variant(128, 1 << 18, False), cs),
        "bag, 128 tokens, words, sublinear": (lambda: bag_variant(128, 1 << 18, True), cs),
        **{f"bag, 128 tokens, words, sublinear, lexicon x {s:g}": ((lambda s=s: bag_variant(128, 1 << 18, True, s)), cs)
           for s in scales},
    }
    only = [v for v in args.only.split(",") if v]
    for name, (make, c_values) in variants.items():
        if not only or any(o in name for o in only):
            build = make()
            for c in c_values:
                report(name, build, c)


if __name__ == "__main__":
    main()
