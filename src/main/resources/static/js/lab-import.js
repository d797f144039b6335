// Lab import page: posts the chosen CSV file with the session's CSRF token, then polls the job
// and moves the progress bar until the final report.
(function () {
  'use strict';
  var box = document.getElementById('lab-import');
  if (!box) { return; }
  var requests = window.HealthCodeRequests;
  var error = document.getElementById('import-error');

  function fail(e) {
    error.textContent = e.message || box.dataset.failed;
    error.hidden = false;
  }

  function progress(job) {
    var bar = document.getElementById('import-progress');
    bar.value = job.total === 0 ? 100 : Math.round(100 * job.processed / job.total);
    document.getElementById('import-state').textContent = job.processed + ' / ' + job.total;
  }

  function report(job) {
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
  }

  document.getElementById('import-start').addEventListener('click', function () {
    var file = document.getElementById('import-file').files[0];
    if (!file) { return; }
    error.hidden = true;
    document.getElementById('import-report').hidden = true;
    document.getElementById('import-progress-box').hidden = false;
    requests.send(box.dataset.upload, { method: 'POST', body: file, type: 'text/csv' }, box.dataset.failed)
      .then(function (body) { return requests.poll(box.dataset.jobs + body.jobId + '/data', progress, box.dataset.failed); })
      .then(report)
      .catch(fail);
  });
}());
