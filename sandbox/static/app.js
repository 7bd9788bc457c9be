// The sandbox page: plain JavaScript, no build step, nothing loaded from elsewhere.
// Every text of the bot or of a person is put into the page with textContent or createTextNode:
// the bot's formatting arrives as Telegram's entities and becomes DOM elements here.
"use strict";

const STAFF_ROLES = new Set(["operator", "admin"]);
const REACTIONS = ["👍", "👎", "❤", "🔥", "🙏", "😢", "🎉", "👌"];
const SPINNER_TIMEOUT_MS = 15000; // Telegram stops the button's spinner after about 15 s
const LANGUAGE_NAMES = { ky: "Kyrgyz", ru: "Russian", uz: "Uzbek", en: "English", de: "German" };

const S = {
  people: [], bot: {}, staff: {}, items: new Map(), topics: {}, keyboards: {}, menus: {},
  clock: { now: null, aheadSeconds: 0, receivedAt: 0 },
  me: null, chat: null, thread: null, forumOpen: false, replyTo: null, attachKind: null,
  unread: new Map(), pending: new Map(), connected: false, atBottom: true,
};

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else if (name === "style") node.style.cssText = value; // CSSOM: allowed by the page's CSP
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

// --- talking to the server -------------------------------------------------------------------

async function post(path, body) {
  const isForm = body instanceof FormData;
  const response = await fetch(path, {
    method: "POST",
    headers: isForm ? { "X-Sandbox": "1" } : { "Content-Type": "application/json", "X-Sandbox": "1" },
    body: isForm ? body : JSON.stringify(body),
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    notice(answer.error || `the sandbox answered ${response.status}`, "error");
    throw new Error(answer.error || String(response.status));
  }
  return answer;
}

function connect() {
  const source = new EventSource("/api/events");
  source.onmessage = (event) => handle(JSON.parse(event.data));
  source.onopen = () => { S.connected = true; document.body.classList.remove("offline"); };
  source.onerror = () => { S.connected = false; document.body.classList.add("offline"); };
}

function handle(event) {
  switch (event.type) {
    case "state": return loadState(event);
    case "message": return upsert(event.message);
    case "deleted": return removeItem(event.key);
    case "topics": S.topics[event.chat_id] = event.topics; renderSidebar(); return renderHead();
    case "keyboard": S.keyboards[event.chat_id] = event.keyboard; return renderKeyboard();
    case "menus": S.menus = event.menus; return;
    case "clock": return setClock(event.clock);
    case "callback_answer": return answered(event);
    case "notice": return notice(event.text, "error");
    default: return undefined;
  }
}

function loadState(state) {
  S.people = state.people;
  S.bot = state.bot;
  S.staff = state.staff_chat;
  S.items = new Map(state.messages.map((item) => [item.key, item]));
  S.topics = state.topics;
  S.keyboards = state.keyboards;
  S.menus = state.menus;
  setClock(state.clock);
  const known = S.people.some((p) => p.id === S.me);
  if (!known) S.me = initialPerson();
  if (S.chat !== null && !canUse(me(), S.chat)) { S.chat = null; S.thread = null; }
  if (S.thread !== null && !liveTopic(S.thread)) S.thread = null;
  renderPeople();
  renderAll();
  document.body.classList.add("ready");
}

function initialPerson() {
  const params = new URLSearchParams(location.search);
  const wanted = Number(params.get("as") || sessionStorage.getItem("sandbox-as"));
  const person = S.people.find((p) => p.id === wanted) || S.people[0];
  const chat = Number(params.get("chat"));
  if (chat && canUse(person, chat)) {
    S.chat = chat;
    S.forumOpen = chat < 0;
    const thread = Number(params.get("thread"));
    if (chat < 0 && liveTopic(thread)) S.thread = thread;
    document.body.classList.add("in-chat");
  }
  return person.id;
}

// --- who and where -----------------------------------------------------------------------------

const me = () => S.people.find((p) => p.id === S.me);
const isStaff = (person) => STAFF_ROLES.has(person.role);
const canUse = (person, chat) => chat === person.id || (isStaff(person) && chat === S.staff.id);
const liveTopic = (thread) =>
  (S.topics[S.staff.id] || []).find((t) => t.thread_id === thread && !t.deleted);

function chatsOf(person) {
  const chats = [{ id: person.id, name: S.bot.name, sub: "bot", avatar: "🤖" }];
  if (isStaff(person)) chats.push({ id: S.staff.id, name: S.staff.title, sub: "forum", avatar: "👥" });
  return chats;
}

function switchTo(personId) {
  S.me = personId;
  sessionStorage.setItem("sandbox-as", String(personId));
  const params = new URLSearchParams(location.search);
  params.set("as", String(personId));
  params.delete("chat");
  history.replaceState(null, "", `?${params}`);
  S.chat = null; S.thread = null; S.forumOpen = false; S.replyTo = null;
  renderAll();
}

function openChat(chatId, thread = null) {
  S.chat = chatId;
  S.thread = thread;
  S.replyTo = null;
  if (chatId < 0) S.forumOpen = true;
  S.unread.delete(unreadKey(chatId, thread));
  document.body.classList.add("in-chat");
  renderAll();
  $("input").focus({ preventScroll: true });
}

const unreadKey = (chat, thread) => `${S.me}|${chat}|${thread ?? ""}`;

// --- rendering: the top bar and the sidebar ------------------------------------------------------

function renderPeople() {
  const select = $("who");
  select.replaceChildren(...S.people.map((p) => el("option", {
    value: p.id, selected: p.id === S.me,
    text: `${p.name} — ${p.role}, Telegram in ${LANGUAGE_NAMES[p.language] || p.language}`,
  })));
}

function renderAll() {
  renderPeople();
  renderSidebar();
  renderHead();
  renderMessages();
  renderKeyboard();
}

function renderSidebar() {
  const person = me();
  if (!person) return;
  const list = $("chat-list");
  const inForum = S.forumOpen && isStaff(person);
  $("back-to-chats").hidden = !inForum;
  $("sidebar-title").textContent = inForum ? S.staff.title : "Chats";
  list.replaceChildren(...(inForum ? topicEntries() : chatsOf(person).map(chatEntry)));
}

function chatEntry(chat) {
  const last = lastItem(chat.id, undefined);
  const unread = chat.id < 0 ? unreadInForum() : (S.unread.get(unreadKey(chat.id, null)) || 0);
  return el("li", {
    class: `chat-entry${S.chat === chat.id ? " active" : ""}`, "data-chat": chat.id,
    onclick: () => (chat.id < 0 ? openForum() : openChat(chat.id)),
  },
  el("span", { class: "avatar", text: chat.avatar }),
  el("span", { class: "entry-body" },
    el("span", { class: "entry-name", text: chat.name }),
    el("span", { class: "entry-preview", text: last ? preview(last) : chat.sub })),
  unread ? el("span", { class: "unread", text: String(unread) }) : null);
}

function openForum() {
  S.forumOpen = true;
  if (S.chat !== S.staff.id) openChat(S.staff.id, null);
  else renderSidebar();
}

function unreadInForum() {
  let count = 0;
  for (const [key, value] of S.unread) if (key.startsWith(`${S.me}|${S.staff.id}|`)) count += value;
  return count;
}

function topicEntries() {
  const topics = (S.topics[S.staff.id] || []).filter((t) => !t.deleted);
  topics.sort((a, b) => newestIn(b.thread_id) - newestIn(a.thread_id));
  const general = { thread_id: null, name: "General", icon_color: null, closed: false };
  return [general, ...topics].map((topic) => {
    const last = lastItem(S.staff.id, topic.thread_id);
    const unread = S.unread.get(unreadKey(S.staff.id, topic.thread_id)) || 0;
    const active = S.chat === S.staff.id && S.thread === topic.thread_id;
    return el("li", {
      class: `chat-entry topic${active ? " active" : ""}`, "data-thread": topic.thread_id ?? "general",
      onclick: () => openChat(S.staff.id, topic.thread_id),
    },
    el("span", { class: "avatar topic-icon", style: topicColor(topic), text: topic.thread_id ? "#" : "💬" }),
    el("span", { class: "entry-body" },
      el("span", { class: "entry-name", text: topic.name + (topic.closed ? " 🔒" : "") }),
      el("span", { class: "entry-preview", text: last ? preview(last) : "" })),
    unread ? el("span", { class: "unread", text: String(unread) }) : null);
  });
}

function topicColor(topic) {
  if (!topic.icon_color) return null;
  return `background:#${Number(topic.icon_color).toString(16).padStart(6, "0")}`;
}

function newestIn(thread) {
  const last = lastItem(S.staff.id, thread);
  return last ? (last.message_id || last.after || 0) : thread;
}

function itemsOf(chat, thread) {
  const items = [];
  for (const item of S.items.values()) {
    if (item.chat_id !== chat) continue;
    if (thread !== undefined && chat < 0 && (item.thread_id ?? null) !== thread) continue;
    items.push(item);
  }
  return items.sort((a, b) => sortKey(a) - sortKey(b));
}

const sortKey = (item) => (item.kind === "error" ? item.after + 0.5 + Number(item.key.slice(2)) / 1e6 : item.message_id);

function lastItem(chat, thread) {
  const items = itemsOf(chat, thread).filter((i) => !i.service);
  return items[items.length - 1];
}

function preview(item) {
  if (item.kind === "error") return `⚠ ${item.description}`;
  const who = item.from && item.from.id === S.me ? "You: " : "";
  const media = item.media ? `${mediaLabel(item.media)} ` : "";
  return who + media + (item.text || "").replace(/\s+/g, " ").slice(0, 80);
}

function mediaLabel(media) {
  return { photo: "🖼", voice: "🎤", audio: "🎵", document: "📄", contact: "👤", video: "🎬" }[media.kind] || "📎";
}

// --- rendering: the chat ---------------------------------------------------------------------------

function renderHead() {
  const person = me();
  const open = S.chat !== null && person && canUse(person, S.chat);
  $("composer-area").hidden = !open;
  $("delete-topic").hidden = !(open && S.chat < 0 && S.thread !== null && isStaff(person));
  if (!open) { $("chat-name").textContent = ""; $("chat-sub").textContent = ""; return; }
  if (S.chat > 0) {
    $("chat-name").textContent = S.bot.name;
    $("chat-sub").textContent = `@${S.bot.username} · bot`;
  } else {
    const topic = S.thread === null ? null : liveTopic(S.thread);
    $("chat-name").textContent = topic ? topic.name : "General";
    $("chat-sub").textContent = S.staff.title;
  }
  $("input").placeholder = (S.keyboards[S.chat] && S.keyboards[S.chat].placeholder) || "Message";
}

// A picture that arrives later makes the chat taller: stay at the newest message if one was there.
function keepAtBottom() {
  if (S.atBottom) $("messages").scrollTop = $("messages").scrollHeight;
}

function renderMessages() {
  const box = $("messages");
  if (S.chat === null) {
    box.replaceChildren(el("p", { class: "empty", text: "Choose a chat on the left." }));
    return;
  }
  const items = itemsOf(S.chat, S.chat < 0 ? S.thread : undefined);
  const nodes = [];
  let day = null;
  for (const item of items) {
    const itemDay = (item.date || "").slice(0, 10);
    if (itemDay && itemDay !== day) { nodes.push(daySeparator(item.date)); day = itemDay; }
    nodes.push(renderItem(item));
  }
  if (!nodes.length) nodes.push(el("p", { class: "empty", text: emptyHint() }));
  box.replaceChildren(...nodes);
  box.scrollTop = box.scrollHeight;
  S.atBottom = true;
}

function emptyHint() {
  if (S.chat > 0) return "No messages yet: press “/ Menu” and choose /start, or type /start.";
  return "Nothing here yet.";
}

function daySeparator(date) {
  const text = new Date(date).toLocaleDateString(undefined, { weekday: "short", day: "numeric", month: "long" });
  return el("div", { class: "day", "data-day": date.slice(0, 10) }, el("span", { text }));
}

function renderItem(item) {
  if (item.kind === "error") return renderError(item);
  if (item.service) return renderService(item);
  return renderMessage(item);
}

function renderError(item) {
  return el("div", { class: "refused", "data-key": item.key, role: "alert" },
    el("b", { text: `⚠ Telegram refused ${item.method}: ` }),
    el("span", { class: "refused-text", text: item.description }),
    item.preview ? el("pre", { class: "refused-preview", text: item.preview }) : null);
}

function renderService(item) {
  const s = item.service;
  const text = {
    forum_topic_created: `Topic “${s.name}” created`,
    forum_topic_edited: s.name ? `Topic renamed to “${s.name}”` : "Topic icon changed",
    forum_topic_closed: "Topic closed",
    forum_topic_reopened: "Topic reopened",
  }[s.kind] || s.kind;
  return el("div", { class: "service", "data-key": item.key }, el("span", { text }));
}

function renderMessage(item) {
  const mine = item.from && item.from.id === S.me;
  const bubble = el("div", { class: `bubble${item.media && !item.text ? " media-only" : ""}` });
  if (S.chat < 0 && !mine) bubble.append(el("div", { class: "sender", text: item.from.name }));
  if (item.forwarded) bubble.append(el("div", { class: "forwarded", text: "Forwarded message" }));
  if (item.reply_to) bubble.append(renderQuote(item.reply_to));
  if (item.media) bubble.append(renderMedia(item));
  if (item.text) bubble.append(el("div", { class: "text" }, renderText(item.text, item.entities || [])));
  bubble.append(el("span", { class: "meta", text: `${item.edited ? "edited " : ""}${timeOf(item.date)}` }));
  const row = el("div", {
    class: `msg ${mine ? "out" : "in"}`, "data-key": item.key, "data-message-id": item.message_id,
  }, bubble, messageTools(item));
  if (item.reactions && item.reactions.length) row.append(renderReactions(item));
  if (item.buttons && item.buttons.length) row.append(renderButtons(item));
  for (const error of errorsFor(item.key)) row.append(renderError(error));
  return row;
}

function errorsFor(key) {
  return [...S.items.values()].filter((i) => i.kind === "error" && i.target === key);
}

function renderQuote(reply) {
  const quote = el("div", { class: "quote", onclick: () => scrollToMessage(reply.message_id) },
    el("b", { text: reply.name || "" }),
    el("span", { text: reply.text || (reply.kind ? mediaLabel({ kind: reply.kind }) + " " + reply.kind : "") }));
  return quote;
}

function scrollToMessage(messageId) {
  if (!messageId) return;
  const node = $("messages").querySelector(`[data-message-id="${Number(messageId)}"]`);
  if (!node) return;
  node.scrollIntoView({ block: "center", behavior: "smooth" });
  node.classList.add("flash");
  setTimeout(() => node.classList.remove("flash"), 1200);
}

function fileUrl(item) {
  return `${item.media.url}?as=${encodeURIComponent(S.me)}`;
}

function renderMedia(item) {
  const media = item.media;
  if (media.kind === "photo") {
    return el("a", { href: fileUrl(item), target: "_blank", rel: "noopener", class: "photo-link" },
      el("img", { class: "photo", src: fileUrl(item), alt: "photo", onload: keepAtBottom }));
  }
  if (media.kind === "voice" || media.kind === "audio") {
    return el("div", { class: "voice" }, el("span", { text: "🎤" }),
      el("audio", { controls: true, preload: "none", src: fileUrl(item) }));
  }
  if (media.kind === "contact") {
    return el("div", { class: "contact-card" }, el("span", { class: "avatar small", text: "👤" }),
      el("span", {}, el("b", { text: media.first_name }), el("br"), el("span", { text: `+${media.phone_number.replace(/^\+/, "")}` })));
  }
  if (!media.url) return el("div", { class: "document", text: `${mediaLabel(media)} ${media.kind}` });
  return el("a", { class: "document", href: fileUrl(item), download: media.file_name || "", rel: "noopener" },
    el("span", { class: "doc-icon", text: "📄" }),
    el("span", { class: "doc-name", text: media.file_name || media.kind }),
    el("span", { class: "doc-get", text: "Download" }));
}

// Telegram's entities -> DOM. Offsets are UTF-16 units, as JavaScript strings count.
function renderText(text, entities) {
  const sorted = [...entities].sort((a, b) => a.offset - b.offset || b.length - a.length);
  const fragment = document.createDocumentFragment();
  build(fragment, text, 0, text.length, sorted);
  return fragment;
}

function build(parent, text, start, end, entities) {
  let position = start;
  let i = 0;
  while (i < entities.length) {
    const entity = entities[i];
    const stop = entity.offset + entity.length;
    let j = i + 1;
    while (j < entities.length && entities[j].offset < stop) j++;
    if (entity.offset > position) plain(parent, text.slice(position, entity.offset));
    const node = entityNode(entity, text.slice(entity.offset, stop));
    build(node, text, entity.offset, Math.min(stop, end), entities.slice(i + 1, j));
    parent.append(node);
    position = Math.max(position, stop);
    i = j;
  }
  if (position < end) plain(parent, text.slice(position, end));
}

const SAFE_LINK = /^(https?:|mailto:|tel:)/i;

function entityNode(entity, covered) {
  switch (entity.type) {
    case "bold": return el("b");
    case "italic": return el("i");
    case "underline": return el("u");
    case "strikethrough": return el("s");
    case "spoiler": return el("span", { class: "spoiler", onclick: (e) => e.currentTarget.classList.add("shown") });
    case "code": return el("code");
    case "pre": return el("pre");
    case "blockquote": return el("blockquote");
    case "expandable_blockquote": return el("blockquote", { class: "expandable", onclick: (e) => e.currentTarget.classList.toggle("open") });
    case "text_link":
      return SAFE_LINK.test(entity.url || "")
        ? el("a", { href: entity.url, target: "_blank", rel: "noopener noreferrer", title: entity.url })
        : el("span", { class: "link", title: entity.url || "" });
    case "bot_command":
      return el("span", { class: "command", onclick: () => sendText(covered.split("@")[0]) });
    default: return el("span");
  }
}

const URL_PATTERN = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)]/g;

