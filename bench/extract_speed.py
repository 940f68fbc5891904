"""Articles per second of the article extractor on 800-word news articles.

The articles are made from the bundled samples (their sentences, cycled to about 800 words each,
with a header block), extracted against the bundled reference dataset's entities.

    .venv/bin/python bench/extract_speed.py                  # single process
    .venv/bin/python bench/extract_speed.py --jobs 2         # worker processes
    .venv/bin/python bench/extract_speed.py -n 400 --words 800
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import re
import sys
import time

from proxygraph.loaders.articles import Gazetteer, extract, parse_article
from proxygraph.loaders.articles.loader import bundled_articles_dir, reference_gazetteer

_GAZ: Gazetteer | None = None


def corpus(n: int, words: int) -> list[str]:
    bodies = []
    for p in sorted(bundled_articles_dir().glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        bodies.append(text.split("\n\n", 1)[-1])
    sents = [s for b in bodies for s in re.split(r"(?<=[.!?])\s+", b) if s.strip()]
    if not sents:
        sents = ["A US drone strike in Iraq killed a commander of the Iranian-backed Kataib Hezbollah on Wednesday."]
    out = []
    for i in range(n):
        body, count, j = [], 0, i * 7
        while count < words:
            s = sents[j % len(sents)]
            body.append(s)
            count += len(s.split())
            j += 1
        paras = "\n".join(" ".join(body[k:k + 3]) for k in range(0, len(body), 3))
        out.append(f"title: Sample {i}\noutlet: Bench Wire\npublished: 2024-02-08\n\n{paras}\n")
    return out


def _init() -> None:
    global _GAZ
    _GAZ = reference_gazetteer()


def _one(text: str) -> int:
    x = extract(parse_article(text), _GAZ)
    return len(x.claims)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=200, help="number of articles (default 200)")
    ap.add_argument("--words", type=int, default=800, help="words per article (default 800)")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    args = ap.parse_args(argv)
    texts = corpus(args.n, args.words)
    words = sum(len(t.split()) for t in texts) / len(texts)
    _init()
    _one(texts[0])  # warm-up: ontology and regex caches
    cpu = None
    if args.jobs <= 1:
        start, cpu_start = time.perf_counter(), time.process_time()
        claims = sum(_one(t) for t in texts)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    else:
        # Workers are forked after the gazetteer is built, so they share it; the clock starts once
        # every worker has answered (start-up is paid once per run, not per article).
        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
        with ctx.Pool(args.jobs, initializer=None if ctx.get_start_method() == "fork" else _init) as pool:
            pool.map(_one, texts[: args.jobs], chunksize=1)
            start = time.perf_counter()
            claims = sum(pool.map(_one, texts, chunksize=max(1, len(texts) // (args.jobs * 8))))
            elapsed = time.perf_counter() - start
    per_cpu = f", {len(texts) / cpu:.1f} articles per CPU-second" if cpu else ""
    load = f", load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores" if hasattr(os, "getloadavg") else ""
    print(f"{len(texts)} articles of ~{words:.0f} words, {args.jobs} process(es): "
          f"{len(texts) / elapsed:.1f} articles/s ({elapsed:.2f} s wall{per_cpu}{load}, {claims} claims)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
