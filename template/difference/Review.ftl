<#-- The differences of an inventory: one row per product + location + lot + serial, with what posting will do,
     the reviewer's choices for conflicts and moved lines, and a selection for a recount (the ticks belong to the
     CreateRecountList form of DifferenceForms.xml, below the table). -->
<#assign csrf = Static["org.apache.ofbiz.security.CsrfUtil"]>
<#macro postForm target class="">
<form method="post" action="<@ofbizUrl>${target}</@ofbizUrl>" class="${class}">
<input type="hidden" name="${csrf.getTokenNameNonAjax()}" value="${csrf.generateTokenForNonAjax(request, target)!}">
<input type="hidden" name="piInventoryId" value="${inventory.piInventoryId}">
<#nested>
</form>
</#macro>
<#macro conflictKey row>
<input type="hidden" name="productId" value="${row.productId}">
<input type="hidden" name="locationSeqId" value="${row.locationSeqId}">
<input type="hidden" name="lotId" value="${row.lotId!}">
<input type="hidden" name="serialNumber" value="${row.serialNumber!}">
</#macro>
<#if (posting.runStatusId!) == "RUNNING">
<script>setTimeout(function () { location.reload(); }, 3000);</script>
</#if>
<#assign canReview = inventory.statusId == "PI_INV_COUNTING" || inventory.statusId == "PI_INV_COUNTED">
<#if !(review.differences?has_content)>
<#-- no review worked out yet: the notice above says so -->
<#if (review.reviewPending!) != "Y" || review.reviewAsOf??><p>${uiLabelMap.PhysInvNoDifferences}</p></#if>
<#else>
<table class="basic-table hover-bar" id="differences">
<thead>
<tr class="header-row-2">
  <#if canReview><th><input type="checkbox" title="${uiLabelMap.PhysInvSelectAll}" onclick="document.querySelectorAll('input[name=lineRef]').forEach(function(c){c.checked=this.checked}, this)"></th></#if>
  <th>${uiLabelMap.PhysInvLocation}</th>
  <th>${uiLabelMap.PhysInvProduct}</th>
  <th>${uiLabelMap.PhysInvLot}</th>
  <th>${uiLabelMap.PhysInvSerialNumber}</th>
  <th>${uiLabelMap.PhysInvList}</th>
  <th class="align-text">${uiLabelMap.PhysInvBookQuantity}</th>
  <th class="align-text">${uiLabelMap.PhysInvCountedQuantity}</th>
  <th class="align-text">${uiLabelMap.PhysInvDifference}</th>
  <th class="align-text">${uiLabelMap.PhysInvUnitCost}</th>
  <th class="align-text">${uiLabelMap.PhysInvValue}</th>
  <th>${uiLabelMap.PhysInvReason}</th>
  <th>${uiLabelMap.PhysInvReviewNotes}</th>
  <th>${uiLabelMap.PhysInvLikelyCause}</th>
