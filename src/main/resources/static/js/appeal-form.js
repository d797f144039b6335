// Appeal form: files the appeal, then sends each chosen file as its own upload (the raw file as the body,
// at most 5 MB each), then shows the list. Without JavaScript the form files the appeal without attachments.
(function () {
  'use strict';
  var form = document.getElementById('appeal-form');
  if (!form) {
    return;
  }
  var texts = {};
  Array.prototype.forEach.call(document.getElementById('appeal-texts').content.querySelectorAll('[data-key]'),
    function (node) { texts[node.getAttribute('data-key')] = node.getAttribute('data-text'); });
  var problem = document.getElementById('appeal-problem');
  var progress = document.getElementById('appeal-progress');
  var requests = window.HealthCodeRequests;

  function show(message) {
    problem.textContent = message;
    problem.hidden = false;
    progress.textContent = '';
    form.querySelector('button[type="submit"]').disabled = false;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    problem.hidden = true;
    form.querySelector('button[type="submit"]').disabled = true;
    var fields = new URLSearchParams();
    ['subject', 'reason', 'details', 'correctedName'].forEach(function (name) {
      fields.append(name, form.elements[name].value);
    });
    var files = Array.prototype.slice.call(document.getElementById('files').files);
    // the server checks again; this only spares filing an appeal whose files it would refuse
    if (files.length > 3 || files.some(function (file) { return file.size > 5 * 1024 * 1024; })) {
      show(texts.tooMany);
      return;
    }
    requests.send(form.getAttribute('data-data-url'),
      { method: 'POST', body: fields, type: 'application/x-www-form-urlencoded' }, texts.failed)
    .then(function (appeal) {
      var url = form.getAttribute('data-upload-url') + appeal.id + '/attachments';
      return files.reduce(function (previous, file, index) {
        return previous.then(function () {
          progress.textContent = texts.uploading.replace('{0}', String(index + 1)).replace('{1}', String(files.length));
          return requests.send(url, { method: 'POST', body: file, type: 'application/octet-stream' }, texts.failed);
        });
      }, Promise.resolve());
    }).then(function () {
      window.location.href = form.getAttribute('data-done-url');
    }).catch(function (error) { show(error.message); });
  });
}());
