<#-- The valorized inventory report: totals by category, the grand total, the rows (the first reportLimit on screen; the
     exports hold every row). data-value attributes carry the plain figures. -->
<#if valorized?? && valorized.reportRows??>
<#assign currency = valorized.currencyUomId>
<#assign query = "">
<#list ["closingId", "organizationPartyId", "facilityId", "valuationMethod", "productCategoryId", "supplierPartyId", "productId", "lotId"] as name>
<#if parameters[name]?has_content><#assign query = query + "&amp;" + name + "=" + parameters[name]?url("UTF-8")></#if>
</#list>
<#assign query = query?remove_beginning("&amp;")>
<p>
  <#if valorized.closing??>${uiLabelMap.PhysInvClosing} <a href="<@ofbizUrl>StockClosing?closingId=${valorized.closing.closingId}</@ofbizUrl>">${valorized.closing.closingId}</a>
  · ${uiLabelMap.PhysInvClosingDate} ${valorized.closing.closingDate?string("yyyy-MM-dd")}<#else>${uiLabelMap.PhysInvLiveStock} · ${valorized.asOf?string("yyyy-MM-dd HH:mm")}</#if>
  · ${uiLabelMap.PhysInvValuationMethod}: <span id="report-method">${uiLabelMap["PhysInv" + "Method" + valorized.valuationMethod]}</span>
</p>
<p>
  <a class="buttontext" id="export-csv" href="<@ofbizUrl>ValorizedReport.csv?${query}</@ofbizUrl>">CSV</a>
  <a class="buttontext" id="export-xlsx" href="<@ofbizUrl>ValorizedReport.xlsx?${query}</@ofbizUrl>">XLSX</a>
  <a class="buttontext" id="export-pdf" href="<@ofbizUrl>ValorizedReport.pdf?${query}</@ofbizUrl>" target="_blank">PDF</a>
</p>
<table class="basic-table" id="category-totals">
<thead><tr class="header-row-2"><th>${uiLabelMap.PhysInvProductCategory}</th><th class="align-text">${uiLabelMap.PhysInvLines}</th>
  <th class="align-text">${uiLabelMap.PhysInvQuantity}</th><th class="align-text">${uiLabelMap.PhysInvValue}</th></tr></thead>
<tbody>
<#list valorized.categoryTotals as total>
<tr data-category="${total.categoryId}">
  <td><#if !total.categoryId?has_content>${uiLabelMap.PhysInvNoCategory}<#elseif total.categoryName?has_content>${total.categoryName} [${total.categoryId}]<#else>${total.categoryId}</#if></td>
  <td class="align-text">${total.rows}</td><td class="align-text">${total.quantity}</td>
  <td class="align-text" data-value="${total.value?c}"><@ofbizCurrency amount=total.value isoCode=currency/></td>
</tr>
</#list>
</tbody>
<tfoot><tr class="header-row-2">
  <td>${uiLabelMap.PhysInvGrandTotal}</td><td class="align-text" id="report-rows">${valorized.reportRows?size}</td>
  <td class="align-text" id="report-quantity" data-value="${valorized.totalQuantity?c}">${valorized.totalQuantity}</td>
  <td class="align-text" id="report-total" data-value="${valorized.totalValue?c}"><@ofbizCurrency amount=valorized.totalValue isoCode=currency/></td>
</tr></tfoot>
</table>
<#if (valorized.reportRows?size > reportLimit)><p>${uiLabelMap.PhysInvReportFirstRows?replace("{0}", reportLimit?c)?replace("{1}", valorized.reportRows?size?c)}</p></#if>
<table class="basic-table hover-bar" id="report-rows-table">
<thead><tr class="header-row-2">
  <th>${uiLabelMap.PhysInvFacility}</th><th>${uiLabelMap.PhysInvProduct}</th><th>${uiLabelMap.PhysInvProductName}</th><th>${uiLabelMap.PhysInvProductCategory}</th>
  <#if parameters.lotId?has_content><th>${uiLabelMap.PhysInvLot}</th></#if>
  <th class="align-text">${uiLabelMap.PhysInvQuantity}</th><th class="align-text">${uiLabelMap.PhysInvUnitCost}</th><th class="align-text">${uiLabelMap.PhysInvValue}</th>
</tr></thead>
<tbody>
<#list valorized.reportRows as row>
<#if (row?index >= reportLimit)><#break></#if>
<tr>
  <td>${row.facilityId!}</td>
  <td><a href="<@ofbizUrl>WarehouseHistory?productId=${row.productId}</@ofbizUrl>">${row.productId}</a></td>
  <td>${row.productName!}</td><td>${row.categoryId!}</td>
  <#if parameters.lotId?has_content><td>${row.lotId!}</td></#if>
  <td class="align-text">${row.quantity}</td>
  <td class="align-text">${row.unitCost!}<#if row.fallback> <span title="${uiLabelMap.PhysInvFallbackTooltip}">*</span></#if></td>
  <td class="align-text" data-value="${row.value?c}"><@ofbizCurrency amount=row.value isoCode=currency/></td>
</tr>
</#list>
</tbody>
</table>
</#if>
