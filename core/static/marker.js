// One incident marker from its spec {lat, lon, s: size in px, h: icon HTML, p: popup HTML,
// t: tooltip HTML, c: icon class}, every text escaped by the caller (core.mapbuild.marker_spec).
// Shared by exported maps (core.mapbuild.MarkerLayer) and the dashboard's live map (incidents.js).
window.incidentMarker = function (d) {
  var icon = L.divIcon({html: d.h, iconSize: [d.s, d.s], iconAnchor: [d.s / 2, d.s / 2],
                        className: d.c || "incident-icon"});
  // the smaller marker on top, so one inside a bigger (or an approximate) one stays clickable
  var marker = L.marker([d.lat, d.lon], {icon: icon, zIndexOffset: -1000 * d.s});
  if (d.p) { marker.bindPopup(d.p, {maxWidth: 340}); }
  if (d.t) { marker.bindTooltip(d.t); }
  return marker;
};
