// The one message the widget sends to the page that frames it: its content height (so the frame
// can fit it without a scrollbar) and its title (for the frame's accessible name). Nothing
// private goes in it, because any page may frame the widget.
export const EMBED_RESIZE_MESSAGE = "petitions:embed-resize";

export type EmbedResizeMessage = { type: typeof EMBED_RESIZE_MESSAGE; height: number; title: string };
