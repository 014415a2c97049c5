// Our fonts are asked for once the workspace's code is running (Workspace.tsx and EmbedLayout.tsx
// import this module), not by the loading page: on a slow link the 350 KB of font files would
// otherwise share the line with that code and the data. Until they arrive (font-display: swap) text
// shows in the system's font.
void import('./fonts.css');
