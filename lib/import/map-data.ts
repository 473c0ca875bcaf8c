import { AFFECTS } from "./affects";
import type { ImportContext, Resource } from "./context";
import type { Handler } from "./handlers";
import { functionOf } from "./map-compute";
import { memberships, missing, place, subnetsOf } from "./map-network";
import { isRecord, literalString, refsIn, ResourceRef, type Value } from "./values";

function list(value: Value | undefined): Value[] {
  return Array.isArray(value) ? value : [];
}

const QUEUE = ["AWS::SQS::Queue"];
const TOPIC = ["AWS::SNS::Topic"];
const BUCKET = ["AWS::S3::Bucket"];
const REST_APIS = ["AWS::ApiGateway::RestApi", "AWS::Serverless::Api"];
const HTTP_APIS = ["AWS::ApiGatewayV2::Api", "AWS::Serverless::HttpApi"];

/** The node that stands for a resource: itself, or the one node it was folded into (an Elastic IP → its instance). */
export function nodeFor(ctx: ImportContext, id: string): string | undefined {
  if (ctx.nodes.has(id)) return id;
  const outcome = ctx.outcomes.get(id);
  if (outcome?.outcome === "folded" && outcome.into.length === 1) return outcome.into[0];
  if (ctx.declaredTypes.get(id) === "AWS::Lambda::Url") return functionOf(ctx, ctx.at(ctx.resources.get(id)!, "TargetFunctionArn"));
  return undefined;
}

/** The subnets of a DB or cache subnet group that a property names. */
function groupSubnets(ctx: ImportContext, r: Resource, path: string, groupType: string): string[] | undefined {
  const groupId = ctx.target(r, path, [groupType], AFFECTS.placement);
  const group = groupId === undefined ? undefined : ctx.resources.get(groupId);
  return group ? subnetsOf(ctx, group, "SubnetIds") : undefined;
}

const NO_SUBNET_GROUP = { en: "it names no subnet group, so it sits in the account's default VPC, which the template does not describe", ko: "서브넷 그룹이 없어 템플릿이 설명하지 않는 계정의 기본 VPC에 있습니다" };

export const dbInstance: Handler = (ctx, r) => {
  const cluster = ctx.refId(ctx.at(r, "DBClusterIdentifier"));
  if (cluster !== undefined && ctx.declaredTypes.get(cluster) === "AWS::RDS::DBCluster") {
    return ctx.folded(r, cluster, { en: "an instance of the cluster (counted in its replicas)", ko: "클러스터의 인스턴스 (복제본 수에 포함)" });
  }
  const sourceId = ctx.target(r, "SourceDBInstanceIdentifier", ["AWS::RDS::DBInstance"], AFFECTS.relation);
  const source = sourceId === undefined ? undefined : ctx.resources.get(sourceId);
  // A read replica without a subnet group of its own is created in its source's.
  const groupOwner = ctx.at(r, "DBSubnetGroupName") === undefined && source ? source : r;
  const subnets = groupOwner.props.DBSubnetGroupName === undefined ? undefined : groupSubnets(ctx, groupOwner, "DBSubnetGroupName", "AWS::RDS::DBSubnetGroup");
  if (!subnets || subnets.length === 0) {
    return ctx.omitted(r, groupOwner.props.DBSubnetGroupName === undefined ? NO_SUBNET_GROUP : missing(ctx, groupOwner, "DBSubnetGroupName", { en: "its subnet group's subnets are not drawn", ko: "서브넷 그룹의 서브넷이 그려지지 않았습니다" }));
  }
  const engine = ctx.text(r, "Engine", AFFECTS.setting) ?? (source && ctx.text(source, "Engine", AFFECTS.setting));
  ctx.mapNode(r, "aws.rds-instance", subnets[0]!, {
    engine,
    instanceClass: ctx.text(r, "DBInstanceClass", AFFECTS.setting),
    multiAz: ctx.flag(r, "MultiAZ", AFFECTS.zone),
    publiclyAccessible: ctx.flag(r, "PubliclyAccessible", AFFECTS.publicIp),
    allocatedStorage: ctx.number(r, "AllocatedStorage", AFFECTS.setting),
    port: ctx.number(r, "Port", AFFECTS.securityGroup),
    backupRetentionPeriod: ctx.number(r, "BackupRetentionPeriod", AFFECTS.setting),
  });
  place(ctx, r, subnets);
  memberships(ctx, r, "VPCSecurityGroups");
  if (sourceId !== undefined) ctx.addEdge("replication", sourceId, r.id, r.id);
  else if (ctx.at(r, "SourceDBInstanceIdentifier") !== undefined) {
    ctx.note(r.id, { en: "A read replica of a database outside the template; the replication is not drawn.", ko: "템플릿 밖 데이터베이스의 읽기 전용 복제본이어서 복제를 그리지 않았습니다." });
  }
};

