import type { RuleModule } from "../lib/engine/types";
import containerContents from "./container-contents";
import igwOnePerVpc from "./igw-one-per-vpc";
import subnetCidrInVpc from "./subnet-cidr-in-vpc";
import subnetCidrOverlap from "./subnet-cidr-overlap";
import subnetCidrSize from "./subnet-cidr-size";
import subnetInOneAz from "./subnet-in-one-az";
import vpcCidrSize from "./vpc-cidr-size";

/** Every rule, sorted by id. A test checks each has its file, its tests and its docs fields. */
export const RULES: readonly RuleModule[] = [
  containerContents,
  igwOnePerVpc,
  subnetCidrInVpc,
  subnetCidrOverlap,
  subnetCidrSize,
  subnetInOneAz,
  vpcCidrSize,
];
