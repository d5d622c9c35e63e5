/* Change forms that lose nothing typed: presence, unsaved changes kept on the server and in this
   browser, a question before leaving with unsaved changes, and a save that survives a lost session.
   The page says what to show in #editing (see templates/admin/change_form.html). */
(function () {
  "use strict";

  const root = document.getElementById("editing");
  if (!root) return;
  const form = root.closest("form");
  const messages = document.getElementById("editing-messages").dataset;
  const key = root.dataset.key;
  const storageKey = "commission-editing:" + key;
  const unsavedUrl = root.dataset.unsavedUrl;
  const presenceUrl = root.dataset.presenceUrl;
  const bound = root.dataset.bound === "1";
  const KEEP_AFTER_MS = 2000; // kept this long after the last keystroke
  const HEARTBEAT_MS = Number(root.dataset.heartbeatMs) || 15000;
  let token = root.dataset.token;
  let dirty = bound; // a form sent back with an error holds what was typed and is not saved
  let submitting = false;
  let loggedOut = false;
  let keepTimer = null;

  function csrfToken() {
    const match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : form.querySelector("[name=csrfmiddlewaretoken]").value;
  }

  function editors() {
    return window.editors || {};
  }

  // What the form holds: every field but files and the form's own hidden ones, as {name: [values]}.
  function values() {
    Object.entries(editors()).forEach(([id, editor]) => {
      const textarea = document.getElementById(id);
      if (textarea) textarea.value = editor.getData();
    });
    const data = {};
    new FormData(form).forEach((value, name) => {
      if (typeof value !== "string" || name === "csrfmiddlewaretoken" || name.startsWith("_")) return;
      (data[name] = data[name] || []).push(value);
    });
    return data;
  }

  function fill(data) {
    Object.entries(data).forEach(([name, list]) => {
      const fields = form.querySelectorAll(`[name="${CSS.escape(name)}"]`);
      fields.forEach((field) => {
        if (field.type === "file" || field.type === "hidden" && name.endsWith("-kept")) return;
        if (field.type === "checkbox" || field.type === "radio") {
          field.checked = list.includes(field.value);
        } else if (field.tagName === "SELECT") {
          Array.from(field.options).forEach((option) => {
            if (list.includes(option.value) && !option.selected) {
              option.selected = true;
            } else if (!list.includes(option.value)) {
              option.selected = false;
            }
          });
          if (window.django && django.jQuery) django.jQuery(field).trigger("change");
        } else {
          field.value = list[0] ?? "";
        }
        const editor = editors()[field.id];
        if (editor) editor.setData(field.value);
      });
    });
    // A field absent from what was kept is an unticked checkbox.
    form.querySelectorAll("input[type=checkbox]").forEach((box) => {
      if (box.name && !(box.name in data) && !box.name.startsWith("_")) box.checked = false;
    });
  }

  function readLocal() {
    try {
      return JSON.parse(localStorage.getItem(storageKey) || "null");
    } catch (error) {
      return null;
    }
  }

  function writeLocal(extra) {
    try {
      const kept = {data: values(), savedAt: new Date().toISOString(), baseToken: token, ...extra};
      localStorage.setItem(storageKey, JSON.stringify(kept));
    } catch (error) {
      /* private mode or a full storage: the server copy remains */
    }
  }

  function clearLocal() {
    try {
      localStorage.removeItem(storageKey);
    } catch (error) {
      /* nothing kept */
    }
  }

  function post(url, fields) {
    const body = new FormData();
    Object.entries(fields).forEach(([name, value]) => body.append(name, value));
    return fetch(url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      redirect: "manual",
      headers: {"X-CSRFToken": csrfToken(), "X-Requested-With": "XMLHttpRequest"},
    }).then((response) => {
      if (response.status === 401 || response.type === "opaqueredirect") {
        showLoggedOut();
        throw new Error("logged out");
      }
      if (loggedOut) hideLoggedOut();
      return response.json();
    });
  }

  function keepOnServer() {
    return post(unsavedUrl, {data: JSON.stringify(values()), token: token}).catch(() => {});
  }

  function changed() {
    dirty = true;
    writeLocal();
    clearTimeout(keepTimer);
    keepTimer = setTimeout(keepOnServer, KEEP_AFTER_MS);
  }

  function showLoggedOut() {
    loggedOut = true;
    const link = document.getElementById("editing-login");
    link.href = root.dataset.loginUrl;
    document.getElementById("editing-logged-out").hidden = false;
  }

  function hideLoggedOut() {
    loggedOut = false;
    document.getElementById("editing-logged-out").hidden = true;
  }

  // Presence: who else is editing, and whether someone saved since this form was loaded.
  function heartbeat(leaving) {
    if (!presenceUrl) return Promise.resolve();
    const fields = {token: token, loaded_at: root.dataset.loadedAt};
    if (leaving) {
      const body = new FormData();
      body.append("leaving", "1");
      body.append("csrfmiddlewaretoken", csrfToken());
      navigator.sendBeacon(presenceUrl, body);
      return Promise.resolve();
    }
    return post(presenceUrl, fields)
      .then((answer) => {
        const status = document.getElementById("editing-status");
        status.replaceChildren();
        (answer.others || []).forEach((line) => {
          const p = document.createElement("p");
          p.className = "editing__other";
          p.textContent = line;
          status.append(p);
        });
        if (answer.newer) {
          const p = document.createElement("p");
          p.className = "editing__newer";
          p.textContent = answer.newer.text + " ";
          const link = document.createElement("a");
          link.href = answer.newer.url;
          link.target = "_blank";
          link.rel = "noopener";
          link.textContent = answer.newer.link;
          p.append(link);
          status.append(p);
        }
      })
      .catch(() => {});
  }

  function offer(kept) {
    const box = document.getElementById("editing-offer");
    const time = document.getElementById("editing-offer-time");
    const moment = new Date(kept.savedAt);
    time.dateTime = kept.savedAt;
    time.textContent = moment.toLocaleTimeString(document.documentElement.lang || undefined,
                                                 {hour: "2-digit", minute: "2-digit"});
    box.hidden = false;
    document.getElementById("editing-restore").addEventListener("click", () => {
      fill(kept.data);
      box.hidden = true;
      changed();
      announceRestored();
    });
    document.getElementById("editing-discard").addEventListener("click", () => {
      box.hidden = true;
      clearLocal();
      post(unsavedUrl, {discard: "1"}).catch(() => {});
    });
  }

  function announceRestored() {
    const note = document.getElementById("editing-restored");
    note.hidden = false;
    note.focus();
  }

  // On opening the form: what this user typed before and did not save is offered back. A save that
  // never arrived (the session had ended) is put back at once.
  function offerKept() {
    if (bound) return;
    const serverNode = document.getElementById("editing-unsaved");
    const server = serverNode ? JSON.parse(serverNode.textContent) : null;
    const fromServer = server && {data: server.data, savedAt: server.saved_at, baseToken: server.base_token};
    const lastSaved = root.dataset.lastSaved ? new Date(root.dataset.lastSaved) : null;
    let local = readLocal();
    if (local && lastSaved && new Date(local.savedAt) <= lastSaved) {
      clearLocal(); // this user saved the form after that copy was made: nothing is owed
      local = null;
    }
    let kept = fromServer;
    if (local && (!kept || new Date(local.savedAt) > new Date(kept.savedAt))) kept = local;
    if (!kept) return;
    if (kept === local && local.submitted && local.baseToken === token) {
      // The save never arrived (the session had ended): back into the form at once.
      fill(local.data);
      writeLocal();
      dirty = true;
      announceRestored();
      return;
    }
    offer(kept);
  }

  function watch() {
    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    const attach = (id, editor) => editor.model.document.on("change:data", changed);
    Object.entries(editors()).forEach(([id, editor]) => attach(id, editor));
    form.querySelectorAll(".django_ckeditor_5").forEach((textarea) => {
      if (!editors()[textarea.id] && window.ckeditorRegisterCallback) {
        window.ckeditorRegisterCallback(textarea.id, (editor) => attach(textarea.id, editor));
      }
    });
  }

  form.addEventListener("submit", (event) => {
    if (loggedOut) {
      event.preventDefault();
      writeLocal();
      document.getElementById("editing-logged-out").scrollIntoView();
      heartbeat();
      return;
    }
    // After a log-in in another tab, the token of this page is out of date: send the current one.
    const field = form.querySelector("[name=csrfmiddlewaretoken]");
    if (field) field.value = csrfToken();
    submitting = true;
    writeLocal({submitted: true});
  });

  window.addEventListener("beforeunload", (event) => {
    if (dirty && !submitting) {
      event.preventDefault();
      event.returnValue = messages.leave;
    }
  });
  window.addEventListener("pagehide", () => heartbeat(true));

  function start() {
    offerKept();
    watch();
    if (bound) writeLocal();
    heartbeat();
    setInterval(heartbeat, HEARTBEAT_MS);
  }

  if (document.readyState === "complete") {
    start();
  } else {
    window.addEventListener("load", start);
  }
})();
