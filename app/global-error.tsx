"use client";
// Last resort when the root layout itself fails: no providers are available, so both languages show.
import id from "@/messages/id.json";
import en from "@/messages/en.json";
import "./globals.css";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const reference = error.digest ?? "client";
  return (
    <html lang="id">
      <body className="mx-auto max-w-2xl p-6">
        <main>
          {[id, en].map((m, i) => (
            <section key={i} lang={i === 0 ? "id" : "en"} className="mb-8">
              <h1 className="text-3xl font-bold">{m.errors.serverPage.title}</h1>
              <p className="mt-3 text-lg">{m.errors.serverPage.body}</p>
              <p className="mt-3 font-semibold">{m.errors.serverPage.reference.replace("{id}", reference)}</p>
              <p>
                {/* The root layout itself failed: load the home page afresh rather than navigate inside the broken tree. */}
                {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full page load is the point here */}
                <a href="/">{m.errors.goHome}</a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
