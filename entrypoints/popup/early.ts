/**
 * Runs as soon as the popup's HTML is parsed, before React's bundle: the plain search box in
 * index.html has focus and takes keys from here on, and the mark says so. KpiLookup takes the box
 * over (with what was typed) when it mounts. No imports, so nothing delays it.
 */
const early = document.getElementById('kpi-search-early');
if (early instanceof HTMLInputElement) {
  early.focus();
  if (document.activeElement === early) performance.mark('accord:popup-typing-ready');
}
