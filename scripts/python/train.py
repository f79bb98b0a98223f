"""Tokenizer, optional masked-LM pretraining, multi-task fine-tuning, ONNX export and int8 quantisation.

Reads <work>/data.jsonl (prepare_data.py). Only train rows are learned from; dev rows pick the best
epoch and decide MLM-vs-none; val rows are never touched here.

Loss: binary cross-entropy per (row, label), masked where the source has no annotation for that
label (-1): a dataset that only labels "offensive" teaches nothing about "hate".

Usage: train.py --work /tmp/rabat-train --out models/rabat-content [--layers 2 --hidden 128 ...]
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
import time
from types import SimpleNamespace

import numpy as np
import torch
from torch import nn

sys.path.insert(0, os.path.dirname(__file__))
from evaluate import dev_score, source_balanced_f1  # noqa: E402
from labels import LABELS, MAIN  # noqa: E402
from normalise import VERSION as NORMALISER_VERSION  # noqa: E402
from onnx_storage import is_ngram_table, store_fp16  # noqa: E402

SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
# Word hashing in NgramBag.word_features: fixed seed for the per-position coefficients, a prime modulus
# that keeps every product and sum inside int64, and the longest word (in pieces) with its own coefficient.
WORD_SEED, WORD_PRIME, WORD_MAX_PIECES = 20261122, 2_147_483_647, 128
# Lexicon terms inside the graph (NgramBag.lexicon_counts): terms of up to LEX_MAX_WORDS words, looked
# up by word-n-gram hash in a table of LEX_BUCKETS slots that stores each slot's full hash as its key.
LEX_BUCKETS, LEX_MAX_WORDS = 1 << 18, 3


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


# ---------------------------------------------------------------- tokenizer
def train_tokenizer(texts: list[str], vocab_size: int):
    from tokenizers import Tokenizer, decoders, normalizers, pre_tokenizers, processors, trainers
    from tokenizers.models import WordPiece

    tok = Tokenizer(WordPiece(unk_token="[UNK]", continuing_subword_prefix="##", max_input_chars_per_word=100))
    # Case and obfuscation are handled by our own normaliser before the tokenizer; accents must NOT
    # be stripped (strip_accents would delete Devanagari/Bangla vowel signs and Arabic diacritics).
    tok.normalizer = normalizers.BertNormalizer(clean_text=True, handle_chinese_chars=True, strip_accents=False, lowercase=False)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.decoder = decoders.WordPiece(prefix="##")
    trainer = trainers.WordPieceTrainer(vocab_size=vocab_size, min_frequency=2, special_tokens=SPECIAL,
                                        limit_alphabet=4000, continuing_subword_prefix="##")
    tok.train_from_iterator(texts, trainer=trainer)
    cls_id, sep_id = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1", special_tokens=[("[CLS]", cls_id), ("[SEP]", sep_id)])
    return tok


# ---------------------------------------------------------------- batching
def make_batches(lengths: list[int], batch_size: int, rng: random.Random) -> list[list[int]]:
    """Length-bucketed random batches: similar lengths together, so little padding on 2 CPU cores."""
    idx = list(range(len(lengths)))
    rng.shuffle(idx)
    chunk = batch_size * 50
    batches: list[list[int]] = []
    for s in range(0, len(idx), chunk):
        part = sorted(idx[s:s + chunk], key=lambda i: lengths[i])
        batches.extend(part[j:j + batch_size] for j in range(0, len(part), batch_size))
    rng.shuffle(batches)
    return batches


def collate(ids: list[list[int]], rows: list[int]):
    L = max(len(ids[i]) for i in rows)
    x = torch.zeros((len(rows), L), dtype=torch.long)
    m = torch.zeros((len(rows), L), dtype=torch.long)
    for k, i in enumerate(rows):
        seq = ids[i]
        x[k, :len(seq)] = torch.tensor(seq)
        m[k, :len(seq)] = 1
    return x, m


# ---------------------------------------------------------------- models
def bert_config(args, vocab_size: int):
    from transformers import BertConfig
    return BertConfig(vocab_size=vocab_size, hidden_size=args.hidden, num_hidden_layers=args.layers,
                      num_attention_heads=args.heads, intermediate_size=args.hidden * 4,
                      max_position_embeddings=args.max_positions, type_vocab_size=2,
                      hidden_dropout_prob=args.dropout, attention_probs_dropout_prob=args.dropout,
                      num_labels=len(LABELS), problem_type="multi_label_classification",
                      id2label={i: n for i, n in enumerate(LABELS)}, label2id={n: i for i, n in enumerate(LABELS)},
                      pad_token_id=0, attn_implementation="eager")


def pretrain_mlm(args, cfg, ids: list[list[int]], mask_id: int, vocab_size: int, budget_s: float):
    from transformers import BertForMaskedLM
    torch.manual_seed(args.seed)
    model = BertForMaskedLM(cfg)
    model.train()
    opt = torch.optim.AdamW(model.parameters(), lr=args.mlm_lr, weight_decay=0.01)
    rng = random.Random(args.seed)
    lengths = [len(s) for s in ids]
    batches = []
    for _ in range(args.mlm_epochs):
        batches.extend(make_batches(lengths, args.batch, rng))
    total = len(batches)
    t0 = time.time()
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / 300) * max(0.05, 1 - max(s / total, (time.time() - t0) / budget_s)))
    running = 0.0
    for step, b in enumerate(batches):
        x, m = collate(ids, b)
        labels = x.clone()
        special = x <= 4  # [PAD] [UNK] [CLS] [SEP] [MASK] have ids 0..4
        prob = torch.rand(x.shape)
        chosen = (prob < 0.15) & ~special
        if not chosen.any():
            continue
        r = torch.rand(x.shape)
        inp = x.clone()
        inp[chosen & (r < 0.8)] = mask_id
        rand_tok = chosen & (r >= 0.8) & (r < 0.9)
        inp[rand_tok] = torch.randint(5, vocab_size, (int(rand_tok.sum()),))
        hidden = model.bert(input_ids=inp, attention_mask=m)[0]
        # Project only the masked positions onto the vocabulary: the full projection costs more
        # than the whole encoder for a small model.
        logits = model.cls(hidden[chosen])
        loss = nn.functional.cross_entropy(logits, labels[chosen])
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        running = 0.98 * running + 0.02 * loss.item() if step else loss.item()
        if step % 500 == 0:
            log(f"mlm step {step}/{total} loss {running:.3f} elapsed {time.time() - t0:.0f}s")
        if time.time() - t0 > budget_s:
            log(f"mlm stopped by time budget at step {step}/{total}")
            break
    log(f"mlm done in {time.time() - t0:.0f}s")
    return model.bert.state_dict(), time.time() - t0


def predict(model, ids: list[list[int]], rows: list[int], batch: int = 128) -> np.ndarray:
    model.eval()
    out = np.zeros((len(rows), len(LABELS)), dtype=np.float32)
    order = sorted(range(len(rows)), key=lambda k: len(ids[rows[k]]))
    with torch.no_grad():
        for s in range(0, len(order), batch):
            ks = order[s:s + batch]
            x, m = collate(ids, [rows[k] for k in ks])
            logits = model(input_ids=x, attention_mask=m).logits
            out[ks] = logits.numpy()
    model.train()
    return out


def epoch_rows(train_rows: list[int], datasets: list[str], cap: int, rng: random.Random) -> list[int]:
    """One epoch's rows: every dataset contributes at most `cap` rows (a fresh sample each epoch), so
    the big English sets do not drown the small languages when the CPU budget allows few steps."""
    if cap <= 0:
        return list(train_rows)
    by_ds: dict[str, list[int]] = {}
    for i in train_rows:
        by_ds.setdefault(datasets[i], []).append(i)
    out: list[int] = []
    for ds in sorted(by_ds):
        items = by_ds[ds]
        out.extend(items if len(items) <= cap else rng.sample(items, cap))
    return out


def char_ngram_map(tok, buckets: int, n_min: int = 2, n_max: int = 5, width: int = 24) -> torch.Tensor:
    """[vocab, width] bucket ids (1..buckets-1, 0 = padding) of the character n-grams of every token:
    a word-initial token gets a leading "<" (as TF-IDF's char_wb analyser pads words), a "##" piece
    none. Hashing is crc32, stable across runs and machines."""
    import zlib
    vocab = tok.get_vocab()
    out = torch.zeros((len(vocab), width), dtype=torch.int32)
    for piece, i in vocab.items():
        if piece in SPECIAL:
            continue
        text = piece[2:] if piece.startswith("##") else "<" + piece
        grams = sorted({text[a:a + n] for n in range(n_min, n_max + 1) for a in range(len(text) - n + 1)},
                       key=lambda g: (len(g), g))[:width]
        for k, g in enumerate(grams):
            out[i, k] = 1 + zlib.crc32(g.encode("utf-8")) % (buckets - 1)
    return out


class NgramBag(nn.Module):
    """The "wide" half of the model: a bag of token unigrams and hashed token bigrams (and optionally
    trigrams), pooled as sum / sqrt(count). A 2-layer encoder trained from scratch on ~140k posts
    learns word identity slowly; this branch gives the head the lexical evidence a linear n-gram model
    learns in one pass (for scripts the tokenizer splits into characters, token n-grams are character
    n-grams). Hashing is plain integer arithmetic, so it lives inside the ONNX graph and the runtime
    still feeds only input_ids and attention_mask."""

    MULT = 1_000_003

    def __init__(self, vocab_size: int, buckets: int, dim: int, dropout: float, trigrams: bool,
                 char_map: torch.Tensor | None = None, char_buckets: int = 0, edges: torch.Tensor | None = None,
                 word_kind: torch.Tensor | None = None, word_buckets: int = 0, word_labels: tuple[int, ...] = (),
                 sublinear: bool = False, lexicon_categories: int = 0, lexicon_scale: float = 1.0):
        super().__init__()
        self.buckets = buckets
        self.trigrams = trigrams
        self.uni = nn.Embedding(vocab_size, dim)
        self.multi = nn.Embedding(buckets, dim)
        nn.init.normal_(self.uni.weight, std=0.02)
        nn.init.normal_(self.multi.weight, std=0.02)
        self.dropout = nn.Dropout(dropout)
        # Character n-grams of each vocabulary token (see char_ngram_map), as a constant in the graph:
        # a German compound or a Bangla inflection split into pieces still shares its stems' n-grams.
        self.char = None
        if char_map is not None:
            self.register_buffer("char_map", char_map.to(torch.int32), persistent=True)
            self.char = nn.Embedding(char_buckets, dim, padding_idx=0)
            nn.init.normal_(self.char.weight, std=0.02)
            with torch.no_grad():
                self.char.weight[0].zero_()
        self.register_buffer("edges", edges.to(torch.int32) if edges is not None and self.char is not None else None,
                             persistent=True)
        # Whole words (a piece and the "##" pieces after it) and word bigrams, hashed into their own
        # table that feeds only the regression-fitted labels (word_labels), with its own L2 norm: the
        # TF-IDF baseline's word analyser sees "ausländer" and "killthem" as one feature, the token
        # n-grams above only as pieces (see word_features).
        self.word = None
        self.register_buffer("word_kind", None)
        if word_kind is not None and ((word_buckets and word_labels) or lexicon_categories):
            self.register_buffer("word_kind", word_kind.to(torch.int32), persistent=True)
            gen = torch.Generator().manual_seed(WORD_SEED)
            self.register_buffer("word_coef", torch.randint(1, WORD_PRIME, (WORD_MAX_PIECES,), generator=gen), persistent=True)
        if word_kind is not None and word_buckets and word_labels:
            cols = torch.zeros((len(word_labels), dim))
            cols[torch.arange(len(word_labels)), torch.tensor(word_labels)] = 1.0
            self.register_buffer("word_cols", cols, persistent=True)
            self.word_buckets = word_buckets
            self.word = nn.Embedding(2 * word_buckets, len(word_labels))
            nn.init.zeros_(self.word.weight)
        # Lexicon categories (see set_lexicon): counts of the project's lexicon terms per category, as
        # log(1 + count) * lexicon_scale, read by one weight per (category, label). The same category
        # ("violence", "counter_speech") in every language is one feature, so what a label learns from
        # one language's terms carries to another's: the only cross-lingual signal in the bag.
        self.lexicon_scale = lexicon_scale
        self.lex_weight = None
        if lexicon_categories and word_kind is not None:
            self.register_buffer("lex_key", torch.full((LEX_BUCKETS,), -1, dtype=torch.int32), persistent=True)
            self.register_buffer("lex_set", torch.zeros(LEX_BUCKETS, dtype=torch.uint8), persistent=True)
            self.register_buffer("lex_rows", torch.zeros((256, lexicon_categories)), persistent=True)
            self.lex_weight = nn.Parameter(torch.zeros((lexicon_categories, dim)))
        # Sublinear tf (1 + log count) for the regression-fitted columns, on the tables whose repeats can
        # be counted cheaply inside the graph (token n-grams and words; not the character n-grams).
        self.sublinear = sublinear
        # Optional idf of every table entry (set_idf), one byte each: with it the bag is an idf-weighted,
        # L2-normalised tf-idf vector times the weights, as the regression in fit_wide sees it.
        self.idf_tables = None
        self.register_buffer("fitted", None)  # [labels] 1 where a column is a fitted regression (fit_wide)
        self.register_buffer("column_scale", None)  # see balance_columns

    IDF_SCALE = 16.0  # idf is stored as round(idf * 16) in a uint8 (idf <= ln(N) + 1 < 16)

    def balance_columns(self) -> None:
        """Before export: divides each output column of the tables by its largest weight and multiplies
        the bag's output back. int8 quantisation uses one scale per table, so without this the large
        regression weights of one label would set the step for every label's weights."""
        with torch.no_grad():
            peak = torch.stack([self._per_label(t, t.weight.abs().amax(0)) for t in self.tables()]).amax(0).clamp(min=1e-6)
            for t in self.tables():
                t.weight /= peak if t is not self.word else peak[self.word_cols.argmax(1)]
            self.register_buffer("column_scale", peak * (self.column_scale if self.column_scale is not None else 1.0),
                                 persistent=True)

    def tables(self) -> list[nn.Embedding]:
        return [t for t in (self.uni, self.multi, self.char, self.word) if t is not None]

    def _per_label(self, table: nn.Embedding, values: torch.Tensor) -> torch.Tensor:
        """A table's per-column values as per-label values (the word table has a column per fitted label)."""
        return values @ self.word_cols if table is self.word else values

    def sublinear_table(self, table: nn.Embedding) -> bool:
        return self.sublinear and table is not self.char

    def norm_group(self, table: nn.Embedding) -> int:
        """The tf-idf vector is L2-normalised in two parts: the n-gram tables (0) and the word table (1)."""
        return 1 if table is self.word else 0

    def set_idf(self, idf: np.ndarray, fitted: np.ndarray) -> np.ndarray:
        """Stores idf (one value per entry of the concatenated tables; 0 drops an entry) as uint8
        buffers and returns the stored values, which are what the regression must be fitted on. The
        columns marked in `fitted` then read the tf-idf vector; the others keep sum / sqrt(count)."""
        self.register_buffer("fitted", torch.tensor(fitted, dtype=torch.float32), persistent=True)
        q = np.clip(np.round(idf * self.IDF_SCALE), 0, 255).astype(np.uint8)
        at = 0
        self.idf_tables = []
        for k, t in enumerate(self.tables()):
            name = f"idf_{k}"
            self.register_buffer(name, torch.from_numpy(q[at:at + t.num_embeddings].copy()), persistent=True)
            self.idf_tables.append(name)
            at += t.num_embeddings
        return q.astype(np.float64) / self.IDF_SCALE

    def features(self, input_ids, attention_mask) -> list[tuple[nn.Embedding, torch.Tensor, torch.Tensor]]:
        """The bag's features as (table, ids, presence) triples, ids and presence of the same shape
        [batch, ...]: the forward pass and the logistic-regression fit (fit_wide) read the same ones."""
        m = attention_mask.to(self.uni.weight.dtype)
        m2 = m[:, :-1] * m[:, 1:]
        out = [(self.uni, input_ids, m), (self.multi, (input_ids[:, :-1] * self.MULT + input_ids[:, 1:]) % self.buckets, m2)]
        if self.trigrams:
            h3 = ((input_ids[:, :-2] * self.MULT + input_ids[:, 1:-1]) * self.MULT + input_ids[:, 2:] + 7) % self.buckets
            out.append((self.multi, h3, m2[:, :-1] * m[:, 2:]))
        if self.char is not None:
            cm = self.char_map[input_ids].long()  # [batch, length, K]; 0 = padding (zero row)
            out.append((self.char, cm, (cm > 0).to(m.dtype) * m.unsqueeze(-1)))
        if self.edges is not None:
            # n-grams across a piece boundary: the last s characters of token i joined to the first
            # n-s characters of token i+1 (a "##" piece), 2 <= n <= 5, hashed into the same table.
            suf = self.edges[input_ids[:, :-1]][..., :EDGE].long()
            pre = self.edges[input_ids[:, 1:]][..., EDGE:].long()
            hs, vs = [], []
            for n in range(2, EDGE + 2):
                for k in range(max(1, n - EDGE), min(EDGE, n - 1) + 1):
                    a, b = suf[..., k - 1], pre[..., n - k - 1]
                    hs.append(1 + (a * self.MULT + b) % (self.char.num_embeddings - 1))
                    vs.append(((a > 0) & (b > 0)).to(m.dtype))
            out.append((self.char, torch.stack(hs, -1), torch.stack(vs, -1) * m2.unsqueeze(-1)))
        if self.word is not None:
            out.append((self.word, *self.word_features(input_ids, attention_mask)))
        return out

    def word_hashes(self, input_ids, attention_mask):
        """Per position: the hash of the word so far (h), whether the word ends there (end), the position
        of the previous word's last piece (prev) and whether there is such a word (prev_end). A word is
        a piece of kind 1 and the "##" pieces (kind 2) after it. Its hash is sum(id * coef[position in
        word]) mod a prime, computed at every piece with plain tensor ops (a [length, length] same-word
        mask, no loop, so it exports to ONNX)."""
        kind = self.word_kind[input_ids] * attention_mask.to(torch.int32)
        in_word = kind > 0
        widx = torch.cumsum((kind == 1).to(torch.int64), 1)
        n = input_ids.shape[1]
        pos = torch.arange(n, device=input_ids.device)
        same = (widx[:, :, None] == widx[:, None, :]) & in_word[:, :, None] & in_word[:, None, :]
        upto = same & (pos[None, None, :] <= pos[None, :, None])  # [b, t, t']: t' in t's word, t' <= t
        at = (upto & (pos[None, None, :] < pos[None, :, None])).sum(-1)  # position of t within its word
        part = input_ids * self.word_coef[at.clamp(max=WORD_MAX_PIECES - 1)]
        h = (upto.to(torch.int64) * part[:, None, :]).sum(-1) % WORD_PRIME
        nxt = torch.cat([kind[:, 1:], torch.zeros_like(kind[:, :1])], 1)
        end = in_word & (nxt != 2)
        prev = pos[None, :] - at - 1  # the previous word's last piece
        prev_ok = prev >= 0
        prev = prev.clamp(min=0)
        prev_end = torch.gather(end, 1, prev) & prev_ok
        return h, end, prev, prev_end

    def word_features(self, input_ids, attention_mask) -> tuple[torch.Tensor, torch.Tensor]:
        """Hashed words and word bigrams, [batch, 2 * length] ids and presence. A word counts once, at its
        last piece; a bigram joins its hash with the hash at the previous word's last piece."""
        h, end, prev, prev_end = self.word_hashes(input_ids, attention_mask)
        hp = torch.gather(h, 1, prev)
        uni = h % self.word_buckets
        bi = self.word_buckets + (hp * self.MULT + h) % self.word_buckets
        dtype = self.uni.weight.dtype
        return torch.cat([uni, bi], 1), torch.cat([end.to(dtype), (end & prev_end).to(dtype)], 1)

    def extend_hash(self, g: torch.Tensor, h: torch.Tensor, prev: torch.Tensor) -> torch.Tensor:
        """The hash of the word sequence one word longer: g taken at the previous word's last piece,
        followed by the word hash h at this piece."""
        return (torch.gather(g, 1, prev) * self.MULT + h) % WORD_PRIME

    def lexicon_counts(self, input_ids, attention_mask) -> torch.Tensor:
        """[batch, categories] how many lexicon terms of each category the text contains. The n-word
        sequence ending at a word has hash g_n = (g_{n-1} at the previous word * MULT + h) mod prime; a
        term matches where lex_key[g_n mod LEX_BUCKETS] == g_n (set_lexicon hashes the terms with this
        same function, so the graph and the table cannot disagree on a term's hash)."""
        h, end, prev, prev_end = self.word_hashes(input_ids, attention_mask)
        g, valid = h, end
        total = 0.0
        for n in range(1, LEX_MAX_WORDS + 1):
            if n > 1:
                g = self.extend_hash(g, h, prev)
                valid = valid & prev_end & torch.gather(valid, 1, prev)
            slot = g % LEX_BUCKETS
            hit = valid & (self.lex_key[slot].to(torch.int64) == g)
            rows = self.lex_rows[self.lex_set[slot].to(torch.int64)]  # [b, t, categories]
            total = total + (rows * hit.unsqueeze(-1).to(rows.dtype)).sum(1)
        return total

    def lexicon_features(self, input_ids, attention_mask) -> torch.Tensor:
        return torch.log1p(self.lexicon_counts(input_ids, attention_mask)) * self.lexicon_scale

    def set_lexicon(self, terms: list[tuple[list[int], tuple[int, ...]]]) -> dict:
        """Fills the lexicon table from (term's word-piece ids, category indices) pairs, hashing each term
        with lexicon_counts' own arithmetic. Terms of more than LEX_MAX_WORDS words are skipped; two
        terms with the same hash share their categories; a term whose slot holds another term's hash
        is dropped (counted). A term the tokenizer turns into nothing is skipped too."""
        cats: dict[int, set[int]] = {}
        skipped = empty = 0
        with torch.no_grad():
            for term_ids, cs in terms:
                if not term_ids:
                    empty += 1
                    continue
                x = torch.tensor([term_ids])
                h, end, prev, _ = self.word_hashes(x, torch.ones_like(x))
                words = int(end.sum())
                if words > LEX_MAX_WORDS:
                    skipped += 1
                    continue
                g = h
                for _ in range(words - 1):
                    g = self.extend_hash(g, h, prev)
                cats.setdefault(int(g[0, -1]), set()).update(cs)
        sets = sorted({tuple(sorted(c)) for c in cats.values()})
        if len(sets) > 255:
            raise ValueError(f"{len(sets)} distinct category sets: lex_set holds 255")
        set_id = {c: k + 1 for k, c in enumerate(sets)}
        key = torch.full((LEX_BUCKETS,), -1, dtype=torch.int32)
        sid = torch.zeros(LEX_BUCKETS, dtype=torch.uint8)
        collided = 0
        for gh in sorted(cats):
            slot = gh % LEX_BUCKETS
            if key[slot] >= 0:
                collided += 1
                continue
            key[slot], sid[slot] = gh, set_id[tuple(sorted(cats[gh]))]
        rows = torch.zeros_like(self.lex_rows)
        for c, k in set_id.items():
            rows[k, list(c)] = 1.0
        with torch.no_grad():
            self.lex_key.copy_(key)
            self.lex_set.copy_(sid)
            self.lex_rows.copy_(rows)
        return {"terms": len(terms), "hashed": len(cats), "skipped_too_long": skipped, "skipped_empty": empty,
                "dropped_slot_taken": collided, "category_sets": len(sets)}

    def forward(self, input_ids, attention_mask):
        total, word_total, count, norm2 = 0.0, 0.0, 0.0, [0.0, 0.0]
        idf = {id(t): getattr(self, name) for t, name in zip(self.tables(), self.idf_tables)} if self.idf_tables else None
        for table, ids, present in self.by_table(self.features(input_ids, attention_mask)):
            emb = self._per_label(table, table(ids))  # [batch, n, labels]
            value, share = present, present  # per occurrence: weight on the row's value, share of the norm
            if idf is not None and self.sublinear_table(table):
                # A feature seen c times in the row counts 1 + log c: each occurrence carries (1 + log c) / c
                # of the value and (1 + log c)^2 / c of the squared norm.
                c = ((ids[:, :, None] == ids[:, None, :]).to(present.dtype) * present[:, None, :]).sum(-1).clamp(min=1.0)
                g = 1.0 + torch.log(c)
                value, share = present * g / c, present * g * g / c
            if table is self.word:
                word_total = word_total + (emb * value.unsqueeze(-1)).sum(1)
            else:
                # Fitted columns read the (sublinear) tf-idf values; the others keep plain presence.
                weight = present.unsqueeze(-1) * (1.0 - self.fitted) + value.unsqueeze(-1) * self.fitted if idf is not None \
                    else present.unsqueeze(-1)
                total = total + (emb * weight).sum(1)
                count = count + present.sum(1)
            if idf is not None:  # squared L2 norm of each part of the tf-idf vector
                k = self.norm_group(table)
                norm2[k] = norm2[k] + ((idf[id(table)][ids].to(present.dtype) / self.IDF_SCALE) ** 2 * share).sum(1)
        scale = 1.0 / count.clamp(min=1.0).sqrt().unsqueeze(-1)
        if idf is not None:
            scale = self.fitted / norm2[0].clamp(min=1e-6).sqrt().unsqueeze(-1) + (1.0 - self.fitted) * scale
        out = total * scale
        if self.word is not None and idf is not None:
            out = out + word_total / norm2[1].clamp(min=1e-6).sqrt().unsqueeze(-1)
        if self.column_scale is not None:
            out = out * self.column_scale
        if self.lex_weight is not None:
            out = out + self.lexicon_features(input_ids, attention_mask) @ self.lex_weight
        return self.dropout(out)

    @staticmethod
    def by_table(feats):
        """The features of each table as one [batch, n] block of ids and presence (bigrams and trigrams
        share a table, so a repeat is counted across both)."""
        grouped: dict[int, tuple] = {}
        for table, ids, present in feats:
            b = ids.shape[0]
            entry = grouped.setdefault(id(table), (table, [], []))
            entry[1].append(ids.reshape(b, -1))
            entry[2].append(present.reshape(b, -1))
        return [(t, torch.cat(i, 1), torch.cat(p, 1)) for t, i, p in grouped.values()]


def wide_counts(bag: NgramBag, ids: list[list[int]], rows: list[int], batch: int = 512):
    """Sparse [rows, all table entries] counts of the bag's features; columns follow bag.tables()."""
    from scipy.sparse import csr_matrix
    offsets, at = {}, 0
    for table in bag.tables():
        offsets[id(table)] = at
        at += table.num_embeddings
    data, cols, indptr = [], [], [0]
    with torch.no_grad():
        for s in range(0, len(rows), batch):
            x, m = collate(ids, rows[s:s + batch])
            feats = bag.features(x, m)
            for r in range(x.shape[0]):
                cs, ps = [], []
                for table, fid, present in feats:
                    keep = present[r] > 0
                    cs.append(fid[r][keep].reshape(-1).numpy() + offsets[id(table)])
                    ps.append(present[r][keep].reshape(-1).numpy())
                uniq, inv = np.unique(np.concatenate(cs), return_inverse=True)
                cols.append(uniq)
                data.append(np.bincount(inv, weights=np.concatenate(ps)))
                indptr.append(indptr[-1] + len(uniq))
    return csr_matrix((np.concatenate(data), np.concatenate(cols), np.array(indptr)), shape=(len(rows), at))


def wide_idf(counts, min_df: int) -> np.ndarray:
    """Smoothed idf of every table entry over the rows of `counts` (as scikit-learn's TfidfVectorizer).
    Entries seen in fewer than min_df rows get idf 0: they add nothing to the sum or to the norm (as
    min_df in a TF-IDF vectoriser; rare entries would otherwise dominate the norm)."""
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    return (np.log((1 + counts.shape[0]) / (1 + df)) + 1) * (df >= min_df)


def wide_design(bag: NgramBag, counts, idf: np.ndarray):
    """The regression's design matrix from raw counts, exactly as NgramBag.forward weighs them: sublinear
    tf on the tables that use it, idf, and one L2 norm per part (norm_group). The norm of the plain
    tables runs over occurrences (sum of count * idf^2), as the graph's sum over positions does."""
    from scipy.sparse import diags, hstack
    parts: dict[int, list] = {}
    at = 0
    for table in bag.tables():
        block = counts[:, at:at + table.num_embeddings].astype(np.float64).tocsr()
        share = block.copy()
        if bag.sublinear_table(table):
            block.data = 1.0 + np.log(block.data)
            share = block.multiply(block).tocsr()
        parts.setdefault(bag.norm_group(table), []).append((block, share, idf[at:at + table.num_embeddings]))
        at += table.num_embeddings
    out = []
    for group in sorted(parts):
        norm = np.sqrt(sum(np.asarray(sh @ (w ** 2)).ravel() for _, sh, w in parts[group]))
        inv = diags(1 / np.maximum(norm, 1e-3))
        out += [inv @ b @ diags(w) for b, _, w in parts[group]]
    return hstack(out).tocsr()


def lexicon_design(bag: NgramBag, ids: list[list[int]], rows: list[int], batch: int = 512) -> np.ndarray:
    """[rows, categories] the bag's lexicon features (log(1 + count) * scale), as the graph computes them."""
    out = []
    with torch.no_grad():
        for s in range(0, len(rows), batch):
            out.append(bag.lexicon_features(*collate(ids, rows[s:s + batch])).numpy())
    return np.concatenate(out).astype(np.float64)


def fit_wide(args, bag: NgramBag, ids: list[list[int]], y: np.ndarray, train_rows: list[int], labels: list[str],
             fit_ids: list[list[int]] | None = None):
    """Fits the bag's columns for `labels` as one L2-regularised logistic regression per label
    (liblinear, to convergence) on the bag's own features weighted by idf, writes the coefficients
    into the bag's tables and freezes those columns (the other columns train with the encoder).

    Why: trained by SGD jointly with the encoder, the bag reached a per-dataset dev PR-AUC for violence
    of 0.650; the same features fitted as a regression reach 0.69 (the TF-IDF baseline: 0.722).
    The encoder is then trained on what the regression gets wrong (stacking). Its training rows see
    the regression's *out-of-fold* logits, not the full fit's: on its own training rows the full fit
    is nearly always right, which would leave the encoder nothing to learn there.

    The regression reads `fit_ids` (the texts tokenised to the runtime's length: a threat can sit past
    the 64 tokens the encoder trains on); the delta is taken against the bag on `ids`, which the network
    sees in training.

    Returns (intercepts [labels], delta [len(ids), labels]): delta holds, for each training row, the
    out-of-fold minus the full-fit logits (0 for other rows and other labels), to be added to the
    network's logits during fine-tuning."""
    from sklearn.linear_model import LogisticRegression
    t0 = time.time()
    fit_ids = fit_ids if fit_ids is not None else ids
    rows = sorted(set(train_rows))
    weight = np.bincount(train_rows, minlength=len(ids))[rows].astype(np.float64)  # template rows repeat
    counts = wide_counts(bag, fit_ids, rows)
    fitted = np.array([name in labels for name in LABELS], dtype=np.float32)
    idf = bag.set_idf(wide_idf(counts, args.wide_min_df), fitted)
    X = wide_design(bag, counts, idf)
    n_tab = X.shape[1]
    if bag.lex_weight is not None:  # the lexicon categories: dense columns after the tables'
        from scipy.sparse import csr_matrix, hstack
        X = hstack([X, csr_matrix(lexicon_design(bag, fit_ids, rows))]).tocsr()
    fold = np.random.default_rng(0).integers(0, args.wide_folds, len(rows))
    coef = np.zeros((counts.shape[1], len(LABELS)), dtype=np.float32)
    lex_coef = np.zeros((X.shape[1] - n_tab, len(LABELS)), dtype=np.float32)
    intercept = np.zeros(len(LABELS), dtype=np.float32)
    oof = np.zeros((len(rows), len(LABELS)), dtype=np.float32)
    check = np.zeros((min(256, len(rows)), len(LABELS)), dtype=np.float32)  # the graph must agree
    log(f"wide regression: {X.shape[0]} rows x {X.shape[1]} features, {X.nnz / X.shape[0]:.0f} per row")
    for j, name in enumerate(LABELS):
        if not fitted[j]:
            continue
        known = y[rows, j] >= 0
        fit = lambda k: LogisticRegression(C=args.wide_c, solver="liblinear", max_iter=500).fit(  # noqa: E731
            X[k], y[rows][k, j], sample_weight=weight[k])
        full = fit(known)
        coef[:, j] = full.coef_[0][:n_tab] * idf  # the bag multiplies raw counts: fold idf into the weights
        lex_coef[:, j] = full.coef_[0][n_tab:]
        intercept[j] = full.intercept_[0]
        check[:, j] = full.decision_function(X[:len(check)])
        for f in range(args.wide_folds):
            part = fit(known & (fold != f))
            oof[fold == f, j] = part.decision_function(X[fold == f])
        log(f"wide regression: {name} fitted ({int(known.sum())} rows) at {time.time() - t0:.0f}s")
    at = 0
    bag.eval()
    keep = torch.from_numpy(fitted).bool()
    with torch.no_grad():
        for t in bag.tables():
            block = torch.from_numpy(coef[at:at + t.num_embeddings])
            if t is bag.word:
                t.weight[:] = block[:, bag.word_cols.argmax(1)]
            else:
                t.weight[:, keep] = block[:, keep]
            at += t.num_embeddings
        if bag.lex_weight is not None:
            bag.lex_weight[:, keep] = torch.from_numpy(lex_coef)[:, keep]
        x, m = collate(fit_ids, rows[:len(check)])
        diff = np.abs((bag(x, m).numpy() + intercept) * fitted - check)[:, fitted > 0].max()
        log(f"wide regression: bag vs regression max |logit diff| {diff:.2e}")
        delta = np.zeros((len(ids), len(LABELS)), dtype=np.float32)
        for s in range(0, len(rows), 1024):
            part = rows[s:s + 1024]
            x, m = collate(ids, part)
            full = (bag(x, m).numpy() + intercept) * fitted
            delta[part] = (oof[s:s + len(part)] - full) * fitted
    bag.train()
    frozen = torch.from_numpy(1.0 - fitted)
    for t in bag.tables():
        if t is bag.word:
            t.weight.requires_grad_(False)
        elif fitted.all():
            t.weight.requires_grad_(False)
        else:  # Adam leaves a parameter whose gradient is always 0 where it is
            t.weight.register_hook(lambda g: g * frozen)
    if bag.lex_weight is not None:
        if fitted.all():
            bag.lex_weight.requires_grad_(False)
        else:
            bag.lex_weight.register_hook(lambda g: g * frozen)
    return torch.from_numpy(intercept), torch.from_numpy(delta)


class MeanPoolClassifier(nn.Module):
    """BERT encoder + masked mean over token states + linear head. With little data and no pretraining,
    mean pooling passes gradient to every token's state instead of only [CLS], and learns faster.
    Optionally (`rabat_ngram_buckets` > 0) the head also reads an n-gram bag (NgramBag)."""

    def __init__(self, cfg, char_map: torch.Tensor | None = None, edges: torch.Tensor | None = None,
                 word_kind: torch.Tensor | None = None):
        super().__init__()
        from transformers import BertModel
        self.config = cfg
        self.bert = BertModel(cfg, add_pooling_layer=False)
        self.dropout = nn.Dropout(cfg.hidden_dropout_prob)
        self.use_max = getattr(cfg, "rabat_pooling", "mean") == "meanmax"
        buckets = getattr(cfg, "rabat_ngram_buckets", 0)
        # "add": the bag has one weight per label and its output is added to the logits (a linear
        # n-gram model beside the encoder, full rank per label: rare labels keep their own words);
        # "concat": a small embedding the shared head reads next to the pooled states.
        self.ngram_add = getattr(cfg, "rabat_ngram_mode", "concat") == "add"
        dim = cfg.num_labels if self.ngram_add else getattr(cfg, "rabat_ngram_dim", 0)
        char_buckets = getattr(cfg, "rabat_char_buckets", 0)
        self.ngrams = NgramBag(cfg.vocab_size, buckets, dim, getattr(cfg, "rabat_ngram_dropout", 0.1),
                               getattr(cfg, "rabat_ngram_trigrams", False),
                               char_map if char_buckets else None, char_buckets, edges, word_kind,
                               getattr(cfg, "rabat_word_buckets", 0), tuple(getattr(cfg, "rabat_word_labels", ())),
                               getattr(cfg, "rabat_ngram_sublinear", False),
                               len(getattr(cfg, "rabat_lexicon_categories", ())),
                               getattr(cfg, "rabat_lexicon_scale", 1.0)) if buckets else None
        width = cfg.hidden_size * (2 if self.use_max else 1) + (dim if buckets and not self.ngram_add else 0)
        self.classifier = nn.Linear(width, cfg.num_labels)

    def pool(self, hidden, attention_mask):
        m = attention_mask.unsqueeze(-1).to(hidden.dtype)
        mean = (hidden * m).sum(1) / m.sum(1).clamp(min=1.0)
        if not self.use_max:
            return mean
        # Max over real tokens picks a single salient word ("kill") that a mean over a long post dilutes.
        mx = (hidden + (m - 1.0) * 1e4).max(dim=1).values
        return torch.cat([mean, mx], dim=-1)

    def head(self, hidden, input_ids, attention_mask):
        feats = self.dropout(self.pool(hidden, attention_mask))
        if self.ngrams is None:
            return self.classifier(feats)
        bag = self.ngrams(input_ids, attention_mask)
        if self.ngram_add:
            return self.classifier(feats) + bag
        return self.classifier(torch.cat([feats, bag], dim=-1))

    def forward(self, input_ids, attention_mask=None, token_type_ids=None):
        if attention_mask is None:
            attention_mask = torch.ones_like(input_ids)
        hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids)[0]
        return SimpleNamespace(logits=self.head(hidden, input_ids, attention_mask))


