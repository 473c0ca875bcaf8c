/** Reachability analysis: how AWS routes and filters packets through the drawn network. */
export { analyzeReachability, combine, formatPath, profileOf } from "./reachability";
export { isPublicSubnet, routeTableOf } from "./route-tables";
export { DEFAULT_PORTS, EPHEMERAL, defaultPortOf } from "./ports";
export type * from "./types";
