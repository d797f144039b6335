// The service worker of /verify (served as /verify/sw.js with the scope /verify): keeps the
// page usable without a network (docs/verification.md, "Offline"). When the page is first
// opened online it caches the page, its scripts and style and the public keys; afterwards each
// of these requests goes to the network first (a fresh page and CSRF token, rotated keys) and
// falls back to the cache when there is no network. Nothing else is touched, nothing is posted.
'use strict';

var CACHE = 'healthcode-verify-1';
// the application's root: this script is <root>/verify/sw.js
var ROOT = new URL('../', self.location.href);
var KEPT = ['verify', 'api/v1/keys', 'js/verify-offline.js', 'js/scanner.js', 'js/app.js', 'css/app.css',
  'img/favicon.svg'].map(function (path) { return new URL(path, ROOT).href; });

function keyOf(url) {
  var parsed = new URL(url);
  parsed.search = '';
  parsed.hash = '';
  return parsed.href;
}

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(KEPT.map(function (url) {
      return fetch(url, { credentials: 'same-origin' }).then(function (response) {
        return response.ok ? cache.put(url, response) : undefined;
      }).catch(function () { /* kept on the next online visit */ });
    }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf('healthcode-verify-') === 0 && name !== CACHE;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || KEPT.indexOf(keyOf(request.url)) < 0) { return; }
  var key = keyOf(request.url);
  event.respondWith(fetch(request).then(function (response) {
    if (response.ok && response.type === 'basic') {
      var copy = response.clone();
      event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.put(key, copy); }));
    }
    return response;
  }).catch(function () {
    return caches.open(CACHE).then(function (cache) { return cache.match(key); }).then(function (cached) {
      return cached || Response.error();
    });
  }));
});
