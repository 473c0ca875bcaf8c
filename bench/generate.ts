import { getKind } from "../lib/kinds";
import { FORMAT_NAME, type Diagram, type DiagramEdge, type DiagramNode } from "../lib/diagram/types";
import { currentVersion } from "../lib/diagram/migrations";

/**
 * A realistic diagram of about `target` resources: Regions of VPCs, each spread over two AZs with a
 * public and a private subnet per AZ, an internet gateway, a NAT gateway per AZ, route tables with
 * routes and associations, security groups, Lambdas and instances in the subnets, volumes attached to
 * the instances, an ALB across the public subnets, and connections from functions to a database.
 */
export function generateDiagram(target: number): Diagram {
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  const node = (id: string, kind: string, parent: string | null, props: Record<string, unknown> = {}): string => {
    const def = getKind(kind)!;
    nodes.push({ id, kind, label: id, parent, props: def.props.parse(props) as Record<string, unknown>, layout: { x: 10, y: 40, w: def.size.w, h: def.size.h } });
    return id;
  };
  const edge = (kind: string, source: string, target: string, props: Record<string, unknown> = {}) => {
    edges.push({ id: `e${edges.length}`, kind, source, target, props });
  };
  const region = node("region-1", "aws.region", null);
  for (let v = 0; nodes.length < target; v++) {
    const b = v % 250; // second octet of this VPC's 10.b.0.0/16
    const vpc = node(`vpc-${v}`, "aws.vpc", region, { cidrBlock: `10.${b}.0.0/16` });
    const igw = node(`igw-${v}`, "aws.internet-gateway", vpc);
    const rtPublic = node(`rtb-pub-${v}`, "aws.route-table", vpc, { main: true });
    edge("route", rtPublic, igw, { destination: "0.0.0.0/0" });
    const web = node(`sg-web-${v}`, "aws.security-group", vpc, {
      ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, source: "0.0.0.0/0" }],
    });
    const app = node(`sg-app-${v}`, "aws.security-group", vpc);
    const db = node(`sg-db-${v}`, "aws.security-group", vpc, {
      ingress: [{ protocol: "tcp", fromPort: 5432, toPort: 5432, source: `sg:${app}` }],
    });
    const publics: string[] = [];
    const privates: string[] = [];
    for (const [i, zone] of ["us-east-1a", "us-east-1b"].entries()) {
      const az = node(`az-${v}-${i}`, "aws.availability-zone", vpc, { zoneName: zone });
      const pub = node(`pub-${v}-${i}`, "aws.subnet", az, { cidrBlock: `10.${b}.${i}.0/24`, mapPublicIpOnLaunch: true });
      const priv = node(`priv-${v}-${i}`, "aws.subnet", az, { cidrBlock: `10.${b}.${10 + i}.0/24` });
      publics.push(pub);
      privates.push(priv);
      const nat = node(`nat-${v}-${i}`, "aws.nat-gateway", pub);
      const rtPrivate = node(`rtb-priv-${v}-${i}`, "aws.route-table", vpc);
      edge("route", rtPrivate, nat, { destination: "0.0.0.0/0" });
      edge("association", rtPrivate, priv);
      for (let k = 0; k < 3; k++) {
        const fn = node(`fn-${v}-${i}-${k}`, "aws.lambda", priv);
        edge("membership", fn, app);
      }
      const ec2 = node(`ec2-${v}-${i}`, "aws.ec2-instance", pub, { associatePublicIp: true });
      edge("membership", ec2, web);
      const vol = node(`vol-${v}-${i}`, "aws.ebs-volume", az);
      edge("attachment", vol, ec2, { device: "/dev/sdf", boot: false });
    }
    const rds = node(`rds-${v}`, "aws.rds-instance", privates[0]!, { engine: "postgres" });
    edge("placement", rds, privates[1]!);
    edge("membership", rds, db);
    edge("connection", `fn-${v}-0-0`, rds, { port: 5432 });
    const alb = node(`alb-${v}`, "aws.alb", vpc);
    for (const pub of publics) edge("placement", alb, pub);
    edge("membership", alb, web);
  }
  return { format: FORMAT_NAME, version: currentVersion(), name: `generated ${target}`, nodes, edges, metadata: {} };
}
