// 註冊: choosing a county loads its schools (GET /register/schools?county=...). Without JavaScript the
// page offers a button that reloads it with the county's schools instead.
(function () {
  var county = document.getElementById('county');
  var school = document.getElementById('schoolCode');
  if (!county || !school) { return; }
  function placeholder(text) {
    var option = document.createElement('option');
    option.value = '';
    option.textContent = text;
    return option;
  }
  county.addEventListener('change', function () {
    school.replaceChildren(placeholder(school.getAttribute('data-county-first-text')));
    if (!county.value) { return; }
    fetch(county.getAttribute('data-schools-url') + '?county=' + encodeURIComponent(county.value),
      { headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (schools) {
        school.replaceChildren(placeholder(school.getAttribute('data-choose-text')));
        schools.forEach(function (s) {
          var option = document.createElement('option');
          option.value = s.code;
          option.textContent = s.name;
          school.appendChild(option);
        });
      });
  });
  var errors = document.getElementById('form-errors');
  var firstInvalid = document.querySelector('#register-form .is-invalid');
  if (errors && firstInvalid) { firstInvalid.focus(); }
})();
