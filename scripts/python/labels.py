"""The project's label space (docs/labels.md is the human-readable version of this module).

Every training row carries one value per label: 1 (positive), 0 (negative) or MASK (the source does
not annotate this label for this row; it contributes no loss and no metric).
"""
from __future__ import annotations

MASK = -1

TARGET_GROUPS = ["religion", "ethnicity", "nationality", "gender", "sexual_orientation", "disability", "political"]
LABELS = ["hate", "offensive", "violence"] + [f"target_{g}" for g in TARGET_GROUPS]
IDX = {name: i for i, name in enumerate(LABELS)}
# Heads reported by the eval (targets are reported too, but the success criterion is on these).
MAIN = ["hate", "offensive", "violence"]


def empty() -> list[int]:
    """A fully masked label vector."""
    return [MASK] * len(LABELS)


def targets(vec: list[int], positives: list[str] | None, negatives_for_rest: bool = True) -> list[int]:
    """Sets the target heads: listed groups to 1, the rest to 0 (or left masked)."""
    for g in TARGET_GROUPS:
        i = IDX[f"target_{g}"]
        if positives is not None and g in positives:
            vec[i] = 1
        elif negatives_for_rest:
            vec[i] = 0
    return vec