function plain(parent, text) {
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    if (match.index > last) parent.append(document.createTextNode(text.slice(last, match.index)));
    parent.append(el("a", { href: match[0], target: "_blank", rel: "noopener noreferrer", text: match[0] }));
    last = match.index + match[0].length;
  }
  if (last < text.length) parent.append(document.createTextNode(text.slice(last)));
}

function timeOf(date) {
  if (!date) return "";
  return new Date(date).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });
}

function renderReactions(item) {
  return el("div", { class: "reactions" }, ...item.reactions.map((r) => el("button", {
    type: "button", class: `reaction${r.by.includes(S.me) ? " mine" : ""}`,
    title: r.by.map(nameOf).join(", "),
    onclick: () => react(item, r.emoji),
  }, `${r.emoji} ${r.by.length > 1 ? r.by.length : ""}`.trim())));
}

function nameOf(id) {
  if (id === S.bot.id) return S.bot.name;
  const person = S.people.find((p) => p.id === id);
  return person ? person.name : String(id);
}

function messageTools(item) {
  const picker = el("span", { class: "picker", hidden: true },
    ...REACTIONS.map((emoji) => el("button", { type: "button", text: emoji, onclick: () => react(item, emoji) })));
  return el("span", { class: "tools" },
    el("button", { type: "button", class: "tool-reply", title: "Reply", text: "↩", onclick: () => startReply(item) }),
    el("button", { type: "button", class: "tool-react", title: "React", text: "☺", onclick: () => { picker.hidden = !picker.hidden; } }),
    picker);
}

