"use client";

import { Component, type ErrorInfo, type ReactNode } from "react";
import type { Diagram } from "@/lib/diagram/types";
import type { Text } from "@/lib/i18n/text";
import { exportJson } from "./export";
import { useLang } from "./lang";

interface Props {
  /** What the wrapped part is called in the sentence, e.g. "canvas", "inspector". */
  area: Text;
  /** The diagram as it is now, read when the button is pressed (not when the error happened). */
  getDiagram: () => Diagram;
  children: ReactNode;
}

/**
 * Wraps the canvas and each panel: if rendering one throws, that part shows a sentence and a button
 * to download the diagram's JSON (serializeDiagram, via exportJson) instead of the page going blank,
 * and the rest of the editor keeps working. "Try again" re-renders the part.
 *
 * There is deliberately no test-only way to make a panel throw in production code, so the browser
 * suite cannot reach the fallback; error-boundary.test.ts renders it in a DOM (happy-dom) instead.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the console; the person sees the fallback.
    console.error(`Archlint: the ${this.props.area.en} failed to render`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return <Fallback area={this.props.area} error={this.state.error} getDiagram={this.props.getDiagram} onRetry={() => this.setState({ error: null })} />;
  }
}

function Fallback({ area, error, getDiagram, onRetry }: { area: Text; error: Error; getDiagram: () => Diagram; onRetry: () => void }) {
  const lang = useLang();
  const download = () => {
    try {
      exportJson(getDiagram());
    } catch {
      // Nothing more to offer here; the button stays for another try.
    }
  };
  return (
    <div role="alert" className="error-boundary">
      <p>
        {lang === "ko"
          ? `${area.ko}에서 오류가 발생해 표시할 수 없습니다 (${error.message.slice(0, 200)}). 다이어그램은 그대로 있습니다. JSON으로 내려받아 보관하세요.`
          : `The ${area.en} stopped working because of an error (${error.message.slice(0, 200)}). Your diagram is still here: download its JSON to keep a copy.`}
      </p>
      <button type="button" onClick={download}>
        {lang === "ko" ? "다이어그램 JSON 내려받기" : "Download diagram JSON"}
      </button>{" "}
      <button type="button" onClick={onRetry}>
        {lang === "ko" ? "다시 시도" : "Try again"}
      </button>
    </div>
  );
}
