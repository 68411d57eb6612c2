const withNextIntl = require("next-intl/plugin")("./lib/i18n/request.ts");

// Headers that never change per request. The per-request nonce CSP is set in proxy.ts.
const staticSecurityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
module.exports = withNextIntl({
  poweredByHeader: false,
  // Evidence files smaller than 20MB are uploaded through server actions. Both limits are maxActionRequestBytes
  // (lib/domain/responses/upload-rules.ts; a unit test checks): twice the file limit, so that a file somewhat too
  // large still reaches the action, which answers with a form error keeping what was typed; the proxy must pass the
  // whole body on too (beyond its limit it would cut the body short). proxy.ts turns larger requests away first: by
  // Content-Length, or for a chunked post by measuring the proxy's copy. Next ends that copy before the chunk that
  // would pass the proxy's limit, so the proxy reads 1MB more than an action does: a post cut short there is still
  // longer than an action reads, and seen to be too large.
  experimental: { serverActions: { bodySizeLimit: "40mb" }, proxyClientMaxBodySize: "41mb" },
  serverExternalPackages: ["@node-rs/argon2", "better-sqlite3", "pg", "pg-boss"],
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders },
      // The API answers JSON and redirects, never a page: nothing may load from it or frame it.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
});
