<#-- The stock of the inventory's facility when counting started and once the differences were posted, for the accountant. -->
<#if stockSnapshots?has_content>
<table class="basic-table" id="stock-snapshots">
<thead><tr class="header-row-2"><th>${uiLabelMap.PhysInvSnapshot}</th><th>${uiLabelMap.PhysInvDate}</th><th class="align-text">${uiLabelMap.PhysInvInventoryItems}</th>
  <th class="align-text">${uiLabelMap.PhysInvQuantity}</th><th class="align-text">${uiLabelMap.PhysInvValue}</th></tr></thead>
<tbody>
<#list stockSnapshots as snapshot>
<tr data-snapshot="${snapshot.snapshotType}"><td>${uiLabelMap["PhysInvSnapshot" + snapshot.snapshotType]}</td><td>${snapshot.takenDate?string("yyyy-MM-dd HH:mm:ss")}</td>
  <td class="align-text">${snapshot.itemCount}</td><td class="align-text">${snapshot.totalQuantity}</td><td class="align-text">${snapshot.totalValue?string("#,##0.00")}</td></tr>
</#list>
</tbody>
</table>
<p><a class="buttontext" id="stock-zip" href="<@ofbizUrl>InventoryStock.zip?piInventoryId=${inventory.piInventoryId}</@ofbizUrl>">${uiLabelMap.PhysInvDownloadStockZip}</a></p>
<#else>
<p>${uiLabelMap.PhysInvNoSnapshotYet}</p>
</#if>