function renderButtons(item) {
  return el("div", { class: "inline-keyboard" }, ...item.buttons.map((row) => el("div", { class: "kb-row" },
    ...row.map((button) => inlineButton(item, button)))));
}

function inlineButton(item, button) {
  if (button.url) {
    return el("a", { class: "kb-button", href: button.url, target: "_blank", rel: "noopener noreferrer" },
      button.text, el("span", { class: "kb-corner", text: "↗" }));
  }
  if (button.copy_text !== undefined) {
    return el("button", { type: "button", class: "kb-button", onclick: () => { navigator.clipboard?.writeText(button.copy_text); notice("Copied"); } }, button.text);
  }
  const node = el("button", { type: "button", class: "kb-button", text: button.text });
  node.addEventListener("click", () => press(item, button, node));
  return node;
}

// --- doing things ------------------------------------------------------------------------------------

async function press(item, button, node) {
  if (node.classList.contains("busy")) return;
  node.classList.add("busy");
  try {
    const { query_id: queryId } = await post("/api/press", {
      as: S.me, chat_id: item.chat_id, message_id: item.message_id, data: button.callback_data,
    });
    const timer = setTimeout(() => stopSpinner(queryId), SPINNER_TIMEOUT_MS);
    S.pending.set(queryId, { node, timer });
  } catch {
    node.classList.remove("busy");
  }
}

