<#-- Live supervision of an inventory: the page is a frame; its script asks getPiSupervision (a POST with the AJAX CSRF token)
     every few seconds and fills it with text only (never HTML from the answer). The labels come from the frame. -->
<#assign inventoryId = inventory.piInventoryId>
<meta name="csrf-token" content="${(Static["org.apache.ofbiz.security.CsrfUtil"].generateTokenForAjax(request))!""}">
<style>
  #pi-supervision h3 { margin: 1em 0 0.4em; }
  #pi-supervision .pi-tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(9em, 1fr)); gap: 0.4em; }
  #pi-supervision .pi-tile { border: 1px solid #999; border-radius: 4px; padding: 0.4em; text-align: center; }
  #pi-supervision .pi-tile[data-status="NOT_STARTED"] { background: #eeeeee; }
  #pi-supervision .pi-tile[data-status="PARTLY"] { background: #fff1b8; }
  #pi-supervision .pi-tile[data-status="COUNTED"] { background: #c9ecc3; }
  #pi-supervision .pi-tile .pi-aisle { font-weight: bold; font-size: 1.1em; }
  #pi-supervision .pi-bar { display: inline-block; width: 8em; height: 0.7em; background: #ddd; vertical-align: middle; }
  #pi-supervision .pi-bar span { display: block; height: 100%; background: #4a9a3c; }
  #pi-supervision .pi-legend span { display: inline-block; padding: 0 0.6em; margin-right: 0.4em; border: 1px solid #999; }
  #pi-supervision tr.pi-flag td { background: #fde8e8; }
  #pi-supervision .pi-num { text-align: right; }
  #pi-supervision .pi-stale { color: #a40000; }
  #pi-supervision .pi-help { color: #555; margin: 0.2em 0 0.5em; }
