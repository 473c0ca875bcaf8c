import { describe, expect, it } from "vitest";
import { build } from "../../tests/fixtures/build";
import { DiagramIndex } from "../diagram/graph";
import { parseIpBlock, type IpBlock } from "./cidr";
import { defaultRoute, gatewayEndpointRoute, isPublicSubnet, lookupRoute, routeTableOf, routesOf } from "./route-tables";

function block(text: string): IpBlock {
  const b = parseIpBlock(text);
  if (!b) throw new Error(text);
  return b;
}

const diagram = build()
  .vpc("vpc-1", null, { cidrBlock: "10.0.0.0/16", secondaryCidrBlocks: ["100.64.0.0/16"] })
  .az("az-a", "vpc-1")
  .subnet("s-1", "az-a", { cidrBlock: "10.0.1.0/24" })
  .subnet("s-2", "az-a", { cidrBlock: "10.0.2.0/24" })
  .igw("igw-1", "vpc-1")
  .nat("nat-1", "s-1")
  .endpoint("vpce-s3", "vpc-1", { serviceName: "com.amazonaws.us-east-1.s3" })
  .vpc("vpc-2", null, { cidrBlock: "10.1.0.0/16" })
  .peering("pcx-1", "vpc-1", "vpc-2")
  .routeTable("rtb-main", "vpc-1", { main: true })
  .route("rtb-main", "igw-1")
  .routeTable("rtb", "vpc-1")
  .route("rtb", "nat-1")
  .route("rtb", "pcx-1", "10.0.0.0/8")
  .route("rtb", "vpce-s3", "pl-63a5400a")
  .associate("rtb", "s-2")
  .diagram();
const index = new DiagramIndex(diagram);
const rtb = index.node("rtb")!;
const routes = routesOf(index, rtb);
const local = [block("10.0.0.0/16"), block("100.64.0.0/16")];

describe("route tables", () => {
  it("explicit association first, else the main table", () => {
    expect(routeTableOf(index, index.node("s-2")!)?.id).toBe("rtb");
    expect(routeTableOf(index, index.node("s-1")!)?.id).toBe("rtb-main");
    expect(isPublicSubnet(index, index.node("s-1")!)).toBe(true);
    expect(isPublicSubnet(index, index.node("s-2")!)).toBe(false);
  });

  it("longest prefix wins: 10.0.0.0/8 over 0.0.0.0/0", () => {
    const hit = lookupRoute(routes, local, block("10.1.5.0/24"));
    expect(hit).toMatchObject({ local: false, route: { destination: "10.0.0.0/8" } });
    expect(lookupRoute(routes, local, block("8.8.8.0/24"))).toMatchObject({ route: { destination: "0.0.0.0/0" } });
  });

  it("the implicit local route covers the primary and secondary CIDRs and always wins for them", () => {
    expect(lookupRoute(routes, local, block("10.0.2.0/24"))).toEqual({ local: true });
    expect(lookupRoute(routes, local, block("100.64.3.0/24"))).toEqual({ local: true });
  });

  it("a prefix-list route matches its gateway endpoint's service, by short or full service name", () => {
    expect(gatewayEndpointRoute(routes, "s3")?.destination).toBe("pl-63a5400a");
    expect(gatewayEndpointRoute(routes, "dynamodb")).toBeUndefined();
  });

  it("finds the default route per address family", () => {
    expect(defaultRoute(routes, 4)?.target.id).toBe("nat-1");
    expect(defaultRoute(routes, 6)).toBeUndefined();
  });
});
