// Disables the confirm button after the first press; the server stores one confirmation whatever happens.
(function () {
    var form = document.getElementById('confirm-form');
    if (!form) { return; }
    form.addEventListener('submit', function () {
        var button = form.querySelector('button[type=submit]');
        setTimeout(function () { if (button) { button.disabled = true; button.textContent = 'Đang xác nhận…'; } }, 0);
    });
})();
