import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./target-group-targets";

type Props = Record<string, unknown>;
const base = (group: Props = {}) =>
  build().region("r").vpc("vpc-1", "r").az("az-a", "vpc-1").subnet("s-1", "az-a").targetGroup("tg", "vpc-1", group);

testRule(rule, {
  valid: [
    { name: "instances in an instance group", diagram: base().ec2("i-1", "s-1").ec2("i-2", "s-1").register("tg", "i-1").register("tg", "i-2").diagram() },
    { name: "an Auto Scaling group in an instance group", diagram: base().asg("asg", "s-1").register("tg", "asg").diagram() },
    { name: "an instance's IP in an ip group", diagram: base({ targetType: "ip" }).ec2("i-1", "s-1").register("tg", "i-1").diagram() },
    { name: "one function in a lambda group", diagram: base({ targetType: "lambda" }).lambda("fn", "r").register("tg", "fn").diagram() },
    {
      name: "one ALB in an alb group behind an NLB of the same VPC",
      diagram: base({ targetType: "alb", protocol: "TCP" }).alb("alb", "s-1").nlb("nlb", "s-1").listen("nlb", "tg", { protocol: "TCP" }).register("tg", "alb").diagram(),
    },
  ],
  invalid: [
    {
      name: "a function in an instance group",
      diagram: base().lambda("fn", "r").register("tg", "fn").diagram(),
      expect: [{ messageId: "wrongKind", message: "Target group tg has target type instance, which cannot hold fn (Lambda function)", nodeIds: ["tg", "fn"], fixes: ["Change the target type to lambda"] }],
    },
    {
      name: "an instance and an ALB in a lambda group: no single type fits",
      diagram: base({ targetType: "lambda" }).ec2("i-1", "s-1").alb("alb", "s-1").register("tg", "i-1").register("tg", "alb").diagram(),
      expect: [
        { messageId: "wrongKind", message: "cannot hold i-1 (EC2 instance)", nodeIds: ["tg", "i-1"], fixes: [] },
        { messageId: "wrongKind", nodeIds: ["tg", "alb"], fixes: [] },
        { messageId: "moreThanOne", nodeIds: ["tg", "i-1", "alb"] },
      ],
    },
    {
      name: "two functions in a lambda group",
      diagram: base({ targetType: "lambda" }).lambda("f1", "r").lambda("f2", "r").register("tg", "f1").register("tg", "f2").diagram(),
      expect: [{ messageId: "moreThanOne", message: "Target group tg of type lambda has 2 targets (f1, f2); it holds exactly one", nodeIds: ["tg", "f1", "f2"] }],
    },
    {
      name: "an ALB in an instance group",
      diagram: base().alb("alb", "s-1").register("tg", "alb").diagram(),
      expect: [{ messageId: "wrongKind", nodeIds: ["tg", "alb"], fixes: ["Change the target type to alb"] }],
    },
    {
      name: "an NLB forwarding to an ALB in another VPC",
      diagram: base({ targetType: "alb", protocol: "TCP" })
        .alb("alb", "s-1")
        .vpc("vpc-2", "r", { cidrBlock: "10.1.0.0/16" })
        .nlb("nlb", "vpc-2")
        .listen("nlb", "tg", { protocol: "TCP" })
        .register("tg", "alb")
        .diagram(),
      expect: [{ messageId: "albOtherVpc", message: "Network Load Balancer nlb forwards to ALB alb in another VPC", nodeIds: ["nlb", "alb", "tg"] }],
    },
  ],
});
