import { AFFECTS } from "./affects";
import type { ImportContext, Resource } from "./context";
import type { Handler } from "./handlers";
import { memberships, missing, place, subnetsOf } from "./map-network";
import { isRecord, literalString, type Value } from "./values";

const INSTANCE = ["AWS::EC2::Instance"];
const VOLUME = ["AWS::EC2::Volume"];
const FUNCTIONS = ["AWS::Lambda::Function", "AWS::Serverless::Function"];
const LOAD_BALANCER = ["AWS::ElasticLoadBalancingV2::LoadBalancer"];
const TARGET_GROUP = ["AWS::ElasticLoadBalancingV2::TargetGroup"];
const LAUNCH_TEMPLATE = ["AWS::EC2::LaunchTemplate"];
/** Device names AMIs boot from; a mapping for one of them sets the root volume. */
const ROOT_DEVICES = new Set(["/dev/xvda", "/dev/sda1", "/dev/sda"]);

const DEFAULT_VPC = { en: "it names no subnet, so it runs in the account's default VPC, which the template does not describe", ko: "서브넷이 없어 템플릿이 설명하지 않는 계정의 기본 VPC에서 실행됩니다" };

function list(value: Value | undefined): Value[] {
  return Array.isArray(value) ? value : [];
}

/** The launch template a resource names, read for what the resource leaves out. */
function launchTemplateData(ctx: ImportContext, r: Resource): Resource | undefined {
  const ref = ctx.at(r, "LaunchTemplate.LaunchTemplateId") ?? ctx.at(r, "LaunchTemplate.LaunchTemplateName") ?? ctx.at(r, "LaunchTemplateSpecification.LaunchTemplateId");
  const id = ctx.refId(ref);
  const lt = id === undefined || !LAUNCH_TEMPLATE.includes(ctx.declaredTypes.get(id) ?? "") ? undefined : ctx.resources.get(id);
  const data = lt ? ctx.at(lt, "LaunchTemplateData") : undefined;
  return lt && isRecord(data) ? { id: lt.id, type: lt.type, props: data } : undefined;
}

