// Map labels without overlap: basemap names (countries, governorates, water, towns by zoom,
// quarters at city zoom) and each incident's place name beside its marker. Labels are placed in
// priority order (incidents by casualties first, then by rank and population); a label whose
// box meets one already placed (or a marker) tries its other positions, else it is hidden.
// Called as incidentMapLabels(map, {base, incidents, markers, baseGroup, incidentGroup, lang}).
// base/incidents rows: [lat, lon, en, ar, kind, minZoom, maxZoom, priority, markerSize].
window.incidentMapLabels = function (map, o) {
  var lang = o.lang, items = [];
  var panes = {base: map.getPane("basemap-labels"), inc: map.getPane("incident-labels")};
  function add(rows, inc) {
    rows.forEach(function (r) {
      items.push({ll: L.latLng(r[0], r[1]), en: r[2], ar: r[3] || r[2], kind: r[4], z0: r[5], z1: r[6],
                  pr: r[7], s: r[8] || 0, inc: inc});
    });
  }
  add(o.base, false);
  add(o.incidents, true);
  items.sort(function (a, b) { return a.pr - b.pr; });
  var markers = [];
  function pin(list) {
    var at = {};
    markers = list.map(function (m) {
      var key = m[0] + "," + m[1];
      return {ll: (at[key] = at[key] || L.latLng(m[0], m[1])), s: m[2]};
    });
    items.forEach(function (it) { if (it.inc) { it.marker = at[it.ll.lat + "," + it.ll.lng]; } });
  }
  pin(o.markers);
  // another report or filter on a map that stays (the dashboard's): its incidents' labels and
  // markers replace the last ones; `l` (a new report's language) switches the names too
  function setIncidents(rows, list, l) {
    items = items.filter(function (it) { if (it.inc && it.el) { it.el.remove(); } return !it.inc; });
    add(rows, true);
    items.sort(function (a, b) { return a.pr - b.pr; });
    pin(list);
    if (l) { setLang(l, true); } else { run(); }
  }

  function text(it) {
    var t = lang === "ar" ? it.ar : it.en;
    it.span.textContent = t;
    it.span.dir = lang === "ar" ? "rtl" : "ltr";
    it.span.lang = lang;
    it.lang = lang;
    it.w = null;
  }
  function make(it) {
    var el = document.createElement("div");
    el.className = "map-label-anchor kind-" + it.kind;
    if (it.kind === "town" || it.kind === "city") {
      var dot = document.createElement("span");
      dot.className = "map-label-dot";
      el.appendChild(dot);
    }
    it.span = document.createElement("span");
    it.span.className = "map-label " + (it.inc ? "incident-label" : "base-label") + " kind-" + it.kind;
    el.appendChild(it.span);
    (it.inc ? panes.inc : panes.base).appendChild(el);
    it.el = el;
    text(it);
  }
  // where a label's box may sit, as its top-left corner relative to the point
  function spots(it, w, h) {
    if (it.inc) {
      return ring(it.s / 2 + 3, w, h, false).concat(ring(it.s / 2 + 18, w, h, true), ring(it.s / 2 + 36, w, h, true));
    }
    if (it.kind === "town" || it.kind === "city") {
      return [[5, -h / 2], [-5 - w, -h / 2], [-w / 2, -h - 3], [-w / 2, 3]];
    }
    return [[-w / 2, -h / 2]];
  }
  // eight spots around a marker at distance r; `far` ones are joined to it by a leader line
  function ring(r, w, h, far) {
    var d = r * 0.72;
    return [[r, -h / 2, far], [-r - w, -h / 2, far], [-w / 2, -r - h, far], [-w / 2, r, far],
            [d, -d - h, far], [d, d, far], [-d - w, -d - h, far], [-d - w, d, far]];
  }
  // a thin line from the marker's edge to the nearest point of its label's box
  function leader(it, at) {
    if (!it.line) {
      it.line = document.createElement("div");
      it.line.className = "map-label-leader";
      it.el.insertBefore(it.line, it.span);
    }
    var tx = Math.max(at[0], Math.min(0, at[0] + it.w)), ty = Math.max(at[1], Math.min(0, at[1] + it.h));
    var r = it.s / 2, len = Math.sqrt(tx * tx + ty * ty);
    it.line.style.display = at[2] && len > r ? "" : "none";
    it.line.style.width = Math.max(0, len - r) + "px";
    it.line.style.transform = "rotate(" + Math.atan2(ty, tx) + "rad) translateX(" + r + "px)";
  }
  function meets(a, b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  }
  // boxes filed by the 64-pixel cells they cover, so a thousand labels each meet only their neighbours
  function Grid() { this.cells = {}; }
  Grid.prototype.each = function (b, f) {
    for (var i = Math.floor(b.x / 64); i <= Math.floor((b.x + b.w) / 64); i++) {
      for (var j = Math.floor(b.y / 64); j <= Math.floor((b.y + b.h) / 64); j++) {
        if (f(i + ":" + j) === false) { return false; }
      }
    }
    return true;
  };
  Grid.prototype.add = function (b) {
    var cells = this.cells;
    this.each(b, function (key) { (cells[key] = cells[key] || []).push(b); });
  };
  Grid.prototype.free = function (b, except) {
    var cells = this.cells;
    return this.each(b, function (key) {
      var list = cells[key] || [];
      for (var k = 0; k < list.length; k++) {
        if (!(except && list[k].ll === except) && meets(b, list[k])) { return false; }
      }
      return true;
    });
  };

  // a label's size before it is drawn: its length times an average letter width of its kind,
  // measured once per kind and language on a probe, plus a margin
  var letter = {};
  function estimate(it) {
    if (it.w != null && it.lang === lang) { return [it.w, it.h]; }
    var key = it.kind + lang;
    if (!letter[key]) {
      var probe = document.createElement("span");
      probe.className = "map-label " + (it.inc ? "incident-label" : "base-label") + " kind-" + it.kind;
      probe.style.visibility = "hidden";
      probe.dir = lang === "ar" ? "rtl" : "ltr";
      probe.textContent = lang === "ar" ? "حلب دوما عربين سقبا الفردوس" : "Aleppo Douma Arbin al-Fardos";
      panes.base.appendChild(probe);
      letter[key] = [probe.offsetWidth / probe.textContent.length, probe.offsetHeight];
      panes.base.removeChild(probe);
    }
    var t = lang === "ar" ? it.ar : it.en;
    return [Math.ceil(t.length * letter[key][0] * 1.2 + 8), letter[key][1]];
  }
  // the first free spot of a label (reserved in `taken`), or null; `guess`: with estimated sizes
  function spot(it, taken, blocks, size, guess) {
    var wh = guess ? estimate(it) : [it.w, it.h], options = spots(it, wh[0], wh[1]);
    for (var pass = 0; pass < (it.inc ? 2 : 1); pass++) {
      for (var k = 0; k < options.length; k++) {
        var box = {x: it.p.x + options[k][0], y: it.p.y + options[k][1], w: wh[0], h: wh[1]};
        if (box.x < 0 || box.y < 0 || box.x + box.w > size.x || box.y + box.h > size.y) { continue; }
        if (taken.free(box) && (pass === 1 || blocks.free(box, it.inc ? it.marker : null))) {
          taken.add(box);
          return options[k];
        }
      }
    }
    return null;
  }

  function run() {
    pending = false;
    var started = performance.now();
    var z = map.getZoom(), size = map.getSize(), placed = new Grid(), blocks = new Grid();
    var showBase = !o.baseGroup || map.hasLayer(o.baseGroup);
    var showInc = !o.incidentGroup || map.hasLayer(o.incidentGroup);
    markers.forEach(function (m) {
      var p = map.latLngToContainerPoint(m.ll), r = m.s / 2;
      if (p.x > -r && p.y > -r && p.x < size.x + r && p.y < size.y + r) {
        blocks.add({x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r, ll: m.ll});
      }
    });
    // the legend and a locator map lie over the map: no label goes under them
    var frame = map.getContainer().getBoundingClientRect(), scale = frame.width / (map.getContainer().offsetWidth || 1);
    document.querySelectorAll(".map-legend, .map-keepout").forEach(function (el) {
      if (map.getContainer().contains(el) && !el.classList.contains("map-legend")) { return; }
      var r = el.getBoundingClientRect();
      if (!r.width) { return; }
      placed.add({x: (r.left - frame.left) / scale, y: (r.top - frame.top) / scale, w: r.width / scale, h: r.height / scale});
    });
    var shown = [], count = 0;
    items.forEach(function (it) {
      it.on = false;
      if ((it.inc ? !showInc : !showBase) || z < it.z0 || z > it.z1) { return; }
      var p = map.latLngToContainerPoint(it.ll);
      if (p.x < -100 || p.y < -40 || p.x > size.x + 100 || p.y > size.y + 40) { return; }
      it.p = p;
      if (it.el && it.lang !== lang) { text(it); }
      shown.push(it);
    });
    // first with sizes estimated from the text (a thousand labels need no page layout), then the
    // likely winners are drawn, measured in one layout and placed again with their true size
    var first = new Grid();
    first.cells = JSON.parse(JSON.stringify(placed.cells));
    var likely = shown.filter(function (it) { return spot(it, first, blocks, size, true); });
    likely.forEach(function (it) {
      if (!it.el) { make(it); } else if (it.lang !== lang) { text(it); }
      it.el.style.display = "";
    });
    likely.forEach(function (it) { if (it.w == null) { it.w = it.span.offsetWidth; it.h = it.span.offsetHeight; } });
    likely.forEach(function (it) {
      var found = spot(it, placed, blocks, size, false);
      if (!found) { return; }
      count++;
      it.on = true;
      it.span.style.left = found[0] + "px";
      it.span.style.top = found[1] + "px";
      if (it.inc && (found[2] || it.line)) { leader(it, found); }
      L.DomUtil.setPosition(it.el, map.containerPointToLayerPoint(it.p));
    });
    items.forEach(function (it) { if (it.el && !it.on) { it.el.style.display = "none"; } });
    map.getContainer().setAttribute("data-labels", String(count));
    map.getContainer().setAttribute("data-labels-ms", String(Math.round(performance.now() - started)));
    window.incidentMapLabelsDone = (window.incidentMapLabelsDone || 0) + 1;
  }

  var Switch = L.Control.extend({options: {position: "topleft"}, onAdd: function () {
    var box = L.DomUtil.create("div", "leaflet-bar label-lang-switch");
    [["ar", "عربي"], ["en", "English"]].forEach(function (c) {
      var b = L.DomUtil.create("a", "label-lang-" + c[0], box);
      b.href = "#"; b.textContent = c[1]; b.title = c[0] === "ar" ? "أسماء الأماكن بالعربية" : "Place names in English";
      b.setAttribute("role", "button");
      L.DomEvent.on(b, "click", function (e) { L.DomEvent.preventDefault(e); setLang(c[0]); });
    });
    L.DomEvent.disableClickPropagation(box);
    return box;
  }});
  var control = new Switch();
  function setLang(l, now) {
    lang = l;
    var box = control.getContainer();
    if (box) {
      box.querySelector(".label-lang-ar").classList.toggle("active", l === "ar");
      box.querySelector(".label-lang-en").classList.toggle("active", l === "en");
    }
    map.getContainer().setAttribute("data-label-lang", l);
    if (now) { run(); } else { schedule(); }
  }
  if (o.control !== false) { map.addControl(control); }
  map.on("zoomstart", function () { panes.base.style.display = panes.inc.style.display = "none"; });
  map.on("zoomend", function () { panes.base.style.display = panes.inc.style.display = ""; });
  var pending = false;
  function schedule() {
    if (!pending) { pending = true; requestAnimationFrame(run); }
  }
  map.on("moveend overlayadd overlayremove resize", schedule);
  map.whenReady(function () { setLang(lang, true); });
  map.incidentLabels = {run: run, schedule: schedule, setLang: setLang, setIncidents: setIncidents};
  return map.incidentLabels;
};