SCALES = (0.0, 0.25, 0.5, 0.75, 1.0)


def best_scales(full: np.ndarray, wide: np.ndarray, y_dev: np.ndarray, sources, names: list[str],
                templates: np.ndarray | None = None) -> tuple[dict, float, dict]:
    """With a fitted regression beside it (fit_wide), the encoder's contribution to each main label is
    scaled by the factor in SCALES that scores best on dev: where the encoder adds nothing to the
    regression for a label, that label keeps the regression alone. full / wide: dev logits of the
    whole network / of the regression alone. `names`: the main labels that have a regression. Returns
    the factors and the scaled network's score.

    "Best" is the label's dev PR-AUC (per dataset with `sources`), or, with `templates` (which dev rows
    are template sentences; --share-select source-balanced), the mean of the real-post and the
    template macro-F1 at the one threshold best on all of dev. Session 8: by PR-AUC a share of 0.25
    won at one checkpoint by 0.0008 and moved that threshold to where template sentences lose."""
    scales = {}
    for name in names:
        j = LABELS.index(name)
        known = y_dev[:, j] >= 0
        if templates is None:
            score = lambda a: dev_score(wide + a * (full - wide), y_dev, sources)[1].get(name, 0.0)  # noqa: E731
        else:
            score = lambda a: source_balanced_f1(  # noqa: E731
                y_dev[known, j], 1.0 / (1.0 + np.exp(-(wide + a * (full - wide))[known, j])), templates[known])[0]
        scales[name] = max(SCALES, key=lambda a: (score(a), a))
    factor = np.array([scales.get(n, 1.0) for n in LABELS])
    score, per = dev_score(wide + factor * (full - wide), y_dev, sources)
    return scales, score, per


