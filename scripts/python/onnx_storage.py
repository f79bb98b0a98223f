"""Float16 storage for the exported graphs (train.py and ensemble.py): the 40 MB budget holds both graphs, so the
large float32 initializers of `model.onnx` are stored as float16 and cast back, and the graph still computes in
float32. Rounding a weight to 11 significant bits moves a logit by about 1e-3."""
from __future__ import annotations

from typing import Callable

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def store_fp16(path: str, wanted: Callable[[str, int], bool]) -> int:
    """Stores the float32 initializers for which wanted(name, elements) holds as float16. One read only by
    lookups (Gather: the n-gram tables, word embeddings) is cast after each lookup, so no float32 copy of a
    table is ever made; any other is cast once, when the session folds constants. Returns the bytes saved."""
    m = onnx.load(path)
    g = m.graph
    big = {i.name: i for i in g.initializer if i.data_type == TensorProto.FLOAT and wanted(i.name, int(np.prod(i.dims)))}
    looked_up = {n.input[0] for n in g.node if n.op_type == "Gather" and n.input[0] in big}
    looked_up -= {s for n in g.node if n.op_type != "Gather" for s in n.input if s in looked_up}
    saved = 0
    nodes = []
    for name, init in big.items():
        arr = numpy_helper.to_array(init)
        stored = name if name in looked_up else name + "_fp16"
        init.CopyFrom(numpy_helper.from_array(arr.astype(np.float16), stored))
        if name not in looked_up:
            nodes.append(helper.make_node("Cast", [stored], [name], to=TensorProto.FLOAT, name=name + "_cast"))
        saved += arr.nbytes // 2
    for n in g.node:
        nodes.append(n)
        if n.op_type == "Gather" and n.input[0] in looked_up:
            out = n.output[0]
            n.output[0] = out + "_fp16"
            nodes.append(helper.make_node("Cast", [out + "_fp16"], [out], to=TensorProto.FLOAT, name=n.name + "_cast"))
    del g.node[:]
    g.node.extend(nodes)
    onnx.checker.check_model(m)
    onnx.save(m, path)
    return saved


def is_ngram_table(name: str) -> bool:
    """A trained n-gram table of train.py's NgramBag (named after the export wrapper, _Logits.m)."""
    return name.startswith("m.ngrams.") and name.endswith(".weight")
