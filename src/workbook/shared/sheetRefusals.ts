/** One wording for a sheet that is gone, whichever workbook noticed it. */
export function noSuchSheet(sheet: string): string {
  return `There is no sheet "${sheet}" any more: it may have been renamed or deleted.`;
}
