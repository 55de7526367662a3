// office-addin-mock only needs this enum from office-addin-manifest; the real package pulls in
// an ESM-only dependency that jest on Node 20 cannot require.
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
