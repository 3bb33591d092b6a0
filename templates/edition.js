// variorum: a popover with the note of the variant under the pointer or the keyboard focus.
// Everything stays readable without this script: each mark is a link to its note.
(function () {
  "use strict";
  var pop = document.getElementById("popover");
  if (!pop) return;
  var current = null;

  function noteFor(el) {
    var ref = el.classList.contains("app-ref") ? el : null;
    var id;
    if (ref) {
      id = ref.getAttribute("href").slice(1);
    } else if (el.id) {
      id = "n-" + el.id;
    } else {
      return null;
    }
    var note = document.getElementById(id);
    if (!note) return null;
    return note.classList.contains("alt") ? note : note.closest("li") || note;
  }

  function show(el) {
    var note = noteFor(el);
    if (!note) return;
    current = el;
    pop.innerHTML = "";
    var copy = note.cloneNode(true);
    copy.removeAttribute("id");
    copy.querySelectorAll("[id]").forEach(function (n) { n.removeAttribute("id"); });
    pop.appendChild(copy.tagName === "LI" ? wrap(copy) : copy);
    pop.hidden = false;
    var r = el.getBoundingClientRect();
    var w = pop.offsetWidth;
    var left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - w - 8));
    pop.style.left = left + "px";
    pop.style.top = (window.scrollY + r.bottom + 6) + "px";
    el.setAttribute("aria-describedby", "popover");
  }

  function wrap(li) {
    var div = document.createElement("div");
    while (li.firstChild) div.appendChild(li.firstChild);
    return div;
  }

  function hide() {
    if (current) current.removeAttribute("aria-describedby");
    current = null;
    pop.hidden = true;
  }

  document.querySelectorAll(".app-ref, .app[id]").forEach(function (el) {
    el.addEventListener("mouseenter", function () { show(el); });
    el.addEventListener("mouseleave", function (ev) {
      if (!pop.contains(ev.relatedTarget)) hide();
    });
    el.addEventListener("focus", function () { show(el); });
    el.addEventListener("blur", hide);
  });
  pop.addEventListener("mouseleave", hide);
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") hide(); });
})();
