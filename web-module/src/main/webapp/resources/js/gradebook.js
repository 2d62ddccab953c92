/*
 * Keyboard editing of the journal grid. A cell is selected with the mouse or the arrow keys; typing
 * starts editing («5», «Н», «ОП 4»…), Enter/Tab/arrows save and move on, Esc cancels, Delete clears.
 * Each save posts only that cell (lesson, student, text, stamp) through a remote command; saves of
 * one cell are sent one after another so that each carries the stamp the previous one returned.
 */
var JR = window.JR || {};
(function () {
    var grid, editor, historyButton, lessonIds = [], active = null, editing = false;

    JR.init = function () {
        grid = document.getElementById('grid');
        if (!grid) {
            return;
        }
        editor = document.getElementById('cellEditor');
        historyButton = document.getElementById('cellHistoryButton');
        grid.querySelectorAll('thead th[data-l]').forEach(function (th) {
            lessonIds.push(th.getAttribute('data-l'));
        });
        grid.addEventListener('click', function (e) {
            var th = e.target.closest('th[data-l]');
            if (th) {
                jrOpenLesson([{name: 'lesson', value: th.getAttribute('data-l')}]);
                return;
            }
            var td = cellOf(e.target);
            if (td) {
                select(td);
            }
        });
        grid.addEventListener('dblclick', function (e) {
            var td = cellOf(e.target);
            if (td) {
                select(td);
                startEdit(td.textContent.trim());
            }
        });
        grid.addEventListener('contextmenu', function (e) {
            var td = cellOf(e.target);
            if (td && td.classList.contains('c')) {
                e.preventDefault();
                select(td);
                showHistory();
            }
        });
        grid.addEventListener('keydown', onGridKey);
        editor.addEventListener('keydown', onEditorKey);
        editor.addEventListener('blur', function () {
            if (editing) {
                commit(null);
            }
        });
        historyButton.addEventListener('mousedown', function (e) {
            e.preventDefault();
        });
        historyButton.addEventListener('click', showHistory);
        var highlighted = grid.querySelector('th.hl');
        if (highlighted) {
            highlighted.scrollIntoView({block: 'nearest', inline: 'center'});
            var index = lessonIds.indexOf(highlighted.getAttribute('data-l'));
            var firstRow = grid.tBodies[0] && grid.tBodies[0].rows[0];
            if (firstRow && index >= 0) {
                select(firstRow.cells[index + 1]);
            }
        }
    };

    JR.focusGrid = function () {
        if (grid) {
            grid.focus({preventScroll: true});
        }
    };

    function cellOf(node) {
        var td = node.closest ? node.closest('td') : null;
        return td && grid.contains(td) && (td.classList.contains('c') || td.classList.contains('g')) ? td : null;
    }

    function editable(td) {
        return grid.getAttribute('data-closed') !== 'true' && !td.parentNode.classList.contains('departed')
            && !td.classList.contains('x') && !td.classList.contains('ro');
    }

    function select(td) {
        if (active) {
            active.classList.remove('sel');
        }
        active = td;
        td.classList.add('sel');
        td.scrollIntoView({block: 'nearest', inline: 'nearest'});
        if (td.classList.contains('c')) {
            var r = td.getBoundingClientRect();
            historyButton.style.display = 'block';
            historyButton.style.left = (window.scrollX + r.right - 12) + 'px';
            historyButton.style.top = (window.scrollY + r.top) + 'px';
        } else {
            historyButton.style.display = 'none';
        }
        JR.focusGrid();
    }

    function move(dRow, dCol) {
        if (!active) {
            return;
        }
        var row = active.parentNode, rows = grid.tBodies[0].rows;
        var r = Array.prototype.indexOf.call(rows, row) + dRow;
        var c = active.cellIndex + dCol;
        if (r < 0 || r >= rows.length) {
            return;
        }
        var target = rows[r].cells[c];
        if (target && (target.classList.contains('c') || target.classList.contains('g'))) {
            select(target);
        } else if (dCol !== 0) {
            var skip = rows[r].cells[c + dCol];
            if (skip && (skip.classList.contains('c') || skip.classList.contains('g'))) {
                select(skip);
            }
        }
    }

    function onGridKey(e) {
        if (!active || editing) {
            return;
        }
        switch (e.key) {
            case 'ArrowUp': move(-1, 0); break;
            case 'ArrowDown': move(1, 0); break;
            case 'ArrowLeft': move(0, -1); break;
            case 'ArrowRight': move(0, 1); break;
            case 'Tab': move(0, e.shiftKey ? -1 : 1); break;
            case 'Enter': case 'F2': startEdit(active.textContent.trim()); break;
            case 'Delete': case 'Backspace':
                if (editable(active)) {
                    save(active, '', false);
                }
                break;
            default:
                if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
                    startEdit(e.key);
                    break;
                }
                return;
        }
        e.preventDefault();
    }

    function startEdit(text) {
        if (!active || !editable(active)) {
            return;
        }
        var r = active.getBoundingClientRect();
        editor.style.left = (window.scrollX + r.left) + 'px';
        editor.style.top = (window.scrollY + r.top) + 'px';
        editor.style.width = Math.max(r.width, 64) + 'px';
        editor.style.height = r.height + 'px';
        editor.style.display = 'block';
        editor.value = text;
        editing = true;
        editor.focus();
        editor.setSelectionRange(text.length, text.length);
    }

    function onEditorKey(e) {
        switch (e.key) {
            case 'Enter': commit([1, 0]); break;
            case 'Tab': commit([0, e.shiftKey ? -1 : 1]); break;
            case 'ArrowUp': commit([-1, 0]); break;
            case 'ArrowDown': commit([1, 0]); break;
            case 'Escape':
                editing = false;
                editor.style.display = 'none';
                JR.focusGrid();
                break;
            default: return;
        }
        e.preventDefault();
    }

    function commit(direction) {
        editing = false;
        editor.style.display = 'none';
        var td = active, value = editor.value.trim();
        if (td && value !== td.textContent.trim()) {
            save(td, value, false);
        }
        if (direction) {
            move(direction[0], direction[1]);
        }
        JR.focusGrid();
    }

    function save(td, value, confirmed) {
        if (td.classList.contains('saving')) {
            td.jrNext = {value: value, confirmed: confirmed};
            td.textContent = value;
            return;
        }
        if (td.jrShown === undefined) {
            td.jrShown = td.textContent.trim();
        }
        td.jrValue = value;
        td.textContent = value;
        td.classList.add('saving');
        td.classList.remove('err');
        var student = td.parentNode.getAttribute('data-s');
        if (td.classList.contains('g')) {
            jrSaveGrade([{name: 'student', value: student}, {name: 'value', value: value},
                {name: 'stamp', value: td.getAttribute('data-k')}]);
        } else {
            jrSaveCell([{name: 'lesson', value: lessonIds[td.cellIndex - 1]}, {name: 'student', value: student},
                {name: 'value', value: value}, {name: 'stamp', value: td.getAttribute('data-k')},
                {name: 'confirm', value: confirmed ? 'true' : 'false'}]);
        }
    }

    function rowOf(student) {
        return grid.querySelector('tbody tr[data-s="' + student + '"]');
    }

    function finished(td, args) {
        td.classList.remove('saving');
        if (args.text !== undefined) {
            td.textContent = args.text;
            td.setAttribute('data-k', args.stamp);
            td.jrShown = args.text;
        } else if (args.error || args.confirm) {
            td.textContent = td.jrShown;
        }
        if (args.error) {
            td.classList.add('err');
            td.title = args.error;
        } else {
            td.removeAttribute('title');
        }
        var next = td.jrNext;
        td.jrNext = undefined;
        if (next && !args.error) {
            save(td, next.value, next.confirmed);
        }
    }

    JR.cellSaved = function (args) {
        if (!args || args.student === undefined) {
            return;
        }
        var row = rowOf(args.student), index = lessonIds.indexOf(String(args.lesson));
        if (!row || index < 0) {
            return;
        }
        var td = row.cells[index + 1];
        if (args.confirm) {
            td.classList.remove('saving');
            if (window.confirm(args.confirm)) {
                save(td, td.jrValue, true);
            } else {
                td.textContent = td.jrShown;
                td.jrNext = undefined;
            }
            return;
        }
        finished(td, args);
        if (args.average !== undefined) {
            row.querySelector('td.avg').textContent = args.average;
            row.querySelector('td.prop').textContent = args.proposed;
        }
    };

    JR.gradeSaved = function (args) {
        if (!args || args.student === undefined) {
            return;
        }
        var row = rowOf(args.student);
        if (row) {
            finished(row.querySelector('td.g'), args);
        }
    };

    function showHistory() {
        if (!active || !active.classList.contains('c')) {
            return;
        }
        jrHistory([{name: 'lesson', value: lessonIds[active.cellIndex - 1]},
            {name: 'student', value: active.parentNode.getAttribute('data-s')}]);
    }
})();

// Started from here, not from an inline script on the page: the Content Security Policy runs no script
// but the application's files and the scripts PrimeFaces writes with the page's nonce.
$(function () {
    if (document.getElementById('grid')) {
        JR.init();
    }
});
