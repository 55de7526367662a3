"use strict";

/**
 * Points a development manifest at the production host.
 *
 * Microsoft's templates call `String.replace` with a string pattern, which rewrites only the
 * first URL and ships a manifest still pointing at localhost; this replaces every occurrence.
 *
 * @param {string} xml The manifest text.
 * @param {string} devUrl The development base URL, e.g. "https://localhost:3000/".
 * @param {string} prodUrl The production base URL; a missing trailing slash is added when devUrl
 *   has one, so "assets/icon-32.png" stays a path under it rather than gluing onto the host.
 * @returns {string} The manifest with every devUrl replaced by prodUrl.
 */
function rewriteManifestUrls(xml, devUrl, prodUrl) {
  if (!devUrl) {
    throw new Error("rewriteManifestUrls: devUrl must not be empty");
  }
  if (!prodUrl) {
    throw new Error("rewriteManifestUrls: prodUrl must not be empty");
  }
  const target = devUrl.endsWith("/") && !prodUrl.endsWith("/") ? `${prodUrl}/` : prodUrl;
  // split/join rather than replaceAll: a "$" in the URL would be read as a replacement pattern.
  return xml.split(devUrl).join(target);
}

module.exports = { rewriteManifestUrls };
