import { Editor } from "@/components/editor";

/** The editor is entirely client-side: diagrams live in the browser until exported. */
export default function Home() {
  return <Editor />;
}
