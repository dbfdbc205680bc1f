<#-- Right after a one-step start: the stock before counting (the zip the button of the stock screenlet downloads) downloads by itself. -->
<p class="pi-note" id="stock-downloading">${uiLabelMap.PhysInvStockBeforeDownloading}</p>
<a id="stock-zip-started" href="<@ofbizUrl>InventoryStock.zip?piInventoryId=${inventory.piInventoryId}</@ofbizUrl>" download hidden></a>
<script>document.getElementById("stock-zip-started").click();</script>
