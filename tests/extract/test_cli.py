"""`kg extract`, `kg eval` and `kg bench extract` through the command line (click's CliRunner, as
tests/test_cli.py does), over the graph built once per session."""

import re
import shutil

import pytest
import yaml
from click.testing import CliRunner

from kg.cli import main
from kg.config import ROOT

from .conftest import SOURCES

PRESS_RELEASE = ("الرباط، 3 مارس 2024 – أعلنت الوزارة أن مشروع “DEPOMI” يستفيد بدعم مالي من الوكالة البلجيكية للتنمية. "
                 "وتتولى جمعية الأمل للتنمية تنفيذ المشروع في الجهة الشرقية.\n")
SUMMARY = re.compile(r"^(?P<name>.+): (?P<chars>\d+) characters, (?P<mentions>\d+) mentions \((?P<new>\d+) new entities\), "
                     r"(?P<facts>\d+) facts → (?P<stem>.+)\.\{trig,md,review\.yaml\}$")
RELATION_TYPES = ("funding", "host", "implementing", "organizer", "partner", "party", "post")


@pytest.fixture(scope="module")
def env(built):
    config, _ = built
    return {"KG_VAR_DIR": str(config.var_dir)}


def kg(args, env, **kwargs):
    return CliRunner().invoke(main, args, env=env, **kwargs)


def outputs(directory, stem):
    return [directory / f"{stem}{suffix}" for suffix in (".trig", ".md", ".review.yaml")]


# kg extract -------------------------------------------------------------------------------------

def test_extract_writes_three_files_and_a_summary(env, tmp_path):
    source = tmp_path / "press-release.txt"
    source.write_text(PRESS_RELEASE, encoding="utf-8")
    out = tmp_path / "out"
    result = kg(["extract", str(source), "-o", str(out)], env)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    summary = SUMMARY.match(line)
    assert summary, line
    assert summary["name"] == str(source) and summary["stem"] == str(out / "press-release")
    assert int(summary["chars"]) == len(PRESS_RELEASE) and int(summary["facts"]) >= 1
    for path in outputs(out, "press-release"):
        assert path.is_file() and path.read_text(encoding="utf-8").strip()
    review = yaml.safe_load((out / "press-release.review.yaml").read_text(encoding="utf-8"))
    assert review["source"]["id"] == "press-release" and len(review["facts"]) == int(summary["facts"])
    assert "graph/candidates/press-release" in (out / "press-release.trig").read_text(encoding="utf-8")


def test_extract_several_files_at_once(env, tmp_path):
    docs = ["m4sd-board-rabat-2022", "gcm-champions-dialogue-rabat-2023", "depomi-launch-interview-2021"]
    files = []
    for doc in docs:
        files.append(tmp_path / f"{doc}.txt")
        shutil.copy(SOURCES[doc], files[-1])
    out = tmp_path / "out"
    result = kg(["extract", *map(str, files), "--output", str(out)], env)
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert [SUMMARY.match(line)["name"] for line in lines] == list(map(str, files))
    for doc in docs:
        assert all(p.is_file() for p in outputs(out, doc))
    assert len(list(out.iterdir())) == 3 * len(docs)


def test_bad_files_fail_with_one_line_each_and_good_files_are_still_written(env, tmp_path):
    good = tmp_path / "good.txt"
    shutil.copy(SOURCES["depomi-launch-interview-2021"], good)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    english = tmp_path / "english.txt"
    english.write_text("The International Organization for Migration opened an office in Rabat in 2007.\n",
                       encoding="utf-8")
    out = tmp_path / "out"
    result = kg(["extract", str(empty), str(good), str(english), "-o", str(out)], env)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 2
    assert errors[0].startswith(f"error: {empty}: empty")
    assert errors[1].startswith(f"error: {english}: not Arabic")
    assert sum(bool(SUMMARY.match(line)) for line in result.stderr.splitlines()) == 1
    assert all(p.is_file() for p in outputs(out, "good"))
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in outputs(out, "good"))
    assert "Traceback" not in result.output


def test_a_missing_file_is_an_error_naming_it(env, tmp_path):
    missing = tmp_path / "nowhere.txt"
    result = kg(["extract", str(missing), "-o", str(tmp_path / "out")], env)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [f"error: {missing}: no such file — check the path"]


