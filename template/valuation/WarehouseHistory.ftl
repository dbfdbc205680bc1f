<#-- One product across closings: quantity, last cost, average cost and value, with two small charts. -->
<#if warehouseHistory?? && warehouseHistory.history??>
<#if !warehouseHistory.history?has_content>
<p>${uiLabelMap.PhysInvNoClosingHoldsProduct}</p>
<#else>
<div class="pi-charts">
<figure style="display:inline-block;margin:0 2em 1em 0">
  <svg id="chart-quantity" width="360" height="90" viewBox="0 0 360 90" role="img" aria-label="${uiLabelMap.PhysInvQuantity}" style="border:1px solid #ccc;background:#fafafa">
    <polyline fill="none" stroke="#2a6ebb" stroke-width="2" points="${warehouseHistory.quantityPoints}"/>
  </svg>
  <figcaption>${uiLabelMap.PhysInvQuantity}</figcaption>
</figure>
<figure style="display:inline-block;margin:0 0 1em 0">
  <svg id="chart-value" width="360" height="90" viewBox="0 0 360 90" role="img" aria-label="${uiLabelMap.PhysInvValue}" style="border:1px solid #ccc;background:#fafafa">
    <polyline fill="none" stroke="#c0392b" stroke-width="2" points="${warehouseHistory.valuePoints}"/>
  </svg>
  <figcaption>${uiLabelMap.PhysInvValue}</figcaption>
</figure>
</div>
<table class="basic-table hover-bar" id="warehouse-history">
<thead><tr class="header-row-2">
  <th>${uiLabelMap.PhysInvClosing}</th><th>${uiLabelMap.PhysInvClosingDate}</th><th>${uiLabelMap.PhysInvStatus}</th><th>${uiLabelMap.PhysInvFacility}</th>
  <th class="align-text">${uiLabelMap.PhysInvQuantity}</th><th class="align-text">${uiLabelMap.PhysInvLastCost}</th><th class="align-text">${uiLabelMap.PhysInvAverageCost}</th>
  <th>${uiLabelMap.PhysInvValuationMethod}</th><th class="align-text">${uiLabelMap.PhysInvValue}</th>
</tr></thead>
<tbody>
<#list warehouseHistory.history as line>
<tr>
  <td><a href="<@ofbizUrl>StockClosing?closingId=${line.closingId}</@ofbizUrl>">${line.closingId}</a></td>
  <td>${line.closingDate?string("yyyy-MM-dd")}</td><td>${uiLabelMap[line.statusId]}</td><td>${line.facilityId}</td>
  <td class="align-text">${line.quantity}</td><td class="align-text">${line.lastCost!}</td><td class="align-text">${line.averageCost!}</td>
  <td>${uiLabelMap["PhysInv" + "Method" + line.valuationMethod]}</td>
  <td class="align-text"><@ofbizCurrency amount=line.value isoCode=line.currencyUomId!/></td>
</tr>
</#list>
</tbody>
</table>
</#if>
</#if>
