<#-- A closing reconciled with the ledger as PDF: the period, per inventory account its figures, then every explanation. Figures
     are plain (a point for decimals, two decimals) so that a reader finds the screen's totals; the products are in the CSV and XLSX. -->
<#escape x as x?xml>
<#setting locale="en_US">
<#assign r = reconciled>
<#assign closing = r.closing>
<#macro plain amount=""><#if amount?is_number>${amount?string("0.00")}</#if></#macro>
<#macro cell text="" end=false><fo:table-cell padding="1.5pt"><fo:block<#if end> text-align="end"</#if>>${text}</fo:block></fo:table-cell></#macro>
<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format">
    <fo:layout-master-set>
        <fo:simple-page-master master-name="report" page-height="21cm" page-width="29.7cm" margin="1cm">
            <fo:region-body margin-top="1.8cm" margin-bottom="1cm"/>
            <fo:region-before extent="1.6cm"/>
            <fo:region-after extent="0.8cm"/>
        </fo:simple-page-master>
    </fo:layout-master-set>
    <fo:page-sequence master-reference="report" font-family="Helvetica" font-size="8pt">
        <fo:static-content flow-name="xsl-region-before">
            <fo:block font-size="13pt" font-weight="bold">${uiLabelMap.PhysInvReconciliation} · ${uiLabelMap.PhysInvClosing} ${closing.closingId}</fo:block>
            <fo:block>${uiLabelMap.PhysInvClosingDate} ${closing.closingDate?string("yyyy-MM-dd")} · ${uiLabelMap.PhysInvValuationMethod}: ${uiLabelMap["PhysInv" + "Method" + closing.valuationMethod]} · ${closing.currencyUomId!}
                · ${r.scopeText}</fo:block>
            <fo:block>${r.periodText}</fo:block>
        </fo:static-content>
        <fo:static-content flow-name="xsl-region-after">
            <fo:block text-align="end">${uiLabelMap.PhysInvPage} <fo:page-number/></fo:block>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body">
            <fo:table table-layout="fixed" width="100%" border-collapse="collapse">
                <fo:table-column column-width="7cm"/>
                <fo:table-column column-width="2cm"/>
                <#list 1..5 as i><fo:table-column column-width="3.4cm"/></#list>
                <fo:table-column column-width="2.7cm"/>
                <fo:table-header>
                    <fo:table-row font-weight="bold" background-color="#dddddd">
                        <@cell uiLabelMap.PhysInvGlAccount/><@cell uiLabelMap.PhysInvReconProductLines true/>
                        <@cell uiLabelMap.PhysInvReconClosingValue true/><@cell uiLabelMap.PhysInvReconLedgerBalance true/>
                        <@cell uiLabelMap.PhysInvReconDifference true/><@cell uiLabelMap.PhysInvReconExplained true/>
                        <@cell uiLabelMap.PhysInvReconUnexplained true/><@cell uiLabelMap.PhysInvReconMatched true/>
                    </fo:table-row>
                </fo:table-header>
                <fo:table-body>
                <#list r.accounts as a>
                    <fo:table-row border-bottom="0.2pt solid #bbbbbb">
                        <@cell (a.glAccountId == "_NA_")?then(uiLabelMap.PhysInvReconNoAccount, a.accountName?starts_with(a.glAccountId)?then(a.accountName, a.glAccountId + " " + a.accountName))/>
                        <@cell a.productLines?c true/>
                        <fo:table-cell padding="1.5pt"><fo:block text-align="end"><@plain a.closingValue/></fo:block></fo:table-cell>
                        <fo:table-cell padding="1.5pt"><fo:block text-align="end"><@plain a.ledgerBalance/></fo:block></fo:table-cell>
                        <fo:table-cell padding="1.5pt"><fo:block text-align="end"><@plain a.difference/></fo:block></fo:table-cell>
                        <fo:table-cell padding="1.5pt"><fo:block text-align="end"><@plain a.explained/></fo:block></fo:table-cell>
                        <fo:table-cell padding="1.5pt"><fo:block text-align="end"><@plain a.unexplained/></fo:block></fo:table-cell>
                        <@cell a.matchedDocuments?c true/>
                    </fo:table-row>
                </#list>
                    <fo:table-row font-weight="bold" background-color="#eeeeee">
                        <fo:table-cell padding="2pt" number-columns-spanned="2"><fo:block>${uiLabelMap.PhysInvGrandTotal}</fo:block></fo:table-cell>
                        <fo:table-cell padding="2pt"><fo:block text-align="end"><@plain r.closingValue/></fo:block></fo:table-cell>
                        <fo:table-cell padding="2pt"><fo:block text-align="end"><@plain r.ledgerBalance/></fo:block></fo:table-cell>
                        <fo:table-cell padding="2pt"><fo:block text-align="end" id="total-difference"><@plain r.difference/></fo:block></fo:table-cell>
                        <fo:table-cell padding="2pt"><fo:block text-align="end"><@plain r.explained/></fo:block></fo:table-cell>
                        <fo:table-cell padding="2pt"><fo:block text-align="end"><@plain r.unexplained/></fo:block></fo:table-cell>
                        <fo:table-cell padding="2pt"><fo:block/></fo:table-cell>
                    </fo:table-row>
                </fo:table-body>
            </fo:table>
            <fo:block font-size="10pt" font-weight="bold" space-before="8pt" space-after="4pt">${uiLabelMap.PhysInvReconExplanations}</fo:block>
            <#if r.explanations?has_content>
            <fo:table table-layout="fixed" width="100%" border-collapse="collapse">
                <fo:table-column column-width="2.2cm"/>
                <fo:table-column column-width="5.2cm"/>
                <fo:table-column column-width="3.6cm"/>
                <fo:table-column column-width="2.4cm"/>
                <fo:table-column column-width="2.8cm"/>
                <fo:table-column column-width="2.6cm"/>
                <fo:table-column column-width="1.9cm"/>
                <fo:table-column column-width="1.6cm"/>
                <#list 1..3 as i><fo:table-column column-width="1.9cm"/></#list>
                <fo:table-header>
                    <fo:table-row font-weight="bold" background-color="#dddddd">
                        <@cell uiLabelMap.PhysInvGlAccount/><@cell uiLabelMap.PhysInvReconCause/><@cell uiLabelMap.PhysInvReconDocument/>
                        <@cell uiLabelMap.PhysInvFacility/><@cell uiLabelMap.PhysInvProduct/><@cell uiLabelMap.PhysInvReconTransactions/>
                        <@cell uiLabelMap.PhysInvReconDate/><@cell uiLabelMap.PhysInvQuantity true/><@cell uiLabelMap.PhysInvReconStockSide true/>
                        <@cell uiLabelMap.PhysInvReconLedgerSide true/><@cell uiLabelMap.PhysInvReconAmount true/>
                    </fo:table-row>
                </fo:table-header>
                <fo:table-body>
                <#list r.explanations as e>
                    <fo:table-row border-bottom="0.2pt solid #bbbbbb">
                        <@cell e.glAccountId/>
                        <@cell uiLabelMap[e.causeKey] + (e.noteKey??)?then(" (" + uiLabelMap[e.noteKey!"PhysInvReconCause"] + ")", "")/>
                        <@cell (e.documentKey??)?then(uiLabelMap[e.documentKey!"PhysInvReconDocument"] + (e.documentKind == "NONE")?then("", " " + (e.documentId!"")), "")/>
                        <@cell e.facilityId!""/><@cell e.productId!""/><@cell e.acctgTransIds?join(" ")/>
                        <@cell (e.date?string("yyyy-MM-dd"))!""/>
                        <@cell (e.quantity?c)!"" true/>
                        <fo:table-cell padding="1.5pt"><fo:block text-align="end"><@plain e.stockValue!/></fo:block></fo:table-cell>
                        <fo:table-cell padding="1.5pt"><fo:block text-align="end"><@plain e.ledgerAmount!/></fo:block></fo:table-cell>
                        <fo:table-cell padding="1.5pt"><fo:block text-align="end"><@plain e.amount/></fo:block></fo:table-cell>
                    </fo:table-row>
                </#list>
                </fo:table-body>
            </fo:table>
            <#else>
            <fo:block>${uiLabelMap.PhysInvReconNothingToExplain}</fo:block>
            </#if>
        </fo:flow>
    </fo:page-sequence>
</fo:root>
</#escape>
