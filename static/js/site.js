// Collapsible main menu on small screens. Without JavaScript the menu is simply always open.
(function () {
  "use strict";
  var nav = document.getElementById("main-nav");
  if (!nav) return;
  var toggle = nav.querySelector(".main-nav__toggle");
  var list = document.getElementById("main-nav-list");
  var narrow = window.matchMedia("(max-width: 47.99em)");

  function setOpen(open) {
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    list.hidden = !open;
  }

  function apply() {
    if (narrow.matches) {
      toggle.hidden = false;
      setOpen(false);
    } else {
      toggle.hidden = true;
      list.hidden = false;
    }
  }

  toggle.addEventListener("click", function () {
    setOpen(toggle.getAttribute("aria-expanded") !== "true");
  });
  nav.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && narrow.matches && toggle.getAttribute("aria-expanded") === "true") {
      setOpen(false);
      toggle.focus();
    }
  });
  narrow.addEventListener("change", apply);
  apply();
})();

// A table wider than the screen scrolls sideways in its box; let the keyboard reach the box so
// that it can be scrolled without a mouse (rich text cannot carry tabindex, so it is set here).
(function () {
  "use strict";
  var boxes = document.querySelectorAll(".rich-text figure.table, .rich-text > table, .table-scroll");
  if (!boxes.length) return;

  function mark() {
    boxes.forEach(function (box) {
      var scrolls = box.scrollWidth > box.clientWidth + 1;
      if (scrolls && !box.hasAttribute("tabindex")) {
        box.setAttribute("tabindex", "0");
        box.setAttribute("data-scroll-focus", "");
      } else if (!scrolls && box.hasAttribute("data-scroll-focus")) {
        box.removeAttribute("tabindex");
        box.removeAttribute("data-scroll-focus");
      }
    });
  }

  var pending = false;
  window.addEventListener("resize", function () {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () {
      pending = false;
      mark();
    });
  });
  window.addEventListener("load", mark);
  mark();
})();
