<#-- The story of one difference: the key, its book at the count, the count and the difference; where the story starts (the previous
     count, OFBiz's last variance, or the parameters' period); its likely causes, stated as such; and what moved the key's stock since,
     oldest first, each movement linked to OFBiz's own page of its document. -->
<#if story?? && story.difference??>
<#include "component://physical-inventory/template/common/DocumentLinks.ftl">
<#assign d = story.difference>
<#assign since = story.since>
<table class="basic-table" id="story-line" data-product="${d.productId}" data-location="${d.locationSeqId}" data-lot="${d.lotId!}" data-serial="${d.serialNumber!}">
  <tr><td class="label">${uiLabelMap.PhysInvProduct}</td><td>${d.productId}</td>
      <td class="label">${uiLabelMap.PhysInvLocation}</td><td>${d.locationSeqId}</td>
      <td class="label">${uiLabelMap.PhysInvLot}</td><td>${d.lotId!}</td>
      <td class="label">${uiLabelMap.PhysInvSerialNumber}</td><td>${d.serialNumber!}</td></tr>
  <tr><td class="label">${uiLabelMap.PhysInvBookQuantity}</td><td id="story-book">${d.bookQuantity!}</td>
      <td class="label">${uiLabelMap.PhysInvCountedQuantity}</td><td id="story-counted"><#if d.countedQuantity??>${d.countedQuantity}<#else>${uiLabelMap.PhysInvUncounted}</#if></td>
      <td class="label">${uiLabelMap.PhysInvDifference}</td><td id="story-difference" data-value="${d.difference?c}">${d.difference}</td>
      <td class="label">${uiLabelMap.PhysInvStoryCountedAt}</td><td>${(d.countedDate?string("yyyy-MM-dd HH:mm:ss"))!}</td></tr>
  <tr><td class="label">${uiLabelMap.PhysInvStorySince}</td>
      <td colspan="7" id="story-since" data-kind="${since.kind}">${uiLabelMap[since.labelKey]}:
        <#if since.kind == "PREVIOUS_INVENTORY"><a href="<@ofbizUrl>ReviewInventory?piInventoryId=${since.reference?url("UTF-8")}</@ofbizUrl>">${since.reference}</a>
        <#elseif since.kind == "PREVIOUS_VARIANCE">${since.reference}
        <#else>${Static["org.physicalinventory.ofbiz.Labels"].message("PhysInvStoryPeriodDays", locale, since.reference)}</#if>
        · ${since.date?string("yyyy-MM-dd HH:mm")}</td></tr>
</table>

<h3>${uiLabelMap.PhysInvLikelyCauses}</h3>
<#if story.causes?has_content>
<p class="pi-note">${uiLabelMap.PhysInvLikelyCausesHowToRead}</p>
<ul id="story-causes">
<#list story.causes as c>
  <li data-cause="${c.cause}"><strong>${uiLabelMap[c.causeKey]}</strong>:
    <#switch c.cause>
    <#case "MISLAID">${Static["org.physicalinventory.ofbiz.Labels"].message("PhysInvCauseMislaidMove", locale, c.quantity, c.fromLocationSeqId, c.toLocationSeqId)}<#break>
    <#case "UNIT_MULTIPLE">${Static["org.physicalinventory.ofbiz.Labels"].message("PhysInvCauseUnitMultipleOf", locale, c.quantity)}<#break>
    <#default>${uiLabelMap[c.causeKey + "Help"]} <@document c/><#if c.date??> · ${c.date?string("yyyy-MM-dd HH:mm")}</#if>
    </#switch>
  </li>
</#list>
</ul>
<#else>
<p id="story-no-cause">${uiLabelMap.PhysInvNoLikelyCause}</p>
</#if>

<h3>${uiLabelMap.PhysInvStoryMovements}</h3>
<#if story.storyRows?has_content>
<table class="basic-table hover-bar" id="story-rows">
<thead><tr class="header-row-2">
  <th>${uiLabelMap.PhysInvReconDate}</th><th>${uiLabelMap.PhysInvStoryMovement}</th><th class="align-text">${uiLabelMap.PhysInvQuantity}</th>
  <th>${uiLabelMap.PhysInvReconDocument}</th><th>${uiLabelMap.PhysInvStoryOtherSide}</th>
</tr></thead>
<tbody>
<#list story.storyRows as r>
<tr class="<#if r?index % 2 == 1>alternate-row</#if>" data-kind="${r.kind}" data-document="${r.documentId!}" data-quantity="${r.quantity?c}">
  <td>${r.date?string("yyyy-MM-dd HH:mm:ss")}</td>
  <td>${uiLabelMap[r.kindKey]}</td>
  <td class="align-text">${r.quantity}</td>
  <td><@document r/></td>
  <td><#if r.otherFacilityId??>${r.otherFacilityId} ${r.otherLocationSeqId!}</#if></td>
</tr>
</#list>
</tbody>
</table>
<#else>
<p id="story-nothing">${uiLabelMap.PhysInvStoryNothingMoved}</p>
</#if>
<p><a class="buttontext" href="<@ofbizUrl>ReviewInventory?piInventoryId=${inventory.piInventoryId?url("UTF-8")}&amp;productId=${d.productId?url("UTF-8")}</@ofbizUrl>">${uiLabelMap.PhysInvBackToReview}</a></p>
</#if>
