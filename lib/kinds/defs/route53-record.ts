import { z } from "zod";
import { defineKind } from "../types";

export const route53Record = defineKind({
  id: "aws.route53-record",
  name: { en: "Route 53 record", ko: "Route 53 레코드" },
  summary: {
    en: "A DNS record in a hosted zone, answered by its routing policy. Its targets are alias edges and its health check a health-check edge.",
    ko: "호스팅 영역의 DNS 레코드로, 라우팅 정책에 따라 응답합니다. 대상은 별칭 연결로, 상태 확인은 상태 확인 연결로 그립니다.",
  },
  category: "edge-and-dns",
  container: false,
  parents: ["root"],
  props: z.object({
    // Fully qualified; whether it is the zone apex is derived from zoneName.
    name: z.string().min(1).default("example.com"),
    recordType: z
      .enum(["A", "AAAA", "CAA", "CNAME", "DS", "HTTPS", "MX", "NAPTR", "NS", "PTR", "SOA", "SPF", "SRV", "SSHFP", "SVCB", "TLSA", "TXT"])
      .default("A"),
    routingPolicy: z
      .enum(["simple", "weighted", "latency", "failover", "geolocation", "geoproximity", "multivalue", "ip-based"])
      .default("simple"),
    // An alias answers with an AWS resource's addresses and has no TTL of its own.
    alias: z.boolean().default(false),
    evaluateTargetHealth: z.boolean().default(false),
    weight: z.number().int().min(0).optional(),
    failoverRole: z.enum(["PRIMARY", "SECONDARY"]).optional(),
    // Required by every policy except simple, unique among records of the same name and type.
    setIdentifier: z.string().min(1).optional(),
    // Seconds.
    ttl: z.number().int().min(0).optional(),
    // The hosted zone, e.g. example.com; unset when not known.
    zoneName: z.string().min(1).optional(),
    privateZone: z.boolean().default(false),
    // The answers of a non-alias record (ResourceRecords): IP addresses, a domain name…; drawn targets are alias edges.
    values: z.array(z.string().min(1)).default([]),
    // Geolocation: a continent, or a country (with a subdivision for US states); countryCode "*" is the Default location.
    continentCode: z.enum(["AF", "AN", "AS", "EU", "NA", "OC", "SA"]).optional(),
    countryCode: z.string().min(1).optional(),
    subdivisionCode: z.string().min(1).optional(),
    // Geoproximity: how far the record's area grows (positive) or shrinks (negative), -99 to 99.
    bias: z.number().int().optional(),
    // IP-based: the CIDR collection and its location ("*" for the default) the record answers for.
    cidrCollection: z.string().min(1).optional(),
    cidrLocation: z.string().min(1).optional(),
  }),
  cfnType: "AWS::Route53::RecordSet",
  icon: "ArchitectureServiceAmazonRoute53",
  size: { w: 72, h: 72 },
  labelPrefix: "record",
});
