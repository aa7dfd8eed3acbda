"""The query side: where SPARQL runs and what a query is.

    engine       evaluation: the embedded store in killable worker processes, or a remote endpoint
    backend      which engine answers now: follows ``kg build``'s switch of the current store
    text         what a request is, read off its tokens (form, prefixes, SERVICE targets)
    catalogue    the curated queries of ``queries/*.rq`` and their typed parameters
"""
