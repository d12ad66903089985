// Copies the date chosen on the calendar into the text field as dd/mm/yyyy; the text field is what is sent.
(function () {
    var picker = document.getElementById('birth-date-picker');
    var text = document.getElementById('birth-date');
    if (!picker || !text) { return; }
    picker.addEventListener('change', function () {
        var parts = picker.value.split('-');
        if (parts.length === 3) { text.value = parts[2] + '/' + parts[1] + '/' + parts[0]; }
    });
})();