def test_extract_reads_standard_input(env, tmp_path):
    out = tmp_path / "out"
    result = kg(["extract", "-", "-o", str(out)], env, input=PRESS_RELEASE.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert SUMMARY.match(result.stderr.strip())["name"] == "<stdin>"
    assert len(list(out.glob("*.review.yaml"))) == 1


def test_extract_without_files_is_a_usage_error(env):
    result = kg(["extract"], env)
    assert result.exit_code == 2
    assert "give one or more files" in result.stderr and "extract [OPTIONS] [FILES]" in result.stderr


def test_extract_without_a_built_store_says_so(tmp_path):
    source = tmp_path / "press-release.txt"
    source.write_text(PRESS_RELEASE, encoding="utf-8")
    result = kg(["extract", str(source)], {"KG_VAR_DIR": str(tmp_path / "var")})
    assert result.exit_code != 0 and "kg build" in result.output


def extracted(env, tmp_path):
    """A copy of the data directory and the press release extracted: (data, review path, review)."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    source = tmp_path / "press-release.txt"
    source.write_text(PRESS_RELEASE, encoding="utf-8")
    out = tmp_path / "out"
    assert kg(["extract", str(source), "-o", str(out)], env).exit_code == 0
    review_path = out / "press-release.review.yaml"
    return data, review_path, yaml.safe_load(review_path.read_text(encoding="utf-8"))


def test_extract_accept_promotes_into_the_data_dir(env, tmp_path):
    data, review_path, review = extracted(env, tmp_path)
    [fact] = [f for f in review["facts"] if f.get("funding") == {"funder": "organization/enabel", "item": "project/depomi"}]
    fact["accept"] = True
    review_path.write_text(yaml.safe_dump(review, allow_unicode=True), encoding="utf-8")

    result = kg(["extract", "--accept", str(review_path)], {**env, "KG_DATA_DIR": str(data)})

    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("press-release: 1 fact(s) and 0 new entit(y/ies) promoted, source vendored; files: ")
    assert "kg build" in result.stdout
    assert (data / "sources" / "press-release.txt").read_text(encoding="utf-8") == PRESS_RELEASE
    promoted = yaml.safe_load((data / "facts" / "press-release.extracted.yaml").read_text(encoding="utf-8"))
    assert promoted["facts"][0]["funding"] == {"funder": "organization/enabel", "item": "project/depomi"}
    assert not (ROOT / "data" / "facts" / "press-release.extracted.yaml").exists()


def test_extract_accept_reports_a_broken_review_and_changes_nothing(env, tmp_path):
    data, review_path, review = extracted(env, tmp_path)
    before = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
    for fact in review["facts"]:
        fact["accept"] = True
        fact["quote"] += " (edited)"
    review_path.write_text(yaml.safe_dump(review, allow_unicode=True), encoding="utf-8")

    result = kg(["extract", "--accept", str(review_path)], {**env, "KG_DATA_DIR": str(data)})

    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and "Traceback" not in result.output
    assert {p: p.read_bytes() for p in data.rglob("*") if p.is_file()} == before


# kg eval ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def evaluation(env):
    return kg(["eval", "--errors", "5"], env)


def rows(output: str) -> dict[str, list[str]]:
    table = {}
    for line in output.splitlines():
        match = re.match(r"^(\S.*?|  \S+)\s+(\d\.\d\d)\s+(\d\.\d\d)\s+(\d\.\d\d)\s+(\d+)\s+(\d+)\s+(\d+)\s*(.*)$", line)
        if match:
            table[match[1].strip()] = list(match.groups()[1:])
    return table


def test_eval_prints_the_table(evaluation):
    assert evaluation.exit_code in (0, 1), evaluation.output
    assert evaluation.stdout.startswith("5 documents, ")
    assert "leave-one-document-out" in evaluation.stdout.splitlines()[0]
    table = rows(evaluation.stdout)
    assert set(table) == {"mentions", "linking", "relations", "funding with amounts", *RELATION_TYPES}
    for name in ("mentions", "linking", "relations", "funding with amounts"):
        assert re.fullmatch(r"≥ 0\.\d\d (ok|BELOW)", table[name][6]), table[name]
    for name in RELATION_TYPES:
        assert table[name][6] == ""
    relations = [int(table["relations"][i]) for i in (3, 4, 5)]
    assert relations == [sum(int(table[t][i]) for t in RELATION_TYPES) for i in (3, 4, 5)]
    for values in table.values():
        p, r, f1 = map(float, values[:3])
        assert 0 <= p <= 1 and 0 <= r <= 1 and 0 <= f1 <= 1


def test_eval_exits_1_while_a_score_is_below_target(evaluation):
    below = [name for name, values in rows(evaluation.stdout).items() if values[6].endswith("BELOW")]
    assert evaluation.exit_code == (1 if below else 0)
    if below:   # today: see test_evaluate.py, the targets are not reached yet
        assert evaluation.stderr.strip().splitlines()[-1] == f"below target: {', '.join(below)}"
    assert [line for line in evaluation.stderr.splitlines() if line.startswith("reading ")] == \
        [f"reading {doc}" for doc in sorted(SOURCES)]


def test_eval_lists_errors(evaluation):
    after_table = evaluation.stdout.split("  post ", 1)[1].splitlines()[1:]
    errors = [line for line in after_table if line.strip()]
    assert len(errors) == 5
    for line in errors:
        match = re.fullmatch(r"(\S+): (\w+: [^:]+): (\d+)-(\d+) «.*", line)
        assert match and match[1] in SOURCES and int(match[3]) <= int(match[4]), line


def test_eval_without_errors_lists_none(env):
    result = kg(["eval"], env)
    assert result.stdout.rstrip().splitlines()[-1].lstrip().startswith("post ")


def test_eval_known_uses_the_whole_graph(env, evaluation):
    result = kg(["eval", "--known"], env)
    assert "every entity known" in result.stdout.splitlines()[0]
    assert float(rows(result.stdout)["mentions"][2]) > float(rows(evaluation.stdout)["mentions"][2])


# kg bench extract -------------------------------------------------------------------------------

def test_bench_extract_prints_rates(env, texts):
    result = kg(["bench", "extract", "--repeat", "1", "--growth", "2"], env)
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert lines[0].split() == ["document", "chars", "ms", "chars/s", "/target"]
    measured = {}
    for line in lines[1:]:
        match = re.fullmatch(r"(.+?)\s+(\d+)\s+([\d.]+)\s+([\d,]+|inf)\s+([\d.]+|inf)", line)
        assert match, line
        measured[match[1]] = int(match[2])
    joined = "\n\n".join(texts[doc] for doc in sorted(texts))
    assert measured == {**{doc: len(texts[doc]) for doc in sorted(texts)},
                        "all five ×1": len(joined), "all five ×2": len(joined) * 2 + 2}


# --help -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("command, words", [
    (["extract"], ["--output", "--accept", "review", "kg build"]),
    (["eval"], ["--errors", "--known", "leaving one document out"]),
    (["bench", "extract"], ["--repeat", "--growth", "characters"]),
])
def test_help(command, words):
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    for word in words:
        assert word in text, word


# kg eval --corpus -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus_evaluation(env, made_up_corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("eval-json") / "eval.json"
    return kg(["eval", "--corpus", str(made_up_corpus), "--json", str(out), "--errors", "3"], env), out


def test_eval_corpus_prints_a_line_per_split_and_the_sources(corpus_evaluation):
    result, _ = corpus_evaluation
    assert result.exit_code in (0, 1), result.output       # 1: a sources' score below its target
    lines = result.stdout.splitlines()
    assert lines[0].startswith("1 documents of ") and "(develop 1)" in lines[0]
    assert lines[2].split()[:4] == ["docs", "entities", "P", "R"]
    develop = lines[3].split()
    assert develop[:2] == ["develop", "1"] and develop[-3:] == ["3", "0", "1"]     # typed relations TP FP FN
    assert lines[4].startswith("sources (leave-one-out)") and lines[4].split()[2] == "5"
    assert any(re.match(r"^located_in\s+– +0\.00 +0\.00 +0 +0 +1$", line) for line in lines)
    assert "fund_made_up: missed: located_in depomi oriental" in lines
    assert result.stdout.count("5 documents, ") == 1 and "  post " in result.stdout     # the sources' full table
    assert any(re.fullmatch(r"reading made-up-corpus\d*/fund_made_up", line) for line in result.stderr.splitlines())


def test_eval_corpus_writes_the_results_as_json(corpus_evaluation):
    import json

    _, out = corpus_evaluation
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) >= {"corpus", "splits", "documents", "errors", "sources"}
    doc = data["documents"]["fund_made_up"]
    assert doc["split"] == "develop" and doc["relations"]["total"]["tp"] == 3
    assert ["funds", "enabel", "depomi"] in doc["relations"]["found"]
    assert doc["extraction_check"]["summary"]["ent_found"] == 5
    assert data["splits"]["develop"]["relations"]["fn"] == 1
    assert data["sources"]["mode"] == "leave-one-out" and data["sources"]["scores"]["mentions"]["tp"] > 0


def test_eval_corpus_needs_the_scorer(env, tmp_path):
    result = kg(["eval", "--corpus", str(tmp_path)], env)
    assert result.exit_code == 2 and "extraction_check.py" in result.output


def test_eval_help_tells_of_the_corpus():
    result = CliRunner().invoke(main, ["eval", "--help"])
    assert result.exit_code == 0
    for words in ("--corpus DIRECTORY", "--json FILE", "develop", "measure", "extraction_check.py",
                  "kg eval --corpus tests/data/extraction-dev"):
        assert words in result.output
