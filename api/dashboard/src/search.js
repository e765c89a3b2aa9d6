// Actor search with autocomplete: an ARIA combobox over GET /actors?q=.
import { getJson } from "./api.js";
import { h, fill } from "./dom.js";

let boxes = 0;

/** Mount a search box in `container`; `onPick(actor)` gets the chosen ActorRef. */
export function createActorSearch(container, { label, placeholder, onPick }) {
  const id = `actor-options-${++boxes}`;
  const input = h("input", {
    type: "search",
    role: "combobox",
    "aria-label": label,
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": id,
    autocomplete: "off",
    spellcheck: "false",
    placeholder,
  });
  const list = h("ul", { id, role: "listbox", class: "options", "aria-label": `${label}: suggestions`, hidden: true });
  fill(container, h("div", { class: "combo" }, input, list));

  let items = [];
  let active = -1;
  let timer = null;
  let asked = 0;

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, 150);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!items.length) return;
      const step = e.key === "ArrowDown" ? 1 : -1;
      highlight((active + step + items.length) % items.length);
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (items.length) pick(items[Math.max(active, 0)]);
    } else if (e.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 150));

  async function suggest() {
    const q = input.value.trim();
    if (!q) return close();
    const mine = ++asked;
    let answer;
    try {
      answer = await getJson("/actors", { q, limit: 8 });
    } catch (e) {
      if (mine === asked) showMessage(e.message);
      return;
    }
    if (mine !== asked) return; // a newer keystroke asked again
    items = answer.items;
    if (!items.length) return showMessage(`No actor matches “${q}”.`);
    fill(list, ...items.map((actor, i) => option(actor, i)));
    open();
    highlight(0);
  }

  function option(actor, i) {
    const facts = [actor.kind, actor.country, actor.role].filter(Boolean).join(" · ");
    const li = h(
      "li",
      { role: "option", id: `${id}-${i}`, "aria-selected": "false", class: "option" },
      h("span", { class: "option-name" }, actor.name || actor.id),
      h("span", { class: "option-facts" }, facts),
      actor.n_events !== undefined ? h("span", { class: "option-count" }, `${actor.n_events} events`) : null,
    );
    // mousedown, not click: the input's blur would close the list before a click lands.
    li.addEventListener("mousedown", (e) => {
      e.preventDefault();
      pick(actor);
    });
    return li;
  }

  function showMessage(text) {
    items = [];
    fill(list, h("li", { class: "option-message", role: "presentation" }, text));
    open();
  }

  function highlight(i) {
    active = i;
    for (const [n, li] of [...list.querySelectorAll("[role=option]")].entries()) {
      li.setAttribute("aria-selected", String(n === i));
    }
    input.setAttribute("aria-activedescendant", `${id}-${i}`);
  }

  function pick(actor) {
    input.value = "";
    close();
    onPick(actor);
  }

  function open() {
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  return { input };
}
