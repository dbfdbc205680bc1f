<#-- Login for the handheld: OFBiz's login request, on a page that fits a phone. -->
<!DOCTYPE html>
<html lang="${locale.language}">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${uiLabelMap.PhysInvHhTitle}</title>
    <link rel="manifest" href="/physinv-count/manifest.webmanifest">
    <link rel="stylesheet" href="/physinv-count/css/handheld.css">
</head>
<body>
<header><span id="title">${uiLabelMap.PhysInvHhTitle}</span></header>
<main>
    <form method="post" action="<@ofbizUrl>login</@ofbizUrl>" class="login">
        <#if requestAttributes._ERROR_MESSAGE_?has_content || requestAttributes._ERROR_MESSAGE_LIST_?has_content>
            <div class="error">${requestAttributes._ERROR_MESSAGE_!}<#list requestAttributes._ERROR_MESSAGE_LIST_! as message> ${message}</#list></div>
        </#if>
        <label for="USERNAME">${uiLabelMap.PhysInvHhUser}</label>
        <input id="USERNAME" name="USERNAME" autocomplete="username" autocapitalize="off" autofocus>
        <label for="PASSWORD">${uiLabelMap.PhysInvHhPassword}</label>
        <input id="PASSWORD" name="PASSWORD" type="password" autocomplete="current-password">
        <button type="submit" class="primary">${uiLabelMap.PhysInvHhLogin}</button>
    </form>
</main>
</body>
</html>
