/**
 * Fonts for text drawn into an exported chart, CJK-capable first. An SVG drawn into a canvas
 * (and an SVG file opened elsewhere) sees no page CSS and no web font, only system fonts named
 * here; the app never downloads a font. Noto/Source Han on Linux, PingFang on macOS, YaHei on
 * Windows, WenQuanYi on older Linux.
 */
export const CHART_FONT_FAMILY =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', " +
  "'WenQuanYi Micro Hei', sans-serif";
