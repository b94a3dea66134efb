// "換一張": load a fresh captcha image (the old challenge is replaced in the session).
document.querySelectorAll('[data-captcha-target]').forEach(function (button) {
  button.addEventListener('click', function () {
    var image = document.getElementById(button.getAttribute('data-captcha-target'));
    image.src = image.src.split('?')[0] + '?' + Date.now();
    var input = document.getElementById('captcha');
    if (input) { input.value = ''; input.focus(); }
  });
});
