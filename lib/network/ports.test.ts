import { describe, expect, it } from "vitest";
import { DiagramIndex } from "../diagram/graph";
import { build } from "../../tests/fixtures/build";
import { APPLICATION_PORTS, applicationPort } from "./ports";
import { analyzeReachability } from "./reachability";

describe("application ports", () => {
  it("are IANA's well-known ports, HTTPS on 443 (not the notes' 442)", () => {
    expect(APPLICATION_PORTS).toEqual({ ftp: 21, ssh: 22, sftp: 22, http: 80, https: 443, rdp: 3389 });
    expect(applicationPort("https")).toBe(443);
    expect(applicationPort("gopher")).toBeUndefined();
    expect(applicationPort("toString")).toBeUndefined();
    expect(applicationPort(undefined)).toBeUndefined();
  });

  it("give a connection with no port its application's port; an explicit port still wins", () => {
    const diagram = build()
      .vpc("vpc-1", null)
      .az("az-a", "vpc-1")
      .subnet("s-1", "az-a")
      .ec2("admin", "s-1")
      .ec2("box", "s-1")
      .connect("admin", "box", { application: "ssh" })
      .connect("box", "admin", { application: "ssh", port: 2222 })
      .diagram();
    const { connections } = analyzeReachability(new DiagramIndex(diagram));
    expect(connections["e-connection-admin-box"]?.port).toBe(22);
    expect(connections["e-connection-box-admin"]?.port).toBe(2222);
  });
});
