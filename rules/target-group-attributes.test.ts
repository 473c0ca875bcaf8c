import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./target-group-attributes";

type Props = Record<string, unknown>;
/** Target group `tg` (props as given) in VPC `vpc-1`, with subnet `s-1` for load balancers. */
const group = (props: Props = {}) => build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-1", "az-a").targetGroup("tg", "vpc-1", props);
const GENEVE = { protocol: "GENEVE", port: 6081 };

testRule(rule, {
  valid: [
    { name: "the defaults: 300 s delay, no stickiness, the load balancer's cross-zone setting", diagram: group().diagram() },
    { name: "a GWLB target group with a deregistration delay: the notes say it has none, AWS has it", diagram: group({ ...GENEVE, deregistrationDelay: 120 }).diagram() },
    { name: "delay 0 and 3,600, the bounds", diagram: group({ deregistrationDelay: 0 }).targetGroup("tg-2", "vpc-1", { deregistrationDelay: 3600 }).diagram() },
    { name: "ALB duration-based stickiness for 7 days", diagram: group({ stickiness: "lb_cookie", stickinessDuration: 604800 }).diagram() },
    { name: "ALB application-based stickiness on the app's cookie", diagram: group({ stickiness: "app_cookie", appCookieName: "SESSIONID" }).diagram() },
    { name: "NLB source-IP stickiness", diagram: group({ protocol: "TCP", stickiness: "source_ip" }).diagram() },
    { name: "GWLB 3-tuple flow stickiness (5-tuple is the default with stickiness off)", diagram: group({ ...GENEVE, stickiness: "source_ip_dest_ip_proto" }).diagram() },
    { name: "an NLB target group with cross-zone off and source-IP stickiness", diagram: group({ protocol: "TCP", crossZone: "false", stickiness: "source_ip" }).diagram() },
    { name: "an ALB target group with cross-zone off and no stickiness", diagram: group({ crossZone: "false" }).diagram() },
  ],
  invalid: [
    {
      name: "a deregistration delay over an hour",
      diagram: group({ deregistrationDelay: 7200 }).diagram(),
      expect: [{ messageId: "delayRange", message: "Target group tg has a deregistration delay of 7200 seconds", nodeIds: ["tg"], fixes: ["Set the deregistration delay to 3600 seconds"] }],
    },
    {
      name: "cookie stickiness on an NLB target group (the load balancer read from the listener)",
      diagram: group({ protocol: "TCP", stickiness: "lb_cookie" }).nlb("nlb", "s-1").listen("nlb", "tg", { protocol: "TCP" }).diagram(),
      expect: [
        {
          messageId: "stickinessType",
          message: "Target group tg of a Network Load Balancer uses lb_cookie stickiness; a Network Load Balancer offers source_ip",
          nodeIds: ["tg"],
          fixes: ["Use source_ip stickiness", "Turn stickiness off"],
        },
      ],
    },
    {
      name: "source-IP stickiness on an ALB target group",
      diagram: group({ stickiness: "source_ip" }).diagram(),
      expect: [{ messageId: "stickinessType", message: "offers lb_cookie, app_cookie", nodeIds: ["tg"] }],
    },
    {
      name: "a stickiness duration beyond 7 days",
      diagram: group({ stickiness: "lb_cookie", stickinessDuration: 1_000_000 }).diagram(),
      expect: [{ messageId: "durationRange", nodeIds: ["tg"], fixes: ["Set the stickiness duration to 604800 seconds"] }],
    },
    {
      name: "application-based stickiness with no cookie name",
      diagram: group({ stickiness: "app_cookie" }).diagram(),
      expect: [{ messageId: "noCookieName", nodeIds: ["tg"] }],
    },
    {
      name: "application-based stickiness on a reserved cookie name",
      diagram: group({ stickiness: "app_cookie", appCookieName: "AWSALBAPP" }).diagram(),
      expect: [{ messageId: "reservedCookie", message: "sticks on cookie AWSALBAPP", nodeIds: ["tg"] }],
    },
    {
      name: "an ALB target group with cross-zone off and stickiness",
      diagram: group({ crossZone: "false", stickiness: "lb_cookie" }).diagram(),
      expect: [{ messageId: "crossZoneOffSticky", nodeIds: ["tg"], fixes: ["Use the load balancer's cross-zone setting (on)", "Turn stickiness off"] }],
    },
    {
      name: "a Lambda target group with cross-zone off",
      diagram: group({ targetType: "lambda", crossZone: "false" }).diagram(),
      expect: [{ messageId: "crossZoneOffLambda", message: "Lambda target group tg turns cross-zone load balancing off", nodeIds: ["tg"] }],
    },
  ],
});