def fold_scales(model, scales: dict, intercept: torch.Tensor) -> None:
    """Folds the factors into the output layer (the regression's intercept stays whole): the graph is
    unchanged."""
    cls = model.classifier
    with torch.no_grad():
        for name, a in scales.items():
            j = LABELS.index(name)
            cls.weight[j] *= a
            cls.bias[j] = intercept[j] + a * (cls.bias[j] - intercept[j])


def _checkpoint(model, ids, y, dev_rows, best, history, where: str, t0: float, tag: str, sources: np.ndarray | None,
                wide: np.ndarray | None = None, wide_names: list[str] = (), templates: np.ndarray | None = None):
    """Scores dev and keeps the best weights so far (this small model peaks early, then overfits)."""
    full = predict(model, ids, dev_rows)
    scales = None
    if wide is None:
        score, per = dev_score(full, y[dev_rows], sources)
    else:
        scales, score, per = best_scales(full, wide, y[dev_rows], sources, list(wide_names), templates)
    history.append({"at": where, "dev_mean_pr_auc": round(score, 4), "per_label": per, "elapsed_s": round(time.time() - t0),
                    **({"encoder_scale": scales} if scales else {})})
    log(f"[{tag}] {where} dev mean PR-AUC(hate,offensive,violence; {'per-dataset' if sources is not None else 'pooled'}) "
        f"{score:.4f} {per}{f' encoder scale {scales}' if scales else ''}")
    if score > best[0]:
        return (score, {k: v.detach().clone() for k, v in model.state_dict().items()}, where, scales)
    return best


