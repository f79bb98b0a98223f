"""Merges candidates trained with one setting on different seeds into one graph whose logits are the mean
of theirs (docs/decisions/session-14.md, change 39).

Every candidate keeps its own encoder. What the seeds share byte for byte (lexicon keys, idf, character
maps, the violence regression's word table) is stored once. The trained n-gram tables enter the logits
linearly (a lookup, a sum, an add to the logits), so the mean of the members' outputs equals one graph
that reads the mean of their tables: that table is stored once too, and every member's n-gram path
reads it. The result is checked against the plain mean of the members' fp32 outputs.

Writes a candidate folder like train.py's (config, tokenizer, onnx/model.onnx with float16 storage for
the tables and word embeddings, onnx/model_quantized.onnx, training.json), so select_best.py and
scripts/candidate-gates.sh take it unchanged.
Usage: ensemble.py --work W --out W/cand-ens CAND_A CAND_B [...] [--record CAND ...]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

sys.path.insert(0, os.path.dirname(__file__))
from onnx_storage import is_ngram_table, store_fp16  # noqa: E402
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
COPIED = ["config.json", "tokenizer.json", "tokenizer_config.json"]
# train.py's NgramBag tables whose sum is multiplied by column_scale (the word table reaches the columns
# through word_cols first).
COLUMN_TABLES = ("m.ngrams.uni.weight", "m.ngrams.multi.weight", "m.ngrams.char.weight")


def to_fp32(g: onnx.GraphProto) -> None:
    """Undoes onnx_storage.store_fp16 (as train.py applies it) in place: float32 initializers, the casts after their lookups removed."""
    half = set()
    for init in g.initializer:
        if init.data_type == TensorProto.FLOAT16:
            arr = numpy_helper.to_array(init).astype(np.float32)
            init.CopyFrom(numpy_helper.from_array(arr, init.name))
            half.add(init.name)
    rename = {}
    nodes = []
    for n in g.node:
        if n.op_type == "Gather" and n.input[0] in half and n.output[0].endswith("_fp16"):
            rename[n.output[0]] = n.output[0][: -len("_fp16")]
            n.output[0] = rename[n.output[0]]
        if n.op_type == "Cast" and n.input[0] in rename:
            continue
        nodes.append(n)
    del g.node[:]
    g.node.extend(nodes)


def prefixed(g: onnx.GraphProto, prefix: str, keep: set[str]) -> onnx.GraphProto:
    """A copy of g with every node, value and initializer name prefixed, except the names in `keep`."""
    out = onnx.GraphProto()
    out.CopyFrom(g)
    fix = lambda s: s if (not s or s in keep) else prefix + s  # noqa: E731
    for n in out.node:
        n.name = fix(n.name)
        n.input[:] = [fix(s) for s in n.input]
        n.output[:] = [fix(s) for s in n.output]
    for init in out.initializer:
        init.name = fix(init.name)
    for v in list(out.value_info) + list(out.output):
        v.name = fix(v.name)
    return out


def merge(paths: list[str]) -> onnx.ModelProto:
    """One fp32 graph: the members' graphs side by side, shared and averaged initializers stored once,
    logits = mean of the members' logits."""
    models = [onnx.load(p) for p in paths]
    for m in models:
        to_fp32(m.graph)
    arrays = [{i.name: numpy_helper.to_array(i) for i in m.graph.initializer} for m in models]
    tables = sorted(n for n in arrays[0] if is_ngram_table(n))
    for a in arrays[1:]:
        assert sorted(n for n in a if is_ngram_table(n)) == tables, "members differ in their n-gram tables"
    # export's balance_columns leaves each member its own per-column scale on the n-gram output
    # (column_scale, which multiplies the tables' sum): a product, so each member's tables are first
    # rescaled to the members' mean scale (table x own scale / mean scale), which the merged graph then
    # applies once. Rescaling rather than folding the whole scale in keeps the tables' range, and so the
    # int8 quantisation step, what it was in each member. The word table (the violence regression) also
    # passes through column_scale; its columns must agree across members, and they do: that regression
    # is fitted, not trained, and is the same in every seed.
    scales = np.stack([a["m.ngrams.column_scale"] for a in arrays]).astype(np.float64)
    mean_scale = scales.mean(0)
    word_cols = arrays[0]["m.ngrams.word_cols"]
    differs = ~np.all(scales == scales[0], axis=0)
    assert not np.any(word_cols[:, differs]), "a word-table column has a different scale in each member"
    for a, sc in zip(arrays, scales):
        for n in COLUMN_TABLES:
            a[n] = (a[n] * (sc / mean_scale)).astype(np.float32)
    averaged = {n: np.mean([a[n] for a in arrays], axis=0).astype(np.float32) for n in tables}
    averaged["m.ngrams.column_scale"] = mean_scale.astype(np.float32)
    base = models[0]
    g = helper.make_graph([], "ensemble", list(base.graph.input), [])
    g.output.extend([helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", base.graph.output[0].type.tensor_type.shape.dim[1].dim_value])])
    by_digest: dict[str, str] = {}  # identical initializers are stored once
    alias: dict[str, str] = {}
    member_logits = []
    for k, m in enumerate(models):
        pg = prefixed(m.graph, f"e{k}/", set(INPUTS))
        for init in pg.initializer:
            plain = init.name.split("/", 1)[1]
            arr = averaged[plain] if plain in averaged else numpy_helper.to_array(init)
            digest = hashlib.sha256(arr.dtype.str.encode() + str(arr.shape).encode() + arr.tobytes()).hexdigest()
            if digest in by_digest:
                alias[init.name] = by_digest[digest]
                continue
            by_digest[digest] = init.name
            g.initializer.append(numpy_helper.from_array(arr, init.name))
        for n in pg.node:
            n.input[:] = [alias.get(s, s) for s in n.input]
            g.node.append(n)
        member_logits.append(pg.output[0].name)
    total = member_logits[0]
    for k, name in enumerate(member_logits[1:], 1):
        g.node.append(helper.make_node("Add", [total, name], [f"sum{k}"], name=f"ensemble_add{k}"))
        total = f"sum{k}"
    g.initializer.append(numpy_helper.from_array(np.array(1.0 / len(models), dtype=np.float32), "ensemble_weight"))
    g.node.append(helper.make_node("Mul", [total, "ensemble_weight"], ["logits"], name="ensemble_mean"))
    out = helper.make_model(g, opset_imports=base.opset_import, producer_name="rabat-triage ensemble.py")
    out.ir_version = base.ir_version
    onnx.checker.check_model(out)
    return out


_sessions: dict = {}


def logits(path: str, feeds: dict) -> np.ndarray:
    import onnxruntime as ort
    if path not in _sessions:
        so = ort.SessionOptions()
        so.intra_op_num_threads = int(os.environ.get("OMP_NUM_THREADS", "2"))
        _sessions[path] = ort.InferenceSession(path, so, providers=["CPUExecutionProvider"])
    return _sessions[path].run(["logits"], feeds)[0]


def main() -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default="/tmp/rabat-train")
    ap.add_argument("--out", required=True)
    ap.add_argument("--record", nargs="*", default=[], help="further candidates, in rank order, scored for the record only")
    ap.add_argument("--tolerance", type=float, default=0.01)
    ap.add_argument("members", nargs="+")
    args = ap.parse_args()
    reports = [json.load(open(os.path.join(c, "training.json"))) for c in args.members]
    for f in COPIED[1:]:
        blobs = {open(os.path.join(c, f), "rb").read() for c in args.members}
        assert len(blobs) == 1, f"members differ in {f}"
    os.makedirs(os.path.join(args.out, "onnx"), exist_ok=True)
    for f in COPIED:
        shutil.copyfile(os.path.join(args.members[0], f), os.path.join(args.out, f))
    fp32 = os.path.join(args.out, "onnx", "model.onnx")
    q8 = os.path.join(args.out, "onnx", "model_quantized.onnx")
    onnx.save(merge([os.path.join(c, "onnx", "model.onnx") for c in args.members]), fp32)
    quantize_dynamic(fp32, q8, weight_type=QuantType.QInt8)
    # Here the word embeddings and weight matrices too: one encoder per member.
    saved = store_fp16(fp32, lambda name, elements: elements >= 16384)

    # Dev only: the exactness check over every dev text, and the merged graph's selection score (train.py's
    # criterion, per-dataset PR-AUC, scored on the fp32 graph as train.py scores its torch model).
    from evaluate import dev_score, model_tokenizer, padded_feeds
    from labels import LABELS
    tok = model_tokenizer(args.out)
    rows = [json.loads(line) for line in open(os.path.join(args.work, "data.jsonl"), encoding="utf-8")]
    dev = [r for r in rows if r["split"] == "dev"]
    dev.sort(key=lambda r: len(r["text"]))
    y = np.array([r["labels"] for r in dev], dtype=np.int64)
    groups = np.array([r["dataset"] for r in dev])
    everyone = args.members + args.record
    merged, merged_q8, member = [], [], {c: [] for c in everyone}
    diffs_q8 = []
    for s in range(0, len(dev), 250):
        feeds = padded_feeds(tok.encode_batch([r["text"] for r in dev[s:s + 250]]))
        for c in everyone:
            member[c].append(logits(os.path.join(c, "onnx", "model.onnx"), feeds))
        merged.append(logits(fp32, feeds))
        merged_q8.append(logits(q8, feeds))
        want_q8 = np.mean([logits(os.path.join(c, "onnx", "model_quantized.onnx"), feeds) for c in args.members], axis=0)
        diffs_q8.append(float(np.abs(merged_q8[-1] - want_q8).max()))
    member = {c: np.concatenate(v) for c, v in member.items()}
    merged, merged_q8 = np.concatenate(merged), np.concatenate(merged_q8)
    mean = np.mean([member[c] for c in args.members], axis=0)
    check = {"texts": len(dev), "max_abs_diff_vs_member_mean_fp32": float(np.abs(merged - mean).max()),
             "max_abs_diff_vs_member_mean_int8": max(diffs_q8)}
    print(json.dumps(check), file=sys.stderr)
    if check["max_abs_diff_vs_member_mean_fp32"] > args.tolerance:
        raise SystemExit(f"ensemble: merged graph differs from the members' mean by {check['max_abs_diff_vs_member_mean_fp32']:.4f}")
    assert y.shape[1] == len(LABELS)
    score, per_label = dev_score(merged, y, groups)
    score_q8, _ = dev_score(merged_q8, y, groups)
    print(f"dev selection score, merged graph: fp32 {score:.4f} {per_label}, int8 {score_q8:.4f}")
    # For the record only (the rule fixes the members by size): the mean of the first k candidates in the
    # order given, k = 1..all.
    for k in range(1, len(everyone) + 1):
        sk, pk = dev_score(np.mean([member[c] for c in everyone[:k]], axis=0), y, groups)
        print(f"  top-{k} mean of fp32 logits ({' '.join(os.path.basename(c) for c in everyone[:k])}): {sk:.4f} {pk}")

    # training.json in train.py's shape (select_best.py reads it), the members recorded.
    first = reports[0]
    chosen = first["chosen"]
    members = [{"folder": os.path.basename(os.path.abspath(c)), "seed": r["args"].get("seed"),
                "dev_mean_pr_auc": r["candidates"][r["chosen"]]["dev_mean_pr_auc"]} for c, r in zip(args.members, reports)]
    report = {**first, "ensemble": {"members": members, "check": check, "fp16_bytes_saved": saved},
              "candidates": {chosen: {**first["candidates"][chosen], "dev_mean_pr_auc": round(score, 4), "dev_int8": round(score_q8, 4), "per_label": per_label,
                                      "train_seconds": sum(r["candidates"][r["chosen"]]["train_seconds"] for r in reports)}},
              "total_seconds": sum(r["total_seconds"] for r in reports)}
    report["export"] = {"max_abs_diff_torch_vs_onnx_fp32": check["max_abs_diff_vs_member_mean_fp32"],
                        "max_abs_diff_torch_vs_onnx_int8": check["max_abs_diff_vs_member_mean_int8"]}
    with open(os.path.join(args.out, "training.json"), "w") as f:
        json.dump(report, f, indent=1)
    sizes = {f: os.path.getsize(os.path.join(args.out, "onnx", f)) for f in ("model.onnx", "model_quantized.onnx")}
    print(json.dumps({"sizes": sizes, **check}))


if __name__ == "__main__":
    main()
