// One agency across its reports. Reports print the agency's name with or without the upper
// levels of its region (洪泽区人民政府 in 2023, 淮安市洪泽区人民政府 in 2024, both in 淮安市洪泽区),
// so two reports are of the same agency when their names, each completed with the part of the
// region it leaves out, are the same: the agency's full name.

/** A region's levels, each ending in its unit: 江苏省淮安市洪泽区 → 江苏省, 淮安市, 洪泽区. */
function regionLevels(region: string): string[] {
  return (
    region.match(/.+?(?:特别行政区|自治区|自治州|自治县|自治旗|街道|[省市区县盟旗镇乡])/g) ?? []
  );
}

/**
 * The agency's full name: its name, preceded by the levels of its region above the first one
 * the name itself begins with (all of them when it begins with none). 聊城市农业农村局 in
 * 山东省聊城市 → 山东省聊城市农业农村局; 农业农村局 in 聊城市 → 聊城市农业农村局.
 */
export function agencyKey(agency: { readonly name: string; readonly region?: string }): string {
  const name = agency.name.replace(/\s+/g, '');
  const region = (agency.region ?? '').replace(/\s+/g, '');
  if (region === '' || name.startsWith(region)) return name;
  const levels = regionLevels(region);
  const first = levels.findIndex((level) => name.startsWith(level));
  if (first !== -1) return levels.slice(0, first).join('') + name;
  return region + name;
}
