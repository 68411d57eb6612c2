"use client";

// Shown only when the layout itself fails, so it cannot use the catalogues: it says the same in both languages.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body>
        <main>
          <h1>Sorry, there is a problem with the service</h1>
          <p lang="cy">Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth</p>
          <p>Reference / Cyfeirnod: {error.digest ?? "–"}</p>
        </main>
      </body>
    </html>
  );
}
