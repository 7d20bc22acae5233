/**
 * A plain description of a device from its User-Agent, for the 登录设备 page: the browser and
 * the system ("Chrome · Windows"), never the raw string. Names are proper nouns (not translated);
 * null parts are shown as "unknown" in the reader's language.
 */
const BROWSERS: readonly [RegExp, string][] = [
  [/MicroMessenger\//, 'WeChat'],
  [/Edg(e|A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/UCBrowser\//, 'UC'],
  [/QQBrowser\//, 'QQ'],
  [/HeadlessChrome\//, 'Chrome'],
  [/(Chrome|CriOS|Chromium)\//, 'Chrome'],
  [/(Firefox|FxiOS)\//, 'Firefox'],
  [/Version\/[\d.]+.*Safari\//, 'Safari'],
];

const SYSTEMS: readonly [RegExp, string][] = [
  [/Windows/, 'Windows'],
  [/(iPhone|iPad|iPod)/, 'iOS'],
  [/Android/, 'Android'],
  [/HarmonyOS/, 'HarmonyOS'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

export function describeDevice(userAgent: string | null): { browser: string | null; system: string | null } {
  if (!userAgent) return { browser: null, system: null };
  const find = (list: readonly [RegExp, string][]) => list.find(([re]) => re.test(userAgent))?.[1] ?? null;
  return { browser: find(BROWSERS), system: find(SYSTEMS) };
}
