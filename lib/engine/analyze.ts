import { DiagramIndex } from "../diagram/graph";
import type { Diagram } from "../diagram/types";
import { analyzeReachability } from "../network/reachability";
import type { ReachabilityReport } from "../network/types";
import { RULES } from "../../rules";
import type { Finding } from "./types";
import { runRules } from "./validate";

export interface Analysis {
  findings: Finding[];
  reach: ReachabilityReport;
}

/** The rules and the reachability analysis over one shared index (the analysis caches on it). */
export function analyze(diagram: Diagram): Analysis {
  const index = new DiagramIndex(diagram);
  return { findings: runRules(diagram, RULES, index), reach: analyzeReachability(index) };
}