export const dbCluster: Handler = (ctx, r) => {
  const engine = ctx.text(r, "Engine", AFFECTS.setting);
  if (engine !== undefined && !engine.startsWith("aurora")) {
    return ctx.omitted(r, { en: `a Multi-AZ DB cluster of ${engine}, which Archlint does not draw (only Aurora clusters)`, ko: `${engine}의 다중 AZ DB 클러스터는 Archlint가 그리지 않습니다 (Aurora 클러스터만)` });
  }
  const subnets = ctx.at(r, "DBSubnetGroupName") === undefined ? undefined : groupSubnets(ctx, r, "DBSubnetGroupName", "AWS::RDS::DBSubnetGroup");
  if (!subnets || subnets.length === 0) return ctx.omitted(r, ctx.at(r, "DBSubnetGroupName") === undefined ? NO_SUBNET_GROUP : missing(ctx, r, "DBSubnetGroupName", { en: "its subnet group's subnets are not drawn", ko: "서브넷 그룹의 서브넷이 그려지지 않았습니다" }));
  const instances = ctx.ofType("AWS::RDS::DBInstance").filter((i) => ctx.refId(ctx.at(i, "DBClusterIdentifier")) === r.id).length;
  ctx.mapNode(r, "aws.aurora-cluster", subnets[0]!, {
    engine: engine === "aurora" ? "aurora-mysql" : engine,
    replicaCount: Math.max(0, instances - 1),
    serverless: literalString(ctx.at(r, "EngineMode")) === "serverless" || ctx.at(r, "ServerlessV2ScalingConfiguration") !== undefined || undefined,
    globalDatabase: ctx.at(r, "GlobalClusterIdentifier") !== undefined || undefined,
  });
  place(ctx, r, subnets);
  memberships(ctx, r, "VpcSecurityGroupIds");
};

/** Subnet groups and other settings-only resources: folded into the nodes that name them. */
export function foldedInto(users: string[], nameProps: string[], detail: { en: string; ko: string }): Handler {
  return (ctx, r) => {
    const into = ctx.ofType(...users).filter((u) => nameProps.some((p) => refsIn(ctx.at(u, p)).includes(r.id))).map((u) => nodeFor(ctx, u.id)).filter((id): id is string => id !== undefined);
    if (into.length === 0) return ctx.omitted(r, { en: "nothing drawn uses it", ko: "이것을 쓰는 그려진 리소스가 없습니다" });
    ctx.folded(r, [...new Set(into)], detail);
  };
}

