// The SPARQL editor: YASGUI against our own endpoint, with our prefixes and the curated queries.
(function () {
  "use strict";
  const endpoint = new URL("/sparql", window.location.href).href;
  // Settings come as a JSON data block, not an inline script: the Content-Security-Policy allows none.
  const { prefixes, examples } = JSON.parse(document.getElementById("mgkg-editor").textContent);
  const prologue = Object.entries(prefixes).map(([p, iri]) => `PREFIX ${p}: <${iri}>`).join("\n");
  const start = prologue + "\n\nSELECT ?class (COUNT(?s) AS ?n)\nWHERE { ?s a ?class }\nGROUP BY ?class\nORDER BY DESC(?n)\nLIMIT 20\n";

  document.getElementById("plain").hidden = true;
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }] },
    persistenceId: "mgkg-sparql",
    yasqe: { value: start, collapsePrefixesOnLoad: true },
  });

  // Each example opens in a tab of its own and runs at once.
  document.querySelectorAll("button.example").forEach((button) => {
    button.addEventListener("click", () => {
      const example = examples[Number(button.dataset.index)];
      const tab = yasgui.addTab(true, { name: example.title, yasqe: { value: example.text, collapsePrefixesOnLoad: true },
                                        requestConfig: { endpoint: endpoint, method: "POST" } });
      tab.query();
    });
  });
  window.mgkgYasgui = yasgui;
})();
