<#-- Links to OFBiz's own page of a document, shared by the reconciliation of a closing and the story of a difference (included by
     both). A row names its document by documentKind and documentId, with documentKey its kind's label; it may name the plugin's
     inventory that posted a physical inventory (piInventoryId), the inventory item moved (inventoryItemId), its facility (facilityId:
     OFBiz's item pages need it) and the product (productId). -->
<#-- OFBiz's other applications take the user in through this key -->
<#assign ext><#if externalLoginKey?has_content>&amp;externalLoginKey=${externalLoginKey}</#if></#assign>
<#-- with OFBiz's CSRF defence on, a link to another application's page carries that page's token, as OFBiz's own links do -->
<#assign csrfUtil = Static["org.apache.ofbiz.security.CsrfUtil"]>
<#function token path><#local value = csrfUtil.generateTokenForNonAjax(request, path)!""><#return value?has_content?then("&amp;" + csrfUtil.getTokenNameNonAjax() + "=" + value, "")></#function>
<#-- the facility of a row, as OFBiz's pages of an inventory item take it -->
<#function facilityOf e><#return e.facilityId?has_content?then("&amp;facilityId=" + e.facilityId?url("UTF-8"), "")></#function>
<#-- the document a row names, linked to OFBiz's own page of it (and to the plugin's inventory that posted a physical inventory) -->
<#macro document e>
<#if !e.documentKind??><#return></#if>
<#local kind = uiLabelMap[e.documentKey]>
<#switch e.documentKind>
<#case "PHYSICAL_INVENTORY"><#if e.piInventoryId??><a class="document" href="<@ofbizUrl>ReviewInventory?piInventoryId=${e.piInventoryId?url("UTF-8")}</@ofbizUrl>">${kind} ${e.documentId}</a><#elseif e.inventoryItemId??><a class="document" href="/facility/control/ViewInventoryItemDetail?inventoryItemId=${e.inventoryItemId?url("UTF-8")}${facilityOf(e)}${ext}${token("/facility/control/ViewInventoryItemDetail")}">${kind} ${e.documentId}</a><#else>${kind} ${e.documentId}</#if><#break>
<#case "SHIPMENT"><a class="document" href="/facility/control/ViewShipment?shipmentId=${e.documentId?url("UTF-8")}${ext}${token("/facility/control/ViewShipment")}">${kind} ${e.documentId}</a><#break>
<#case "RECEIPT"><#if e.inventoryItemId??><a class="document" href="/facility/control/ViewInventoryItemDetail?inventoryItemId=${e.inventoryItemId?url("UTF-8")}${facilityOf(e)}${ext}${token("/facility/control/ViewInventoryItemDetail")}">${kind} ${e.documentId!}</a><#else>${kind} ${e.documentId!}</#if><#break>
<#case "WORK_EFFORT"><a class="document" href="/workeffort/control/EditWorkEffort?workEffortId=${e.documentId?url("UTF-8")}${ext}${token("/workeffort/control/EditWorkEffort")}">${kind} ${e.documentId}</a><#break>
<#case "FIXED_ASSET"><a class="document" href="/accounting/control/EditFixedAsset?fixedAssetId=${e.documentId?url("UTF-8")}${ext}${token("/accounting/control/EditFixedAsset")}">${kind} ${e.documentId}</a><#break>
<#case "ITEM"><a class="document" href="/facility/control/EditInventoryItem?inventoryItemId=${e.documentId?url("UTF-8")}${facilityOf(e)}${ext}${token("/facility/control/EditInventoryItem")}">${kind} ${e.documentId}</a><#break>
<#case "ORDER"><a class="document" href="/ordermgr/control/orderview?orderId=${e.documentId?url("UTF-8")}${ext}${token("/ordermgr/control/orderview")}">${kind} ${e.documentId}</a><#break>
<#case "RETURN"><a class="document" href="/ordermgr/control/returnMain?returnId=${e.documentId?url("UTF-8")}${ext}${token("/ordermgr/control/returnMain")}">${kind} ${e.documentId}</a><#break>
<#case "TRANSFER"><a class="document" href="/facility/control/TransferInventoryItem?inventoryTransferId=${e.documentId?url("UTF-8")}${ext}${token("/facility/control/TransferInventoryItem")}">${kind} ${e.documentId}</a><#break>
<#case "NONE"><#if e.productId??><a class="document" href="/catalog/control/EditProductInventoryItems?productId=${e.productId?url("UTF-8")}${ext}${token("/catalog/control/EditProductInventoryItems")}">${kind}</a><#else>${kind}</#if><#break>
<#default>${kind} ${e.documentId!}
</#switch>
</#macro>
