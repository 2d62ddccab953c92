/*
 * The main menu on a narrow screen (a phone): folded behind the «Меню» button, which opens and closes it
 * (css/journal.css hides the menu below 760 px unless the body has the class menu-open).
 */
document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.getElementById('menuToggle');
    if (!toggle) {
        return;
    }
    toggle.addEventListener('click', function () {
        var open = document.body.classList.toggle('menu-open');
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
});
