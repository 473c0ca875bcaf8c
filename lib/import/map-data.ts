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

export const dbProxy: Handler = (ctx, r) => {
  const subnets = subnetsOf(ctx, r, "VpcSubnetIds");
  if (subnets.length === 0) return ctx.omitted(r, missing(ctx, r, "VpcSubnetIds", { en: "its subnets are not drawn", ko: "서브넷이 그려지지 않았습니다" }));
  ctx.mapNode(r, "aws.rds-proxy", subnets[0]!, { engineFamily: ctx.text(r, "EngineFamily", AFFECTS.setting) });
  place(ctx, r, subnets);
  memberships(ctx, r, "VpcSecurityGroupIds");
};

const PROXY_TARGET_KINDS = new Set(["aws.rds-instance", "aws.aurora-cluster"]);

/** A proxy's target group: a proxy-target edge to each database of the template it names. */
export const dbProxyTargetGroup: Handler = (ctx, r) => {
  const proxy = ctx.target(r, "DBProxyName", ["AWS::RDS::DBProxy"], AFFECTS.relation);
  if (proxy === undefined || !ctx.nodes.has(proxy)) return ctx.omitted(r, { en: "its proxy is not drawn", ko: "프록시가 그려지지 않았습니다" });
  const named = [...refsIn(ctx.at(r, "DBInstanceIdentifiers")), ...refsIn(ctx.at(r, "DBClusterIdentifiers"))];
  const dbs = [...new Set(named.map((id) => nodeFor(ctx, id)).filter((id): id is string => id !== undefined && PROXY_TARGET_KINDS.has(ctx.nodes.get(id)?.kind ?? "")))];
  if (dbs.length === 0) return ctx.folded(r, proxy, { en: "the proxy's target group, which names no database of the template", ko: "템플릿의 데이터베이스를 가리키지 않는 프록시 대상 그룹" });
  ctx.setOutcome(r, { outcome: "edge", edgeIds: dbs.map((db) => ctx.addEdge("proxy-target", proxy, db, r.id)) });
};