export const ec2Instance: Handler = (ctx, r) => {
  const interfaces = list(ctx.at(r, "NetworkInterfaces"));
  const primary = interfaces.find((ni) => isRecord(ni) && literalString(ni.DeviceIndex) === "0") ?? interfaces[0];
  const primaryPath = `NetworkInterfaces[${Math.max(0, interfaces.indexOf(primary as Value))}]`;
  const subnetValue = ctx.at(r, "SubnetId") ?? (isRecord(primary) ? primary.SubnetId : undefined);
  if (subnetValue === undefined) return ctx.omitted(r, DEFAULT_VPC);
  const subnet = subnetsOf(ctx, r, ctx.at(r, "SubnetId") !== undefined ? "SubnetId" : `${primaryPath}.SubnetId`, subnetValue)[0];
  if (subnet === undefined) return ctx.omitted(r, missing(ctx, { ...r, props: { SubnetId: subnetValue } }, "SubnetId", { en: "its subnet is not drawn", ko: "서브넷이 그려지지 않았습니다" }));
  const lt = launchTemplateData(ctx, r);
  const mappings = list(ctx.at(r, "BlockDeviceMappings"));
  const node = ctx.mapNode(r, "aws.ec2-instance", subnet, {
    instanceType: ctx.text(r, "InstanceType", AFFECTS.setting) ?? (lt && ctx.text(lt, "InstanceType", AFFECTS.setting)),
    associatePublicIp: isRecord(primary) ? ctx.flag(r, `${primaryPath}.AssociatePublicIpAddress`, AFFECTS.publicIp, primary.AssociatePublicIpAddress) : undefined,
    sourceDestCheck: ctx.flag(r, "SourceDestCheck", AFFECTS.routing),
    instanceStore: mappings.some((m) => isRecord(m) && typeof m.VirtualName === "string" && m.VirtualName.startsWith("ephemeral")) || undefined,
    // An IAM role for the instance (Session Manager's agent needs one), given directly or by its launch template.
    instanceProfile: ctx.at(r, "IamInstanceProfile") !== undefined || (lt !== undefined && ctx.at(lt, "IamInstanceProfile") !== undefined) || undefined,
  });
  memberships(ctx, r, "SecurityGroupIds");
  if (isRecord(primary)) memberships(ctx, r, `${primaryPath}.GroupSet`, primary.GroupSet);
  if (lt && ctx.at(r, "SecurityGroupIds") === undefined) memberships(ctx, lt, "SecurityGroupIds", undefined, r.id);
  const volumes: string[] = [];
  mappings.forEach((m, i) => {
    if (!isRecord(m) || !isRecord(m.Ebs)) return;
    const device = literalString(m.DeviceName) ?? `/dev/sd${String.fromCharCode(102 + i)}`;
    const id = `${r.id}-${device.split("/").pop()}`;
    const ebs = { ...r, props: m.Ebs };
    ctx.addNode(id, "aws.ebs-volume", subnet, {
      // The EC2 API's default for a block device mapping.
      volumeType: ctx.text(ebs, "VolumeType", AFFECTS.setting) ?? "gp2",
      size: ctx.number(ebs, "VolumeSize", AFFECTS.setting),
      iops: ctx.number(ebs, "Iops", AFFECTS.setting),
      throughput: ctx.number(ebs, "Throughput", AFFECTS.setting),
      encrypted: ctx.flag(ebs, "Encrypted", AFFECTS.setting),
    }, r.id);
    ctx.addEdge("attachment", id, r.id, r.id, { device, boot: ROOT_DEVICES.has(device) });
    volumes.push(id);
  });
  if (volumes.length > 0) ctx.setOutcome(r, { outcome: "node", nodeIds: [node.id, ...volumes], kind: node.kind });
};

export const volume: Handler = (ctx, r) => {
  const attachment = ctx.ofType("AWS::EC2::VolumeAttachment").find((a) => ctx.refId(ctx.at(a, "VolumeId")) === r.id);
  const instance = attachment && ctx.nodes.get(ctx.refId(ctx.at(attachment, "InstanceId")) ?? "");
  const zone = ctx.text(r, "AvailabilityZone", AFFECTS.zone);
  // Drawn in its zone inside the VPC of the instance it is attached to (else the template's first VPC).
  const subnet = instance?.kind === "aws.ec2-instance" ? instance.parent : null;
  const vpc = (subnet && vpcOfDraft(ctx, subnet)) ?? [...ctx.nodes.values()].find((n) => n.kind === "aws.vpc")?.id;
  const parent = zone !== undefined && vpc !== undefined ? ctx.zoneId(vpc, zone) : subnet;
  if (!parent) return ctx.omitted(r, { en: "neither its zone nor a VPC of the template to draw the zone in is known", ko: "가용 영역도, 그 영역을 그릴 템플릿의 VPC도 알 수 없습니다" });
  if (ctx.at(r, "Size") === undefined && ctx.at(r, "SnapshotId") !== undefined) ctx.unknown(r.id, "Size", "the snapshot's size", AFFECTS.setting);
  ctx.mapNode(r, "aws.ebs-volume", parent, {
    // CloudFormation's default VolumeType.
    volumeType: ctx.text(r, "VolumeType", AFFECTS.setting) ?? "gp2",
    size: ctx.number(r, "Size", AFFECTS.setting),
    iops: ctx.number(r, "Iops", AFFECTS.setting),
    throughput: ctx.number(r, "Throughput", AFFECTS.setting),
    multiAttachEnabled: ctx.flag(r, "MultiAttachEnabled", AFFECTS.setting),
    encrypted: ctx.flag(r, "Encrypted", AFFECTS.setting),
  });
};

