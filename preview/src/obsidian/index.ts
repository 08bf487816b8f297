// What `require("obsidian")` returns inside the preview: only the slice of the API listed in
// preview/README.md. A plugin touching anything else gets `undefined`, which shows up as an error.
export { Component, Events, MarkdownRenderChild } from "./component";
export { TAbstractFile, TFile, TFolder, Vault, normalizePath } from "./files";
export { MetadataCache, getLinkpath } from "./metadata";
export { MarkdownRenderer } from "./markdown";
export { Plugin } from "./app";
export { View, ItemView, WorkspaceLeaf, Workspace } from "./workspace";
export { MarkdownView } from "./note-view";
export { Notice, Modal, SuggestModal, FuzzySuggestModal } from "./notice-modal";
export {
	TextComponent,
	TextAreaComponent,
	DropdownComponent,
	SliderComponent,
	ToggleComponent,
	ButtonComponent,
	ExtraButtonComponent,
} from "./setting-components";
export { Setting, PluginSettingTab } from "./settings";
export { setIcon } from "./icons";
export { debounce, Platform, apiVersion, requireApiVersion } from "./utils";
