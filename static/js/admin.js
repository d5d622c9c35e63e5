// Accessibility repairs for Django's admin widgets: names for the autocomplete boxes (select2)
// and labels for the date and time boxes of a date-time field. Loaded on every admin page.
(function () {
  "use strict";

  function labelFor(id) {
    return id ? document.querySelector('label[for="' + id + '"]') : null;
  }

  function ensureId(element, id) {
    if (!element.id) element.id = id;
    return element.id;
  }

  // select2 puts its box right after the <select>; the box is named by its current value only,
  // which is empty until something is chosen. Name it by the field's label as well.
  function nameAutocomplete(container) {
    var select = container.previousElementSibling;
    var combobox = container.querySelector('.select2-selection[role="combobox"]');
    var label = select && labelFor(select.id);
    if (!combobox || !label || combobox.hasAttribute("data-named")) return;
    var rendered = combobox.querySelector(".select2-selection__rendered");
    var ids = [ensureId(label, select.id + "_label")];
    if (rendered) {
      // A read-only "textbox" inside the combobox, with no name: plain text is what it is.
      rendered.removeAttribute("role");
      rendered.removeAttribute("aria-readonly");
      ids.push(ensureId(rendered, select.id + "_rendered"));
    }
    combobox.setAttribute("aria-labelledby", ids.join(" "));
    combobox.setAttribute("data-named", "");
  }

  // Django writes "Date: <input> Time: <input>" as bare text; make each text a <label>, and
  // name each box by the field's label too ("Publication date: Date").
  function labelDateTime(paragraph) {
    var row = paragraph.closest(".form-row, .fieldBox, td") || paragraph.parentNode;
    var fieldLabel = row.querySelector("label:not([for])");
    paragraph.querySelectorAll("input").forEach(function (input) {
      var text = input.previousSibling;
      if (!input.id || labelFor(input.id) || !text || text.nodeType !== Node.TEXT_NODE || !text.textContent.trim()) return;
      var label = document.createElement("label");
      label.htmlFor = input.id;
      label.id = input.id + "_label";
      label.className = "datetime-part";
      label.textContent = text.textContent.trim();
      text.textContent = text.textContent.replace(/\S[\s\S]*$/, "");
      paragraph.insertBefore(label, input);
      paragraph.insertBefore(document.createTextNode(" "), input);
      var ids = [label.id];
      if (fieldLabel) ids.unshift(ensureId(fieldLabel, input.id.replace(/_\d+$/, "") + "_label"));
      input.setAttribute("aria-labelledby", ids.join(" "));
    });
  }

  function repair(root) {
    root.querySelectorAll(".select2-container").forEach(nameAutocomplete);
    root.querySelectorAll("p.datetime").forEach(labelDateTime);
  }

  // select2 starts after this script, and again for each inline row added: watch for its boxes.
  new MutationObserver(function (mutations) {
    mutations.forEach(function (mutation) {
      mutation.addedNodes.forEach(function (node) {
        if (node.nodeType !== Node.ELEMENT_NODE) return;
        if (node.classList.contains("select2-container")) nameAutocomplete(node);
        else if (node.querySelector && node.querySelector("p.datetime")) repair(node);
      });
    });
  }).observe(document.body, { childList: true, subtree: true });
  repair(document);
})();
