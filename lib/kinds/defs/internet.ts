import { z } from "zod";
import { defineKind } from "../types";

export const internet = defineKind({
  id: "ext.internet",
  name: { en: "Internet", ko: "인터넷" },
  summary: {
    en: "Clients and servers on the public internet, outside AWS.",
    ko: "AWS 밖, 퍼블릭 인터넷의 클라이언트와 서버입니다.",
  },
  category: "external",
  container: false,
  parents: ["root"],
  props: z.object({}),
  cfnType: null,
  icon: "ResourceInternet",
  size: { w: 72, h: 72 },
  labelPrefix: "internet",
});
