import json
import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph

from kg import build, store
from kg.bench import free_port, serving
from kg.build import ontology
from kg.config import ROOT, Config

ONTOLOGY_DIR = ROOT / "ontology"
DATA = Path(__file__).parent / "data"
W3C = DATA / "w3c"


# A test that needs any of these is slow: the full build of the graph, a live server, a browser.
SLOW_FIXTURES = {"built", "live", "protocol_var", "protocol_server", "browser", "kg_config"}


def pytest_collection_modifyitems(items):
    """Mark the slow tier by what a test needs, so `pytest -m "not slow"` is the fast tier."""
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def onto() -> Graph:
    return ontology.load(ONTOLOGY_DIR)


@pytest.fixture(scope="session")
def shapes() -> Graph:
    return ontology.load_shapes(ONTOLOGY_DIR)


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch):
    """KG_* variables of the developer's shell never leak into a test."""
    for name in list(os.environ):
        if name.startswith("KG_"):
            monkeypatch.delenv(name)


SMALL = DATA / "small" / "dataset.trig"


@pytest.fixture(scope="session")
def small(tmp_path_factory) -> Config:
    """A var dir laid out as a build over the small dataset of tests/data/small (no pipeline: the
    store and manifest only), for the fast tier."""
    var = tmp_path_factory.mktemp("small-var")
    build_dir = var / "builds" / "small"
    build_dir.mkdir(parents=True)
    dataset = Dataset()
    dataset.parse(SMALL, format="trig")
    graphs = [(str(g.identifier), [g.serialize(format="nt", encoding="utf-8")]) for g in dataset.graphs()
              if str(g.identifier).startswith("https://")]
    oxi = store.create(build_dir / "store", graphs)
    manifest = {"version": "small", "graphs": store.graph_sizes(oxi), "default_graph": store.default_graph_size(oxi)}
    del oxi
    (build_dir / "manifest.json").write_text(json.dumps(manifest))
    (var / "current").symlink_to(build_dir.relative_to(var))
    return Config(var_dir=str(var))


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """The real graph, built once per test session into a var dir of its own."""
    config = Config(var_dir=str(tmp_path_factory.mktemp("var")))
    summary = build.build(config)
    return config, summary


@contextmanager
def running(command: list[str], url: str, log: Path, env: dict | None = None):
    """A real server process on loopback, stopped afterwards; its output goes to ``log``."""
    with serving(command, url, env, log):
        yield url


@contextmanager
def kg_server(var_dir: str | Path, log: Path, ready: str = "/healthz", **settings: str):
    """``kg serve`` on a free loopback port over the store in ``var_dir``, once ``ready`` answers."""
    port = free_port()
    env = {"PATH": os.environ.get("PATH", ""), "KG_VAR_DIR": str(var_dir), "KG_HOST": "127.0.0.1",
           "KG_PORT": str(port)}
    env.update({f"KG_{k.upper()}": str(v) for k, v in settings.items()})
    url = f"http://127.0.0.1:{port}"
    with running([sys.executable, "-m", "kg.cli", "serve"], url + ready, log, env):
        yield url


# The settings the live server runs with: short enough for the timeout and truncation tests.
LIVE = {"query_timeout": "3", "http_workers": "1", "query_workers": "2", "max_rows": "5000", "html_rows": "25"}


@pytest.fixture(scope="session")
def live(built, tmp_path_factory):
    """The real server over the real graph, shared by the HTTP tests of a session."""
    config, summary = built
    log = tmp_path_factory.mktemp("logs") / "live.log"
    with kg_server(config.var_dir, log, **LIVE) as url:
        yield url