/** The VPC a drawn node sits in, walking up its containers. */
export function vpcOfDraft(ctx: ImportContext, id: string): string | undefined {
  for (let current = ctx.nodes.get(id), steps = 0; current && steps < 10; current = current.parent ? ctx.nodes.get(current.parent) : undefined, steps++) {
    if (current.kind === "aws.vpc") return current.id;
  }
  return undefined;
}

export const volumeAttachment: Handler = (ctx, r) => {
  const vol = ctx.target(r, "VolumeId", VOLUME, AFFECTS.relation);
  const instance = ctx.target(r, "InstanceId", INSTANCE, AFFECTS.relation);
  if (vol === undefined || instance === undefined) return ctx.omitted(r, { en: "its volume or instance is not drawn", ko: "볼륨이나 인스턴스가 그려지지 않았습니다" });
  const device = ctx.text(r, "Device", AFFECTS.setting);
  ctx.setOutcome(r, { outcome: "edge", edgeIds: [ctx.addEdge("attachment", vol, instance, r.id, { device, boot: false }, r.id)] });
};

/** Lambda functions, plain and SAM: VpcConfig places them; the rest are settings. */
export const lambdaFunction: Handler = (ctx, r) => {
  const vpcConfig = ctx.at(r, "VpcConfig");
  const subnets = subnetsOf(ctx, r, "VpcConfig.SubnetIds");
  if (vpcConfig !== undefined && subnets.length === 0) {
    // Drawing it outside a VPC would claim the internet access a VPC function lacks.
    return ctx.omitted(r, missing(ctx, r, "VpcConfig.SubnetIds", { en: "it runs in a VPC whose subnets are not drawn", ko: "그려지지 않은 서브넷의 VPC에서 실행됩니다" }));
  }
  const layers = ctx.at(r, "Layers");
  const tracingMode = ctx.text(r, "TracingConfig.Mode", AFFECTS.setting) ?? ctx.text(r, "Tracing", AFFECTS.setting);
  ctx.mapNode(r, "aws.lambda", subnets[0] ?? ctx.regionId(), {
    runtime: ctx.text(r, "Runtime", AFFECTS.setting),
    memorySize: ctx.number(r, "MemorySize", AFFECTS.setting),
    timeout: ctx.number(r, "Timeout", AFFECTS.setting),
    ephemeralStorage: ctx.number(r, "EphemeralStorage.Size", AFFECTS.setting),
    architecture: ctx.text(r, "Architectures.0", AFFECTS.setting, list(ctx.at(r, "Architectures"))[0]),
    packageType: ctx.text(r, "PackageType", AFFECTS.setting),
    layers: Array.isArray(layers) ? layers.length : undefined,
    maximumRetryAttempts: ctx.number(r, "EventInvokeConfig.MaximumRetryAttempts", AFFECTS.setting),
    maximumEventAgeSeconds: ctx.number(r, "EventInvokeConfig.MaximumEventAgeInSeconds", AFFECTS.setting),
    reservedConcurrency: ctx.number(r, "ReservedConcurrentExecutions", AFFECTS.setting),
    tracing: tracingMode === undefined ? undefined : tracingMode === "Active",
  });
  place(ctx, r, subnets);
  memberships(ctx, r, "VpcConfig.SecurityGroupIds");
  const deadLetter = ctx.target(r, "DeadLetterConfig.TargetArn", ["AWS::SQS::Queue", "AWS::SNS::Topic"], AFFECTS.relation);
  if (deadLetter !== undefined) ctx.addEdge("dead-letter-queue", r.id, deadLetter, r.id);
  // A literal bucket name is a bucket outside the template: nothing to draw.
  const codeBucket = ctx.refId(ctx.at(r, "Code.S3Bucket"));
  if (codeBucket !== undefined && ctx.declaredTypes.get(codeBucket) === "AWS::S3::Bucket") ctx.addEdge("code-source", r.id, codeBucket, r.id);
};

