/*
 * Handheld counting loop. The page keeps focus in one input so that a keyboard-wedge scanner can
 * type a code and Enter. Every confirmed read gets a key made here and goes through a queue kept in
 * localStorage: it is sent in order, retried after a dropped connection with the same key (the
 * server counts a key once), and survives a reload. Reads made offline are resolved on the server
 * when they are sent. Below the scan input, the last reads of the list in the location, with the line's
 * total: a tap on one of the counter's own reads undoes it. An undo is queued like a read, under a key
 * made here, and sent after the reads before it.
 */
(function () {
    "use strict";
    var PI = window.PI;
    var L = PI.labels;
    var QUEUE_KEY = "physinv.queue." + PI.user;
    var DEVICE_KEY = "physinv.device";
    /** Refusals that say nothing about the read itself: it stays in the queue. */
    var KEEP = ["LOGIN_REQUIRED", "CSRF_TOKEN", "SERVER", "BAD_REQUEST"];
    var csrf = (document.querySelector("meta[name='csrf-token']") || {}).content || "";
    var $ = function (id) { return document.getElementById(id); };

    var state = { list: null, location: null, item: null, online: navigator.onLine, sending: false, asking: false, emptyOffered: null,
        place: null, recent: [], undoing: null };
    var RECENT_READS = 8;
    var deviceId = localStorage.getItem(DEVICE_KEY) || newKey();
    localStorage.setItem(DEVICE_KEY, deviceId);

    function newKey() {
        if (window.crypto && crypto.randomUUID) {
            return crypto.randomUUID();
        }
        return "k" + Date.now().toString(36) + Math.random().toString(36).slice(2);
    }

    function queue() { return JSON.parse(localStorage.getItem(QUEUE_KEY) || "[]"); }
    function saveQueue(q) { localStorage.setItem(QUEUE_KEY, JSON.stringify(q)); showQueue(); }

    function showQueue() {
        var n = queue().length;
        var badge = $("queue");
        badge.hidden = n === 0;
        badge.textContent = L.PhysInvHhWaiting.replace("{0}", n) + (state.online ? "" : " · " + L.PhysInvHhOffline);
    }

    // ---- server

    /**
     * POSTs a form to a request of the counting API (openapi.json); resolves with the JSON answer,
     * rejects with {offline} or {message, code}: a refusal is {errorCode, errorMessage}.
     */
    function post(url, fields) {
        var body = new URLSearchParams();
        Object.keys(fields).forEach(function (k) {
            if (fields[k] !== null && fields[k] !== undefined && fields[k] !== "") { body.append(k, fields[k]); }
        });
        var controller = new AbortController();
        var timer = setTimeout(function () { controller.abort(); }, 8000);
        return fetch(url, {
            method: "POST", body: body, credentials: "same-origin", signal: controller.signal,
            headers: { "X-CSRF-Token": csrf, "X-Requested-With": "XMLHttpRequest", "Accept": "application/json" }
        }).then(function (response) {
            clearTimeout(timer);
            return response.text().then(function (text) {
                var json;
                try { json = JSON.parse(text); } catch (e) { throw { message: L.PhysInvHhSessionExpired }; }
                if (json.errorCode) { throw { message: json.errorMessage, code: json.errorCode }; }
                return json;
            });
        }, function () {
            clearTimeout(timer);
            throw { offline: true };
        });
    }

    // ---- feedback: visible at a glance and audible

    var audio;
    function beep(ok) {
        try {
            audio = audio || new (window.AudioContext || window.webkitAudioContext)();
            var osc = audio.createOscillator();
            osc.frequency.value = ok ? 1200 : 220;
            osc.connect(audio.destination);
            osc.start();
            osc.stop(audio.currentTime + (ok ? 0.08 : 0.4));
        } catch (e) { /* no sound on this device */ }
        if (!ok && navigator.vibrate) { navigator.vibrate(300); }
    }

    function say(text, kind) {
        var m = $("message");
        m.textContent = text;
        m.className = kind || "";
        if (kind === "error") { beep(false); } else if (kind === "ok") { beep(true); }
    }

    // ---- lists

    function loadLists() {
        post(PI.urls.lists, {}).then(function (json) {
            var box = $("lists");
            box.innerHTML = "";
            var lists = json.countLists || [];
            if (!lists.length) { box.textContent = L.PhysInvHhNoLists; }
            lists.forEach(function (list) {
                var b = document.createElement("button");
                b.type = "button";
                b.className = "list";
                b.dataset.list = list.piListId;
                b.textContent = list.piListId + " · " + (list.description || "") + " — "
                    + L.PhysInvHhProgress.replace("{0}", list.countedLines).replace("{1}", list.lines);
                b.addEventListener("click", function () { openList(list); });
                box.appendChild(b);
            });
        }, function (error) { say(error.message || L.PhysInvHhOffline, "error"); });
    }

    function openList(list) {
        state.list = list;
        state.location = null;
        state.emptyOffered = null;
        $("lists-view").hidden = true;
        $("count-view").hidden = false;
        $("list-title").textContent = list.piListId + " · " + (list.description || "");
        $("progress").textContent = L.PhysInvHhProgress.replace("{0}", list.countedLines).replace("{1}", list.lines);
        state.place = null;
        state.recent = [];
        showLocation();
        resetItem();
        showRecent();
    }

    function showLocation() {
        $("location").textContent = state.location ? L.PhysInvHhLocation + ": " + state.location : "";
        $("scan-label").textContent = state.location ? L.PhysInvHhScanItem : L.PhysInvHhScanLocation;
        $("confirm-empty").hidden = !state.location;
        $("confirm-empty").classList.toggle("primary", state.emptyOffered === state.location && !!state.location);
    }

    // ---- the scan loop

    function onScan(event) {
        event.preventDefault();
        var code = $("scan").value;
        $("scan").value = "";
        if (!code.trim() || state.asking) { return focusScan(); }
        post(PI.urls.resolve, { piListId: state.list.piListId, code: code, locationSeqId: state.location }).then(function (json) {
            if (json.kind === "LOCATION") {
                if (state.emptyOffered && state.emptyOffered === json.locationSeqId && state.location === json.locationSeqId) {
                    return confirmEmpty(); // the location scanned again: confirmed empty
                }
                state.location = json.locationSeqId;
                state.emptyOffered = json.bookEmpty ? json.locationSeqId : null;
                showLocation();
                loadRecent(json.locationSeqId);
                say(json.bookEmpty ? L.PhysInvHhBookEmpty.replace("{0}", json.locationSeqId)
                    : L.PhysInvHhLocationSet.replace("{0}", json.locationSeqId), "ok");
                return focusScan();
            }
            state.emptyOffered = null;
            showLocation();
            startItem({ code: code, productId: json.productId, name: json.productName, lotManaged: json.lotManaged,
                pieces: json.pieces, lotId: json.lotId, serialNumber: json.serialNumber, quantity: json.quantity,
                book: json.bookQuantity });
        }, function (error) {
            if (error.offline) {
                setOnline(false);
                // offline: the server resolves the code when the read is sent
                startItem({ code: code, name: code, lotManaged: true, offline: true });
            } else {
                say(error.message, "error");
                focusScan();
            }
        });
    }

    function startItem(item) {
        if (!state.location) {
            say(L.PhysInvHhScanLocation, "error");
            return focusScan();
        }
        state.item = item;
        var perScan = state.list.quantityPerScan;
        if (perScan && !item.lotManaged) {
            return confirmItem();
        }
        $("item-name").textContent = item.name + (item.serialNumber ? " · " + item.serialNumber : "");
        // the server sends no book quantity for a blind count
        $("item-book").textContent = item.book !== undefined && item.book !== null ? L.PhysInvHhBook + ": " + item.book : "";
        $("lot").hidden = $("lot-label").hidden = !item.lotManaged;
        $("lot").value = item.lotId || "";
        $("quantity").hidden = $("quantity-label").hidden = !!perScan;
        $("quantity").value = item.quantity || "";
        // the server reads the quantity strictly; the keyboard offers a decimal separator only where one is allowed
        $("quantity").inputMode = item.pieces ? "numeric" : "decimal";
        $("scan-form").hidden = true;
        $("item-form").hidden = false;
        (item.lotManaged && !item.lotId ? $("lot") : $("quantity")).focus();
        if (perScan) { $("lot").focus(); }
    }

    function confirmItem(event) {
        if (event) { event.preventDefault(); }
        var item = state.item;
        var read = {
            scanKey: newKey(), piListId: state.list.piListId, locationSeqId: state.location,
            code: item.code, productId: item.productId, lotId: item.lotManaged ? $("lot").value.trim() : "",
            serialNumber: item.serialNumber, quantity: state.list.quantityPerScan ? "" : $("quantity").value,
            deviceId: deviceId, show: { name: item.name, at: new Date().toISOString() }
        };
        var q = queue();
        q.push(read);
        saveQueue(q);
        if (state.place !== state.location) {
            state.recent = [];
        }
        state.place = state.location;
        showRecent();
        if (!state.list.keepLocation) {
            state.location = null;
            showLocation();
        }
        resetItem();
        send();
    }

    /** Zero confirmation: one read counts zero on the location's lines not counted yet (the server refuses it when the book holds stock there). */
    function confirmEmpty() {
        if (!state.location) {
            say(L.PhysInvHhScanLocation, "error");
            return focusScan();
        }
        var q = queue();
        q.push({ emptyLocation: true, scanKey: newKey(), piListId: state.list.piListId, locationSeqId: state.location, deviceId: deviceId });
        saveQueue(q);
        state.emptyOffered = null;
        if (!state.list.keepLocation) {
            state.location = null;
        }
        showLocation();
        focusScan();
        send();
    }

    function resetItem() {
        state.item = null;
        $("item-form").hidden = true;
        $("scan-form").hidden = false;
        focusScan();
    }

    function focusScan() { if (!$("scan-form").hidden) { $("scan").focus(); } }

    /** Sends the queue in order; stops at the first read the server cannot be reached for. */
    function send() {
        if (state.sending || state.asking) { return; }
        var q = queue();
        if (!q.length) { return; }
        state.sending = true;
        var read = q[0];
        var fields = Object.assign({}, read);
        delete fields.emptyLocation;
        delete fields.undo;
        delete fields.show;
        post(read.undo ? PI.urls.undo : read.emptyLocation ? PI.urls.empty : PI.urls.record, fields).then(function (json) {
            state.sending = false;
            setOnline(true);
            if (json.outcome === "ASK") {
                return ask(q[0], json.countedQuantity);
            }
            dropFirst();
            say(read.undo ? (json.countedQuantity === undefined ? L.PhysInvHhUndoneNotCounted : L.PhysInvHhUndone.replace("{0}", json.countedQuantity))
                : read.emptyLocation ? L.PhysInvHhConfirmedEmpty.replace("{0}", read.locationSeqId).replace("{1}", json.linesConfirmed)
                : L.PhysInvHhCounted.replace("{0}", json.countedQuantity), "ok");
            if (json.lines !== undefined && state.list) {
                $("progress").textContent = L.PhysInvHhProgress.replace("{0}", json.countedLines).replace("{1}", json.lines);
            }
            if (queue().length) {
                showRecent();
            } else {
                loadRecent(state.place);
            }
            send();
        }, function (error) {
            state.sending = false;
            if (error.offline) {
                setOnline(false);
                say(read.undo ? L.PhysInvHhUndoQueuedOffline : L.PhysInvHhQueuedOffline, "");
                showRecent();
                return;
            }
            say(error.message, "error");
            if (!error.code || KEEP.indexOf(error.code) >= 0) {
                return; // not the read's fault (session ended, server trouble): it stays queued and goes later
            }
            dropFirst(); // refused: sending it again would be refused again
            dropUndosOf(read.scanKey); // and an undo of it has nothing to undo
            showRecent();
            send();
        });
    }

    function dropFirst() {
        var q = queue();
        q.shift();
        saveQueue(q);
    }

    function dropUndosOf(scanKey) {
        saveQueue(queue().filter(function (e) { return !(e.undo && e.scanKey === scanKey); }));
    }

    // ---- the last reads here, and undo

    /** Asks the server for the list's last reads in the location; offline, the ones shown stay. */
    function loadRecent(place) {
        if (!state.list || !place) { return; }
        var listId = state.list.piListId;
        post(PI.urls.recent, { piListId: listId, locationSeqId: place, maxReads: RECENT_READS }).then(function (json) {
            if (!state.list || state.list.piListId !== listId) { return; }
            state.place = place;
            state.recent = json.reads || [];
            showRecent();
        }, function (error) {
            if (error.offline) { setOnline(false); }
        });
    }

    /**
     * The reads shown: this device's reads still waiting in the queue (newest first), then the server's. Each says what,
     * Add or Replace (or Undo) and how much, the line's total, who and when; an undo waiting marks the read it undoes.
     */
    function recentEntries() {
        var q = queue();
        var undoing = {};
        q.forEach(function (e) { if (e.undo) { undoing[e.scanKey] = true; } });
        var waiting = q.filter(function (e) {
            return !e.undo && !e.emptyLocation && state.list && e.piListId === state.list.piListId && e.locationSeqId === state.place;
        }).reverse().map(function (e) {
            return { scanKey: e.scanKey, name: e.show ? e.show.name : e.code, lotId: e.lotId, serialNumber: e.serialNumber,
                action: e.scanAction, quantity: e.quantity, who: PI.user, at: e.show && e.show.at, waiting: true, mine: true };
        });
        var served = state.recent.map(function (r) {
            return { scanKey: r.scanKey, name: r.productName || r.productId, lotId: r.lotId, serialNumber: r.serialNumber,
                action: r.scanAction, quantity: r.quantity, total: r.lineCountedQuantity, counted: r.lineCountedQuantity !== undefined,
                who: r.userLoginId, at: r.scanDate, undone: !!r.undoneBy, undoable: r.undoable, mine: r.userLoginId === PI.user };
        });
        return waiting.concat(served).map(function (e) {
            e.undoWaiting = !!undoing[e.scanKey];
            e.canUndo = e.mine && !e.undoWaiting && (e.waiting || e.undoable);
            return e;
        });
    }

    function showRecent() {
        var box = $("recent-list");
        box.innerHTML = "";
        var entries = state.place ? recentEntries() : [];
        $("recent").hidden = !entries.length;
        $("recent-title").textContent = L.PhysInvHhLastReads.replace("{0}", state.place || "");
        entries.forEach(function (e) {
            var li = document.createElement("li");
            li.dataset.key = e.scanKey;
            li.className = (e.undone ? "undone" : "") + (e.action === "UNDO" ? " undo" : "") + (e.waiting ? " waiting" : "");
            var what = document.createElement("div");
            what.className = "what";
            what.textContent = [e.name, e.lotId, e.serialNumber].filter(Boolean).join(" · ");
            var how = document.createElement("div");
            how.className = "how";
            how.textContent = [readAction(e), e.waiting ? "" : L.PhysInvHhLineTotal.replace("{0}", e.counted ? e.total : L.PhysInvHhNotCounted),
                e.who, time(e.at)].filter(Boolean).join(" · ");
            li.appendChild(what);
            li.appendChild(how);
            var mark = e.undoWaiting ? L.PhysInvHhUndoWaiting : e.waiting ? L.PhysInvHhReadWaiting : e.undone ? L.PhysInvHhUndoneMark : "";
            if (mark) {
                var tag = document.createElement("span");
                tag.className = "tag";
                tag.textContent = mark;
                li.appendChild(tag);
            }
            if (e.canUndo) {
                var b = document.createElement("button");
                b.type = "button";
                b.className = "undo";
                b.dataset.key = e.scanKey;
                b.textContent = L.PhysInvHhUndo;
                b.addEventListener("click", function () { askUndo(e); });
                li.appendChild(b);
            }
            box.appendChild(li);
        });
        var last = entries.filter(function (e) { return e.canUndo; })[0];
        $("undo-last").hidden = !last || state.asking || !!state.undoing;
        state.lastUndoable = last || null;
    }

    function readAction(e) {
        var label = e.action === "UNDO" ? L.PhysInvHhUndo : e.action === "REPLACE" ? L.PhysInvHhReplace : L.PhysInvHhAdd;
        var quantity = e.quantity === undefined || e.quantity === "" ? (state.list && state.list.quantityPerScan) || "" : e.quantity;
        return label + " " + String(quantity).replace(/^-/, "\u2212");
    }

    function time(iso) {
        if (!iso) { return ""; }
        var d = new Date(iso);
        return isNaN(d) ? "" : d.toLocaleTimeString(document.documentElement.lang || undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" });
    }

    /** Asks before undoing a read: a tap on the wrong line must not take back a count. */
    function askUndo(entry) {
        if (state.asking) { return; }
        state.undoing = entry;
        $("undo-text").textContent = L.PhysInvHhUndoAsk.replace("{0}", [entry.name, entry.lotId, entry.serialNumber, readAction(entry)]
            .filter(Boolean).join(" · "));
        $("undo-ask").hidden = false;
        $("scan-form").hidden = true;
        $("undo-last").hidden = true;
        $("undo-no").focus(); // a scanner's Enter keeps the read: only a deliberate tap undoes it
    }

    function closeUndo() {
        state.undoing = null;
        $("undo-ask").hidden = true;
        $("scan-form").hidden = false;
        showRecent();
        focusScan();
    }

    /** Queues the undo behind the reads before it, under a key made here: sent twice, it counts once. */
    function confirmUndo() {
        var entry = state.undoing;
        if (!entry || !state.list) { return closeUndo(); }
        var q = queue();
        q.push({ undo: true, piListId: state.list.piListId, scanKey: entry.scanKey, undoKey: newKey(), deviceId: deviceId });
        saveQueue(q);
        closeUndo();
        send();
    }

    function ask(read, counted) {
        if (state.undoing) { closeUndo(); }
        state.asking = true;
        $("ask-text").textContent = L.PhysInvHhAlreadyCounted.replace("{0}", counted);
        $("ask").hidden = false;
        $("scan-form").hidden = true;
        beep(false);
        $("ask-add").focus();
    }

    function answer(action) {
        var q = queue();
        q[0].scanAction = action; // same key: nothing was stored for the question
        saveQueue(q);
        state.asking = false;
        $("ask").hidden = true;
        $("scan-form").hidden = false;
        focusScan();
        send();
    }

    function setOnline(online) {
        state.online = online;
        showQueue();
    }

    // ---- the camera: a code it reads goes the way a wedge scanner's does

    PI.onCode = function (code) {
        if ($("scan-form").hidden) { return; }
        $("scan").value = code;
        onScan({ preventDefault: function () {} });
    };
    PI.onCameraError = function (message) { say(message, "error"); };

    // ---- wiring

    $("scan-form").addEventListener("submit", onScan);
    if (PI.camera && PI.camera.available()) {
        $("camera-start").hidden = false;
        $("camera-start").addEventListener("click", function () { PI.camera.start(); });
        $("camera-stop").addEventListener("click", function () { PI.camera.stop(); focusScan(); });
    }
    $("item-form").addEventListener("submit", confirmItem);
    $("confirm-empty").addEventListener("click", confirmEmpty);
    $("undo-last").addEventListener("click", function () { if (state.lastUndoable) { askUndo(state.lastUndoable); } });
    $("undo-yes").addEventListener("click", confirmUndo);
    $("undo-no").addEventListener("click", closeUndo);
    $("ask-add").addEventListener("click", function () { answer("ADD"); });
    $("ask-replace").addEventListener("click", function () { answer("REPLACE"); });
    $("back").addEventListener("click", function () {
        $("count-view").hidden = true;
        $("lists-view").hidden = false;
        loadLists();
    });
    window.addEventListener("online", function () { setOnline(true); send(); });
    window.addEventListener("offline", function () { setOnline(false); });
    setInterval(send, 5000);
    document.addEventListener("click", function (e) {
        if (e.target.tagName !== "INPUT" && e.target.tagName !== "BUTTON") { focusScan(); }
    });
    if ("serviceWorker" in navigator) {
        navigator.serviceWorker.register("/physinv-count/sw.js", { scope: "/physinv-count/" }).catch(function () { /* optional */ });
    }
    showQueue();
    loadLists();
    send();
})();
