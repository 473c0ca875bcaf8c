import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./load-balancer-listeners";

type Props = Record<string, unknown>;
const base = () => build().region("r").vpc("vpc-1", "r");
/** A load balancer `lb` of the kind with one listener to target group `tg`. */
function behind(kind: "alb" | "nlb" | "gwlb", listener: Props, group: Props) {
  return base()[kind]("lb", "vpc-1").targetGroup("tg", "vpc-1", group).listen("lb", "tg", listener).diagram();
}

testRule(rule, {
  valid: [
    { name: "ALB HTTP → HTTP instance targets", diagram: behind("alb", {}, {}) },
    { name: "ALB HTTPS 443 → HTTPS IP targets", diagram: behind("alb", { protocol: "HTTPS", port: 443 }, { targetType: "ip", protocol: "HTTPS" }) },
    { name: "ALB → a Lambda target group (no protocol of its own)", diagram: behind("alb", {}, { targetType: "lambda", protocol: "TCP" }) },
    { name: "NLB TCP → TCP targets", diagram: behind("nlb", { protocol: "TCP" }, { protocol: "TCP" }) },
    { name: "NLB UDP, TLS and TCP_UDP", diagram: behind("nlb", { protocol: "TCP_UDP", port: 53 }, { protocol: "TCP_UDP" }) },
    { name: "NLB TCP → ALB target group", diagram: behind("nlb", { protocol: "TCP" }, { targetType: "alb", protocol: "TCP" }) },
    { name: "GWLB GENEVE 6081 → GENEVE 6081", diagram: behind("gwlb", { protocol: "GENEVE", port: 6081 }, { protocol: "GENEVE", port: 6081 }) },
    { name: "GWLB target group with no port set", diagram: behind("gwlb", { protocol: "GENEVE", port: 6081 }, { protocol: "GENEVE" }) },
  ],
  invalid: [
    {
      name: "an ALB listening on TCP",
      diagram: behind("alb", { protocol: "TCP" }, {}),
      expect: [{ messageId: "listenerProtocol", message: "Application Load Balancer lb has a TCP listener to tg; it listens on HTTP, HTTPS only", nodeIds: ["lb", "tg"], fixes: ["Listen on HTTP"] }],
    },
    {
      name: "an NLB listening on HTTPS with HTTP targets",
      diagram: behind("nlb", { protocol: "HTTPS", port: 443 }, { protocol: "HTTP" }),
      expect: [
        { messageId: "listenerProtocol", message: "Network Load Balancer lb has a HTTPS listener", nodeIds: ["lb", "tg"], fixes: ["Listen on TLS"] },
        { messageId: "groupProtocol", message: "Target group tg uses HTTP but is behind Network Load Balancer lb", nodeIds: ["tg", "lb"], fixes: ["Use TCP for the target group"] },
      ],
    },
    {
      name: "a GWLB drawn with the default HTTP listener and target group",
      diagram: behind("gwlb", {}, {}),
      expect: [
        { messageId: "listenerProtocol", nodeIds: ["lb", "tg"], fixes: ["Listen on GENEVE on port 6081"] },
        { messageId: "groupProtocol", nodeIds: ["tg", "lb"], fixes: ["Use GENEVE on port 6081 for the target group"] },
      ],
    },
    {
      name: "GENEVE on the wrong ports",
      diagram: behind("gwlb", { protocol: "GENEVE", port: 6080 }, { protocol: "GENEVE", port: 80 }),
      expect: [
        { messageId: "genevePort", message: "on port 6080", nodeIds: ["lb", "tg"] },
        { messageId: "groupPort", message: "uses port 80", nodeIds: ["tg", "lb"] },
      ],
    },
    {
      name: "an NLB TLS listener to an ALB target group",
      diagram: behind("nlb", { protocol: "TLS", port: 443 }, { targetType: "alb", protocol: "TCP" }),
      expect: [{ messageId: "albTargetNotTcp", nodeIds: ["lb", "tg"], fixes: ["Listen on TCP"] }],
    },
    {
      name: "an ALB forwarding to an ALB target group",
      diagram: behind("alb", {}, { targetType: "alb" }),
      expect: [{ messageId: "targetType", message: "forwards to tg, a target group of type alb; it can forward only to instance, ip, lambda", nodeIds: ["lb", "tg"] }],
    },
    {
      name: "an NLB forwarding to a Lambda target group",
      diagram: behind("nlb", { protocol: "TCP" }, { targetType: "lambda" }),
      expect: [{ messageId: "targetType", nodeIds: ["lb", "tg"] }],
    },
    {
      name: "a GWLB forwarding to a Lambda target group",
      diagram: behind("gwlb", { protocol: "GENEVE", port: 6081 }, { targetType: "lambda" }),
      expect: [{ messageId: "targetType", nodeIds: ["lb", "tg"] }],
    },
  ],
});
