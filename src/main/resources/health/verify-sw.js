// The service worker of /verify (served as /verify/sw.js with the scope /verify): keeps the
// page usable without a network (docs/verification.md, "Offline"). When it is installed (the
// page's first online visit) it caches the page, the scripts, style and icon the page names and
// the public keys; afterwards each of these requests goes to the network first (a fresh page and
// CSRF token, rotated keys) and falls back to the cache when there is no network. Other requests
// (the form's POST, the frame decoder) pass untouched.
'use strict';

var CACHE = 'healthcode-verify-1';
// the application's root: this script is <root>/verify/sw.js
var ROOT = new URL('../', self.location.href);
var PAGE = new URL('verify', ROOT).href;
var KEYS = new URL('api/v1/keys', ROOT).href;
// scripts, styles and images carry a content hash in their names (/js/app-<hash>.js)
var ASSETS = ['js/', 'css/', 'img/'].map(function (path) { return new URL(path, ROOT).href; });

function keyOf(url) {
  var parsed = new URL(url);
  parsed.search = '';
  parsed.hash = '';
  return parsed.href;
}

function kept(key) {
  return key === PAGE || key === KEYS || ASSETS.some(function (prefix) { return key.indexOf(prefix) === 0; });
}

// the page's own scripts, styles and icon, as it names them (hashed)
function assetsOf(html) {
  var found = [];
  var pattern = /(?:src|href)="([^"]+)"/g;
  var match;
  while ((match = pattern.exec(html)) !== null) {
    var key = keyOf(new URL(match[1].replace(/&amp;/g, '&'), PAGE).href);
    if (key !== PAGE && kept(key) && found.indexOf(key) < 0) { found.push(key); }
  }
  return found;
}

function store(cache, url, response) {
  return response.ok ? cache.put(url, response) : Promise.resolve();
}

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return fetch(PAGE, { credentials: 'same-origin' }).then(function (page) {
      return page.clone().text().then(function (html) {
        var wanted = [KEYS].concat(assetsOf(html));
        return Promise.all([store(cache, PAGE, page)].concat(wanted.map(function (url) {
          return fetch(url, { credentials: 'same-origin' }).then(function (response) {
            return store(cache, url, response);
          });
        }))).then(function () { return prune(cache, [PAGE].concat(wanted)); });
      });
    });
  }).then(function () { return self.skipWaiting(); }));
});

// drops what an earlier version of the page used (old hashed names)
function prune(cache, current) {
  return cache.keys().then(function (requests) {
    return Promise.all(requests.filter(function (request) { return current.indexOf(request.url) < 0; })
      .map(function (request) { return cache.delete(request); }));
  });
}

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf('healthcode-verify-') === 0 && name !== CACHE;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var key = keyOf(request.url);
  if (request.method !== 'GET' || !kept(key)) { return; }
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