export const dynamodbTable: Handler = (ctx, r) => {
  const keys = list(ctx.at(r, "KeySchema"));
  const key = (type: string) => {
    const k = keys.find((x) => isRecord(x) && x.KeyType === type);
    return isRecord(k) ? literalString(k.AttributeName) : undefined;
  };
  const isSimple = r.type === "AWS::Serverless::SimpleTable";
  ctx.mapNode(r, "aws.dynamodb-table", ctx.regionId(), {
    // CloudFormation's default billing mode is PROVISIONED.
    billingMode: isSimple ? (ctx.at(r, "ProvisionedThroughput") ? "PROVISIONED" : "PAY_PER_REQUEST") : (ctx.text(r, "BillingMode", AFFECTS.setting) ?? "PROVISIONED"),
    readCapacityUnits: ctx.number(r, "ProvisionedThroughput.ReadCapacityUnits", AFFECTS.setting),
    writeCapacityUnits: ctx.number(r, "ProvisionedThroughput.WriteCapacityUnits", AFFECTS.setting),
    partitionKey: isSimple ? literalString(ctx.at(r, "PrimaryKey.Name")) : key("HASH"),
    sortKey: key("RANGE"),
    localSecondaryIndexes: list(ctx.at(r, "LocalSecondaryIndexes")).length,
    globalSecondaryIndexes: list(ctx.at(r, "GlobalSecondaryIndexes")).length,
    streamEnabled: ctx.at(r, "StreamSpecification") !== undefined,
  });
};

export const elasticache: Handler = (ctx, r) => {
  const subnets = ctx.at(r, "CacheSubnetGroupName") === undefined ? undefined : groupSubnets(ctx, r, "CacheSubnetGroupName", "AWS::ElastiCache::SubnetGroup");
  if (!subnets || subnets.length === 0) return ctx.omitted(r, ctx.at(r, "CacheSubnetGroupName") === undefined ? NO_SUBNET_GROUP : missing(ctx, r, "CacheSubnetGroupName", { en: "its subnet group's subnets are not drawn", ko: "서브넷 그룹의 서브넷이 그려지지 않았습니다" }));
  const group = r.type === "AWS::ElastiCache::ReplicationGroup";
  const engine = ctx.text(r, "Engine", AFFECTS.setting)?.toLowerCase();
  const shards = group ? ctx.number(r, "NumNodeGroups", AFFECTS.setting) : ctx.number(r, "NumCacheNodes", AFFECTS.setting);
  const clusters = group ? ctx.number(r, "NumCacheClusters", AFFECTS.setting) : undefined;
  ctx.mapNode(r, "aws.elasticache-cluster", subnets[0]!, {
    engine: engine === "redis" || engine === "valkey" || engine === "memcached" ? engine : undefined,
    nodeType: ctx.text(r, "CacheNodeType", AFFECTS.setting),
    numShards: shards,
    replicasPerShard: group ? (ctx.number(r, "ReplicasPerNodeGroup", AFFECTS.setting) ?? (clusters !== undefined ? clusters - 1 : undefined)) : undefined,
    clusterMode: group ? (shards !== undefined && shards > 1) || literalString(ctx.at(r, "ClusterMode")) === "enabled" : undefined,
    multiAz: group ? ctx.flag(r, "MultiAZEnabled", AFFECTS.zone) : undefined,
  });
  place(ctx, r, subnets);
  memberships(ctx, r, group ? "SecurityGroupIds" : "VpcSecurityGroupIds");
};

export const s3Bucket: Handler = (ctx, r) => {
  const block = ctx.at(r, "PublicAccessBlockConfiguration");
  const settings = ["BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"];
  ctx.mapNode(r, "aws.s3-bucket", ctx.regionId(), {
    bucketName: ctx.text(r, "BucketName", AFFECTS.setting),
    versioning: literalString(ctx.at(r, "VersioningConfiguration.Status")) === "Enabled",
    websiteHosting: ctx.at(r, "WebsiteConfiguration") !== undefined,
    blockPublicAccess: isRecord(block) ? settings.every((s) => literalString(block[s]) === "true") : undefined,
  });
  const notifications: Array<[string, string, readonly string[]]> = [
    ["LambdaConfigurations", "Function", []],
    ["QueueConfigurations", "Queue", QUEUE],
    ["TopicConfigurations", "Topic", TOPIC],
  ];
  for (const [listKey, targetKey, types] of notifications) {
    list(ctx.at(r, `NotificationConfiguration.${listKey}`)).forEach((c, i) => {
      if (!isRecord(c)) return;
      const path = `NotificationConfiguration.${listKey}[${i}].${targetKey}`;
      const target = types.length === 0 ? functionOf(ctx, c[targetKey]) : ctx.target(r, path, types, AFFECTS.relation, c[targetKey]);
      if (target !== undefined) ctx.addEdge("invocation", r.id, target, r.id);
      else if (types.length === 0) ctx.unknown(r.id, path, "not a function of this template", AFFECTS.relation);
    });
  }
  list(ctx.at(r, "ReplicationConfiguration.Rules")).forEach((rule) => {
    if (!isRecord(rule) || !isRecord(rule.Destination)) return;
    const targets = refsIn(rule.Destination.Bucket).filter((id) => BUCKET.includes(ctx.declaredTypes.get(id) ?? ""));
    if (targets.length === 0) ctx.note(r.id, { en: "It replicates to a bucket outside the template; the replication is not drawn.", ko: "템플릿 밖 버킷으로 복제하므로 복제를 그리지 않았습니다." });
    for (const target of targets) ctx.addEdge("replication", r.id, target, r.id);
  });
};

