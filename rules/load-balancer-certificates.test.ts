import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./load-balancer-certificates";

/** ALB `alb` and NLB `nlb` in subnet `s-1`, with target groups `tg-web` (HTTP) and `tg-tcp` (TCP). */
const base = () =>
  build()
    .vpc("vpc-1", null)
    .az("az-a", "vpc-1")
    .subnet("s-1", "az-a")
    .alb("alb", "s-1")
    .nlb("nlb", "s-1")
    .targetGroup("tg-web", "vpc-1", { protocol: "HTTP", port: 80 })
    .targetGroup("tg-api", "vpc-1", { protocol: "HTTP", port: 8080 })
    .targetGroup("tg-tcp", "vpc-1", { protocol: "TCP", port: 443 });

testRule(rule, {
  valid: [
    { name: "an HTTPS listener with its default certificate", diagram: base().listen("alb", "tg-web", { protocol: "HTTPS", port: 443, certificates: 1 }).diagram() },
    { name: "a TLS listener with a default and 25 SNI certificates", diagram: base().listen("nlb", "tg-tcp", { protocol: "TLS", port: 443, certificates: 26 }).diagram() },
    { name: "an HTTPS listener whose certificates are not known", diagram: base().listen("alb", "tg-web", { protocol: "HTTPS", port: 443 }).diagram() },
    { name: "an HTTP listener needs none", diagram: base().listen("alb", "tg-web", { protocol: "HTTP", port: 80, certificates: 0 }).diagram() },
  ],
  invalid: [
    {
      name: "an HTTPS listener without a certificate, forwarding to two target groups",
      diagram: base().listen("alb", "tg-web", { protocol: "HTTPS", port: 443, certificates: 0 }).listen("alb", "tg-api", { protocol: "HTTPS", port: 443, certificates: 0 }).diagram(),
      expect: [
        {
          messageId: "noCertificate",
          message: "The HTTPS listener of alb on port 443 has no certificate",
          nodeIds: ["alb", "tg-web", "tg-api"],
          severity: "error",
          fixes: ["Give the listener a certificate"],
        },
      ],
    },
    {
      name: "a TLS listener without a certificate",
      diagram: base().listen("nlb", "tg-tcp", { protocol: "TLS", port: 443, certificates: 0 }).diagram(),
      expect: [{ messageId: "noCertificate", message: "The TLS listener of nlb on port 443", nodeIds: ["nlb", "tg-tcp"] }],
    },
    {
      name: "two listeners with 14 and 15 certificates: 27 beyond their two defaults",
      diagram: base().listen("alb", "tg-web", { protocol: "HTTPS", port: 443, certificates: 14 }).listen("alb", "tg-api", { protocol: "HTTPS", port: 8443, certificates: 15 }).diagram(),
      expect: [{ messageId: "tooMany", message: "alb has 27 certificates beyond its listeners' default ones", nodeIds: ["alb"], severity: "warning" }],
    },
  ],
});
