// Entity pickers for the curated queries' forms: an IRI parameter is filled by searching names
// (Arabic, English or French) and choosing one; the input then holds the entity's slug
// (country/morocco), which the API takes for its IRI. Without JavaScript the input takes an IRI
// or a slug typed by hand.
"use strict";
(function () {
  const base = document.documentElement.dataset.base || "https://w3id.org/mgkg/";
  const lang = document.documentElement.lang || "en";
  for (const input of document.querySelectorAll("input[data-picker]")) {
    const list = document.getElementById(input.getAttribute("list"));
    let timer = null;
    let asked = "";
    input.addEventListener("input", () => {
      clearTimeout(timer);
      const q = input.value.trim();
      if (q.length < 2 || q === asked || q.includes("/")) return;   // a slug or IRI typed whole
      timer = setTimeout(async () => {
        asked = q;
        const response = await fetch("/search?q=" + encodeURIComponent(q), {headers: {Accept: "application/json"}});
        if (!response.ok) return;
        const found = (await response.json()).results || [];
        list.replaceChildren(...found.slice(0, 12).map((r) => {
          const option = document.createElement("option");
          option.value = r.iri.startsWith(base + "id/") ? r.iri.slice(base.length + 3) : r.iri;
          option.label = r.labels[lang] || r.labels.en || r.labels.ar || r.labels.fr || option.value;
          return option;
        }));
      }, 200);
    });
  }
})();
