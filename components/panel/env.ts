export { detectUiLang } from '@/lib/ui-lang';

/** `?tab=<id>` in the panel's URL (tests and some openers pin the panel to a tab), or null. */
export function tabFromUrl(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}
