import type { Diagram, DiagramEdge, DiagramNode } from "./types";

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * Read-only indexes over one diagram, built once in O(n) so rules and the reachability analysis
 * never scan the whole diagram to answer "whose children", "which edges", "which AZ".
 */
export class DiagramIndex {
  readonly diagram: Diagram;
  private readonly nodes = new Map<string, DiagramNode>();
  private readonly children = new Map<string, DiagramNode[]>();
  private readonly byKind = new Map<string, DiagramNode[]>();
  private readonly outgoing = new Map<string, DiagramEdge[]>();
  private readonly incoming = new Map<string, DiagramEdge[]>();
  private readonly roots: DiagramNode[] = [];

  /**
   * `around`: nodes outside `diagram` that lookups (`node`, `parent`, `ancestor`, `label`) still find but
   * nothing lists, such as the Regions around a part of a bigger diagram checked on its own.
   */
  constructor(diagram: Diagram, around: readonly DiagramNode[] = EMPTY) {
    this.diagram = diagram;
    for (const node of around) this.nodes.set(node.id, node);
    for (const node of diagram.nodes) {
      this.nodes.set(node.id, node);
      push(this.byKind, node.kind, node);
    }
    for (const node of diagram.nodes) {
      if (node.parent !== null && this.nodes.has(node.parent)) push(this.children, node.parent, node);
      else this.roots.push(node);
    }
    for (const edge of diagram.edges) {
      push(this.outgoing, edge.source, edge);
      push(this.incoming, edge.target, edge);
    }
  }

  node(id: string): DiagramNode | undefined {
    return this.nodes.get(id);
  }

  /** The node's label, or its id where it has none: what messages call a resource. */
  label(id: string): string {
    const node = this.nodes.get(id);
    return node ? node.label || node.id : id;
  }

  parent(node: DiagramNode): DiagramNode | undefined {
    return node.parent === null ? undefined : this.nodes.get(node.parent);
  }

  childrenOf(id: string): readonly DiagramNode[] {
    return this.children.get(id) ?? EMPTY;
  }

  topLevel(): readonly DiagramNode[] {
    return this.roots;
  }

  ofKind(kind: string): readonly DiagramNode[] {
    return this.byKind.get(kind) ?? EMPTY;
  }

  edgesFrom(id: string, kind?: string): readonly DiagramEdge[] {
    const all = this.outgoing.get(id) ?? EMPTY;
    return kind === undefined ? all : all.filter((e) => e.kind === kind);
  }

  edgesTo(id: string, kind?: string): readonly DiagramEdge[] {
    const all = this.incoming.get(id) ?? EMPTY;
    return kind === undefined ? all : all.filter((e) => e.kind === kind);
  }

  /** The nearest container of the given kind around the node (not the node itself). Bounded, so a cycle cannot hang it. */
  ancestor(node: DiagramNode, kind: string): DiagramNode | undefined {
    let current = this.parent(node);
    for (let steps = 0; current && steps < this.nodes.size; steps++) {
      if (current.kind === kind) return current;
      current = this.parent(current);
    }
    return undefined;
  }

  vpcOf(node: DiagramNode): DiagramNode | undefined {
    return node.kind === "aws.vpc" ? node : this.ancestor(node, "aws.vpc");
  }

  /** The zone name (e.g. `us-east-1a`) of the AZ the node is drawn in, if any. */
  zoneOf(node: DiagramNode): string | undefined {
    const az = node.kind === "aws.availability-zone" ? node : this.ancestor(node, "aws.availability-zone");
    const zone = az?.props.zoneName;
    return typeof zone === "string" ? zone : undefined;
  }

  private subnetsByVpc: Map<string, DiagramNode[]> | undefined;

  /** The subnets drawn inside a VPC (directly or in its AZs), grouped once on first use. */
  subnetsInVpc(vpcId: string): readonly DiagramNode[] {
    if (!this.subnetsByVpc) {
      this.subnetsByVpc = new Map();
      for (const subnet of this.ofKind("aws.subnet")) {
        const vpc = this.vpcOf(subnet);
        if (vpc) push(this.subnetsByVpc, vpc.id, subnet);
      }
    }
    return this.subnetsByVpc.get(vpcId) ?? EMPTY;
  }

  /**
   * The subnets a resource has network interfaces in: the subnet it is drawn in, plus every subnet it
   * is joined to by a placement edge (a Lambda's VPC subnets, a load balancer's, an EFS mount target's).
   */
  subnetsOf(node: DiagramNode): DiagramNode[] {
    const result: DiagramNode[] = [];
    const seen = new Set<string>();
    const drawnIn = node.kind === "aws.subnet" ? undefined : this.ancestor(node, "aws.subnet");
    if (drawnIn) {
      result.push(drawnIn);
      seen.add(drawnIn.id);
    }
    for (const edge of this.edgesFrom(node.id, "placement")) {
      const subnet = this.nodes.get(edge.target);
      if (subnet && !seen.has(subnet.id)) {
        result.push(subnet);
        seen.add(subnet.id);
      }
    }
    return result;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
