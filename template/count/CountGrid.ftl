<#-- The count grid of a list: a filter, the count sheets of that filter, and one form holding a page of lines. A count
     is typed in any row (Enter goes down, as in a spreadsheet); Save all stores every row changed. Without JavaScript the
     form still submits (Enter saves). After a save with refusals, a refused row keeps what was typed and says why. -->
<#assign csrf = Static["org.apache.ofbiz.security.CsrfUtil"]>
<#assign listId = inventoryList.piListId>
<#assign filterNames = ["locationSeqId", "productId", "supplierPartyId", "counted"]>
<#assign filterQuery><#list filterNames as name><#if parameters[name]?has_content>&amp;${name}=${parameters[name]?url('UTF-8')}</#if></#list></#assign>
<#assign refusals = requestAttributes.refusals!{}>
<#assign posted = (parameters.piCountGrid!"") == "Y">
<#assign open = inventoryList.statusId == "PI_LIST_COUNTING" && inventory.statusId == "PI_INV_COUNTING">
<#assign viewSize = grid.viewSize!100>
<#assign viewIndex = grid.viewIndex!0>
<#assign lineCount = grid.lineCount!0>
<style>
  #countGrid tr.pi-changed td { background: #fff7d6; }
  #countGrid tr.pi-refused td { background: #fde8e8; }
  #countGrid .pi-refusal { color: #a40000; }
  #countGrid input.pi-count { width: 7em; text-align: right; }
  .pi-grid-help { margin: 0.5em 0; }
</style>

<form method="get" action="<@ofbizUrl>CountLines</@ofbizUrl>" name="FindCountLines" class="basic-form">
  <input type="hidden" name="piListId" value="${listId}">
  <label>${uiLabelMap.PhysInvLocation} <input type="text" name="locationSeqId" value="${parameters.locationSeqId!}" size="10"></label>
  <label>${uiLabelMap.PhysInvProduct} <input type="text" name="productId" value="${parameters.productId!}" size="12"></label>
  <label>${uiLabelMap.PhysInvSupplier} <input type="text" name="supplierPartyId" value="${parameters.supplierPartyId!}" size="10"></label>
  <label>${uiLabelMap.PhysInvShow}
    <select name="counted">
      <option value="">${uiLabelMap.PhysInvAllLines}</option>
      <option value="N"<#if (parameters.counted!"") == "N"> selected</#if>>${uiLabelMap.PhysInvUncounted}</option>
      <option value="Y"<#if (parameters.counted!"") == "Y"> selected</#if>>${uiLabelMap.PhysInvCountedLines}</option>
    </select>
  </label>
  <label>${uiLabelMap.PhysInvLinesPerPage}
    <select name="VIEW_SIZE"><#list [50, 100, 200, 500] as size><option value="${size}"<#if size == viewSize> selected</#if>>${size}</option></#list></select>
  </label>
  <button type="submit" class="smallSubmit">${uiLabelMap.PhysInvFind}</button>
</form>

<div class="button-bar" id="count-sheets">
  <a class="buttontext" target="_blank" href="<@ofbizUrl>CountSheetPdf?piListId=${listId}${filterQuery}</@ofbizUrl>">${uiLabelMap.PhysInvCountSheetPdf}</a>
  <a class="buttontext" href="<@ofbizUrl>CountSheetCsv?piListId=${listId}${filterQuery}</@ofbizUrl>">${uiLabelMap.PhysInvCountSheetCsv}</a>
  <a class="buttontext" href="<@ofbizUrl>CountSheetXlsx?piListId=${listId}${filterQuery}</@ofbizUrl>">${uiLabelMap.PhysInvCountSheetXlsx}</a>
</div>

<#macro pageLink index text>
<a class="buttontext" href="<@ofbizUrl>CountLines?piListId=${listId}${filterQuery}&amp;VIEW_SIZE=${viewSize}&amp;VIEW_INDEX=${index}</@ofbizUrl>">${text}</a>
</#macro>
<#macro pager>
<#if lineCount &gt; viewSize>
<div class="nav-pager">
  <#if viewIndex &gt; 0><@pageLink index=0 text="|&lt;"/><@pageLink index=viewIndex - 1 text=uiLabelMap.PhysInvPrevious/></#if>
  <span>${viewIndex * viewSize + 1} – ${[viewIndex * viewSize + viewSize, lineCount]?min} / ${lineCount}</span>
  <#if (viewIndex + 1) * viewSize &lt; lineCount><@pageLink index=viewIndex + 1 text=uiLabelMap.PhysInvNext/><@pageLink index=((lineCount - 1) / viewSize)?floor text="&gt;|"/></#if>
