import { defineRule, type Fix } from "../lib/engine/types";
import type { DiagramIndex } from "../lib/diagram/graph";
import type { DiagramNode } from "../lib/diagram/types";
import { canSitIn, getKind, type KindDef } from "../lib/kinds";

export default defineRule({
  meta: {
    id: "container-contents",
    severity: "error",
    category: "diagram",
    scope: "component",
    title: { en: "Resources sit in containers that can hold them", ko: "리소스는 담을 수 있는 컨테이너 안에" },
    explanation: {
      en: "Where a resource is drawn says where it lives in AWS: an EC2 instance runs in a subnet, a subnet in one Availability Zone of a VPC, a VPC in a Region. A resource in a container that cannot hold it describes something AWS cannot build. Files with this problem are refused when opened; this check catches diagrams made in code or by an import.",
      ko: "리소스를 그린 위치는 AWS에서 그 리소스가 있는 곳을 뜻합니다. EC2 인스턴스는 서브넷 안에서, 서브넷은 VPC의 한 가용 영역 안에서, VPC는 리전 안에서 동작합니다. 담을 수 없는 컨테이너 안에 있는 리소스는 AWS에서 만들 수 없는 구성입니다. 이런 파일은 열 때 거부되며, 이 검사는 코드나 가져오기로 만든 다이어그램에서 같은 문제를 찾습니다.",
    },
    docsUrl: "https://docs.aws.amazon.com/vpc/latest/userguide/how-it-works.html",
    facts: [],
    // Kind names differ by language, so they come as {…En} and {…Ko} pairs and each template uses its own.
    messages: {
      notAllowed: {
        en: "{kindEn} {node} cannot sit inside {parentKindEn} {parent}; it belongs in {allowedEn}.",
        ko: "{kindKo} {node}은(는) {parentKindKo} {parent} 안에 둘 수 없습니다. {allowedKo} 안에 두세요.",
      },
      needsContainer: {
        en: "{kindEn} {node} cannot sit on the bare canvas; it belongs in {allowedEn}.",
        ko: "{kindKo} {node}은(는) 빈 캔버스에 둘 수 없습니다. {allowedKo} 안에 두세요.",
      },
      missingParent: {
        en: "{kindEn} {node} is drawn in container {parent}, which is not in the diagram.",
        ko: "{kindKo} {node}이(가) 들어 있는 컨테이너 {parent}이(가) 다이어그램에 없습니다.",
      },
    },
  },
  create(context) {
    const { index } = context;
    return {
      diagram(diagram) {
        for (const node of diagram.nodes) {
          const kind = getKind(node.kind);
          // An unknown kind is the format's problem, not a placement one.
          if (!kind) continue;
          const names = { kindEn: kind.name.en, kindKo: kind.name.ko, node: index.label(node.id), ...allowedText(kind) };
          if (node.parent === null) {
            if (!canSitIn(kind.id, "root")) context.report({ messageId: "needsContainer", nodeIds: [node.id], data: names });
            continue;
          }
          const parent = index.node(node.parent);
          if (!parent) {
            context.report({
              messageId: "missingParent",
              nodeIds: [node.id],
              data: { ...names, parent: node.parent },
              fixes: canSitIn(kind.id, "root") ? [moveOut(index, node, null)] : [],
            });
            continue;
          }
          if (canSitIn(kind.id, parent.kind)) continue;
          const parentKind = getKind(parent.kind);
          const home = nearestHome(index, node, kind);
          context.report({
            messageId: "notAllowed",
            nodeIds: [node.id, parent.id],
            data: {
              ...names,
              parent: index.label(parent.id),
              parentKindEn: parentKind?.name.en ?? parent.kind,
              parentKindKo: parentKind?.name.ko ?? parent.kind,
            },
            fixes: home === undefined ? [] : [moveOut(index, node, home)],
          });
        }
      },
    };
  },
});

function allowedText(kind: KindDef): { allowedEn: string; allowedKo: string } {
  const parents = kind.parents.filter((p) => p !== "root").map((p) => getKind(p)?.name ?? { en: p, ko: p });
  if (parents.length === 0) return { allowedEn: "no container (the canvas)", allowedKo: "캔버스" };
  return {
    allowedEn: parents.map((n) => `${/^[AEIOU]/i.test(n.en) ? "an" : "a"} ${n.en}`).join(" or "),
    allowedKo: parents.map((n) => n.ko).join(" 또는 "),
  };
}

/** The closest container around the node that may hold it, or null for the canvas; undefined if neither. Bounded against cycles. */
function nearestHome(index: DiagramIndex, node: DiagramNode, kind: KindDef): DiagramNode | null | undefined {
  const seen = new Set<string>([node.id]);
  for (let current = index.parent(node); current && !seen.has(current.id); current = index.parent(current)) {
    seen.add(current.id);
    if (canSitIn(kind.id, current.kind)) return current;
  }
  return canSitIn(kind.id, "root") ? null : undefined;
}

/** Moves the node out into `home` (null: the canvas), keeping where it shows on the canvas. */
function moveOut(index: DiagramIndex, node: DiagramNode, home: DiagramNode | null): Fix {
  let { x, y } = node.layout;
  const seen = new Set<string>([node.id]);
  for (let current = index.parent(node); current && current.id !== home?.id && !seen.has(current.id); current = index.parent(current)) {
    seen.add(current.id);
    x += current.layout.x;
    y += current.layout.y;
  }
  const label = home ? index.label(home.id) : null;
  return {
    title: label
      ? { en: `Move out into ${label}`, ko: `${label} 안으로 옮기기` }
      : { en: "Move onto the canvas", ko: "캔버스로 옮기기" },
    ops: [{ op: "updateNode", id: node.id, parent: home ? home.id : null, layout: { x, y } }],
  };
}
