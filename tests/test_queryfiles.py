"""queries/ is found through one loader, in a checkout and in a built wheel alike."""

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from kg import queryfiles
from kg.config import ROOT


def test_the_loader_sees_the_repository_folder():
    assert queryfiles.ROOT.resolve() == (ROOT / "queries").resolve()
    assert queryfiles.text("ld", "describe.rq") == (ROOT / "queries" / "ld" / "describe.rq").read_text(encoding="utf-8")
    assert {p.name for p in queryfiles.directory("rules").glob("*.rq")} == \
        {p.name for p in (ROOT / "queries" / "rules").glob("*.rq")}


def test_no_module_builds_its_own_path_to_queries():
    joined = re.compile(r'/\s*"queries"|"queries"\s*/|Path\([^)]*"queries"')
    offenders = [p for p in (ROOT / "src" / "kg").rglob("*.py")
                 if p.name != "queryfiles.py" and joined.search(p.read_text(encoding="utf-8"))]
    assert not offenders, offenders


@pytest.mark.slow
def test_a_wheel_carries_every_query_file_templates_and_static_files(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next(Path(tmp_path).glob("*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {"kg/queries/" + str(p.relative_to(ROOT / "queries")) for p in (ROOT / "queries").rglob("*.rq")}
    assert expected <= names, sorted(expected - names)[:5]
    assert {"kg/http/templates/base.html", "kg/http/static/style.css"} <= names
    # Installed (not editable) and run from elsewhere, the package finds its queries and templates.
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    probe = ("import kg, kg.http.app as app; from kg import queryfiles; "
             "print(kg.__file__); print(len(queryfiles.text('ld', 'describe.rq'))); "
             "print(len(app.create_app().routes))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env={"PYTHONPATH": str(target)},
                         capture_output=True, text=True, check=True).stdout.split()
    assert out[0].startswith(str(target)) and int(out[1]) > 0 and int(out[2]) > 10
