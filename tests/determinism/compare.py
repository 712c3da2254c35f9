"""Checks the output trees of vector_outputs (Rust: the egov-conformance
crate, tests/conformance/src/bin/vector_outputs.rs), outputs.py and outputs.mjs (each
run twice) against each other: every run of a language gives the same bytes
as its other run; Python and WebAssembly give the same bytes as Rust for
every text output (SVG, CSV, Markdown, Mermaid, DOT, XML, the core's JSON
text) and every Excel workbook and Word document and the same canonical JSON where a binding hands out values rather
than text (JSON parsed, keys sorted, numbers by value, compact).

    python3 tests/determinism/compare.py DIR   # DIR/{rust,python,js}-{1,2}
"""

from __future__ import annotations

import difflib
import hashlib
import json
import pathlib
import sys


def files(root: pathlib.Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def canonical(data: bytes) -> str:
    def norm(v):
        if isinstance(v, float) and v.is_integer():
            return int(v)
        if isinstance(v, list):
            return [norm(x) for x in v]
        if isinstance(v, dict):
            return {k: norm(x) for k, x in v.items()}
        return v

    return json.dumps(norm(json.loads(data)), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def main(root: pathlib.Path) -> int:
    runs = {name: files(root / name) for name in ("rust-1", "rust-2", "python-1", "python-2", "js-1", "js-2")}
    problems: list[str] = []
    for lang in ("rust", "python", "js"):
        if runs[f"{lang}-1"] != runs[f"{lang}-2"]:
            changed = [k for k in runs[f"{lang}-1"] if runs[f"{lang}-1"][k] != runs[f"{lang}-2"].get(k)]
            problems.append(f"{lang}: two runs differ: {changed[:5]}")
    rust = runs["rust-1"]
    if not rust:
        problems.append("rust: no outputs")
    compared = {}
    for lang, skip in (("python", ()), ("js", ("markdown-",))):
        other = runs[f"{lang}-1"]
        expected = {k for k in rust if not pathlib.PurePath(k).name.startswith(skip or ("\0",))}
        if set(other) != expected:
            problems.append(f"{lang}: missing {sorted(expected - set(other))[:5]}, extra {sorted(set(other) - expected)[:5]}")
        same = 0
        for name in sorted(expected & set(other)):
            a, b = rust[name], other[name]
            if name.endswith((".xlsx", ".docx")):  # binary: the bytes, named by size and digest
                a_text, b_text = (f"{len(x)} bytes, sha256 {hashlib.sha256(x).hexdigest()}\n" for x in (a, b))
            elif name.endswith(".json"):
                a_text, b_text = canonical(a), canonical(b)
            else:
                a_text, b_text = a.decode("utf-8"), b.decode("utf-8")
            if a_text == b_text:
                same += 1
                continue
            if name.endswith(".json"):  # one value per line, for a readable diff
                a_text = json.dumps(json.loads(a_text), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
                b_text = json.dumps(json.loads(b_text), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
            diff = "".join(list(difflib.unified_diff(
                a_text.splitlines(True), b_text.splitlines(True), "rust/" + name, lang + "/" + name, n=1))[:12])
            problems.append(f"{lang}: {name} differs from Rust:\n{diff}")
        compared[lang] = same
    for p in problems[:10]:
        print(p, file=sys.stderr)
    verdict = f"FAILED ({len(problems)} problems)" if problems else "each language twice, byte for byte"
    print(f"determinism: {len(rust)} Rust outputs; Python agrees on {compared.get('python', 0)}, "
          f"WebAssembly on {compared.get('js', 0)}; {verdict}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(pathlib.Path(sys.argv[1])))
