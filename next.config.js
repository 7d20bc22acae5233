// @ts-check

/** Headers for every response, static files included (the CSP and HSTS come from proxy.ts). */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Not 'no-referrer': with it browsers send `Origin: null` on form posts, which Next.js rightly
  // refuses for server actions (its CSRF check). Nothing leaves the site.
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native or WASM packages that must stay outside the server bundle.
  serverExternalPackages: ['@electric-sql/pglite', 'argon2', 'postgres'],
  // Type errors are checked by `npm run typecheck` (part of `npm test`), not during the build.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
