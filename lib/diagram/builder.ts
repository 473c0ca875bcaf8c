import { getKind } from "../kinds";
import { currentVersion } from "./migrations";
import { restoreDiagram } from "./parse";
import { FORMAT_NAME, type Diagram, type Layout } from "./types";

type Props = Record<string, unknown>;

export interface DraftNode {
  id: string;
  kind: string;
  label: string;
  parent: string | null;
  props: Props;
}

export interface DraftEdge {
  id: string;
  kind: string;
  source: string;
  target: string;
  props: Props;
}

/**
 * Small diagrams written in code, as a chain that reads like the picture (tests/fixtures/build.ts
 * extends it with more helpers and its own output):
 *
 *   build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-1", "az-a").ec2("web", "s-1").diagram()
 *
 * Each helper takes the node id, the id of the container it sits in (null: the canvas) and props.
 * Unlike the test builder it also lays the nodes out, so the result can be shown: containers wrap
 * their contents, placed left to right in the order they were added.
 */
export class DiagramBuilder {
  protected readonly nodes: DraftNode[] = [];
  protected readonly edges: DraftEdge[] = [];

  constructor(protected readonly name = "Example") {}

  node(kind: string, id: string, parent: string | null, props: Props = {}): this {
    this.nodes.push({ id, kind, label: id, parent, props });
    return this;
  }

  edge(kind: string, source: string, target: string, props: Props = {}, id = `e-${kind}-${source}-${target}`): this {
    this.edges.push({ id, kind, source, target, props });
    return this;
  }

  /** Gives the node a label other than its id. */
  label(id: string, label: string): this {
    const node = this.nodes.find((n) => n.id === id);
    if (!node) throw new Error(`build(): no node ${id} to label`);
    node.label = label;
    return this;
  }

  region(id: string, props: Props = {}): this {
    return this.node("aws.region", id, null, props);
  }
  vpc(id: string, parent: string | null, props: Props = {}): this {
    return this.node("aws.vpc", id, parent, props);
  }
  az(id: string, parent: string, props: Props = {}): this {
    return this.node("aws.availability-zone", id, parent, props);
  }
  subnet(id: string, parent: string, props: Props = {}): this {
    return this.node("aws.subnet", id, parent, props);
  }
  lambda(id: string, parent: string | null, props: Props = {}): this {
    return this.node("aws.lambda", id, parent, props);
  }
  ec2(id: string, parent: string | null, props: Props = {}): this {
    return this.node("aws.ec2-instance", id, parent, props);
  }
  igw(id: string, parent: string | null, props: Props = {}): this {
    return this.node("aws.internet-gateway", id, parent, props);
  }
  volume(id: string, parent: string, props: Props = {}): this {
    return this.node("aws.ebs-volume", id, parent, props);
  }
  efs(id: string, parent: string | null, props: Props = {}): this {
    return this.node("aws.efs", id, parent, props);
  }
  alb(id: string, parent: string, props: Props = {}): this {
    return this.node("aws.alb", id, parent, props);
  }
  queue(id: string, parent: string | null, props: Props = {}): this {
    return this.node("aws.sqs-queue", id, parent, props);
  }
  bucket(id: string, parent: string | null, props: Props = {}): this {
    return this.node("aws.s3-bucket", id, parent, props);
  }
  record(id: string, props: Props = {}): this {
    return this.node("aws.route53-record", id, null, props);
  }
  nat(id: string, parent: string, props: Props = {}): this {
    return this.node("aws.nat-gateway", id, parent, props);
  }
  routeTable(id: string, vpc: string, props: Props = {}): this {
    return this.node("aws.route-table", id, vpc, props);
  }
  endpoint(id: string, parent: string, props: Props = {}): this {
    return this.node("aws.vpc-endpoint", id, parent, props);
  }

  /** An EBS volume attached to an instance; `{ boot: true }` for its root volume. */
  attach(volume: string, instance: string, props: Props = {}): this {
    return this.edge("attachment", volume, instance, props);
  }
  /** A resource that also puts a network interface in the subnet (a mount target, a load balancer's subnet). */
  place(resource: string, subnet: string): this {
    return this.edge("placement", resource, subnet);
  }
  /** A route in `table` sending `destination` (default 0.0.0.0/0) to `target`. */
  route(table: string, target: string, destination = "0.0.0.0/0"): this {
    return this.edge("route", table, target, { destination }, `e-route-${table}-${destination}-${target}`);
  }
  /** A Lambda@Edge function or CloudFront Function run by a distribution on one event (of the default cache behavior unless `cacheBehavior` is given). */
  edgeFunction(distribution: string, fn: string, eventType = "viewer-request", props: Props = {}): this {
    const behavior = typeof props.cacheBehavior === "string" ? props.cacheBehavior : "*";
    return this.edge("edge-function", distribution, fn, { eventType, ...props }, `e-edge-function-${distribution}-${behavior}-${eventType}-${fn}`);
  }
  /** A Lambda destination: by default the function's asynchronous on-failure destination. */
  destination(fn: string, target: string, props: Props = {}): this {
    const { invocation = "asynchronous", condition = "onFailure" } = props;
    return this.edge("destination", fn, target, { invocation, condition }, `e-destination-${fn}-${String(invocation)}-${String(condition)}-${target}`);
  }
  /** Associates a route table or a network ACL with a subnet. */
  associate(tableOrAcl: string, subnet: string): this {
    return this.edge("association", tableOrAcl, subnet);
  }
  /** A peering connection `id` (on the canvas) joining two VPCs. */
  peering(id: string, requester: string, accepter: string, props: Props = {}): this {
    return this.node("aws.vpc-peering", id, null, props)
      .edge("peering", id, requester, { role: "requester" })
      .edge("peering", id, accepter, { role: "accepter" });
  }

