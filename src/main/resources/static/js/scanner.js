// In-page scanner (扫一扫): camera frames are read by the browser's BarcodeDetector where it exists,
// otherwise sent one at a time to the server, which decodes them with ZXing and stores nothing.
(function () {
  'use strict';
  var box = document.getElementById('scanner');
  if (!box) { return; }
  var video = document.getElementById('camera');
  var canvas = document.getElementById('frame');
  var status = document.getElementById('scanner-status');
  var startButton = document.getElementById('scanner-start');
  var csrfToken = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  var detector = null;
  var busy = false;
  var done = false;

  function show(id, visible) { document.getElementById(id).hidden = !visible; }

  function open(path) {
    done = true;
    if (video.srcObject) { video.srcObject.getTracks().forEach(function (t) { t.stop(); }); }
    window.location.href = path;
  }

  function ourPath(text) {
    try {
      var url = new URL(text);
      if (url.hostname === window.location.hostname && /^\/s\/[A-Za-z0-9_.-]+$/.test(url.pathname)) { return url.pathname; }
    } catch (e) { /* not a URL */ }
    return null;
  }

  function viaDetector() {
    return detector.detect(video).then(function (codes) {
      if (codes.length === 0) { return; }
      var path = ourPath(codes[0].rawValue);
      if (path) { open(path); } else { show('scanner-foreign', true); }
    });
  }

  function viaServer() {
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext('2d').drawImage(video, 0, 0);
    return new Promise(function (resolve) { canvas.toBlob(resolve, 'image/jpeg', 0.85); }).then(function (blob) {
      var headers = { 'Content-Type': 'image/jpeg', 'Accept': 'application/json' };
      if (csrfToken && csrfHeader) { headers[csrfHeader.content] = csrfToken.content; }
      return fetch(box.dataset.decode, { method: 'POST', body: blob, headers: headers, credentials: 'same-origin' });
    }).then(function (response) { return response.ok ? response.json() : { found: false }; })
      .then(function (answer) {
        if (answer.found && answer.path) { open(answer.path); } else if (answer.found) { show('scanner-foreign', true); }
      });
  }

  function loop() {
    if (done) { return; }
    if (!busy && video.readyState >= 2 && video.videoWidth > 0) {
      busy = true;
      (detector ? viaDetector() : viaServer())
        .catch(function () { /* try the next frame */ })
        .then(function () { busy = false; });
    }
    window.setTimeout(loop, detector ? 250 : 700);
  }

  function start() {
    startButton.hidden = true;
    show('scanner-error', false);
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      show('scanner-error', true);
      startButton.hidden = false;
      return;
    }
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }).then(function (stream) {
      video.srcObject = stream;
      return video.play();
    }).then(function () {
      status.textContent = status.dataset.scanning || status.textContent;
      loop();
    }).catch(function () {
      show('scanner-error', true);
      startButton.hidden = false;
    });
  }

  if ('BarcodeDetector' in window) {
    window.BarcodeDetector.getSupportedFormats().then(function (formats) {
      if (formats.indexOf('qr_code') >= 0) { detector = new window.BarcodeDetector({ formats: ['qr_code'] }); }
    }).catch(function () { detector = null; });
  }
  startButton.addEventListener('click', start);
  start();
}());
