import type { Metadata, Viewport } from "next";
import "@xyflow/react/dist/style.css";
import "./globals.css";

export const metadata: Metadata = {
  title: "Archlint: draw an AWS architecture, know whether it works",
  description:
    "Draw AWS resources on a canvas and get instant, explained verdicts: internet access, placement, EBS Multi-Attach and more.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