export const sqsQueue: Handler = (ctx, r) => {
  ctx.mapNode(r, "aws.sqs-queue", ctx.regionId(), {
    fifo: ctx.flag(r, "FifoQueue", AFFECTS.setting),
    visibilityTimeout: ctx.number(r, "VisibilityTimeout", AFFECTS.setting),
    messageRetentionPeriod: ctx.number(r, "MessageRetentionPeriod", AFFECTS.setting),
    receiveMessageWaitTimeSeconds: ctx.number(r, "ReceiveMessageWaitTimeSeconds", AFFECTS.setting),
    hasDeadLetterQueue: ctx.at(r, "RedrivePolicy") !== undefined,
  });
};

/** A subscriber named by an endpoint: a function or a queue of the template. */
function subscriber(ctx: ImportContext, endpoint: Value | undefined): string | undefined {
  return functionOf(ctx, endpoint) ?? refsIn(endpoint).find((id) => QUEUE.includes(ctx.declaredTypes.get(id) ?? ""));
}

export const snsTopic: Handler = (ctx, r) => {
  ctx.mapNode(r, "aws.sns-topic", ctx.regionId(), { fifo: ctx.flag(r, "FifoTopic", AFFECTS.setting) });
  for (const sub of list(ctx.at(r, "Subscription"))) {
    const target = isRecord(sub) ? subscriber(ctx, sub.Endpoint) : undefined;
    if (target !== undefined) ctx.addEdge("invocation", r.id, target, r.id);
  }
};

export const snsSubscription: Handler = (ctx, r) => {
  const topic = ctx.target(r, "TopicArn", TOPIC, AFFECTS.relation);
  const target = subscriber(ctx, ctx.at(r, "Endpoint"));
  if (topic === undefined || target === undefined) return ctx.omitted(r, { en: "its topic, or its endpoint (a function or a queue of the template), is not drawn", ko: "주제나 엔드포인트(템플릿의 함수나 대기열)가 그려지지 않았습니다" });
  ctx.setOutcome(r, { outcome: "edge", edgeIds: [ctx.addEdge("invocation", topic, target, r.id, {}, r.id)] });
};

export const restApi: Handler = (ctx, r) => {
  const configured = ctx.at(r, "EndpointConfiguration");
  // SAM writes EndpointConfiguration as a string or {Type}; CloudFormation as {Types: [...]}. REST APIs default to EDGE.
  const type = typeof configured === "string" ? configured : (ctx.text(r, "EndpointConfiguration.Type", AFFECTS.setting) ?? ctx.text(r, "EndpointConfiguration.Types.0", AFFECTS.setting, list(ctx.at(r, "EndpointConfiguration.Types"))[0]));
  ctx.mapNode(r, "aws.api-gateway", ctx.regionId(), {
    apiType: "REST",
    endpointType: type ?? "EDGE",
    cacheEnabled: ctx.flag(r, "CacheClusterEnabled", AFFECTS.setting),
    cacheSizeGb: ctx.text(r, "CacheClusterSize", AFFECTS.setting),
  });
};

