/** The concept graph: wiki links parsed from notes, resolved like Obsidian, labelled with their relation. */
export type * from "./types";
export { ConceptGraph } from "./graph";
export { parseNote, scanNote } from "./parse-note";
export { Resolver } from "./resolve";
export * from "./queries";
export * from "./hierarchy";
