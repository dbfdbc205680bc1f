<#-- Two closings side by side: per product and facility, the quantity and value in each and the change. -->
<#if comparison?? && comparison.earlier??>
<#assign currency = comparison.later.currencyUomId!>
<p>
  <a href="<@ofbizUrl>StockClosing?closingId=${comparison.earlier.closingId}</@ofbizUrl>">${comparison.earlier.closingId}</a> (${comparison.earlier.closingDate?string("yyyy-MM-dd")})
  → <a href="<@ofbizUrl>StockClosing?closingId=${comparison.later.closingId}</@ofbizUrl>">${comparison.later.closingId}</a> (${comparison.later.closingDate?string("yyyy-MM-dd")})
  · ${uiLabelMap.PhysInvChangedProducts}: <span id="changed-count">${comparison.changedCount}</span>
  · <#if (parameters.changedOnly!"Y") == "N"><a href="<@ofbizUrl>CompareStockClosings?closingId=${parameters.closingId}&amp;otherClosingId=${parameters.otherClosingId}</@ofbizUrl>">${uiLabelMap.PhysInvChangedOnly}</a><#else><a href="<@ofbizUrl>CompareStockClosings?closingId=${parameters.closingId}&amp;otherClosingId=${parameters.otherClosingId}&amp;changedOnly=N</@ofbizUrl>">${uiLabelMap.PhysInvAllProducts}</a></#if>
</p>
<table class="basic-table hover-bar" id="comparison">
<thead><tr class="header-row-2">
  <th>${uiLabelMap.PhysInvFacility}</th><th>${uiLabelMap.PhysInvProduct}</th>
  <th class="align-text">${uiLabelMap.PhysInvQuantityBefore}</th><th class="align-text">${uiLabelMap.PhysInvQuantityAfter}</th><th class="align-text">${uiLabelMap.PhysInvQuantityChange}</th>
  <th class="align-text">${uiLabelMap.PhysInvValueBefore}</th><th class="align-text">${uiLabelMap.PhysInvValueAfter}</th><th class="align-text">${uiLabelMap.PhysInvValueChange}</th>
</tr></thead>
<tbody>
<#list comparison.changes as change>
<tr>
  <td>${change.facilityId}</td>
  <td><a href="<@ofbizUrl>WarehouseHistory?productId=${change.productId}</@ofbizUrl>">${change.productId}</a></td>
  <td class="align-text">${change.quantityBefore}</td><td class="align-text">${change.quantityAfter}</td><td class="align-text">${change.quantityChange}</td>
  <td class="align-text"><@ofbizCurrency amount=change.valueBefore isoCode=currency/></td><td class="align-text"><@ofbizCurrency amount=change.valueAfter isoCode=currency/></td>
  <td class="align-text"><@ofbizCurrency amount=change.valueChange isoCode=currency/></td>
</tr>
</#list>
</tbody>
<tfoot><tr class="header-row-2">
  <td colspan="5">${uiLabelMap.PhysInvGrandTotal}</td>
  <td class="align-text"><@ofbizCurrency amount=comparison.valueBefore isoCode=currency/></td><td class="align-text"><@ofbizCurrency amount=comparison.valueAfter isoCode=currency/></td>
  <td class="align-text" id="value-change" data-value="${comparison.valueChange?c}"><@ofbizCurrency amount=comparison.valueChange isoCode=currency/></td>
</tr></tfoot>
</table>
</#if>