def configure_head(cfg, args, char_map: torch.Tensor | None, edges: torch.Tensor | None,
                   word_kind: torch.Tensor | None, lexicon_categories: list[str]) -> None:
    """Writes the pooling and n-gram bag settings from the training args into the model config, which
    MeanPoolClassifier reads (finetune; violence_regression_sweep.py rebuilds a candidate's bag)."""
    cfg.rabat_pooling = args.pooling
    cfg.rabat_ngram_buckets, cfg.rabat_ngram_dim, cfg.rabat_ngram_dropout = args.ngram_buckets, args.ngram_dim, args.ngram_dropout
    cfg.rabat_ngram_mode, cfg.rabat_ngram_trigrams = args.ngram_mode, args.ngram_trigrams
    cfg.rabat_char_buckets = args.char_buckets if char_map is not None else 0
    cfg.rabat_char_edges = edges is not None
    fitted_labels = LABELS if args.wide_labels == "all" else args.wide_labels.split(",")
    with_words = args.wide_fit == "lr" and args.word_buckets > 0 and word_kind is not None
    cfg.rabat_word_buckets = args.word_buckets if with_words else 0
    cfg.rabat_word_labels = [LABELS.index(n) for n in fitted_labels] if with_words else []
    cfg.rabat_ngram_sublinear = args.wide_fit == "lr" and args.wide_sublinear
    cfg.rabat_lexicon_categories = lexicon_categories
    cfg.rabat_lexicon_scale = args.lexicon_scale


