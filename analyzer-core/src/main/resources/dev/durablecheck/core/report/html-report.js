// Filters the findings by rule and severity; without this script every finding is shown.
(function () {
  var form = document.getElementById('filters');
  var status = document.getElementById('filter-status');
  function checkedValues(name) {
    var values = {};
    var boxes = form.querySelectorAll('input[name="' + name + '"]');
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].checked) {
        values[boxes[i].value] = true;
      }
    }
    return values;
  }
  function apply() {
    var rules = checkedValues('rule');
    var severities = checkedValues('severity');
    var findings = document.querySelectorAll('.finding');
    for (var i = 0; i < findings.length; i++) {
      var finding = findings[i];
      finding.hidden = !(rules[finding.getAttribute('data-rule')] && severities[finding.getAttribute('data-severity')]);
    }
    var files = document.querySelectorAll('.file');
    for (var j = 0; j < files.length; j++) {
      files[j].hidden = files[j].querySelector('.finding:not([hidden])') === null;
    }
    var active = document.querySelectorAll('#findings .finding');
    var shown = document.querySelectorAll('#findings .finding:not([hidden])');
    status.textContent = 'Showing ' + shown.length + ' of ' + active.length + ' findings.';
  }
  form.addEventListener('change', apply);
  form.hidden = false;
  apply();
})();
