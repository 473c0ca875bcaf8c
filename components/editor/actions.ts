"use client";
import { createContext } from "react";
import type { Layout } from "@/lib/diagram/types";

/** What node components may ask the editor to do, without holding the diagram themselves. */
export interface EditorActionsValue {
  resize(id: string, layout: Layout): void;
}

export const EditorActions = createContext<EditorActionsValue>({ resize: () => {} });