def finetune(args, cfg, ids, y, train_rows, dev_rows, init_state, tag: str, budget_s: float, datasets: list[str],
             char_map: torch.Tensor | None = None, edges: torch.Tensor | None = None,
             word_kind: torch.Tensor | None = None, fit_ids: list[list[int]] | None = None, lexicon=None):
    from transformers import BertForSequenceClassification
    torch.manual_seed(args.seed)
    configure_head(cfg, args, char_map, edges, word_kind, lexicon["categories"] if lexicon else [])
    fitted_labels = LABELS if args.wide_labels == "all" else args.wide_labels.split(",")
    model = MeanPoolClassifier(cfg, char_map, edges, word_kind) if args.pooling in ("mean", "meanmax") else BertForSequenceClassification(cfg)
    if lexicon:
        lexicon["table"] = model.ngrams.set_lexicon(lexicon["term_ids"])
        log(f"[{tag}] lexicon in the graph: {lexicon['table']}")
    if init_state is not None:
        missing, _ = model.bert.load_state_dict(init_state, strict=False)
        log(f"[{tag}] initialised encoder from MLM (missing: {[k for k in missing][:4]})")
    intercept = delta = wide_dev = None
    wide_names: list[str] = []
    if args.wide_fit == "lr":
        wide_names = [n for n in MAIN if n in fitted_labels]
        intercept, delta = fit_wide(args, model.ngrams, ids, y, train_rows, fitted_labels, fit_ids)
        cls = model.classifier
        init_w, init_b = cls.weight.detach().clone(), cls.bias.detach().clone()
        keep = model.ngrams.fitted.bool()
        with torch.no_grad():
            cls.weight.zero_()
            cls.bias.copy_(intercept)
        wide_dev = predict(model, ids, dev_rows)  # the regressions alone, on dev
        with torch.no_grad():
            cls.weight.copy_(init_w)
            cls.bias.copy_(torch.where(keep, intercept, init_b))
    model.train()
    no_decay = ["bias", "LayerNorm.weight"]
    # The n-gram tables get their own learning rate and weight decay (AdamW's decay shrinks every row
    # on every step, seen in the batch or not: an L2 pull that keeps rare n-grams from memorising).
    wide = lambda n: n.startswith("ngrams.")  # noqa: E731
    groups = [
        {"params": [p for n, p in model.named_parameters() if not wide(n) and not any(nd in n for nd in no_decay)], "weight_decay": 0.01},
        {"params": [p for n, p in model.named_parameters() if not wide(n) and any(nd in n for nd in no_decay)], "weight_decay": 0.0},
        {"params": [p for n, p in model.named_parameters() if wide(n) and p.requires_grad],
         "weight_decay": args.ngram_weight_decay, "lr": args.ngram_lr or args.lr},
    ]
    groups = [g for g in groups if g["params"]]
    opt = torch.optim.AdamW(groups, lr=args.lr)
    # Each dev row's source dataset, when checkpoints are scored per dataset (None: pooled).
    sources = np.array([datasets[i] for i in dev_rows]) if args.select == "per-dataset" else None
    templates = np.array([datasets[i] == "templates" for i in dev_rows]) if args.share_select == "source-balanced" else None
    rng = random.Random(args.seed + 1)
    first = epoch_rows(train_rows, datasets, args.cap_per_dataset, random.Random(args.seed))
    steps_per_epoch = math.ceil(len(first) / args.batch)
    total = steps_per_epoch * args.epochs
    t0 = time.time()
    # Linear decay over whichever runs out first, the planned steps or the wall-clock budget, so a
    # run cut short by a busy shared machine still ends with a decayed learning rate.
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / 300) * max(0.02, 1 - max(s / total, (time.time() - t0) / budget_s)))
    yt = torch.tensor(y, dtype=torch.float32)
    # Per-head loss weights: template rows carry 7 target labels each, which would otherwise outweigh
    # the one violence label in the shared encoder's gradient.
    hw = torch.ones(len(LABELS))
    for part in filter(None, args.head_weights.split(",")):
        k, v = part.split("=")
        for j, name in enumerate(LABELS):
            if name == k or (k == "target" and name.startswith("target_")):
                hw[j] = float(v)
    # Per-label positive weights: violence is positive in ~2% of the rows that annotate it; weighting
    # its positives makes the n-gram branch learn threat verbs within the one or two passes we afford.
    pw = torch.ones(len(LABELS))
    for part in filter(None, args.pos_weights.split(",")):
        k, v = part.split("=")
        pw[LABELS.index(k)] = float(v)
    best = (-1.0, None, -1, None)
    step = 0
    history = []
    # Optional exponential moving average of the weights: with noisy labels the averaged weights
    # generalise better than the last step's; dev checkpoints then score the averaged model.
    ema = None
    if args.ema:
        ema = torch.optim.swa_utils.AveragedModel(
            model, multi_avg_fn=torch.optim.swa_utils.get_ema_multi_avg_fn(args.ema))
    for epoch in range(args.epochs):
        running = 0.0
        ep_rows = first if epoch == 0 else epoch_rows(train_rows, datasets, args.cap_per_dataset, rng)
        for b in make_batches([len(ids[i]) for i in ep_rows], args.batch, rng):
            rows = [ep_rows[k] for k in b]
            x, m = collate(ids, rows)
            logits = model(input_ids=x, attention_mask=m).logits
            if delta is not None:
                logits = logits + delta[rows]  # the regression's out-of-fold logits (see fit_wide)
            target = yt[rows]
            known = (target >= 0).float() * hw
            loss_el = nn.functional.binary_cross_entropy_with_logits(logits, target.clamp(min=0), reduction="none",
                                                                     pos_weight=pw)
            loss = (loss_el * known).sum() / known.sum().clamp(min=1.0)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            if ema is not None:
                ema.update_parameters(model)
            running = 0.98 * running + 0.02 * loss.item() if step else loss.item()
            if step % 500 == 0:
                log(f"[{tag}] epoch {epoch} step {step}/{total} loss {running:.4f} elapsed {time.time() - t0:.0f}s")
            step += 1
            if args.eval_every and step % args.eval_every == 0:
                best = _checkpoint(ema.module if ema is not None else model, ids, y, dev_rows, best, history,
                                   f"{epoch}:{step}", t0, tag, sources, wide_dev, wide_names, templates)
            if time.time() - t0 > budget_s:
                break
        best = _checkpoint(ema.module if ema is not None else model, ids, y, dev_rows, best, history,
                           f"{epoch}:{step}", t0, tag, sources, wide_dev, wide_names, templates)
        if time.time() - t0 > budget_s:
            log(f"[{tag}] stopped by time budget")
            break
    model.load_state_dict(best[1])
    if best[3] is not None:
        fold_scales(model, best[3], intercept)
        log(f"[{tag}] encoder contribution per label folded into the output layer: {best[3]}")
    return model, {"encoder_scale": best[3], "dev_mean_pr_auc": round(best[0], 4), "best_epoch": best[2], "history": history,
                   "train_seconds": round(time.time() - t0)}


