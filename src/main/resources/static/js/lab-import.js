// Lab import page: posts the chosen CSV file with the session's CSRF token, then polls the job
// and moves the progress bar until the final report.
(function () {
  'use strict';
  var box = document.getElementById('lab-import');
  if (!box) { return; }
  var csrfToken = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  var error = document.getElementById('import-error');

  function fail(text) {
    error.textContent = text || box.dataset.failed;
    error.hidden = false;
  }

  function show(job) {
    var bar = document.getElementById('import-progress');
    bar.value = job.total === 0 ? 100 : Math.round(100 * job.processed / job.total);
    document.getElementById('import-state').textContent = job.processed + ' / ' + job.total;
    if (job.state !== 'DONE') { return false; }
    document.getElementById('report-accepted').textContent = job.accepted;
    document.getElementById('report-duplicates').textContent = job.duplicates;
    document.getElementById('report-conflicts').textContent = job.conflicts;
    document.getElementById('report-unknown').textContent = job.unknownTubeCount;
    var list = document.getElementById('report-errors');
    list.textContent = '';
    job.errors.forEach(function (e) {
      var item = document.createElement('li');
      item.textContent = e.line + ': ' + e.code;
      list.appendChild(item);
    });
    document.getElementById('import-report').hidden = false;
    return true;
  }

  function poll(jobId) {
    fetch(box.dataset.jobs + jobId + '/data', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error(); } return r.json(); })
      .then(function (job) { if (!show(job)) { setTimeout(function () { poll(jobId); }, 500); } })
      .catch(function () { fail(); });
  }

  document.getElementById('import-start').addEventListener('click', function () {
    var file = document.getElementById('import-file').files[0];
    if (!file) { return; }
    error.hidden = true;
    document.getElementById('import-report').hidden = true;
    document.getElementById('import-progress-box').hidden = false;
    var headers = { 'Content-Type': 'text/csv', Accept: 'application/json' };
    if (csrfToken && csrfHeader) { headers[csrfHeader.content] = csrfToken.content; }
    fetch(box.dataset.upload, { method: 'POST', body: file, headers: headers, credentials: 'same-origin' })
      .then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) { throw new Error(body.detail || ''); }
          return body;
        });
      })
      .then(function (body) { poll(body.jobId); })
      .catch(function (e) { fail(e.message); });
  });
}());