function answered(event) {
  stopSpinner(event.query_id);
  if (!event.text) return;
  if (event.show_alert) showAlert(event.text);
  else notice(event.text);
}

function stopSpinner(queryId) {
  const pending = S.pending.get(queryId);
  if (!pending) return;
  clearTimeout(pending.timer);
  pending.node.classList.remove("busy");
  document.querySelectorAll(".kb-button.busy").forEach((node) => {
    if (!document.body.contains(pending.node)) node.classList.remove("busy");
  });
  S.pending.delete(queryId);
}

async function sendText(text) {
  const person = me();
  if (!person || S.chat === null || !text.trim()) return;
  const body = { as: person.id, chat_id: S.chat, text };
  if (S.chat < 0 && S.thread !== null) body.thread_id = S.thread;
  if (S.replyTo) body.reply_to = S.replyTo.message_id;
  await post("/api/send", body);
  cancelReply();
}

async function sendFile(file) {
  const form = new FormData();
  form.append("as", String(S.me));
  form.append("chat_id", String(S.chat));
  if (S.chat < 0 && S.thread !== null) form.append("thread_id", String(S.thread));
  form.append("kind", S.attachKind || "document");
  const caption = $("input").value;
  if (caption.trim()) form.append("caption", caption);
  form.append("file", file, file.name);
  await post("/api/upload", form);
  $("input").value = "";
}

