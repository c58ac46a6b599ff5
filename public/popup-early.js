// The popup's first script, a classic one at the end of its body, so it runs as soon as the search box
// is parsed and before React's bundle (a deferred module) has even loaded: the plain box has focus and
// takes keys from here on, and the mark says so. The lookup takes the box over, with what was typed,
// when it mounts (components/popup/KpiLookup.tsx). Plain JavaScript in public/: it is not bundled.
(function () {
  var early = document.getElementById('kpi-search-early');
  if (!early) return;
  early.focus();
  if (document.activeElement === early) performance.mark('accord:popup-typing-ready');
})();
