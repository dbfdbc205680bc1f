<#-- Count sheet: one row per line (of a list, or of a range of its locations: sheetLocations, the count sheets job), sorted by location, with a Code 128 of the product id to scan and an empty column for the count. -->
<#escape x as x?xml>
<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format">
    <fo:layout-master-set>
        <fo:simple-page-master master-name="sheet" page-height="29.7cm" page-width="21cm" margin="1cm">
            <fo:region-body margin-top="2.2cm" margin-bottom="1cm"/>
            <fo:region-before extent="2cm"/>
            <fo:region-after extent="0.8cm"/>
        </fo:simple-page-master>
    </fo:layout-master-set>
    <fo:page-sequence master-reference="sheet" font-family="Helvetica" font-size="9pt">
        <fo:static-content flow-name="xsl-region-before">
            <fo:block font-size="14pt" font-weight="bold">${uiLabelMap.PhysInvCountSheet}: ${inventoryList.piListId} - ${inventoryList.description!}<#if sheetLocations?has_content> · ${uiLabelMap.PhysInvLocation} ${sheetLocations}</#if></fo:block>
            <fo:block>${uiLabelMap.PhysInvInventory} ${inventory.piInventoryId} - ${inventory.description!} · ${uiLabelMap.PhysInvFacility} ${inventory.facilityId}
                · ${uiLabelMap.PhysInvInventoryDate} ${inventory.inventoryDate?string("yyyy-MM-dd")}</fo:block>
            <fo:block>${uiLabelMap.PhysInvCountedBy}: ______________________ ${uiLabelMap.PhysInvDate}: ____________</fo:block>
        </fo:static-content>
        <fo:static-content flow-name="xsl-region-after">
            <fo:block text-align="end">${uiLabelMap.PhysInvPage} <fo:page-number/></fo:block>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body">
            <fo:table table-layout="fixed" width="100%" border-collapse="collapse">
                <fo:table-column column-width="2cm"/>
                <fo:table-column column-width="5.2cm"/>
                <fo:table-column column-width="4.6cm"/>
                <fo:table-column column-width="2.4cm"/>
                <fo:table-column column-width="2cm"/>
                <fo:table-column column-width="2.8cm"/>
                <fo:table-header>
                    <fo:table-row font-weight="bold" background-color="#dddddd">
                        <fo:table-cell padding="2pt"><fo:block>${uiLabelMap.PhysInvLocation}</fo:block></fo:table-cell>
                        <fo:table-cell padding="2pt"><fo:block>${uiLabelMap.PhysInvProduct}</fo:block></fo:table-cell>
                        <fo:table-cell padding="2pt"><fo:block>${uiLabelMap.PhysInvBarcode}</fo:block></fo:table-cell>
                        <fo:table-cell padding="2pt"><fo:block>${uiLabelMap.PhysInvLot} / ${uiLabelMap.PhysInvSerialNumber}</fo:block></fo:table-cell>
                        <fo:table-cell padding="2pt"><fo:block><#if !blindCount>${uiLabelMap.PhysInvBookQuantity}</#if></fo:block></fo:table-cell>
                        <fo:table-cell padding="2pt"><fo:block>${uiLabelMap.PhysInvCountedQuantity}</fo:block></fo:table-cell>
                    </fo:table-row>
                </fo:table-header>
                <fo:table-body>
                <#if !countLines?has_content>
                    <fo:table-row><fo:table-cell number-columns-spanned="6"><fo:block>${uiLabelMap.PhysInvNoLines}</fo:block></fo:table-cell></fo:table-row>
                </#if>
                <#list countLines as line>
                    <fo:table-row border-bottom="0.5pt solid #999999" keep-together.within-page="always">
                        <fo:table-cell padding="2pt" display-align="center"><fo:block font-weight="bold">${line.locationSeqId!}</fo:block></fo:table-cell>
                        <fo:table-cell padding="2pt" display-align="center">
                            <fo:block font-weight="bold">${line.productId}</fo:block>
                            <fo:block>${line.productName!}</fo:block>
                        </fo:table-cell>
                        <fo:table-cell padding="2pt" display-align="center">
                            <fo:block>
                                <fo:instream-foreign-object>
                                    <barcode:barcode xmlns:barcode="http://barcode4j.krysalis.org/ns" message="${line.productId}">
                                        <barcode:code128>
                                            <barcode:height>8mm</barcode:height>
                                            <barcode:module-width>0.25mm</barcode:module-width>
                                            <barcode:human-readable><barcode:placement>none</barcode:placement></barcode:human-readable>
                                        </barcode:code128>
                                    </barcode:barcode>
                                </fo:instream-foreign-object>
                            </fo:block>
                        </fo:table-cell>
                        <fo:table-cell padding="2pt" display-align="center"><fo:block>${line.lotId!}${line.serialNumber!}</fo:block></fo:table-cell>
                        <fo:table-cell padding="2pt" display-align="center"><fo:block><#if !blindCount>${line.bookQuantity!}</#if></fo:block></fo:table-cell>
                        <fo:table-cell padding="2pt" display-align="center" border="0.5pt solid #333333"><fo:block>&#160;</fo:block></fo:table-cell>
                    </fo:table-row>
                </#list>
                </fo:table-body>
            </fo:table>
        </fo:flow>
    </fo:page-sequence>
</fo:root>
</#escape>