async function react(item, emoji) {
  await post("/api/react", { as: S.me, chat_id: item.chat_id, message_id: item.message_id, emoji });
}

function startReply(item) {
  S.replyTo = item;
  $("reply-bar").hidden = false;
  $("reply-name").textContent = item.from ? item.from.name : "";
  $("reply-text").textContent = (item.text || (item.media ? item.media.kind : "")).slice(0, 80);
  $("input").focus();
}

function cancelReply() {
  S.replyTo = null;
  $("reply-bar").hidden = true;
}

function renderKeyboard() {
  const box = $("reply-keyboard");
  const keyboard = S.chat !== null && S.chat > 0 ? S.keyboards[S.chat] : null;
  box.hidden = !keyboard;
  if (!keyboard) { box.replaceChildren(); return; }
  box.replaceChildren(...keyboard.rows.map((row) => el("div", { class: "kb-row" }, ...row.map((button) =>
    el("button", {
      type: "button", class: `reply-button${button.request_contact ? " contact" : ""}`,
      text: (button.request_contact ? "📱 " : "") + button.text,
      onclick: () => replyButton(button),
    })))));
  renderHead();
}

async function replyButton(button) {
  if (!button.request_contact) return sendText(button.text);
  const person = me();
  const ok = window.confirm(`Share your phone number with ${S.bot.name}? (made up: the sandbox's ${person.name} has no real phone)`);
  if (ok) await post("/api/contact", { as: person.id });
  return undefined;
}

