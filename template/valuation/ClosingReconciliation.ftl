<#-- A closing reconciled with the ledger: what it covers and the period, per inventory account the closing's value, the ledger's
     balance, the difference and what explains it; the explanations (the largest first, explanationLimit of them on screen; the
     exports hold them all) and, for the account chosen, its products. data-value attributes carry the plain figures. -->
<#if reconciled?? && reconciled.accounts??>
<#assign closing = reconciled.closing>
<#assign currency = closing.currencyUomId!>
<#assign org = closing.organizationPartyId>
<#assign chosen = parameters.glAccountId!"">
<#include "component://physical-inventory/template/common/DocumentLinks.ftl">
<#assign query = "closingId=" + closing.closingId?url("UTF-8")>
<#macro money amount=""><#if amount?is_number><@ofbizCurrency amount=amount isoCode=currency/></#if></#macro>
<#-- an account by its id, and its code and name when they say more (OFBiz's demo accounts are named by their ids) -->
<#macro accountName glAccountId><#if glAccountId == "_NA_">${uiLabelMap.PhysInvReconNoAccount}<#else><#assign name = reconciled.accountNames[glAccountId]!"">${glAccountId}<#if name?has_content && !name?starts_with(glAccountId)> · ${name}<#elseif name?has_content> · ${name?remove_beginning(glAccountId)?trim}</#if></#if></#macro>
<#macro transactions e><#list e.acctgTransIds as id><a class="acctg-trans" data-id="${id}" href="/accounting/control/EditAcctgTrans?acctgTransId=${id?url("UTF-8")}&amp;organizationPartyId=${org?url("UTF-8")}${ext}${token("/accounting/control/EditAcctgTrans")}">${id}</a><#sep> </#list></#macro>

<table class="basic-table" id="recon-header">
  <tr><td class="label">${uiLabelMap.PhysInvStockClosing}</td>
      <td><a href="<@ofbizUrl>StockClosing?${query}</@ofbizUrl>">${closing.closingId}</a> · ${uiLabelMap.PhysInvClosingDate} ${closing.closingDate?string("yyyy-MM-dd")}
      · ${uiLabelMap.PhysInvValuationMethod}: ${uiLabelMap["PhysInv" + "Method" + closing.valuationMethod]} · ${currency}</td></tr>
  <tr><td class="label">${uiLabelMap.PhysInvReconScope}</td>
      <td id="recon-scope">${reconciled.scopeText}</td></tr>
  <tr><td class="label">${uiLabelMap.PhysInvReconPeriod}</td>
      <td id="recon-period" data-from="${(reconciled.fromDate?string("yyyy-MM-dd HH:mm"))!}">${reconciled.periodText}<#if reconciled.previousClosing??>
          (<a href="<@ofbizUrl>ReconcileStockClosing?closingId=${reconciled.previousClosing.closingId?url("UTF-8")}</@ofbizUrl>">${uiLabelMap.PhysInvReconciliation} ${reconciled.previousClosing.closingId}</a>)</#if></td></tr>
</table>
<p>${uiLabelMap.PhysInvReconHowToRead}</p>
<p>
  <a class="buttontext" id="recon-csv" href="<@ofbizUrl>ReconcileStockClosing.csv?${query}</@ofbizUrl>">CSV</a>
  <a class="buttontext" id="recon-xlsx" href="<@ofbizUrl>ReconcileStockClosing.xlsx?${query}</@ofbizUrl>">XLSX</a>
  <a class="buttontext" id="recon-pdf" href="<@ofbizUrl>ReconcileStockClosing.pdf?${query}</@ofbizUrl>" target="_blank">PDF</a>
  <#if chosen?has_content><a class="buttontext" href="<@ofbizUrl>ReconcileStockClosing?${query}</@ofbizUrl>">${uiLabelMap.PhysInvReconAllAccounts}</a></#if>
</p>

<table class="basic-table hover-bar" id="recon-accounts">
<thead><tr class="header-row-2">
  <th>${uiLabelMap.PhysInvGlAccount}</th><th class="align-text">${uiLabelMap.PhysInvReconProductLines}</th>
  <th class="align-text">${uiLabelMap.PhysInvReconClosingValue}</th><th class="align-text">${uiLabelMap.PhysInvReconLedgerBalance}</th>
  <th class="align-text">${uiLabelMap.PhysInvReconDifference}</th><th class="align-text">${uiLabelMap.PhysInvReconExplained}</th>
  <th class="align-text">${uiLabelMap.PhysInvReconUnexplained}</th><th class="align-text">${uiLabelMap.PhysInvReconMatched}</th>
</tr></thead>
<tbody>
<#list reconciled.accounts as a>
<tr data-account="${a.glAccountId}"<#if a.glAccountId == chosen> class="selected"</#if>>
  <td><a href="<@ofbizUrl>ReconcileStockClosing?${query}&amp;glAccountId=${a.glAccountId?url("UTF-8")}</@ofbizUrl>"><@accountName a.glAccountId/></a></td>
  <td class="align-text">${a.productLines}</td>
  <td class="align-text closing-value" data-value="${a.closingValue?c}"><@money a.closingValue/></td>
  <td class="align-text ledger-balance" data-value="${a.ledgerBalance?c}"><@money a.ledgerBalance/></td>
  <td class="align-text difference" data-value="${a.difference?c}"><@money a.difference/></td>
  <td class="align-text explained" data-value="${a.explained?c}"><@money a.explained/></td>
  <td class="align-text unexplained" data-value="${a.unexplained?c}"><@money a.unexplained/></td>
  <td class="align-text">${a.matchedDocuments}</td>
