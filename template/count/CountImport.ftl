<#-- Counts imported from a file: the upload form; once a file is read, its preview (what each row records, every row
     refused with its reason, the rows not counted or imported before) and the one action that records it. -->
<#assign csrf = Static["org.apache.ofbiz.security.CsrfUtil"]>
<#assign listId = inventoryList.piListId>
<#assign mode = importMode!"REPLACE">
<#assign open = inventoryList.statusId == "PI_LIST_COUNTING" && inventory.statusId == "PI_INV_COUNTING">
<style>
  .pi-import-summary { font-weight: bold; margin: 0.5em 0; }
  #importRefused td.pi-refusal { color: #a40000; }
  .pi-import-modes label { display: block; margin: 0.2em 0; }
</style>

<div class="screenlet">
<div class="screenlet-title-bar"><ul><li class="h3">${uiLabelMap.PhysInvImportCounts}</li></ul><br class="clear"></div>
<div class="screenlet-body">
<p>${uiLabelMap.PhysInvImportHelp}</p>
<#if open>
<#-- multipart: the CSRF check reads the token from the action's URL (ofbizUrl adds it when the defence is on) -->
<form method="post" enctype="multipart/form-data" action="<@ofbizUrl>readPiCountFile</@ofbizUrl>" name="UploadCountFile" id="uploadCountFile">
  <input type="hidden" name="piListId" value="${listId}">
  <p><label>${uiLabelMap.PhysInvCountFile} <input type="file" name="countFile" required accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"></label></p>
  <div class="pi-import-modes">
    <label><input type="radio" name="mode" value="REPLACE"<#if mode != "ADD"> checked</#if>> ${uiLabelMap.PhysInvImportReplace}</label>
    <label><input type="radio" name="mode" value="ADD"<#if mode == "ADD"> checked</#if>> ${uiLabelMap.PhysInvImportAdd}</label>
  </div>
  <button type="submit" class="smallSubmit">${uiLabelMap.PhysInvPreview}</button>
</form>
<#else>
<p>${uiLabelMap.PhysInvImportListNotOpen}</p>
</#if>
</div>
</div>

<#if preview?? && preview.fileName??>
<#assign importId = parameters.importId>
<#macro previewLink index text previewMode=mode>
<a class="buttontext" href="<@ofbizUrl>CountImport?piListId=${listId}&amp;importId=${importId}&amp;mode=${previewMode}&amp;VIEW_INDEX=${index}</@ofbizUrl>">${text}</a>
</#macro>
<div class="screenlet" id="importPreview">
<div class="screenlet-title-bar"><ul><li class="h3">${uiLabelMap.PhysInvImportPreviewOf} ${preview.fileName}</li></ul><br class="clear"></div>
<div class="screenlet-body">
<p class="pi-import-summary" id="importSummary" data-rows="${preview.rowCount?c}" data-record="${preview.recordCount?c}" data-refused="${preview.refusedCount?c}"
    data-not-counted="${preview.notCounted?c}" data-already="${preview.alreadyImported?c}">
  ${Static["org.physicalinventory.ofbiz.Labels"].message("PhysInvImportSummary", locale, preview.rowCount, preview.recordCount, preview.refusedCount, preview.notCounted, preview.alreadyImported)}
</p>
<p>${uiLabelMap.PhysInvPreviewAs}:
  <#if mode == "ADD"><@previewLink index=0 text=uiLabelMap.PhysInvImportReplace previewMode="REPLACE"/> <strong>${uiLabelMap.PhysInvImportAdd}</strong>
  <#else><strong>${uiLabelMap.PhysInvImportReplace}</strong> <@previewLink index=0 text=uiLabelMap.PhysInvImportAdd previewMode="ADD"/></#if>
</p>
<#if open && (preview.recordCount &gt; 0)>
<form method="post" action="<@ofbizUrl>importPiCountFile</@ofbizUrl>" name="ApplyCountFile" id="applyCountFile">
  <input type="hidden" name="${csrf.getTokenNameNonAjax()}" value="${csrf.generateTokenForNonAjax(request, "importPiCountFile")!}">
  <input type="hidden" name="piListId" value="${listId}">
  <input type="hidden" name="importId" value="${importId}">
  <input type="hidden" name="mode" value="${mode}">
  <button type="submit" class="smallSubmit">${Static["org.physicalinventory.ofbiz.Labels"].message((mode == "ADD")?then("PhysInvImportRecordADD", "PhysInvImportRecordREPLACE"), locale, preview.recordCount)}</button>