/** The function a FunctionName names: the function itself, or the function behind a version or an alias. */
export function functionOf(ctx: ImportContext, value: Value | undefined): string | undefined {
  let id = ctx.refId(value);
  for (let steps = 0; id !== undefined && steps < 3; steps++) {
    const type = ctx.declaredTypes.get(id);
    if (type !== undefined && FUNCTIONS.includes(type)) return id;
    const r = ctx.resources.get(id);
    if (!r || (type !== "AWS::Lambda::Version" && type !== "AWS::Lambda::Alias" && type !== "AWS::Lambda::Url")) return undefined;
    id = ctx.refId(ctx.at(r, type === "AWS::Lambda::Url" ? "TargetFunctionArn" : "FunctionName"));
  }
  return undefined;
}

const EVENT_SOURCES = ["AWS::SQS::Queue", "AWS::DynamoDB::Table", "AWS::Serverless::SimpleTable"];
/** What a Lambda destination or dead-letter queue can name (EventBridge buses are not drawn). */
const FAILURE_TARGETS = ["AWS::SQS::Queue", "AWS::SNS::Topic", "AWS::S3::Bucket", ...FUNCTIONS];

export const eventSourceMapping: Handler = (ctx, r) => {
  const fn = functionOf(ctx, ctx.at(r, "FunctionName"));
  const source = ctx.target(r, "EventSourceArn", EVENT_SOURCES, AFFECTS.relation);
  if (fn === undefined || source === undefined) return ctx.omitted(r, { en: "its function or its source (a queue or a table stream) is not drawn", ko: "함수나 소스(대기열이나 테이블 스트림)가 그려지지 않았습니다" });
  const batchSize = ctx.number(r, "BatchSize", AFFECTS.setting);
  const window = ctx.number(r, "MaximumBatchingWindowInSeconds", AFFECTS.setting);
  const props = { ...(batchSize !== undefined ? { batchSize } : {}), ...(window !== undefined ? { maximumBatchingWindowInSeconds: window } : {}) };
  const edges = [ctx.addEdge("invocation", source, fn, r.id, props, r.id)];
  // Event source mappings have on-failure destinations only.
  const onFailure = ctx.target(r, "DestinationConfig.OnFailure.Destination", FAILURE_TARGETS, AFFECTS.relation);
  if (onFailure !== undefined) edges.push(ctx.addEdge("destination", fn, onFailure, r.id, { invocation: "event-source-mapping", condition: "onFailure" }, `${r.id}-OnFailure`));
  ctx.setOutcome(r, { outcome: "edge", edgeIds: edges });
};

