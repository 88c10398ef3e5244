import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./app/_lib/i18n-request.ts");

const nextConfig: NextConfig = {
  // Loaded from node_modules at run time: PGlite reads its WebAssembly and data files next to its
  // own modules, and argon2 is a native addon.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg"],
  // Type checking runs as its own step (`npm run typecheck`) with the TypeScript 7 compiler.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // The proxy sees the request as it came, router headers included, so that it can refuse a router
  // state the framework cannot parse (which it would answer with a 500).
  skipProxyUrlNormalize: true,
  // Server actions carry small uploads such as the KBLI and rule CSV files (the import refuses over 3 MB).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "4mb" } },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
