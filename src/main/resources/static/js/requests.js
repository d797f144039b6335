// Shared by the pages that send forms and files with fetch: the session's CSRF header on every call,
// an answer read as JSON whose failure carries the problem's own message, and an import job polled
// until it is done. Load it before the page's own script.
(function () {
  'use strict';
  var csrfToken = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');

  function headers(type) {
    var all = { Accept: 'application/json' };
    if (csrfToken && csrfHeader) { all[csrfHeader.content] = csrfToken.content; }
    if (type) { all['Content-Type'] = type; }
    return all;
  }

  // resolves with the JSON body; rejects with an Error whose message a person can read
  function send(url, options, failed) {
    var init = { method: options.method || 'GET', credentials: 'same-origin', headers: headers(options.type) };
    if (options.body !== undefined) { init.body = options.body; }
    return fetch(url, init).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (!response.ok) { throw new Error(body.detail || failed); }
        return body;
      });
    }, function () { throw new Error(failed); });
  }

  // calls onJob with every state read; resolves with the job once it is DONE
  function poll(url, onJob, failed) {
    return new Promise(function (resolve, reject) {
      (function next() {
        send(url, {}, failed).then(function (job) {
          onJob(job);
          if (job.state === 'DONE') { resolve(job); } else { window.setTimeout(next, 500); }
        }).catch(reject);
      }());
    });
  }

  window.HealthCodeRequests = { send: send, poll: poll };
}());
