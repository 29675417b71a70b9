// A static site: every page is prerendered, so the explorer runs from any file server or offline.
export const prerender = true;
