// The dashboard: every figure is fetched from the curated-query API (/api/queries/<name>), and the
// filters, kept in the page's URL, re-call it. Charts are Apache ECharts (served from /vendor).
(() => {
  "use strict";
  // Settings come as a JSON data block, not an inline script: the Content-Security-Policy allows none.
  const cfg = JSON.parse(document.getElementById("mgkg-dashboard").textContent);
  const t = cfg.t;
  const rtl = cfg.lang === "ar";
  const root = document.getElementById("dashboard");
  const form = document.getElementById("filters");
  const charts = {};
  const COLORS = { funder: "#0b5c8e", item: "#e09f1f", implementer: "#2a9d8f", partner: "#8d99ae" };
  const state = { data: {} };
  window.mgkgDashboard = state; // for the curious, and for the browser tests

  // --- the API ---------------------------------------------------------------------------------
  async function rows(name, params = {}) {
    const query = new URLSearchParams({ lang: cfg.lang, limit: "1000" });
    for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
    let url = `/api/queries/${name}?${query}`;
    const all = [];
    while (url) { // follow `next` until the whole result is here
      const response = await fetch(url, { headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error(`${name}: ${response.status} ${await response.text()}`);
      const page = await response.json();
      all.push(...page.rows);
      url = page.next;
    }
    return all;
  }

  const label = (value) => (value && (value.label || value.iri)) || "";
  const link = (value) => {
    if (!value) return "";
    const a = document.createElement("a");
    a.textContent = label(value);
    a.href = value.iri.startsWith(cfg.base) ? `/${value.iri.slice(cfg.base.length)}?lang=${cfg.lang}` : value.iri;
    return a;
  };
  const locale = { ar: "ar-MA", fr: "fr-FR" }[cfg.lang] || "en-GB";
  const number = new Intl.NumberFormat(locale);
  const money = (amount, currency) => {
    try {
      return new Intl.NumberFormat(locale, { style: "currency", currency, maximumFractionDigits: 0 }).format(amount);
    } catch (e) {
      return `${number.format(amount)} ${currency || ""}`;
    }
  };

  // --- filters ---------------------------------------------------------------------------------
  function filters() {
    const data = new FormData(form);
    return Object.fromEntries(cfg.filters.map((name) => [name, (data.get(name) || "").trim()]));
  }

  function fill(select, options) {
    const current = new URLSearchParams(location.search).get(select.name) || "";
    for (const { value, text } of options) {
      const option = new Option(text, value, false, value === current);
      select.add(option);
    }
  }

  async function loadChoices() {
    const [totals, places, themes] = await Promise.all([
      rows("funding-totals"), rows("places", { kind: "Country" }), rows("themes"),
    ]);
    const funders = new Map(totals.map((r) => [r.funder.iri, label(r.funder)]));
    fill(form.elements.funder, [...funders].map(([value, text]) => ({ value, text })));
    fill(form.elements.place, places.map((r) => ({ value: r.place.iri, text: label(r.place) })));
    fill(form.elements.theme, themes.filter((r) => r.programmes > 0).map((r) => ({ value: r.theme.iri, text: `${label(r.theme)} (${r.programmes})` })));
    const params = new URLSearchParams(location.search);
    for (const name of ["since", "until"]) form.elements[name].value = params.get(name) || "";
  }

  // --- the panels -----------------------------------------------------------------------------
  function chart(id) {
    if (!window.echarts) return null;
    if (!charts[id]) charts[id] = echarts.init(document.getElementById(id), null, { renderer: "svg" });
    return charts[id];
  }

  function empty(id, isEmpty) {
    document.getElementById(id).classList.toggle("empty", isEmpty);
    document.getElementById(id).dataset.empty = isEmpty ? t.nothing : "";
  }

  async function numbers() {
    const [row] = await rows("headline-numbers");
    state.data.numbers = row;
    const box = document.getElementById("numbers");
    box.replaceChildren(...["organizations", "programmes", "agreements", "events", "countries", "funding", "people", "quotes"].map((key) => {
      const card = document.createElement("div");
      card.className = "number";
      card.dataset.key = key;
      card.innerHTML = `<strong></strong><span></span>`;
      card.querySelector("strong").textContent = number.format(row[key]);
      card.querySelector("span").textContent = t[key];
      return card;
    }));
    box.setAttribute("aria-busy", "false");
  }

  async function network(params) {
    const edges = await rows("funding-network", params);
    state.data.network = edges;
    const nodes = new Map();
    const role = (value, kind) => {
      const node = nodes.get(value.iri);
      // a node keeps the most telling role it has: funder, then funded item, then the others
      const rank = ["funder", "item", "implementer", "partner"];
      if (!node || rank.indexOf(kind) < rank.indexOf(node.kind)) nodes.set(value.iri, { value, kind });
    };
    for (const edge of edges) {
      if (edge.relation === "funds") { role(edge.source, "funder"); role(edge.target, "item"); }
      else { role(edge.source, "item"); role(edge.target, edge.relation === "implements" ? "implementer" : "partner"); }
    }
    empty("network", edges.length === 0);
    const instance = chart("network");
    if (!instance) return;
    const kinds = ["funder", "item", "implementer", "partner"];
    instance.setOption({
      tooltip: { formatter: (p) => p.dataType === "edge" ? p.data.tip : `${p.data.name}<br>${t["role_" + p.data.kind]}` },
      legend: [{ data: kinds.map((k) => t["role_" + k]), top: 0 }],
      series: [{
        type: "graph", layout: "force", roam: true, draggable: true, top: 40,
        force: { repulsion: 260, edgeLength: [70, 150], gravity: 0.08 },
        categories: kinds.map((k) => ({ name: t["role_" + k], itemStyle: { color: COLORS[k] } })),
        label: { show: true, position: "right", fontSize: 11, width: 170, overflow: "truncate" },
        edgeSymbol: ["none", "arrow"], edgeSymbolSize: 7,
        lineStyle: { color: "source", width: 1.6, curveness: 0.12, opacity: 0.75 },
        emphasis: { focus: "adjacency", lineStyle: { width: 3 } },
        data: [...nodes.values()].map(({ value, kind }) => ({
          id: value.iri, name: label(value), kind, category: kinds.indexOf(kind),
          symbolSize: kind === "funder" ? 26 : kind === "item" ? 20 : 13,
        })),
        links: edges.map((e) => ({
          source: e.source.iri, target: e.target.iri, relation: e.relation,
          tip: `${label(e.source)} → ${label(e.target)}<br>${t[e.relation]}${e.amount != null ? " · " + money(e.amount, e.currency) : ""}`,
          lineStyle: { width: e.relation === "funds" ? 2.6 : 1.2, type: e.relation === "partner" ? "dashed" : "solid" },
        })),
      }],
    }, true);
  }

  const apiUrl = (name, params, extra = {}) => {
    const query = new URLSearchParams({ lang: cfg.lang, ...extra });
    for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
    return `/api/queries/${name}?${query}`;
  };
  const plural = new Intl.PluralRules(locale);
  const count = (id, key, n) => {
    const template = (n === 1 || plural.select(n) === "one") && t[`${key}_one`] ? t[`${key}_one`] : t[key];
    const box = document.getElementById(id);
    box.textContent = template.replace("{n}", number.format(n));
    box.dataset.count = n;
  };
  const cell = (tr, content, className) => {
    const td = tr.insertCell();
    if (className) td.className = className;
    td.append(...[].concat(content));
    return td;
  };
  const joined = (nodes) => nodes.flatMap((node, i) => (i ? [", ", node] : [node]));

  // One row per funding tie (a tie may fund several items): the count above is the number of rows.
  async function ties(params) {
    const found = await rows("funding-ties", params);
    const byTie = new Map();
    for (const row of found) {
      const tie = byTie.get(row.tie.iri) || { ...row, items: [] };
      if (!tie.items.some((item) => item.iri === row.item.iri)) tie.items.push(row.item);
      byTie.set(row.tie.iri, tie);
    }
    const list = [...byTie.values()];
    state.data.ties = list;
    document.getElementById("ties-csv").href = apiUrl("funding-ties", params, { format: "csv", limit: "1000" });
    count("ties-count", "count_ties", list.length);
    const body = document.querySelector("#ties tbody");
    body.replaceChildren();
    for (const tie of list) {
      const tr = body.insertRow();
      tr.dataset.tie = tie.tie.iri;
      cell(tr, link(tie.funder));
      cell(tr, joined(tie.items.map(link)));
      cell(tr, tie.amount != null ? money(tie.amount, tie.currency) : t.not_stated, "num");
      const evidence = link(tie.tie);
      evidence.textContent = t.quotes_link;
      evidence.className = "evidence";
      cell(tr, evidence);
    }
    if (!list.length) cell(body.insertRow(), t.nothing).colSpan = 4;
  }

  // One row per agreement, its parties and signatories together. The funder filter is a party.
  async function agreements(params) {
    const found = await rows("agreements", { party: params.funder, place: params.place, theme: params.theme, since: params.since, until: params.until });
    const byAgreement = new Map();
    for (const row of found) {
      const agreement = byAgreement.get(row.agreement.iri) || { ...row, members: [] };
      if (row.member && !agreement.members.some((m) => m.member.iri === row.member.iri)) agreement.members.push(row);
      byAgreement.set(row.agreement.iri, agreement);
    }
    const list = [...byAgreement.values()];
    state.data.agreements = list;
    count("agreements-count", "count_agreements", list.length);
    const body = document.querySelector("#agreements tbody");
    body.replaceChildren();
    for (const agreement of list) {
      const tr = body.insertRow();
      tr.dataset.agreement = agreement.agreement.iri;
      cell(tr, link(agreement.agreement));
      cell(tr, agreement.date || t.undated, "date");
      const members = agreement.members.map((m) => {
        const span = document.createElement("span");
        span.append(link(m.member));
        if (m.role && !m.role.iri.endsWith("/party")) span.append(` (${label(m.role)})`);
        return span;
      });
      cell(tr, members.length ? joined(members) : t.none_named);
    }
    if (!list.length) cell(body.insertRow(), t.nothing).colSpan = 3;
  }

  async function timeline(params) {
    const events = await rows("timeline", params);
    state.data.timeline = events;
    empty("timeline", events.length === 0);
    const instance = chart("timeline");
    if (!instance) return;
    const categories = ["agreement", "programme", "event", "policy", "organization", "membership"];
    // a date of any precision (2013, 2013-06, 2013-06-07) placed at its first day
    const when = (date) => date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
    const palette = ["#e09f1f", "#0b5c8e", "#2a9d8f", "#7b5ea7", "#c8553d", "#8d99ae"];
    instance.setOption({
      tooltip: { formatter: (p) => `${p.data.name}<br>${p.data.date}` },
      grid: { left: rtl ? 20 : 130, right: rtl ? 130 : 20, top: 10, bottom: 50 },
      xAxis: { type: "time", inverse: rtl },
      yAxis: { type: "category", data: categories.map((c) => t[c]), position: rtl ? "right" : "left" },
      // the whole range: the earliest foundings too (zoom in with the slider or the wheel)
      dataZoom: [{ type: "inside", start: 0, end: 100 }, { type: "slider", height: 16, bottom: 8, start: 0, end: 100 }],
      series: [{
        type: "scatter", symbolSize: 11, itemStyle: { opacity: 0.85, color: (p) => palette[p.value[1]] },
        data: events.map((e) => ({ value: [when(e.date), categories.indexOf(e.category)], name: label(e.thing), date: e.date, iri: e.thing.iri })),
      }],
    }, true);
  }

  async function places(params) {
    const ranked = (await rows("places", { funder: params.funder, theme: params.theme, since: params.since, until: params.until })).slice(0, 15);
    document.getElementById("places-place-note").hidden = !params.place;
    state.data.places = ranked;
    empty("places", ranked.length === 0);
    const instance = chart("places");
    if (!instance) return;
    const names = ranked.map((r) => label(r.place)).reverse();
    const series = ["programmes", "events", "agreements"].map((key, i) => ({
      name: t[key], type: "bar", stack: "total",
      data: ranked.map((r) => ({ value: r[key], itemStyle: r.place.iri === params.place ? { borderColor: "#111", borderWidth: 2 } : undefined })).reverse(),
      itemStyle: { color: ["#0b5c8e", "#2a9d8f", "#e09f1f"][i] },
    }));
    instance.setOption({
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: { top: 0 },
      grid: { left: rtl ? 10 : 150, right: rtl ? 150 : 10, top: 30, bottom: 20 },
      xAxis: { type: "value", minInterval: 1, inverse: rtl },
      yAxis: { type: "category", data: names, position: rtl ? "right" : "left", axisLabel: { width: 140, overflow: "truncate" } },
      series,
    }, true);
  }

  // --- wiring ----------------------------------------------------------------------------------
  async function refresh() {
    const params = filters();
    document.getElementById("period-note").hidden = !(params.since || params.until);
    const query = new URLSearchParams({ lang: cfg.lang });
    for (const [k, v] of Object.entries(params)) if (v) query.set(k, v);
    history.replaceState(null, "", `${location.pathname}?${query}`);
    root.dataset.state = "loading";
    try {
      await Promise.all([network(params), ties(params), timeline(params), places(params), agreements(params)]);
      root.dataset.state = "ready";
    } catch (error) {
      fail(error);
    }
  }

  function fail(error) {
    root.dataset.state = "failed";
    const box = document.getElementById("error");
    box.hidden = false;
    box.textContent = `${t.failed}: ${error.message}`;
  }

  form.addEventListener("change", refresh);
  form.addEventListener("submit", (event) => { event.preventDefault(); refresh(); });
  form.addEventListener("reset", () => setTimeout(refresh)); // after the form has cleared itself
  window.addEventListener("resize", () => Object.values(charts).forEach((c) => c.resize()));

  Promise.all([numbers(), loadChoices()]).then(refresh).catch(fail);
})();
