import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./route53-health-check-types";

/** Calculated check `calc` (props as given) over endpoint checks `c-1` … `c-n`. */
const calculated = (count: number, props: Record<string, unknown> = {}) => {
  const b = build().healthCheck("calc", { type: "CALCULATED", ...props });
  for (let i = 1; i <= count; i++) b.healthCheck(`c-${i}`, { type: "HTTPS", fullyQualifiedDomainName: `s${i}.example.com` }).edge("health-check", "calc", `c-${i}`);
  return b;
};

testRule(rule, {
  valid: [
    { name: "an HTTPS check of a public domain name", diagram: build().healthCheck("hc", { type: "HTTPS", fullyQualifiedDomainName: "app.example.com" }).diagram() },
    { name: "a TCP check of a public IP address", diagram: build().healthCheck("hc", { type: "TCP", ipAddress: "203.0.113.10", port: 22 }).diagram() },
    { name: "a calculated check needing 2 of its 3 children", diagram: calculated(3, { healthThreshold: 2 }).diagram() },
    { name: "a CloudWatch-alarm check for a private resource needs no endpoint", diagram: build().healthCheck("hc", { type: "CLOUDWATCH_METRIC" }).diagram() },
    { name: "a health threshold of 0: always healthy, allowed", diagram: calculated(1, { healthThreshold: 0 }).diagram() },
    { name: "a private endpoint check of a private address, sent from a health check source in the VPC", diagram: build().healthCheck("hc", { type: "HTTP", endpointType: "PRIVATE", ipAddress: "10.0.1.15" }).diagram() },
  ],
  invalid: [
    {
      name: "an HTTP check of a private IP address",
      diagram: build().healthCheck("hc", { type: "HTTP", ipAddress: "10.0.1.15" }).diagram(),
      expect: [{ messageId: "privateEndpoint", message: "Public endpoint health check hc probes 10.0.1.15, an address Route 53's health checkers on the internet cannot reach", nodeIds: ["hc"], severity: "error" }],
    },
    {
      name: "a TCP check of a unique-local IPv6 address",
      diagram: build().healthCheck("hc", { type: "TCP", ipAddress: "fd12:3456::1" }).diagram(),
      expect: [{ messageId: "privateEndpoint", nodeIds: ["hc"] }],
    },
    {
      name: "an endpoint check with no endpoint",
      diagram: build().healthCheck("hc", { type: "HTTPS" }).diagram(),
      expect: [{ messageId: "noEndpoint", message: "The diagram gives HTTPS health check hc no endpoint", nodeIds: ["hc"], severity: "info" }],
    },
    {
      name: "a calculated check with no children",
      diagram: build().healthCheck("calc", { type: "CALCULATED" }).diagram(),
      expect: [{ messageId: "noChildren", nodeIds: ["calc"], severity: "warning" }],
    },
    {
      name: "a threshold above the number of children: always unhealthy",
      diagram: calculated(2, { healthThreshold: 3 }).diagram(),
      expect: [
        {
          messageId: "thresholdAboveChildren",
          message: "needs 3 healthy children but has only 2, so Route 53 always considers it unhealthy",
          nodeIds: ["calc", "c-1", "c-2"],
          severity: "warning",
          fixes: ["Set the health threshold to 2"],
        },
      ],
    },
    {
      name: "a threshold beyond 256",
      diagram: calculated(2, { healthThreshold: 300 }).diagram(),
      expect: [{ messageId: "thresholdRange", nodeIds: ["calc"], fixes: ["Set the health threshold to 2"] }],
    },
    {
      name: "more than 256 children",
      diagram: calculated(257).diagram(),
      expect: [{ messageId: "tooManyChildren", message: "has 257 child health checks; it can combine at most 256", nodeIds: ["calc"] }],
    },
    {
      name: "an HTTP check with children",
      diagram: build().healthCheck("parent", { type: "HTTP", fullyQualifiedDomainName: "app.example.com" }).healthCheck("child", { type: "TCP", ipAddress: "203.0.113.10" }).edge("health-check", "parent", "child").diagram(),
      expect: [{ messageId: "childrenNotCalculated", message: "HTTP health check parent has child health checks (child)", nodeIds: ["parent", "child"], fixes: ["Make it a calculated health check"] }],
    },
  ],
});