</tr>
</thead>
<tbody>
<#-- a page of rows (getPiInventoryReview answers only those): the summary above covers them all, the CSV export holds them all -->
<#assign rowCount = review.differenceCount>
<#assign first = [viewIndex * viewSize, rowCount]?min>
<#assign last = [first + review.differences?size, rowCount]?min>
<#list review.differences as row>
<tr class="<#if row?index % 2 == 1>alternate-row</#if><#if row.conflict == "Y"> pi-conflict</#if><#if row.overTolerance == "Y"> pi-over-tolerance</#if>" data-line="${row.lineRef}" data-list="${row.piListId}" data-product="${row.productId}" data-location="${row.locationSeqId}" data-lot="${row.lotId!}" data-serial="${row.serialNumber!}" data-book="${row.bookQuantity!}" data-counted="${row.countedQuantity!}" data-difference="${row.difference}" data-causes="<#list row.causes![] as c>${c.cause}<#sep> </#list>">
  <#if canReview><td><input type="checkbox" name="lineRef" value="${row.lineRef}" form="CreateRecountList"></td></#if>
  <td>${row.locationSeqId}</td>
  <td>${row.productId}</td>
  <td>${row.lotId!}</td>
  <td>${row.serialNumber!}</td>
  <td>${row.listIds}</td>
  <td class="align-text">${row.bookQuantity!}<#if row.moved == "Y"> <span class="pi-note">(${uiLabelMap.PhysInvNow}: ${row.currentBookQuantity})</span></#if></td>
  <td class="align-text"><#if row.countedQuantity??>${row.countedQuantity}<#else><span class="pi-note">${uiLabelMap.PhysInvUncounted}</span></#if></td>
  <td class="align-text pi-difference">${row.difference}</td>
  <td class="align-text">${row.unitCost!}</td>
  <td class="align-text">${row.value}</td>
  <td>${row.reasonDescription!}</td>
  <td>
    <#if row.overTolerance == "Y"><span class="pi-flag">${uiLabelMap.PhysInvOverTolerance}</span></#if>
    <#if row.missingCost == "Y"><span class="pi-flag">${uiLabelMap.PhysInvMissingCost}</span></#if>
    <#if row.serialFrom?has_content><span class="pi-note">${uiLabelMap.PhysInvSerialMovedFrom} ${row.serialFrom}</span></#if>
    <#if row.serialTo?has_content><span class="pi-note">${uiLabelMap.PhysInvSerialMovedTo} ${row.serialTo}</span></#if>
    <#if row.conflict == "Y">
      <span class="pi-flag">${uiLabelMap.PhysInvConflict}: ${row.lineCounts}</span>
      <#if canReview>
      <@postForm target="settlePiCountConflict" class="pi-inline"><@conflictKey row/>
        <input type="hidden" name="resolution" value="ADD">
        <button type="submit" class="smallSubmit">${uiLabelMap.PhysInvAddCounts}</button>
      </@postForm>
      <#list row.conflictListIds as listId>
      <@postForm target="settlePiCountConflict" class="pi-inline"><@conflictKey row/>
        <input type="hidden" name="resolution" value="KEEP">
        <input type="hidden" name="keepPiListId" value="${listId}">
        <button type="submit" class="smallSubmit">${uiLabelMap.PhysInvKeepList} ${listId}</button>
      </@postForm>
      </#list>
      </#if>
    </#if>
    <#if row.moved == "Y">
      <#if canReview>
      <@postForm target="setPiMovedChoice" class="pi-inline">
        <input type="hidden" name="piListId" value="${row.piListId}">
        <input type="hidden" name="lineSeqId" value="${row.lineSeqId}">
        <select name="movedChoice" aria-label="${uiLabelMap.PhysInvMovedSinceCount}">
          <option value="KEEP_DIFFERENCE"<#if row.movedChoice == "KEEP_DIFFERENCE"> selected</#if>>${uiLabelMap.PhysInvKeepDifference}</option>
          <option value="KEEP_COUNT"<#if row.movedChoice == "KEEP_COUNT"> selected</#if>>${uiLabelMap.PhysInvKeepCount}</option>
        </select>
        <button type="submit" class="smallSubmit">${uiLabelMap.PhysInvSave}</button>
      </@postForm>
      <#else>
      <span class="pi-note">${uiLabelMap.PhysInvMovedSinceCount}</span>
      </#if>
    </#if>
  </td>
  <td class="pi-causes">
    <#list row.causes![] as c>
      <span class="pi-cause" data-cause="${c.cause}" title="${uiLabelMap[c.causeKey + "Help"]}"><#if c.cause == "MISLAID">${Static["org.physicalinventory.ofbiz.Labels"].message("PhysInvCauseMislaidMove", locale, c.quantity, c.fromLocationSeqId, c.toLocationSeqId)}<#else>${uiLabelMap[c.causeKey]}</#if></span><#sep><br></#list>
    <#if !(inventory.postedDate??)><#if row.causes?has_content><br></#if><a class="buttontext pi-story" href="<@ofbizUrl>DifferenceStory?piInventoryId=${inventory.piInventoryId?url("UTF-8")}&amp;productId=${row.productId?url("UTF-8")}&amp;locationSeqId=${row.locationSeqId?url("UTF-8")}<#if row.lotId?has_content>&amp;lotId=${row.lotId?url("UTF-8")}</#if><#if row.serialNumber?has_content>&amp;serialNumber=${row.serialNumber?url("UTF-8")}</#if></@ofbizUrl>">${uiLabelMap.PhysInvStoryLink}</a></#if>
  </td>
</tr>
</#list>
</tbody>
</table>
<#if rowCount &gt; viewSize>
<#macro pageLink index text>
<a class="buttontext" href="<@ofbizUrl>ReviewInventory?piInventoryId=${inventory.piInventoryId}<#list ["piListId", "locationSeqId", "productId", "productCategoryId", "differencesOnly", "overTolerance", "moved", "conflicts", "cause", "orderBy", "causes"] as name><#if parameters[name]?has_content>&amp;${name}=${parameters[name]?url("UTF-8")}</#if></#list>&amp;VIEW_SIZE=${viewSize}&amp;VIEW_INDEX=${index}</@ofbizUrl>">${text}</a>
</#macro>
<div class="nav-pager" id="differences-pager">
  <#if viewIndex &gt; 0><@pageLink index=viewIndex - 1 text=uiLabelMap.PhysInvPrevious/></#if>
  <span>${first + 1} – ${last} / ${rowCount}</span>
  <#if last &lt; rowCount><@pageLink index=viewIndex + 1 text=uiLabelMap.PhysInvNext/></#if>
</div>
</#if>
</#if>
