"""The build side: curated data → RDF → SHACL validation → OWL 2 RL → an Oxigraph store.

    curation     sources and curated YAML → RDF, each fact with its evidence
    ontology     the ontology: loading, checks, HermiT, documentation
    validate     SHACL (pySHACL)
    reasoning    build-time rules and the OWL 2 RL closure (reasonable)
    void         the VoID description of a build
    dumps        the downloadable dumps of a build
    pipeline     the whole chain, written into a fresh directory and switched in atomically

Nothing outside ``kg.build`` and the CLI imports from here: the server reads what a build wrote
(``kg.store``), never the code that wrote it.
"""

from kg.build.pipeline import Summary, build, input_version

__all__ = ["Summary", "build", "input_version"]
