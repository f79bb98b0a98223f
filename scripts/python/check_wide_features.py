"""Self-check of the n-gram bag's in-graph features, run by train.sh before any training (seconds):

1. NgramBag.word_features (tensor ops over a same-word mask) finds exactly the words a plain loop over
   the word pieces finds, with the same hashes, for words of one to many pieces, several scripts,
   padding and special tokens;
2. NgramBag.forward with sublinear tf, two L2 norms and the word table gives the same logit as the
   design matrix the regression is fitted on (wide_design), on sentences with repeated words.

The sentences are the project's own. Exits 1 on any mismatch.
"""
from __future__ import annotations

import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(__file__))
import train as T  # noqa: E402

SENTENCES = [
    "they will killthemall tonight, killthemall I say",
    "ausländerfeindlichkeit ist keine meinung, ausländerfeindlichkeit ist hass",
    "the the the report the",
    "الموت للخونة الموت الموت",
    "কুত্তার বাচ্চা বাচ্চা",
    "一二三 四五",
    "a",
    "!!! ??? ...",
]


def reference_words(ids: list[int], kind: torch.Tensor, coef: list[int]) -> list[int]:
    words, cur = [], []
    for t in ids:
        k = int(kind[t])
        if k == 0:
            if cur:
                words.append(cur)
            cur = []
        elif k == 2 and cur:
            cur.append(t)
        else:
            if cur:
                words.append(cur)
            cur = [t]
    if cur:
        words.append(cur)
    return [sum(t * coef[min(i, T.WORD_MAX_PIECES - 1)] for i, t in enumerate(w)) % T.WORD_PRIME for w in words]


def main() -> int:
    tok = T.train_tokenizer(SENTENCES * 3, 120)  # a tiny vocabulary, so words split into many pieces
    kind = T.word_kind_map(tok)
    buckets = 1 << 10
    bag = T.NgramBag(tok.get_vocab_size(), 1 << 10, 1, 0.0, True, T.char_ngram_map(tok, 1 << 9), 1 << 9,
                     T.edge_map(tok), kind, buckets, (0,), True)
    enc = tok.encode_batch(SENTENCES)
    width = max(len(e.ids) for e in enc) + 3  # trailing padding must change nothing
    x = torch.tensor([e.ids + [0] * (width - len(e.ids)) for e in enc])
    m = torch.tensor([[1] * len(e.ids) + [0] * (width - len(e.ids)) for e in enc])
    ids, present = bag.word_features(x, m)
    coef = bag.word_coef.tolist()
    failures = 0
    for r, e in enumerate(enc):
        hashes = reference_words(e.ids, kind, coef)
        want = sorted([h % buckets for h in hashes] +
                      [buckets + (a * T.NgramBag.MULT + b) % buckets for a, b in zip(hashes, hashes[1:])])
        got = sorted(ids[r][present[r] > 0].tolist())
        if got != want:
            failures += 1
            print(f"word features differ for sentence {r}: {len(got)} vs {len(want)} entries")

    # forward == design matrix x coefficients, with random weights and idf
    rng = np.random.default_rng(0)
    rows = list(range(len(SENTENCES)))
    counts = T.wide_counts(bag, [e.ids for e in enc], rows)
    idf = rng.uniform(1.0, 8.0, counts.shape[1])
    fitted = np.array([1.0])
    stored = bag.set_idf(idf, fitted)
    X = T.wide_design(bag, counts, stored)
    coef_all = rng.normal(size=counts.shape[1])
    at = 0
    with torch.no_grad():
        for t in bag.tables():
            t.weight[:] = torch.from_numpy(coef_all[at:at + t.num_embeddings] * stored[at:at + t.num_embeddings]).float()[:, None]
            at += t.num_embeddings
        bag.eval()
        got = bag(x, m).numpy()[:, 0]
    want = X @ coef_all
    diff = float(np.abs(got - want).max())
    if diff > 1e-4:
        failures += 1
        print(f"bag forward vs regression design differ by {diff:.2e}")
    print(f"check_wide_features: {len(SENTENCES)} sentences, forward vs design max diff {diff:.1e}, "
          f"{'OK' if not failures else f'{failures} FAILURE(S)'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
