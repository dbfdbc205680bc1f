<#-- The cycle-count plan of a facility: ABC classes, inventory record accuracy (chart and table), what is due with the lines each
     would make, and one form that makes a cycle inventory of the ticked rows or of everything due up to the horizon. -->
<#assign csrf = Static["org.apache.ofbiz.security.CsrfUtil"]>
<#macro postForm target id="" class="">
<form method="post" action="<@ofbizUrl>${target}</@ofbizUrl>"<#if id?has_content> id="${id}" name="${id}"</#if> class="${class}">
<input type="hidden" name="${csrf.getTokenNameNonAjax()}" value="${csrf.generateTokenForNonAjax(request, target)!}">
<input type="hidden" name="facilityId" value="${facilityId}">
<#nested>
</form>
</#macro>
<#assign dueLabels = {"OVERDUE": uiLabelMap.PhysInvOverdue, "TODAY": uiLabelMap.PhysInvDueToday, "THIS_WEEK": uiLabelMap.PhysInvDueThisWeek}>

<div class="screenlet">
<div class="screenlet-title-bar"><ul><li class="h3">${uiLabelMap.PhysInvAbcClass}</li></ul><br class="clear"></div>
<div class="screenlet-body">
  <p id="abc-classes">
  <#if plan.classesComputedDate??>${uiLabelMap.PhysInvClassesComputed} ${plan.classesComputedDate?string("yyyy-MM-dd HH:mm")}
  <#else>${uiLabelMap.PhysInvClassesNotComputed}</#if>
  </p>
  <@postForm target="computePiAbcClasses" id="ComputeAbcClasses">
    <button type="submit" class="smallSubmit">${uiLabelMap.PhysInvComputeAbcClasses}</button>
  </@postForm>
</div>
</div>

<div class="screenlet">
<div class="screenlet-title-bar"><ul><li class="h3">${uiLabelMap.PhysInvAccuracy}</li></ul><br class="clear"></div>
<div class="screenlet-body">
  <p>${uiLabelMap.PhysInvAccuracyHelp}</p>
  <#assign points = accuracy.accuracy![]>
  <#assign months = []>
  <#list points as p><#if p.abcClass == "ALL"><#assign months = months + [p.month]></#if></#list>
  <#assign width = 620 height = 200 left = 44 right = 16 top = 12 bottom = 30>
  <#assign step = (months?size > 1)?then((width - left - right) / (months?size - 1), 0)>
  <#assign colours = {"ALL": "#1f5f8b", "A": "#c0392b", "B": "#d68910", "C": "#7f8c8d"}>
  <#assign classNames = {"ALL": uiLabelMap.PhysInvAllClasses, "A": "A", "B": "B", "C": "C"}>
  <svg id="accuracy-chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${uiLabelMap.PhysInvAccuracy}" style="font: 11px sans-serif">
    <#list [0, 25, 50, 75, 100] as pct>
      <#assign y = top + (100 - pct) * (height - top - bottom) / 100>
      <line x1="${left}" x2="${width - right}" y1="${y?c}" y2="${y?c}" stroke="#ddd"/>
      <text x="${left - 6}" y="${(y + 4)?c}" text-anchor="end">${pct}%</text>
    </#list>
    <#list months as month>
      <text x="${(left + month?index * step)?c}" y="${height - 10}" text-anchor="middle">${month?substring(5)}</text>
    </#list>
    <#list ["C", "B", "A", "ALL"] as cls>
      <#assign path = "" pen = "M">
      <#list points as p>
        <#if p.abcClass == cls>
          <#assign i = months?seq_index_of(p.month)>
          <#if p.percent??>
            <#assign x = left + i * step y = top + (100 - p.percent) * (height - top - bottom) / 100>
            <#assign path = path + pen + x?c + " " + y?c + " " pen = "L">
            <circle cx="${x?c}" cy="${y?c}" r="${(cls == "ALL")?then(3.5, 2.5)}" fill="${colours[cls]}"><title>${classNames[cls]} ${p.month}: ${p.percent}% (${p.withinTolerance} / ${p.lines})</title></circle>
          <#else>
            <#assign pen = "M">
          </#if>
        </#if>
      </#list>
      <#if path?has_content><path d="${path}" fill="none" stroke="${colours[cls]}" stroke-width="${(cls == "ALL")?then(2.5, 1.5)}"/></#if>
    </#list>
  </svg>
  <p class="pi-legend"><#list ["ALL", "A", "B", "C"] as cls><span style="color:${colours[cls]}">&#9632; ${classNames[cls]}</span> </#list></p>
  <table class="basic-table" id="accuracy">
    <thead><tr class="header-row-2"><th>${uiLabelMap.PhysInvMonth}</th><#list ["ALL", "A", "B", "C"] as cls><th class="align-text">${classNames[cls]}</th></#list></tr></thead>
    <tbody>
    <#list months?reverse as month>
      <tr data-month="${month}">
        <td>${month}</td>
        <#list ["ALL", "A", "B", "C"] as cls>
          <#list points as p><#if p.month == month && p.abcClass == cls>
          <td class="align-text" data-class="${cls}" data-lines="${p.lines}" data-within="${p.withinTolerance}"><#if p.percent??>${p.percent}% <span class="pi-note">(${p.withinTolerance} / ${p.lines})</span></#if></td>
          </#if></#list>
        </#list>
      </tr>
    </#list>
    <tr class="header-row-2">
      <td>${uiLabelMap.PhysInvTwelveMonths}</td>
      <#list accuracy.accuracyTotals![] as total>
      <td class="align-text" data-class="${total.abcClass}" data-lines="${total.lines}"><#if total.percent??>${total.percent}% <span class="pi-note">(${total.withinTolerance} / ${total.lines})</span></#if></td>
      </#list>
    </tr>
    </tbody>
  </table>
