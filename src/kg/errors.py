"""The project's exceptions.

    KGError
    ├── OntologyError        the ontology does not parse, is inconsistent, or is badly documented
    ├── CurationError        the curated YAML is malformed (a quote not in its text, an unknown id)
    ├── ValidationError      instance data violates the SHACL shapes
    ├── ConfigurationError   a required tool or setting is missing (for instance Java)
    └── InputError           a document given to `kg extract` cannot be read as Arabic text
"""


class KGError(Exception):
    """Base of every error this package raises on purpose."""


class OntologyError(KGError):
    """The ontology is unusable: a parse error, an inconsistency, a missing label."""


class ValidationError(KGError):
    """Data does not conform to the shapes; the message is a readable report."""


class ConfigurationError(KGError):
    """Something the environment must provide is missing."""


class CurationError(KGError):
    """The curated data (sources, entities, facts) is malformed; the message lists every problem."""


class InputError(KGError):
    """A document for extraction is empty, binary, not UTF-8 or not Arabic; the message says which."""
