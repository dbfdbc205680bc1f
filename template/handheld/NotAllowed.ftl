<#-- Shown to a logged-in user who may not count (no PHYSINV_COUNT). -->
<!DOCTYPE html>
<html lang="${locale.language}">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${uiLabelMap.PhysInvHhTitle}</title>
    <link rel="stylesheet" href="/physinv-count/css/handheld.css">
</head>
<body>
<header><span id="title">${uiLabelMap.PhysInvHhTitle}</span><a id="logout" href="<@ofbizUrl>logout</@ofbizUrl>">${uiLabelMap.PhysInvHhLogout}</a></header>
<main><p class="error">${uiLabelMap.PhysInvHhNotAllowed}</p></main>
</body>
</html>
