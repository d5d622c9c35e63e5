// The media library's chooser in the article and page forms: one modal <dialog> whose content (search,
// filters, pages of images, uploads) comes from the library's chooser views as template fragments. It
// chooses for a target:
// - a form field: a "Choose from the library" button beside each library image's autocomplete box;
//   choosing sets the box, its thumbnail and the description field of the article's language;
// - a rich text editor: an "Insert an image from the library" button beside each CKEditor (offered by
//   the form's <template class="library-body-chooser">, rendered for those who may see the library);
//   choosing inserts the image at the editor's cursor, its file's address as src (a library image for
//   medialibrary/body.py) and its description in the article's language as alt.
// Without scripts the buttons stay hidden and the autocomplete box and the editor work alone.
"use strict";
(function () {
  if (window.mediaLibraryChooser) return; // loaded by the form's widgets and by its template
  window.mediaLibraryChooser = true;
  let dialog = null; // the one dialog of the page, made when first opened
  let target = null; // what it chooses for: see fieldTarget and editorTarget
  let opener = null; // the button that opened it, focused again when it closes without a choice
  let focusAfter = null; // what to focus instead when it closes after a choice
  let pending = []; // files waiting to be uploaded: {file, item}
  let counter = 0;
  const known = new Map(); // image id -> its card's data, to show a chosen image without asking again

  const content = () => dialog && dialog.querySelector(".library-dialog__content");

  function articleLanguage(fallback) {
    const field = document.getElementById("id_language");
    return (field && field.value) || fallback || document.documentElement.lang || "";
  }

  function say(text) {
    const status = dialog && dialog.querySelector(".library-dialog__status");
    if (status) status.textContent = text || "";
  }

  async function fetchText(url, options) {
    const response = await fetch(url, { credentials: "same-origin", ...options });
    if (response.redirected || !response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  }

  function cardData(button) {
    const data = button.dataset;
    return {
      id: data.imageId,
      url: data.url,
      label: data.label,
      description: data.description,
      thumbnail: data.src ? { src: data.src, alt: data.alt, width: data.width, height: data.height } : null,
    };
  }

  // The article form ----------------------------------------------------------------------------------

  function selectOf(chooser) {
    return chooser.querySelector("select");
  }

  function descriptionField(chooser) {
    const select = selectOf(chooser);
    const field = chooser.dataset.field;
    if (!select || !field || !select.name.endsWith(field) || !chooser.dataset.descriptionField) return null;
    const name = select.name.slice(0, -field.length) + chooser.dataset.descriptionField;
    return select.form ? select.form.elements.namedItem(name) : null;
  }

  function showChosen(chooser, data) {
    const preview = chooser.querySelector(".library-chooser__preview");
    if (preview) {
      preview.replaceChildren();
      if (data && data.thumbnail) {
        const img = document.createElement("img");
        img.className = "library-thumbnail";
        img.src = data.thumbnail.src;
        img.alt = data.thumbnail.alt || "";
        img.width = Math.round(Number(data.thumbnail.width) / 3) || 80;
        img.height = Math.round(Number(data.thumbnail.height) / 3) || 60;
        preview.append(img);
      }
    }
    const description = descriptionField(chooser);
    // The description field shows the chosen image's own description in the article's language
    // (empty when it has none yet, to be typed), never the one of the image chosen before.
    if (description && data) description.value = data.description || "";
  }

  function setChosen(chooser, data) {
    const select = selectOf(chooser);
    if (!select) return;
    let option = Array.from(select.options).find((o) => o.value === data.id);
    if (!option) {
      option = new Option(data.label, data.id, true, true);
      select.append(option);
    }
    select.value = data.id;
    known.set(data.id, data);
    select.dispatchEvent(new Event("change", { bubbles: true })); // select2 shows it; onChange below
  }

  // Several images uploaded from a gallery row: the row takes the first, new rows the others.
  function fillGallery(widget, images) {
    const group = widget.closest(".js-inline-admin-formset");
    const add = group && group.querySelector(".add-row a");
    if (!add) return false;
    setChosen(widget, images[0]);
    for (const data of images.slice(1)) {
      add.click(); // Django's inlines.js adds the row at once
      const rows = group.querySelectorAll(".form-row:not(.empty-form)");
      const chooser = rows[rows.length - 1].querySelector(".library-chooser[data-chooser-url]");
      if (chooser) setChosen(chooser, data);
    }
    return true;
  }

  function fieldTarget(chooser) {
    return {
      chooserUrl: chooser.dataset.chooserUrl,
      loadError: chooser.dataset.loadError,
      language: () => articleLanguage(),
      choose: (data) => setChosen(chooser, data),
      chooseMany: (images) => fillGallery(chooser, images),
    };
  }

  // A rich text editor (CKEditor 5, kept by django-ckeditor-5 in window.editors[<textarea id>]) ----------

  function insertImages(editor, images) {
    // The file's address (MEDIA_URL + name) makes it a library image of the body; the description in the
    // article's language is its text alternative (an empty one is asked for when the article is saved).
    const sources = images.map((data) => ({ src: data.url, alt: data.description || "" }));
    const model = editor.model;
    const selected = model.document.selection.getSelectedElement();
    const utils = editor.plugins.has("ImageUtils") ? editor.plugins.get("ImageUtils") : null;
    focusAfter = () => editor.editing.view.focus();
    if (utils && selected && utils.isImage(selected)) {
      // An image is selected (the one inserted last, say): insertImage would replace it; these go after it.
      model.change(() => {
        let last = selected;
        for (const source of sources) last = utils.insertImage(source, model.createPositionAfter(last), selected.name) || last;
      });
      return;
    }
    if (!editor.commands.get("insertImage").isEnabled) {
      // The cursor is where no image may go (a table caption, say): the images go at the end.
      model.change((writer) => writer.setSelection(model.document.getRoot(), "end"));
    }
    editor.execute("insertImage", { source: sources });
  }

  function editorTarget(editor, offer) {
    return {
      chooserUrl: offer.dataset.chooserUrl,
      loadError: offer.dataset.loadError,
      language: () => articleLanguage(offer.dataset.language),
      choose: (data) => insertImages(editor, [data]),
      chooseMany: (images) => {
        insertImages(editor, images);
        return true;
      },
    };
  }

  function choose(data) {
    target.choose(data);
    dialog.close();
  }

  function chooseMany(images) {
    if (!target.chooseMany(images)) return false;
    dialog.close();
    return true;
  }

  async function onChange(select) {
    const chooser = select.closest(".library-chooser[data-chooser-url]");
    if (!chooser || !select.value) {
      if (chooser) showChosen(chooser, null);
      return;
    }
    let data = known.get(select.value);
    if (!data) {
      // Chosen in the autocomplete box: ask the library for its card.
      const url = new URL(chooser.dataset.chooserUrl, window.location.href);
      url.search = new URLSearchParams({ part: "results", id: select.value, language: articleLanguage() });
      try {
        const holder = document.createElement("div");
        holder.innerHTML = await fetchText(url);
        const button = holder.querySelector(".library-card__choose");
        if (!button) return;
        data = cardData(button);
        known.set(data.id, data);
      } catch {
        return;
      }
    }
    if (select.value === data.id) showChosen(chooser, data);
  }

  // The dialog ------------------------------------------------------------------------------------

  function makeDialog() {
    dialog = document.createElement("dialog");
    dialog.className = "library-dialog";
    dialog.setAttribute("aria-labelledby", "library-dialog-title");
    document.body.append(dialog);
    dialog.addEventListener("close", () => {
      pending = [];
      const focus = focusAfter || (() => opener && opener.focus());
      focusAfter = null;
      focus();
    });
    dialog.addEventListener("click", onDialogClick);
    dialog.addEventListener("submit", onDialogSubmit);
    dialog.addEventListener("change", onDialogChange);
    dialog.addEventListener("dragover", (event) => {
      const drop = event.target.closest && event.target.closest(".library-upload__drop");
      if (!drop) return;
      event.preventDefault();
      drop.classList.add("library-upload__drop--over");
    });
    dialog.addEventListener("dragleave", (event) => {
      const drop = event.target.closest && event.target.closest(".library-upload__drop");
      if (drop) drop.classList.remove("library-upload__drop--over");
    });
    dialog.addEventListener("drop", (event) => {
      const drop = event.target.closest && event.target.closest(".library-upload__drop");
      if (!drop) return;
      event.preventDefault();
      drop.classList.remove("library-upload__drop--over");
      addFiles(event.dataTransfer.files);
    });
  }

  async function open(chosenFor, button) {
    if (!dialog) makeDialog();
    if (dialog.open) return;
    target = chosenFor;
    opener = button;
    focusAfter = null;
    const url = new URL(target.chooserUrl, window.location.href);
    url.searchParams.set("language", target.language());
    try {
      dialog.innerHTML = await fetchText(url);
    } catch {
      window.alert(target.loadError);
      return;
    }
    pending = [];
    dialog.showModal();
    const search = dialog.querySelector('input[type="search"]');
    if (search) search.focus();
  }

  async function loadResults(url, focusFirst) {
    const results = dialog.querySelector(".library-results");
    say(content().dataset.loading);
    try {
      results.innerHTML = await fetchText(url);
    } catch {
      say(content().dataset.offline);
      return false;
    }
    say(results.querySelector(".library-results__count")?.textContent.trim() || "");
    if (focusFirst) {
      const first = results.querySelector(".library-card__choose");
      if (first) first.focus();
    }
    return true;
  }

  function searchUrl() {
    const form = dialog.querySelector(".library-search");
    const url = new URL(form.action, window.location.href);
    url.search = new URLSearchParams(new FormData(form));
    return url;
  }

  function onDialogClick(event) {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const choice = target.closest(".library-card__choose");
    if (choice) {
      choose(cardData(choice));
      return;
    }
    if (target.closest(".library-dialog__close")) {
      dialog.close();
      return;
    }
    const page = target.closest(".library-pages__link");
    if (page) {
      event.preventDefault();
      loadResults(new URL(page.getAttribute("href"), window.location.href), true);
      return;
    }
    const remove = target.closest(".library-upload__remove");
    if (remove) {
      const item = remove.closest(".library-upload__item");
      pending = pending.filter((entry) => entry.item !== item);
      item.remove();
      updateSendButton();
      dialog.querySelector(".library-upload__files")?.focus();
    }
  }

  function onDialogSubmit(event) {
    const form = event.target;
    if (form.classList.contains("library-search")) {
      event.preventDefault();
      loadResults(searchUrl(), false);
    } else if (form.classList.contains("library-upload__form")) {
      event.preventDefault();
      uploadAll(form);
    }
  }

  // The collection of new images follows the one browsed, until it is chosen in the upload form itself.
  function followBrowsedCollection() {
    const browsed = dialog.querySelector("#library-search-collection");
    const filing = dialog.querySelector("#library-upload-collection");
    if (!browsed || !filing || filing.dataset.chosen) return;
    const option = Array.from(filing.options).find((o) => o.value && o.value === browsed.value);
    filing.value = option ? option.value : "";
  }

  function onDialogChange(event) {
    const target = event.target;
    if (target.matches(".library-search select")) {
      if (target.name === "collection") followBrowsedCollection();
      loadResults(searchUrl(), false);
    } else if (target.matches("#library-upload-collection")) target.dataset.chosen = "true";
    else if (target.matches(".library-upload__files")) {
      addFiles(target.files);
      target.value = "";
    }
  }

  // Uploads --------------------------------------------------------------------------------------------

  function updateSendButton() {
    const send = dialog.querySelector(".library-upload__send");
    if (send) send.hidden = pending.length === 0;
  }

  function addFiles(files) {
    const template = dialog.querySelector(".library-upload__template");
    const list = dialog.querySelector(".library-upload__list");
    if (!template || !list) return;
    let first = null;
    for (const file of files) {
      const item = template.content.firstElementChild.cloneNode(true);
      counter += 1;
      for (const field of item.querySelectorAll("[data-id]")) field.id = `library-upload-${counter}-${field.dataset.id}`;
      for (const label of item.querySelectorAll("label[data-for]")) {
        label.htmlFor = `library-upload-${counter}-${label.dataset.for}`;
      }
      item.querySelector(".library-upload__name").textContent = file.name;
      const preview = item.querySelector("img");
      if (file.type.startsWith("image/")) {
        preview.addEventListener("error", () => preview.remove()); // not a picture after all: the server says why
        preview.src = URL.createObjectURL(file);
      } else preview.remove();
      list.append(item);
      pending.push({ file, item });
      first = first || item.querySelector('input[name="description"]');
    }
    updateSendButton();
    if (first) first.focus();
  }

  function showErrors(item, errors) {
    let firstField = null;
    for (const holder of item.querySelectorAll(".library-upload__errors")) holder.textContent = "";
    for (const [name, messages] of Object.entries(errors)) {
      const key = ["file", "description", "credit"].includes(name) ? name : "file";
      const holder = item.querySelector(`.library-upload__errors--${key}`);
      holder.textContent = [holder.textContent, ...messages].filter(Boolean).join(" ");
      const input = item.querySelector(`input[name="${key}"]`);
      if (input) {
        input.setAttribute("aria-invalid", "true");
        holder.id = `${input.id}-errors`;
        input.setAttribute("aria-describedby", holder.id);
        firstField = firstField || input;
      }
    }
    return firstField || item.querySelector(".library-upload__remove");
  }

  async function uploadAll(form) {
    const messages = content().dataset;
    const uploaded = [];
    let refused = null;
    say(messages.uploading);
    for (const entry of [...pending]) {
      const body = new FormData();
      body.append("csrfmiddlewaretoken", form.elements.namedItem("csrfmiddlewaretoken").value);
      body.append("language", form.elements.namedItem("language").value);
      const collection = form.elements.namedItem("collection");
      if (collection) body.append("collection", collection.value);
      body.append("file", entry.file);
      body.append("description", entry.item.querySelector('input[name="description"]').value);
      body.append("credit", entry.item.querySelector('input[name="credit"]').value);
      let answer = null;
      try {
        const response = await fetch(form.action, { method: "POST", body, credentials: "same-origin" });
        answer = response.headers.get("content-type")?.includes("json") ? await response.json() : null;
      } catch {
        answer = null;
      }
      if (answer && answer.image) {
        known.set(answer.image.id, answer.image);
        uploaded.push(answer.image);
        pending = pending.filter((other) => other !== entry);
        entry.item.remove();
      } else {
        const errors = (answer && answer.errors) || { file: [messages.offline] };
        const field = showErrors(entry.item, errors);
        refused = refused || field;
      }
    }
    updateSendButton();
    if (refused) {
      say(messages.uploadFailed);
      refused.focus();
    } else if (uploaded.length === 1) {
      choose(uploaded[0]); // one new image: it is the one wanted
      return;
    } else if (uploaded.length > 1 && chooseMany(uploaded)) {
      return;
    }
    if (uploaded.length) {
      // Several new images: the list shows them first (the newest), to choose from, in their collection.
      const search = dialog.querySelector(".library-search");
      search.reset();
      for (const select of search.querySelectorAll("select")) select.value = "";
      const browsed = search.elements.namedItem("collection");
      const filed = form.elements.namedItem("collection");
      if (browsed && filed && filed.value) browsed.value = filed.value;
      await loadResults(searchUrl(), !refused);
      if (!refused) say(messages.uploaded);
    }
  }

  // Start ------------------------------------------------------------------------------------------

  function enhance(root) {
    for (const chooser of root.querySelectorAll(".library-chooser[data-chooser-url]")) {
      const select = selectOf(chooser);
      const button = chooser.querySelector(".library-chooser__open");
      if (!button || !select || select.name.includes("__prefix__")) continue;
      button.hidden = false;
      // Named by its field too: "Choose from the library" beside "Cover image", or beside photo 2.
      const label = select.id && document.querySelector(`label[for="${select.id}"]`);
      if (label && !button.hasAttribute("aria-describedby")) {
        label.id = label.id || `${select.id}_label`;
        button.setAttribute("aria-describedby", label.id);
      }
    }
  }

  // Beside each rich text editor of the form, once CKEditor has made it (after this script has run).
  function whenEditor(id, callback, tries = 0) {
    const editor = window.editors && window.editors[id];
    if (editor) callback(editor);
    else if (tries < 300) window.setTimeout(() => whenEditor(id, callback, tries + 1), 100);
  }

  function offerInEditors() {
    const offer = document.querySelector("template.library-body-chooser");
    if (!offer) return; // not this form, or the user may not see the library
    for (const textarea of document.querySelectorAll("textarea.django_ckeditor_5")) {
      if (textarea.id.includes("__prefix__") || textarea.disabled) continue;
      whenEditor(textarea.id, (editor) => {
        if (editor.isReadOnly || !editor.commands.get("insertImage")) return;
        const bar = offer.content.firstElementChild.cloneNode(true);
        const button = bar.querySelector("button");
        // Named by its field too: "Insert an image from the library" of "Body".
        const label = document.querySelector(`label[for="${textarea.id}"]`);
        if (label) {
          label.id = label.id || `${textarea.id}_label`;
          button.setAttribute("aria-describedby", label.id);
        }
        button.addEventListener("click", () => open(editorTarget(editor, offer), button));
        const container = textarea.closest(".ck-editor-container"); // under the editor and its word count
        if (container) container.append(bar);
        else textarea.after(bar);
      });
    }
  }

  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element && event.target.closest(".library-chooser__open");
    if (button) open(fieldTarget(button.closest(".library-chooser")), button);
  });

  function listen() {
    const handler = (event) => {
      if (event.target instanceof HTMLSelectElement && !event.target.closest("dialog")) onChange(event.target);
    };
    // select2 tells a choice with jQuery's own event, which only jQuery's listeners hear.
    if (window.django && window.django.jQuery) window.django.jQuery(document).on("change", "select", handler);
    else document.addEventListener("change", handler);
  }

  document.addEventListener("formset:added", (event) => enhance(event.target));
  function start() {
    listen();
    enhance(document);
    offerInEditors();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start(); // a deferred script runs when the document is parsed

})();