/** Drawn so that the end-of-support rule can say so. */
export const qldbLedger: Handler = (ctx, r) => {
  ctx.mapNode(r, "aws.qldb-ledger", ctx.regionId(), {});
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
    tableClass: ctx.text(r, "TableClass", AFFECTS.setting),
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
    transferAcceleration: literalString(ctx.at(r, "AccelerateConfiguration.AccelerationStatus")) === "Enabled",
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

const INTEGRATION_TYPES = new Set(["AWS_PROXY", "AWS", "HTTP_PROXY", "HTTP", "MOCK"]);

/** Methods and V2 integrations: an invocation edge to the function their integration URI names. */
export const apiIntegration: Handler = (ctx, r) => {
  const v2 = r.type === "AWS::ApiGatewayV2::Integration";
  const api = ctx.target(r, v2 ? "ApiId" : "RestApiId", v2 ? HTTP_APIS : REST_APIS, AFFECTS.relation);
  if (api === undefined || !ctx.nodes.has(api)) return ctx.omitted(r, { en: "its API is not drawn", ko: "API가 그려지지 않았습니다" });
  const uri = ctx.at(r, v2 ? "IntegrationUri" : "Integration.Uri");
  const fns = refsIn(uri).map((id) => functionOf(ctx, new ResourceRef(id))).filter((id): id is string => id !== undefined);
  if (fns.length === 0) return ctx.folded(r, api, { en: "a method or integration that calls no function of the template", ko: "템플릿의 함수를 호출하지 않는 메서드나 통합" });
  // The API's longest integration timeout is what the timeout rule checks.
  const timeout = ctx.number(r, v2 ? "TimeoutInMillis" : "Integration.TimeoutInMillis", AFFECTS.setting);
  const apiNode = ctx.nodes.get(api)!;
  if (timeout !== undefined && !(typeof apiNode.props.integrationTimeoutMs === "number" && apiNode.props.integrationTimeoutMs >= timeout)) apiNode.props.integrationTimeoutMs = timeout;
  const integrationType = ctx.text(r, v2 ? "IntegrationType" : "Integration.Type", AFFECTS.setting);
  const templates = ctx.at(r, v2 ? "RequestTemplates" : "Integration.RequestTemplates");
  const props = {
    ...(integrationType !== undefined && INTEGRATION_TYPES.has(integrationType) ? { integrationType } : {}),
    ...(templates !== undefined ? { mappingTemplates: isRecord(templates) && Object.keys(templates).length > 0 } : {}),
  };
  ctx.setOutcome(r, { outcome: "edge", edgeIds: fns.map((fn) => ctx.addEdge("invocation", api, fn, r.id, props)) });
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
  edgeFunctions(ctx, r);
};

const EDGE_EVENTS = new Set(["viewer-request", "viewer-response", "origin-request", "origin-response"]);

/** Lambda@Edge and CloudFront Functions associations of every cache behavior, as edge-function edges. */
function edgeFunctions(ctx: ImportContext, r: Resource): void {
  const behaviors = [ctx.at(r, "DistributionConfig.DefaultCacheBehavior"), ...list(ctx.at(r, "DistributionConfig.CacheBehaviors"))];
  for (const behavior of behaviors) {
    if (!isRecord(behavior)) continue;
    const cacheBehavior = literalString(behavior.PathPattern) || "*";
    for (const a of list(behavior.LambdaFunctionAssociations)) {
      const ref = isRecord(a) ? a.LambdaFunctionARN : undefined;
      const fn = functionOf(ctx, ref);
      const eventType = isRecord(a) ? literalString(a.EventType) : undefined;
      if (fn === undefined || eventType === undefined || !EDGE_EVENTS.has(eventType)) continue;
      ctx.addEdge("edge-function", r.id, fn, r.id, { eventType, cacheBehavior, qualifier: edgeQualifier(ctx, ref) }, `${r.id}-${cacheBehavior}-${eventType}-${fn}`);
    }
    for (const a of list(behavior.FunctionAssociations)) {
      const fn = isRecord(a) ? ctx.refId(a.FunctionARN) : undefined;
      const eventType = isRecord(a) ? literalString(a.EventType) : undefined;
      if (fn === undefined || eventType === undefined || !EDGE_EVENTS.has(eventType) || ctx.nodes.get(fn)?.kind !== "aws.cloudfront-function") continue;
      ctx.addEdge("edge-function", r.id, fn, r.id, { eventType, cacheBehavior }, `${r.id}-${cacheBehavior}-${eventType}-${fn}`);
    }
  }
}

/** What a Lambda@Edge association names: a published version (its number is not known here), an alias, or the bare function ($LATEST). */
function edgeQualifier(ctx: ImportContext, ref: Value | undefined): string {
  const id = ctx.refId(ref);
  const type = id === undefined ? undefined : ctx.declaredTypes.get(id);
  if (type === "AWS::Lambda::Version") return "1";
  if (type === "AWS::Lambda::Alias") return literalString(ctx.at(ctx.resources.get(id!)!, "Name")) ?? "alias";
  return ref instanceof ResourceRef && ref.attribute === "Version" ? "1" : "$LATEST";
}

export const cloudfrontFunction: Handler = (ctx, r) => {
  const code = literalString(ctx.at(r, "FunctionCode"));
  ctx.mapNode(r, "aws.cloudfront-function", null, {
    runtime: ctx.text(r, "FunctionConfig.Runtime", AFFECTS.setting),
    codeSizeKb: code === undefined ? undefined : Math.ceil((new TextEncoder().encode(code).length / 1024) * 100) / 100,
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
    values: list(ctx.at(set, "ResourceRecords")).map(literalString).filter((v): v is string => v !== undefined && v !== ""),
    continentCode: ctx.text(set, "GeoLocation.ContinentCode", AFFECTS.setting),
    countryCode: ctx.text(set, "GeoLocation.CountryCode", AFFECTS.setting),
    subdivisionCode: ctx.text(set, "GeoLocation.SubdivisionCode", AFFECTS.setting),
    bias: ctx.number(set, "GeoProximityLocation.Bias", AFFECTS.setting),
    cidrCollection: ctx.text(set, "CidrRoutingConfig.CollectionId", AFFECTS.setting),
    cidrLocation: ctx.text(set, "CidrRoutingConfig.LocationName", AFFECTS.setting),
  }, r.id);
  if (zone && zoneRef !== undefined) associateZone(ctx, zone, zoneRef, id, r.id);
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

/** Zones whose VPC associations are drawn already: once per zone, on its first record. */
const associatedZones = new WeakMap<ImportContext, Set<string>>();

/** A private zone's VPCs, as zone-association edges from one of its records. */
function associateZone(ctx: ImportContext, zone: Resource, zoneId: string, recordId: string, origin: string): void {
  const done = associatedZones.get(ctx) ?? new Set<string>();
  associatedZones.set(ctx, done);
  if (done.has(zoneId)) return;
  done.add(zoneId);
  list(ctx.at(zone, "VPCs")).forEach((entry, i) => {
    if (!isRecord(entry)) return;
    const vpc = ctx.target(zone, `VPCs[${i}].VPCId`, ["AWS::EC2::VPC"], AFFECTS.relation, entry.VPCId);
    if (vpc !== undefined) ctx.addEdge("zone-association", recordId, vpc, origin);
  });
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
    endpointType: ctx.text(r, "HealthCheckConfig.EndpointType", AFFECTS.setting),
    ipAddress: ctx.text(r, "HealthCheckConfig.IPAddress", AFFECTS.setting),
    fullyQualifiedDomainName: ctx.text(r, "HealthCheckConfig.FullyQualifiedDomainName", AFFECTS.setting),
    healthThreshold: ctx.number(r, "HealthCheckConfig.HealthThreshold", AFFECTS.setting),
  });
  for (const child of ctx.targets(r, "HealthCheckConfig.ChildHealthChecks", ["AWS::Route53::HealthCheck"], AFFECTS.relation)) ctx.addEdge("health-check", r.id, child, r.id);
};

