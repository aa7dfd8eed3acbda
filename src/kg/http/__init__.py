"""The HTTP side: thin routers over the query side; never imports the build.

    app          the application: routers, middleware, the one error handler, access logs
    errors       every error answered in the form the client asked for
    negotiation  content types as data, Accept and format= read once
    conditional  ETags and 304
    sparql       the SPARQL 1.1 Protocol, the service description, the editor
    resources    linked data: IRIs that dereference (303), documents, browse, search
    files        the build's files: dumps, the JSON-LD context, VoID
    api          the curated queries as a typed, cached API
    dashboard    the dashboard page, drawn from the API
    pages        the HTML pages (templates/ and static/ beside it)
"""