</div>
</div>

<div class="screenlet">
<div class="screenlet-title-bar"><ul><li class="h3">${uiLabelMap.PhysInvCyclePlan}</li></ul><br class="clear"></div>
<div class="screenlet-body">
  <p id="due-summary">
    <span data-due="OVERDUE">${uiLabelMap.PhysInvOverdue}: ${Static["org.apache.ofbiz.base.util.UtilProperties"].getMessage("PhysicalInventoryUiLabels", "PhysInvItemsAndLines", [plan.overdueItems, plan.overdueLines], locale)}</span> ·
    <span data-due="TODAY">${uiLabelMap.PhysInvDueToday}: ${Static["org.apache.ofbiz.base.util.UtilProperties"].getMessage("PhysicalInventoryUiLabels", "PhysInvItemsAndLines", [plan.todayItems, plan.todayLines], locale)}</span> ·
    <span data-due="THIS_WEEK">${uiLabelMap.PhysInvDueThisWeek}: ${Static["org.apache.ofbiz.base.util.UtilProperties"].getMessage("PhysicalInventoryUiLabels", "PhysInvItemsAndLines", [plan.weekItems, plan.weekLines], locale)}</span>
  </p>
  <#if !(plan.dueItems?has_content)>
  <p>${uiLabelMap.PhysInvNothingDueThisWeek}</p>
  <#else>
  <@postForm target="createPiCycleInventory" id="CreateCycleInventory">
  <table class="basic-table hover-bar" id="due-items">
  <thead>
  <tr class="header-row-2">
    <th><input type="checkbox" title="${uiLabelMap.PhysInvSelectAll}" onclick="document.querySelectorAll('input[name=cycleKey]').forEach(function(c){c.checked=this.checked}, this)"></th>
    <th>${uiLabelMap.PhysInvDueDate}</th>
    <th>${uiLabelMap.PhysInvAbcClass}</th>
    <th>${uiLabelMap.PhysInvLocation}</th>
    <th>${uiLabelMap.PhysInvProduct}</th>
    <th>${uiLabelMap.PhysInvLastCounted}</th>
    <th class="align-text">${uiLabelMap.PhysInvEveryDays}</th>
    <th class="align-text">${uiLabelMap.PhysInvBookQuantity}</th>
    <th class="align-text">${uiLabelMap.PhysInvLinesItMakes}</th>
  </tr>
  </thead>
  <tbody>
  <#list plan.dueItems as row>
  <tr class="<#if row?index % 2 == 1>alternate-row</#if> pi-due-${row.due?lower_case}" data-key="${row.cycleKey}" data-due="${row.due}" data-class="${row.abcClass!}" data-product="${row.productId}" data-location="${row.locationSeqId}" data-book="${row.bookQuantity}" data-lines="${row.lines}">
    <td><input type="checkbox" name="cycleKey" value="${row.cycleKey}"></td>
    <td>${dueLabels[row.due]}<#if row.dueDate??> <span class="pi-note">${row.dueDate}</span></#if></td>
    <td>${row.abcClass!"-"}</td>
    <td>${row.locationSeqId}</td>
    <td>${row.productId} <span class="pi-note">${row.productName!}</span></td>
    <td>${row.lastCounted!uiLabelMap.PhysInvNeverCounted}</td>
    <td class="align-text">${row.intervalDays}</td>
    <td class="align-text">${row.bookQuantity}<#if row.zeroConfirmation == "Y"> <span class="pi-flag">${uiLabelMap.PhysInvConfirmEmpty}</span></#if></td>
    <td class="align-text">${row.lines}</td>
  </tr>
  </#list>
  </tbody>
  </table>
  <table class="basic-table" id="create-cycle-inventory">
    <tr>
      <td class="label">${uiLabelMap.PhysInvHorizon}</td>
      <td><select name="horizon">
        <option value="OVERDUE">${uiLabelMap.PhysInvHorizonOverdue}</option>
        <option value="TODAY" selected>${uiLabelMap.PhysInvHorizonToday}</option>
        <option value="THIS_WEEK">${uiLabelMap.PhysInvHorizonWeek}</option>
      </select> <span class="pi-note">${uiLabelMap.PhysInvCreateCycleInventoryTooltip}</span></td>
    </tr>
    <tr>
      <td class="label">${uiLabelMap.PhysInvEmployees}</td>
      <td id="employees"><#list employees as employee><label class="pi-inline"><input type="checkbox" name="partyId" value="${employee.partyId}"> ${employee.firstName!} ${employee.lastName!} [${employee.partyId}]</label> </#list></td>
    </tr>
    <tr>
      <td class="label">${uiLabelMap.PhysInvListType}</td>
      <td><select name="listTypeId"><#assign cycleListType = (cycleParam.listTypeId)!"PI_STANDARD">
        <#list listTypes as type><option value="${type.listTypeId}"<#if type.listTypeId == cycleListType> selected</#if>>${type.description!type.listTypeId}</option></#list>
      </select></td>
    </tr>
    <tr>
      <td class="label">${uiLabelMap.PhysInvMaxLines}</td>
      <td><input type="text" name="maxLines" size="6" inputmode="numeric"></td>
    </tr>
    <tr>
      <td class="label">${uiLabelMap.PhysInvDescription}</td>
      <td><input type="text" name="description" size="40" maxlength="255"></td>
    </tr>
    <tr>
      <td></td>
      <td><button type="submit" class="smallSubmit" id="create-cycle-inventory-button">${uiLabelMap.PhysInvCreateCycleInventory}</button></td>
    </tr>
  </table>
  </@postForm>
  </#if>
</div>
</div>
