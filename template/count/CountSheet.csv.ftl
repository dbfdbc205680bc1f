<#-- The count sheet as CSV: the PDF's lines and columns, every line (a template: the CSV form renderer took 20 ms a row). -->
<#macro cell value><#if value?is_number>"${value?string.computer}"<#else>"${StringUtil.wrapString(value!"")?replace("\"", "\"\"")}"</#if></#macro>
<@cell uiLabelMap.PhysInvLocation/>,<@cell uiLabelMap.PhysInvProduct/>,<@cell uiLabelMap.PhysInvDescription/>,<@cell uiLabelMap.PhysInvLot/>,<@cell uiLabelMap.PhysInvSerialNumber/>,<#if !blindCount><@cell uiLabelMap.PhysInvBookQuantity/>,</#if><@cell uiLabelMap.PhysInvCountedQuantity/>
<#list countLines as line>
<@cell line.locationSeqId!/>,<@cell line.productId!/>,<@cell line.productName!/>,<@cell line.lotId!/>,<@cell line.serialNumber!/>,<#if !blindCount><@cell line.bookQuantity!""/>,</#if><@cell line.countedQuantity!""/>
</#list>
