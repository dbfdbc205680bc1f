<#-- The review shown is not the inventory as it stands now (getPiInventoryReview's reviewPending): it is being worked out in the
     background. The page asks again once loaded, as a GET with the same filters and page (never a form posted again) that waits for
     that review (awaitReview): this page stays on screen until the answer comes. -->
<#assign asked = {"piInventoryId": inventory.piInventoryId, "VIEW_INDEX": viewIndex, "VIEW_SIZE": viewSize, "awaitReview": "Y"}>
<#list ["piListId", "locationSeqId", "productId", "productCategoryId", "differencesOnly", "overTolerance", "moved", "conflicts", "cause", "orderBy"] as name>
  <#if parameters[name]?has_content && parameters[name]?is_string><#assign asked = asked + {name: parameters[name]}></#if>
</#list>
<#assign query><#list asked as name, value>${name}=<#if value?is_number>${value?c}<#else>${value?url("UTF-8")}</#if><#sep>&amp;</#list></#assign>
<p class="pi-flag" id="review-pending" data-refresh="<@ofbizUrl>ReviewInventory?${query}</@ofbizUrl>">
<#if review.reviewAsOf??>${uiLabelMap.PhysInvReviewBeingUpdated} (${review.reviewAsOf?string("yyyy-MM-dd HH:mm:ss")})<#else>${uiLabelMap.PhysInvReviewBeingWorkedOut}</#if>
</p>
<#-- once this page is whole (styled, its scripts run): the page shown while the next one waits -->
<script>window.addEventListener("load", function () { location.replace(document.getElementById("review-pending").dataset.refresh); });</script>