@pytest.fixture(scope="session")
def protocol_var(tmp_path_factory) -> str:
    """A var dir whose current store holds the W3C protocol tests' data, each file in the named
    graph the manifest gives it (and, as in our builds, their merge in the default graph)."""
    var = tmp_path_factory.mktemp("w3c-var")
    build_dir = var / "builds" / "w3c-protocol"
    build_dir.mkdir(parents=True)
    store = ox.Store(str(build_dir / "store"))
    graphs = {}
    for n in (1, 2, 3):
        name = f"http://kasei.us/2009/09/sparql/data/data{n}.rdf"
        quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(name))
                 for t in ox.parse(path=str(W3C / "protocol" / f"data{n}.nt"), format=ox.RdfFormat.N_TRIPLES)]
        store.extend(quads)
        store.extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)
        graphs[name] = len(quads)
    store.flush()
    del store
    (build_dir / "manifest.json").write_text(json.dumps({"version": "w3c-protocol", "graphs": graphs}))
    (var / "current").symlink_to(build_dir.relative_to(var))
    return str(var)


@pytest.fixture(scope="session")
def protocol_server(protocol_var, tmp_path_factory):
    log = tmp_path_factory.mktemp("logs") / "protocol.log"
    with kg_server(protocol_var, log, query_timeout="5") as url:
        yield url


@pytest.fixture(scope="module")
def browser(request):
    """Headless Chromium for a module's page tests, at the module's ``WINDOW`` size if it sets one."""
    from tests.browser_support import chromium

    driver = chromium()
    if hasattr(request.module, "WINDOW"):
        driver.set_window_size(*request.module.WINDOW)
    yield driver
    driver.quit()


# --- SPARQL stores that `kg publish` writes into --------------------------------------------------

OXIGRAPH = Path(sys.executable).with_name("oxigraph")  # the PyPI package `oxigraph`, beside the venv's python


@contextmanager
def oxigraph_store(directory: Path):
    """The native `oxigraph serve` (read-write) on a free loopback port over a fresh store in
    ``directory``; yields its base URL: ``/store`` (Graph Store Protocol), ``/update``, ``/query``."""
    port = free_port()
    command = [str(OXIGRAPH), "serve", "--location", str(directory / "oxigraph"), "--bind", f"127.0.0.1:{port}"]
    with running(command, f"http://127.0.0.1:{port}/", directory / "oxigraph.log"):
        yield f"http://127.0.0.1:{port}"


# A database of its own in a temporary folder: loopback ports only, no checkpoints while the tests
# run, queries stopped after a few seconds (a runaway would hold the server), results never cut
# (ResultSetMaxRows truncates silently).
VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
CheckpointInterval = 0
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = .
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {dir}
ServerThreads = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = {timeout}
"""


@dataclass(frozen=True)
class Virtuoso:
    url: str  # /sparql, /sparql-auth (updates, Digest), /sparql-graph-crud-auth (Graph Store Protocol, Digest)
    sql_port: int
    user: str = "dba"  # a new database's administrator
    password: str = "dba"

    def isql(self, statement: str) -> str:
        """Run one SQL statement with Virtuoso's own client (what SPARQL cannot reach)."""
        done = subprocess.run([shutil.which("isql-vt") or "isql-vt", f"127.0.0.1:{self.sql_port}", self.user,
                               self.password, f"exec={statement}"], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0 and "Error" not in done.stdout, done.stdout + done.stderr
        return done.stdout


@contextmanager
def virtuoso_store(directory: Path, timeout: int = 5):
    """Debian's Virtuoso (`virtuoso-opensource`, `make virtuoso`) on free loopback ports with a
    fresh database in ``directory``; skips the test when the package is not installed."""
    binary = shutil.which("virtuoso-t")
    if binary is None:
        pytest.skip("Virtuoso is not installed (no virtuoso-t on PATH): `make virtuoso` installs Debian's "
                    "virtuoso-opensource")
    sql, http = free_port(), free_port()
    ini = directory / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(dir=directory, sql=sql, http=http, timeout=timeout))
    url = f"http://127.0.0.1:{http}"
    with running([binary, "-f", "-c", str(ini)], url + "/sparql?query=ASK%7B%7D", directory / "virtuoso.out"):
        yield Virtuoso(url, sql)
