// The host installs Obsidian's DOM helpers (dom.ts); this import brings their type declarations
// (createEl, createDiv, setText, addClass... on the DOM prototypes) from the obsidian package.
import type {} from "obsidian";
