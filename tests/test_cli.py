from click.testing import CliRunner

from kg.cli import main
from tests.conftest import DATA


def test_help_lists_commands_and_settings():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    assert "ontology" in result.output and "validate" in result.output
    assert "KG_PORT" in result.output


def test_ontology_check_passes():
    result = CliRunner().invoke(main, ["ontology", "check", "--no-reasoner"])
    assert result.exit_code == 0, result.output
    assert "every term used is declared" in result.output


def test_validate_fails_on_broken_data():
    result = CliRunner().invoke(main, ["validate", str(DATA / "shapes" / "nonconforming.ttl")])
    assert result.exit_code == 1
    assert "violation(s)" in result.output


def test_validate_passes_on_good_data():
    result = CliRunner().invoke(main, ["validate", str(DATA / "shapes" / "conforming.ttl")])
    assert result.exit_code == 0, result.output


def test_validate_reports_an_unparseable_file_without_a_traceback(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <<", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(bad)])
    assert result.exit_code == 1
    assert "not parseable RDF" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def bench_rows(built, what: str, modes: tuple[str, str]) -> list[str]:
    """Run `kg bench WHAT` briefly; its rows per mode and query, after checking it ran clean."""
    config, _ = built
    result = CliRunner().invoke(main, ["bench", what, "--requests", "3", "--concurrency", "2"],
                                env={"KG_VAR_DIR": str(config.var_dir), "KG_HTTP_WORKERS": "1"})
    assert result.exit_code == 0, result.output
    assert "errors" not in result.output and "geometric mean" in result.output
    return [line for line in result.output.splitlines() if line.startswith(modes) and "geometric mean" not in line]


def test_bench_sparql_compares_with_native_oxigraph(built):
    rows = bench_rows(built, "sparql", ("uncached", "repeated"))
    assert len(rows) == 2 * 6  # two modes × the six queries of queries/bench at one concurrency level


def test_bench_sparql_at_scale_runs_on_copies_of_the_graph_and_reports_memory(built):
    config, _ = built
    result = CliRunner().invoke(main, ["bench", "sparql", "--scale", "80000", "--requests", "2", "--concurrency", "2"],
                                env={"KG_VAR_DIR": str(config.var_dir), "KG_HTTP_WORKERS": "1"})
    assert result.exit_code == 0, result.output
    line = next(line for line in result.output.splitlines() if line.startswith("store:"))
    assert "(scale-80000)" in line and "ours" in line and "native" in line and "MiB" in line
    quads = int(line.split()[1].replace(",", ""))
    assert quads >= 80000


def test_bench_api_compares_the_dashboard_queries_with_native_oxigraph(built):
    rows = bench_rows(built, "api", ("polling", "revalidating"))
    assert len(rows) == 2 * 6  # two modes × the six queries the dashboard draws
    assert {row.split()[2] for row in rows} >= {"funding-network", "headline-numbers"}


def test_bench_without_a_store_says_so(tmp_path):
    result = CliRunner().invoke(main, ["bench", "sparql"], env={"KG_VAR_DIR": str(tmp_path)})
    assert result.exit_code != 0 and "kg build" in result.output


def test_bench_build_builds_from_scratch_then_reads_the_one_changed_document(tmp_path):
    result = CliRunner().invoke(main, ["bench", "build", "--documents", "6"], env={"KG_VAR_DIR": str(tmp_path)})
    assert result.exit_code == 0, result.output
    rows = [line.split() for line in result.output.splitlines() if line.strip().startswith("6 ")]
    assert [row[1:4] for row in rows] == [["from", "scratch", "6"], ["1", "changed", "1"]], result.output
    assert rows[0][4] == rows[1][4]  # the same quads


def test_bench_lists_of_numbers_are_checked_before_anything_runs(tmp_path):
    for args in (["bench", "build", "--documents", "10,abc"], ["bench", "sparql", "--concurrency", "0"],
                 ["bench", "sparql", "--scale", "-5"]):
        result = CliRunner().invoke(main, args, env={"KG_VAR_DIR": str(tmp_path)})
        assert result.exit_code == 2 and "Traceback" not in result.output, (args, result.output)
