/*
 * Handheld counting loop. The page keeps focus in one input so that a keyboard-wedge scanner can
 * type a code and Enter. Every confirmed read gets a key made here and goes through a queue kept in
 * localStorage: it is sent in order, retried after a dropped connection with the same key (the
 * server counts a key once), and survives a reload. Reads made offline are resolved on the server
 * when they are sent.
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

    var state = { list: null, location: null, item: null, online: navigator.onLine, sending: false, asking: false, emptyOffered: null };
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
        showLocation();
        resetItem();
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
            deviceId: deviceId
        };
        var q = queue();
        q.push(read);
        saveQueue(q);
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
        post(read.emptyLocation ? PI.urls.empty : PI.urls.record, fields).then(function (json) {
            state.sending = false;
            setOnline(true);
            if (json.outcome === "ASK") {
                return ask(q[0], json.countedQuantity);
            }
            dropFirst();
            say(read.emptyLocation ? L.PhysInvHhConfirmedEmpty.replace("{0}", read.locationSeqId).replace("{1}", json.linesConfirmed)
                : L.PhysInvHhCounted.replace("{0}", json.countedQuantity), "ok");
            if (json.lines !== undefined && state.list) {
                $("progress").textContent = L.PhysInvHhProgress.replace("{0}", json.countedLines).replace("{1}", json.lines);
            }
            send();
        }, function (error) {
            state.sending = false;
            if (error.offline) {
                setOnline(false);
                say(L.PhysInvHhQueuedOffline, "");
                return;
            }
            say(error.message, "error");
            if (!error.code || KEEP.indexOf(error.code) >= 0) {
                return; // not the read's fault (session ended, server trouble): it stays queued and goes later
            }
            dropFirst(); // refused: sending it again would be refused again
            send();
        });
    }

    function dropFirst() {
        var q = queue();
        q.shift();
        saveQueue(q);
    }

    function ask(read, counted) {
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