export const httpApi: Handler = (ctx, r) => {
  const protocol = r.type === "AWS::Serverless::HttpApi" ? "HTTP" : ctx.text(r, "ProtocolType", AFFECTS.setting);
  ctx.mapNode(r, "aws.api-gateway", ctx.regionId(), { apiType: protocol === "WEBSOCKET" ? "WEBSOCKET" : "HTTP", endpointType: "REGIONAL" });
};

export const apiStage: Handler = (ctx, r) => {
  const api = ctx.target(r, "RestApiId", REST_APIS, AFFECTS.setting);
  const node = api === undefined ? undefined : ctx.nodes.get(api);
  if (!node) return ctx.omitted(r, { en: "its API is not drawn", ko: "API가 그려지지 않았습니다" });
  const enabled = ctx.flag(r, "CacheClusterEnabled", AFFECTS.setting);
  const size = ctx.text(r, "CacheClusterSize", AFFECTS.setting);
  const ttl = list(ctx.at(r, "MethodSettings")).map((m) => (isRecord(m) ? Number(literalString(m.CacheTtlInSeconds)) : NaN)).find(Number.isFinite);
  if (enabled !== undefined) node.props.cacheEnabled = enabled;
  if (size !== undefined) node.props.cacheSizeGb = size;
  if (ttl !== undefined) node.props.cacheTtlSeconds = ttl;
  ctx.folded(r, node.id, { en: "a stage of the API (its cache settings)", ko: "API의 스테이지 (캐시 설정)" });
};

/** Methods and V2 integrations: an invocation edge to the function their integration URI names. */
export const apiIntegration: Handler = (ctx, r) => {
  const v2 = r.type === "AWS::ApiGatewayV2::Integration";
  const api = ctx.target(r, v2 ? "ApiId" : "RestApiId", v2 ? HTTP_APIS : REST_APIS, AFFECTS.relation);
  if (api === undefined || !ctx.nodes.has(api)) return ctx.omitted(r, { en: "its API is not drawn", ko: "API가 그려지지 않았습니다" });
  const uri = ctx.at(r, v2 ? "IntegrationUri" : "Integration.Uri");
  const fns = refsIn(uri).map((id) => functionOf(ctx, new ResourceRef(id))).filter((id): id is string => id !== undefined);
  if (fns.length === 0) return ctx.folded(r, api, { en: "a method or integration that calls no function of the template", ko: "템플릿의 함수를 호출하지 않는 메서드나 통합" });
  ctx.setOutcome(r, { outcome: "edge", edgeIds: fns.map((fn) => ctx.addEdge("invocation", api, fn, r.id)) });
};

export const apiPart: Handler = (ctx, r) => {
  const api = ctx.refId(ctx.at(r, "RestApiId") ?? ctx.at(r, "ApiId"));
  if (api === undefined || !ctx.nodes.has(api)) return ctx.omitted(r, { en: "its API is not drawn", ko: "API가 그려지지 않았습니다" });
  ctx.folded(r, api, { en: "a part of the API's definition", ko: "API 정의의 일부" });
};

const ORIGIN_KINDS = new Set(["aws.s3-bucket", "aws.alb", "aws.nlb", "aws.api-gateway", "aws.ec2-instance", "aws.lambda"]);