</tr>
</#list>
</tbody>
<tfoot><tr class="header-row-2">
  <td>${uiLabelMap.PhysInvGrandTotal}</td><td></td>
  <td class="align-text" id="recon-closing-value" data-value="${reconciled.closingValue?c}"><@money reconciled.closingValue/></td>
  <td class="align-text" id="recon-ledger-balance" data-value="${reconciled.ledgerBalance?c}"><@money reconciled.ledgerBalance/></td>
  <td class="align-text" id="recon-difference" data-value="${reconciled.difference?c}"><@money reconciled.difference/></td>
  <td class="align-text" id="recon-explained" data-value="${reconciled.explained?c}"><@money reconciled.explained/></td>
  <td class="align-text" id="recon-unexplained" data-value="${reconciled.unexplained?c}"><@money reconciled.unexplained/></td><td></td>
</tr></tfoot>
</table>

<h3><#if chosen?has_content>${uiLabelMap.PhysInvReconWhatExplains} <@accountName chosen/><#else>${uiLabelMap.PhysInvReconWhatExplainsAll}</#if></h3>
<table class="basic-table" id="recon-causes">
<tbody>
<#list reconciled.causeTotals as total>
<#if total.amount != 0>
<tr data-cause="${total.cause}"><td>${uiLabelMap[total.causeKey]}</td><td class="align-text" data-value="${total.amount?c}"><@money total.amount/></td>
  <td>${uiLabelMap[total.causeKey + "Help"]}</td></tr>
</#if>
</#list>
</tbody>
</table>

<h3>${uiLabelMap.PhysInvReconExplanations}</h3>
<#if (reconciled.explanations?size > explanationLimit)><p>${Static["org.physicalinventory.ofbiz.Labels"].message("PhysInvReconFirstExplanations", locale, explanationLimit?c, reconciled.explanations?size?c)}</p></#if>
<#if reconciled.explanations?has_content>
<table class="basic-table hover-bar" id="recon-explanations">
<thead><tr class="header-row-2">
  <#if !chosen?has_content><th>${uiLabelMap.PhysInvGlAccount}</th></#if>
  <th>${uiLabelMap.PhysInvReconCause}</th><th>${uiLabelMap.PhysInvReconDocument}</th><th>${uiLabelMap.PhysInvFacility}</th><th>${uiLabelMap.PhysInvProduct}</th>
  <th>${uiLabelMap.PhysInvReconTransactions}</th><th>${uiLabelMap.PhysInvReconDate}</th><th class="align-text">${uiLabelMap.PhysInvQuantity}</th>
  <th class="align-text">${uiLabelMap.PhysInvReconStockSide}</th><th class="align-text">${uiLabelMap.PhysInvReconLedgerSide}</th>
  <th class="align-text">${uiLabelMap.PhysInvReconAmount}</th>
</tr></thead>
<tbody>
<#list reconciled.explanations as e>
<#if (e?index >= explanationLimit)><#break></#if>
<tr data-cause="${e.cause}" data-document="${e.documentId!}" data-transactions="${e.acctgTransIds?join(" ")}">
  <#if !chosen?has_content><td>${e.glAccountId}</td></#if>
  <td>${uiLabelMap[e.causeKey]}<#if e.noteKey?? && e.noteKey != "PhysInvReconNoteNoDocument"> <em>(${uiLabelMap[e.noteKey]})</em></#if></td>
  <td><@document e/></td>
  <td>${e.facilityId!}</td>
  <td><#if e.productId??><a href="<@ofbizUrl>WarehouseHistory?productId=${e.productId?url("UTF-8")}</@ofbizUrl>">${e.productId}</a></#if></td>
  <td><@transactions e/></td>
  <td>${(e.date?string("yyyy-MM-dd"))!}</td>
  <td class="align-text">${e.quantity!}</td>
  <td class="align-text"><@money e.stockValue!/></td>
  <td class="align-text"><@money e.ledgerAmount!/></td>
  <td class="align-text amount" data-value="${e.amount?c}"><@money e.amount/></td>
</tr>
</#list>
</tbody>
</table>
<#else>
<p id="recon-nothing">${uiLabelMap.PhysInvReconNothingToExplain}</p>
</#if>

<#if chosen?has_content>
<h3>${uiLabelMap.PhysInvReconProductsOf} <@accountName chosen/></h3>
<#if (reconciled.products?size > productLimit)><p>${Static["org.physicalinventory.ofbiz.Labels"].message("PhysInvReportFirstRows", locale, productLimit?c, reconciled.products?size?c)}</p></#if>
<table class="basic-table hover-bar" id="recon-products">
<thead><tr class="header-row-2">
  <th>${uiLabelMap.PhysInvFacility}</th><th>${uiLabelMap.PhysInvProduct}</th><th class="align-text">${uiLabelMap.PhysInvQuantity}</th>
  <th class="align-text">${uiLabelMap.PhysInvReconClosingValue}</th><th class="align-text">${uiLabelMap.PhysInvReconItemCostValue}</th>
</tr></thead>
<tbody>
<#list reconciled.products as p>
<#if (p?index >= productLimit)><#break></#if>
<tr><td>${p.facilityId}</td><td><a href="<@ofbizUrl>WarehouseHistory?productId=${p.productId?url("UTF-8")}</@ofbizUrl>">${p.productId}</a></td>
  <td class="align-text">${p.quantity}</td><td class="align-text" data-value="${p.value?c}"><@money p.value/></td>
  <td class="align-text"><@money p.itemCostValue/></td></tr>
</#list>
</tbody>
</table>
</#if>
</#if>
