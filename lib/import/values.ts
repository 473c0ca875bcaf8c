/**
 * What a template value becomes once its intrinsic functions are evaluated: plain JSON where the
 * template decides it, a reference where it names another resource of the stack, and an unknown
 * where only a deployment would tell (a parameter without a value, an ImportValue, an attribute).
 */
export type Value = string | number | boolean | null | Value[] | ValueObject | ResourceRef | Unknown;
export interface ValueObject {
  [key: string]: Value;
}

/** `!Ref Resource` or `!GetAtt Resource.Attribute`: a resource of this template. */
export class ResourceRef {
  constructor(
    readonly logicalId: string,
    readonly attribute: string | null = null,
  ) {}
}

/** A value the template does not decide. `refs` are the stack's resources it is built from (a `!Sub` of an ARN). */
export class Unknown {
  constructor(
    /** Why, in a phrase naming the source: `ImportValue SharedVpcId`, `parameter VpcCidr has no value`. */
    readonly reason: string,
    readonly refs: readonly string[] = [],
    /** The export an `Fn::ImportValue` names, when the template decides the name. */
    readonly importName?: string,
  ) {}
}

/** `AWS::NoValue`: the property (or list item) is removed. */
export const NO_VALUE: unique symbol = Symbol("AWS::NoValue");
export type Evaluated = Value | typeof NO_VALUE;

export function isRecord(value: unknown): value is ValueObject {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof ResourceRef) && !(value instanceof Unknown);
}

/** Every resource a value refers to, in order, once each. */
export function refsIn(value: Value | undefined, out: string[] = []): string[] {
  const add = (id: string) => {
    if (!out.includes(id)) out.push(id);
  };
  if (value instanceof ResourceRef) add(value.logicalId);
  else if (value instanceof Unknown) value.refs.forEach(add);
  else if (Array.isArray(value)) value.forEach((v) => refsIn(v, out));
  else if (isRecord(value)) Object.values(value).forEach((v) => refsIn(v, out));
  return out;
}

/** A value as a string when the template decides it: numbers and booleans as CloudFormation writes them. */
export function literalString(value: Value | undefined): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/** Why a value is not a literal, for the report; undefined when it is one (or absent). */
export function unknownReason(value: Value | undefined): string | undefined {
  if (value instanceof Unknown) return value.reason;
  if (value instanceof ResourceRef) return value.attribute ? `attribute ${value.logicalId}.${value.attribute}` : `the id of ${value.logicalId}`;
  if (Array.isArray(value)) {
    for (const item of value) {
      const reason = unknownReason(item);
      if (reason) return reason;
    }
  }
  return undefined;
}