function showCommands() {
  const menu = $("command-menu");
  if (!menu.hidden) { menu.hidden = true; return; }
  const commands = S.menus[`${S.me}:${S.chat}`] || [];
  menu.replaceChildren(...(commands.length ? commands.map((c) => el("button", {
    type: "button", class: "command-item",
    onclick: () => { menu.hidden = true; sendText(`/${c.command}`); },
  }, el("b", { text: `/${c.command}` }), el("span", { text: c.description })))
    : [el("p", { class: "empty", text: "The bot set no commands for this chat." })]));
  menu.hidden = false;
}

// --- messages arriving ---------------------------------------------------------------------------------

function upsert(item) {
  const isNew = !S.items.has(item.key);
  S.items.set(item.key, item);
  const here = item.chat_id === S.chat && (S.chat > 0 || (item.thread_id ?? null) === S.thread);
  if (isNew && !here && canSee(item) && !(item.from && item.from.id === S.me) && !item.service) {
    const key = unreadKey(item.chat_id, item.chat_id < 0 ? (item.thread_id ?? null) : null);
    S.unread.set(key, (S.unread.get(key) || 0) + 1);
  }
  if (here) updateOpenChat(item, isNew);
  renderSidebar();
}

function canSee(item) {
  const person = me();
  return person && canUse(person, item.chat_id);
}

