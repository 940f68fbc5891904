"""Articles per second of the article extractor on 800-word news articles.

The articles are made from the bundled samples (their sentences, cycled to about 800 words each,
with a header block), extracted against the bundled reference dataset's entities.

    .venv/bin/python bench/extract_speed.py                  # one process
    .venv/bin/python bench/extract_speed.py --jobs 2         # one process, then 2 worker processes
    .venv/bin/python bench/extract_speed.py -n 400 --words 800

One process: the gazetteer is built once and the bundled sample articles are extracted once,
untimed, which compiles the patterns (see `_warm_up`); the clock runs over the extractions only
(wall clock, and articles per CPU-second, which a busy machine disturbs less). With ``--jobs N``
the same articles then go to N worker processes set up as ``proxygraph extract --jobs N`` sets
them up (each worker builds the gazetteer once from the known entities), then warmed up the same
way. Two figures are given: the steady rate (once every worker is ready) and the rate end to end,
start-up and warm-up included. The machine's load average is printed before and after: on a
shared machine another process holding a core halves what N processes can give.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing as mp
import os
import re
import sys
import time

from proxygraph.loaders.articles import Gazetteer, extract, parse_article
from proxygraph.loaders.articles.loader import bundled_articles_dir, reference_gazetteer

_GAZ: Gazetteer | None = None


def _warm_up() -> None:
    """Extract each bundled sample article once, untimed: the patterns a process compiles on first
    use (a few hundred, about 0.2 s) and its word caches are then ready, as in a process that has
    been loading articles for a while."""
    for p in sorted(bundled_articles_dir().glob("*.txt")):
        _one(p.read_text(encoding="utf-8"))


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


def _one(text: str) -> int:
    x = extract(parse_article(text), _GAZ)
    return len(x.claims)


def _init_worker(entities: list, affiliations: dict, ready) -> None:
    """A worker as `proxygraph extract --jobs N` makes one: its own gazetteer, built once."""
    global _GAZ
    _GAZ = Gazetteer(entities, affiliations)
    gc.freeze()  # as the loader's workers do
    _warm_up()
    ready.wait()


def _load() -> str:
    if not hasattr(os, "getloadavg"):
        return "load average n/a"
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def single(texts: list[str]) -> tuple[float, float, int]:
    """(articles/s wall clock, articles per CPU-second, claims) in this process."""
    global _GAZ
    _GAZ = reference_gazetteer()
    gc.freeze()  # as the loader does for a batch (loaders/articles/loader.py, map_articles)
    _warm_up()
    start, cpu_start = time.perf_counter(), time.process_time()
    claims = sum(_one(t) for t in texts)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    return len(texts) / elapsed, len(texts) / cpu, claims


def pooled(texts: list[str], jobs: int) -> tuple[float, float, float, int]:
    """(start-up seconds, steady articles/s, end-to-end articles/s, claims) with `jobs` workers."""
    gaz = reference_gazetteer()
    ctx = mp.get_context()
    ready = ctx.Barrier(jobs + 1)
    start = time.perf_counter()
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(list(gaz.entities.values()), gaz.affiliations, ready)) as pool:
        ready.wait()  # every worker has its gazetteer and has warmed up
        steady_start = time.perf_counter()
        claims = sum(pool.imap(_one, texts, chunksize=max(1, len(texts) // (jobs * 8))))
        end = time.perf_counter()
    return steady_start - start, len(texts) / (end - steady_start), len(texts) / (end - start), claims


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=200, help="number of articles (default 200)")
    ap.add_argument("--words", type=int, default=800, help="words per article (default 800)")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes, measured after one process (default 1)")
    args = ap.parse_args(argv)
    texts = corpus(args.n, args.words)
    words = sum(len(t.split()) for t in texts) / len(texts)
    print(f"{len(texts)} articles of ~{words:.0f} words; {_load()}")
    rate, per_cpu, claims = single(texts)
    print(f"1 process: {rate:.1f} articles/s ({per_cpu:.1f} articles per CPU-second, {claims} claims)")
    if args.jobs > 1:
        startup, steady, total, pooled_claims = pooled(texts, args.jobs)
        print(f"{args.jobs} processes: {steady:.1f} articles/s once started ({steady / rate:.2f}x one process), "
              f"{total:.1f} articles/s end to end ({startup:.2f} s start-up, {pooled_claims} claims)")
    print(_load())
    return 0


if __name__ == "__main__":
    sys.exit(main())
