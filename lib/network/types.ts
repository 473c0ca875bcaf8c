import type { Text } from "../i18n/text";

/** The answer to one reachability question. `unknown` means the diagram leaves out what decides it. */
export type Status = "yes" | "no" | "unknown";

/**
 * One step of a packet's way, naming nodes by id (the UI and the CLI render labels):
 * `fn-1 → private-a → rtb-private 0.0.0.0/0 → nat-1 → public-a → rtb-public 0.0.0.0/0 → igw-1 → internet`.
 */
export type Hop =
  | { kind: "node"; nodeId: string }
  /** A route table and the route that matched: a CIDR, a `pl-…` prefix list, or `local`. */
  | { kind: "route"; nodeId: string; destination: string }
  | { kind: "internet" }
  /** An AWS service's public endpoint, by short service name (`s3`, `sqs`, `execute-api`). */
  | { kind: "service"; service: string };

/** What stops the traffic (or, for `unknown`, what the diagram does not say), and how to change it. */
export interface Blocker {
  nodeId: string;
  /** Machine-readable, for rules and the UI. */
  code: BlockerCode;
  reason: Text;
  fix?: Text;
}

export type BlockerCode =
  | "no-vpc"
  | "no-subnet"
  | "no-route-table"
  | "no-route"
  | "route-to-peering"
  | "route-to-endpoint"
  | "route-target-elsewhere"
  | "ipv4-to-egress-only"
  | "igw-detached"
  | "no-public-ip"
  | "lambda-no-public-ip"
  | "nat-private"
  | "nat-no-eip"
  | "nat-not-in-public-subnet"
  | "nat-not-in-subnet"
  | "nat-no-igw"
  | "nat-instance-source-dest-check"
  | "gwlb-endpoint"
  | "no-ipv6-block"
  | "ipv6-unknown"
  | "public-ip-unknown"
  | "sg-egress"
  | "sg-ingress"
  | "default-sg"
  | "nacl-outbound"
  | "nacl-inbound"
  | "nacl-return"
  | "peering-no-route"
  | "peering-not-transitive"
  | "no-path"
  | "no-port"
  | "private-dns"
  | "endpoint-other-region"
  | "private-api"
  | "on-premises"
  | "not-public";

/** How traffic gets where it goes. */
export type Via =
  | "local"
  | "peering"
  | "internet-gateway"
  | "nat-gateway"
  | "nat-instance"
  | "egress-only-internet-gateway"
  | "gateway-endpoint"
  | "interface-endpoint"
  | "aws-managed"
  | "none";

export interface Verdict {
  status: Status;
  path?: Hop[];
  blocker?: Blocker;
  via?: Via;
  /** Caveats that do not change the status: an assumed default security group, an endpoint-specific DNS name. */
  notes?: Text[];
}

/** A resource in several subnets gets a verdict per subnet and one overall. */
export interface PerSubnet {
  overall: Verdict;
  /** Some subnets say yes and others no: the resource works only part of the time. */
  mixed: boolean;
  bySubnet: Array<{ subnetId: string; verdict: Verdict }>;
}

export type Protocol = "tcp" | "udp";

export interface PortRange {
  protocol: Protocol;
  from: number;
  to: number;
}

/** Whether the internet can open connections to the resource, and on which ports. */
export interface InternetIngress {
  verdict: Verdict;
  /** Ports open from 0.0.0.0/0 after the security groups, the subnets' ACLs and (for load balancers) the listeners. */
  ports: PortRange[];
}

export interface ServiceAccess {
  /** Short service name: `s3`, `dynamodb`, `sqs`, `execute-api`… */
  service: string;
  access: PerSubnet;
}

export interface ConnectionVerdict {
  edgeId: string;
  sourceId: string;
  targetId: string;
  protocol: Protocol;
  /** The port checked; undefined when neither the edge nor the target says (then the verdict is unknown). */
  port?: number;
  verdict: PerSubnet;
}

/** Everything the analysis knows about one resource with a network presence. */
export interface NetworkProfile {
  nodeId: string;
  subnetIds: string[];
  /** The resource's security groups; `defaultGroup` when it has none drawn and so uses the VPC's default group. */
  securityGroups: { ids: string[]; defaultGroup: boolean };
  /** IPv4 connections out to the internet (HTTPS); only for resources that open them. */
  internetEgress?: PerSubnet;
  internetEgressIpv6?: PerSubnet;
  internetIngress: InternetIngress;
  awsServices: ServiceAccess[];
  /** The connection edges the resource is the source or the target of. */
  connections: ConnectionVerdict[];
}

/** What one subnet's route table and ACL decide, shared by every resource in it. */
export interface SubnetRouting {
  subnetId: string;
  vpcId?: string;
  routeTableId?: string;
  naclId?: string;
  /** 0.0.0.0/0 goes to an internet gateway attached to the subnet's VPC. */
  public: boolean;
  /** Where 0.0.0.0/0 leads, for a resource without a public address (NAT), or for one with (IGW). */
  egress: Verdict;
  egressIpv6: Verdict;
}

export interface ReachabilityReport {
  subnets: Record<string, SubnetRouting>;
  profiles: Record<string, NetworkProfile>;
  connections: Record<string, ConnectionVerdict>;
}
