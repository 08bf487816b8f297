// The `obsidian` module in unit tests: the browser preview's own Component, render child and Events (the
// slice of Obsidian's API it implements), so the tests and the preview run the plugin against the same
// lifecycle. Add only what a test needs.
export { Component, Events, MarkdownRenderChild, type EventRef } from "../../preview/src/obsidian/component";