/** Lambda permissions, URLs, versions and aliases: settings of their function, not nodes. */
export const lambdaAttached: Handler = (ctx, r) => {
  const fn = functionOf(ctx, ctx.at(r, r.type === "AWS::Lambda::Url" ? "TargetFunctionArn" : "FunctionName"));
  if (fn === undefined || !ctx.nodes.has(fn)) return ctx.omitted(r, { en: "its function is not drawn", ko: "함수가 그려지지 않았습니다" });
  const what = {
    "AWS::Lambda::Permission": { en: "a resource-based permission: who may invoke the function", ko: "리소스 기반 권한: 누가 함수를 호출할 수 있는지" },
    "AWS::Lambda::Url": { en: `a function URL${literalString(ctx.at(r, "AuthType")) === "NONE" ? " open to anyone (AuthType NONE)" : ""}`, ko: `함수 URL${literalString(ctx.at(r, "AuthType")) === "NONE" ? " (AuthType NONE: 누구나 호출 가능)" : ""}` },
    "AWS::Lambda::Version": { en: "a published version", ko: "게시된 버전" },
    "AWS::Lambda::Alias": { en: "an alias", ko: "별칭" },
    "AWS::Lambda::EventInvokeConfig": { en: "its asynchronous invocation settings", ko: "비동기 호출 설정" },
  }[r.type] ?? { en: "a setting of the function", ko: "함수의 설정" };
  if (r.type === "AWS::Lambda::EventInvokeConfig") {
    const node = ctx.nodes.get(fn)!;
    const retries = ctx.number(r, "MaximumRetryAttempts", AFFECTS.setting);
    const age = ctx.number(r, "MaximumEventAgeInSeconds", AFFECTS.setting);
    if (retries !== undefined) node.props.maximumRetryAttempts = retries;
    if (age !== undefined) node.props.maximumEventAgeSeconds = age;
    for (const condition of ["OnSuccess", "OnFailure"] as const) {
      const target = ctx.target(r, `DestinationConfig.${condition}.Destination`, FAILURE_TARGETS, AFFECTS.relation);
      const props = { invocation: "asynchronous", condition: condition === "OnSuccess" ? "onSuccess" : "onFailure" };
      if (target !== undefined) ctx.addEdge("destination", fn, target, r.id, props, `${r.id}-${condition}`);
    }
  }
  if (r.type === "AWS::Lambda::Url") {
    const node = ctx.nodes.get(fn)!;
    const auth = ctx.text(r, "AuthType", AFFECTS.setting);
    const qualifier = ctx.text(r, "Qualifier", AFFECTS.setting);
    if (auth === "AWS_IAM" || auth === "NONE") node.props.functionUrlAuthType = auth;
    if (qualifier !== undefined && qualifier !== "$LATEST") node.props.functionUrlQualifier = qualifier;
  }
  ctx.folded(r, fn, what);
};

export const layerVersion: Handler = (ctx, r) => {
  const users = ctx.ofType(...FUNCTIONS).filter((f) => ctx.refIds(ctx.at(f, "Layers")).includes(r.id) && ctx.nodes.has(f.id));
  if (users.length === 0) return ctx.omitted(r, { en: "no function of the template uses the layer", ko: "템플릿의 어떤 함수도 이 계층을 쓰지 않습니다" });
  ctx.folded(r, users.map((u) => u.id), { en: "a layer the functions use (counted in their layers)", ko: "함수가 쓰는 계층 (계층 수에 포함)" });
};

const LB_KINDS: Readonly<Record<string, string>> = { application: "aws.alb", network: "aws.nlb", gateway: "aws.gwlb" };

export const loadBalancer: Handler = (ctx, r) => {
  const type = ctx.text(r, "Type", AFFECTS.setting) ?? "application";
  const kind = LB_KINDS[type] ?? "aws.alb";
  const mappings = list(ctx.at(r, "SubnetMappings"));
  const subnets = mappings.length > 0
    ? mappings.flatMap((m, i) => (isRecord(m) ? subnetsOf(ctx, r, `SubnetMappings[${i}].SubnetId`, m.SubnetId) : []))
    : subnetsOf(ctx, r, "Subnets");
  if (subnets.length === 0) return ctx.omitted(r, missing(ctx, r, mappings.length > 0 ? "SubnetMappings" : "Subnets", { en: "its subnets are not drawn", ko: "서브넷이 그려지지 않았습니다" }));
  ctx.mapNode(r, kind, subnets[0]!, {
    scheme: kind === "aws.gwlb" ? undefined : ctx.text(r, "Scheme", AFFECTS.publicIp),
    ipAddressType: ctx.text(r, "IpAddressType", AFFECTS.setting),
  });
  place(ctx, r, subnets);
  memberships(ctx, r, "SecurityGroups");
};

