// Starts fetching the dataset file while the app's code loads: the file named by ?data= (a path on
// this site) or the bundled one; the app's own fetch then takes the preloaded copy. It is a file of
// the site rather than an inline script so that the Content-Security-Policy needs no exception.
(function () {
	var script = document.currentScript;
	if (!script) return;
	// Only on the explorer's page (this file sits at the site's root), not on the 404 page.
	var root = new URL('.', script.src).pathname;
	if (location.pathname !== root && location.pathname !== root + 'index.html') return;
	var data = new URLSearchParams(location.search).get('data');
	var sameSite = data && /^\/(?![/\\])[^\s\\]*$/.test(data) && !/^\/[a-z][a-z0-9+.-]*:/i.test(data);
	var link = document.createElement('link');
	link.rel = 'preload';
	link.as = 'fetch';
	link.crossOrigin = 'anonymous';
	link.href = sameSite ? data : new URL('data/prague-process.json', script.src).href;
	document.head.appendChild(link);
})();