function updateOpenChat(item, isNew) {
  const box = $("messages");
  const nearBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 120;
  const target = item.kind === "error" && item.target
    ? box.querySelector(`[data-key="${item.target}"]`) : null;
  const old = box.querySelector(`[data-key="${item.key}"]`);
  if (target || (isNew && old === null && !appendable(item))) {
    renderMessages();
    return;
  }
  const node = renderItem(item);
  if (old) old.replaceWith(node);
  else {
    box.querySelector(".empty")?.remove();
    const lastDay = [...box.querySelectorAll(".day")].pop();
    const day = (item.date || "").slice(0, 10);
    if (!lastDay || lastDay.dataset.day !== day) box.append(daySeparator(item.date));
    box.append(node);
  }
  if (nearBottom || (item.from && item.from.id === S.me)) {
    box.scrollTop = box.scrollHeight;
    S.atBottom = true;
  }
}

function appendable(item) {
  const items = itemsOf(S.chat, S.chat < 0 ? S.thread : undefined);
  return items[items.length - 1] === item;
}

function removeItem(key) {
  const item = S.items.get(key);
  S.items.delete(key);
  if (!item) return;
  $("messages").querySelector(`[data-key="${key}"]`)?.remove();
  renderSidebar();
}

// --- the clock, notices, people ------------------------------------------------------------------------

function setClock(clock) {
  S.clock = { now: new Date(clock.now).getTime(), aheadSeconds: clock.ahead_seconds, receivedAt: Date.now() };
  tick();
}

