"""The ``kg`` command line: thin commands over the package's functions.

Every option defaults to its ``KG_*`` environment variable (see ``kg.config``).
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from kg import __version__
from kg.config import SETTINGS, Config
from kg.errors import KGError


def _settings_help() -> str:
    return "\n".join(f"  {s.env:<16} {s.help} (default: {s.default})" for s in SETTINGS)


@click.group(
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog="\b\nConfiguration (environment variables):\n" + _settings_help(),
)
@click.version_option(__version__, prog_name="kg")
@click.pass_context
def main(ctx: click.Context) -> None:
    """The Migration Governance Knowledge Graph: build it from Arabic sources, check it, serve it."""
    try:
        ctx.obj = Config()
    except KGError as error:
        raise click.UsageError(str(error)) from None


@main.group()
def ontology() -> None:
    """Check and document the ontology in KG_ONTOLOGY_DIR."""


@ontology.command("check")
@click.option("--no-reasoner", is_flag=True, help="Skip the HermiT consistency check (no Java needed).")
@click.pass_obj
def ontology_check(config: Config, no_reasoner: bool) -> None:
    """Parse every module, check labels, definitions and declarations, and run HermiT.

    Exits non-zero with a list of problems if any check fails.
    """
    from kg.build import ontology as onto

    directory = config.ontology_dir
    graph = _or_fail(lambda: onto.load(directory))
    shapes = _or_fail(lambda: onto.load_shapes(directory))
    core = onto.load(directory, onto.CORE_MODULES)
    click.echo(f"parsed {len(onto.MODULES)} modules and the shapes: {len(graph)} triples, "
               f"{len(onto.own_terms(graph))} terms of our own, {len(onto.terms(graph))} declared in all")
    problems = onto.documentation_problems(core)
    problems += [f"{t} is used but not declared" for t in sorted(onto.undeclared_terms(graph, shapes))]
    for problem in problems:
        click.echo(f"  - {problem}", err=True)
    if problems:
        raise SystemExit(f"{len(problems)} problem(s) in the ontology")
    click.echo("every term has labels in en, ar and fr and an English definition; every term used is declared")
    if not no_reasoner:
        click.echo("running HermiT …")
        report = _or_fail(lambda: onto.check_consistency(graph, config.java))
        click.echo(f"HermiT: consistent, no unsatisfiable class ({report.classes} classes, {report.seconds:.1f} s)")


@ontology.command("docs")
@click.option("--output", "-o", type=click.Path(path_type=Path), default=None,
              help="HTML file to write (default: KG_VAR_DIR/docs/ontology.html).")
@click.pass_obj
def ontology_docs(config: Config, output: Path | None) -> None:
    """Write the ontology's HTML documentation (pyLODE)."""
    from kg.build import ontology as onto

    target = output or config.var_dir / "docs" / "ontology.html"
    click.echo("rendering the documentation with pyLODE …", err=True)
    path = _or_fail(lambda: onto.write_docs(config.ontology_dir, target))
    click.echo(str(path))


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_obj
def validate(config: Config, files: tuple[Path, ...]) -> None:
    """Validate RDF FILES (any format rdflib reads) against the SHACL shapes."""
    from kg.build import ontology as onto
    from kg.build.validate import load_data
    from kg.build.validate import validate as run

    data = _or_fail(lambda: load_data(list(files)))
    report = run(data, onto.load_shapes(config.ontology_dir), onto.load(config.ontology_dir))
    click.echo(report.text())
    if not report.conforms:
        raise SystemExit(1)


def _or_fail(action):
    """Run ``action``; turn our own errors into a one-line message and exit status 1."""
    try:
        return action()
    except KGError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except OSError as exc:  # a full disk, a folder we may not write: one line, not a traceback
        where = f" ({exc.filename})" if exc.filename else ""
        click.echo(f"error: {exc.strerror or exc}{where}; nothing was changed", err=True)
        sys.exit(1)


@main.command()
@click.option("--force", is_flag=True, help="Rebuild even if the inputs are unchanged.")
@click.pass_obj
def build(config: Config, force: bool) -> None:
    """Build the graph: curated data → RDF → SHACL → OWL 2 RL → an Oxigraph store.

    The store is built in a new directory under KG_VAR_DIR and becomes current only when every
    step passed: a failed build leaves the previous store serving. Unchanged inputs: no-op.
    Each source document is read, checked and reasoned on its own and cached (KG_VAR_DIR/cache):
    a build re-reads only the documents whose facts, text or registry look-ups changed, in
    KG_BUILD_WORKERS processes, and replaces only the changed graphs of the previous store.
    """
    from kg.build import build as run

    summary = _or_fail(lambda: run(config, progress=lambda step: click.echo(step, err=True), force=force))
    click.echo(summary.text())


