import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./route53-ip-based";

const IP = { name: "www.example.com", routingPolicy: "ip-based", setIdentifier: "office" };

testRule(rule, {
  valid: [
    { name: "a record for one location of a collection", diagram: build().record("office", { ...IP, cidrCollection: "corp-networks", cidrLocation: "seoul-office" }).diagram() },
    { name: "a default-location record", diagram: build().record("rest", { ...IP, cidrCollection: "corp-networks", cidrLocation: "*" }).diagram() },
    { name: "a collection on a simple record is not read", diagram: build().record("www", { name: "www.example.com" }).diagram() },
  ],
  invalid: [
    {
      name: "an IP-based record with no CIDR collection",
      diagram: build().record("office", IP).diagram(),
      expect: [{ messageId: "noCollection", message: "IP-based record office names no CIDR collection", nodeIds: ["office"], severity: "error" }],
    },
    {
      name: "a collection but no location",
      diagram: build().record("office", { ...IP, cidrCollection: "corp-networks" }).diagram(),
      expect: [{ messageId: "noLocation", message: "names CIDR collection corp-networks but no location in it", nodeIds: ["office"], fixes: ["Use the default location (*)"] }],
    },
  ],
});
