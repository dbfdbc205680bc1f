<#-- The handheld counting page: a whole HTML document, lean, for 360x640 screens and keyboard-wedge scanners. -->
<#assign labels = ["PhysInvHhMyLists", "PhysInvHhNoLists", "PhysInvHhScan", "PhysInvHhScanLocation", "PhysInvHhScanItem",
    "PhysInvHhLocation", "PhysInvHhQuantity", "PhysInvHhLot", "PhysInvHhConfirm", "PhysInvHhAdd", "PhysInvHhReplace",
    "PhysInvHhAlreadyCounted", "PhysInvHhCounted", "PhysInvHhWaiting", "PhysInvHhOffline", "PhysInvHhBack", "PhysInvHhLogout",
    "PhysInvHhProgress", "PhysInvHhLocationSet", "PhysInvHhSessionExpired", "PhysInvHhQueuedOffline", "PhysInvHhBook",
    "PhysInvHhCameraRefused", "PhysInvHhCameraUnavailable", "PhysInvHhBookEmpty", "PhysInvHhConfirmedEmpty",
    "PhysInvHhLastReads", "PhysInvHhUndo", "PhysInvHhUndoAsk", "PhysInvHhUndone", "PhysInvHhUndoneNotCounted", "PhysInvHhUndoneMark",
    "PhysInvHhUndoWaiting", "PhysInvHhReadWaiting", "PhysInvHhLineTotal", "PhysInvHhNotCounted", "PhysInvHhUndoQueuedOffline"]>
<!DOCTYPE html>
<html lang="${locale.language}">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="theme-color" content="#1f5f8b">
    <#-- OFBiz's csrfTokenAjax macro fails when the CSRF defence is off (no token): ask for the token, empty when off -->
    <meta name="csrf-token" content="${(Static["org.apache.ofbiz.security.CsrfUtil"].generateTokenForAjax(request))!""}">
    <title>${uiLabelMap.PhysInvHhTitle}</title>
    <link rel="manifest" href="/physinv-count/manifest.webmanifest">
    <link rel="stylesheet" href="/physinv-count/css/handheld.css">
</head>
<body>
<header>
    <span id="title">${uiLabelMap.PhysInvHhTitle}</span>
    <span id="queue" class="badge" hidden></span>
    <a id="logout" href="<@ofbizUrl>logout</@ofbizUrl>">${uiLabelMap.PhysInvHhLogout}</a>
</header>
<main>
    <section id="lists-view">
        <h1>${uiLabelMap.PhysInvHhMyLists}</h1>
        <div id="lists"></div>
    </section>
    <section id="count-view" hidden>
        <button type="button" id="back" class="link">&larr; ${uiLabelMap.PhysInvHhBack}</button>
        <h1 id="list-title"></h1>
        <div id="progress"></div>
        <div id="location" class="location"></div>
        <form id="scan-form" autocomplete="off">
            <label for="scan" id="scan-label">${uiLabelMap.PhysInvHhScanLocation}</label>
            <input id="scan" name="scan" inputmode="text" autocapitalize="off" spellcheck="false" autofocus>
            <button type="button" id="camera-start" class="secondary" hidden>${uiLabelMap.PhysInvHhCamera}</button>
            <button type="button" id="confirm-empty" class="secondary" hidden>${uiLabelMap.PhysInvHhConfirmEmpty}</button>
        </form>
        <div id="camera" class="camera" hidden>
            <video id="camera-video" playsinline muted></video>
            <button type="button" id="camera-stop" class="secondary">${uiLabelMap.PhysInvHhCameraStop}</button>
        </div>
        <form id="item-form" autocomplete="off" hidden>
            <div id="item-name" class="item"></div>
            <div id="item-book" class="book"></div>
            <label for="lot" id="lot-label">${uiLabelMap.PhysInvHhLot}</label>
            <input id="lot" name="lot" autocapitalize="characters" spellcheck="false">
            <label for="quantity" id="quantity-label">${uiLabelMap.PhysInvHhQuantity}</label>
            <input id="quantity" name="quantity" inputmode="decimal" autocomplete="off" spellcheck="false">
            <button type="submit" id="confirm" class="primary">${uiLabelMap.PhysInvHhConfirm}</button>
        </form>
        <div id="ask" class="ask" hidden>
            <p id="ask-text"></p>
            <button type="button" id="ask-add" class="primary">${uiLabelMap.PhysInvHhAdd}</button>
            <button type="button" id="ask-replace" class="secondary">${uiLabelMap.PhysInvHhReplace}</button>
        </div>
        <div id="undo-ask" class="ask" hidden>
            <p id="undo-text"></p>
            <button type="button" id="undo-yes" class="secondary">${uiLabelMap.PhysInvHhUndoConfirm}</button>
            <button type="button" id="undo-no">${uiLabelMap.PhysInvHhUndoKeep}</button>
        </div>
        <div id="message" role="status" aria-live="assertive"></div>
        <section id="recent" hidden>
            <h2 id="recent-title"></h2>
            <button type="button" id="undo-last" class="secondary" hidden>${uiLabelMap.PhysInvHhUndoLast}</button>
            <ul id="recent-list"></ul>
        </section>
    </section>
</main>
<script>
window.PI = {
    urls: {
        lists: "<@ofbizUrl>getMyPiCountLists</@ofbizUrl>",
        resolve: "<@ofbizUrl>resolvePiScan</@ofbizUrl>",
        record: "<@ofbizUrl>recordPiCount</@ofbizUrl>",
        empty: "<@ofbizUrl>confirmPiLocationEmpty</@ofbizUrl>",
        undo: "<@ofbizUrl>undoPiRead</@ofbizUrl>",
        recent: "<@ofbizUrl>getPiRecentReads</@ofbizUrl>"
    },
    user: "${StringUtil.wrapString(userLogin.userLoginId)?js_string}",
    labels: {
    <#list labels as key>
        "${key}": "${StringUtil.wrapString(uiLabelMap[key])?js_string}"<#sep>,</#sep>
    </#list>
    }
};
</script>
<script src="/physinv-count/js/camera.js"></script>
<script src="/physinv-count/js/handheld.js"></script>
</body>
</html>
