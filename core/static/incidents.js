// The dashboard's live map: one map stays in the browser while reports, filters and the chosen
// row change; each change sends only its incidents, which fill the map's own layers in place.
// Set up once per map as incidentMapView(map, {plain, clustered, heat}); then map.incidentView.set(d)
// (the page around the map's frame calls it, and leaves d in window.__incidentMapData for a map
// that is still loading, which takes it when it is ready),
// d = {fit: key of the report's incidents, bounds, pad, markers: [spec], heat: [[lat, lon, w]],
//      types: [legend types], labels: [label rows], pins: [[lat, lon, px]], shown: "all" | n,
//      chosen: id | null, cluster: bool, lang}. The view is refitted only when `fit` changes (a new
// report), so a filter keeps the user's zoom and centre.
window.incidentMapView = function (map, o) {
  var last = {};
  // Leaflet aligns popups left; Arabic lines (the place, the phrase, the sentence) start on the right
  var POPUP_RTL = ".incident-popup [dir=rtl],.incident-popup [dir=auto]:dir(rtl),.incident-popup .count-written:dir(rtl)" +
    "{text-align:right}";
  function make(d) {
    var icon = L.divIcon({html: d.h, iconSize: [d.s, d.s], iconAnchor: [d.s / 2, d.s / 2],
                          className: d.c || "incident-icon"});
    // the smaller marker on top, so one inside a bigger (or an approximate) one stays clickable
    var marker = L.marker([d.lat, d.lon], {icon: icon, zIndexOffset: -1000 * d.s});
    if (d.p) { marker.bindPopup(d.p, {maxWidth: 340}); }
    if (d.t) { marker.bindTooltip(d.t); }
    return marker;
  }
  function fill(group, specs) {
    group.clearLayers();
    var made = specs.map(make);
    if (group.addLayers) { group.addLayers(made); } else { made.forEach(function (m) { group.addLayer(m); }); }
  }
  function legend(types) {
    document.querySelectorAll(".map-legend [data-type]").forEach(function (row) {
      row.style.display = types.indexOf(row.getAttribute("data-type")) < 0 ? "none" : "";
    });
  }
  function choose(chosen) {
    var css = document.getElementById("incident-chosen-style") || document.head.appendChild(
      Object.assign(document.createElement("style"), {id: "incident-chosen-style"}));
    css.textContent = POPUP_RTL + (chosen ? '.incident-marker[data-incident="' + chosen.replace(/["\\]/g, "") +
      '"]{outline:3px solid #111;outline-offset:2px;box-shadow:0 0 0 6px rgba(255,214,0,.9)}' : "");
  }
  function set(d) {
    fill(o.plain, d.markers);
    fill(o.clustered, d.markers);
    o.heat.setLatLngs(d.heat);
    legend(d.types);
    if (d.cluster !== last.cluster) {
      var on = d.cluster ? o.clustered : o.plain, off = d.cluster ? o.plain : o.clustered;
      map.removeLayer(off);
      map.addLayer(on);
    }
    if (d.fit !== last.fit) {
      map.fitBounds(d.bounds, {paddingTopLeft: [d.pad, d.pad], paddingBottomRight: [d.pad, d.pad], maxZoom: 15,
                               animate: false});
    }
    if (map.incidentLabels) { map.incidentLabels.setIncidents(d.labels, d.pins, d.fit !== last.fit ? d.lang : null); }
    choose(d.chosen);
    last = d;
    document.body.dataset.incidentsShown = String(d.shown);
    document.body.dataset.incidentChosen = d.chosen || "";
    document.body.dataset.incidentReport = d.fit;
  }
  map.incidentView = {set: set, heat: o.heat, plain: o.plain, clustered: o.clustered};
  try {
    var pending = window.parent !== window && window.parent.__incidentMapData;
    if (pending) { set(pending); }
  } catch (e) { /* a page of another origin: it sends nothing */ }
  return map.incidentView;
};
