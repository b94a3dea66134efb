// A field marked wrong by the server stops looking wrong as soon as the user changes it.
document.querySelectorAll('.is-invalid').forEach(function (field) {
  ['input', 'change'].forEach(function (type) {
    field.addEventListener(type, function () {
      field.classList.remove('is-invalid');
      if (field.name) {
        document.querySelectorAll('[name="' + field.name + '"]').forEach(function (same) { same.classList.remove('is-invalid'); });
      }
      var group = field.closest('.is-invalid');
      if (group) { group.classList.remove('is-invalid'); }
    });
  });
});