# ---------------------------------------------------------------- export
class _Logits(nn.Module):
    """Export wrapper: builds the additive attention mask with plain tensor ops. transformers' own mask
    helper branches on Python values while tracing, which froze the padding length into the graph
    (logits off by ~0.1 on other lengths)."""

    def __init__(self, m):
        super().__init__()
        self.m = m

    def forward(self, input_ids, attention_mask, token_type_ids):
        bert = self.m.bert
        emb = bert.embeddings(input_ids=input_ids, token_type_ids=token_type_ids)
        ext = (1.0 - attention_mask[:, None, None, :].to(emb.dtype)) * torch.finfo(emb.dtype).min
        hidden = bert.encoder(emb, attention_mask=ext).last_hidden_state
        if isinstance(self.m, MeanPoolClassifier):
            return self.m.head(hidden, input_ids, attention_mask)
        return self.m.classifier(bert.pooler(hidden))


EDGE = 4  # longest word-piece suffix / prefix in a boundary-spanning n-gram (n <= 5)


def load_lexicon(folder: str, sources: tuple[str, ...] = ()) -> tuple[list[str], list[tuple[str, tuple[int, ...]]], str]:
    """The compiled lexicons (data/lexicons/compiled, all languages) as (categories, [(normalised term,
    category indices)], lexicon version); only the entries of `sources` if given. A term listed under
    several categories or languages keeps them all."""
    from normalise import normalise_for_model
    manifest = json.load(open(os.path.join(folder, "manifest.json"), encoding="utf-8"))
    by_term: dict[str, set[str]] = {}
    for entry in manifest["languages"]:
        for e in json.load(open(os.path.join(folder, f"{entry['lang']}.json"), encoding="utf-8"))["entries"]:
            term = normalise_for_model(e["term"]).strip()
            if term and (not sources or e["source"] in sources):
                by_term.setdefault(term, set()).add(e["category"])
    categories = sorted({c for cs in by_term.values() for c in cs})
    index = {c: k for k, c in enumerate(categories)}
    terms = [(t, tuple(sorted(index[c] for c in cs))) for t, cs in sorted(by_term.items())]
    return categories, terms, manifest["version"]


def lexicon_term_ids(tok, terms: list[tuple[str, tuple[int, ...]]]) -> list[tuple[list[int], tuple[int, ...]]]:
    """(term, categories) pairs as (the term's word-piece ids, categories), the input of
    NgramBag.set_lexicon: no special tokens, no truncation (the tokenizer's setting is restored)."""
    truncation = tok.truncation
    tok.no_truncation()
    enc = tok.encode_batch([t for t, _ in terms], add_special_tokens=False)
    if truncation:
        tok.enable_truncation(**truncation)
    return [(e.ids, c) for e, (_, c) in zip(enc, terms)]


def word_kind_map(tok) -> torch.Tensor:
    """[vocab] 1 for a piece that starts a word (and [UNK], which stands for one), 2 for a "##" piece
    that continues one, 0 for the other special tokens (see NgramBag.word_features)."""
    out = torch.zeros(tok.get_vocab_size(), dtype=torch.int32)
    for piece, i in tok.get_vocab().items():
        if piece in SPECIAL and piece != "[UNK]":
            continue
        out[i] = 2 if piece.startswith("##") else 1
    return out


