<#-- The handheld webapp's error page: OFBiz refused the request before it reached us (a missing CSRF token above all). -->
${Static["org.physicalinventory.ofbiz.count.CountApiEvents"].errorPage(request, response)}
