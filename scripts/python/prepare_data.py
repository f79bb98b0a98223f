"""Loads every corpus in the shared datasets folder, maps its labels onto the project's label space
(scripts/python/labels.py, documented in docs/labels.md), normalises, deduplicates on normalised text,
adds the project's own templated sentences (make_templates.py) and carves the splits.

Splits, fixed by seed and carved before any training or tuning:
  val   ~10% per dataset, stratified by label signature: the only rows any reported number uses;
  dev   ~5% per dataset, stratified: early stopping, MLM-vs-none choice, decision thresholds;
  train the rest.
Template rows are split by template (whole templates held out), not by sentence.
The val membership is recorded as hashes (never texts) in scripts/python/splits/val-hashes.txt; when
that file exists it is authoritative, so the validation set cannot drift when code changes. The one
addition since session 1: template frames written for val only (make_templates.HELD_OUT_S9), whose
hashes are appended the first time they are seen.

Output (outside the repo; never commit it): <work>/data.jsonl with
  {"id", "dataset", "lang", "split", "text" (normalised), "labels": [10 x {1,0,-1}]}.
Usage: prepare_data.py --datasets ../shared/datasets --work /tmp/rabat-train
"""
from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from labels import IDX, LABELS, MASK, empty, targets  # noqa: E402
from normalise import normalise_for_model  # noqa: E402
import make_templates  # noqa: E402

SEED = "rabat-2026"
VAL_FRACTION = 0.10
DEV_FRACTION = 0.05
HERE = os.path.dirname(os.path.abspath(__file__))
VAL_HASHES = os.path.join(HERE, "splits", "val-hashes.txt")

csv.field_size_limit(10**8)


def row(dataset: str, lang: str, text: str, **labels: int) -> dict:
    vec = empty()
    for k, v in labels.items():
        vec[IDX[k]] = v
    return {"dataset": dataset, "lang": lang, "raw": text, "labels": vec}


def with_targets(r: dict, positives: list[str] | None, rest_zero: bool = True) -> dict:
    targets(r["labels"], positives, rest_zero)
    return r


# ---------------------------------------------------------------- loaders, one per corpus
def load_davidson(d: str):
    with open(os.path.join(d, "davidson/labeled_data.csv"), encoding="utf-8") as f:
        for x in csv.DictReader(f):
            c = int(x["class"])
            if c == 0:
                # Keyword-sampled hate: offensive is not annotated separately for these rows.
                yield row("davidson", "en", x["tweet"], hate=1)
            elif c == 1:
                yield row("davidson", "en", x["tweet"], hate=0, offensive=1)
            else:
                yield row("davidson", "en", x["tweet"], hate=0, offensive=0)


_MLMA_GROUP_NATIONALITY = {"refugees", "immigrants"}


def load_mlma(d: str):
    for lang, fn in (("en", "en_dataset_with_stop_words.csv"), ("fr", "fr_dataset.csv"), ("ar", "ar_dataset.csv")):
        with open(os.path.join(d, "mlma", fn), encoding="utf-8") as f:
            for x in csv.DictReader(f):
                tags = set(x["sentiment"].split("_"))
                r = row("mlma", lang, x["tweet"], hate=1 if "hateful" in tags else 0)
                if tags & {"offensive", "abusive"}:
                    r["labels"][IDX["offensive"]] = 1
                elif tags == {"normal"}:
                    r["labels"][IDX["offensive"]] = 0
                t, g = x["target"], x["group"]
                if t == "origin":
                    with_targets(r, ["nationality" if g in _MLMA_GROUP_NATIONALITY else "ethnicity"])
                elif t in ("gender", "religion", "disability", "sexual_orientation"):
                    with_targets(r, [t])
                elif t == "other" and g == "left_wing_people":
                    with_targets(r, ["political"])
                else:
                    # "other" may still be political: leave that head masked, the rest are negatives.
                    with_targets(r, [])
                    r["labels"][IDX["target_political"]] = MASK
                yield r


_VIO_POSITIVE = {"call2violence", "prospensity", "support", "glorification"}