/** The target groups a listener's (or a rule's) forward actions send to. */
function forwardTargets(ctx: ImportContext, r: Resource, path: string): string[] {
  const out: string[] = [];
  list(ctx.at(r, path)).forEach((action, i) => {
    if (!isRecord(action) || literalString(action.Type) !== "forward") return;
    out.push(...ctx.targets(r, `${path}[${i}].TargetGroupArn`, TARGET_GROUP, AFFECTS.relation, action.TargetGroupArn));
    const groups = isRecord(action.ForwardConfig) ? list(action.ForwardConfig.TargetGroups) : [];
    groups.forEach((g, j) => {
      if (isRecord(g)) out.push(...ctx.targets(r, `${path}[${i}].ForwardConfig.TargetGroups[${j}].TargetGroupArn`, TARGET_GROUP, AFFECTS.relation, g.TargetGroupArn));
    });
  });
  return [...new Set(out)];
}

function listenerProps(ctx: ImportContext, listener: Resource, lbKind: string | undefined): Record<string, unknown> {
  if (lbKind === "aws.gwlb") return { protocol: "GENEVE", port: 6081 };
  const protocol = ctx.text(listener, "Protocol", AFFECTS.setting);
  return { protocol, port: ctx.number(listener, "Port", AFFECTS.setting), certificates: protocol === "HTTPS" || protocol === "TLS" ? certificateCount(ctx, listener) : undefined };
}

/** The listener's default certificate plus the SNI ones ListenerCertificate resources add; undefined when not known. */
function certificateCount(ctx: ImportContext, listener: Resource): number | undefined {
  const own = ctx.at(listener, "Certificates");
  if (own !== undefined && !Array.isArray(own)) return undefined;
  const added = ctx
    .ofType("AWS::ElasticLoadBalancingV2::ListenerCertificate")
    .filter((c) => ctx.refId(ctx.at(c, "ListenerArn")) === listener.id)
    .map((c) => ctx.at(c, "Certificates"));
  if (added.some((c) => !Array.isArray(c))) return undefined;
  return list(own).length + added.reduce<number>((sum, c) => sum + list(c).length, 0);
}

export const listener: Handler = (ctx, r) => {
  const lb = ctx.target(r, "LoadBalancerArn", LOAD_BALANCER, AFFECTS.relation);
  const node = lb === undefined ? undefined : ctx.nodes.get(lb);
  if (!node) return ctx.omitted(r, missing(ctx, r, "LoadBalancerArn", { en: "its load balancer is not drawn", ko: "로드 밸런서가 그려지지 않았습니다" }));
  const groups = forwardTargets(ctx, r, "DefaultActions");
  if (groups.length === 0) return ctx.folded(r, node.id, { en: "a listener that does not forward (a redirect or a fixed response)", ko: "전달하지 않는 리스너 (리디렉션이나 고정 응답)" });
  const props = listenerProps(ctx, r, node.kind);
  const ids = groups.map((g) => ctx.addEdge("listener", node.id, g, r.id, props, groups.length === 1 ? r.id : `${r.id}-${g}`));
  ctx.setOutcome(r, { outcome: "edge", edgeIds: ids });
};

/** SNI certificates added to a listener: counted in its certificates, folded into its load balancer. */
export const listenerCertificate: Handler = (ctx, r) => {
  const listenerId = ctx.target(r, "ListenerArn", ["AWS::ElasticLoadBalancingV2::Listener"], AFFECTS.relation);
  const listenerResource = listenerId === undefined ? undefined : ctx.resources.get(listenerId);
  const lb = listenerResource && ctx.nodes.get(ctx.refId(ctx.at(listenerResource, "LoadBalancerArn")) ?? "");
  if (!lb) return ctx.omitted(r, { en: "its listener or load balancer is not drawn", ko: "리스너나 로드 밸런서가 그려지지 않았습니다" });
  ctx.folded(r, lb.id, { en: "certificates of the listener (counted in its certificates)", ko: "리스너의 인증서 (인증서 수에 포함)" });
};

