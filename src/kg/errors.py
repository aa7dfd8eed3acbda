"""The project's exceptions: one tree, for the build, extraction and every HTTP answer.

    KGError
    ├── OntologyError          the ontology does not parse, is inconsistent, or is badly documented
    ├── CurationError          the curated YAML is malformed (a quote not in its text, an unknown id)
    ├── ValidationError        instance data violates the SHACL shapes
    ├── ConfigurationError     a required tool or setting is missing or malformed (Java, KG_PORT=x)
    ├── InputError             a document given to `kg extract` cannot be read as Arabic text
    └── RequestError           a request that gets an error instead of an answer (400)
        ├── Forbidden              what this service never does: updates, SERVICE calls (403)
        ├── NotFound               nothing is known at this address (404)
        ├── MethodNotAllowed       (405; ``headers`` carries Allow)
        ├── NotAcceptable          none of the offered formats is acceptable (406)
        ├── PayloadTooLarge        a query or body over its limit (413)
        ├── UnsupportedMediaType   a POST body we do not read (415)
        ├── InvalidParameters      parameters missing, unknown or malformed; one sentence each (422)
        ├── NoStore                nothing has been built yet (503)
        └── QueryError             the engine could not answer (500)
            ├── QuerySyntaxError       the query does not parse (400)
            ├── QueryUnsupported       a well-formed query asks for what the engine lacks (501)
            ├── EndpointError          the remote endpoint failed or could not be reached (502)
            └── QueryTimeout           stopped at KG_QUERY_TIMEOUT, or the endpoint timed out (503)

A ``RequestError`` carries everything its answer needs: ``status``, one sentence (``message``),
the individual problems (``errors``) and extra response ``headers``. ``kg.http.errors`` answers
every one of them in the same shape, as JSON, an HTML page or plain text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence


class KGError(Exception):
    """Base of every error this package raises on purpose."""


class OntologyError(KGError):
    """The ontology is unusable: a parse error, an inconsistency, a missing label."""


class ValidationError(KGError):
    """Data does not conform to the shapes; the message is a readable report."""


class ConfigurationError(KGError):
    """Something the environment must provide is missing or malformed."""


class CurationError(KGError):
    """The curated data (sources, entities, facts) is malformed; the message lists every problem."""


class InputError(KGError):
    """A document for extraction is empty, binary, not UTF-8 or not Arabic; the message says which."""


class RequestError(KGError):
    """A request answered with an error: ``status``, one sentence, its parts, extra headers."""

    status = 400

    def __init__(self, message: str, *, errors: Sequence[str] | None = None,
                 headers: Mapping[str, str] | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.errors = list(errors) if errors else [message]
        self.headers = dict(headers or {})
        if status is not None:
            self.status = status


class Forbidden(RequestError):
    status = 403


class NotFound(RequestError):
    status = 404


class MethodNotAllowed(RequestError):
    status = 405


class NotAcceptable(RequestError):
    status = 406


class PayloadTooLarge(RequestError):
    status = 413


class UnsupportedMediaType(RequestError):
    status = 415


class InvalidParameters(RequestError):
    status = 422


class NoStore(RequestError):
    status = 503

    def __init__(self, message: str = "no store has been built yet: run `kg build`") -> None:
        super().__init__(message)


class QueryError(RequestError):
    """The engine could not answer; the subclass says why, and so the status."""

    status = 500


class QuerySyntaxError(QueryError):
    status = 400


class QueryUnsupported(QueryError):
    status = 501


class EndpointError(QueryError):
    status = 502


class QueryTimeout(QueryError):
    status = 503
