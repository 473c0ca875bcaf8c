import { applyOps, type DiagramOp } from "../diagram/ops";
import type { Diagram } from "../diagram/types";
import { ebsMultiAttach } from "./ebs-multi-attach";
import { eventPipeline } from "./event-pipeline";
import { lambdaPublicSubnet } from "./lambda-public-subnet";
import { lambdaVpcEndpoints } from "./lambda-vpc-endpoints";
import { lambdaVpcNat } from "./lambda-vpc-nat";
import { LAYOUTS } from "./layouts";
import { multiAttachGp3 } from "./multi-attach-gp3";
import { route53Failover } from "./route53-failover";
import { serverlessApi } from "./serverless-api";
import { staticSiteCloudfront } from "./static-site-cloudfront";
import { threeTierWebApp } from "./three-tier-web-app";
import type { Template } from "./types";

export type { Template } from "./types";

/** The gallery's order: sound designs first, then the ones broken on purpose. */
export const TEMPLATES: readonly Template[] = [
  threeTierWebApp,
  serverlessApi,
  lambdaVpcNat,
  lambdaVpcEndpoints,
  ebsMultiAttach,
  staticSiteCloudfront,
  eventPipeline,
  route53Failover,
  lambdaPublicSubnet,
  multiAttachGp3,
];

export function getTemplate(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

/** The template's diagram with its stored auto-layout (the builder's plain rows where none is stored). */
export function templateDiagram(template: Template): Diagram {
  const diagram = template.build();
  const boxes = LAYOUTS[template.id];
  if (!boxes) return diagram;
  const ops: DiagramOp[] = [];
  for (const node of diagram.nodes) {
    const box = boxes[node.id];
    if (box) ops.push({ op: "updateNode", id: node.id, layout: { x: box[0], y: box[1], w: box[2], h: box[3] } });
  }
  return applyOps(diagram, ops);
}
