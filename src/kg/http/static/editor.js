// The SPARQL editor: YASGUI against our own endpoint, with our prefixes and the curated queries.
// Its result table is one a person reads: each IRI with its name in the page's language (asked of
// /api/labels, in one request per result), shortened with our prefixes and linked to its page
// here rather than to w3id.org; numbers in the page's format; years and dates as written.
(function () {
  "use strict";
  const endpoint = new URL("/sparql", window.location.href).href;
  // Settings come as a JSON data block, not an inline script: the Content-Security-Policy allows none.
  const settings = JSON.parse(document.getElementById("mgkg-editor").textContent);
  const { prefixes, examples, lang, roots } = settings;
  const prologue = Object.entries(prefixes).map(([p, iri]) => `PREFIX ${p}: <${iri}>`).join("\n");
  const start = prologue + "\n\nSELECT ?class (COUNT(?s) AS ?n)\nWHERE { ?s a ?class }\nGROUP BY ?class\nORDER BY DESC(?n)\nLIMIT 20\n";

  const XSD = "http://www.w3.org/2001/XMLSchema#";
  const NUMBERS = new Set(["integer", "decimal", "double", "float", "nonNegativeInteger", "positiveInteger",
    "negativeInteger", "nonPositiveInteger", "long", "int", "short", "byte", "unsignedLong", "unsignedInt",
    "unsignedShort", "unsignedByte"].map((n) => XSD + n));
  // Latin digits in every language, as the server's pages write them (CLDR through Babel).
  const numberFormat = new Intl.NumberFormat(lang + "-u-nu-latn", { maximumFractionDigits: 20 });

  const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  // The direction of a text by its first strong character, as the server's pages.direction().
  const STRONG = /[A-Za-z\u00C0-\u024F]|[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
  const direction = (text) => { const found = STRONG.exec(text); return found && found[0] >= "\u0590" ? "rtl" : "ltr"; };

  // IRI → {label, lang} of its name in the page's language, or null when it has none.
  const names = new Map();

  async function lookUp(iris) {
    const wanted = [...new Set(iris)].filter((iri) => !names.has(iri) && /^https?:\/\//i.test(iri))
      .slice(0, settings.max_labels);
    if (!wanted.length) return;
    try {
      const response = await fetch(settings.labels, {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ iris: wanted, lang }),
      });
      if (!response.ok) throw new Error(`${settings.labels} answered ${response.status}`);
      const found = (await response.json()).labels;
      wanted.forEach((iri) => names.set(iri, found[iri] || null));
    } catch (error) {
      console.warn("names not available, the table shows IRIs:", error);  // a table without names still works
    }
  }

  // Where a click on an IRI goes: our own things to their page here, in this language (as the
  // server's Page.href does); other http(s) IRIs as they are; anything else nowhere.
  function href(iri) {
    for (const root of roots) {
      if (root && iri.startsWith(root)) {
        const rest = iri.slice(root.length), hash = rest.indexOf("#");
        const path = hash < 0 ? rest : rest.slice(0, hash);
        const fragment = hash < 0 ? "" : rest.slice(hash);
        return "/" + path.split("/").map(encodeURIComponent).join("/") + "?lang=" + lang + fragment;
      }
    }
    return /^https?:\/\//i.test(iri) ? iri : null;
  }

  // mg:Funding with our prefixes; our own things by their path (id/organization/iom).
  function short(iri) {
    for (const [prefix, namespace] of Object.entries(prefixes)) {
      if (iri.startsWith(namespace) && iri.length > namespace.length) return `${prefix}:${iri.slice(namespace.length)}`;
    }
    return roots[0] && iri.startsWith(roots[0]) && iri.length > roots[0].length ? iri.slice(roots[0].length) : iri;
  }

  function number(binding) {
    const text = numberFormat.format(binding.value);  // a string: formatted exactly, not as a float
    return text === "NaN" ? binding.value : text;
  }

  // A cell: <div><span>…</span></div>, the shape YASR's ellipsis measures. The div takes the
  // direction of the value it shows first (set here: dir="auto" would skip the isolated value), so
  // an Arabic name runs right to left, its short IRI after it, and is cut at its logical end.
  function cell(binding) {
    let inner, dir = "ltr";
    if (binding.type === "uri") {
      const iri = binding.value, link = href(iri), named = names.get(iri);
      const text = named ? named.label : short(iri);
      dir = named ? direction(text) : "ltr";
      const attributes = (named && named.lang ? ` lang="${escape(named.lang)}"` : "") +
        ` dir="${dir}" title="${escape(iri)}"`;
      inner = link ? `<a class="iri" href="${escape(link)}"${attributes}>${escape(text)}</a>`
                   : `<span${attributes}>${escape(text)}</span>`;
      if (named) inner += ` <small class="iri" dir="ltr">${escape(short(iri))}</small>`;
    } else if (binding.type === "literal" && binding.datatype && !binding["xml:lang"]) {
      const datatype = binding.datatype;
      const xsd = datatype.startsWith(XSD);
      const text = NUMBERS.has(datatype) ? number(binding) : binding.value;
      inner = `<span class="value" dir="ltr" title="${escape(short(datatype))}">${escape(text)}</span>` +
        (xsd ? "" : ` <small dir="ltr">${escape(short(datatype))}</small>`);
    } else if (binding.type === "literal") {
      const language = binding["xml:lang"] ? ` lang="${escape(binding["xml:lang"])}"` : "";
      dir = direction(binding.value);
      inner = `<span class="value"${language} dir="${dir}">${escape(binding.value)}</span>`;
    } else {
      inner = `<span dir="ltr">${escape(binding.type === "bnode" ? "_:" + binding.value : JSON.stringify(binding.value))}</span>`;
    }
    return `<div class="cell" dir="${dir}"><span>${inner}</span></div>`;
  }

  const Table = Yasgui.Yasr.plugins.table;

  // YASR's table, drawing our cells once the names of the result's IRIs are known; the filter
  // box finds a row by a name as well as by its IRI, and numbers sort as numbers.
  class NamedTable extends Table {
    async draw(persistentConfig) {
      const iris = [];
      for (const row of this.yasr.results?.getBindings() || []) {
        for (const binding of Object.values(row)) if (binding && binding.type === "uri") iris.push(binding.value);
      }
      await lookUp(iris);
      super.draw(persistentConfig);
    }

    getColumns() {
      return super.getColumns().map((column, index) => index === 0 ? column : {
        ...column,
        render: (binding, type) => {
          if (binding === "") return binding;
          if (type === "filter") return `${binding.value} ${names.get(binding.value)?.label || ""}`;
          if (type === "sort" || type === "type") return NUMBERS.has(binding.datatype) ? Number(binding.value) : binding.value;
          return type ? cell(binding) : binding.value;
        },
      });
    }
  }
  Yasgui.Yasr.registerPlugin("table", NamedTable);

  // No class and property completion: it asks lov.linkeddata.es, sending what one types to another server.
  const completers = Yasgui.Yasqe.defaults.autocompleters;
  completers.splice(0, completers.length, ...completers.filter((name) => name !== "property" && name !== "class"));

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
