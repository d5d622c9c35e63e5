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