</form>
</#if>

<#if preview.reasons?has_content>
<h3>${uiLabelMap.PhysInvImportReasons}</h3>
<table class="basic-table" id="importReasons">
<tr class="header-row-2"><th>${uiLabelMap.PhysInvReason}</th><th class="align-text">${uiLabelMap.PhysInvRows}</th></tr>
<#list preview.reasons as reason>
<tr><td>${reason.reason} <span class="pi-note">(${uiLabelMap.PhysInvRow} ${reason.firstRow?c}<#if reason.rows &gt; 1>, …</#if>)</span></td><td class="align-text">${reason.rows}</td></tr>
</#list>
</table>
</#if>

<#if preview.refusedRows?has_content>
<h3>${uiLabelMap.PhysInvRefusedRows}<#if preview.refusedCount &gt; preview.refusedRows?size> (${preview.refusedRows?size} / ${preview.refusedCount})</#if></h3>
<table class="basic-table hover-bar" id="importRefused">
<thead><tr class="header-row-2">
  <th>${uiLabelMap.PhysInvRow}</th><th>${uiLabelMap.PhysInvLocation}</th><th>${uiLabelMap.PhysInvProduct}</th><th>${uiLabelMap.PhysInvLot}</th>
  <th>${uiLabelMap.PhysInvSerialNumber}</th><th class="align-text">${uiLabelMap.PhysInvQuantity}</th><th>${uiLabelMap.PhysInvReason}</th>
</tr></thead>
<tbody>
<#list preview.refusedRows as row>
<tr data-row="${row.number?c}"><td>${row.number?c}</td><td>${row.locationSeqId!}</td><td>${row.productId!row.code!}</td><td>${row.lotId!}</td>
  <td>${row.serialNumber!}</td><td class="align-text">${row.quantity!}</td><td class="pi-refusal">${row.reason}</td></tr>
</#list>
</tbody>
</table>
</#if>

<#if preview.recordRows?has_content>
<#assign viewSize = preview.viewSize>
<#assign viewIndex = preview.viewIndex>
<h3>${uiLabelMap.PhysInvRowsToRecord}</h3>
<#if preview.recordCount &gt; viewSize>
<div class="nav-pager" id="importPager">
  <#if viewIndex &gt; 0><@previewLink index=viewIndex - 1 text=uiLabelMap.PhysInvPrevious/></#if>
  <span>${viewIndex * viewSize + 1} – ${[viewIndex * viewSize + viewSize, preview.recordCount]?min} / ${preview.recordCount}</span>
  <#if (viewIndex + 1) * viewSize &lt; preview.recordCount><@previewLink index=viewIndex + 1 text=uiLabelMap.PhysInvNext/></#if>
</div>
</#if>
<table class="basic-table hover-bar" id="importRecord">
<thead><tr class="header-row-2">
  <th>${uiLabelMap.PhysInvRow}</th><th>${uiLabelMap.PhysInvLocation}</th><th>${uiLabelMap.PhysInvProduct}</th><th>${uiLabelMap.PhysInvLot}</th>
  <th>${uiLabelMap.PhysInvSerialNumber}</th><th class="align-text">${uiLabelMap.PhysInvQuantity}</th><th>${uiLabelMap.PhysInvScanAction}</th>
  <th class="align-text">${uiLabelMap.PhysInvCountNow}</th><th class="align-text">${uiLabelMap.PhysInvCountAfter}</th>
</tr></thead>
<tbody>
<#list preview.recordRows as row>
<tr data-row="${row.number?c}"><td>${row.number?c}</td><td>${row.locationSeqId!}</td><td>${row.productId}<#if row.code?has_content && row.code != row.productId> <span class="pi-note">${row.code}</span></#if></td>
  <td>${row.lotId!}</td><td>${row.serialNumber!}</td><td class="align-text">${row.quantity!}</td><td>${row.action}</td>
  <td class="align-text">${row.before}<#if row.newLine> <span class="pi-note">${uiLabelMap.PhysInvNewLine}</span></#if></td><td class="align-text">${row.after}</td></tr>
</#list>
</tbody>
</table>
</#if>
</div>
</div>
<#elseif preview?? && preview.errorMessage??>
<p class="errorMessage">${preview.errorMessage}</p>
</#if>
