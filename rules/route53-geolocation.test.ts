import { build } from "../tests/fixtures/build";
import { testRule } from "../tests/unit/rule-tester";
import rule from "./route53-geolocation";

const GEO = { name: "www.example.com", routingPolicy: "geolocation" };
const EUROPE = { ...GEO, continentCode: "EU", setIdentifier: "eu" };
const DEFAULT = { ...GEO, countryCode: "*", setIdentifier: "default" };

testRule(rule, {
  valid: [
    { name: "a continent record and a Default record", diagram: build().record("eu", EUROPE).record("rest", DEFAULT).diagram() },
    {
      name: "a country, one of its subdivisions and the Default location",
      diagram: build()
        .record("us", { ...GEO, countryCode: "US", setIdentifier: "us" })
        .record("ca", { ...GEO, countryCode: "US", subdivisionCode: "CA", setIdentifier: "us-ca" })
        .record("rest", DEFAULT)
        .diagram(),
    },
    {
      name: "health checks on geolocation records: the notes say unsupported, AWS supports them",
      diagram: build().record("eu", EUROPE).record("rest", DEFAULT).healthCheck("hc", { type: "HTTPS", fullyQualifiedDomainName: "eu.example.com" }).edge("health-check", "eu", "hc").diagram(),
    },
  ],
  invalid: [
    {
      name: "no Default location",
      diagram: build().record("eu", EUROPE).record("us", { ...GEO, countryCode: "US", setIdentifier: "us" }).diagram(),
      expect: [
        {
          messageId: "noDefault",
          message: "The geolocation records of www.example.com (eu, us) have no Default location",
          nodeIds: ["eu", "us"],
          severity: "warning",
          fixes: ["Add a record for the Default location"],
        },
      ],
    },
    {
      name: "a record with no location",
      diagram: build().record("x", { ...GEO, setIdentifier: "x" }).record("rest", DEFAULT).diagram(),
      expect: [{ messageId: "noLocation", nodeIds: ["x"], severity: "error" }],
    },
    {
      name: "a continent and a country on one record",
      diagram: build().record("x", { ...EUROPE, countryCode: "DE" }).record("rest", DEFAULT).diagram(),
      expect: [{ messageId: "continentAndCountry", message: "names both continent EU and country DE", nodeIds: ["x"] }],
    },
    {
      name: "a subdivision without its country",
      diagram: build().record("x", { ...GEO, subdivisionCode: "CA", setIdentifier: "x" }).record("rest", DEFAULT).diagram(),
      expect: [{ messageId: "subdivisionWithoutCountry", nodeIds: ["x"] }],
    },
    {
      name: "two records for the same country",
      diagram: build().record("de-1", { ...GEO, countryCode: "DE", setIdentifier: "de-1" }).record("de-2", { ...GEO, countryCode: "de", setIdentifier: "de-2" }).record("rest", DEFAULT).diagram(),
      expect: [{ messageId: "sameLocation", message: "Geolocation records de-1, de-2 of www.example.com all answer for country DE", nodeIds: ["de-1", "de-2"] }],
    },
  ],
});
