// Status forms (single status, bulk marking): show the chosen reason's colour sequence, offer
// only the colours its rule allows, and ask for the override confirmation only when the colour
// chosen is not the rule's own. Without script every line shows and the server checks the same.
(function () {
  'use strict';
  Array.prototype.forEach.call(document.querySelectorAll('form[data-status-form], #status-form'), function (form) {
    var reason = form.querySelector('select[name="reason"]');
    var color = form.querySelector('select[name="color"]');
    var confirmLine = form.querySelector('.override-confirm');
    var confirmBox = confirmLine ? confirmLine.querySelector('input') : null;
    if (!reason || !color) { return; }

    function ruleOf(value) {
      return form.querySelector('.rule-line[data-reason="' + value + '"]');
    }

    function update() {
      var rule = ruleOf(reason.value);
      Array.prototype.forEach.call(form.querySelectorAll('.rule-line'), function (line) { line.hidden = line !== rule; });
      var allowed = rule ? (rule.getAttribute('data-allowed') || '').split(' ') : null;
      Array.prototype.forEach.call(color.options, function (option) {
        option.disabled = option.value !== '' && allowed !== null && allowed.indexOf(option.value) < 0;
      });
      if (color.selectedOptions.length && color.selectedOptions[0].disabled) { color.value = ''; }
      var initial = rule ? rule.getAttribute('data-initial') : null;
      var override = color.value !== '' && !!initial && color.value !== initial;
      if (confirmLine) {
        confirmLine.hidden = !override;
        confirmBox.required = override;
        if (!override) { confirmBox.checked = false; }
      }
    }

    reason.addEventListener('change', update);
    color.addEventListener('change', update);
    update();
  });
}());
