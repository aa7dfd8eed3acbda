"""``kg bench extract``: how fast the extractor reads, on one core, and how its cost grows.

The five source documents, each alone, then documents made of 1, 2, 4 … copies of all five
joined (the gazetteer is loaded once, as ``kg extract`` does for many files). Reports characters per
second and milliseconds per document against the target (200,000 characters per second: a
typical 5,000-character press release in 25 ms).
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass

from kg.extract.gazetteer import Gazetteer
from kg.extract.pipeline import extract

TARGET = 200_000  # characters per second, one core


@dataclass
class Measure:
    name: str
    characters: int
    seconds: float          # median of the repeats

    @property
    def rate(self) -> float:
        return self.characters / self.seconds if self.seconds else float("inf")


def run(texts: dict[str, str], gazetteer: Gazetteer, repeat: int = 5, growth: int = 5,
        progress=lambda _: None) -> list[Measure]:
    def timed(name: str, text: str) -> Measure:
        progress(f"{name}: {len(text)} characters")
        runs = []
        for _ in range(repeat):
            start = time.perf_counter()
            extract(text, gazetteer)
            runs.append(time.perf_counter() - start)
        return Measure(name, len(text), statistics.median(runs))

    measures = [timed(doc, text) for doc, text in sorted(texts.items())]
    joined = "\n\n".join(text for _, text in sorted(texts.items()))
    measures += [timed(f"all five ×{2 ** k}", "\n\n".join([joined] * 2 ** k)) for k in range(growth)]
    return measures


def report(measures: list[Measure]) -> str:
    lines = [f"{'document':40} {'chars':>9} {'ms':>9} {'chars/s':>11} {'/target':>8}"]
    for m in measures:
        lines.append(f"{m.name:40} {m.characters:9} {m.seconds * 1000:9.1f} {m.rate:11,.0f} {m.rate / TARGET:8.2f}")
    return "\n".join(lines)