export const cloudfront: Handler = (ctx, r) => {
  const certificate = ctx.at(r, "DistributionConfig.ViewerCertificate.AcmCertificateArn");
  const arn = literalString(certificate);
  const certRegion = arn !== undefined ? arn.split(":")[3] : ctx.refId(certificate) !== undefined ? ctx.region : undefined;
  ctx.mapNode(r, "aws.cloudfront-distribution", null, {
    priceClass: ctx.text(r, "DistributionConfig.PriceClass", AFFECTS.setting),
    viewerProtocolPolicy: ctx.text(r, "DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy", AFFECTS.setting),
    aliases: list(ctx.at(r, "DistributionConfig.Aliases")).map(literalString).filter((a): a is string => a !== undefined),
    certificateRegion: certRegion || undefined,
  });
  list(ctx.at(r, "DistributionConfig.Origins")).forEach((origin, i) => {
    if (!isRecord(origin)) return;
    const targets = refsIn(origin.DomainName).map((id) => nodeFor(ctx, id)).filter((id): id is string => id !== undefined && ORIGIN_KINDS.has(ctx.nodes.get(id)?.kind ?? ""));
    if (targets.length === 0) ctx.note(r.id, { en: `Origin ${literalString(origin.Id) ?? i} is not a resource of the template; it is not drawn.`, ko: `오리진 ${literalString(origin.Id) ?? i}은(는) 템플릿의 리소스가 아니어서 그리지 않았습니다.` });
    for (const target of targets) ctx.addEdge("origin", r.id, target, r.id);
  });
};

const ALIAS_KINDS = new Set(["aws.alb", "aws.nlb", "aws.cloudfront-distribution", "aws.api-gateway", "aws.s3-bucket", "aws.vpc-endpoint", "aws.route53-record", "aws.ec2-instance"]);

function stripDot(name: string | undefined): string | undefined {
  return name?.endsWith(".") ? name.slice(0, -1) : name;
}

/** One record of a RecordSet or a RecordSetGroup; `set` is the record's own properties. */
function record(ctx: ImportContext, r: Resource, set: Resource, id: string, group: Resource): void {
  const zoneRef = ctx.refId(ctx.at(set, "HostedZoneId") ?? ctx.at(group, "HostedZoneId"));
  const zone = zoneRef === undefined ? undefined : ctx.resources.get(zoneRef);
  const zoneName = stripDot(ctx.text(set, "HostedZoneName", AFFECTS.setting) ?? ctx.text(group, "HostedZoneName", AFFECTS.setting) ?? (zone && ctx.text(zone, "Name", AFFECTS.setting)));
  const policy =
    ctx.at(set, "Failover") !== undefined ? "failover"
    : ctx.at(set, "Weight") !== undefined ? "weighted"
    : ctx.at(set, "Region") !== undefined ? "latency"
    : ctx.at(set, "GeoLocation") !== undefined ? "geolocation"
    : ctx.at(set, "GeoProximityLocation") !== undefined ? "geoproximity"
    : literalString(ctx.at(set, "MultiValueAnswer")) === "true" ? "multivalue"
    : ctx.at(set, "CidrRoutingConfig") !== undefined ? "ip-based"
    : "simple";
  ctx.addNode(id, "aws.route53-record", null, {
    name: stripDot(ctx.text(set, "Name", AFFECTS.setting)),
    recordType: ctx.text(set, "Type", AFFECTS.setting),
    routingPolicy: policy,
    alias: ctx.at(set, "AliasTarget") !== undefined,
    evaluateTargetHealth: ctx.flag(set, "AliasTarget.EvaluateTargetHealth", AFFECTS.setting),
    weight: ctx.number(set, "Weight", AFFECTS.setting),
    failoverRole: ctx.text(set, "Failover", AFFECTS.setting),
    setIdentifier: ctx.text(set, "SetIdentifier", AFFECTS.setting),
    ttl: ctx.number(set, "TTL", AFFECTS.setting),
    zoneName,
    privateZone: zone ? list(ctx.at(zone, "VPCs")).length > 0 : undefined,
  }, r.id);
  const targets = [...refsIn(ctx.at(set, "AliasTarget.DNSName")), ...refsIn(ctx.at(set, "ResourceRecords"))];
  for (const target of targets) {
    const node = nodeFor(ctx, target);
    // A record pointing at another record of the template is drawn once both exist (ids resolve later).
    if (node !== undefined && ALIAS_KINDS.has(ctx.nodes.get(node)?.kind ?? "")) ctx.addEdge("alias", id, node, r.id);
    else if (ctx.declaredTypes.get(target) === "AWS::Route53::RecordSet") ctx.addEdge("alias", id, target, r.id);
  }
  // An alias to an S3 website endpoint answers with the bucket named like the record.
  const dnsName = literalString(ctx.at(set, "AliasTarget.DNSName"));
  const name = stripDot(literalString(ctx.at(set, "Name")));
  if (dnsName !== undefined && /^s3-website[.-]/.test(dnsName) && name !== undefined) {
    const bucket = [...ctx.nodes.values()].find((n) => n.kind === "aws.s3-bucket" && n.props.bucketName === name);
    if (bucket) ctx.addEdge("alias", id, bucket.id, r.id);
  }
  const check = ctx.target(set, "HealthCheckId", ["AWS::Route53::HealthCheck"], AFFECTS.relation);
  if (check !== undefined) ctx.addEdge("health-check", id, check, r.id);
}