def edge_map(tok) -> torch.Tensor:
    """[vocab, 2 * EDGE] ids for the character n-grams that span a word-piece boundary: columns
    0..EDGE-1 identify each token's last 1..EDGE characters (a word-initial token with its "<"),
    columns EDGE.. the first 1..EDGE characters of a "##" piece (0 elsewhere: only a continuation
    piece continues a word). NgramBag combines the suffix of one token with the prefix of the next
    into a hashed n-gram, so a word split into pieces keeps the n-grams across its seam, as TF-IDF's
    char_wb analyser sees them on the whole word: "ausländer" as "<aus" + "##länder" still yields
    "slä" and "uslän"."""
    import zlib
    vocab = tok.get_vocab()
    out = torch.zeros((len(vocab), 2 * EDGE), dtype=torch.int32)
    ident = lambda g: 1 + zlib.crc32(g.encode("utf-8")) % 2_000_000_000  # noqa: E731 (fits int32, never 0)
    for piece, i in vocab.items():
        if piece in SPECIAL:
            continue
        cont = piece.startswith("##")
        text = piece[2:] if cont else "<" + piece
        for k in range(1, min(EDGE, len(text)) + 1):
            out[i, k - 1] = ident(text[-k:])
            if cont:
                out[i, EDGE + k - 1] = ident(text[:k])
    return out