function tick() {
  if (!S.clock.now) return;
  const now = new Date(S.clock.now + (Date.now() - S.clock.receivedAt));
  const text = now.toLocaleString(undefined, { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
  const ahead = S.clock.aheadSeconds ? ` (+${formatAhead(S.clock.aheadSeconds)})` : "";
  $("clock-time").textContent = `🕒 ${text}${ahead}`;
}

function formatAhead(seconds) {
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  return [days ? `${days} d` : "", hours ? `${hours} h` : ""].filter(Boolean).join(" ");
}

function notice(text, kind = "info") {
  const node = el("div", { class: `notice ${kind}`, role: kind === "error" ? "alert" : "status", text });
  $("notices").append(node);
  setTimeout(() => node.remove(), kind === "error" ? 8000 : 4000);
}

function showAlert(text) {
  const dialog = el("dialog", { class: "alert" },
    el("p", { text }), el("button", { type: "button", class: "primary", text: "OK", onclick: () => { dialog.close(); dialog.remove(); } }));
  document.body.append(dialog);
  dialog.showModal();
}

function setUp() {
  $("who").addEventListener("change", (e) => switchTo(Number(e.target.value)));
  // Only the reader's own scrolling decides whether the chat follows new messages; scroll
  // events the page causes itself (a re-render, a picture arriving) do not.
  for (const intent of ["wheel", "touchmove", "keydown", "pointerdown"]) {
    $("messages").addEventListener(intent, () => { S.userScrolledAt = Date.now(); }, { passive: true });
  }
  $("messages").addEventListener("scroll", () => {
    if (Date.now() - (S.userScrolledAt || 0) > 1500) return;
    const box = $("messages");
    S.atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 40;
  });
  window.addEventListener("resize", keepAtBottom);
  document.fonts?.ready.then(keepAtBottom);
  $("back").addEventListener("click", () => { document.body.classList.remove("in-chat"); });
  $("back-to-chats").addEventListener("click", () => { S.forumOpen = false; renderSidebar(); });
  $("reply-cancel").addEventListener("click", cancelReply);
  $("menu-button").addEventListener("click", showCommands);
  $("attach").addEventListener("click", () => { $("attach-menu").hidden = !$("attach-menu").hidden; });
  for (const button of $("attach-menu").querySelectorAll("button")) {
    button.addEventListener("click", () => chooseFile(button.dataset.kind));
  }
  $("file").addEventListener("change", async (e) => {
    const [file] = e.target.files;
    e.target.value = "";
    if (file) await sendFile(file);
  });
  $("composer").addEventListener("submit", async (e) => {
    e.preventDefault();
    const text = $("input").value;
    if (!text.trim()) return;
    $("input").value = "";
    try { await sendText(text); } catch { $("input").value = text; }
  });
  $("input").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); $("composer").requestSubmit(); }
  });
  setUpTools();
}

function chooseFile(kind) {
  S.attachKind = kind;
  $("attach-menu").hidden = true;
  $("file").accept = { photo: "image/png,image/jpeg,image/gif,image/webp", voice: "audio/*", document: "" }[kind];
  $("file").click();
}

function setUpTools() {
  for (const button of document.querySelectorAll("[data-clock]")) {
    button.addEventListener("click", () => post("/api/clock", { [button.dataset.clock]: 1 }));
  }
  $("reset").addEventListener("click", async () => {
    if (!window.confirm("Start the sandbox over? Every chat, request and setting is forgotten.")) return;
    S.unread.clear();
    await post("/api/reset", {});
  });
  $("delete-topic").addEventListener("click", async () => {
    if (!window.confirm("Delete this topic and every message in it?")) return;
    const thread = S.thread;
    S.thread = null;
    await post("/api/topics/delete", { as: S.me, thread_id: thread });
    renderAll();
  });
  $("new-user").addEventListener("click", () => { $("new-user-error").textContent = ""; $("new-user-dialog").showModal(); });
  $("new-user-cancel").addEventListener("click", () => $("new-user-dialog").close());
  $("new-user-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      const person = await post("/api/people", { name: $("new-name").value, language: $("new-language").value });
      $("new-user-dialog").close();
      if (!S.people.some((p) => p.id === person.id)) S.people.push(person); // or the state did
      switchTo(person.id);
      openChat(person.id);
    } catch (error) {
      $("new-user-error").textContent = error.message;
    }
  });
  setInterval(tick, 30000);
}

setUp();
connect();