</style>
<div id="pi-supervision" data-inventory="${inventoryId}" data-url="<@ofbizUrl>getPiSupervision</@ofbizUrl>"
     data-list-url="<@ofbizUrl>EditInventoryList</@ofbizUrl>"
     data-no-aisle="${uiLabelMap.PhysInvSupervisionNoAisle}" data-none="${uiLabelMap.PhysInvSupervisionNone}"
     data-idle="${uiLabelMap.PhysInvSupervisionIdle}" data-unusual="${uiLabelMap.PhysInvSupervisionUnusualRate}"
     data-blind="${uiLabelMap.PhysInvSupervisionBlindHidden}" data-stale="${uiLabelMap.PhysInvSupervisionStale}"
     data-status-counted="${uiLabelMap.PhysInvTileCOUNTED}" data-status-partly="${uiLabelMap.PhysInvTilePARTLY}"
     data-status-not_started="${uiLabelMap.PhysInvTileNOT_STARTED}">
  <p class="pi-help">${uiLabelMap.PhysInvSupervisionHelp} ${uiLabelMap.PhysInvSupervisionUpdated} <span id="pi-sup-asof">…</span>
    <span id="pi-sup-stale" class="pi-stale"></span></p>
  <p><strong>${uiLabelMap.PhysInvSupervisionProgress}:</strong> <span id="pi-sup-total"></span></p>
  <p class="pi-legend"><span class="pi-tile" data-status="COUNTED">${uiLabelMap.PhysInvTileCOUNTED}</span><span class="pi-tile" data-status="PARTLY">${uiLabelMap.PhysInvTilePARTLY}</span><span class="pi-tile" data-status="NOT_STARTED">${uiLabelMap.PhysInvTileNOT_STARTED}</span></p>

  <h3>${uiLabelMap.PhysInvSupervisionAisles}</h3>
  <div id="pi-sup-tiles" class="pi-tiles"></div>

  <h3>${uiLabelMap.PhysInvInventoryLists}</h3>
  <table class="basic-table hover-bar" id="pi-sup-lists">
    <thead><tr><th>${uiLabelMap.PhysInvList}</th><th>${uiLabelMap.PhysInvDescription}</th><th>${uiLabelMap.PhysInvSupervisionProgress}</th><th></th><th>${uiLabelMap.PhysInvBlindCount}</th></tr></thead>
    <tbody></tbody>
  </table>

  <h3>${uiLabelMap.PhysInvSupervisionCounters}</h3>
  <table class="basic-table hover-bar" id="pi-sup-counters">
    <thead><tr><th>${uiLabelMap.PhysInvEmployee}</th><th class="pi-num">${uiLabelMap.PhysInvSupervisionReads}</th><th class="pi-num">${uiLabelMap.PhysInvSupervisionReadsPerMinute}</th>
      <th>${uiLabelMap.PhysInvSupervisionLastRead}</th><th class="pi-num">${uiLabelMap.PhysInvSupervisionIdleFor}</th><th></th></tr></thead>
    <tbody></tbody>
  </table>

  <h3>${uiLabelMap.PhysInvSupervisionBeyondTolerance}</h3>
  <p class="pi-help">${uiLabelMap.PhysInvSupervisionBeyondToleranceHelp}</p>
  <table class="basic-table hover-bar" id="pi-sup-beyond">
    <thead><tr><th>${uiLabelMap.PhysInvList}</th><th>${uiLabelMap.PhysInvLocation}</th><th>${uiLabelMap.PhysInvProduct}</th><th>${uiLabelMap.PhysInvLot}</th>
      <th>${uiLabelMap.PhysInvSerialNumber}</th><th class="pi-num">${uiLabelMap.PhysInvCountedQuantity}</th><th class="pi-num">${uiLabelMap.PhysInvBookQuantity}</th>
      <th class="pi-num">${uiLabelMap.PhysInvDifference}</th><th>${uiLabelMap.PhysInvCountedBy}</th><th>${uiLabelMap.PhysInvScanDate}</th></tr></thead>
    <tbody></tbody>
  </table>

  <h3>${uiLabelMap.PhysInvSupervisionUnlisted}: <span id="pi-sup-unlisted-count">0</span></h3>
  <table class="basic-table hover-bar" id="pi-sup-unlisted">
    <thead><tr><th>${uiLabelMap.PhysInvList}</th><th>${uiLabelMap.PhysInvLocation}</th><th>${uiLabelMap.PhysInvProduct}</th><th>${uiLabelMap.PhysInvLot}</th>
      <th>${uiLabelMap.PhysInvSerialNumber}</th><th class="pi-num">${uiLabelMap.PhysInvCountedQuantity}</th><th class="pi-num">${uiLabelMap.PhysInvBookQuantity}</th>
      <th class="pi-num">${uiLabelMap.PhysInvDifference}</th><th>${uiLabelMap.PhysInvCountedBy}</th><th>${uiLabelMap.PhysInvScanDate}</th></tr></thead>
    <tbody></tbody>
  </table>

  <h3>${uiLabelMap.PhysInvSupervisionSerials}</h3>
  <p class="pi-help">${uiLabelMap.PhysInvSupervisionSerialsHelp}</p>
  <table class="basic-table hover-bar" id="pi-sup-serials">
    <thead><tr><th>${uiLabelMap.PhysInvProduct}</th><th>${uiLabelMap.PhysInvSerialNumber}</th><th class="pi-num">${uiLabelMap.PhysInvSupervisionReads}</th>
      <th class="pi-num">${uiLabelMap.PhysInvLines}</th><th class="pi-num">${uiLabelMap.PhysInvSupervisionLocations}</th><th>${uiLabelMap.PhysInvSupervisionLastRead}</th></tr></thead>
    <tbody></tbody>
  </table>

  <h3>${uiLabelMap.PhysInvSupervisionRefused}: <span id="pi-sup-refused-count">0</span></h3>
  <p class="pi-help">${uiLabelMap.PhysInvSupervisionRefusedHelp}</p>
  <table class="basic-table hover-bar" id="pi-sup-refused">
    <thead><tr><th>${uiLabelMap.PhysInvScanDate}</th><th>${uiLabelMap.PhysInvCountedBy}</th><th>${uiLabelMap.PhysInvList}</th><th>${uiLabelMap.PhysInvLocation}</th>
      <th>${uiLabelMap.PhysInvProduct}</th><th>${uiLabelMap.PhysInvLot}</th><th>${uiLabelMap.PhysInvSerialNumber}</th><th>${uiLabelMap.PhysInvSupervisionRefusal}</th></tr></thead>
    <tbody></tbody>
  </table>
