// Vaccination import: sends the chosen CSV as the raw body, then polls the job until it is done and shows
// its counts and bad lines (line number + reason). Polling stops when the job is done or the page goes.
(function () {
  'use strict';
  var form = document.getElementById('vaccination-import');
  if (!form) {
    return;
  }
  var requests = window.HealthCodeRequests;
  var texts = {};
  Array.prototype.forEach.call(document.getElementById('vaccination-texts').content.querySelectorAll('[data-key]'),
    function (node) { texts[node.getAttribute('data-key')] = node.getAttribute('data-text'); });
  var problem = document.getElementById('import-problem');
  var report = document.getElementById('import-report');
  var bar = document.getElementById('import-progress');
  var button = form.querySelector('button[type="submit"]');

  function show(job) {
    report.hidden = false;
    bar.max = Math.max(job.total, 1);
    bar.value = job.state === 'DONE' ? bar.max : job.processed;
    document.getElementById('import-state').textContent = job.state === 'DONE' ? texts.done
      : texts.running.replace('{0}', String(job.processed)).replace('{1}', String(job.total));
    document.getElementById('import-total').textContent = String(job.total);
    document.getElementById('import-accepted').textContent = String(job.accepted);
    document.getElementById('import-duplicates').textContent = String(job.duplicates);
    document.getElementById('import-error-count').textContent = String(job.errors.length);
    var list = document.getElementById('import-errors');
    list.textContent = '';
    job.errors.forEach(function (error) {
      var item = document.createElement('li');
      item.className = 'import-error';
      item.setAttribute('data-line', String(error.line));
      item.setAttribute('data-code', error.code);
      item.textContent = texts.line.replace('{0}', String(error.line)) + ' '
        + (texts['code.' + error.code] || error.code);
      list.appendChild(item);
    });
    report.setAttribute('data-state', job.state);
  }

  function fail(error) {
    problem.textContent = error.message;
    problem.hidden = false;
    button.disabled = false;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var file = document.getElementById('csv-file').files[0];
    if (!file) {
      return;
    }
    problem.hidden = true;
    button.disabled = true;
    requests.send(form.getAttribute('data-start-url'), { method: 'POST', body: file, type: 'text/csv' }, texts.failed)
      .then(function (started) {
        return requests.poll(form.getAttribute('data-status-url') + started.jobId, show, texts.failed);
      })
      .then(function () { button.disabled = false; })
      .catch(fail);
  });
}());
