"use client";
import { useCallback, useReducer } from "react";
import { applyOps, type DiagramOp } from "@/lib/diagram/ops";
import type { Diagram } from "@/lib/diagram/types";

const MAX_HISTORY = 200;

interface State {
  diagram: Diagram;
  past: Diagram[];
  future: Diagram[];
}

type Action =
  | { type: "apply"; ops: DiagramOp[] }
  | { type: "replace"; diagram: Diagram }
  | { type: "undo" }
  | { type: "redo" };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case "apply": {
      const next = applyOps(state.diagram, action.ops);
      if (next === state.diagram) return state;
      return { diagram: next, past: [...state.past.slice(-MAX_HISTORY + 1), state.diagram], future: [] };
    }
    case "replace":
      return { diagram: action.diagram, past: [...state.past.slice(-MAX_HISTORY + 1), state.diagram], future: [] };
    case "undo": {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return { diagram: previous, past: state.past.slice(0, -1), future: [state.diagram, ...state.future] };
    }
    case "redo": {
      const next = state.future[0];
      if (!next) return state;
      return { diagram: next, past: [...state.past, state.diagram], future: state.future.slice(1) };
    }
  }
}

/** The diagram with undo and redo: every edit is a list of ops, so a quick fix undoes like a drag. */
export function useHistory(initial: () => Diagram) {
  const [state, dispatch] = useReducer(reducer, undefined, () => ({ diagram: initial(), past: [], future: [] }));
  return {
    diagram: state.diagram,
    canUndo: state.past.length > 0,
    canRedo: state.future.length > 0,
    apply: useCallback((ops: DiagramOp[]) => dispatch({ type: "apply", ops }), []),
    replace: useCallback((diagram: Diagram) => dispatch({ type: "replace", diagram }), []),
    undo: useCallback(() => dispatch({ type: "undo" }), []),
    redo: useCallback(() => dispatch({ type: "redo" }), []),
  };
}
