<#-- The review shown is not the inventory as it stands now (getPiInventoryReview's reviewPending): it is being worked out in the
     background. The page asks again in a few seconds, as a GET with the same filters and page (never a form posted again). -->
<#assign asked = {"piInventoryId": inventory.piInventoryId, "VIEW_INDEX": viewIndex, "VIEW_SIZE": viewSize}>
<#list ["piListId", "locationSeqId", "productId", "productCategoryId", "differencesOnly", "overTolerance", "moved", "conflicts", "cause", "orderBy"] as name>
  <#if parameters[name]?has_content && parameters[name]?is_string><#assign asked = asked + {name: parameters[name]}></#if>
</#list>
<#assign query><#list asked as name, value>${name}=${value?url}<#sep>&amp;</#list></#assign>
<p class="pi-flag" id="review-pending" data-refresh="<@ofbizUrl>ReviewInventory?${query}</@ofbizUrl>">
<#if review.reviewAsOf??>${uiLabelMap.PhysInvReviewBeingUpdated} (${review.reviewAsOf?string("yyyy-MM-dd HH:mm:ss")})<#else>${uiLabelMap.PhysInvReviewBeingWorkedOut}</#if>
</p>
<script>setTimeout(function () { location.replace(document.getElementById('review-pending').dataset.refresh); }, 2000);</script>