def load_germeval_harmful(d: str):
    # Only the violence file maps onto our space; c2a (any call to action, e.g. "share this") and
    # dbo (attacks on the democratic order) do not, so they are not used for labels.
    with open(os.path.join(d, "germeval-harmful/2026/vio/vio_train_26.csv"), encoding="utf-8") as f:
        for x in csv.DictReader(f, delimiter=";"):
            v = x["vio"]
            if v == "nothing":
                yield row("germeval-harmful", "de", x["description"], violence=0)
            elif v in _VIO_POSITIVE:
                yield row("germeval-harmful", "de", x["description"], violence=1)
            # "other" (violence described, not threatened): masked, so not emitted with labels.


def load_germeval2018(d: str):
    with open(os.path.join(d, "germeval2018/germeval2018.training.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3:
                continue
            yield row("germeval2018", "de", parts[0], offensive=1 if parts[1] == "OFFENSE" else 0)


def load_hatebr(d: str):
    with open(os.path.join(d, "hatebr/HateBR.csv"), encoding="utf-8") as f:
        for x in csv.DictReader(f):
            yield row("hatebr", "pt", x["comentario"], offensive=int(x["label_final"]))


_STG3_TARGETS = [
    ("religion", ["muslim", "jew", "islam", "christian", "catholic", "hindu"]),
    ("ethnicity", ["black", "white", "minorit", "non-white", "people of color", "asian", "hispanic", "latino", "arab", "african", "race"]),
    ("nationality", ["immigrant", "illegal", "refugee", "mexican", "migrant", "foreigner", "german", "syrian"]),
    ("gender", ["women", "woman", "female", "feminist", "men", "male"]),
    ("sexual_orientation", ["gay", "lgbt", "homosexual", "trans", "queer", "lesbian"]),
    ("disability", ["disab", "retard", "autis"]),
    ("political", ["liberal", "progressive", "democrat", "conservative", "leftist", "republican", "communist", "antifa"]),
]


def load_implicit_hate(d: str):
    base = os.path.join(d, "implicit-hate")
    stg2: dict[str, str] = {}
    with open(os.path.join(base, "implicit_hate_v1_stg2_posts.tsv"), encoding="utf-8") as f:
        for x in csv.DictReader(f, delimiter="\t"):
            stg2[x["post"]] = x["implicit_class"]
    stg3: dict[str, str] = {}
    with open(os.path.join(base, "implicit_hate_v1_stg3_posts.tsv"), encoding="utf-8") as f:
        for x in csv.DictReader(f, delimiter="\t"):
            stg3[x["post"]] = x["target"].lower()
    with open(os.path.join(base, "implicit_hate_v1_stg1_posts.tsv"), encoding="utf-8") as f:
        for x in csv.DictReader(f, delimiter="\t"):
            post = x["post"]
            r = row("implicit-hate", "en", post, hate=0 if x["class"] == "not_hate" else 1)
            if post in stg2:
                # Stage 2 gives one implicit class per hateful post; "threatening" is our violence.
                r["labels"][IDX["violence"]] = 1 if stg2[post] == "threatening" else 0
            if post in stg3:
                t = stg3[post]
                found = [g for g, keys in _STG3_TARGETS if any(k in t for k in keys)]
                # "men" is a substring of "women": keep gender once; unmapped targets stay masked.
                if found:
                    with_targets(r, found)
            yield r


def load_gab(d: str):
    with open(os.path.join(d, "gab-hate-corpus/ghc_train.tsv"), encoding="utf-8") as f:
        for x in csv.DictReader(f, delimiter="\t"):
            yield row("gab-hate-corpus", "en", x["text"], hate=int(x["hd"]), violence=int(x["cv"]), offensive=int(x["vo"]))


def load_olid(d: str):
    with open(os.path.join(d, "olid/olid-training-v1.0.tsv"), encoding="utf-8") as f:
        for x in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield row("olid", "en", x["tweet"], offensive=1 if x["subtask_a"] == "OFF" else 0)


def load_tweeteval(d: str):
    base = os.path.join(d, "tweeteval-hate")
    with open(os.path.join(base, "train_text.txt"), encoding="utf-8") as ft, open(os.path.join(base, "train_labels.txt")) as fl:
        for text, lab in zip(ft, fl):
            yield row("tweeteval-hate", "en", text.rstrip("\n"), hate=int(lab.strip()))


def load_blp(d: str):
    for fn in ("train.csv", "dev.csv"):
        with open(os.path.join(d, "blp-vitd-bangla", fn), encoding="utf-8") as f:
            for x in csv.DictReader(f):
                lab = int(x["label"])
                if lab == 0:
                    yield row("blp-vitd-bangla", "bn", x["text"], violence=0)
                elif lab == 2:
                    yield row("blp-vitd-bangla", "bn", x["text"], violence=1)
                # 1 = passive violence (derogation or justification of violence): neither a clear
                # positive nor a negative for our "threat or call" definition, so masked.


_OSACT_HS = {"HS1": "ethnicity", "HS2": "religion", "HS3": "political", "HS4": "disability", "HS6": "gender"}


def load_osact(d: str):
    for fn in ("OSACT2022-sharedTask-train.txt", "OSACT2022-sharedTask-dev.txt"):
        with open(os.path.join(d, "osact2022-arabic", fn), encoding="utf-8") as f:
            for line in f:
                p = line.rstrip("\n").split("\t")
                if len(p) < 6:
                    continue
                text = p[1].replace("<LF>", "\n")
                hs = p[3]
                r = row("osact2022-arabic", "ar", text, offensive=1 if p[2] == "OFF" else 0,
                        hate=0 if hs == "NOT_HS" else 1, violence=1 if p[5] == "VIO" else 0)
                if hs != "NOT_HS":
                    # HS5 (social class) is no target group of ours: all target heads 0.
                    with_targets(r, [_OSACT_HS[hs]] if hs in _OSACT_HS else [])
                yield r


_TRAC_TARGET = {"politics": "political", "ethnic": "ethnicity", "religion": "religion", "gender": "gender"}


def load_amharic(d: str):
    base = os.path.join(d, "amharic-hate")
    for fn in ("RANLP2023/train.csv", "RANLP2023/dev.csv"):
        with open(os.path.join(base, fn), encoding="utf-8") as f:
            for line in f:
                lab, _, text = line.rstrip("\n").partition("\t")
                lab = lab.replace("__label__", "")
                if lab == "hate":
                    yield row("amharic-hate", "am", text, hate=1)
                elif lab == "offensive":
                    yield row("amharic-hate", "am", text, hate=0, offensive=1)
                elif lab == "normal":
                    yield row("amharic-hate", "am", text, hate=0, offensive=0)
    with open(os.path.join(base, "Trac-HateIntensity_train_dev.csv"), encoding="utf-8") as f:
        for x in csv.DictReader(f):
            c = x["category"]
            r = row("amharic-hate", "am", x["tweet"], hate=1 if c == "hate" else 0)
            if c == "offensive":
                r["labels"][IDX["offensive"]] = 1
            elif c == "normal":
                r["labels"][IDX["offensive"]] = 0
            t = x["target"]
            with_targets(r, [_TRAC_TARGET[t]] if t in _TRAC_TARGET else [])
            yield r


LOADERS = [load_davidson, load_mlma, load_germeval_harmful, load_germeval2018, load_hatebr, load_implicit_hate,
           load_gab, load_olid, load_tweeteval, load_blp, load_osact, load_amharic]


# ---------------------------------------------------------------- dedup and split
def merge_labels(a: list[int], b: list[int]) -> list[int]:
    """Union of two annotations of one text: a known value wins over MASK, a positive over a negative."""
    return [max(x, y) for x, y in zip(a, b)]


def text_hash(dataset: str, text: str) -> str:
    return hashlib.sha256(f"{dataset}\x00{text}".encode("utf-8")).hexdigest()[:16]


def rank_key(text: str) -> str:
    return hashlib.sha256(f"{SEED}\x00{text}".encode("utf-8")).hexdigest()


def assign_splits(rows: list[dict]) -> None:
    strata: dict[tuple, list[dict]] = collections.defaultdict(list)
    for r in rows:
        strata[(r["dataset"], r["lang"], tuple(r["labels"][:3]))].append(r)
    for items in strata.values():
        items.sort(key=lambda r: rank_key(r["text"]))
        n_val = dev_seen = 0
        for i, r in enumerate(items):
            # Cumulative rounding keeps each stratum's share close to the target fraction, and a
            # 1-row stratum in train (there is nothing to stratify).
            if int((i + 1) * VAL_FRACTION) > n_val:
                r["split"] = "val"
                n_val += 1
            elif int((i + 1) * DEV_FRACTION) > dev_seen:
                r["split"] = "dev"
                dev_seen += 1
            else:
                r["split"] = "train"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--datasets", default=os.path.join(HERE, "..", "..", "..", "shared", "datasets"))
    ap.add_argument("--work", default="/tmp/rabat-train")
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)

    by_text: dict[str, dict] = {}
    raw_counts: collections.Counter = collections.Counter()
    for loader in LOADERS:
        for r in loader(args.datasets):
            raw_counts[r["dataset"]] += 1
            text = normalise_for_model(r.pop("raw"))
            if not text:
                continue
            r["text"] = text
            prev = by_text.get(text)
            if prev is None:
                by_text[text] = r
            else:
                # Cross-dataset duplicates keep the first dataset's name and merge annotations, so
                # one text can never sit in train for one set and val for another.
                prev["labels"] = merge_labels(prev["labels"], r["labels"])
    rows = list(by_text.values())
    # Rows with nothing to learn from (every head masked) are kept: MLM pretraining uses them.
    assign_splits(rows)

    tmpl = make_templates.generate()
    seen = set(by_text)
    for t in tmpl:
        t["text"] = normalise_for_model(t.pop("raw"))
        if t["text"] in seen or not t["text"]:
            continue
        seen.add(t["text"])
        rows.append(t)

    # The validation membership, once written, is authoritative.
    os.makedirs(os.path.dirname(VAL_HASHES), exist_ok=True)
    if os.path.exists(VAL_HASHES):
        with open(VAL_HASHES) as f:
            fixed = {line.strip() for line in f if line.strip() and not line.startswith("#")}
        added = []
        for r in rows:
            h = text_hash(r["dataset"], r["text"])
            if h in fixed:
                r["split"] = "val"
            elif r.get("held_out"):
                # Frames written for val only (make_templates.HELD_OUT_S9): recorded once, then fixed.
                r["split"] = "val"
                added.append(h)
            elif r["split"] == "val":
                r["split"] = "train"
        if added:
            with open(VAL_HASHES, "a") as f:
                f.write("# held-out template frames (make_templates.HELD_OUT_S9), added in session 9\n")
                f.writelines(h + "\n" for h in sorted(added))
    else:
        with open(VAL_HASHES, "w") as f:
            f.write("# sha256(dataset NUL normalised_text)[:16] of every validation row; see prepare_data.py\n")
            for h in sorted(text_hash(r["dataset"], r["text"]) for r in rows if r["split"] == "val"):
                f.write(h + "\n")

    for i, r in enumerate(rows):
        r["id"] = i
    out = os.path.join(args.work, "data.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in ("id", "dataset", "lang", "split", "text", "labels")}, ensure_ascii=False) + "\n")

    stats = collections.Counter((r["dataset"], r["split"]) for r in rows)
    print(f"{'dataset':22s} raw    train   dev   val  positives(train+dev+val) per label")
    for ds in sorted({r["dataset"] for r in rows}):
        pos = collections.Counter()
        for r in rows:
            if r["dataset"] == ds:
                for name, v in zip(LABELS, r["labels"]):
                    if v == 1:
                        pos[name] += 1
        print(f"{ds:22s} {raw_counts.get(ds, 0):6d} {stats[(ds, 'train')]:6d} {stats[(ds, 'dev')]:5d} {stats[(ds, 'val')]:5d}  "
              + ", ".join(f"{k}={v}" for k, v in sorted(pos.items())))
    print(f"total rows {len(rows)} -> {out}")


if __name__ == "__main__":
    main()
