import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

const icon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0e7490"/><rect x="4" y="4" width="8" height="8" rx="1" fill="#e3f2f6"/></svg>`;

export const metadata: Metadata = {
  title: { default: "Goldenhub", template: "%s · Goldenhub" },
  description: "Master-data hub and data-steward portal for customer records",
  // Inline, so the browser never asks the server for a /favicon.ico that does not exist.
  icons: { icon: `data:image/svg+xml,${encodeURIComponent(icon)}` },
};

/** The document shell shared by the sign-in page and the portal. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
