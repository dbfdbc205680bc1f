/* Keeps the handheld's page, script and style for when the network drops; counting calls always go to the server. */
var CACHE = "physinv-handheld-v3";
var SHELL = ["/physinv-count/control/main", "/physinv-count/js/handheld.js", "/physinv-count/js/camera.js", "/physinv-count/css/handheld.css"];

self.addEventListener("install", function (event) {
    event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(SHELL); }).catch(function () { /* login first */ }));
});

self.addEventListener("fetch", function (event) {
    var request = event.request;
    if (request.method !== "GET") {
        return; // reads are queued by the page, never by the cache
    }
    event.respondWith(fetch(request).then(function (response) {
        if (response.ok && SHELL.some(function (path) { return request.url.indexOf(path) >= 0; })) {
            var copy = response.clone();
            caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
        }
        return response;
    }).catch(function () {
        return caches.match(request);
    }));
});