@main.command()
@click.option("--format", "fmt", type=click.Choice(["trig", "nquads"]), default="trig", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: standard output).")
@click.pass_obj
def export(config: Config, fmt: str, output: Path | None) -> None:
    """Write the current store's whole dataset (every named graph) as TriG or N-Quads."""
    from kg import store

    location = store.current_store(config)
    if not location.is_dir():
        raise SystemExit("no built store: run `kg build` first")
    oxi = store.open_read_only(location)
    if output is None:
        store.export(oxi, sys.stdout.buffer, fmt)
    else:
        with output.open("wb") as out:
            store.export(oxi, out, fmt)


@main.command()
@click.option("--to", "to", required=True, metavar="URL",
              help="The store's Graph Store Protocol endpoint (Oxigraph: http://host:7878/store; Virtuoso: "
                   "http://host:8890/sparql-graph-crud-auth).")
@click.option("--update", metavar="URL", default=None,
              help="The store's SPARQL Update endpoint: upload into temporary graphs, then move them all into "
                   "place in one update and empty the graphs the build no longer has (Oxigraph: "
                   "http://host:7878/update; Virtuoso: http://host:8890/sparql-auth). Without it: PUT graph by graph.")
@click.option("--default-graph", metavar="IRI", default=None,
              help="Put the default graph's merge into this named graph instead of the store's default graph, for "
                   "stores whose default graph is the union of all graphs (Virtuoso); serve with "
                   "KG_SPARQL_ENDPOINT=<query URL>?default-graph-uri=<IRI>.")
@click.option("--timeout", type=float, default=300, show_default=True, help="Seconds each request may take.")
@click.pass_obj
def publish(config: Config, to: str, update: str | None, default_graph: str | None, timeout: float) -> None:
    """Put the current build into a SPARQL 1.1 store (Graph Store HTTP Protocol): one PUT per named
    graph and one for the default graph (the merge of them all), with credentials from
    KG_PUBLISH_AUTH; progress per graph on stderr. Then `KG_SPARQL_ENDPOINT=<its query URL> kg
    serve` answers from it."""
    from kg.build.publish import Target
    from kg.build.publish import publish as run

    target = Target(store=to, update=update, default_graph=default_graph)
    summary = _or_fail(lambda: run(config, target, auth=config.publish_auth, timeout=timeout,
                                   progress=lambda line: click.echo(line, err=True)))
    click.echo(summary.text())


@main.command()
@click.option("--host", default=None, help="Interface to listen on (default: KG_HOST).")
@click.option("--port", type=int, default=None, help="Port to listen on (default: KG_PORT).")
@click.pass_obj
def serve(config: Config, host: str | None, port: int | None) -> None:
    """Serve the current store over HTTP (read-only)."""
    import uvicorn

    from kg.http import logs
    from kg.http.server import DeadlineProtocol

    # access_log=False: ours is kg.access, one structured line per request
    host, port = host or config.host, port or config.port
    workers = config.http_workers
    if workers > 1:  # separate processes: uvicorn imports the app factory in each (settings come from KG_*)
        uvicorn.run("kg.http.app:create_app", factory=True, workers=workers, log_config=logs.uvicorn_config(),
                    access_log=False, host=host, port=port, http=DeadlineProtocol)
    else:
        from kg.http.app import create_app

        uvicorn.run(create_app(config), log_config=logs.uvicorn_config(), access_log=False, host=host, port=port,
                    http=DeadlineProtocol)


def _current_store_path(config: Config) -> Path:
    """Where the current store is, or a clear error if nothing was built."""
    from kg import store

    location = store.current_store(config)
    if not location.is_dir():
        raise click.ClickException("no store: run `kg build` first")
    return location


def _current_store(config: Config):
    """The current store, read-only, or a clear error."""
    from kg import store

    return store.open_read_only(_current_store_path(config))


