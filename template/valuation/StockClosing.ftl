<#-- One stock closing: what it covers, its status and progress, its totals; run it again, confirm it, compare it, report on it. -->
<#assign csrf = Static["org.apache.ofbiz.security.CsrfUtil"]>
<#macro postForm target>
<form method="post" action="<@ofbizUrl>${target}</@ofbizUrl>" class="basic-form">
<input type="hidden" name="${csrf.getTokenNameNonAjax()}" value="${csrf.generateTokenForNonAjax(request, target)!}">
<input type="hidden" name="closingId" value="${closing.closingId}">
<#nested>
</form>
</#macro>
<#macro methodOptions selected="">
<#list ["FIFO", "LIFO", "AVERAGE", "LAST_COST", "STANDARD"] as method>
<option value="${method}"<#if method == selected> selected</#if>>${uiLabelMap["PhysInv" + "Method" + method]}</option>
</#list>
</#macro>
<#assign canClose = security.hasEntityPermission("PHYSINV", "_CLOSE", session)>
<#if closingState.running>
<script>setTimeout(function () { location.reload(); }, 3000);</script>
</#if>
<table class="basic-table" id="closing-header">
  <tr><td class="label">${uiLabelMap.PhysInvStatus}</td>
      <td id="closing-status" data-status="${closingState.statusId}">${uiLabelMap[closingState.statusId]}<#if closingState.interrupted> (${uiLabelMap.PhysInvClosingInterrupted})</#if>
      <#if closingState.running> · <progress max="100" value="${closingState.percentDone}"></progress> ${closingState.percentDone}%</#if></td></tr>
  <#if closing.errorMessage?has_content><tr><td class="label">${uiLabelMap.PhysInvClosingError}</td><td class="error">${closing.errorMessage}</td></tr></#if>
  <tr><td class="label"><#if closing.facilityId?has_content>${uiLabelMap.PhysInvFacility}<#else>${uiLabelMap.PhysInvOrganization}</#if></td>
      <td><#if closing.facilityId?has_content>${closing.facilityId} (${uiLabelMap.PhysInvOrganization} ${closing.organizationPartyId!})<#else>${closing.organizationPartyId!} · ${uiLabelMap.PhysInvAllFacilities}</#if></td></tr>
  <tr><td class="label">${uiLabelMap.PhysInvClosingDate}</td>
      <td id="closing-date">${closing.closingDate?string("yyyy-MM-dd")} · ${uiLabelMap.PhysInvMovementsBefore} ${closing.thruDate?string("yyyy-MM-dd HH:mm")} (${closing.timeZoneId!})</td></tr>
  <tr><td class="label">${uiLabelMap.PhysInvValuationMethod}</td><td id="closing-method" data-method="${closing.valuationMethod}">${uiLabelMap["PhysInv" + "Method" + closing.valuationMethod]}</td></tr>
  <#if closing.description?has_content><tr><td class="label">${uiLabelMap.PhysInvDescription}</td><td>${closing.description}</td></tr></#if>
  <#if closing.lineCount??>
  <tr><td class="label">${uiLabelMap.PhysInvLines}</td><td id="closing-lines">${closing.lineCount}</td></tr>
  <tr><td class="label">${uiLabelMap.PhysInvQuantity}</td><td>${closing.totalQuantity!}</td></tr>
  <tr><td class="label">${uiLabelMap.PhysInvValue}</td>
      <td id="closing-total" data-value="${(closing.totalValue!0)?c}"><@ofbizCurrency amount=closing.totalValue!0 isoCode=closing.currencyUomId!/></td></tr>
  </#if>
  <tr><td class="label">${uiLabelMap.PhysInvClosingRun}</td><td>${closing.runByUserLogin!} · ${(closing.runStartedDate?string("yyyy-MM-dd HH:mm:ss"))!}<#if closing.runFinishedDate??> → ${closing.runFinishedDate?string("HH:mm:ss")}</#if></td></tr>
  <#if closing.confirmedDate??><tr><td class="label">${uiLabelMap.PI_CLS_CONFIRMED}</td><td>${closing.confirmedByUserLogin!} · ${closing.confirmedDate?string("yyyy-MM-dd HH:mm")}</td></tr></#if>
</table>

<div class="button-bar">
<#if canClose && closingState.canRun>
<@postForm target="runPiStockClosingAgain">
  <input type="hidden" name="runAsJob" value="Y">
  <label>${uiLabelMap.PhysInvValuationMethod} <select name="valuationMethod"><@methodOptions selected=closing.valuationMethod/></select></label>
  <input type="submit" class="smallSubmit" id="run-again" value="${uiLabelMap.PhysInvRunAgain}" title="${uiLabelMap.PhysInvRunAgainTooltip}">
</@postForm>
</#if>
<#if canClose && closingState.canConfirm>
<@postForm target="confirmPiStockClosing">
  <input type="submit" class="smallSubmit" id="confirm-closing" value="${uiLabelMap.PhysInvConfirmClosing}"
      onclick="return confirm('${uiLabelMap.PhysInvConfirmClosingQuestion?js_string}')">
</@postForm>
</#if>
</div>

<#if closing.statusId == "PI_CLS_DONE" || closing.statusId == "PI_CLS_CONFIRMED">
<p>
  <a class="buttontext" id="closing-report" href="<@ofbizUrl>ValorizedReport?showReport=Y&amp;closingId=${closing.closingId}</@ofbizUrl>">${uiLabelMap.PhysInvValorizedReport}</a>
  <a class="buttontext" href="<@ofbizUrl>ValorizedReport.csv?closingId=${closing.closingId}</@ofbizUrl>">CSV</a>
  <a class="buttontext" href="<@ofbizUrl>ValorizedReport.xlsx?closingId=${closing.closingId}</@ofbizUrl>">XLSX</a>
  <a class="buttontext" href="<@ofbizUrl>ValorizedReport.pdf?closingId=${closing.closingId}</@ofbizUrl>" target="_blank">PDF</a>
  <a class="buttontext" id="closing-reconcile" href="<@ofbizUrl>ReconcileStockClosing?closingId=${closing.closingId}</@ofbizUrl>"
      title="${uiLabelMap.PhysInvReconcileWithLedgerTooltip}">${uiLabelMap.PhysInvReconcileWithLedger}</a>
</p>
<#if otherClosings?has_content>
<form method="get" action="<@ofbizUrl>CompareStockClosings</@ofbizUrl>" class="basic-form">
  <input type="hidden" name="closingId" value="${closing.closingId}">
  <label>${uiLabelMap.PhysInvCompareWith}
  <select name="otherClosingId">
  <#list otherClosings as other><option value="${other.closingId}">${other.closingId} · ${other.closingDate?string("yyyy-MM-dd")} · ${other.facilityId!other.organizationPartyId!}</option></#list>
  </select></label>
  <input type="submit" class="smallSubmit" value="${uiLabelMap.PhysInvCompare}">
</form>
</#if>
</#if>