</div>
<script>
(function () {
  var root = document.getElementById("pi-supervision");
  var labels = root.dataset;
  var csrf = (document.querySelector("meta[name='csrf-token']") || {}).content || "";
  var lang = document.documentElement.lang || undefined;
  var number = new Intl.NumberFormat(lang, { maximumFractionDigits: 3 });
  var EVERY = 5000;

  function text(value) { return value === null || value === undefined ? "" : String(value); }
  function num(value) { return value === null || value === undefined ? "" : number.format(Number(value)); }
  function time(millis) { return millis ? new Date(millis).toLocaleTimeString(lang) : ""; }
  function minutes(seconds) { var s = Number(seconds) || 0; return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0"); }
  function statusLabel(code) { return ({ COUNTED: labels.statusCounted, PARTLY: labels.statusPartly, NOT_STARTED: labels.statusNot_started })[code] || code; }
  function cell(row, value, className) {
    var td = document.createElement("td");
    td.textContent = text(value);
    if (className) td.className = className;
    row.appendChild(td);
    return td;
  }
  function fill(id, rows, render, columns) {
    var body = document.querySelector("#" + id + " tbody");
    body.textContent = "";
    if (!rows.length) {
      var tr = body.insertRow();
      var td = cell(tr, labels.none);
      td.colSpan = columns;
      return;
    }
    rows.forEach(function (item) { var tr = document.createElement("tr"); render(tr, item); body.appendChild(tr); });
  }
  function bar(row, percent) {
    var td = document.createElement("td");
    var outer = document.createElement("span"); outer.className = "pi-bar";
    var inner = document.createElement("span"); inner.style.width = percent + "%";
    outer.appendChild(inner); td.appendChild(outer); row.appendChild(td);
  }
  function line(tr, l) {
    tr.dataset.line = l.piListId + "/" + l.lineSeqId;
    if (l.beyondTolerance) tr.className = "pi-flag";
    cell(tr, l.piListId); cell(tr, l.locationSeqId); cell(tr, l.productId); cell(tr, l.lotId); cell(tr, l.serialNumber);
    cell(tr, num(l.counted), "pi-num");
    if (l.blind) {
      var td = cell(tr, l.beyondTolerance ? labels.blind : "");
      td.colSpan = 2;
      td.className = "pi-blind";
    } else {
      cell(tr, num(l.book), "pi-num"); cell(tr, num(l.difference), "pi-num");
    }
    cell(tr, l.countedBy); cell(tr, time(l.countedDate));
  }

  function render(s) {
    document.getElementById("pi-sup-asof").textContent = time(s.asOf);
    document.getElementById("pi-sup-total").textContent = num(s.progress.countedLines) + " / " + num(s.progress.lines) + " (" + s.progress.percent + " %)";
    var tiles = document.getElementById("pi-sup-tiles");
    tiles.textContent = "";
    s.tiles.forEach(function (t) {
      var tile = document.createElement("div");
      tile.className = "pi-tile";
      tile.dataset.status = t.status;
      tile.dataset.aisle = text(t.areaId) + "/" + text(t.aisleId);
      tile.title = statusLabel(t.status);
      var name = document.createElement("div"); name.className = "pi-aisle";
      name.textContent = (t.areaId ? t.areaId + " " : "") + (t.aisleId || labels.noAisle);
      var figures = document.createElement("div"); figures.className = "pi-figures";
      figures.textContent = num(t.countedLines) + " / " + num(t.lines);
      var state = document.createElement("div"); state.textContent = statusLabel(t.status);
      tile.appendChild(name); tile.appendChild(figures); tile.appendChild(state);
      tiles.appendChild(tile);
    });
    fill("pi-sup-lists", s.lists, function (tr, l) {
      tr.dataset.list = l.piListId;
      var td = document.createElement("td"); var a = document.createElement("a");
      a.href = labels.listUrl + "?piListId=" + encodeURIComponent(l.piListId); a.textContent = l.piListId; td.appendChild(a); tr.appendChild(td);
      cell(tr, l.description);
      cell(tr, num(l.countedLines) + " / " + num(l.lines) + " · " + statusLabel(l.status));
      bar(tr, l.percent);
      cell(tr, l.blind ? "✓" : "");
    }, 5);
    fill("pi-sup-counters", s.counters, function (tr, c) {
      tr.dataset.user = c.userLoginId;
      if (c.idle || c.unusualRate) tr.className = "pi-flag";
      cell(tr, c.name); cell(tr, num(c.reads), "pi-num"); cell(tr, num(c.readsPerMinute), "pi-num"); cell(tr, time(c.lastRead));
      cell(tr, minutes(c.idleSeconds), "pi-num");
      cell(tr, [c.idle ? labels.idle : "", c.unusualRate ? labels.unusual : ""].filter(Boolean).join(", "));
    }, 6);
    fill("pi-sup-beyond", s.beyondTolerance, line, 10);
    document.getElementById("pi-sup-unlisted-count").textContent = num(s.unlistedCount);
    fill("pi-sup-unlisted", s.unlisted, line, 10);
    fill("pi-sup-serials", s.serialsReadAgain, function (tr, r) {
      cell(tr, r.productId); cell(tr, r.serialNumber); cell(tr, num(r.reads), "pi-num"); cell(tr, num(r.lines), "pi-num");
      cell(tr, num(r.locations), "pi-num"); cell(tr, time(r.lastRead));
    }, 6);
    document.getElementById("pi-sup-refused-count").textContent = num(s.refusedCount);
    fill("pi-sup-refused", s.refused, function (tr, r) {
      tr.dataset.refusal = r.refusal;
      cell(tr, time(r.refusedDate)); cell(tr, r.name); cell(tr, r.piListId); cell(tr, r.locationSeqId); cell(tr, r.productId);
      cell(tr, r.lotId); cell(tr, r.serialNumber); cell(tr, r.reason);
    }, 8);
    root.dataset.refreshed = String(Number(root.dataset.refreshed || 0) + 1);
  }

  var busy = false;
  function refresh() {
    if (busy || document.hidden) return;
    busy = true;
    fetch(labels.url, { method: "POST", credentials: "same-origin",
        headers: { "X-CSRF-Token": csrf, "X-Requested-With": "XMLHttpRequest", "Accept": "application/json",
          "Content-Type": "application/x-www-form-urlencoded" },
        body: "piInventoryId=" + encodeURIComponent(labels.inventory) })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (s) { render(s); document.getElementById("pi-sup-stale").textContent = ""; })
      .catch(function () { document.getElementById("pi-sup-stale").textContent = labels.stale; })
      .then(function () { busy = false; });
  }
  refresh();
  setInterval(refresh, EVERY);
  document.addEventListener("visibilitychange", refresh);
})();
</script>