</div>
</#if>
</#macro>

<#if !(grid.countLines?has_content)>
<p>${uiLabelMap.PhysInvNoLines}</p>
<#else>
<p class="pi-grid-help">${uiLabelMap.PhysInvCountGridHelp}</p>
<form method="post" action="<@ofbizUrl>setPiCountedQuantities</@ofbizUrl>" name="CountGrid" id="countGrid">
<input type="hidden" name="${csrf.getTokenNameNonAjax()}" value="${csrf.generateTokenForNonAjax(request, "setPiCountedQuantities")!}">
<input type="hidden" name="piListId" value="${listId}">
<input type="hidden" name="piCountGrid" value="Y">
<#list filterNames as name><#if parameters[name]?has_content><input type="hidden" name="${name}" value="${parameters[name]}"></#if></#list>
<input type="hidden" name="VIEW_INDEX" value="${viewIndex}">
<input type="hidden" name="VIEW_SIZE" value="${viewSize}">
<@pager/>
<table class="basic-table hover-bar">
<thead>
<tr class="header-row-2">
  <th>${uiLabelMap.PhysInvLocation}</th>
  <th>${uiLabelMap.PhysInvProduct}</th>
  <th>${uiLabelMap.PhysInvLot}</th>
  <th>${uiLabelMap.PhysInvSerialNumber}</th>
  <th class="align-text">${uiLabelMap.PhysInvBookQuantity}</th>
  <th>${uiLabelMap.PhysInvCountedQuantity}</th>
  <th>${uiLabelMap.PhysInvCountedBy}</th>
  <th>${uiLabelMap.PhysInvUnlisted}</th>
  <th></th>
</tr>
</thead>
<tbody>
<#list grid.countLines as line>
<#assign id = line.lineSeqId>
<#assign typed = parameters["count_" + id]!"">
<#assign refusal = refusals[id]!"">
<tr class="<#if line?index % 2 == 1>alternate-row</#if><#if refusal?has_content> pi-refused</#if>" data-line="${id}" data-location="${line.locationSeqId}" data-product="${line.productId}">
  <td>${line.locationSeqId}</td>
  <td>${line.productId} <span class="pi-note">${line.productName!}</span></td>
  <td>${line.lotId!}</td>
  <td>${line.serialNumber!}</td>
  <td class="align-text">${line.bookQuantity!}</td>
  <td>
    <#if open>
    <input type="text" class="pi-count" name="count_${id}" value="<#if posted>${typed}<#else>${line.countedText}</#if>" inputmode="decimal" autocomplete="off" aria-label="${uiLabelMap.PhysInvCountedQuantity} ${line.locationSeqId} ${line.productId}">
    <input type="hidden" name="shown_${id}" value="${line.countedText}">
    <#else>${line.countedText}</#if>
  </td>
  <td>${line.countedByUserLogin!} ${line.countedDate!}</td>
  <td>${line.unlisted!}</td>
  <td class="pi-refusal">${refusal}</td>
</tr>
</#list>
</tbody>
</table>
<@pager/>
<#if open><button type="submit" class="smallSubmit" id="saveAllCounts">${uiLabelMap.PhysInvSaveAll}</button></#if>
</form>
<script>
(function () {
  var form = document.getElementById("countGrid");
  var inputs = Array.prototype.slice.call(form.querySelectorAll("input.pi-count"));
  var save = document.getElementById("saveAllCounts");
  var saving = false;
  inputs.forEach(function (input, i) {
    input.addEventListener("keydown", function (e) {
      var step = e.key === "ArrowDown" || (e.key === "Enter" && !e.shiftKey) ? 1 : e.key === "ArrowUp" || (e.key === "Enter" && e.shiftKey) ? -1 : 0;
      if (!step) return;
      e.preventDefault();
      var next = inputs[i + step];
      if (next) { next.focus(); next.select(); } else if (step > 0 && save) { save.focus(); }
    });
    input.addEventListener("input", function () {
      input.closest("tr").classList.toggle("pi-changed", input.value !== input.defaultValue);
    });
  });
  form.addEventListener("submit", function () { saving = true; });
  window.addEventListener("beforeunload", function (e) {
    if (!saving && inputs.some(function (input) { return input.value !== input.defaultValue; })) { e.preventDefault(); e.returnValue = ""; }
  });
})();
</script>
</#if>
