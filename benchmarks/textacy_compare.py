"""claimx's quotes against textacy's ``direct_quotations`` on the same spaCy parse.

    python benchmarks/textacy_compare.py FOLD_DIR [FOLD_DIR ...]      # each with texts/ and gold/
    python benchmarks/textacy_compare.py --venv DIR FOLD_DIR ...       # where textacy is installed

Each article is parsed once by claimx's bundled pipeline (models/claimx_en_core with claimx's components);
claimx's quote claims and textacy's (speaker, cue, content) triples come from that same Doc.  Both are scored
with the matching of ``claimx eval`` (``claimx.evaluate.match``: a found quote matches a gold one at >= 80%
word overlap; speaker accuracy on matched quotes by surname: ``same_name`` or the same last word, so that
textacy's unresolved "Trump" counts for "Donald Trump", while a bare pronoun ("he") does not).
textacy raising on an article (it bails out when a quotation mark is unpaired) counts as no quotes for it;
the table says how many articles crashed.

textacy is not a claimx dependency: when it cannot be imported, this script makes a virtual environment for
itself (default ``~/.cache/claimx/textacy-venv``) that sees the running interpreter's packages (spaCy, claimx)
through a ``.pth`` file, installs ``textacy`` there with pip, and runs itself again inside it.
"""

from __future__ import annotations

import argparse
import json
import os
import site
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

TEXTACY = "textacy==0.13.0"
_CHILD = "CLAIMX_TEXTACY_CHILD"


def _ensure_textacy(venv_dir: Path) -> None:
    """Import textacy, or install it into ``venv_dir`` and re-run this script there (never into the project)."""
    try:
        import textacy  # noqa: F401

        return
    except ImportError:
        if os.environ.get(_CHILD):
            sys.exit(f"textacy could not be imported even in {venv_dir}")
    import venv

    py = venv_dir / "bin" / "python"
    if not py.exists():
        print(f"installing {TEXTACY} into {venv_dir} (for this comparison only)", file=sys.stderr)
        venv.EnvBuilder(with_pip=True).create(venv_dir)
        # the venv sees this interpreter's packages (spaCy, numpy, claimx ...): only textacy's own are added
        out = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
        parents = [p for p in site.getsitepackages() + [site.getusersitepackages()] if Path(p).is_dir()]
        lines = [f"import site; site.addsitedir({p!r})" for p in parents]
        Path(out, "_claimx_parent_env.pth").write_text("\n".join(lines) + "\n")
        subprocess.run([str(py), "-m", "pip", "install", "-q", TEXTACY], check=True)
    env = dict(os.environ)
    env[_CHILD] = "1"
    import claimx

    src = str(Path(claimx.__file__).resolve().parent.parent)  # this claimx, first on the path
    env["PYTHONPATH"] = os.pathsep.join([src] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p])
    os.execve(str(py), [str(py), str(Path(__file__).resolve()), *sys.argv[1:]], env)


def _textacy_quotes(doc) -> list[SimpleNamespace]:  # noqa: ANN001
    from textacy.extract.triples import direct_quotations

    out = []
    for speaker, cue, content in direct_quotations(doc):
        first, last = content[0], content[-1]
        out.append(SimpleNamespace(
            quote=doc.text[first.idx : last.idx + len(last.text)].strip("\"\u201c\u201d\u2018\u2019'\u00ab\u00bb "),
            speaker=" ".join(t.text for t in speaker) or None,
            evidence=" ".join(t.text for t in list(speaker) + list(cue)),
        ))
    return out


def _surname(name: str | None) -> str:
    from claimx.evaluate import strip_accents

    words = [w for w in strip_accents(name or "").casefold().replace("\u2019", "'").split() if any(c.isalpha() for c in w)]
    return words[-1].removesuffix("'s").strip(".,") if words else ""


def same_speaker(gold: str | None, found: str | None) -> bool:
    """claimx eval's ``same_name``, or the same last word ("Trump" for "Donald Trump"); a pronoun never matches."""
    from claimx.evaluate import same_name

    return bool(gold and found) and (same_name(gold, found) or _surname(gold) == _surname(found) != "")