export const efs: Handler = (ctx, r) => {
  const mountTargets = ctx.ofType("AWS::EFS::MountTarget").filter((m) => ctx.refId(ctx.at(m, "FileSystemId")) === r.id);
  const subnet = mountTargets.map((m) => ctx.refId(ctx.at(m, "SubnetId"))).find((id) => id !== undefined && ctx.resources.has(id));
  const vpc = subnet === undefined ? undefined : ctx.refId(ctx.at(ctx.resources.get(subnet)!, "VpcId"));
  // One policy per transition: [{ TransitionToIA: AFTER_30_DAYS }, { TransitionToArchive: AFTER_90_DAYS }].
  const lifecycle = (key: string) => {
    const policies = list(ctx.at(r, "LifecyclePolicies"));
    const i = policies.findIndex((p) => isRecord(p) && p[key] !== undefined);
    const policy = policies[i];
    return isRecord(policy) ? ctx.text(r, `LifecyclePolicies.${i}.${key}`, AFFECTS.setting, policy[key]) : undefined;
  };
  ctx.mapNode(r, "aws.efs", vpc !== undefined && ctx.declaredTypes.get(vpc) === "AWS::EC2::VPC" ? vpc : ctx.regionId(), {
    performanceMode: ctx.text(r, "PerformanceMode", AFFECTS.setting),
    throughputMode: ctx.text(r, "ThroughputMode", AFFECTS.setting),
    encrypted: ctx.flag(r, "Encrypted", AFFECTS.setting),
    oneZone: ctx.at(r, "AvailabilityZoneName") !== undefined,
    transitionToIa: lifecycle("TransitionToIA"),
    transitionToArchive: lifecycle("TransitionToArchive"),
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
