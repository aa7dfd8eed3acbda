"""The folders are the architecture: data flows build → store → query → HTTP, and no module
reaches back. Checked on the source (every import statement) and on a live import."""

import ast
import subprocess
import sys
from pathlib import Path

import kg

PACKAGE = Path(kg.__file__).parent
# What each side may not import: the HTTP side never the build, the query side neither the build
# nor HTTP, the build neither the query side nor HTTP, the shared leaves none of the sides.
FORBIDDEN = {
    "http": ("kg.build", "kg.extract"),
    "query": ("kg.build", "kg.http", "kg.extract"),
    "build": ("kg.query", "kg.http", "kg.extract"),
    "extract": ("kg.http", "kg.query"),
}
LEAVES = ("config", "errors", "namespaces", "normalize", "store", "queryfiles")


def within(name: str, packages: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in packages)


def imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_no_side_imports_what_comes_after_or_beside_it():
    wrong = []
    for side, banned in FORBIDDEN.items():
        for path in (PACKAGE / side).rglob("*.py"):
            wrong += [f"{path.relative_to(PACKAGE)} imports {name}" for name in imports(path)
                      if within(name, banned)]
    assert not wrong, wrong


def test_the_shared_leaves_import_no_side():
    wrong = [f"{leaf}.py imports {name}" for leaf in LEAVES for name in imports(PACKAGE / f"{leaf}.py")
             if within(name, ("kg.build", "kg.query", "kg.http", "kg.extract"))]
    assert not wrong, wrong


def test_the_server_loads_nothing_of_the_build():
    probe = ("import sys, kg.http.app; "
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pyshacl', 'pyshacl_turbo', 'reasonable', 'owlready2', 'pylode') "
             "or m.startswith('kg.build') or m.startswith('kg.extract')))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]", loaded


def test_the_build_version_hashes_the_build_and_not_the_server():
    from kg.build.pipeline import input_files
    from kg.config import Config

    hashed = {p.resolve() for p in input_files(Config())}
    assert (PACKAGE / "build" / "pipeline.py").resolve() in hashed
    assert (PACKAGE / "store.py").resolve() in hashed
    assert not [p for p in hashed if p.suffix == ".py" and ("http" in p.parts or "query" in p.parts)]


def test_no_module_binds_a_name_twice_by_accident():
    """A module-level name bound twice shadows the first binding for every function of the module (the weekday
    names of ``mentions._DAYS`` were lost that way to the event heads «يوم، أيام»): a second binding must read
    the first, as ``HEADS = {k.translate(LETTERS): v for k, v in HEADS.items()}`` does."""
    shadowed = []
    for path in sorted(PACKAGE.rglob("*.py")):
        bound: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
            for target in targets:
                if not isinstance(target, ast.Name):
                    continue
                reads_itself = any(isinstance(n, ast.Name) and n.id == target.id for n in ast.walk(node.value or target))
                if target.id in bound and not reads_itself:
                    shadowed.append(f"{path.relative_to(PACKAGE)}: {target.id}")
                bound.add(target.id)
    assert shadowed == []

