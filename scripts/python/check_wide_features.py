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


def reference_word_pieces(ids: list[int], kind: torch.Tensor) -> list[list[int]]:
    """The words of a tokenised text as lists of piece ids, by a plain loop over the pieces."""
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
    return words


def reference_words(ids: list[int], kind: torch.Tensor, coef: list[int]) -> list[int]:
    return [sum(t * coef[min(i, T.WORD_MAX_PIECES - 1)] for i, t in enumerate(w)) % T.WORD_PRIME
            for w in reference_word_pieces(ids, kind)]


# (term, categories): one to three words match; the five-word term must be skipped, the absent one never counts.
LEXICON = [("killthemall", (0,)), ("killthemall I say", (1,)), ("hass", (0, 2)), ("the report", (2,)),
           ("ist keine meinung", (1, 2)), ("الموت للخونة", (0,)), ("一二三", (1,)), ("the the the report the", (0,)),
           ("nicht da", (2,))]


def reference_lexicon_counts(ids: list[int], kind: torch.Tensor, terms: list[tuple[list[int], tuple[int, ...]]],
                             categories: int) -> np.ndarray:
    words = [tuple(w) for w in reference_word_pieces(ids, kind)]
    out = np.zeros(categories)
    for term_ids, cats in terms:
        tw = [tuple(w) for w in reference_word_pieces(term_ids, kind)]
        if not 1 <= len(tw) <= T.LEX_MAX_WORDS:
            continue
        hits = sum(words[i:i + len(tw)] == tw for i in range(len(words) - len(tw) + 1))
        out[list(cats)] += hits
    return out


def main() -> int:
    tok = T.train_tokenizer(SENTENCES * 3, 120)  # a tiny vocabulary, so words split into many pieces
    kind = T.word_kind_map(tok)
    buckets = 1 << 10
    bag = T.NgramBag(tok.get_vocab_size(), 1 << 10, 1, 0.0, True, T.char_ngram_map(tok, 1 << 9), 1 << 9,
                     T.edge_map(tok), kind, buckets, (0,), True, 3, 0.7)
    terms = T.lexicon_term_ids(tok, LEXICON)
    table = bag.set_lexicon(terms)
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

    # lexicon counts == a plain loop matching each term's word sequence
    with torch.no_grad():
        lex = bag.lexicon_counts(x, m).numpy()
    for r, e in enumerate(enc):
        want = reference_lexicon_counts(e.ids, kind, terms, 3)
        if not np.array_equal(lex[r], want):
            failures += 1
            print(f"lexicon counts differ for sentence {r}: {lex[r].tolist()} vs {want.tolist()}")
    if table["skipped_too_long"] != 1 or lex.sum() < 6:
        failures += 1
        print(f"lexicon table {table}, {lex.sum():.0f} hits: expected one term skipped and at least 6 hits")

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
        lex_coef = rng.normal(size=3)
        bag.lex_weight[:, 0] = torch.from_numpy(lex_coef).float()
        bag.eval()
        got = bag(x, m).numpy()[:, 0]
    want = X @ coef_all + T.lexicon_design(bag, [e.ids for e in enc], rows) @ lex_coef
    diff = float(np.abs(got - want).max())
    if diff > 1e-4:
        failures += 1
        print(f"bag forward vs regression design differ by {diff:.2e}")
    print(f"check_wide_features: {len(SENTENCES)} sentences, {lex.sum():.0f} lexicon hits, forward vs design max diff {diff:.1e}, "
          f"{'OK' if not failures else f'{failures} FAILURE(S)'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