export const listenerRule: Handler = (ctx, r) => {
  const listenerId = ctx.target(r, "ListenerArn", ["AWS::ElasticLoadBalancingV2::Listener"], AFFECTS.relation);
  const listenerResource = listenerId === undefined ? undefined : ctx.resources.get(listenerId);
  const lb = listenerResource && ctx.nodes.get(ctx.refId(ctx.at(listenerResource, "LoadBalancerArn")) ?? "");
  if (!listenerResource || !lb) return ctx.omitted(r, { en: "its listener or load balancer is not drawn", ko: "리스너나 로드 밸런서가 그려지지 않았습니다" });
  const groups = forwardTargets(ctx, r, "Actions");
  if (groups.length === 0) return ctx.folded(r, lb.id, { en: "a listener rule that does not forward", ko: "전달하지 않는 리스너 규칙" });
  const props = listenerProps(ctx, listenerResource, lb.kind);
  ctx.setOutcome(r, { outcome: "edge", edgeIds: groups.map((g) => ctx.addEdge("listener", lb.id, g, r.id, props, `${r.id}-${g}`)) });
};

export const targetGroup: Handler = (ctx, r) => {
  const vpc = ctx.target(r, "VpcId", ["AWS::EC2::VPC"], AFFECTS.placement);
  const targetType = ctx.text(r, "TargetType", AFFECTS.setting);
  ctx.mapNode(r, "aws.target-group", vpc ?? ctx.regionId(), {
    targetType,
    protocol: targetType === "lambda" ? undefined : ctx.text(r, "Protocol", AFFECTS.setting),
    port: targetType === "lambda" ? undefined : ctx.number(r, "Port", AFFECTS.setting),
    healthCheckPath: ctx.text(r, "HealthCheckPath", AFFECTS.setting),
    ...targetGroupAttributes(ctx, r, targetType),
  });
  list(ctx.at(r, "Targets")).forEach((t, i) => {
    if (!isRecord(t)) return;
    const fn = functionOf(ctx, t.Id);
    const target = fn ?? ctx.target(r, `Targets[${i}].Id`, [...INSTANCE, ...LOAD_BALANCER], AFFECTS.relation, t.Id);
    if (target !== undefined) ctx.addEdge("target-registration", r.id, target, r.id);
  });
};

/** AWS's stickiness type when a group turns stickiness on without naming one, by the load balancer its protocol implies. */
const DEFAULT_STICKINESS: Readonly<Record<string, string>> = { HTTP: "lb_cookie", HTTPS: "lb_cookie", TCP: "source_ip", TLS: "source_ip", UDP: "source_ip", TCP_UDP: "source_ip", GENEVE: "source_ip_dest_ip_proto" };

/** The TargetGroupAttributes key/value list, as the target group's props. */
function targetGroupAttributes(ctx: ImportContext, r: Resource, targetType: string | undefined): Record<string, unknown> {
  const values = new Map<string, { path: string; value: Value }>();
  list(ctx.at(r, "TargetGroupAttributes")).forEach((a, i) => {
    const key = isRecord(a) ? literalString(a.Key) : undefined;
    if (key !== undefined && isRecord(a)) values.set(key, { path: `TargetGroupAttributes[${i}].Value`, value: a.Value ?? null });
  });
  const text = (key: string) => {
    const found = values.get(key);
    return found && ctx.text(r, found.path, AFFECTS.setting, found.value);
  };
  const number = (key: string) => {
    const found = values.get(key);
    return found && ctx.number(r, found.path, AFFECTS.setting, found.value);
  };
  const enabled = text("stickiness.enabled");
  const protocol = targetType === "lambda" ? "HTTP" : (ctx.text(r, "Protocol", AFFECTS.setting) ?? "HTTP");
  return {
    deregistrationDelay: number("deregistration_delay.timeout_seconds"),
    stickiness: enabled === undefined ? undefined : enabled === "true" ? (text("stickiness.type") ?? DEFAULT_STICKINESS[protocol]) : "off",
    stickinessDuration: number("stickiness.lb_cookie.duration_seconds"),
    appCookieName: text("stickiness.app_cookie.cookie_name"),
    crossZone: text("load_balancing.cross_zone.enabled"),
  };
}

