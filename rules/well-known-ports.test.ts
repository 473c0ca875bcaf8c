import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./well-known-ports";

/** Instance `admin` and `web` in subnet s-1, with a connection admin → web. */
const connection = (props: Record<string, unknown>) =>
  build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-1", "az-a").ec2("admin", "s-1").ec2("web", "s-1").connect("admin", "web", props).diagram();

/** ALB `alb` in s-1 with one listener per entry to target group tg. */
const listeners = (...entries: Array<{ protocol: string; port: number }>) => {
  const b = build().vpc("vpc-1", null).az("az-a", "vpc-1").subnet("s-1", "az-a").alb("alb", "s-1").targetGroup("tg", null);
  entries.forEach((props, i) => b.edge("listener", "alb", "tg", props, `l-${i}`));
  return b.diagram();
};

testRule(rule, {
  valid: [
    { name: "HTTPS on 443", diagram: connection({ application: "https", port: 443 }) },
    { name: "SSH with no port: 22 is used", diagram: connection({ application: "ssh" }) },
    { name: "a port with no protocol named", diagram: connection({ port: 442 }) },
    { name: "HTTP on 80 and HTTPS on 443 listeners", diagram: listeners({ protocol: "HTTP", port: 80 }, { protocol: "HTTPS", port: 443 }) },
    { name: "an HTTPS listener on 8443", diagram: listeners({ protocol: "HTTPS", port: 8443 }) },
  ],
  invalid: [
    {
      name: "HTTPS on 442, as the notes say",
      diagram: connection({ application: "https", port: 442 }),
      expect: [{ messageId: "https442", message: "the notes say 442, but HTTPS is TCP 443", nodeIds: ["admin", "web"], severity: "warning", fixes: ["Use port 443"] }],
    },
    {
      name: "SSH on 2222",
      diagram: connection({ application: "ssh", port: 2222 }),
      expect: [{ messageId: "otherPort", message: "SSH on port 2222; SSH's well-known port is 22", nodeIds: ["admin", "web"], severity: "info", fixes: ["Use port 22"] }],
    },
    {
      name: "an HTTPS listener on 442",
      diagram: listeners({ protocol: "HTTPS", port: 442 }),
      expect: [{ messageId: "listener442", message: "Load balancer alb has an HTTPS listener on port 442", nodeIds: ["alb"], fixes: ["Use port 443"] }],
    },
    {
      name: "HTTP on 443 and HTTPS on 80",
      diagram: listeners({ protocol: "HTTP", port: 443 }, { protocol: "HTTPS", port: 80 }),
      expect: [
        { messageId: "listenerSwapped", message: "an HTTP listener on port 443, the well-known port of HTTPS", nodeIds: ["alb"], fixes: [] },
        { messageId: "listenerSwapped", message: "an HTTPS listener on port 80, the well-known port of HTTP", nodeIds: ["alb"], fixes: [] },
      ],
    },
    {
      name: "HTTP on 443 alone: moved to 80",
      diagram: listeners({ protocol: "HTTP", port: 443 }),
      expect: [{ messageId: "listenerSwapped", nodeIds: ["alb"], fixes: ["Use port 80"] }],
    },
  ],
});