export const recordSet: Handler = (ctx, r) => {
  record(ctx, r, r, r.id, r);
  ctx.setOutcome(r, { outcome: "node", nodeIds: [r.id], kind: "aws.route53-record" });
};

export const recordSetGroup: Handler = (ctx, r) => {
  const ids: string[] = [];
  list(ctx.at(r, "RecordSets")).forEach((set, i) => {
    if (!isRecord(set)) return;
    const id = `${r.id}-${i + 1}`;
    record(ctx, r, { ...r, props: set }, id, r);
    ids.push(id);
  });
  if (ids.length === 0) return ctx.omitted(r, { en: "it holds no record sets", ko: "레코드 세트가 없습니다" });
  ctx.setOutcome(r, { outcome: "node", nodeIds: ids, kind: "aws.route53-record" });
};

export const healthCheck: Handler = (ctx, r) => {
  ctx.mapNode(r, "aws.route53-health-check", null, {
    type: ctx.text(r, "HealthCheckConfig.Type", AFFECTS.setting),
    failureThreshold: ctx.number(r, "HealthCheckConfig.FailureThreshold", AFFECTS.setting),
    requestInterval: ctx.number(r, "HealthCheckConfig.RequestInterval", AFFECTS.setting),
    port: ctx.number(r, "HealthCheckConfig.Port", AFFECTS.setting),
    resourcePath: ctx.text(r, "HealthCheckConfig.ResourcePath", AFFECTS.setting),
  });
};

export const efs: Handler = (ctx, r) => {
  const mountTargets = ctx.ofType("AWS::EFS::MountTarget").filter((m) => ctx.refId(ctx.at(m, "FileSystemId")) === r.id);
  const subnet = mountTargets.map((m) => ctx.refId(ctx.at(m, "SubnetId"))).find((id) => id !== undefined && ctx.resources.has(id));
  const vpc = subnet === undefined ? undefined : ctx.refId(ctx.at(ctx.resources.get(subnet)!, "VpcId"));
  ctx.mapNode(r, "aws.efs", vpc !== undefined && ctx.declaredTypes.get(vpc) === "AWS::EC2::VPC" ? vpc : ctx.regionId(), {
    performanceMode: ctx.text(r, "PerformanceMode", AFFECTS.setting),
    throughputMode: ctx.text(r, "ThroughputMode", AFFECTS.setting),
    encrypted: ctx.flag(r, "Encrypted", AFFECTS.setting),
    oneZone: ctx.at(r, "AvailabilityZoneName") !== undefined,
  });
};

export const mountTarget: Handler = (ctx, r) => {
  const fs = ctx.target(r, "FileSystemId", ["AWS::EFS::FileSystem"], AFFECTS.relation);
  const subnet = subnetsOf(ctx, r, "SubnetId")[0];
  if (fs === undefined || subnet === undefined) return ctx.omitted(r, { en: "its file system or subnet is not drawn", ko: "파일 시스템이나 서브넷이 그려지지 않았습니다" });
  const edge = ctx.addEdge("placement", fs, subnet, r.id, {}, r.id);
  memberships(ctx, r, "SecurityGroups", undefined, fs);
  ctx.setOutcome(r, { outcome: "edge", edgeIds: [edge] });
};
