<#-- A benchmark's report as text, for the scripts in src/bench/ofbiz -->
<pre id="report">${(requestAttributes.report)!}${(requestAttributes._ERROR_MESSAGE_)!}</pre>
