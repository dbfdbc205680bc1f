<#-- How far the count sheets job of the inventory is, and its zip once done. -->
<#if countSheets.runStatusId?has_content>
<p id="count-sheets-progress" data-status="${countSheets.runStatusId}">${uiLabelMap["PhysInvCountSheets" + countSheets.runStatusId]}:
  <span id="count-sheets-files">${countSheets.sheetsDone!0} / ${countSheets.sheetsTotal!0}</span> ${uiLabelMap.PhysInvCountSheetFiles},
  <span id="count-sheets-lines-done">${countSheets.linesDone!0} / ${countSheets.linesTotal!0}</span> ${uiLabelMap.PhysInvLines}
  <#if countSheets.piListId?has_content>(${uiLabelMap.PhysInvList} ${countSheets.piListId})</#if> ${countSheets.message!}</p>
<#if countSheets.zipFile?has_content>
<p><a class="buttontext" id="count-sheets-zip" href="<@ofbizUrl>CountSheetsZip?piInventoryId=${inventory.piInventoryId?url('UTF-8')}</@ofbizUrl>">${uiLabelMap.PhysInvDownloadCountSheets}</a></p>
</#if>
<#else>
<p id="count-sheets-progress" data-status="">${uiLabelMap.PhysInvNoCountSheetsYet}</p>
</#if>
