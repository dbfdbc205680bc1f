<#-- The valorized inventory report as PDF: every row, the total of each category and the grand total. Figures are plain
     (a point for decimals, two decimals for values) so that a reader finds the screen's totals. -->
<#escape x as x?xml>
<#setting locale="en_US">
<#assign r = valorized>
<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format">
    <fo:layout-master-set>
        <fo:simple-page-master master-name="report" page-height="21cm" page-width="29.7cm" margin="1cm">
            <fo:region-body margin-top="1.6cm" margin-bottom="1cm"/>
            <fo:region-before extent="1.4cm"/>
            <fo:region-after extent="0.8cm"/>
        </fo:simple-page-master>
    </fo:layout-master-set>
    <fo:page-sequence master-reference="report" font-family="Helvetica" font-size="8pt">
        <fo:static-content flow-name="xsl-region-before">
            <fo:block font-size="13pt" font-weight="bold">${uiLabelMap.PhysInvValorizedReport}</fo:block>
            <fo:block><#if r.closing??>${uiLabelMap.PhysInvClosing} ${r.closing.closingId} · ${uiLabelMap.PhysInvClosingDate} ${r.closing.closingDate?string("yyyy-MM-dd")}<#else>${uiLabelMap.PhysInvLiveStock} · ${r.asOf?string("yyyy-MM-dd HH:mm")}</#if>
                · ${uiLabelMap.PhysInvValuationMethod}: ${uiLabelMap["PhysInv" + "Method" + r.valuationMethod]} · ${r.currencyUomId}</fo:block>
        </fo:static-content>
        <fo:static-content flow-name="xsl-region-after">
            <fo:block text-align="end">${uiLabelMap.PhysInvPage} <fo:page-number/></fo:block>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body">
            <fo:table table-layout="fixed" width="100%" border-collapse="collapse">
                <fo:table-column column-width="3cm"/>
                <fo:table-column column-width="3.6cm"/>
                <fo:table-column column-width="7cm"/>
                <fo:table-column column-width="3cm"/>
                <fo:table-column column-width="2.6cm"/>
                <fo:table-column column-width="2.4cm"/>
                <fo:table-column column-width="2.6cm"/>
                <fo:table-column column-width="3.4cm"/>
                <fo:table-header>
                    <fo:table-row font-weight="bold" background-color="#dddddd">
                        <fo:table-cell padding="2pt"><fo:block>${uiLabelMap.PhysInvFacility}</fo:block></fo:table-cell>
                        <fo:table-cell padding="2pt"><fo:block>${uiLabelMap.PhysInvProduct}</fo:block></fo:table-cell>
                        <fo:table-cell padding="2pt"><fo:block>${uiLabelMap.PhysInvProductName}</fo:block></fo:table-cell>
                        <fo:table-cell padding="2pt"><fo:block>${uiLabelMap.PhysInvProductCategory}</fo:block></fo:table-cell>
                        <fo:table-cell padding="2pt"><fo:block>${uiLabelMap.PhysInvLot}</fo:block></fo:table-cell>
                        <fo:table-cell padding="2pt"><fo:block text-align="end">${uiLabelMap.PhysInvQuantity}</fo:block></fo:table-cell>
                        <fo:table-cell padding="2pt"><fo:block text-align="end">${uiLabelMap.PhysInvUnitCost}</fo:block></fo:table-cell>
                        <fo:table-cell padding="2pt"><fo:block text-align="end">${uiLabelMap.PhysInvValue}</fo:block></fo:table-cell>
                    </fo:table-row>
                </fo:table-header>
                <fo:table-body>
                <#list r.reportRows as row>
                    <fo:table-row border-bottom="0.2pt solid #bbbbbb">
                        <fo:table-cell padding="1.5pt"><fo:block>${row.facilityId!}</fo:block></fo:table-cell>
                        <fo:table-cell padding="1.5pt"><fo:block>${row.productId}</fo:block></fo:table-cell>
                        <fo:table-cell padding="1.5pt"><fo:block>${row.productName!}</fo:block></fo:table-cell>
                        <fo:table-cell padding="1.5pt"><fo:block>${row.categoryId!}</fo:block></fo:table-cell>
                        <fo:table-cell padding="1.5pt"><fo:block>${row.lotId!}</fo:block></fo:table-cell>
                        <fo:table-cell padding="1.5pt"><fo:block text-align="end">${row.quantity?c}</fo:block></fo:table-cell>
                        <fo:table-cell padding="1.5pt"><fo:block text-align="end"><#if row.unitCost??>${row.unitCost?c}</#if></fo:block></fo:table-cell>
                        <fo:table-cell padding="1.5pt"><fo:block text-align="end">${row.value?string("0.00")}</fo:block></fo:table-cell>
                    </fo:table-row>
                </#list>
                <#list r.categoryTotals as total>
                    <fo:table-row font-weight="bold">
                        <fo:table-cell padding="1.5pt" number-columns-spanned="3"><fo:block>${uiLabelMap.PhysInvCategoryTotal} ${total.categoryName} <#if total.categoryId?has_content>[${total.categoryId}]<#else>${uiLabelMap.PhysInvNoCategory}</#if></fo:block></fo:table-cell>
                        <fo:table-cell padding="1.5pt" number-columns-spanned="2"><fo:block/></fo:table-cell>
                        <fo:table-cell padding="1.5pt"><fo:block text-align="end">${total.quantity?c}</fo:block></fo:table-cell>
                        <fo:table-cell padding="1.5pt"><fo:block/></fo:table-cell>
                        <fo:table-cell padding="1.5pt"><fo:block text-align="end">${total.value?string("0.00")}</fo:block></fo:table-cell>
                    </fo:table-row>
                </#list>
                    <fo:table-row font-weight="bold" background-color="#eeeeee">
                        <fo:table-cell padding="2pt" number-columns-spanned="5"><fo:block>${uiLabelMap.PhysInvGrandTotal}</fo:block></fo:table-cell>
                        <fo:table-cell padding="2pt"><fo:block text-align="end">${r.totalQuantity?c}</fo:block></fo:table-cell>
                        <fo:table-cell padding="2pt"><fo:block/></fo:table-cell>
                        <fo:table-cell padding="2pt"><fo:block text-align="end" id="grand-total">${r.totalValue?string("0.00")}</fo:block></fo:table-cell>
                    </fo:table-row>
                </fo:table-body>
            </fo:table>
        </fo:flow>
    </fo:page-sequence>
</fo:root>
</#escape>
