import { createEdge, createNode } from "@/lib/diagram/create";
import { absolutePositions, type Point } from "@/lib/diagram/geometry";
import { DiagramIndex } from "@/lib/diagram/graph";
import type { DiagramOp } from "@/lib/diagram/ops";
import type { Diagram, DiagramNode } from "@/lib/diagram/types";
import type { Text } from "@/lib/i18n/text";
import { uiText } from "@/lib/i18n/ui";
import { getKind, inferEdgeKind } from "@/lib/kinds";
import { routeTableOf } from "@/lib/network/route-tables";

/** What a drawn connection does: ops to apply as one edit (maybe none), and what to tell the person. */
export type ConnectResult = { ok: true; ops: DiagramOp[]; notice?: Text } | { ok: false; reason: Text };

/**
 * Gateways a subnet uses through its route table's default route. People draw "this subnet goes out
 * through that gateway", which in AWS is a route in the subnet's table, not a line between the two.
 */
const DEFAULT_ROUTE: Readonly<Record<string, string>> = {
  "aws.internet-gateway": "0.0.0.0/0",
  "aws.nat-gateway": "0.0.0.0/0",
  "aws.egress-only-internet-gateway": "::/0",
};

const nameOf = (node: DiagramNode) => node.label || node.id;

/** The edit a connection drawn between two nodes means, in either direction. */
export function connect(diagram: Diagram, sourceId: string, targetId: string): ConnectResult {
  const index = new DiagramIndex(diagram);
  const source = index.node(sourceId);
  const target = index.node(targetId);
  if (!source || !target || source.id === target.id) return { ok: true, ops: [] };

  const [subnet, gateway] = source.kind === "aws.subnet" ? [source, target] : [target, source];
  if (subnet.kind === "aws.subnet" && DEFAULT_ROUTE[gateway.kind]) return routeThrough(diagram, index, subnet, gateway);

  const relation = inferEdgeKind(source.kind, target.kind);
  if (!relation) {
    return {
      ok: false,
      reason: uiText("noRelation", {
        sourceKind: getKind(source.kind)?.name ?? source.kind,
        source: nameOf(source),
        targetKind: getKind(target.kind)?.name ?? target.kind,
        target: nameOf(target),
      }),
    };
  }
  const [from, to] = relation.reversed ? [target.id, source.id] : [source.id, target.id];
  if (diagram.edges.some((e) => e.kind === relation.edgeKind.id && e.source === from && e.target === to)) return { ok: true, ops: [] };
  return { ok: true, ops: [{ op: "addEdge", edge: createEdge(diagram, relation.edgeKind.id, from, to) }] };
}

/**
 * Sends the subnet's default traffic to the gateway: a route in the subnet's own route table. A subnet
 * governed by the VPC's main table gets a new table of its own, since changing the main table would
 * change every other subnet that relies on it.
 */
function routeThrough(diagram: Diagram, index: DiagramIndex, subnet: DiagramNode, gateway: DiagramNode): ConnectResult {
  const destination = DEFAULT_ROUTE[gateway.kind]!;
  const words = { destination, target: nameOf(gateway), subnet: nameOf(subnet) };
  const vpc = index.vpcOf(subnet);
  if (!vpc) return { ok: false, reason: uiText("routeNeedsVpc", words) };

  const ops: DiagramOp[] = [];
  const current = routeTableOf(index, subnet);
  const created = !current || current.props.main === true;
  let table: DiagramNode;
  if (!created) {
    table = current;
  } else {
    table = createNode(diagram, "aws.route-table", freeSpotIn(diagram, vpc, subnet), vpc.id);
    ops.push({ op: "addNode", node: table });
    // An explicit association with the main table gives way to the new one: a subnet has one route table.
    for (const edge of index.edgesTo(subnet.id, "association")) {
      if (index.node(edge.source)?.kind === "aws.route-table") ops.push({ op: "removeEdge", id: edge.id });
    }
    ops.push({ op: "addEdge", edge: createEdge(diagram, "association", table.id, subnet.id) });
  }

  const sameDestination = index.edgesFrom(table.id, "route").filter((e) => e.props.destination === destination);
  const tableWords = { ...words, table: nameOf(table) };
  if (sameDestination.length === 1 && sameDestination[0]!.target === gateway.id) {
    return { ok: true, ops: [], notice: uiText("routeExists", tableWords) };
  }
  for (const edge of sameDestination) ops.push({ op: "removeEdge", id: edge.id });
  const route = createEdge(diagram, "route", table.id, gateway.id);
  ops.push({ op: "addEdge", edge: { ...route, props: { ...route.props, destination } } });

  const previous = sameDestination[0] ? index.node(sameDestination[0].target) : undefined;
  const notice =
    created
      ? uiText("routeAddedNewTable", tableWords)
      : previous
        ? uiText("routeReplaced", { ...tableWords, previous: nameOf(previous) })
        : uiText("routeAdded", tableWords);
  return { ok: true, ops, notice };
}

const GAP = 16;

/**
 * A place in the VPC for a new route table, relative to the VPC: beside the subnet if there is room,
 * else the first free spot in the VPC, else just inside its bottom-right corner. A spot is free when
 * it covers nothing but the VPC and its ancestors (a table over an Availability Zone box would look
 * as if it sat in the zone, and could not be dragged within it).
 */
export function freeSpotIn(diagram: Diagram, vpc: DiagramNode, near: DiagramNode): Point {
  const size = getKind("aws.route-table")!.size;
  const abs = absolutePositions(diagram);
  const origin = abs.get(vpc.id)!;
  const around = abs.get(near.id)!;
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]));
  const allowed = new Set<string>();
  for (let n: DiagramNode | undefined = vpc; n; n = n.parent === null ? undefined : byId.get(n.parent)) allowed.add(n.id);
  const obstacles = diagram.nodes
    .filter((n) => !allowed.has(n.id))
    .map((n) => ({ ...abs.get(n.id)!, w: n.layout.w, h: n.layout.h }))
    .filter((o) => o.x < origin.x + vpc.layout.w && origin.x < o.x + o.w && o.y < origin.y + vpc.layout.h && origin.y < o.y + o.h);

  const fits = (p: Point) => {
    const x = p.x - origin.x;
    const y = p.y - origin.y;
    if (x < 8 || y < 36 || x + size.w > vpc.layout.w - 8 || y + size.h > vpc.layout.h - 8) return false;
    return obstacles.every(
      (o) => p.x + size.w + GAP / 2 <= o.x || o.x + o.w + GAP / 2 <= p.x || p.y + size.h + GAP / 2 <= o.y || o.y + o.h + GAP / 2 <= p.y,
    );
  };
  const beside: Point[] = [
    { x: around.x + near.layout.w + GAP, y: around.y },
    { x: around.x - size.w - GAP, y: around.y },
    { x: around.x, y: around.y + near.layout.h + GAP },
    { x: around.x, y: around.y - size.h - GAP },
  ];
  const grid: Point[] = [];
  for (let y = origin.y + 36; y + size.h <= origin.y + vpc.layout.h; y += 24) {
    for (let x = origin.x + 8; x + size.w <= origin.x + vpc.layout.w; x += 24) grid.push({ x, y });
  }
  const spot = [...beside, ...grid].find(fits) ?? {
    x: origin.x + Math.max(8, vpc.layout.w - size.w - 8),
    y: origin.y + Math.max(36, vpc.layout.h - size.h - 8),
  };
  return { x: Math.round(spot.x - origin.x), y: Math.round(spot.y - origin.y) };
}
