# The same steps as the Makefile: install the package, build the graph from data/, serve it.
FROM python:3.11-slim

# Java for the HermiT consistency check (`kg ontology check`); the build itself does not need it.
# Node.js and npm install the SPARQL editor's front-end libraries, which we serve ourselves.
RUN apt-get update && apt-get install -y --no-install-recommends default-jre-headless nodejs npm \
    && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 10001 kg
WORKDIR /home/kg/app
COPY --chown=kg:kg . .
USER kg

ENV VIRTUAL_ENV=/home/kg/app/.venv PATH=/home/kg/app/.venv/bin:$PATH \
    KG_HOST=0.0.0.0 KG_PORT=8000 PYTHONUNBUFFERED=1
# The package goes in as a wheel (queries/, templates and static files inside it); data/, ontology/
# and web/ stay in the working directory, where an installed kg looks for them.
RUN python -m venv .venv && pip wheel --no-cache-dir --no-deps --quiet -w dist . \
    && pip install --no-cache-dir --quiet dist/*.whl && rm -rf dist build \
    && (cd web && npm ci --no-audit --no-fund --loglevel=error) && kg build

EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
    CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz').status != 200)"
CMD ["kg", "serve"]
