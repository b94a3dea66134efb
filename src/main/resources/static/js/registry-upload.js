// /admin/registry: refuse a file over the limit before uploading it. The server refuses it too, but only
// after the whole upload, and then without a page the administrator could read.
(function () {
  var form = document.getElementById('registry-upload');
  if (!form) {
    return;
  }
  var input = document.getElementById('file');
  var problem = document.getElementById('file-problem');
  var limit = Number(form.dataset.maxBytes);
  form.addEventListener('submit', function (event) {
    var file = input.files && input.files[0];
    if (file && file.size > limit) {
      event.preventDefault();
      problem.textContent = form.dataset.tooLarge;
      problem.classList.remove('d-none');
      input.classList.add('is-invalid');
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    }
  });
  input.addEventListener('change', function () {
    problem.classList.add('d-none');
    input.classList.remove('is-invalid');
    input.removeAttribute('aria-invalid');
  });
})();
