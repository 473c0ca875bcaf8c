import { absolutePositions, containerAt, type Point } from "@/lib/diagram/geometry";
import { createNode } from "@/lib/diagram/create";
import { applyOps, descendantsAndSelf, type DiagramOp } from "@/lib/diagram/ops";
import { DiagramIndex } from "@/lib/diagram/graph";
import { freeSubnetCidr, parseCidr4 } from "@/lib/network/cidr";
import type { Diagram, DiagramNode } from "@/lib/diagram/types";
import { canSitIn, getKind } from "@/lib/kinds";
import type { Text } from "@/lib/i18n/text";

export type PlaceResult = { ok: true; ops: DiagramOp[]; nodeId: string } | { ok: false; reason: Text };

/** Where a kind may go, in words, for refusal messages. */
export function allowedPlaces(kindId: string): Text {
  const kind = getKind(kindId);
  if (!kind) return { en: "", ko: "" };
  const en = kind.parents.map((p) => (p === "root" ? "the bare canvas" : `a ${getKind(p)?.name.en ?? p}`));
  const ko = kind.parents.map((p) => (p === "root" ? "빈 캔버스" : (getKind(p)?.name.ko ?? p)));
  return { en: en.join(", or "), ko: ko.join(", ") };
}

export function refusal(kindId: string, container: DiagramNode | undefined): Text {
  const kind = getKind(kindId)!;
  const places = allowedPlaces(kindId);
  if (!container) {
    return {
      en: `${kind.name.en} cannot sit on the bare canvas: put it in ${places.en}.`,
      ko: `${kind.name.ko}은(는) 빈 캔버스에 둘 수 없습니다. ${places.ko} 안에 두세요.`,
    };
  }
  const parentKind = getKind(container.kind)!;
  return {
    en: `${kind.name.en} cannot sit in ${parentKind.name.en} "${container.label || container.id}": put it in ${places.en}.`,
    ko: `${kind.name.ko}은(는) ${parentKind.name.ko} "${container.label || container.id}" 안에 둘 수 없습니다. ${places.ko} 안에 두세요.`,
  };
}

/** A new node of `kindId` dropped at a canvas point, nested in the innermost container there. */
export function placeNewNode(diagram: Diagram, kindId: string, point: Point): PlaceResult {
  const container = containerAt(diagram, point);
  return placeInto(diagram, kindId, container, point);
}

export function placeInto(diagram: Diagram, kindId: string, container: DiagramNode | undefined, point: Point): PlaceResult {
  const kind = getKind(kindId);
  if (!kind) return { ok: false, reason: { en: `Unknown resource kind ${kindId}.`, ko: `알 수 없는 리소스 종류 ${kindId}입니다.` } };
  if (!canSitIn(kindId, container ? container.kind : "root")) return { ok: false, reason: refusal(kindId, container) };
  const origin = container ? absolutePositions(diagram).get(container.id)! : { x: 0, y: 0 };
  // Resources are centred on the pointer; boxes open from it.
  const offset = kind.container ? { x: 0, y: 0 } : { x: kind.size.w / 2, y: kind.size.h / 2 };
  let x = Math.round(point.x - origin.x - offset.x);
  let y = Math.round(point.y - origin.y - offset.y);
  if (container) {
    // Keep the new node inside the box it was dropped in, below the box's title.
    x = clamp(x, 8, Math.max(8, container.layout.w - kind.size.w - 8));
    y = clamp(y, 36, Math.max(36, container.layout.h - kind.size.h - 8));
  }
  const node = withFreeCidr(diagram, createNode(diagram, kindId, { x, y }, container?.id ?? null));
  return { ok: true, ops: [{ op: "addNode", node }], nodeId: node.id };
}

/**
 * A new subnet takes the first /24 of its VPC that no other subnet uses, so a second subnet dropped in
 * does not start out overlapping the first.
 */
function withFreeCidr(diagram: Diagram, node: DiagramNode): DiagramNode {
  if (node.kind !== "aws.subnet") return node;
  const index = new DiagramIndex(applyOps(diagram, [{ op: "addNode", node }]));
  const preferred = parseCidr4(String(node.props.cidrBlock));
  const free = freeSubnetCidr(index, index.node(node.id)!, preferred?.prefix ?? 24, preferred);
  return free ? { ...node, props: { ...node.props, cidrBlock: free.network } } : node;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(Math.max(v, lo), hi);
}

/**
 * Moving an existing node to a canvas point: it changes container when dropped over another one that
 * may hold it, and is refused (left where it was) when the place under it may not.
 */
export function moveNode(diagram: Diagram, nodeId: string, absolute: Point): { ok: true; ops: DiagramOp[] } | { ok: false; reason: Text } {
  const node = diagram.nodes.find((n) => n.id === nodeId);
  if (!node) return { ok: true, ops: [] };
  const center = { x: absolute.x + node.layout.w / 2, y: absolute.y + node.layout.h / 2 };
  const container = containerAt(diagram, getKind(node.kind)?.container ? absolute : center, descendantsAndSelf(diagram.nodes, nodeId));
  const newParent = container?.id ?? null;
  if (newParent !== node.parent && !canSitIn(node.kind, container ? container.kind : "root")) {
    return { ok: false, reason: refusal(node.kind, container) };
  }
  const origin = container ? absolutePositions(diagram).get(container.id)! : { x: 0, y: 0 };
  return {
    ok: true,
    ops: [
      {
        op: "updateNode",
        id: nodeId,
        ...(newParent !== node.parent ? { parent: newParent } : {}),
        layout: { x: Math.round(absolute.x - origin.x), y: Math.round(absolute.y - origin.y) },
      },
    ],
  };
}