def export(model, tok, out: str, sample_texts: list[str], max_positions: int) -> dict:
    import onnxruntime as ort
    from onnxruntime.quantization import QuantType, quantize_dynamic
    os.makedirs(os.path.join(out, "onnx"), exist_ok=True)
    model.eval()
    if getattr(model, "ngrams", None) is not None:
        model.ngrams.balance_columns()
    fp32 = os.path.join(out, "onnx", "model.onnx")
    q8 = os.path.join(out, "onnx", "model_quantized.onnx")
    enc = tok.encode_batch(sample_texts[:2])
    L = max(len(e.ids) for e in enc)
    x = torch.tensor([e.ids + [0] * (L - len(e.ids)) for e in enc])
    m = torch.tensor([e.attention_mask + [0] * (L - len(e.ids)) for e in enc])
    t = torch.zeros_like(x)
    # The wrapper must be in eval mode: the exporter restores the wrapper's mode afterwards, and a
    # fresh nn.Module is in train mode, which would switch dropout back on in `model`.
    torch.onnx.export(_Logits(model).eval(), (x, m, t), fp32, input_names=["input_ids", "attention_mask", "token_type_ids"],
                      output_names=["logits"], opset_version=14, dynamo=False,
                      dynamic_axes={"input_ids": {0: "batch", 1: "sequence"}, "attention_mask": {0: "batch", 1: "sequence"},
                                    "token_type_ids": {0: "batch", 1: "sequence"}, "logits": {0: "batch"}})
    model.eval()
    quantize_dynamic(fp32, q8, weight_type=QuantType.QInt8)
    if getattr(model, "ngrams", None) is not None:
        log(f"n-gram tables stored as float16 in {fp32}: {store_fp16(fp32, lambda name, _: is_ngram_table(name)) / 1e6:.1f} MB saved")
    # Parity: torch vs onnxruntime fp32 vs int8 on the sample texts.
    enc = tok.encode_batch(sample_texts)
    L = min(max(len(e.ids) for e in enc), max_positions)
    x = np.array([(e.ids + [0] * L)[:L] for e in enc], dtype=np.int64)
    mm = np.array([(e.attention_mask + [0] * L)[:L] for e in enc], dtype=np.int64)
    tt = np.zeros_like(x)
    with torch.no_grad():
        ref = model(input_ids=torch.tensor(x), attention_mask=torch.tensor(mm), token_type_ids=torch.tensor(tt)).logits.numpy()
    feeds = {"input_ids": x, "attention_mask": mm, "token_type_ids": tt}
    so = ort.SessionOptions()
    so.intra_op_num_threads = 1
    a = ort.InferenceSession(fp32, so, providers=["CPUExecutionProvider"]).run(["logits"], feeds)[0]
    b = ort.InferenceSession(q8, so, providers=["CPUExecutionProvider"]).run(["logits"], feeds)[0]
    return {"max_abs_diff_torch_vs_onnx_fp32": float(np.abs(ref - a).max()),
            "max_abs_diff_torch_vs_onnx_int8": float(np.abs(ref - b).max())}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default="/tmp/rabat-train")
    ap.add_argument("--out", default="models/rabat-content")
    ap.add_argument("--vocab", type=int, default=16000)
    ap.add_argument("--tokenizer", default="", help="reuse this tokenizer.json instead of learning one (see main)")
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--heads", type=int, default=2)
    ap.add_argument("--max-len", type=int, default=64)
    ap.add_argument("--max-positions", type=int, default=128)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=3e-4)
    ap.add_argument("--mlm-lr", type=float, default=5e-4)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--mlm-epochs", type=int, default=1)
    ap.add_argument("--template-upsample", type=int, default=3)
    ap.add_argument("--mlm-init", default="", help="load a saved MLM encoder instead of pretraining")
    ap.add_argument("--eval-every", type=int, default=0, help="also score dev every N steps (0 = per epoch only)")
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--ema", type=float, default=0.0, help="EMA decay of the weights (0 = off), e.g. 0.999")
    ap.add_argument("--head-weights", default="", help='loss weights per head, e.g. "violence=4,target=0.5"')
    ap.add_argument("--ngram-buckets", type=int, default=0, help="hashed token-bigram buckets of the n-gram branch (0 = off)")
    ap.add_argument("--ngram-dim", type=int, default=32)
    ap.add_argument("--ngram-mode", choices=["concat", "add"], default="concat")
    ap.add_argument("--ngram-trigrams", action="store_true", help="hash token trigrams into the same table")
    ap.add_argument("--ngram-dropout", type=float, default=0.1)
    ap.add_argument("--char-edges", action="store_true",
                    help="also hash the character n-grams spanning word-piece boundaries (needs --char-buckets)")
    ap.add_argument("--char-buckets", type=int, default=0,
                    help="hashed buckets for the character 2-5-grams of each token in the n-gram branch (0 = off)")
    ap.add_argument("--ngram-weight-decay", type=float, default=0.0)
    ap.add_argument("--ngram-lr", type=float, default=0.0, help="learning rate of the n-gram tables (0 = --lr)")
    ap.add_argument("--wide-fit", choices=["sgd", "lr"], default="sgd",
                    help="sgd: n-gram tables trained with the encoder; lr: fitted first as logistic regressions, "
                         "then frozen, the encoder learning the residual (fit_wide)")
    ap.add_argument("--wide-labels", default="all", help='with --wide-fit lr: the labels fitted as regressions, e.g. "violence"')
    ap.add_argument("--wide-c", type=float, default=4.0, help="inverse L2 strength of the n-gram regressions")
    ap.add_argument("--share-select", choices=["per-dataset", "source-balanced"], default="per-dataset",
                    help="with --wide-fit lr: how the encoder's share of a fitted label is chosen on dev (best_scales)")
    ap.add_argument("--wide-min-df", type=int, default=2, help="n-gram entries in fewer training rows are dropped")
    ap.add_argument("--wide-folds", type=int, default=2, help="folds for the out-of-fold logits the encoder sees")
    ap.add_argument("--word-buckets", type=int, default=0,
                    help="with --wide-fit lr: hashed whole-word and word-bigram buckets (each) for the fitted labels")
    ap.add_argument("--wide-sublinear", action="store_true",
                    help="with --wide-fit lr: 1 + log(count) for repeated token n-grams and words in the fitted columns")
    ap.add_argument("--wide-max-len", type=int, default=0,
                    help="with --wide-fit lr: tokens the regression is fitted on (0 = --max-len); the runtime reads up to --max-positions")
    ap.add_argument("--lexicon", default="",
                    help="compiled lexicon folder (data/lexicons/compiled): per-category term counts join the n-gram bag")
    ap.add_argument("--lexicon-sources", default="", help='with --lexicon: only these entry sources, e.g. "rabat-handwritten"')
    ap.add_argument("--lexicon-scale", type=float, default=1.0, help="the lexicon features are log(1 + count) * this")
    ap.add_argument("--pos-weights", default="", help='BCE weight of positives per label, e.g. "violence=3"')
    ap.add_argument("--pooling", choices=["cls", "mean", "meanmax"], default="cls")
    ap.add_argument("--mlm-budget-fraction", type=float, default=0.3)
    ap.add_argument("--cap-per-dataset", type=int, default=0, help="rows per dataset per epoch (0 = all)")
    ap.add_argument("--compare", choices=["both", "mlm", "none"], default="both",
                    help="both: fine-tune with and without MLM init and keep the better on dev")
    ap.add_argument("--budget-minutes", type=float, default=60.0, help="stop early (keeping the best epoch) past this")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--select", choices=["pooled", "per-dataset"], default="pooled",
                    help="checkpoint criterion: PR-AUC pooled over dev, or averaged over dev's source datasets")
    ap.add_argument("--limit", type=int, default=0, help="smoke test: use a random subset of rows")
    ap.add_argument("--threads", type=int, default=int(os.environ.get("OMP_NUM_THREADS", "2")))
    args = ap.parse_args()
    if args.wide_fit == "lr" and not (args.ngram_buckets and args.ngram_mode == "add" and args.pooling != "cls"):
        ap.error("--wide-fit lr needs the n-gram branch with one column per label: --ngram-buckets N --ngram-mode add "
                 "and mean or meanmax pooling")
    if args.lexicon and not (args.ngram_buckets and args.ngram_mode == "add"):
        ap.error("--lexicon feeds the n-gram branch's per-label columns: it needs --ngram-buckets N --ngram-mode add")
    if args.wide_fit != "lr" and (args.word_buckets or args.wide_sublinear or args.wide_max_len):
        ap.error("--word-buckets, --wide-sublinear and --wide-max-len shape the fitted regression: they need --wide-fit lr")
    torch.set_num_threads(args.threads)
    t_start = time.time()
    budget = args.budget_minutes * 60

    rows = [json.loads(line) for line in open(os.path.join(args.work, "data.jsonl"), encoding="utf-8")]
    if args.limit:
        rows = random.Random(args.seed).sample(rows, args.limit)
    texts = [r["text"] for r in rows]
    y = np.array([r["labels"] for r in rows], dtype=np.int64)
    split = [r["split"] for r in rows]
    datasets = [r["dataset"] for r in rows]
    fit_rows = [i for i, s in enumerate(split) if s in ("train", "dev")]
    log(f"{len(rows)} rows; train {split.count('train')} dev {split.count('dev')} val {split.count('val')} (val untouched)")

    # The tokenizer and MLM see train+dev texts only: no validation text shapes anything. The WordPiece
    # trainer is not deterministic (four trainings on the same texts, four vocabularies, one thread or
    # not), so --tokenizer reuses an earlier run's to compare settings or reproduce a model.
    if args.tokenizer:
        from tokenizers import Tokenizer
        tok = Tokenizer.from_file(args.tokenizer)
        log(f"tokenizer: reused {args.tokenizer}")
    else:
        tok = train_tokenizer([texts[i] for i in fit_rows], args.vocab)
    vocab_size = tok.get_vocab_size()
    tok.enable_truncation(max_length=args.max_len)
    ids = [e.ids for e in tok.encode_batch(texts)]
    log(f"tokenizer: vocab {vocab_size}, mean length {np.mean([len(s) for s in ids]):.1f}, "
        f"unk rate {np.mean([s.count(1) / len(s) for s in ids]):.4f}")

    cfg = bert_config(args, vocab_size)
    char_map = char_ngram_map(tok, args.char_buckets) if args.ngram_buckets and args.char_buckets else None
    edges = edge_map(tok) if char_map is not None and args.char_edges else None
    word_kind = word_kind_map(tok) if args.word_buckets or args.lexicon else None
    lexicon = None
    if args.lexicon:
        sources = tuple(v for v in args.lexicon_sources.split(",") if v)
        categories, terms, version = load_lexicon(args.lexicon, sources)
        lexicon = {"categories": categories, "version": version, "term_ids": lexicon_term_ids(tok, terms)}
    fit_ids = None
    if args.wide_fit == "lr" and args.wide_max_len and args.wide_max_len != args.max_len:
        tok.enable_truncation(max_length=args.wide_max_len)
        fit_ids = [e.ids for e in tok.encode_batch(texts)]
        tok.enable_truncation(max_length=args.max_len)
    train_rows = [i for i, s in enumerate(split) if s == "train" and (y[i] >= 0).any()]
    tmpl = [i for i in train_rows if rows[i]["dataset"] == "templates"]
    train_rows += tmpl * (args.template_upsample - 1)
    dev_rows = [i for i, s in enumerate(split) if s == "dev" and (y[i] >= 0).any()]

    report: dict = {"args": vars(args), "vocab_size": vocab_size}
    candidates = []
    mlm_state = None
    n_ft = 2 if args.compare == "both" else 1
    if args.compare in ("both", "mlm"):
        mlm_ids = [ids[i] for i in fit_rows if len(ids[i]) > 3]
        if args.mlm_init:
            # Reuse an encoder pretrained by an earlier run with the same data and tokenizer seed.
            mlm_state, secs = torch.load(args.mlm_init), 0.0
        else:
            mlm_state, secs = pretrain_mlm(args, cfg, mlm_ids, tok.token_to_id("[MASK]"), vocab_size, budget * args.mlm_budget_fraction)
            os.makedirs(args.out, exist_ok=True)
            torch.save(mlm_state, os.path.join(args.out, "mlm-encoder.pt"))
        report["mlm_seconds"] = round(secs)
    remaining = budget - (time.time() - t_start)
    if args.compare in ("both", "mlm"):
        m, info = finetune(args, cfg, ids, y, train_rows, dev_rows, mlm_state, "mlm+ft", remaining / n_ft, datasets, char_map, edges,
                           word_kind, fit_ids, lexicon)
        candidates.append(("mlm", m, info))
    if args.compare in ("both", "none"):
        remaining = budget - (time.time() - t_start)
        m, info = finetune(args, cfg, ids, y, train_rows, dev_rows, None, "scratch", remaining, datasets, char_map, edges,
                           word_kind, fit_ids, lexicon)
        candidates.append(("none", m, info))
    report["candidates"] = {name: info for name, _, info in candidates}
    name, model, info = max(candidates, key=lambda c: c[2]["dev_mean_pr_auc"])
    report["chosen"] = name
    log(f"chosen: {name} (dev mean PR-AUC {info['dev_mean_pr_auc']})")

    out = args.out
    os.makedirs(out, exist_ok=True)
    tok.no_truncation()
    tok.save(os.path.join(out, "tokenizer.json"))
    with open(os.path.join(out, "tokenizer_config.json"), "w") as f:
        json.dump({"tokenizer_class": "BertTokenizer", "do_lower_case": False, "tokenize_chinese_chars": True,
                   "strip_accents": False, "model_max_length": args.max_positions, "pad_token": "[PAD]",
                   "unk_token": "[UNK]", "cls_token": "[CLS]", "sep_token": "[SEP]", "mask_token": "[MASK]"}, f, indent=2)
    cfg_dict = model.config.to_dict()
    cfg_dict.pop("_attn_implementation_autoset", None)
    cfg_dict["architectures"] = ["BertForSequenceClassification"]
    # The ONNX graph holds the pooling; transformers.js only reads `logits`, so the HF architecture
    # name stays the generic sequence classifier.
    cfg_dict["rabat"] = {"normaliser_version": NORMALISER_VERSION, "pretraining": name, "pooling": args.pooling,
                         "ngram_buckets": args.ngram_buckets, "ngram_mode": args.ngram_mode if args.ngram_buckets else None,
                         "ngram_trigrams": bool(args.ngram_buckets and args.ngram_trigrams),
                         "char_ngram_buckets": args.char_buckets if char_map is not None else 0,
                         "char_ngrams_across_pieces": edges is not None,
                         "ngram_regression_labels": (LABELS if args.wide_labels == "all" else args.wide_labels.split(","))
                         if args.ngram_buckets and args.wide_fit == "lr" else [],
                         "word_buckets": getattr(cfg, "rabat_word_buckets", 0) if args.ngram_buckets else 0,
                         "ngram_sublinear_tf": bool(args.ngram_buckets and getattr(cfg, "rabat_ngram_sublinear", False)),
                         "regression_max_length": args.wide_max_len or args.max_len,
                         "lexicon": {"version": lexicon["version"], "sources": args.lexicon_sources or "all",
                                     "categories": lexicon["categories"],
                                     "scale": args.lexicon_scale, "max_words": LEX_MAX_WORDS, "table": lexicon.get("table")}
                         if lexicon else None,
                         "train_max_length": args.max_len, "labels": LABELS}
    with open(os.path.join(out, "config.json"), "w") as f:
        json.dump(cfg_dict, f, indent=2, sort_keys=True)

    tok.enable_truncation(max_length=args.max_positions)
    # The export check uses the parity sentences; the fixture the TypeScript test reads is written by
    # parity_sample.py for the shipped model only (train.sh), not per candidate.
    from normalise import normalise_for_model
    from parity_sample import SAMPLES
    report["export"] = export(model, tok, out, [normalise_for_model(s) for s in SAMPLES], args.max_positions)
    log(f"export parity: {report['export']}")
    report["total_seconds"] = round(time.time() - t_start)
    with open(os.path.join(args.work, "train-report.json"), "w") as f:
        json.dump(report, f, indent=2)
    with open(os.path.join(out, "training.json"), "w") as f:
        json.dump(report, f, indent=2)
    log(f"done in {report['total_seconds']}s")


if __name__ == "__main__":
    main()
