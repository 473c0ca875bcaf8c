import { getNodesBounds, getViewportForBounds, type Node } from "@xyflow/react";
import { serializeDiagram } from "@/lib/diagram/create";
import type { Diagram } from "@/lib/diagram/types";
import type { Finding } from "@/lib/engine/types";
import type { Lang } from "@/lib/i18n/text";

export type ExportFormat = "json" | "png" | "svg" | "markdown";

/** Margin around the resources in an image, and the largest side an image may have (browsers cap canvases). */
const IMAGE_MARGIN = 32;
const IMAGE_MAX_SIDE = 4096;

export function fileBaseName(diagram: Diagram): string {
  return (diagram.name || "diagram").replace(/[^\w.-]+/g, "-");
}

/** Hands a file to the browser's downloads. */
export function download(fileName: string, content: Blob | string): void {
  const url = typeof content === "string" ? content : URL.createObjectURL(content);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.click();
  if (typeof content !== "string") window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function exportJson(diagram: Diagram): void {
  const text = serializeDiagram({ ...diagram, metadata: { ...diagram.metadata, updatedAt: new Date().toISOString() } });
  download(`${fileBaseName(diagram)}.json`, new Blob([text], { type: "application/json" }));
}

/** The report writer (and, below, html-to-image) load with the first export of their kind, not with the editor. */
export async function exportMarkdown(diagram: Diagram, findings: readonly Finding[], lang: Lang): Promise<void> {
  const { formatMarkdown } = await import("@/lib/report/markdown");
  const text = formatMarkdown(diagram, findings, lang, new Date());
  download(`${fileBaseName(diagram)}-report.md`, new Blob([text], { type: "text/markdown" }));
}

/**
 * The canvas as a PNG or SVG data URL: React Flow's viewport drawn with a transform that fits every
 * node, on the canvas's own background colour (light or dark, as on screen). Fonts are not embedded
 * (the app uses system fonts), which also keeps html-to-image from reading stylesheets.
 */
export async function canvasImage(format: "png" | "svg", nodes: Node[], canvas: HTMLElement): Promise<string> {
  const viewport = canvas.querySelector<HTMLElement>(".react-flow__viewport");
  if (!viewport || nodes.length === 0) throw new Error("nothing to draw");
  const { toPng, toSvg } = await import("html-to-image");
  const bounds = getNodesBounds(nodes);
  const scale = Math.min(1, IMAGE_MAX_SIDE / (bounds.width + 2 * IMAGE_MARGIN), IMAGE_MAX_SIDE / (bounds.height + 2 * IMAGE_MARGIN));
  const width = Math.ceil((bounds.width + 2 * IMAGE_MARGIN) * scale);
  const height = Math.ceil((bounds.height + 2 * IMAGE_MARGIN) * scale);
  const fit = getViewportForBounds(bounds, width, height, 0.01, 1, `${Math.floor(IMAGE_MARGIN * scale)}px`);
  const options = {
    backgroundColor: backgroundOf(canvas.querySelector<HTMLElement>(".react-flow") ?? canvas),
    width,
    height,
    skipFonts: true,
    // Connection handles are for editing, not for the picture.
    filter: (node: HTMLElement) => !node.classList?.contains("react-flow__handle"),
    pixelRatio: format === "png" ? Math.min(2, IMAGE_MAX_SIDE * 2 / Math.max(width, height)) : 1,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.zoom})` },
  };
  return format === "png" ? toPng(viewport, options) : toSvg(viewport, options);
}

/** The first opaque background behind the canvas, so the image looks as the canvas does. */
function backgroundOf(element: HTMLElement): string {
  for (let at: HTMLElement | null = element; at; at = at.parentElement) {
    const colour = getComputedStyle(at).backgroundColor;
    if (colour && colour !== "transparent" && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return "#ffffff";
}