@main.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--output", "-o", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Directory for <doc>.trig, <doc>.md and <doc>.review.yaml (default: KG_VAR_DIR/candidates).")
@click.option("--accept", "review", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Promote the facts marked `accept: true` in this review file into data/.")
@click.pass_obj
def extract(config: Config, files: tuple[Path, ...], output: Path | None, review: Path | None) -> None:
    """Read Arabic documents (UTF-8 text or HTML; "-" is stdin) and propose the entities and facts
    they state, for review: each with its quote, offsets, rule and confidence. Writes, per document,
    the candidates as TriG in the named graph <base>graph/candidates/<doc>, a review report
    (<doc>.md) and a review file (<doc>.review.yaml). The gazetteer is the current graph: run
    `kg build` first. With --accept, promotes a reviewed file's accepted facts into data/ (then run
    `kg build`)."""
    if review is not None:
        from kg.build import ontology
        from kg.extract.accept import accept

        done = _or_fail(lambda: accept(review, config.data_dir, ontology.load(config.ontology_dir), config.base_iri))
        click.echo(f"{done.source}: {done.facts} fact(s) and {done.entities} new entit(y/ies) promoted"
                   + (", source vendored" if done.vendored else "") + "; files: "
                   + ", ".join(str(p) for p in done.files) + ". Run `kg build` to publish them.")
        return
    if not files:
        raise click.UsageError("give one or more files to read (or --accept REVIEW)")
    from kg.extract import reader
    from kg.extract.gazetteer import Gazetteer
    from kg.extract.output import Candidates
    from kg.extract.pipeline import extract as run

    gazetteer = Gazetteer.from_store(_current_store(config), config.base_iri)
    output = output or config.var_dir / "candidates"
    output.mkdir(parents=True, exist_ok=True)
    failed = 0
    for path in files:
        try:
            document = reader.read(path)
        except KGError as exc:
            click.echo(f"error: {exc}", err=True)
            failed += 1
            continue
        candidates = Candidates(document, run(document.text, gazetteer), config.base_iri, path=str(path))
        for suffix, content in ((".trig", candidates.trig()), (".md", candidates.report()),
                                (".review.yaml", candidates.review())):
            (output / f"{document.id}{suffix}").write_text(content, encoding="utf-8")
        result = candidates.result
        click.echo(f"{document.name}: {len(result.text.original)} characters, {len(result.mentions)} mentions "
                   f"({len(candidates.new_entities())} new entities), {len(result.facts)} facts → "
                   f"{output / document.id}.{{trig,md,review.yaml}}", err=True)
    if failed:
        sys.exit(1)


@main.command("eval")
@click.option("--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Also score a gold corpus: every *.gold.yaml of DIR (and its text_file), read as `kg extract` "
                   "reads it, scored by DIR/extraction_check.py and by typed relations; one line per split "
                   "(develop: fund_, inst_, law_; measure: agr_, ngo_, coop_), then the sources. "
                   "E.g. tests/data/extraction-dev.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the full results as JSON to FILE: per document with --corpus (the scorer's detail, the "
                   "typed relations found, spurious and missed), and the sources' scores.")
@click.option("--errors", "show", type=int, default=0, show_default=True,
              help="Also list this many errors (missed and spurious mentions, links, facts); with --corpus, also "
                   "this many typed-relation errors of the develop split (the measure split is only measured).")
@click.option("--known", is_flag=True,
              help="Use the whole graph as gazetteer (no document left out): what the rules do when every entity is known.")
@click.pass_obj
def evaluate(config: Config, corpus: Path | None, json_path: Path | None, show: int, known: bool) -> None:
    """Measure `kg extract` against the curated facts, leaving one document out: each source
    document is read with a gazetteer of only what the other four (and reference data) make known.
    Prints precision, recall and F1 for mentions, linking and each relation type; exits 1 when a
    score is below its target (mentions 0.90, linking 0.85, relations 0.70, funding with amounts 0.80).

    With --corpus DIR, also reads every DIR/*.gold.yaml's text (the body after its `# source:` line,
    as the scorer reads it) with the current graph as gazetteer, as `kg extract` does, and prints one
    line per split: entity P/R/F1, fact recall (any relation type), amounts and dates found, amounts and
    dates on their subject, and must-not violations by DIR/extraction_check.py (labels of linked known entities added from the
    graph), and precision, recall and F1 of the typed relations (funds, implements, partner_of,
    organizes, hosts, participates_in, signatory_of, holds_position_in, located_in, targets); then
    the sources' leave-one-out line and a table by relation type. Exits 2 when a corpus document
    cannot be scored. Example:

    \b
        kg eval --corpus tests/data/extraction-dev --json eval.json"""
    from kg.extract.evaluate import Corpus, corpus_table, evaluate_corpus
    from kg.extract.evaluate import evaluate as run

    if corpus is not None and not (corpus / "extraction_check.py").is_file():
        raise click.BadParameter(f"{corpus} has no extraction_check.py (the corpus's scorer)", param_hint="--corpus")
    store = _current_store(config)
    report = run(Corpus(store, config.base_iri), progress=lambda d: click.echo(f"reading {d}", err=True),
                 leave_out=not known)
    label = "every entity known" if known else "leave-one-out"
    result = None
    if corpus is not None:
        from kg.extract.gazetteer import Gazetteer

        result = evaluate_corpus(corpus, Gazetteer.from_store(store, config.base_iri), config.base_iri,
                                 progress=lambda d: click.echo(f"reading {corpus.name}/{d}", err=True))
        counts = ", ".join(f"{s} {sum(d.split == s for d in result.documents)}" for s in result.splits())
        click.echo(f"{len(result.documents)} documents of {corpus} ({counts}); "
                   f"{report.documents} sources, {'every entity known' if known else 'leave-one-document-out'}\n")
        click.echo(corpus_table(result, report, label))
        errors = [(d.name, what, " ".join(item[:3]) + (f" [{item[3]}]" if len(item) > 3 else ""))
                  for d in result.documents if d.split == "develop"
                  for what, items in (("spurious", d.typed.spurious), ("missed", d.typed.missed)) for item in items]
        for name, what, detail in errors[:show]:
            click.echo(f"{name}: {what}: {detail}")
        for error in result.errors:
            click.echo(f"error: {error}", err=True)
        click.echo("")
    click.echo(f"{report.documents} documents, {report.characters} characters, "
               f"{'every entity known' if known else 'leave-one-document-out'}\n")
    click.echo(report.table())
    for doc, what, detail in report.errors[:show]:
        click.echo(f"{doc}: {what}: {detail}")
    if json_path is not None:
        import json
        from typing import Any

        out: dict[str, Any] = {"sources": {"mode": label, "documents": report.documents,
                           "scores": {name: {"P": s.precision, "R": s.recall, "F1": s.f1, "tp": s.tp, "fp": s.fp,
                                             "fn": s.fn} for name, s in sorted(report.scores.items())},
                           "errors": [list(e) for e in report.errors]}}
        if result is not None:
            out = {"corpus": str(corpus), **result.to_json(), **out}
        json_path.write_text(json.dumps(out, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        click.echo(f"results written to {json_path}", err=True)
    below = [name for name, ok in report.passed().items() if not ok]
    if below:
        click.echo(f"\nbelow target: {', '.join(below)}", err=True)
        sys.exit(1)
    if result is not None and result.errors:
        sys.exit(2)


@main.group()
def bench() -> None:
    """Benchmarks that compare us with the native Oxigraph server, in the same run."""


def _bench_options(command):
    """What both benchmarks take: requests per measure and the concurrency levels."""
    command = click.pass_obj(command)
    command = click.option("--concurrency", default="1,8", show_default=True,
                           help="Comma-separated concurrency levels.")(command)
    return click.option("--requests", "requests", type=int, default=60, show_default=True,
                        help="Requests per query, server, mode and concurrency level.")(command)


@bench.command("sparql")
@_bench_options
@click.option("--scale", type=click.IntRange(min=0), default=0, show_default=True,
              help="Run on a graph of about this many triples with the shape of ours (the built graph copied "
                   "under renamed IRIs, made once under var/bench/scale-N; 0: the built graph itself).")
def bench_sparql(config: Config, requests: int, concurrency: str, scale: int) -> None:
    """Our /sparql against `oxigraph serve-read-only` on the same store: a query mix
    (queries/bench/*.rq: lookup, join, aggregate, label search, DESCRIBE, CONSTRUCT), uncached and
    repeated, at each concurrency; prints throughput, p50/p99, the ratio ours/native and the
    resident memory of each server (all its processes) after the run. Example:

        kg bench sparql --scale 1000000 --requests 30"""
    from kg import bench as benchmark
    from kg import store

    if scale:
        from kg import scale as scaling

        var = scaling.replicate(_current_store(config), config.var_dir / "bench" / f"scale-{scale}", scale,
                                config.base_iri, progress=lambda m: click.echo(m, err=True))
        config = Config(var_dir=str(var))
    memory: dict[str, float] = {}
    _bench(config, requests, concurrency, functools.partial(benchmark.run, memory=memory))
    manifest = store.current_manifest(config) or {}
    triples = manifest.get("triples") or sum(manifest.get("graphs", {}).values()) + manifest.get("default_graph", 0)
    click.echo(f"\nstore: {triples:,} quads ({manifest.get('version', '?')}); resident memory after the run: "
               + ", ".join(f"{server} {mb:,.0f} MiB" for server, mb in memory.items())
               + f"; KG_MEMORY_MB {config.memory_mb}, KG_WORKER_COPY_MB {config.worker_copy_mb} ("
               + store.placement(_current_store_path(config), config).describe() + ")")


@bench.command("api")
@_bench_options
def bench_api(config: Config, requests: int, concurrency: str) -> None:
    """A dashboard polling the curated queries it draws (headline numbers, funding network,
    timeline, places, funding totals, themes): ours through /api/queries, plainly and revalidating
    with the ETag (304), against the same SPARQL sent to `oxigraph serve-read-only` on the same
    store; prints throughput, p50/p99 and the ratio ours/native."""
    from kg import bench as benchmark

    _bench(config, requests, concurrency, benchmark.run_api)


@bench.command("runaways")
@click.option("--seconds", type=float, default=20, show_default=True, help="How long each server is attacked.")
@click.option("--runaways", type=int, default=4, show_default=True, help="Clients sending runaway queries.")
@click.option("--timeout", type=float, default=5, show_default=True, help="KG_QUERY_TIMEOUT for our server.")
@click.pass_obj
def bench_runaways(config: Config, seconds: float, runaways: int, timeout: float) -> None:
    """Runaway queries against our server and `oxigraph serve-read-only` on the same store: while
    N clients send a query that never ends, one client sends cheap uncached queries; prints their
    p50/p99, how long runaways took to be answered, and the servers' peak memory."""
    from kg import bench as benchmark

    location = _current_store_path(config)
    attacks = _or_fail(lambda: benchmark.run_runaways(config, location.resolve(), seconds, runaways, timeout,
                                                      progress=lambda m: click.echo(m, err=True)))
    click.echo(benchmark.report_runaways(attacks, timeout))


@bench.command("build")
@click.option("--documents", default="10,100", show_default=True,
              help="Comma-separated numbers of documents to build from (synthetic: data/ copied under new ids).")
@click.pass_obj
def bench_build(config: Config, documents: str) -> None:
    """`kg build` from scratch on N documents in the real curated format (the documents of data/
    copied again under new ids, each copy naming things of its own beside the shared registry),
    each in a process of its own, then again after one document's facts were edited (the others
    come from the build's cache); prints documents read, quads, wall time, peak memory (the build
    and its worker processes) and seconds per step.
    Example:

        kg bench build --documents 10,100,1000"""
    from kg import bench as benchmark

    counts = _whole_numbers(documents, "--documents")
    rows = _or_fail(lambda: benchmark.run_build(config, counts, progress=lambda m: click.echo(m, err=True)))
    click.echo(benchmark.report_build(rows))


@bench.command("extract")
@click.option("--repeat", type=int, default=5, show_default=True, help="Runs per document (the median counts).")
@click.option("--growth", type=int, default=5, show_default=True,
              help="Also documents of 1, 2, 4 … 2^(N-1) copies of the five sources joined.")
@click.pass_obj
def bench_extract(config: Config, repeat: int, growth: int) -> None:
    """`kg extract` on one core: each source document, then ever longer documents; prints
    characters per second, milliseconds and the ratio to the target of 200,000 characters/s."""
    from kg.extract import bench as benchmark
    from kg.extract.evaluate import Corpus

    corpus = Corpus(_current_store(config), config.base_iri)
    measures = benchmark.run(corpus.texts, corpus.gazetteer, repeat, growth, progress=lambda m: click.echo(m, err=True))
    click.echo(benchmark.report(measures))


def _whole_numbers(text: str, option: str) -> list[int]:
    """«1,8» as [1, 8]; anything but comma-separated whole numbers of at least 1 is a usage error."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if not parts or not all(part.isascii() and part.isdigit() and int(part) >= 1 for part in parts):
        raise click.BadParameter(f"comma-separated whole numbers of at least 1, e.g. 1,8 — not {text[:40]!r}",
                                 param_hint=option)
    return [int(part) for part in parts]


def _bench(config: Config, requests: int, concurrency: str, measure) -> None:
    """Run a benchmark (``kg.bench.run`` or ``run_api``) on the current store; print its report."""
    from kg import bench as benchmark

    levels = _whole_numbers(concurrency, "--concurrency")     # a usage error before anything is looked up
    location = _current_store_path(config)
    measures = _or_fail(lambda: measure(config, location.resolve(), requests, levels,
                                        progress=lambda m: click.echo(m, err=True)))
    click.echo(benchmark.report(measures))


if __name__ == "__main__":
    main()
