// A gallery's rows in the article form, reordered by dragging a row by its handle or with its
// "Move up" and "Move down" buttons; the order numbers (hidden, still submitted) follow the rows.
"use strict";
(function () {
  function setUp(group) {
    const messages = group.dataset;
    const body = group.querySelector("tbody");
    if (!body) return;
    const rows = () => Array.from(body.querySelectorAll("tr.form-row:not(.empty-form)"));
    const orderOf = (row) => row.querySelector('input[name$="-order"]');
    let dragged = null;

    const status = document.createElement("p");
    status.className = "library-hidden-text";
    status.setAttribute("role", "status");
    const hint = document.createElement("p");
    hint.className = "help gallery-order__hint";
    hint.textContent = messages.hint;
    const table = group.querySelector("table");
    if (table) table.before(hint, status);

    function renumber() {
      const all = rows();
      all.forEach((row, index) => {
        const input = orderOf(row);
        if (input) input.value = String(index + 1);
        const up = row.querySelector(".gallery-order__up");
        const down = row.querySelector(".gallery-order__down");
        if (up) up.disabled = index === 0;
        if (down) down.disabled = index === all.length - 1;
      });
    }

    function announce(row) {
      const all = rows();
      status.textContent = messages.moved
        .replace("%(position)s", String(all.indexOf(row) + 1))
        .replace("%(count)s", String(all.length));
    }

    function move(row, offset, button) {
      const all = rows();
      const index = all.indexOf(row);
      const other = all[index + offset];
      if (!other) return;
      if (offset < 0) other.before(row);
      else other.after(row);
      renumber();
      announce(row);
      if (button && !button.disabled) button.focus();
      else row.querySelector(offset < 0 ? ".gallery-order__down" : ".gallery-order__up")?.focus();
    }

    function button(className, text, offset, row) {
      const made = document.createElement("button");
      made.type = "button";
      made.className = `button ${className}`;
      made.textContent = text;
      made.addEventListener("click", () => move(row, offset, made));
      return made;
    }

    function enhance(row) {
      const input = orderOf(row);
      if (!input || row.dataset.galleryOrder) return;
      row.dataset.galleryOrder = "on";
      input.classList.add("gallery-order__input"); // hidden, still submitted
      input.tabIndex = -1;
      const cell = input.closest("td") || input.parentNode;
      const handle = document.createElement("span");
      handle.className = "gallery-order__handle";
      handle.title = messages.drag;
      handle.setAttribute("aria-hidden", "true");
      handle.textContent = "⠿";
      // Only the handle drags, so that text in the row's fields can still be selected with the mouse.
      handle.addEventListener("pointerdown", () => {
        row.draggable = true;
      });
      handle.addEventListener("pointerup", () => {
        row.draggable = false;
      });
      const controls = document.createElement("span");
      controls.className = "gallery-order__controls";
      controls.append(
        button("gallery-order__up", messages.moveUp, -1, row),
        button("gallery-order__down", messages.moveDown, 1, row),
      );
      cell.append(handle, controls);
      row.addEventListener("dragstart", (event) => {
        dragged = row;
        row.classList.add("gallery-order__dragged");
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", "");
      });
      row.addEventListener("dragend", () => {
        row.draggable = false;
        row.classList.remove("gallery-order__dragged");
        dragged = null;
      });
    }

    body.addEventListener("dragover", (event) => {
      const over = event.target instanceof Element && event.target.closest("tr.form-row");
      if (!dragged || !over || over === dragged || over.classList.contains("empty-form")) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "move";
      const box = over.getBoundingClientRect();
      if (event.clientY < box.top + box.height / 2) over.before(dragged);
      else over.after(dragged);
    });
    body.addEventListener("drop", (event) => {
      if (!dragged) return;
      event.preventDefault();
      renumber();
      announce(dragged);
    });

    rows().forEach(enhance);
    // The numbers stay as loaded until a row moves (an untouched form has nothing to save).
    rows().forEach((row, index, all) => {
      const up = row.querySelector(".gallery-order__up");
      const down = row.querySelector(".gallery-order__down");
      if (up) up.disabled = index === 0;
      if (down) down.disabled = index === all.length - 1;
    });
    document.addEventListener("formset:added", (event) => {
      if (!group.contains(event.target)) return;
      enhance(event.target);
      renumber(); // a new row comes last
    });
    document.addEventListener("formset:removed", renumber);
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("[data-gallery-order]").forEach(setUp);
  });
})();