/** The dynamic scaling policies of the template that scale this group. */
function scalingPolicies(ctx: ImportContext, group: Resource): Record<string, unknown>[] {
  return ctx
    .ofType("AWS::AutoScaling::ScalingPolicy")
    .filter((p) => ctx.refId(ctx.at(p, "AutoScalingGroupName")) === group.id)
    .flatMap((p) => {
      const type = ctx.text(p, "PolicyType", AFFECTS.setting) ?? "SimpleScaling";
      if (type !== "SimpleScaling" && type !== "StepScaling" && type !== "TargetTrackingScaling") return [];
      const predefined = ctx.text(p, "TargetTrackingConfiguration.PredefinedMetricSpecification.PredefinedMetricType", AFFECTS.setting);
      const custom = ctx.at(p, "TargetTrackingConfiguration.CustomizedMetricSpecification") !== undefined;
      const cooldown = ctx.number(p, "Cooldown", AFFECTS.setting);
      return [{ type, ...(predefined ? { metric: predefined } : custom ? { metric: "custom" } : {}), ...(cooldown !== undefined ? { cooldown } : {}) }];
    });
}

export const autoScalingGroup: Handler = (ctx, r) => {
  const subnets = subnetsOf(ctx, r, "VPCZoneIdentifier");
  if (subnets.length === 0 && ctx.at(r, "VPCZoneIdentifier") !== undefined) {
    return ctx.omitted(r, missing(ctx, r, "VPCZoneIdentifier", { en: "its subnets are not drawn", ko: "서브넷이 그려지지 않았습니다" }));
  }
  const lt = launchTemplateData(ctx, r);
  const lc = ctx.resources.get(ctx.refId(ctx.at(r, "LaunchConfigurationName")) ?? "");
  ctx.mapNode(r, "aws.auto-scaling-group", subnets[0] ?? ctx.regionId(), {
    minSize: ctx.number(r, "MinSize", AFFECTS.setting),
    maxSize: ctx.number(r, "MaxSize", AFFECTS.setting),
    desiredCapacity: ctx.number(r, "DesiredCapacity", AFFECTS.setting),
    healthCheckType: ctx.text(r, "HealthCheckType", AFFECTS.setting),
    instanceType: (lt && ctx.text(lt, "InstanceType", AFFECTS.setting)) ?? (lc && ctx.text(lc, "InstanceType", AFFECTS.setting)),
    defaultCooldown: ctx.number(r, "Cooldown", AFFECTS.setting),
    scalingPolicies: scalingPolicies(ctx, r),
  });
  place(ctx, r, subnets);
  if (lt) memberships(ctx, lt, "SecurityGroupIds", undefined, r.id);
  if (lc) memberships(ctx, lc, "SecurityGroups", undefined, r.id);
  for (const tg of ctx.targets(r, "TargetGroupARNs", TARGET_GROUP, AFFECTS.relation)) ctx.addEdge("target-registration", tg, r.id, r.id);
};

export const launchTemplate: Handler = (ctx, r) => {
  const users = ctx.ofType("AWS::AutoScaling::AutoScalingGroup", "AWS::EC2::Instance").filter((u) => {
    const ref = ctx.at(u, "LaunchTemplate.LaunchTemplateId") ?? ctx.at(u, "LaunchTemplate.LaunchTemplateName") ?? ctx.at(u, "LaunchConfigurationName");
    return ctx.refId(ref) === r.id && ctx.nodes.has(u.id);
  });
  if (users.length === 0) return ctx.omitted(r, { en: "nothing drawn launches from it", ko: "이것으로 시작하는 그려진 리소스가 없습니다" });
  ctx.folded(r, users.map((u) => u.id), { en: "the instance type and security groups of what launches from it", ko: "이것으로 시작하는 리소스의 인스턴스 유형과 보안 그룹" });
};