def _score(gold_quotes: list, found: list) -> tuple[int, int, int, int]:
    """(matched, found, speaker right, speaker judged) for one article, with claimx eval's matching."""
    from claimx.evaluate import match

    pairs = match("quote", gold_quotes, found)
    right = judged = 0
    for i, j in pairs:
        if gold_quotes[i].speaker:
            judged += 1
            right += same_speaker(gold_quotes[i].speaker, found[j].speaker)
    return len(pairs), len(found), right, judged


def compare(fold: Path, nlp, only: list[str] | None = None) -> dict[str, dict]:  # noqa: ANN001
    from claimx.evaluate import doc_key, load_gold_dir
    from claimx.extract import claims_from_doc, line_starts

    gold = load_gold_dir(fold / "gold")
    if only is not None:
        gold = {k: g for k, g in gold.items() if k in {doc_key(d) for d in only}}
    rows = {name: {"gold": 0, "found": 0, "matched": 0, "right": 0, "judged": 0, "crashed": 0, "zero": 0}
            for name in ("claimx", "textacy")}
    for g in gold.values():
        text = (fold / "texts" / g.doc).read_text(encoding="utf-8")
        doc = nlp(text)  # one parse for both
        found = {"claimx": [c for c in claims_from_doc(doc, g.doc, text, 0, line_starts(text)) if c.type == "quote"]}
        try:
            found["textacy"] = _textacy_quotes(doc)
        except Exception:  # noqa: BLE001 - a crash on an article counts as no quotes for it
            found["textacy"] = []
            rows["textacy"]["crashed"] += 1
        for name, recs in found.items():
            r = rows[name]
            m, f, right, judged = _score(list(g.quotes), recs)
            r["gold"] += len(g.quotes)
            r["found"] += f
            r["matched"] += m
            r["right"] += right
            r["judged"] += judged
            r["zero"] += bool(g.quotes) and not recs
    for r in rows.values():
        p = r["matched"] / r["found"] if r["found"] else 0.0
        rc = r["matched"] / r["gold"] if r["gold"] else 0.0
        r.update(p=p, r=rc, f1=2 * p * rc / (p + rc) if p + rc else 0.0,
                 speaker=r["right"] / r["judged"] if r["judged"] else 0.0, articles=len(gold))
    return rows


def render(results: dict[str, dict[str, dict]]) -> str:
    head = ("| fold | system | quote P | quote R | quote F1 | speaker accuracy | articles with quotes given none "
            "| articles crashed |")
    lines = [head, "|---|---|---|---|---|---|---|---|"]
    for fold, rows in results.items():
        for name, r in rows.items():
            crashed = f"{r['crashed']}/{r['articles']}" if name == "textacy" else "-"
            lines.append(f"| {fold} | {name} | {r['p']:.3f} | {r['r']:.3f} | {r['f1']:.3f} | "
                         f"{r['speaker']:.3f} ({r['right']}/{r['judged']}) | {r['zero']} | {crashed} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="+", type=Path,
                    help="folders with texts/ and gold/; one that also holds folds.json is measured per fold")
    ap.add_argument("--venv", type=Path, default=Path.home() / ".cache" / "claimx" / "textacy-venv",
                    help="where to install textacy when it is not importable")
    args = ap.parse_args()
    for f in args.folders:
        if not (f / "texts").is_dir() or not (f / "gold").is_dir():
            ap.error(f"{f}: needs texts/ and gold/")
    _ensure_textacy(args.venv)
    import spacy
    import textacy

    from claimx.pipeline import cached_pipeline

    nlp = cached_pipeline(None, None)
    from claimx.evaluate import fold_documents

    results = {}
    for f in args.folders:
        if (f / "folds.json").is_file():
            names = json.loads((f / "folds.json").read_text(encoding="utf-8"))
            for fold in names:
                results[fold] = compare(f, nlp, fold_documents(f / "folds.json", fold))
        else:
            results[f.name] = compare(f, nlp)
    print(f"claimx vs textacy {textacy.__version__} direct_quotations, spaCy {spacy.__version__}, "
          f"one parse per article by claimx's pipeline ({nlp.meta.get('name', '?')} {nlp.meta.get('version', '')})\n")
    print(render(results))


if __name__ == "__main__":
    main()
