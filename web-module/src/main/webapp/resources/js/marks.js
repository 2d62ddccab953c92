/*
 * The marks of the diary are details/summary elements: a tap opens a mark's details (no hover needed).
 * Only one is open at a time; a tap elsewhere or Escape closes it.
 */
document.addEventListener('DOMContentLoaded', function () {
    function closeAll(except) {
        document.querySelectorAll('details.mark[open]').forEach(function (d) {
            if (d !== except) {
                d.removeAttribute('open');
            }
        });
    }
    document.querySelectorAll('details.mark').forEach(function (d) {
        d.addEventListener('toggle', function () {
            if (d.open) {
                closeAll(d);
            }
        });
    });
    document.addEventListener('click', function (e) {
        if (!e.target.closest || !e.target.closest('details.mark')) {
            closeAll(null);
        }
    });
    document.addEventListener('keydown', function (e) {
        if (e.key === 'Escape') {
            closeAll(null);
        }
    });
});
