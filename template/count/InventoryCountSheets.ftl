<#-- The PDF count sheets of the whole inventory: a job makes a zip of PDFs, one per range of locations of a list; its progress
     is asked for again every few seconds while it runs, and the zip is downloaded once done. -->
<#assign csrf = Static["org.apache.ofbiz.security.CsrfUtil"]>
<div id="count-sheets"><#include "component://physical-inventory/template/count/CountSheetsProgress.ftl"/></div>
<form method="post" action="<@ofbizUrl>startPiCountSheets</@ofbizUrl>" name="StartCountSheets" id="count-sheets-form" class="basic-form">
  <input type="hidden" name="${csrf.getTokenNameNonAjax()}" value="${csrf.generateTokenForNonAjax(request, "startPiCountSheets")!}">
  <input type="hidden" name="piInventoryId" value="${inventory.piInventoryId}">
  <label for="count-sheets-lines">${uiLabelMap.PhysInvLinesPerSheet}</label>
  <select name="linesPerSheet" id="count-sheets-lines">
    <#assign proposed = countSheets.linesPerSheet!1000>
    <#assign choices = [250, 500, 1000, 2000]>
    <#if !choices?seq_contains(proposed)><#assign choices = (choices + [proposed])?sort></#if>
    <#list choices as lines><option value="${lines?c}"<#if lines == proposed> selected</#if>>${lines}</option></#list>
  </select>
  <input type="submit" class="smallSubmit" id="count-sheets-start" value="${uiLabelMap.PhysInvMakeCountSheets}">
</form>
<script>
(function () {
  var box = document.getElementById("count-sheets");
  function running() { var p = document.getElementById("count-sheets-progress"); return p && p.getAttribute("data-status") === "RUNNING"; }
  function poll() {
    if (!running()) { return; }
    fetch("<@ofbizUrl>CountSheetsProgress?piInventoryId=${inventory.piInventoryId?url('UTF-8')}</@ofbizUrl>", { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) { if (html !== null) { box.innerHTML = html; } setTimeout(poll, 2000); })
      .catch(function () { setTimeout(poll, 5000); });
  }
  setTimeout(poll, 2000);
})();
</script>
