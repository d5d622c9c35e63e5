// "Update automatically" on the election hub during polling and counting: off by default (WCAG
// 2.2.1); when turned on, the turnout and results JSON are fetched every 30 seconds and the tables
// and charts are updated in place, with a polite announcement for screen readers. When the figures
// change shape (a new region or candidate, another report), the page offers a reload instead.
(function () {
  "use strict";
  var box = document.getElementById("live-update");
  if (!box || !window.fetch) return;
  var toggle = document.getElementById("live-toggle");
  var status = document.getElementById("live-status");
  var updated = document.getElementById("live-updated");
  var lang = document.documentElement.lang || undefined;
  // Numbers as the page writes them in its language (browsers know no Turkmen number format).
  var thousands = box.getAttribute("data-thousands");
  var decimalMark = box.getAttribute("data-decimal");
  var integer = {
    format: function (value) {
      return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
    },
  };
  var decimal = {
    format: function (value) {
      return Number(value).toFixed(2).replace(".", decimalMark);
    },
  };
  var timer = null;
  var corrected = "";
  toggle.parentNode.hidden = false;

  function say(text) {
    status.textContent = text;
  }

  function percent(value) {
    return value === null || value === undefined ? "\u2014" : decimal.format(value);
  }

  function set(cell, text) {
    if (!cell || cell.textContent === text) return false;
    cell.textContent = text;
    cell.classList.add("is-updated");
    return true;
  }

  function offerReload() {
    status.textContent = box.getAttribute("data-reload") + " ";
    var link = document.createElement("a");
    link.href = window.location.pathname + window.location.search;
    link.textContent = box.getAttribute("data-reload-link");
    status.appendChild(link);
  }

  function moveBar(chartId, key, value) {
    var chart = document.getElementById(chartId);
    if (!chart) return;
    var row = chart.querySelector('[data-key="' + key + '"]');
    if (!row) return;
    var length = parseFloat(chart.getAttribute("data-bar-length"));
    var width = Math.round((length * Math.min(Math.max(value || 0, 0), 100)) / 100);
    row.querySelector("rect").setAttribute("width", width);
    var text = row.querySelector(".bar-chart__value");
    text.setAttribute("x", width + 8);
    text.textContent = value === null || value === undefined ? "\u2014" : decimal.format(value) + " %";
  }

  // Returns true when changed, false when unchanged, null when the page cannot show the new figures.
  function applyTurnout(data) {
    var table = document.getElementById("turnout-table");
    var report = data.reports[data.reports.length - 1];
    if (!report) return false;
    if (!table || String(report.report_id) !== table.getAttribute("data-report")) return null;
    var changed = false;
    if (String(report.version) !== table.getAttribute("data-version")) {
      table.setAttribute("data-version", report.version);
      if (report.corrections[0]) corrected = box.getAttribute("data-corrected") + " " + report.corrections[0].reason;
    }
    var rows = report.regions.concat([report.total]);
    for (var i = 0; i < rows.length; i++) {
      var tr = table.querySelector('tr[data-region="' + rows[i].region_code + '"]');
      if (!tr) return null;
      changed = set(tr.querySelector('[data-field="registered"]'), integer.format(rows[i].registered)) || changed;
      changed = set(tr.querySelector('[data-field="ballots_cast"]'), integer.format(rows[i].ballots_cast)) || changed;
      changed = set(tr.querySelector('[data-field="turnout_percent"]'), percent(rows[i].turnout_percent)) || changed;
      moveBar("turnout-chart", rows[i].region_code, rows[i].turnout_percent);
    }
    return changed;
  }

  function applyResults(data) {
    var total = document.getElementById("results-total");
    var results = data.results;
    if (!results) return false;
    if (!total || String(results.report_id) !== total.getAttribute("data-report")) return null;
    var changed = false;
    if (String(results.version) !== total.getAttribute("data-version")) {
      total.setAttribute("data-version", results.version);
      var correction = results.corrections[0];
      if (correction) corrected = box.getAttribute("data-corrected") + " " + correction.reason;
    }
    for (var i = 0; i < results.total.length; i++) {
      var entry = results.total[i];
      var tr = total.querySelector('tr[data-candidate="' + entry.candidate_id + '"]');
      if (!tr) return null;
      changed = set(tr.querySelector('[data-field="votes"]'), integer.format(entry.votes)) || changed;
      changed = set(tr.querySelector('[data-field="share_percent"]'), percent(entry.share_percent)) || changed;
      moveBar("results-chart", entry.candidate_id, entry.share_percent);
    }
    var regions = document.getElementById("results-regions");
    for (var r = 0; r < results.regions.length; r++) {
      var region = results.regions[r];
      var row = regions && regions.querySelector('tr[data-region="' + region.region_code + '"]');
      if (!row) return null;
      for (var c = 0; c < region.candidates.length; c++) {
        var cell = row.querySelector('[data-index="' + c + '"]');
        if (!cell) return null;
        var share = region.candidates[c].share_percent;
        changed = set(cell.querySelector('[data-field="votes"]'), integer.format(region.candidates[c].votes)) || changed;
        changed = set(cell.querySelector('[data-field="share_percent"]'), share === null ? "" : decimal.format(share) + " %") || changed;
      }
    }
    return changed;
  }

  function fetchJson(url) {
    return fetch(url, { headers: { Accept: "application/json" }, credentials: "omit" }).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    });
  }

  function refresh() {
    Promise.all([fetchJson(box.getAttribute("data-turnout-url")), fetchJson(box.getAttribute("data-results-url"))])
      .then(function (both) {
        var outcomes = [applyTurnout(both[0]), applyResults(both[1])];
        var latest = [both[0].last_updated, both[1].last_updated].filter(Boolean).sort().pop();
        if (latest && updated.getAttribute("datetime") !== latest) {
          updated.setAttribute("datetime", latest);
          updated.textContent = new Date(latest).toLocaleString(lang, { dateStyle: "long", timeStyle: "short" });
        }
        if (outcomes.indexOf(null) !== -1) offerReload();
        else if (outcomes.indexOf(true) !== -1) {
          say([box.getAttribute("data-updated"), updated.textContent, corrected].join(" ").trim());
        }
        corrected = "";
      })
      .catch(function () {
        say(box.getAttribute("data-failed"));
      });
  }

  toggle.addEventListener("change", function () {
    window.clearInterval(timer);
    timer = null;
    if (toggle.checked) {
      refresh();
      timer = window.setInterval(refresh, (parseInt(box.getAttribute("data-seconds"), 10) || 30) * 1000);
    }
  });
})();
