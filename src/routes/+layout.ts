// A static site: every page is prerendered, so the explorer runs from any file server or offline.
export const prerender = true;
// Pages render in the browser (the explorer needs WebGL and reads its view from the URL); the
// prerendered file is a shell. The error page too: a server cannot render it for an unknown path
// of a static build, so the preview server and 404.html both hand it to the browser.
export const ssr = false;