  /** The diagram as parseDiagram reads it (defaults filled); throws with every problem if it is refused. */
  diagram(): Diagram {
    const layouts = layOut(this.nodes);
    const result = restoreDiagram({
      format: FORMAT_NAME,
      version: currentVersion(),
      name: this.name,
      nodes: this.nodes.map((n) => ({ ...n, layout: layouts.get(n.id) })),
      edges: this.edges,
      metadata: {},
    });
    if (!result.ok) {
      throw new Error(`build(): diagram refused:\n${result.errors.map((e) => `  ${e.path}: ${e.message.en}`).join("\n")}`);
    }
    return structuredClone(result.diagram);
  }

  /**
   * The diagram without the parser's checks, for what the format refuses but a rule still explains
   * (a Lambda function drawn straight in a VPC). Props get the kind's defaults where they parse.
   */
  unchecked(): Diagram {
    const layouts = layOut(this.nodes);
    return {
      format: FORMAT_NAME,
      version: currentVersion(),
      name: this.name,
      nodes: this.nodes.map((n) => {
        const parsed = getKind(n.kind)?.props.safeParse(n.props);
        return { ...n, props: parsed?.success ? (parsed.data as Props) : { ...n.props }, layout: layouts.get(n.id)! };
      }),
      edges: this.edges.map((e) => ({ ...e, props: { ...e.props } })),
      metadata: {},
    };
  }
}

export function build(name?: string): DiagramBuilder {
  return new DiagramBuilder(name);
}

/** Room inside a container around its contents; the top leaves space for the title bar. */
const PADDING = { left: 20, top: 44, right: 20, bottom: 20 };
const GAP = 32;
/** Rows wrap past these widths, on the canvas and inside a container: about the shape of a page's example panel. */
const ROW_WIDTH = { canvas: 640, container: 560 };
const SMALLEST_BOX = { w: 180, h: 100 };
const RESOURCE_SIZE = { w: 72, h: 72 };

type Placed = { id: string; kind: string; label?: string; parent: string | null };

/**
 * Positions for every node: resources keep their kind's size, containers grow to hold their
 * contents and their title, and siblings flow left to right, wrapping into rows. Inside a container
 * the resources come first and the containers start a row below them (a VPC's gateways and route
 * tables above its Availability Zones). Pure, so the same code gives the same picture on the
 * server and in tests.
 */
export function layOut(nodes: readonly Placed[]): Map<string, Layout> {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<string | null, Placed[]>();
  for (const node of nodes) {
    const parent = node.parent !== null && ids.has(node.parent) ? node.parent : null;
    const list = children.get(parent);
    if (list) list.push(node);
    else children.set(parent, [node]);
  }
  const isContainer = (node: Placed) => getKind(node.kind)?.container === true;
  const layouts = new Map<string, Layout>();

  /** Places `rows` of items from (x0, y0), wrapping past `rowWidth`, and returns the size they take. */
  const flow = (rows: readonly (readonly Placed[])[], rowWidth: number, x0: number, y0: number, depth: number) => {
    let y = 0;
    let width = 0;
    for (const items of rows.filter((row) => row.length > 0)) {
      let x = 0;
      let rowHeight = 0;
      for (const item of items) {
        const size = sizeOf(item, depth);
        if (x > 0 && x + size.w > rowWidth) {
          x = 0;
          y += rowHeight + GAP;
          rowHeight = 0;
        }
        layouts.set(item.id, { x: x0 + x, y: y0 + y, w: size.w, h: size.h });
        x += size.w + GAP;
        rowHeight = Math.max(rowHeight, size.h);
        width = Math.max(width, x - GAP);
      }
      y += rowHeight + GAP;
    }
    return { w: width, h: Math.max(0, y - GAP) };
  };

  const sizeOf = (node: Placed, depth: number): { w: number; h: number } => {
    const kind = getKind(node.kind);
    if (!kind?.container) return kind?.size ?? RESOURCE_SIZE;
    // The depth bound keeps a parent cycle (possible in unchecked diagrams) from recursing forever.
    const inside = depth < nodes.length ? (children.get(node.id) ?? []) : [];
    const rows = [inside.filter((n) => !isContainer(n)), inside.filter(isContainer)];
    const content = flow(rows, ROW_WIDTH.container, PADDING.left, PADDING.top, depth + 1);
    // Icon, label, kind name (a subnet's with "· private"), badge: roughly what the title bar needs.
    const title = 90 + 7.5 * (node.label ?? node.id).length + 6.5 * (kind.name.en.length + 10);
    return {
      w: Math.max(SMALLEST_BOX.w, title, content.w + PADDING.left + PADDING.right),
      h: Math.max(SMALLEST_BOX.h, content.h + PADDING.top + PADDING.bottom),
    };
  };

  // On the canvas the order is the author's, so a peering connection can sit between its VPCs.
  flow([children.get(null) ?? []], ROW_WIDTH.canvas, 0, 0, 0);
  // Nodes in a parent cycle are reachable from no top-level node: give them a place anyway.
  for (const node of nodes) {
    if (!layouts.has(node.id)) layouts.set(node.id, { x: 0, y: 0, ...(getKind(node.kind)?.size ?? RESOURCE_SIZE) });
  }
  return layouts;
}
