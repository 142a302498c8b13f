<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgencyService</name>
    <message>
        <source>Enter the name of the agency point.</source>
        <translation>请填写代办点名称。</translation>
    </message>
    <message>
        <source>Choose the level of the agency point: county, township or village.</source>
        <translation>请选择代办点级别：县级、乡镇级或村（社区）级。</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Enter the agent&apos;s name.</source>
        <translation>请填写代办员姓名。</translation>
    </message>
    <message>
        <source>The account %1 is not an active user here.</source>
        <translation>账号 %1 不是本中心的在用账号。</translation>
    </message>
    <message>
        <source>Choose the agency point the agent works at.</source>
        <translation>请选择代办员所在的代办点。</translation>
    </message>
    <message>
        <source>Choose the agent.</source>
        <translation>请选择代办员。</translation>
    </message>
    <message>
        <source>%1 is no longer an active agent.</source>
        <translation>%1 已不再担任代办员。</translation>
    </message>
    <message>
        <source>You act for your own agent record only; %1 is another agent. A supervisor may act for any agent.</source>
        <translation>您只能以本人代办员身份办理；%1 是其他代办员。中心主任可代任一代办员办理。</translation>
    </message>
    <message>
        <source>Attach the citizen&apos;s signed authorisation (代办委托书), scanned as PDF, JPEG or PNG.</source>
        <translation>请附上群众签字的代办委托书扫描件（PDF、JPEG 或 PNG）。</translation>
    </message>
    <message>
        <source>%1 already carries this case for the citizen.</source>
        <translation>本案已由 %1 代办。</translation>
    </message>
    <message>
        <source>Authorisation of %1</source>
        <translation>%1的代办委托书</translation>
    </message>
    <message>
        <source>Carried for the citizen by agent %1 (%2)</source>
        <translation>由代办员%1代办（%2）</translation>
    </message>
    <message>
        <source>No agent carries this case.</source>
        <translation>本案无代办员。</translation>
    </message>
    <message>
        <source>The agent told the citizen of the progress</source>
        <translation>代办员已向群众告知办理进展</translation>
    </message>
    <message>
        <source>The agent told the citizen of the progress: %1</source>
        <translation>代办员已向群众告知办理进展：%1</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Mediation Agreement</source>
        <translation>调解协议书</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>协议形式：</translation>
    </message>
    <message>
        <source>&amp;Written agreement (art. 29)</source>
        <translation>书面协议（第二十九条）(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Oral agreement (art. 28)</source>
        <translation>口头协议（第二十八条）(&amp;O)</translation>
    </message>
    <message>
        <source>Agreement &amp;no.:</source>
        <translation>协议编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Parties (from the case; correct them in the case if wrong):</source>
        <translation>当事人（取自案件登记，如有错误请在案件中更正）(&amp;P)：</translation>
    </message>
    <message>
        <source>Main &amp;facts of the dispute:</source>
        <translation>纠纷的主要事实(&amp;F)：</translation>
    </message>
    <message>
        <source>Points in &amp;dispute and each party&apos;s responsibility:</source>
        <translation>争议事项及各方责任(&amp;D)：</translation>
    </message>
    <message>
        <source>Agreed &amp;terms:</source>
        <translation>协议内容(&amp;T)：</translation>
    </message>
    <message>
        <source>Performed &amp;how:</source>
        <translation>履行方式(&amp;H)：</translation>
    </message>
    <message>
        <source>Performed whe&amp;re:</source>
        <translation>履行地点(&amp;L)：</translation>
    </message>
    <message>
        <source>Performed &amp;by:</source>
        <translation>履行期限(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Effective on:</source>
        <translation>生效日期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>份数(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Mediators:</source>
        <translation>调解员(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Application</source>
        <translation>申请书</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>身份证明</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>授权委托书</translation>
    </message>
    <message>
        <source>Proof of performance</source>
        <translation>履行凭证</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Give the attachment a title.</source>
        <translation>请填写附件标题。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 MB; attachments may be at most %3 MB. Scan it at a lower resolution or split it, or ask an administrator to raise the limit (setting attachment_max_bytes).</source>
        <translation>“%1”大小为 %2 MB，附件最大 %3 MB。请降低扫描分辨率或拆分文件，或请管理员调高上限（设置项 attachment_max_bytes）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>“%1”是空文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PDF, JPEG or PNG file. Save or scan it in one of these formats.</source>
        <translation>“%1”不是 PDF、JPEG 或 PNG 文件。请另存或扫描为这些格式之一。</translation>
    </message>
    <message>
        <source>Attachment &quot;%1&quot; (%2, %3 bytes)</source>
        <translation>附件“%1”（%2，%3 字节）</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>没有附件 %1。</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is damaged: its content no longer matches its SHA-256.</source>
        <translation>附件“%1”已损坏：内容与其 SHA-256 校验值不符。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Agency authorisation</source>
        <translation>代办委托书</translation>
    </message>
    <message>
        <source>Choose the kind of document: application, identity document, evidence, power of attorney, proof of performance, agency authorisation or other.</source>
        <translation>请选择材料类别：申请书、身份证明、证据、授权委托书、履行凭证、代办委托书或其他。</translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Add an attachment</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Add File…</source>
        <translation>选择文件并添加(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>The audit log is empty: there is no head to sign.</source>
        <translation>审计日志为空：没有可签署的日志头。</translation>
    </message>
    <message>
        <source>The audit log disagrees with the head signed on %1 (entry %2): it was altered. Nothing is signed; run &quot;onewindow-cli check&quot; and tell the center&apos;s director.</source>
        <translation>审计日志与 %1 签署的日志头（第 %2 条）不一致：已被篡改。未签署任何内容；请运行“onewindow-cli check”并报告中心主任。</translation>
    </message>
    <message>
        <source>Audit log: entry %1, hash %2, signed by key %3</source>
        <translation>审计日志：第 %1 条，哈希 %2，签名密钥 %3</translation>
    </message>
</context>
<context>
    <name>CaseEditDialog</name>
    <message>
        <source>Edit Case</source>
        <translation>编辑案件</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>来源渠道(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>乡镇(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Village/community:</source>
        <translation>嘎查/村/社区(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>受理时间(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>紧急程度(&amp;U)：</translation>
    </message>
    <message>
        <source>People &amp;involved:</source>
        <translation>涉及人数(&amp;I)：</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>事由摘要(&amp;M)：</translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation>诉求(&amp;Q)：</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>&amp;Add Party</source>
        <translation>添加当事人(&amp;A)</translation>
    </message>
    <message>
        <source>R&amp;emove Party</source>
        <translation>删除当事人(&amp;E)</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>(none)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>证件 %1</translation>
    </message>
    <message>
        <source>credit code %1</source>
        <translation>信用代码 %1</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>电话 %1</translation>
    </message>
    <message>
        <source>The case was merged into another case; edit that case instead.</source>
        <translation>该案件已并入另一案件，请编辑合并后的案件。</translation>
    </message>
    <message>
        <source>The case is &quot;%1&quot; and can no longer be edited; a supervisor must reopen it first.</source>
        <translation>该案件状态为“%1”，不能再修改；如需更正，须由中心主任先重新启用。</translation>
    </message>
    <message>
        <source>The date received can be corrected only before the case is assigned; it is now &quot;%1&quot;.</source>
        <translation>受理日期只能在案件分派前更正；案件当前状态为“%1”。</translation>
    </message>
    <message>
        <source>The date received can no longer be corrected: a deadline counted from it was already met or extended.</source>
        <translation>受理日期已不能更正：按该日期计算的期限已经完成或已延期。</translation>
    </message>
    <message>
        <source>A party of this list does not belong to the case; open the case again.</source>
        <translation>当事人列表中有不属于本案的当事人，请重新打开案件。</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>The case number %1 belongs to the year %2; the date received must stay in it.</source>
        <translation>案号 %1 属于 %2 年，受理日期须在该年之内。</translation>
    </message>
    <message>
        <source>The case was accepted on %1; it cannot have been received later.</source>
        <translation>案件已于 %1 立案，受理日期不能晚于立案日期。</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>纠纷类别</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Party added: %1</source>
        <translation>新增当事人：%1</translation>
    </message>
    <message>
        <source>%1 %2, %3: %4 → %5</source>
        <translation>%1%2的%3：%4 → %5</translation>
    </message>
    <message>
        <source>Party removed: %1</source>
        <translation>删除当事人：%1</translation>
    </message>
    <message>
        <source>Date and time received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Handling deadline</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Dispute summary</source>
        <translation>事由摘要</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>legal representative %1</source>
        <translation>法定代表人 %1</translation>
    </message>
</context>
<context>
    <name>CaseEvents</name>
    <message>
        <source>Someone else changed case %1 in the meantime; nothing of yours was saved. Open it again to see their changes, then redo yours.</source>
        <translation>在您打开案件 %1 期间，其他人修改了该案件；您的修改未保存。请重新打开案件查看其修改，再重新操作。</translation>
    </message>
    <message>
        <source>%1 changed case %2 at %3 while you had it open: %4. Nothing of yours was saved; open the case again to see the change, then redo yours.</source>
        <translation>在您打开案件期间，%1 于 %3 修改了案件 %2：%4。您的修改未保存；请重新打开案件查看该修改，再重新操作。</translation>
    </message>
</context>
<context>
    <name>CaseNumbers</name>
    <message>
        <source>Cannot take the next case number: %1</source>
        <translation>无法取得下一个案件编号：%1</translation>
    </message>
    <message>
        <source>No case number is left for %1: the sequence has reached %2, the highest a year may have. Register the case as reported (without a number), and ask the administrator to check the case numbers of %1 (a ledger may have brought in a wrong one).</source>
        <translation>%1 年已没有可用的案件编号：顺序号已到 %2，是一年的上限。请先将案件登记为“已登记”（不编号），并请管理员核查 %1 年的案件编号（可能是导入的台账带进了错误的编号）。</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>No case %1 in this database.</source>
        <translation>本数据库中没有案件 %1。</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Case Cannot Be Read</source>
        <translation>无法读取案件</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message>
        <source>The case was merged into another case; work on that case instead.</source>
        <translation>该案件已合并到另一案件，请在该案件上办理。</translation>
    </message>
    <message>
        <source>The case is &quot;%1&quot;; only a supervisor can reopen it.</source>
        <translation>该案件状态为“%1”，只有中心主任可以重新启用。</translation>
    </message>
    <message>
        <source>The case cannot be closed: it has not been assigned to a department yet.</source>
        <translation>无法结案：该案件尚未分派给任何部门。</translation>
    </message>
    <message>
        <source>The case cannot be closed while it is suspended: resume it first.</source>
        <translation>案件处于中止状态，无法结案：请先恢复办理。</translation>
    </message>
    <message>
        <source>The case cannot be closed: no response has reached the applicant yet (record the response first).</source>
        <translation>无法结案：尚未向申请人作出答复（请先登记处理反馈）。</translation>
    </message>
    <message>
        <source>A response cannot be recorded: the case has not been assigned to a department yet.</source>
        <translation>无法登记答复：该案件尚未分派给任何部门。</translation>
    </message>
    <message>
        <source>A response can only be recorded while the case is in progress (now &quot;%1&quot;).</source>
        <translation>只有办理中的案件才能登记答复（当前为“%1”）。</translation>
    </message>
    <message>
        <source>The case must be accepted (filed) before it is assigned to a department.</source>
        <translation>案件须先受理立案，才能分派给部门。</translation>
    </message>
    <message>
        <source>The case already has a lead department; transfer it instead.</source>
        <translation>该案件已有牵头部门，请改用转办。</translation>
    </message>
    <message>
        <source>The case has already been accepted.</source>
        <translation>该案件已受理。</translation>
    </message>
    <message>
        <source>Only a case that has not been accepted yet can be rejected (now &quot;%1&quot;).</source>
        <translation>只有尚未受理的案件才能不予受理（当前为“%1”）。</translation>
    </message>
    <message>
        <source>Handling can only start once the case is assigned (now &quot;%1&quot;).</source>
        <translation>案件分派后才能开始办理（当前为“%1”）。</translation>
    </message>
    <message>
        <source>Only an assigned case or a case in progress can be suspended (now &quot;%1&quot;).</source>
        <translation>只有已分派或办理中的案件才能中止（当前为“%1”）。</translation>
    </message>
    <message>
        <source>The case is not suspended.</source>
        <translation>该案件未处于中止状态。</translation>
    </message>
    <message>
        <source>Only a closed, escalated, withdrawn or rejected case can be reopened.</source>
        <translation>只有已办结、已上交、已撤回或不予受理的案件才能重新启用。</translation>
    </message>
    <message>
        <source>A case that is &quot;%1&quot; cannot be escalated.</source>
        <translation>状态为“%1”的案件不能上交。</translation>
    </message>
    <message>
        <source>A case that is &quot;%1&quot; cannot be changed this way (%2).</source>
        <translation>状态为“%1”的案件不能执行此操作（%2）。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; use one of: %2.</source>
        <translation>未知操作“%1”，可用操作：%2。</translation>
    </message>
    <message>
        <source>Only a supervisor may do this (you are signed in as &quot;%1&quot;).</source>
        <translation>只有中心主任可以执行此操作（当前登录为“%1”）。</translation>
    </message>
    <message>
        <source>Write down the reason %1.</source>
        <translation>请写明%1的理由。</translation>
    </message>
    <message>
        <source>The date %1 is before the case was received (%2).</source>
        <translation>日期 %1 早于案件受理日期（%2）。</translation>
    </message>
    <message>
        <source>Accepted as case %1</source>
        <translation>受理立案，案号 %1</translation>
    </message>
    <message>
        <source>for not accepting the case</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>不予受理：%1</translation>
    </message>
    <message>
        <source>the applicant gave for withdrawing</source>
        <translation>申请人撤回</translation>
    </message>
    <message>
        <source>Withdrawn by the applicant: %1</source>
        <translation>申请人撤回：%1</translation>
    </message>
    <message>
        <source>Choose the lead department (&quot;%1&quot; is not a department).</source>
        <translation>请选择牵头部门（“%1”不是部门）。</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>分派至%1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Handling started</source>
        <translation>开始办理</translation>
    </message>
    <message numerus="yes">
        <source>%n summoned department(s) have not yet reported in and given feedback. Wait for them, or record the response anyway with a reason (lead department override).</source>
        <translation>
            <numerusform>还有 %n 个被召集部门尚未报到并反馈。请等待其反馈，或由牵头部门写明理由后直接登记答复。</numerusform>
        </translation>
    </message>
    <message>
        <source>for responding before every summoned department gave feedback</source>
        <translation>在各协办部门反馈前答复</translation>
    </message>
    <message numerus="yes">
        <source>Response recorded before %n department(s) gave feedback: %1</source>
        <translation>
            <numerusform>在 %n 个部门反馈前登记答复：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Response recorded</source>
        <translation>已登记答复</translation>
    </message>
    <message>
        <source>Choose the outcome of the case (%1).</source>
        <translation>请选择结案结果（%1）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a resolution level for a closed case (village, township, county).</source>
        <translation>“%1”不是结案的化解层级（村、乡镇、县）。</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>结案：%1</translation>
    </message>
    <message>
        <source>why the case needs more work</source>
        <translation>退回继续办理</translation>
    </message>
    <message>
        <source>Returned for more work: %1</source>
        <translation>退回继续办理：%1</translation>
    </message>
    <message>
        <source>for suspending the case</source>
        <translation>中止办理</translation>
    </message>
    <message>
        <source>Suspended: %1</source>
        <translation>中止：%1</translation>
    </message>
    <message numerus="yes">
        <source>Resumed after %n day(s) suspended; open deadlines moved later accordingly</source>
        <translation>
            <numerusform>中止 %n 天后恢复办理，未到期的期限相应顺延</numerusform>
        </translation>
    </message>
    <message>
        <source>Write down the body that receives the escalated case.</source>
        <translation>请写明接收上交案件的单位。</translation>
    </message>
    <message>
        <source>Escalated to %1</source>
        <translation>上交至%1</translation>
    </message>
    <message>
        <source>Choose the case this one is merged into.</source>
        <translation>请选择要并入的案件。</translation>
    </message>
    <message>
        <source>A case cannot be merged into itself.</source>
        <translation>案件不能并入自身。</translation>
    </message>
    <message>
        <source>Case %1 was itself merged; merge into the case it points to.</source>
        <translation>案件 %1 本身已被合并，请并入其指向的案件。</translation>
    </message>
    <message>
        <source>Case %1 merged into this case</source>
        <translation>案件 %1 已并入本案</translation>
    </message>
    <message>
        <source>Merged into case %1</source>
        <translation>已并入案件 %1</translation>
    </message>
    <message>
        <source>for reopening the case</source>
        <translation>重新启用本案</translation>
    </message>
    <message>
        <source>Reopened by a supervisor: %1</source>
        <translation>中心主任重新启用：%1</translation>
    </message>
    <message>
        <source>Only a supervisor may extend a deadline.</source>
        <translation>只有中心主任可以延长期限。</translation>
    </message>
    <message>
        <source>Write down the reason for the extension; the applicant is told it.</source>
        <translation>请写明延期理由，该理由将告知申请人。</translation>
    </message>
    <message>
        <source>The case is &quot;%1&quot;; there is no deadline left to extend.</source>
        <translation>该案件状态为“%1”，没有可延长的期限。</translation>
    </message>
    <message>
        <source>The case has no open handling deadline to extend.</source>
        <translation>该案件没有可延长的办理期限。</translation>
    </message>
    <message numerus="yes">
        <source>The handling deadline was already extended once (by %n day(s)); it cannot be extended again.</source>
        <translation>
            <numerusform>办理期限已延长过一次（%n 天），不能再次延长。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no handling rule for this case type.</source>
        <translation>该案件类型没有办理期限规则。</translation>
    </message>
    <message numerus="yes">
        <source>Handling deadline extended by %n day(s) from %1 to %2: %3</source>
        <translation>
            <numerusform>办理期限延长 %n 天，由 %1 延至 %2：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a supervisor may put a case under supervision.</source>
        <translation>只有中心主任可以对案件督办。</translation>
    </message>
    <message>
        <source>Write a supervision note: what must happen, by when.</source>
        <translation>请填写督办意见：需要做什么、何时完成。</translation>
    </message>
    <message>
        <source>The case is &quot;%1&quot;; there is nothing left to supervise.</source>
        <translation>该案件状态为“%1”，无需督办。</translation>
    </message>
    <message>
        <source>Put under supervision: %1</source>
        <translation>列入督办：%1</translation>
    </message>
    <message>
        <source>Supervision ended</source>
        <translation>解除督办</translation>
    </message>
    <message>
        <source>Write down what was found or done.</source>
        <translation>请写明查明的情况或所做的工作。</translation>
    </message>
    <message>
        <source>The case is &quot;%1&quot; and can no longer be changed; a supervisor can reopen it.</source>
        <translation>案件已“%1”，不能再修改；中心主任可重新打开。</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>a lead department (route the case at triage)</source>
        <translation>牵头部门（请先在分流中指派）</translation>
    </message>
    <message>
        <source>resuming the suspended case</source>
        <translation>恢复办理已中止的案件</translation>
    </message>
    <message>
        <source>the reply to the applicant (record the response first)</source>
        <translation>答复申请人（请先登记处理反馈）</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>共 %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SQLite integrity check found %n problem(s):</source>
        <translation>
            <numerusform>SQLite 完整性检查发现 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>import-ledger needs exactly one FILE.csv: import-ledger FILE.csv [--dry-run] [--skip-invalid --rejects OUT.csv] [--encoding utf-8|gb18030] [--timing]</source>
        <translation>import-ledger 需要且只需要一个 FILE.csv：import-ledger FILE.csv [--dry-run] [--skip-invalid --rejects OUT.csv] [--encoding utf-8|gb18030] [--timing]</translation>
    </message>
    <message>
        <source>--encoding must be utf-8 or gb18030, not &quot;%1&quot;.</source>
        <translation>--encoding 只能是 utf-8 或 gb18030，不能是“%1”。</translation>
    </message>
    <message>
        <source>--skip-invalid and --rejects OUT.csv go together: the rows left out must go somewhere.</source>
        <translation>--skip-invalid 和 --rejects OUT.csv 必须一起使用：跳过的行要写到某个文件里。</translation>
    </message>
    <message>
        <source>No file %1.</source>
        <translation>没有文件 %1。</translation>
    </message>
    <message>
        <source>parse %1 ms, validate %2 ms, write %3 ms</source>
        <translation>解析 %1 毫秒，校验 %2 毫秒，写入 %3 毫秒</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：没有写入任何内容。</translation>
    </message>
    <message>
        <source>init needs --site-code, --site-name and --level (county, township or village).</source>
        <translation>init 需要 --site-code、--site-name 和 --level（county、township 或 village）。</translation>
    </message>
    <message>
        <source>Created %1 for %2 (%3).</source>
        <translation>已为 %2（%3）创建数据库 %1。</translation>
    </message>
    <message>
        <source>export needs --out FILE (the package to write, e.g. 2025-05.owpkg).</source>
        <translation>export 需要 --out FILE（要写入的数据包，例如 2025-05.owpkg）。</translation>
    </message>
    <message>
        <source>--since takes a date YYYY-MM-DD or &quot;last&quot;, not &quot;%1&quot;.</source>
        <translation>--since 需要日期 YYYY-MM-DD 或 &quot;last&quot;，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>all records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>records changed since %1</source>
        <translation>%1 以来变更的记录</translation>
    </message>
    <message>
        <source>records changed since the last export (%1 UTC)</source>
        <translation>上次导出以来变更的记录（%1 UTC）</translation>
    </message>
    <message>
        <source>all records (no earlier export is logged)</source>
        <translation>全部记录（没有以往的导出记录）</translation>
    </message>
    <message>
        <source>Exported %1 rows (%2) to %3.</source>
        <translation>已导出 %1 行（%2）到 %3。</translation>
    </message>
    <message>
        <source>Checksum (SHA-256): %1</source>
        <translation>校验和（SHA-256）：%1</translation>
    </message>
    <message>
        <source>Package %1 from %2 (%3, %4), written %5 by %6, range %7.</source>
        <translation>数据包 %1 来自 %2（%3，%4），由 %6 于 %5 导出，范围 %7。</translation>
    </message>
    <message>
        <source>Checksum verified (SHA-256): %1</source>
        <translation>校验和已核对（SHA-256）：%1</translation>
    </message>
    <message>
        <source>First package from site %1: it would be registered as a township of this county.</source>
        <translation>首次收到站点 %1 的数据包：将把它登记为本县的乡镇。</translation>
    </message>
    <message>
        <source>First package from site %1: it is registered as a township of this county.</source>
        <translation>首次收到站点 %1 的数据包：已将其登记为本县的乡镇。</translation>
    </message>
    <message>
        <source>This package was already imported on %1.</source>
        <translation>此数据包已于 %1 导入过。</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>包内</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>conflicting</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Conflicts: changed here and at the township since the last exchange. This database keeps its version; the township&apos;s version is kept in the conflicts list for review.</source>
        <translation>冲突：自上次交换以来本地和乡镇都修改过。本数据库保留本地版本；乡镇的版本保存在冲突列表中待审核。</translation>
    </message>
    <message>
        <source>here: version %1 of %2; township: version %3 of %4</source>
        <translation>本地：第 %1 版（%2）；乡镇：第 %3 版（%4）</translation>
    </message>
    <message>
        <source>(already recorded)</source>
        <translation>（已记录）</translation>
    </message>
    <message>
        <source>  … and %1 more.</source>
        <translation>  ……另有 %1 条。</translation>
    </message>
    <message>
        <source>import needs exactly one package file: import FILE.owpkg [--dry-run]</source>
        <translation>import 需要且只需要一个数据包文件：import FILE.owpkg [--dry-run]</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>试运行：未作任何更改。</translation>
    </message>
    <message>
        <source>Nothing to import: every record of this package is already here; nothing was changed.</source>
        <translation>无需导入：此数据包的全部记录都已在本库中，未作任何更改。</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 conflicting.</source>
        <translation>已导入：新增 %1，更新 %2，未变 %3，冲突 %4。</translation>
    </message>
    <message>
        <source>cases takes no arguments besides its options (got &quot;%1&quot;).</source>
        <translation>cases 命令除选项外不接受其他参数（收到“%1”）。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, json or csv.</source>
        <translation>未知格式“%1”：请使用 table、json 或 csv。</translation>
    </message>
    <message>
        <source>--limit needs a whole number of cases (0 for all), not &quot;%1&quot;.</source>
        <translation>--limit 需要一个整数（0 表示全部），而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown case status &quot;%1&quot;. Use one of: %2.</source>
        <translation>未知的案件状态“%1”。可用值：%2。</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;. Give a category code or its name as configured in this database.</source>
        <translation>未知的纠纷类别“%1”。请填写本数据库中配置的类别代码或名称。</translation>
    </message>
    <message>
        <source>Unknown township &quot;%1&quot;. Give a division code (e.g. 150824100) or its name.</source>
        <translation>未知的乡镇“%1”。请填写区划代码（例如150824100）或名称。</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已超期）</translation>
    </message>
    <message>
        <source>%1 (due soon)</source>
        <translation>%1（即将到期）</translation>
    </message>
    <message>
        <source>Showing %1 of %2 cases; use --limit 0 to list all.</source>
        <translation>显示 %2 件中的 %1 件；使用 --limit 0 列出全部。</translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation>check 命令不接受参数。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>无法进行完整性检查：%1</translation>
    </message>
    <message>
        <source>SQLite integrity: ok</source>
        <translation>SQLite 完整性：正常</translation>
    </message>
    <message>
        <source>The foreign key check could not run: %1</source>
        <translation>无法进行外键检查：%1</translation>
    </message>
    <message>
        <source>The foreign key check could not finish: %1</source>
        <translation>外键检查未能完成：%1</translation>
    </message>
    <message>
        <source>Foreign keys: ok</source>
        <translation>外键：正常</translation>
    </message>
    <message>
        <source>%1 row(s) refer to records that do not exist:</source>
        <translation>%1 行引用了不存在的记录：</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>The audit log could only be read up to entry %1 of %2.</source>
        <translation>审计日志只能读到第 %1 条（共 %2 条）。</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1: the log was altered after it was written.</source>
        <translation>审计链在第 %1 条处断开：日志写入后被改动过。</translation>
    </message>
    <message>
        <source>Audit chain: ok (%1 entries)</source>
        <translation>审计链：正常（%1 条）</translation>
    </message>
    <message>
        <source>The schema version is %1, newer than this program knows (%2). Use a newer OneWindow.</source>
        <translation>数据库结构版本为 %1，高于本程序支持的版本（%2）。请使用新版本的一窗通。</translation>
    </message>
    <message>
        <source>The file has no OneWindow schema (version %1).</source>
        <translation>该文件不是一窗通数据库（结构版本 %1）。</translation>
    </message>
    <message>
        <source>Schema version: %1 (it will be upgraded to %2 when opened)</source>
        <translation>结构版本：%1（打开时将升级到 %2）</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>结构版本：%1</translation>
    </message>
    <message>
        <source>The database is damaged. Restore it from a backup.</source>
        <translation>数据库已损坏。请从备份恢复。</translation>
    </message>
    <message>
        <source>The database is in good order.</source>
        <translation>数据库状态良好。</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>show needs exactly one case number, UUID or one-case code.</source>
        <translation>show 命令需要且只需要一个案件编号、UUID 或一案一码。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text or json.</source>
        <translation>未知格式“%1”：请使用 text 或 json。</translation>
    </message>
    <message>
        <source> (supervised)</source>
        <translation>（督办）</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>所属地区</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办结结果</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>化解层级</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>事由摘要</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限节点</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <source>ID and phone numbers are masked; add --unmask to show them in full.</source>
        <translation>证件号码和电话号码已部分隐藏；加 --unmask 可显示完整号码。</translation>
    </message>
    <message>
        <source>intake needs --json FILE (or --json - to read standard input).</source>
        <translation>intake 需要 --json FILE（或用 --json - 从标准输入读取）。</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>The input is not a JSON object: %1</source>
        <translation>输入不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>“%1”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>transition needs CASE and an action: %1</source>
        <translation>transition 需要案件和操作：%1</translation>
    </message>
    <message>
        <source>--on needs a date YYYY-MM-DD.</source>
        <translation>--on 需要日期 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>route needs one CASE: route CASE [--lead DEPT] [--co DEPT,DEPT] [--reason TEXT]</source>
        <translation>route 需要一个案件：route CASE [--lead DEPT] [--co DEPT,DEPT] [--reason TEXT]</translation>
    </message>
    <message>
        <source>No routing rule matches this case; choose the lead department with --lead.</source>
        <translation>没有与该案件匹配的分流规则，请用 --lead 指定牵头部门。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table or json.</source>
        <translation>未知格式“%1”：请使用 table 或 json。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>已设密码</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>未设密码</translation>
    </message>
    <message>
        <source>No user accounts yet; everyone acts as the built-in operator.</source>
        <translation>尚无用户账户；所有操作均以内置系统操作员的身份进行。</translation>
    </message>
    <message>
        <source>passwd needs exactly one login.</source>
        <translation>passwd 需要且只需要一个登录名。</translation>
    </message>
    <message>
        <source>The password of %1 was set.</source>
        <translation>已为 %1 设置密码。</translation>
    </message>
    <message>
        <source>--format must be table or json.</source>
        <translation>--format 只能是 table 或 json。</translation>
    </message>
    <message>
        <source>No open consolidation conflicts.</source>
        <translation>没有待处理的汇总冲突。</translation>
    </message>
    <message>
        <source>resolved %1 by %2: %3</source>
        <translation>%1 由 %2 处理：%3</translation>
    </message>
    <message>
        <source>resolve needs a conflict id and --keep ours|theirs.</source>
        <translation>resolve 需要冲突编号和 --keep ours|theirs。</translation>
    </message>
    <message>
        <source>Conflict %1 resolved: this center&apos;s version of %2 %3 kept.</source>
        <translation>冲突 %1 已处理：保留本中心的 %2 %3。</translation>
    </message>
    <message>
        <source>Conflict %1 resolved: the township&apos;s version of %2 %3 taken.</source>
        <translation>冲突 %1 已处理：采用乡镇的 %2 %3。</translation>
    </message>
    <message>
        <source>%1 records deleted at the township would be deleted here.</source>
        <translation>乡镇已删除的 %1 条记录将在本中心删除。</translation>
    </message>
    <message>
        <source>%1 records deleted at the township were deleted here.</source>
        <translation>乡镇已删除的 %1 条记录已在本中心删除。</translation>
    </message>
    <message>
        <source>Warning: the daily backup failed: %1</source>
        <translation>警告：今日的自动备份失败：%1</translation>
    </message>
    <message>
        <source>backup takes no arguments: backup [--out FILE]</source>
        <translation>backup 命令不接受参数：backup [--out 文件]</translation>
    </message>
    <message>
        <source>--out needs the name of the backup file to write.</source>
        <translation>--out 需要写入的备份文件名。</translation>
    </message>
    <message>
        <source>%1 already exists; it is not overwritten.</source>
        <translation>%1 已存在，不会覆盖。</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 MB); its integrity check passed.</source>
        <translation>备份已写入 %1（%2 MB），完整性检查通过。</translation>
    </message>
    <message>
        <source>restore needs exactly one backup file: restore BACKUP_FILE [--force-site]</source>
        <translation>restore 需要且只需要一个备份文件：restore 备份文件 [--force-site]</translation>
    </message>
    <message>
        <source>Restored %1 (site %2) into %3.</source>
        <translation>已将 %1（站点 %2）恢复到 %3。</translation>
    </message>
    <message>
        <source>The replaced database is kept as %1.</source>
        <translation>被替换的数据库已保留为 %1。</translation>
    </message>
    <message>
        <source>The replaced database, which was damaged, is kept as %1.</source>
        <translation>被替换的数据库（已损坏）保留为 %1。</translation>
    </message>
    <message>
        <source>Warning: there is no backup of this database in %1. Make one now: onewindow-cli backup</source>
        <translation>警告：%1 中没有备份本数据库。请立即备份：onewindow-cli backup</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest backup: %1 (%2, %3), %4</source>
        <translation>最近的备份：%1（%2，%3），%4</translation>
    </message>
    <message numerus="yes">
        <source>Warning: the latest backup is more than %n day(s) old. Make one now: onewindow-cli backup</source>
        <translation>
            <numerusform>警告：最近的备份已超过 %n 天。请立即备份：onewindow-cli backup</numerusform>
        </translation>
    </message>
    <message>
        <source>Another desk or program is writing to %1; waiting for it (at most %2 s)…</source>
        <translation>另一处窗口或程序正在写入 %1，正在等待其完成（最多 %2 秒）…</translation>
    </message>
    <message>
        <source>The input is larger than %1 bytes, more than one case can be: give one case per intake.</source>
        <translation>输入超过 %1 字节，超出了一个案件可能的大小：每次 intake 只提交一个案件。</translation>
    </message>
    <message>
        <source>Use: keys show | keys list | keys add SITE KEY | keys revoke SITE FINGERPRINT | keys rotate</source>
        <translation>用法：keys show | keys list | keys add 单位代码 公钥 | keys revoke 单位代码 指纹 | keys rotate</translation>
    </message>
    <message>
        <source>This center has no signing key. Run &quot;onewindow-cli keys rotate&quot; to make one.</source>
        <translation>本中心没有签名密钥。请运行“onewindow-cli keys rotate”生成一个。</translation>
    </message>
    <message>
        <source>Site: %1 %2</source>
        <translation>单位：%1 %2</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>指纹：%1</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>公钥：%1</translation>
    </message>
    <message>
        <source>The county registers it with: onewindow-cli keys add %1 %2</source>
        <translation>县中心用以下命令登记：onewindow-cli keys add %1 %2</translation>
    </message>
    <message>
        <source>Earlier key %1, retired %2</source>
        <translation>旧密钥 %1，%2 停用</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>%1 已吊销</translation>
    </message>
    <message>
        <source>No township keys are registered; packages are accepted only from registered keys.</source>
        <translation>尚未登记任何下级单位密钥；只接受已登记密钥签名的数据包。</translation>
    </message>
    <message>
        <source>Registered the key %1 for site %2.</source>
        <translation>已为单位 %2 登记密钥 %1。</translation>
    </message>
    <message>
        <source>Revoked the key %1 of site %2: its packages are refused from now on.</source>
        <translation>已吊销单位 %2 的密钥 %1：今后用它签名的数据包一律拒收。</translation>
    </message>
    <message>
        <source>New signing key %1. The county must register it before it accepts packages signed with it: onewindow-cli keys add %2 %3</source>
        <translation>已生成新签名密钥 %1。县中心须先登记它，才会接收用它签名的数据包：onewindow-cli keys add %2 %3</translation>
    </message>
    <message>
        <source>Sign-in is on: give your login with --user LOGIN and your password (typed at the prompt, or in the environment variable ONEWINDOW_PASSWORD for scripts). The built-in operator &quot;system&quot; cannot sign in. If no administrator knows a password, see onewindow-cli recover-admin.</source>
        <translation>已启用登录：请用 --user 登录名 指定账号，并提供密码（在提示处输入，脚本可用环境变量 ONEWINDOW_PASSWORD）。内置操作员“system”不能登录。如果没有管理员记得密码，请参阅 onewindow-cli recover-admin。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>未提供密码。</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; signs in with a password: type it at the prompt (on a terminal) or give it in the environment variable ONEWINDOW_PASSWORD.</source>
        <translation>用户“%1”需要密码登录：请在终端的提示处输入，或用环境变量 ONEWINDOW_PASSWORD 提供。</translation>
    </message>
    <message>
        <source>Notice: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>recover-admin needs exactly one login.</source>
        <translation>recover-admin 需要且只需要一个登录名。</translation>
    </message>
    <message>
        <source>recover-admin sets an administrator&apos;s password without the old one. It is written to the audit log and shown to every administrator at their next sign-in. To go ahead, run it as the operating-system account that owns the database file and add --i-own-the-database-file.</source>
        <translation>recover-admin 不需要旧密码即可重设管理员密码。此操作会写入审计日志，并在每位管理员下次登录时告知。如确要继续，请以拥有数据库文件的操作系统账户运行，并加上 --i-own-the-database-file。</translation>
    </message>
    <message>
        <source>The administrator %1 has a new password. This was written to the audit log and every administrator will be told at their next sign-in.</source>
        <translation>管理员 %1 已设新密码。此操作已写入审计日志，每位管理员下次登录时都会看到。</translation>
    </message>
    <message>
        <source>legal representative %1</source>
        <translation>法定代表人 %1</translation>
    </message>
    <message>
        <source>domicile %1</source>
        <translation>住所 %1</translation>
    </message>
    <message>
        <source>The records or the audit log were changed beside the program: keep this file as evidence, compare it with the county&apos;s copy and tell the center&apos;s director.</source>
        <translation>记录或审计日志被绕过本程序修改：请保留此文件作为证据，与县级中心的副本核对，并报告中心主任。</translation>
    </message>
    <message>
        <source>Use: schedule import FILE.csv</source>
        <translation>用法：schedule import 文件.csv</translation>
    </message>
    <message>
        <source>Schedule imported: %1 leaders added, %2 reception half-days added, %3 changed.</source>
        <translation>接访日程已导入：新增领导 %1 名，新增接访场次 %2 个，修改 %3 个。</translation>
    </message>
    <message>
        <source>Backlog: %1 open cases past their deadline or raised again.</source>
        <translation>积案：%1 件超期未结或重复信访的案件。</translation>
    </message>
    <message>
        <source>--level must be county, township or village.</source>
        <translation>--level 须为 county、township 或 village。</translation>
    </message>
    <message>
        <source>Usage: onewindow-cli [--db PATH|postgresql://…] [--lang zh_CN|en] [--user NAME] COMMAND [options]</source>
        <translation>用法：onewindow-cli [--db 路径|postgresql://…] [--lang zh_CN|en] [--user 用户名] 命令 [选项]</translation>
    </message>
    <message>
        <source>check-connection takes no arguments.</source>
        <translation>check-connection 不带参数。</translation>
    </message>
    <message>
        <source>check-connection tests a center&apos;s server: give it as --db postgresql://server/database.</source>
        <translation>check-connection 用于测试中心服务器的连接：请以 --db postgresql://服务器/数据库 指定服务器。</translation>
    </message>
    <message>
        <source>Password of %1 on the server (not stored): </source>
        <translation>服务器上 %1 的密码（不会保存）：</translation>
    </message>
    <message>
        <source>Moved %1 rows of %2 tables to %3 in %4 s; every table read back from the server matches the file in row count and checksum (%5 s). The file was not changed.</source>
        <translation>已将 %2 张数据表共 %1 行迁移到 %3，用时 %4 秒；逐表从服务器读回核对，行数和校验和均与文件一致（%5 秒）。文件未改动。</translation>
    </message>
    <message>
        <source>Not copied, rebuilt on the server instead: SQLite&apos;s search index (%1).</source>
        <translation>未复制、改在服务器上重建的：SQLite 的检索索引（%1）。</translation>
    </message>
    <message>
        <source>migrate needs the server to move to: migrate --to postgresql://owner@server/database [--app-role ROLE]</source>
        <translation>migrate 需要指明迁往的服务器：migrate --to postgresql://所有者@服务器/数据库 [--app-role 角色]</translation>
    </message>
    <message>
        <source>--to names the server to move to, as postgresql://owner@server/database; the file moved is the one given with --db.</source>
        <translation>--to 指明迁往的服务器，格式为 postgresql://所有者@服务器/数据库；迁移的文件是 --db 指定的文件。</translation>
    </message>
    <message>
        <source>Moving %1 to %2…</source>
        <translation>正在将 %1 迁移到 %2……</translation>
    </message>
    <message>
        <source>Backup of %1 written to %2 (%3 MB, %4 tables); pg_restore reads it.</source>
        <translation>%1 的备份已写入 %2（%3 MB，%4 张数据表），pg_restore 可以读取。</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>已将 %1 恢复到 %2。</translation>
    </message>
    <message>
        <source>The replaced contents are kept as %1.</source>
        <translation>被替换的数据已保留为 %1。</translation>
    </message>
    <message>
        <source>The database held no center before; there was nothing to keep.</source>
        <translation>该数据库此前没有中心数据，没有可保留的内容。</translation>
    </message>
    <message>
        <source>The server&apos;s search index holds the %1 cases (built in %2 s).</source>
        <translation>服务器上的检索索引已收录这 %1 件案件（建立用时 %2 秒）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not run on a center&apos;s PostgreSQL server yet: give the center&apos;s database file with --db. On a server this version runs the daily work, reports, users and consolidation (packages and their conflicts; see onewindow-cli --help and docs/postgresql.md).</source>
        <translation>“%1”暂不能在中心的 PostgreSQL 服务器上运行：请用 --db 指定中心的数据库文件。本版本在服务器上可办理日常业务、报表、用户管理和汇总（数据包及其冲突；见 onewindow-cli --help 和 docs/postgresql.md）。</translation>
    </message>
    <message>
        <source>Warning: the backup could not be noted in the center&apos;s audit log, so check will not see it: %1</source>
        <translation>警告：备份未能记入中心的审计日志，check 将看不到它：%1</translation>
    </message>
    <message>
        <source>upgrade takes no arguments besides --app-role.</source>
        <translation>upgrade 除 --app-role 外不接受其他参数。</translation>
    </message>
    <message>
        <source>A database file is upgraded by the program itself when it opens the file, after a checked backup. upgrade is for a center&apos;s server: --db postgresql://OWNER@server/database upgrade.</source>
        <translation>数据库文件由程序在打开时自行升级（升级前先做经过核验的备份）。upgrade 用于中心服务器：--db postgresql://OWNER@server/database upgrade。</translation>
    </message>
    <message>
        <source>%1 holds no OneWindow center to upgrade. A center comes onto a server with migrate --to from its database file (docs/postgresql.md, &quot;Moving a center&quot;).</source>
        <translation>%1 上没有可升级的一窗通中心。中心要用 migrate --to 从其数据库文件迁到服务器上（docs/postgresql.md，“Moving a center”）。</translation>
    </message>
    <message>
        <source>%1 is already at schema version %2; nothing was changed.</source>
        <translation>%1 已是结构版本 %2，未作任何更改。</translation>
    </message>
    <message>
        <source>%1 was upgraded from schema version %2 to %3; the desks can open it again.</source>
        <translation>%1 已从结构版本 %2 升级到 %3，各窗口可以重新打开它了。</translation>
    </message>
    <message>
        <source>recover-admin sets an administrator&apos;s password without the old one. It is written to the audit log and shown to every administrator at their next sign-in. On a center&apos;s server, connect as the role that owns the schema (the one that runs migrate --to and upgrade), --db postgresql://OWNER@server/database, and add --i-own-the-schema.</source>
        <translation>recover-admin 不需要旧密码即可重设管理员密码。此操作会写入审计日志，并在每位管理员下次登录时告知。在中心的服务器上，请以数据库结构的所有者角色（运行 migrate --to 和 upgrade 的角色）连接：--db postgresql://所有者@服务器/数据库，并加上 --i-own-the-schema。</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close the Case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>办结结果(&amp;O)：</translation>
    </message>
    <message>
        <source>Resolved &amp;at:</source>
        <translation>化解层级(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>结案日期(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>结案小结(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Facts and reasons:</source>
        <translation>事实和理由(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>处理依据(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>Closure</name>
    <message>
        <source>Supported</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>解释说明</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>不予支持</translation>
    </message>
    <message>
        <source>If you do not accept this handling opinion, you may, within 30 days of receiving it, ask the administrative body one level above the one that handled it to review it (Regulations on Letters and Visits art. 35).</source>
        <translation>如对本处理意见不服，可以自收到本意见书之日起30日内请求原办理行政机关的上一级行政机关复查（《信访工作条例》第三十五条）。</translation>
    </message>
    <message>
        <source>the outcome: choose one of %1</source>
        <translation>办结结果：请从 %1 中选择</translation>
    </message>
    <message>
        <source>a valid resolution level for a closed case (village, township or county), not &quot;%1&quot;</source>
        <translation>有效的化解层级（村、乡镇或县），而不是“%1”</translation>
    </message>
    <message>
        <source>the closing summary</source>
        <translation>结案小结</translation>
    </message>
    <message>
        <source>a follow-up visit (required before closing a case of type %1)</source>
        <translation>回访记录（%1案件结案前必须回访）</translation>
    </message>
    <message>
        <source>joint-handling feedback from %1</source>
        <translation>%1的联合办理反馈</translation>
    </message>
    <message>
        <source>a mediation agreement (the outcome is &quot;mediated&quot;)</source>
        <translation>调解协议（办结结果为“调解成功”）</translation>
    </message>
    <message>
        <source>a petition decision: a petition closes as supported, explained or not supported</source>
        <translation>信访处理决定：信访事项须以支持、解释说明或不予支持办结</translation>
    </message>
    <message>
        <source>the petitioner&apos;s request in the handling opinion</source>
        <translation>处理意见书中的信访请求</translation>
    </message>
    <message>
        <source>the facts and reasons in the handling opinion</source>
        <translation>处理意见书中的事实和理由</translation>
    </message>
    <message>
        <source>the basis of the decision (laws, regulations or policies) in the handling opinion</source>
        <translation>处理意见书中的处理依据（法律、法规或政策）</translation>
    </message>
    <message>
        <source>Case %1 cannot be closed yet. Missing: %2.</source>
        <translation>案件 %1 尚不能结案。缺少：%2。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Only a supervisor can reopen a closed case.</source>
        <translation>只有中心主任可以重新打开已办结的案件。</translation>
    </message>
    <message>
        <source>Give the reason for reopening the case; it is kept in the timeline.</source>
        <translation>请填写重新打开案件的理由，理由将记入案件时间线。</translation>
    </message>
    <message>
        <source>Case %1 is not closed (%2), so there is nothing to reopen.</source>
        <translation>案件 %1 未办结（%2），无需重新打开。</translation>
    </message>
</context>
<context>
    <name>ConflictService</name>
    <message>
        <source>Give the conflict&apos;s id (at least its first 8 characters), as listed by the conflicts list.</source>
        <translation>请给出冲突编号（至少前 8 位），见冲突列表。</translation>
    </message>
    <message>
        <source>There is no conflict %1.</source>
        <translation>没有编号为 %1 的冲突。</translation>
    </message>
    <message>
        <source>%1 matches more than one conflict; give more of its id.</source>
        <translation>%1 对应不止一条冲突，请多给出几位编号。</translation>
    </message>
    <message>
        <source>Conflict %1 was already resolved on %2 by %3.</source>
        <translation>冲突 %1 已于 %2 由 %3 处理。</translation>
    </message>
    <message>
        <source>The table %1 of conflict %2 is not exchanged by this program.</source>
        <translation>冲突 %2 所在的表 %1 不属于本程序交换的数据。</translation>
    </message>
    <message>
        <source>The record %1 of conflict %2 is no longer in this database.</source>
        <translation>冲突 %2 的记录 %1 已不在本数据库中。</translation>
    </message>
    <message>
        <source>The record was changed here again after the conflict was found (version %1 of %2). Keep this center&apos;s version, or import the township&apos;s package again to compare anew.</source>
        <translation>发现冲突之后，本中心又再次修改了这条记录（%2 的第 %1 版）。请保留本中心版本，或重新导入乡镇数据包再比对。</translation>
    </message>
    <message>
        <source>The township&apos;s version cannot be written: %1</source>
        <translation>无法写入乡镇版本：%1</translation>
    </message>
    <message>
        <source>Consolidation conflict on %1 (%2): this center&apos;s version %3 kept; version %4 from %5 set aside.</source>
        <translation>汇总冲突 %1（%2）：保留本中心第 %3 版；%5 的第 %4 版不采用。</translation>
    </message>
    <message>
        <source>Consolidation conflict on %1 (%2): version %4 from %5 taken in place of this center&apos;s version %3.</source>
        <translation>汇总冲突 %1（%2）：采用 %5 的第 %4 版，替换本中心第 %3 版。</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>timeline entry</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>department assignment</source>
        <translation>部门分办</translation>
    </message>
    <message>
        <source>mediation session</source>
        <translation>调解会</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <source>follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>supervised</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>supervision note</source>
        <translation>督办意见</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>办结结果</translation>
    </message>
    <message>
        <source>ended on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>due on</source>
        <translation>期限日期</translation>
    </message>
    <message>
        <source>lead department</source>
        <translation>主办部门</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>满意度</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1, column %2: the byte %3 (byte %4 of the file) is not valid UTF-8. Save the file as UTF-8 again (Excel: Save As, &quot;CSV UTF-8&quot;), or, if it is a GB18030 file, import it with the encoding GB18030 (--encoding gb18030).</source>
        <translation>第 %1 行第 %2 列：字节 %3（文件第 %4 个字节）不是有效的 UTF-8。请用 UTF-8 重新保存（Excel：另存为“CSV UTF-8”）；如果文件是 GB18030 编码，请指定编码 GB18030（--encoding gb18030）后导入。</translation>
    </message>
    <message>
        <source>This program cannot decode GB18030 (Qt was built without ICU): save the file as UTF-8 and import it again.</source>
        <translation>本程序无法解码 GB18030（Qt 编译时未带 ICU）：请用 UTF-8 另存后再导入。</translation>
    </message>
    <message>
        <source>Line %1, column %2: the bytes %3 (from byte %4 of the file) are not valid GB18030. Check the file&apos;s encoding, or let it be detected (leave out --encoding).</source>
        <translation>第 %1 行第 %2 列：字节 %3（从文件第 %4 个字节起）不是有效的 GB18030。请检查文件的编码，或改为自动识别编码（不加 --encoding）。</translation>
    </message>
    <message>
        <source>Line %1, column %2: the bytes %3 (from byte %4 of the file) are neither UTF-8 nor GB18030, so the file&apos;s encoding cannot be told. Save the file as UTF-8 (Excel: Save As, &quot;CSV UTF-8&quot;) and import it again.</source>
        <translation>第 %1 行第 %2 列：字节 %3（从文件第 %4 个字节起）既不是有效的 UTF-8，也不是有效的 GB18030，无法确定文件的编码。请用 UTF-8 另存（Excel：另存为“CSV UTF-8”）后再导入。</translation>
    </message>
    <message>
        <source>Read as GB18030, the encoding of CSV files saved by Excel or WPS on Chinese Windows: the file is not UTF-8 (%1 of its bytes are not, the first on line %2), and all of its %3 Chinese and other non-ASCII characters are valid GB18030.</source>
        <translation>已按 GB18030 编码读取（中文 Windows 上 Excel、WPS 保存 CSV 所用的编码）：文件不是 UTF-8（有 %1 个字节不符合 UTF-8，第一个在第 %2 行），而其中全部 %3 个中文等非 ASCII 字符都是有效的 GB18030 字符。</translation>
    </message>
    <message>
        <source>the file has more rows than the %1 one file may have: split it into several files and import them one by one</source>
        <translation>文件超过 %1 行的上限：请拆分成几个文件，逐个导入</translation>
    </message>
    <message>
        <source>the row has more cells than the %1 a row may have: check its commas, or delete the empty columns at the right of the sheet</source>
        <translation>这一行的单元格超过 %1 个的上限：请检查逗号，或删除表格右侧的空列</translation>
    </message>
    <message>
        <source>the quoted cell that starts here has more characters than the %1 a cell may have: perhaps its closing quote (&quot;) is missing</source>
        <translation>从这里开始的带引号单元格超过 %1 个字符的上限：可能缺少结束的引号（&quot;）</translation>
    </message>
    <message>
        <source>the cell has more characters than the %1 a cell may have</source>
        <translation>单元格超过 %1 个字符的上限</translation>
    </message>
    <message>
        <source>the row has more characters than the %1 a row may have</source>
        <translation>这一行超过 %1 个字符的上限</translation>
    </message>
    <message>
        <source>The encoding must be utf-8 or gb18030, not &quot;%1&quot;.</source>
        <translation>编码只能是 utf-8 或 gb18030，不能是“%1”。</translation>
    </message>
    <message>
        <source>The file is UTF-16 (Excel&apos;s &quot;Unicode Text&quot;), which cannot be imported: save it as &quot;CSV UTF-8&quot; and import that.</source>
        <translation>文件是 UTF-16 编码（Excel 的“Unicode 文本”），无法导入：请另存为“CSV UTF-8”后再导入。</translation>
    </message>
    <message>
        <source>The file begins with the mark of a UTF-8 file (a byte-order mark), yet the encoding GB18030 was chosen: import it as UTF-8, or let its encoding be detected.</source>
        <translation>文件开头有 UTF-8 文件的标记（BOM），却指定了 GB18030 编码：请按 UTF-8 导入，或改为自动识别编码。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a OneWindow database or is damaged: %2</source>
        <translation>%1 不是一窗通数据库，或文件已损坏：%2</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>无法设置数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 does not exist. Create it first with &quot;onewindow-cli init&quot;.</source>
        <translation>数据库 %1 不存在。请先用“onewindow-cli init”创建。</translation>
    </message>
    <message>
        <source>%1 already exists; it is not overwritten.</source>
        <translation>%1 已存在，不会覆盖。</translation>
    </message>
    <message>
        <source>Cannot save the setting %1: %2</source>
        <translation>无法保存设置 %1：%2</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>没有打开的事务。</translation>
    </message>
    <message>
        <source>Saving failed, nothing was changed: %1</source>
        <translation>保存失败，数据未作任何改动：%1</translation>
    </message>
    <message>
        <source>The database was written by a newer OneWindow (schema %1; this program knows up to %2). Update the program.</source>
        <translation>该数据库由较新版本的一窗通写入（结构版本 %1，本程序最高支持 %2）。请升级程序。</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed, nothing was changed: %2</source>
        <translation>数据库升级到第 %1 版失败，数据未作任何改动：%2</translation>
    </message>
    <message>
        <source>The database %1 was not upgraded to the new version: the backup before the upgrade failed, nothing was changed. %2</source>
        <translation>数据库 %1 未升级到新版本：升级前的备份失败，未作任何更改。%2</translation>
    </message>
    <message>
        <source>The connection to the database was interrupted during this action; nothing of it was saved. Try again.</source>
        <translation>本次操作过程中与数据库的连接被中断，本次操作的内容均未保存。请重试。</translation>
    </message>
    <message>
        <source>The connection to the database was interrupted while other work of this program (an import or an export) has the file open. Wait until it has finished, then try again.</source>
        <translation>与数据库的连接被中断，而本程序的其他工作（导入或导出）仍打开着该文件。请等其完成后再试。</translation>
    </message>
    <message>
        <source>Cannot open the database %1 again: %2</source>
        <translation>无法重新打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot take the locks on the database %1 again; close the program and start it again.</source>
        <translation>无法重新取得数据库 %1 的锁；请关闭程序后重新启动。</translation>
    </message>
    <message>
        <source>The connection to the database was interrupted; nothing was saved. Try again.</source>
        <translation>与数据库的连接被中断，未保存任何内容。请重试。</translation>
    </message>
    <message>
        <source>Saving failed, nothing was changed: transactions were ended out of order.</source>
        <translation>保存失败，未作任何更改：事务的结束顺序有误。</translation>
    </message>
    <message>
        <source>Another program or another desk has been writing to the database for more than %1 seconds; nothing was saved. Try again when it has finished (an import of a large file can take a minute).</source>
        <translation>另一程序或另一窗口写入数据库已超过 %1 秒，本次未保存任何内容。请等其完成后再试（导入大文件可能需要一分钟）。</translation>
    </message>
    <message>
        <source>The database file or its folder cannot be written (read-only or no permission); nothing was saved. Ask the administrator to check the file&apos;s permissions.</source>
        <translation>数据库文件或其所在文件夹不可写入（只读或没有权限），未保存任何内容。请联系管理员检查文件权限。</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>磁盘已满，未保存任何内容。请清理出空间后再试。</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the database; nothing was saved. Check the disk, then run &quot;onewindow-cli check&quot;.</source>
        <translation>读写数据库时磁盘报告错误，未保存任何内容。请检查磁盘，然后运行“onewindow-cli check”。</translation>
    </message>
    <message>
        <source>The database file is damaged. Stop working with it and restore the latest backup (&quot;onewindow-cli check&quot; names what is wrong).</source>
        <translation>数据库文件已损坏。请停止使用，并恢复最近的备份（“onewindow-cli check”会指出问题所在）。</translation>
    </message>
    <message>
        <source>The change conflicts with a record already saved, so nothing was saved. Open the record again to see its current state (%1).</source>
        <translation>本次修改与已保存的记录冲突，未保存任何内容。请重新打开该记录查看其当前内容（%1）。</translation>
    </message>
    <message>
        <source>The database reported an error (code %1).</source>
        <translation>数据库报告错误（代码 %1）。</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>数据库报告错误：%1</translation>
    </message>
    <message>
        <source>%1 is this center&apos;s database or one of its working files. It cannot be read or written as another file: choose another file name or folder.</source>
        <translation>%1 是本中心的数据库或其工作文件，不能作为其他文件读取或写入：请另选文件名或文件夹。</translation>
    </message>
    <message>
        <source>This OneWindow cannot open databases safely: Qt&apos;s SQLite driver (%1, SQLite %2) uses its own copy of SQLite, not the one the program uses (SQLite %3), and two copies writing one file can damage it. Nothing was opened. Install Qt&apos;s SQLite driver built against the system&apos;s SQLite (on Debian and Ubuntu: the package libqt6sql6-sqlite), or build OneWindow against the same SQLite as Qt.</source>
        <translation>本程序无法安全地打开数据库：Qt 的 SQLite 驱动（%1，SQLite %2）使用自带的另一份 SQLite，而不是本程序使用的 SQLite（%3）；两份 SQLite 同时写一个文件可能损坏它。未打开任何文件。请安装基于系统 SQLite 构建的 Qt SQLite 驱动（Debian 和 Ubuntu 上为 libqt6sql6-sqlite 软件包），或让 OneWindow 与 Qt 使用同一份 SQLite 构建。</translation>
    </message>
    <message>
        <source>The PostgreSQL role %1 does not exist. Create the program&apos;s login role first (docs/postgresql.md).</source>
        <translation>PostgreSQL 角色 %1 不存在。请先创建本程序的登录角色（见 docs/postgresql.md）。</translation>
    </message>
    <message>
        <source>The program&apos;s login role %1 must not be the role that owns the schema and runs the upgrades; use two roles (docs/postgresql.md).</source>
        <translation>本程序的登录角色 %1 不能同时是拥有数据库结构并执行升级的角色，请分设两个角色（见 docs/postgresql.md）。</translation>
    </message>
    <message>
        <source>The database %1 on the server has not been set up for OneWindow. The administrator moves the center onto it with &quot;onewindow-cli migrate --to&quot;, as the owner role.</source>
        <translation>服务器上的数据库 %1 尚未为一窗通建立。请管理员以所有者角色用“onewindow-cli migrate --to”把本中心的数据迁移到该数据库。</translation>
    </message>
    <message>
        <source>The database %1 on the server was set up by a newer version of OneWindow (schema version %2). Install the newer version on this desk to use it.</source>
        <translation>服务器上的数据库 %1 由更新版本的一窗通建立（结构版本 %2）。请在本机安装新版本后再使用。</translation>
    </message>
    <message>
        <source>Saving failed, nothing was changed: the server refused one step of this action. Try again; if it happens again, tell the administrator.</source>
        <translation>保存失败，数据未作任何改动：服务器拒绝了本次操作中的一个步骤。请重试；如再次出现，请告知管理员。</translation>
    </message>
    <message>
        <source>The connection to the center&apos;s server was lost; nothing was saved. Check the network cable or ask the administrator whether the server is running, then try again.</source>
        <translation>与中心服务器的连接已中断，未保存任何内容。请检查网线，或询问管理员服务器是否在运行，然后重试。</translation>
    </message>
    <message>
        <source>Another desk changed the same records at the same moment; nothing was saved. Try again.</source>
        <translation>其他窗口同时修改了相同的记录，未保存任何内容。请重试。</translation>
    </message>
    <message>
        <source>Another desk has been holding these records for too long; nothing was saved. Try again in a moment.</source>
        <translation>其他窗口占用这些记录的时间过长，未保存任何内容。请稍后重试。</translation>
    </message>
    <message>
        <source>The server does not allow this desk&apos;s user to make this change; nothing was saved. Ask the administrator to check the roles of the OneWindow database.</source>
        <translation>服务器不允许本窗口的用户进行此项修改，未保存任何内容。请管理员检查一窗通数据库的角色权限。</translation>
    </message>
    <message>
        <source>The server accepts no changes at the moment (a read-only or standby server); nothing was saved. Ask the administrator.</source>
        <translation>服务器目前不接受修改（只读或备用服务器），未保存任何内容。请询问管理员。</translation>
    </message>
    <message>
        <source>The server is out of disk space or memory; nothing was saved. Tell the administrator.</source>
        <translation>服务器磁盘空间或内存不足，未保存任何内容。请告知管理员。</translation>
    </message>
    <message>
        <source>The server reports damaged data. Stop working and tell the administrator, who restores the latest backup.</source>
        <translation>服务器报告数据已损坏。请停止操作并告知管理员，由管理员恢复最近的备份。</translation>
    </message>
    <message>
        <source>The server reported an error (SQLSTATE %1).</source>
        <translation>服务器报告错误（SQLSTATE %1）。</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>服务器报告错误：%1</translation>
    </message>
    <message>
        <source>The database %1 on the server is at schema version %2, and this program needs version %3. The administrator upgrades it, as the owner role, with &quot;onewindow-cli --db postgresql://OWNER@server/database upgrade&quot; before the desks use it.</source>
        <translation>服务器上的数据库 %1 是结构版本 %2，本程序需要版本 %3。请管理员以属主角色运行“onewindow-cli --db postgresql://OWNER@server/database upgrade”升级后，各窗口再使用。</translation>
    </message>
</context>
<context>
    <name>DeadlineRuleService</name>
    <message>
        <source>the day received</source>
        <translation>受理之日</translation>
    </message>
    <message>
        <source>the day filed</source>
        <translation>立案之日</translation>
    </message>
    <message>
        <source>the day of the response</source>
        <translation>答复之日</translation>
    </message>
    <message>
        <source>the day the agreement takes effect</source>
        <translation>协议生效之日</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>自然日</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Unknown case type &quot;%1&quot;.</source>
        <translation>未知的案件类型“%1”。</translation>
    </message>
    <message>
        <source>Unknown milestone &quot;%1&quot;.</source>
        <translation>未知的期限节点“%1”。</translation>
    </message>
    <message>
        <source>The time limit must be 1 to %1 days, not %2.</source>
        <translation>期限须为 1 至 %1 天，而不是 %2 天。</translation>
    </message>
    <message>
        <source>Count either calendar days or working days.</source>
        <translation>请选择按自然日或按工作日计算。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is counted from %2.</source>
        <translation>“%1”期限从%2起算。</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between start events</comment>
        <translation>或</translation>
    </message>
    <message>
        <source>The extension must be 0 (none) to %1 days, not %2.</source>
        <translation>可延期天数须为 0（不可延期）至 %1 天，而不是 %2 天。</translation>
    </message>
    <message>
        <source>Name the legal source of the time limit, e.g. 信访工作条例 第三十四条.</source>
        <translation>请写明期限的法律依据，例如“信访工作条例 第三十四条”。</translation>
    </message>
    <message>
        <source>Only an administrator may change the deadline rules.</source>
        <translation>只有管理员可以修改期限规则。</translation>
    </message>
</context>
<context>
    <name>DeadlineRulesDialog</name>
    <message>
        <source>Deadline Rules</source>
        <translation>期限规则</translation>
    </message>
    <message>
        <source>The time limit of each milestone per case type, with its legal source; a rule for &quot;any&quot; case type applies to every type. A changed rule applies to deadlines set from now on: deadlines already running keep the rule they were set under.</source>
        <translation>各类案件每个期限节点的天数及其法律依据；“所有案件类型”的规则适用于每一类案件。修改后的规则适用于此后设定的期限；已在计算的期限仍按设定时的规则。</translation>
    </message>
    <message>
        <source>Case Type</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>期限节点</translation>
    </message>
    <message>
        <source>Time Limit</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Counted From</source>
        <translation>起算</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>可延期</translation>
    </message>
    <message>
        <source>Legal Source</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Case t&amp;ype:</source>
        <translation>案件类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Milestone:</source>
        <translation>期限节点(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>期限(&amp;T)：</translation>
    </message>
    <message>
        <source>Counted &amp;from:</source>
        <translation>起算(&amp;F)：</translation>
    </message>
    <message>
        <source>E&amp;xtension:</source>
        <translation>可延期(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Legal source:</source>
        <translation>法律依据(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>The time limit for &quot;%1&quot; of this case type cannot be extended. Close the case or escalate it instead.</source>
        <translation>此类案件的“%1”期限不能延期。请办结或上交。</translation>
    </message>
    <message>
        <source>The milestone has no deadline to extend.</source>
        <translation>该节点没有可延长的期限。</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>办理</translation>
    </message>
    <message>
        <source>Acceptance notice</source>
        <translation>受理告知</translation>
    </message>
    <message>
        <source>Review request</source>
        <translation>复查申请</translation>
    </message>
    <message>
        <source>Judicial confirmation application</source>
        <translation>司法确认申请</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The number of cases must be at least 1.</source>
        <translation>案件数量至少为1。</translation>
    </message>
    <message>
        <source>This site has no townships to put demo cases in.</source>
        <translation>本单位没有可放置演示案件的乡镇。</translation>
    </message>
    <message>
        <source>Demo case %1 could not be saved: %2</source>
        <translation>第 %1 件演示案件无法保存：%2</translation>
    </message>
    <message>
        <source>Synthetic demo case (onewindow-cli demo), not a real visitor</source>
        <translation>演示用合成案件（onewindow-cli demo 生成），并非真实来访</translation>
    </message>
    <message numerus="yes">
        <source>This database holds %n real case(s); demo cases are added only to a database of demo cases. Use a new file: onewindow-cli --db demo.sqlite demo --cases N.</source>
        <translation>
            <numerusform>此数据库已有 %n 件真实案件；演示案件只能加入只有演示案件的数据库。请使用新文件：onewindow-cli --db demo.sqlite demo --cases N。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Cannot create the package file %1: %2</source>
        <translation>无法创建数据包文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot export %1: %2</source>
        <translation>无法导出 %1：%2</translation>
    </message>
    <message>
        <source>Name the package file to write.</source>
        <translation>请指定要写入的数据包文件。</translation>
    </message>
    <message>
        <source>The start date of the export is not a valid date.</source>
        <translation>导出的起始日期不是有效日期。</translation>
    </message>
    <message>
        <source>The package was not written: %1</source>
        <translation>数据包未写入：%1</translation>
    </message>
    <message>
        <source>Cannot write the package file %1.</source>
        <translation>无法写入数据包文件 %1。</translation>
    </message>
    <message>
        <source>The export could not be logged, the package was removed: %1</source>
        <translation>无法记录导出日志，数据包已删除：%1</translation>
    </message>
    <message>
        <source>Cannot read the database schema: %1</source>
        <translation>无法读取数据库结构：%1</translation>
    </message>
    <message>
        <source>The case tables refer to each other in a cycle (%1); they cannot be exchanged.</source>
        <translation>案件相关表之间存在循环引用（%1），无法交换。</translation>
    </message>
    <message>
        <source>The table %1 is missing.</source>
        <translation>缺少表 %1。</translation>
    </message>
    <message>
        <source>Cannot read the package %1.</source>
        <translation>无法读取数据包 %1。</translation>
    </message>
    <message>
        <source>%1 is not a OneWindow package: it is not an SQLite file.</source>
        <translation>%1 不是 OneWindow 数据包：它不是 SQLite 文件。</translation>
    </message>
    <message>
        <source>The package %1 is truncated (%2 of %3 bytes). Ask the township to send it again.</source>
        <translation>数据包 %1 已被截断（只有 %3 字节中的 %2 字节）。请乡镇重新发送。</translation>
    </message>
    <message>
        <source>%1 is not a OneWindow package or is damaged: %2</source>
        <translation>%1 不是 OneWindow 数据包或已损坏：%2</translation>
    </message>
    <message>
        <source>The package %1 is damaged (%2). Ask the township to send it again.</source>
        <translation>数据包 %1 已损坏（%2）。请乡镇重新发送。</translation>
    </message>
    <message>
        <source>%1 is not a OneWindow package: it has no manifest.</source>
        <translation>%1 不是 OneWindow 数据包：其中没有清单（manifest）。</translation>
    </message>
    <message>
        <source>The manifest of %1 cannot be read: %2</source>
        <translation>无法读取 %1 的清单：%2</translation>
    </message>
    <message>
        <source>%1 is not a OneWindow package: its manifest does not name the format.</source>
        <translation>%1 不是 OneWindow 数据包：其清单未注明格式。</translation>
    </message>
    <message>
        <source>The manifest of %1 has no valid format version.</source>
        <translation>%1 的清单中没有有效的格式版本。</translation>
    </message>
    <message>
        <source>The package %1 was written by a newer OneWindow (package format %2; this program reads up to %3). Update the program.</source>
        <translation>数据包 %1 由更新版本的 OneWindow 写入（数据包格式 %2；本程序最高支持 %3）。请升级程序。</translation>
    </message>
    <message>
        <source>The manifest of %1 has no valid schema version.</source>
        <translation>%1 的清单中没有有效的数据库结构版本。</translation>
    </message>
    <message>
        <source>The package %1 was written by a newer OneWindow (database schema %2; this program knows up to %3). Update the program.</source>
        <translation>数据包 %1 由更新版本的 OneWindow 写入（数据库结构 %2；本程序最高支持 %3）。请升级程序。</translation>
    </message>
    <message>
        <source>The manifest of %1 does not say which site wrote it.</source>
        <translation>%1 的清单未注明由哪个中心导出。</translation>
    </message>
    <message>
        <source>The package %1 was changed after export: its tables differ from its manifest.</source>
        <translation>数据包 %1 在导出后被改动：其中的表与清单不符。</translation>
    </message>
    <message>
        <source>The package %1 holds a table this program does not know (%2). Update the program.</source>
        <translation>数据包 %1 含有本程序不认识的表（%2）。请升级程序。</translation>
    </message>
    <message>
        <source>The package %1 holds a column this program does not know (%2.%3). Update the program.</source>
        <translation>数据包 %1 含有本程序不认识的列（%2.%3）。请升级程序。</translation>
    </message>
    <message>
        <source>The table %1 of the package %2 lacks the column %3.</source>
        <translation>数据包 %2 的表 %1 缺少列 %3。</translation>
    </message>
    <message>
        <source>The package %1 was changed after export: table %2 holds %3 rows, its manifest says %4.</source>
        <translation>数据包 %1 在导出后被改动：表 %2 有 %3 行，清单上写的是 %4 行。</translation>
    </message>
    <message>
        <source>The package %1 is damaged: %2</source>
        <translation>数据包 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>The content of %1 was changed after export (the checksum does not match). It is refused; ask the township for a new export.</source>
        <translation>%1 的内容在导出后被改动（校验和不符），已拒绝导入；请乡镇重新导出。</translation>
    </message>
    <message>
        <source>The package %1 is invalid: table %2 holds the key %3 more than once.</source>
        <translation>数据包 %1 无效：表 %2 中主键 %3 出现不止一次。</translation>
    </message>
    <message>
        <source>%1 is this center&apos;s own export (site %2); it cannot be imported here.</source>
        <translation>%1 是本中心自己导出的数据包（站点 %2），不能在此导入。</translation>
    </message>
    <message>
        <source>The package %1 comes from %2 (%3), which is not a township of this county (%4). It is refused.</source>
        <translation>数据包 %1 来自 %2（%3），不是本县（%4）的乡镇，已拒绝导入。</translation>
    </message>
    <message>
        <source>The package file %1 does not exist.</source>
        <translation>数据包文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot compare the package with this database: %1</source>
        <translation>无法将数据包与本数据库比对：%1</translation>
    </message>
    <message>
        <source>The package %1 was refused, nothing was imported: a row of table %2 breaks a rule of this database (%3).</source>
        <translation>数据包 %1 已被拒绝，未导入任何数据：表 %2 中有一行违反本数据库的规则（%3）。</translation>
    </message>
    <message>
        <source>The package %1 is %2 MB, more than the %3 MB a package may have. It was not copied or read; ask the township to send a package since the last export instead.</source>
        <translation>数据包 %1 有 %2 MB，超过数据包允许的 %3 MB。未复制也未读取；请乡镇改为发送自上次导出以来的数据包。</translation>
    </message>
    <message>
        <source>The package %1 is %2 MB, but the disk of the database has only %3 MB free. Nothing was copied; free some space first.</source>
        <translation>数据包 %1 有 %2 MB，但数据库所在磁盘只剩 %3 MB 可用空间。未复制任何内容；请先腾出空间。</translation>
    </message>
    <message>
        <source>Cannot copy the package %1: %2</source>
        <translation>无法复制数据包 %1：%2</translation>
    </message>
    <message>
        <source>The package was not imported: the backup before the import failed. %1</source>
        <translation>数据包未导入：导入前的备份失败。%1</translation>
    </message>
    <message>
        <source>The signing key changed while the package was written; export again.</source>
        <translation>写数据包期间签名密钥发生了变化，请重新导出。</translation>
    </message>
    <message>
        <source>The package %1 from %2 is not signed (it was written by a OneWindow without signatures, or its signature was removed). It is refused; ask the township to update OneWindow and export again.</source>
        <translation>来自 %2 的数据包 %1 未签名（由不支持签名的一窗通版本导出，或签名被删除），已拒收；请乡镇升级一窗通后重新导出。</translation>
    </message>
    <message>
        <source>The package %1 says it comes from %2 and is signed with the key %3, which is not registered here. It is refused. If the township confirms this fingerprint (its &quot;keys show&quot;), register it under Administration → Township keys… or with &quot;onewindow-cli keys add %4 KEY&quot;, then import again.</source>
        <translation>数据包 %1 自称来自 %2，签名密钥 %3 未在本中心登记，已拒收。如乡镇确认此指纹（其“keys show”所示），请在“管理 → 下级单位密钥…”或用“onewindow-cli keys add %4 公钥”登记后重新导入。</translation>
    </message>
    <message>
        <source>The package %1 says it comes from %2, but its key %3 is registered to site %4 %5. It is refused: one township cannot send another&apos;s data.</source>
        <translation>数据包 %1 自称来自 %2，但其密钥 %3 登记在单位 %4 %5 名下，已拒收：一个乡镇不能代替另一个乡镇报送数据。</translation>
    </message>
    <message>
        <source>The package %1 from %2 is signed with the key %3, which was revoked here on %4. It is refused; ask the township to export again with its new key.</source>
        <translation>来自 %2 的数据包 %1 使用密钥 %3 签名，该密钥已于 %4 在本中心吊销，已拒收；请乡镇用新密钥重新导出。</translation>
    </message>
    <message>
        <source>The signature of the package %1 from %2 (key %3) does not match its content: it was changed after it was signed. It is refused; ask the township for a new export.</source>
        <translation>来自 %2 的数据包 %1（密钥 %3）签名与内容不符：签名后内容被改动过，已拒收；请乡镇重新导出。</translation>
    </message>
    <message>
        <source>The package %1 cannot be read: %2</source>
        <translation>无法读取数据包 %1：%2</translation>
    </message>
    <message>
        <source>The package %1 from %2 is refused: row %3 of table %4 carries this county&apos;s own site code %5. A township sends only its own records.</source>
        <translation>来自 %2 的数据包 %1 已拒收：表 %4 的记录 %3 带有本县自己的单位代码 %5。乡镇只能报送本单位的记录。</translation>
    </message>
    <message>
        <source>The package %1 from %2 is refused: row %3 of table %4 was written by site %5, not by %6 or one of its villages. A township sends only its own records.</source>
        <translation>来自 %2 的数据包 %1 已拒收：表 %4 的记录 %3 由单位 %5 录入，不属于 %6 及其所辖村。乡镇只能报送本单位的记录。</translation>
    </message>
    <message>
        <source>The package %1 from %2 is refused: row %3 of table %4 refers (%5) to a record that is not in the package. A township&apos;s rows refer only to its own records, which travel with them.</source>
        <translation>来自 %2 的数据包 %1 已拒收：表 %4 的记录 %3 通过 %5 引用了数据包中没有的记录。乡镇的记录只能引用随包报送的本单位记录。</translation>
    </message>
    <message>
        <source>The package %1 from %2 is refused: row %3 of table %4 has %5 = %6, which is not a value this column holds (row_version is a whole number of at least 1, times are ISO-8601 text).</source>
        <translation>来自 %2 的数据包 %1 已拒收：表 %4 的记录 %3 中 %5 = %6，不是该列允许的值（row_version 须为不小于 1 的整数，时间须为 ISO-8601 文本）。</translation>
    </message>
    <message>
        <source>The package %1 from %2 is refused: the attachment %3 (%4) is %5 MB, more than the %6 MB an attachment may have.</source>
        <translation>来自 %2 的数据包 %1 已拒收：附件 %3（%4）大小为 %5 MB，超过附件上限 %6 MB。</translation>
    </message>
    <message>
        <source>The package %1 from %2 is refused: the attachment %3 (%4) is not a PDF, JPEG or PNG file by its content, whatever its name says (%5).</source>
        <translation>来自 %2 的数据包 %1 已拒收：按文件内容，附件 %3（%4）不是 PDF、JPEG 或 PNG 文件，无论其名称或标注类型（%5）如何。</translation>
    </message>
    <message>
        <source>The package %1 from %2 (%3) is refused: row %4 of table %5 is a record of site %6 here. A package may not overwrite another site&apos;s records.</source>
        <translation>来自 %2（%3）的数据包 %1 已拒收：表 %5 的记录 %4 在本中心属于单位 %6。数据包不能覆盖其他单位的记录。</translation>
    </message>
    <message>
        <source>The package %1 from %2 carries no head of its audit log, but the county has seen that log up to entry %3 (hash %4). It is refused; ask the township to update OneWindow and export again.</source>
        <translation>来自%2的数据包 %1 未附带审计日志头，但县级中心已收到该日志至第 %3 条（哈希 %4）。已拒绝；请该乡镇升级一窗通后重新导出。</translation>
    </message>
    <message>
        <source>The audit log in the package %1 from %2 does not lead to a head signed by its key: it was altered. It is refused; ask the township for a new export.</source>
        <translation>来自%2的数据包 %1 中的审计日志与其密钥签署的日志头不符：已被篡改。已拒绝；请该乡镇重新导出。</translation>
    </message>
    <message>
        <source>The package %1 from %2 is refused: the county last saw the township&apos;s audit log up to entry %3 (hash %4), but this package&apos;s log ends at entry %5. Entries %6 to %3 are missing: the township&apos;s log was cut short, or this package is older than the last one imported.</source>
        <translation>来自%2的数据包 %1 被拒绝：县级中心上次收到该乡镇的审计日志截至第 %3 条（哈希 %4），而本数据包的日志只到第 %5 条。第 %6 条至第 %3 条缺失：该乡镇的日志被截短，或本数据包早于上次导入的数据包。</translation>
    </message>
    <message>
        <source>The package %1 from %2 is refused: the county last saw the township&apos;s audit log up to entry %3 (hash %4), but this package carries that log only from entry %5 on. Entries %6 to %7 are missing: import the packages in between first, or ask the township for a full package.</source>
        <translation>来自%2的数据包 %1 被拒绝：县级中心上次收到该乡镇的审计日志截至第 %3 条（哈希 %4），而本数据包只附带第 %5 条起的日志。第 %6 条至第 %7 条缺失：请先导入其间的数据包，或请该乡镇导出完整数据包。</translation>
    </message>
    <message>
        <source>The package %1 from %2 is refused: the county last saw the township&apos;s audit log up to entry %3 with the hash %4, but in this package entry %3 has the hash %5. The township&apos;s log was rewritten after the county saw it.</source>
        <translation>来自%2的数据包 %1 被拒绝：县级中心上次收到该乡镇的审计日志截至第 %3 条，哈希为 %4，而本数据包中第 %3 条的哈希为 %5。该乡镇的日志在县级中心收到后被改写。</translation>
    </message>
    <message>
        <source>The database is not an open PostgreSQL connection.</source>
        <translation>该数据库不是已打开的 PostgreSQL 连接。</translation>
    </message>
    <message>
        <source>Cannot make a scratch database for the import: %1</source>
        <translation>无法为导入建立临时数据库：%1</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <source>Export Data for the County</source>
        <translation>导出上报数据</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>导出范围</translation>
    </message>
    <message>
        <source>&amp;All records (recommended: a lost package leaves no gap)</source>
        <translation>全部记录(&amp;A)（推荐：即使数据包丢失也不会留下缺口）</translation>
    </message>
    <message>
        <source>Records changed &amp;since</source>
        <translation>自此日期以来变更的记录(&amp;S)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Records changed since the &amp;last export</source>
        <translation>上次导出以来变更的记录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to OneWindow</source>
        <translation>欢迎使用一窗通</translation>
    </message>
    <message>
        <source>The division code of the center, e.g. 150824</source>
        <translation>中心所在行政区划代码，例如 150824</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>层级(&amp;L)：</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>Center &amp;phone:</source>
        <translation>中心电话(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. 0478-6212345 or 12345; printed on receipts</source>
        <translation>如 0478-6212345 或 12345；印在受理回执上</translation>
    </message>
    <message>
        <source>Site c&amp;ode:</source>
        <translation>单位代码(&amp;O)：</translation>
    </message>
    <message>
        <source>No database exists yet. Choose where this desk keeps the center&apos;s data: a file on this computer (one desk), or the center&apos;s PostgreSQL server (several desks). For a file, enter the center; a new database will be created.</source>
        <translation>尚未建立数据库。请选择本机数据的存放位置：本机文件（单机使用），或中心服务器（PostgreSQL，多个窗口共用）。选择本机文件时，请填写本机所属的中心，系统将为其新建数据库。</translation>
    </message>
    <message>
        <source>Local &amp;file (single desk)</source>
        <translation>本机文件（单机）(&amp;F)</translation>
    </message>
    <message>
        <source>Center ser&amp;ver (PostgreSQL)</source>
        <translation>中心服务器（PostgreSQL）(&amp;V)</translation>
    </message>
    <message>
        <source>Center server</source>
        <translation>中心服务器</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <source>postgresql://ow_app@server/onewindow?sslmode=verify-full&amp;sslrootcert=/path/ca.crt</source>
        <translation>postgresql://ow_app@服务器/onewindow?sslmode=verify-full&amp;sslrootcert=/路径/ca.crt</translation>
    </message>
    <message>
        <source>user@server:port/database; sslmode=verify-full and sslrootcert (the CA file) for TLS; a service as ?service=NAME. Never a password: it belongs in ~/.pgpass.</source>
        <translation>格式：用户@服务器:端口/数据库；加密连接（TLS）用 sslmode=verify-full 及 sslrootcert（CA 证书文件）；服务名写作 ?service=名称。不得填写密码，密码应放在 ~/.pgpass 中。</translation>
    </message>
    <message>
        <source>The password is never stored: put it in ~/.pgpass, or type it when asked.</source>
        <translation>本程序不保存密码：请将密码放在 ~/.pgpass 中，或在询问时输入。</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>Follow-up Visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Earlier visits:</source>
        <translation>以往回访：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>回访方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Visitor:</source>
        <translation>回访人(&amp;V)：</translation>
    </message>
    <message>
        <source>Agreement &amp;performed:</source>
        <translation>协议履行情况(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Sat&amp;isfaction:</source>
        <translation>满意度(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>HolidayService</name>
    <message>
        <source>An entry has no valid date.</source>
        <translation>有一条记录没有有效日期。</translation>
    </message>
    <message>
        <source>%1 is not in %2: enter the schedule of one year at a time.</source>
        <translation>%1 不在 %2 年内：请一次录入一年的安排。</translation>
    </message>
    <message>
        <source>%1 is entered twice.</source>
        <translation>%1 录入了两次。</translation>
    </message>
    <message>
        <source>%1 has no name: give the holiday it belongs to, e.g. 春节.</source>
        <translation>%1 没有名称：请填写所属节日，例如“春节”。</translation>
    </message>
    <message>
        <source>%1 is a %2: a make-up working day (调休上班) is always a Saturday or Sunday. Check the date, or enter it as a day off.</source>
        <translation>%1 是%2：调休上班日总在周六或周日。请核对日期，或将其录入为放假。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field never closes.</source>
        <translation>第 %1 行：引号括起的字段没有结束。</translation>
    </message>
    <message>
        <source>Line %1: expected three fields, date,kind,name (e.g. 2027-02-06,holiday,春节); found %2.</source>
        <translation>第 %1 行：应有三个字段“日期,类型,名称”（例如 2027-02-06,holiday,春节），实际为 %2 个。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a date in the form 2027-02-06.</source>
        <translation>第 %1 行：“%2”不是形如 2027-02-06 的日期。</translation>
    </message>
    <message>
        <source>Line %1: the kind must be holiday (a day off) or workday (调休上班), not &quot;%2&quot;.</source>
        <translation>第 %1 行：类型须为 holiday（放假）或 workday（调休上班），而不是“%2”。</translation>
    </message>
    <message>
        <source>The file holds no entries (expected lines such as 2027-02-06,holiday,春节).</source>
        <translation>文件中没有记录（每行应形如 2027-02-06,holiday,春节）。</translation>
    </message>
    <message>
        <source>Only an administrator may change the holiday calendar.</source>
        <translation>只有管理员可以修改节假日安排。</translation>
    </message>
    <message>
        <source>Deadline &quot;%1&quot; moved from %2 to %3: the holiday calendar of %4 changed.</source>
        <translation>“%1”期限由 %2 调整为 %3：%4 年节假日安排已变更。</translation>
    </message>
    <message>
        <source>The holiday calendar has no entries for %1: deadlines in working days count only weekends as days off there, and calendar-day deadlines may end on a holiday. An administrator enters the State Council&apos;s schedule under Administration → Holidays.</source>
        <translation>节假日安排中没有 %1 年的记录：按工作日计算的期限只会把周末当作休息日，按自然日计算的期限可能落在节假日。请管理员在“管理 → 节假日安排…”中录入国务院办公厅公布的安排。</translation>
    </message>
    <message>
        <source>The name of %1</source>
        <translation>%1 的名称</translation>
    </message>
    <message>
        <source>The file has %1 bytes; a holiday file may have at most %2.</source>
        <translation>文件有 %1 字节；节假日文件最多 %2 字节。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <source>Holidays</source>
        <translation>节假日安排</translation>
    </message>
    <message>
        <source>The statutory holidays and make-up working days (调休) of one year, as the General Office of the State Council publishes them each November or December. Working-day deadlines skip the days off and count the make-up working days; a calendar-day deadline that ends on a day off moves to the next working day. Saving a year recomputes the open deadlines of this center&apos;s cases that it moves.</source>
        <translation>一年的法定节假日和调休上班日，以国务院办公厅每年十一月或十二月公布的安排为准。按工作日计算的期限跳过放假日、计入调休上班日；按自然日计算的期限最后一日为休息日的，顺延至下一个工作日。保存一年的安排时，本中心案件中受影响的未到期期限将重新计算。</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Import from File…</source>
        <translation>从文件导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>e.g. 春节</source>
        <translation>例如：春节</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Selected</source>
        <translation>删除所选(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save the Year</source>
        <translation>保存本年(&amp;S)</translation>
    </message>
    <message>
        <source>Holiday &amp;name:</source>
        <translation>节日名称(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>ImportLedgerDialog</name>
    <message>
        <source>Import Ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Chec&amp;k Again</source>
        <translation>重新检查(&amp;K)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Co&amp;py Problems</source>
        <translation>复制问题列表(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose a ledger saved as CSV (UTF-8 or GBK, as Excel and WPS save it; at most 200,000 rows and 100 MB). Every row is checked first; nothing is written unless all rows are valid.</source>
        <translation>请选择另存为 CSV 的台账文件（UTF-8 或 GBK 编码，即 Excel、WPS 的默认格式；最多 200,000 行、100 MB）。导入前先逐行检查；只要有一行有误，就不会写入任何数据。</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Detected: UTF-8 when every byte is valid UTF-8, otherwise GB18030 when the whole file is valid GB18030 (the import then says why). Choose one when the detection is wrong.</source>
        <translation>自动识别：每个字节都是有效的 UTF-8 时按 UTF-8 读取；否则整个文件都是有效的 GB18030 时按 GB18030 读取（导入时会说明原因）。识别不对时请手动选择。</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GB18030 (GBK)</source>
        <translation>GB18030（GBK）</translation>
    </message>
</context>
<context>
    <name>ImportPackageDialog</name>
    <message>
        <source>Import Township Data</source>
        <translation>导入乡镇数据</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>数据包(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose a package (.owpkg) sent by a township. It is checked before anything is imported.</source>
        <translation>请选择乡镇报送的数据包（.owpkg）。导入前会先进行全面检查。</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Window Registration</source>
        <translation>窗口登记</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Receiving window</source>
        <translation>受理窗口</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>纠纷类别</translation>
    </message>
    <message>
        <source>Village / community</source>
        <translation>村（嘎查、社区）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Applicant ID number</source>
        <translation>申请人身份证号</translation>
    </message>
    <message>
        <source>Applicant phone</source>
        <translation>申请人电话</translation>
    </message>
    <message>
        <source>Applicant address</source>
        <translation>申请人住址</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Respondent phone</source>
        <translation>被申请人电话</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>事由摘要</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>More parties (role: applicant, respondent, representative, agent)</source>
        <translation>其他当事人（身份：申请人、被申请人、代表人、代办员）</translation>
    </message>
    <message>
        <source>Add Party</source>
        <translation>添加当事人</translation>
    </message>
    <message>
        <source>Remove Party</source>
        <translation>删除当事人</translation>
    </message>
    <message>
        <source>Accept and Save (Ctrl+S)</source>
        <translation>受理并保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Register for Triage</source>
        <translation>登记待分流</translation>
    </message>
    <message>
        <source>Not Accepted…</source>
        <translation>不予受理…</translation>
    </message>
    <message>
        <source>Print Receipt (Ctrl+P)</source>
        <translation>打印回执（Ctrl+P）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Earlier cases of this person</source>
        <translation>此人以往案件</translation>
    </message>
    <message>
        <source>Record Visit on Selected Case</source>
        <translation>在所选案件上登记来访</translation>
    </message>
    <message>
        <source>Township (sumu, town, subdistrict)</source>
        <translation>乡镇（苏木、街道）</translation>
    </message>
    <message>
        <source>Respondent is</source>
        <translation>被申请人类型</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Domicile</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message>
        <source>Choose the case type.</source>
        <translation>请选择案件类型。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case type.</source>
        <translation>“%1”不是案件类型。</translation>
    </message>
    <message>
        <source>Choose how the case reached the center.</source>
        <translation>请选择案件来源渠道。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source channel.</source>
        <translation>“%1”不是来源渠道。</translation>
    </message>
    <message>
        <source>Choose the dispute category.</source>
        <translation>请选择纠纷类别。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dispute category.</source>
        <translation>“%1”不是纠纷类别。</translation>
    </message>
    <message>
        <source>Choose the township (苏木/镇/街道) where the dispute arose.</source>
        <translation>请选择纠纷发生地所在的苏木/镇/街道。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a township of this center.</source>
        <translation>“%1”不是本中心辖区内的乡镇（苏木、街道）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a village or community of the chosen township.</source>
        <translation>“%1”不是所选乡镇下的村（嘎查、社区）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a receiving window.</source>
        <translation>“%1”不是受理窗口。</translation>
    </message>
    <message>
        <source>Write a short summary of the dispute.</source>
        <translation>请填写简要案情。</translation>
    </message>
    <message>
        <source>The number of people involved must be at least 1.</source>
        <translation>涉及人数至少为 1。</translation>
    </message>
    <message>
        <source>Urgency is normal or urgent.</source>
        <translation>紧急程度只能是一般或紧急。</translation>
    </message>
    <message>
        <source>The date received cannot be in the future.</source>
        <translation>受理日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Write the time as hours:minutes, e.g. 09:30.</source>
        <translation>时间请按“时:分”填写，例如 09:30。</translation>
    </message>
    <message>
        <source>Write down why the case is not accepted; the notice shows it.</source>
        <translation>请写明不予受理的理由，告知书将载明该理由。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a party role.</source>
        <translation>“%1”不是当事人身份。</translation>
    </message>
    <message>
        <source>Write the name.</source>
        <translation>请填写姓名（名称）。</translation>
    </message>
    <message>
        <source>Enter at least one applicant.</source>
        <translation>请至少登记一名申请人。</translation>
    </message>
    <message>
        <source>Representatives are chosen only when 5 or more people come together (信访工作条例 art. 20).</source>
        <translation>涉及人数达 5 人以上才推选代表（《信访工作条例》第二十条）。</translation>
    </message>
    <message>
        <source>At most 5 representatives may be chosen (信访工作条例 art. 20).</source>
        <translation>代表人数不得超过 5 人（《信访工作条例》第二十条）。</translation>
    </message>
    <message>
        <source>Enter at most one proxy agent (信访代办员).</source>
        <translation>最多登记一名信访代办员。</translation>
    </message>
    <message>
        <source>Registered at %1 and accepted as case %2</source>
        <translation>在%1登记并受理，案号 %2</translation>
    </message>
    <message>
        <source>Registered at %1; waiting for triage</source>
        <translation>在%1登记，待分流</translation>
    </message>
    <message>
        <source>Registered at %1 and not accepted: %2</source>
        <translation>在%1登记，不予受理：%2</translation>
    </message>
    <message>
        <source>The case was merged into another case; record the visit there.</source>
        <translation>该案件已合并到另一案件，请在该案件上登记来访。</translation>
    </message>
    <message>
        <source>Visit no. %1 about this case</source>
        <translation>第 %1 次就本案来访</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>纠纷类别</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>所属乡镇</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>所属村社区</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>受理窗口</translation>
    </message>
    <message>
        <source>Dispute summary</source>
        <translation>事由摘要</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Reason for not accepting</source>
        <translation>不予受理理由</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名或名称</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Only an organization has a legal representative. Enter its unified social credit code, or leave the legal representative empty for a person.</source>
        <translation>只有单位才有法定代表人。请填写该单位的统一社会信用代码；当事人是个人的，法定代表人一栏请留空。</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>Protective triggers: ok (%1)</source>
        <translation>保护性触发器：正常（%1 个）</translation>
    </message>
    <message>
        <source>The trigger %1 of the table %2 is missing: it was dropped, and the table is no longer protected.</source>
        <translation>数据表 %2 的触发器 %1 缺失：已被删除，该表不再受保护。</translation>
    </message>
    <message>
        <source>The trigger %1 of the table %2 is not as OneWindow created it: it was replaced.</source>
        <translation>数据表 %2 的触发器 %1 与一窗通创建时不一致：已被替换。</translation>
    </message>
    <message>
        <source>The trigger %1 of the table %2 is not one of OneWindow&apos;s: it was added beside the program.</source>
        <translation>数据表 %2 的触发器 %1 不属于一窗通：系绕过本程序添加。</translation>
    </message>
    <message>
        <source>The anchor of entry %1 signed on %2 names a key this center does not have (%3): the signing keys were altered.</source>
        <translation>%2 签署的第 %1 条审计锚点所用密钥（%3）不属于本中心：签名密钥已被篡改。</translation>
    </message>
    <message>
        <source>The public key %1 in the database is not the one of this account&apos;s key file: the signing keys were replaced, and the anchors prove nothing.</source>
        <translation>数据库中的公钥 %1 与本账户的密钥文件不符：签名密钥已被替换，审计锚点不能作为证明。</translation>
    </message>
    <message>
        <source>The anchor of entry %1 signed on %2 does not verify: it was forged or altered.</source>
        <translation>%2 签署的第 %1 条审计锚点签名验证失败：已被伪造或篡改。</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1, but the anchor signed on %2 covers entry %3: entries %4 to %3 were deleted.</source>
        <translation>审计日志止于第 %1 条，但 %2 签署的锚点覆盖到第 %3 条：第 %4 条至第 %3 条已被删除。</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log has the hash %2, but the anchor signed on %3 says %4: the log was rewritten up to that entry and its chain recomputed.</source>
        <translation>审计日志第 %1 条的哈希为 %2，但 %3 签署的锚点记载为 %4：该条及之前的日志已被改写，哈希链被重新计算。</translation>
    </message>
    <message>
        <source>Signed anchors: none yet (the next package, monthly report or case file signs the head)</source>
        <translation>签名锚点：暂无（下次导出数据包、月报或案卷时签署日志头）</translation>
    </message>
    <message>
        <source>Signed anchors: ok (%1, the last at entry %2 on %3)</source>
        <translation>签名锚点：正常（%1 个，最近一个为第 %2 条，签于 %3）</translation>
    </message>
    <message>
        <source>The user %1 was changed without an audit entry: it differs from its state at entry %2.</source>
        <translation>用户 %1 被修改但没有审计记录：与第 %2 条审计记录时的状态不一致。</translation>
    </message>
    <message>
        <source>The case %1 was changed without an audit entry: it differs from its state at entry %2.</source>
        <translation>案件 %1 被修改但没有审计记录：与第 %2 条审计记录时的状态不一致。</translation>
    </message>
    <message>
        <source>The user %1 was deleted without an audit entry (entry %2 recorded it last).</source>
        <translation>用户 %1 被删除但没有审计记录（最后记载于第 %2 条）。</translation>
    </message>
    <message>
        <source>The case %1 was deleted without an audit entry (entry %2 recorded it last).</source>
        <translation>案件 %1 被删除但没有审计记录（最后记载于第 %2 条）。</translation>
    </message>
    <message>
        <source>The user %1 has no audit entry: it was written beside the program, or its entry %2 was deleted.</source>
        <translation>用户 %1 没有审计记录：系绕过本程序写入，或其第 %2 条审计记录已被删除。</translation>
    </message>
    <message>
        <source>The case %1 has no audit entry: it was written beside the program, or its entry %2 was deleted.</source>
        <translation>案件 %1 没有审计记录：系绕过本程序写入，或其第 %2 条审计记录已被删除。</translation>
    </message>
    <message>
        <source>The audit coverage of users and cases could not be checked: %1</source>
        <translation>无法核查用户和案件的审计覆盖：%1</translation>
    </message>
    <message>
        <source>Audit coverage: ok (%1 users and cases, each with the audit entry of its last change)</source>
        <translation>审计覆盖：正常（%1 个用户和案件，每项最近一次变更均有审计记录）</translation>
    </message>
    <message>
        <source>… and %1 more users and cases that the audit log does not account for (%2 in all).</source>
        <translation>……另有 %1 个用户和案件无审计记录可查（共 %2 个）。</translation>
    </message>
    <message>
        <source>The lock table records wrong passwords for &quot;%1&quot; (%2 since the last lock, %3 lock(s)), but the audit log has no failed sign-in of it: those entries were deleted.</source>
        <translation>锁定表记录了“%1”的密码错误（自上次锁定以来 %2 次，锁定 %3 次），但审计日志中没有其登录失败记录：这些记录已被删除。</translation>
    </message>
    <message>
        <source>The trigger %1 of the table %2 is switched off on the server: the table is no longer protected.</source>
        <translation>数据表 %2 的触发器 %1 在服务器上被停用：该表不再受保护。</translation>
    </message>
    <message>
        <source>The server&apos;s settings cannot be read: %1</source>
        <translation>无法读取服务器的设置：%1</translation>
    </message>
    <message>
        <source>Storage: kept by PostgreSQL %1, with data checksums</source>
        <translation>存储：由 PostgreSQL %1 管理，已启用数据校验和</translation>
    </message>
    <message>
        <source>Storage: kept by PostgreSQL %1, without data checksums (damage on disk shows only when it is read; the server&apos;s administrator can switch them on with pg_checksums)</source>
        <translation>存储：由 PostgreSQL %1 管理，未启用数据校验和（磁盘上的损坏要到读取时才会发现；服务器管理员可用 pg_checksums 启用）</translation>
    </message>
    <message>
        <source>The foreign key %1 of the table %2 is not enforced on the server (switched off or added without validation): its rows may name records that do not exist.</source>
        <translation>数据表 %2 的外键 %1 在服务器上未生效（被停用或未经验证就添加）：其中的行可能引用不存在的记录。</translation>
    </message>
    <message>
        <source>Foreign keys: enforced by the server (%1)</source>
        <translation>外键：由服务器强制执行（%1 个）</translation>
    </message>
    <message>
        <source>The login role&apos;s rights cannot be read: %1</source>
        <translation>无法读取登录角色的权限：%1</translation>
    </message>
    <message>
        <source>Rights: checked as %1, the schema&apos;s owner or a superuser, who may change everything; run check as the program&apos;s login role to check its rights.</source>
        <translation>权限：本次以 %1 检查，它是数据库结构的所有者或超级用户，可以改动一切；请以本程序的登录角色运行 check 来核查其权限。</translation>
    </message>
    <message>
        <source>create or replace objects in the schema (its triggers too)</source>
        <translation>在数据库结构中创建或替换对象（包括触发器）</translation>
    </message>
    <message>
        <source>Rights of the login role %1: ok (the logs append-only, the schema unchangeable)</source>
        <translation>登录角色 %1 的权限：正常（日志只能追加，数据库结构不能改动）</translation>
    </message>
    <message>
        <source>The login role %1 may %2: the server no longer keeps the logs append-only. The owner must revoke that right (docs/postgresql.md, &quot;Schema, migrations and roles&quot;).</source>
        <translation>登录角色 %1 可以 %2：服务器不再保证日志只能追加。请由所有者收回该权限（见 docs/postgresql.md“Schema, migrations and roles”）。</translation>
    </message>
    <message>
        <source>Warning: no backup of this server database is noted in its audit log. Make one now: onewindow-cli --db URL backup, and every night on a timer (docs/postgresql.md, &quot;Backups on a server&quot;).</source>
        <translation>警告：审计日志中没有这个服务器数据库的备份记录。请立即备份：onewindow-cli --db URL backup，并设定每晚定时备份（见 docs/postgresql.md“Backups on a server”）。</translation>
    </message>
    <message>
        <source>Latest server backup: %1 (%2), %3</source>
        <translation>最近一次服务器备份：%1（%2），%3</translation>
    </message>
    <message numerus="yes">
        <source>Warning: the latest server backup is more than %n day(s) old. Make one now: onewindow-cli --db URL backup</source>
        <translation>
            <numerusform>警告：最近一次服务器备份已超过 %n 天。请立即备份：onewindow-cli --db URL backup</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JudicialConfirmationDialog</name>
    <message>
        <source>Judicial Confirmation</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <source>Application period (People&apos;s Mediation Law art. 33)</source>
        <translation>申请期限（《人民调解法》第三十三条）</translation>
    </message>
    <message>
        <source>Agreement effective:</source>
        <translation>协议生效日期：</translation>
    </message>
    <message>
        <source>Apply by:</source>
        <translation>申请截止日期：</translation>
    </message>
    <message>
        <source>&amp;Applied on:</source>
        <translation>申请日期(&amp;A)：</translation>
    </message>
    <message>
        <source>C&amp;ourt:</source>
        <translation>受理法院(&amp;O)：</translation>
    </message>
    <message>
        <source>Court case &amp;no.:</source>
        <translation>法院案号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>裁定结果(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>裁定日期(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>LeaderCaseService</name>
    <message>
        <source>Choose at least one duty of the leader: investigate, handle, resolve, keep stable.</source>
        <translation>请至少选择一项包案职责：包调查、包处理、包化解、包稳定。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duty; the duties are investigate, handle, resolve and stabilize.</source>
        <translation>“%1”不是包案职责；职责为包调查、包处理、包化解、包稳定。</translation>
    </message>
    <message>
        <source>Enter the date by which the leader should have resolved the case.</source>
        <translation>请填写包案化解的目标日期。</translation>
    </message>
    <message>
        <source>The target date %1 has passed; choose today or a later date.</source>
        <translation>目标日期 %1 已过，请选择今天或以后的日期。</translation>
    </message>
    <message>
        <source>The case is &quot;%1&quot;; a leader takes charge of open cases only.</source>
        <translation>案件状态为“%1”；领导只包办理中的案件。</translation>
    </message>
    <message>
        <source>Choose the leader who takes charge of the case.</source>
        <translation>请选择包案领导。</translation>
    </message>
    <message>
        <source>%1 is no longer an active leader here.</source>
        <translation>%1 已不在本中心领导名单中。</translation>
    </message>
    <message>
        <source>%1 %2 already has charge of this case; end that assignment first.</source>
        <translation>本案已由%1%2包案，请先结束该包案。</translation>
    </message>
    <message>
        <source>Leader in charge: %1 %2 (%3), target date %4</source>
        <translation>领导包案：%1%2（%3），目标日期 %4</translation>
    </message>
    <message>
        <source>The assignment could not be read back.</source>
        <translation>无法读取刚保存的包案记录。</translation>
    </message>
    <message>
        <source>Write down what the leader did or decided.</source>
        <translation>请填写包案领导所做的工作或决定。</translation>
    </message>
    <message>
        <source>No leader has charge of this case; a supervisor assigns one first.</source>
        <translation>本案尚无包案领导，请先由中心主任确定包案领导。</translation>
    </message>
    <message>
        <source>Leader %1: %2</source>
        <translation>包案领导%1：%2</translation>
    </message>
    <message>
        <source>Write down how the leader&apos;s charge of the case ended.</source>
        <translation>请填写包案结束的情况。</translation>
    </message>
    <message>
        <source>No leader has charge of this case.</source>
        <translation>本案尚无包案领导。</translation>
    </message>
    <message>
        <source>Leader %1&apos;s charge ended, resolved: %2</source>
        <translation>%1 包案结束，已化解：%2</translation>
    </message>
    <message>
        <source>Leader %1&apos;s charge ended, not resolved: %2</source>
        <translation>%1 包案结束，未化解：%2</translation>
    </message>
</context>
<context>
    <name>LedgerImporter</name>
    <message>
        <source>the date %1 lies in the future</source>
        <translation>日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2</source>
        <translation>“%1”不是有效的%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a configured dispute category</source>
        <translation>“%1”不是已配置的纠纷类别</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a department but not an intake window</source>
        <translation>“%1”是部门，但不是受理窗口</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a department of this site</source>
        <translation>“%1”不是本中心的部门</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a township of %2 (it belongs to %3)</source>
        <translation>“%1”不是%2的乡镇（属于%3）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a township of %2</source>
        <translation>“%1”不是%2的乡镇</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a village or community of %2</source>
        <translation>“%1”不是%2的村（社区）</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of at least 1</source>
        <translation>“%1”不是不小于 1 的整数</translation>
    </message>
    <message>
        <source>required when the status is %1</source>
        <translation>状态为“%1”时必须填写</translation>
    </message>
    <message>
        <source>only a case that has ended has an end date; the status is %1</source>
        <translation>只有已结束的案件才有办结日期；状态为“%1”</translation>
    </message>
    <message>
        <source>only a closed case has an outcome; the status is %1</source>
        <translation>只有已办结的案件才有办结结果；状态为“%1”</translation>
    </message>
    <message>
        <source>only a closed or escalated case has a resolution level; the status is %1</source>
        <translation>只有已办结或已上交的案件才有化解层级；状态为“%1”</translation>
    </message>
    <message>
        <source>an escalated case always has the level %1</source>
        <translation>已上交的案件化解层级只能是“%1”</translation>
    </message>
    <message>
        <source>%1 is before the date received %2</source>
        <translation>%1 早于受理日期 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 是 or 否 (yes or no)</source>
        <translation>“%1”不是“是”或“否”</translation>
    </message>
    <message>
        <source>only a case with the outcome %1 can have a judicial confirmation</source>
        <translation>只有办结结果为“%1”的案件才能有司法确认</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，%2 列：%3</translation>
    </message>
    <message>
        <source>imported %1, unchanged %2, rejected %3</source>
        <translation>导入 %1 条，未变 %2 条，拒绝 %3 条</translation>
    </message>
    <message>
        <source>imported %1, unchanged %2</source>
        <translation>导入 %1 条，未变 %2 条</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>a quoted field starts here and never ends (a missing &quot;)</source>
        <translation>带引号的单元格从这里开始却没有结束（缺少一个 &quot;）</translation>
    </message>
    <message>
        <source>%1 is empty: the first line must hold the column headers.</source>
        <translation>%1 是空文件：第一行必须是列标题。</translation>
    </message>
    <message>
        <source>unknown column</source>
        <translation>未知的列</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>这一列出现了两次</translation>
    </message>
    <message>
        <source>this required column is missing</source>
        <translation>缺少这个必需的列</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>this cell has a value but its column has no header</source>
        <translation>这个单元格有内容，但所在的列没有标题</translation>
    </message>
    <message>
        <source>the row has more cells than the header has columns</source>
        <translation>这一行的单元格比标题的列多</translation>
    </message>
    <message>
        <source>the case number %1 is also on line %2</source>
        <translation>案件编号 %1 在第 %2 行也出现了</translation>
    </message>
    <message>
        <source>case %1 already exists with different content; correct it in the application or give this row another number</source>
        <translation>案件%1已存在且内容不同；请在应用中更正，或给这一行另一个编号</translation>
    </message>
    <message>
        <source>Imported from %1, line %2</source>
        <translation>从 %1 导入，第 %2 行</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>没有导入任何内容：%1</translation>
    </message>
    <message>
        <source>the sequence number of %1 is above %2, the highest a year may have: check the number (each year&apos;s numbers start again at 1)</source>
        <translation>%1 的顺序号大于 %2，超过了一年可有的编号数：请核对编号（每年的编号都从 1 开始）</translation>
    </message>
    <message>
        <source>%1 more problems are not listed: correct the ones above and check the file again.</source>
        <translation>还有 %1 处问题未列出：请先改正上面列出的问题，再检查一次。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a ledger may have at most %3 MB and %4 rows. Split it into several files and import them one by one.</source>
        <translation>%1 有 %2 MB；一个台账文件最多 %3 MB、%4 行。请拆分成几个文件，逐个导入。</translation>
    </message>
    <message>
        <source>no case number is left for %1: the numbers in use reach %2, the highest a year may have; give this row its number, or check the numbers of %1</source>
        <translation>%1 年已没有可用的案件编号：在用的编号已到 %2，是一年的上限；请为这一行填写编号，或核查 %1 年的编号</translation>
    </message>
    <message>
        <source>cannot read this center&apos;s cases from the server; check the connection to the server and import the file again.</source>
        <translation>无法从服务器读取本中心的案件；请检查与服务器的连接，然后重新导入该文件。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OneWindow</source>
        <translation>一窗通</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>乡镇(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>搜索(&amp;E)：</translation>
    </message>
    <message>
        <source>Case number, name, phone or summary</source>
        <translation>案件编号、姓名、电话或事由</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import Ledger…</source>
        <translation>导入台账(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Refresh List</source>
        <translation>刷新列表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About OneWindow</source>
        <translation>关于一窗通(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Mediation</source>
        <translation>调解(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>类别(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>Mediation</name>
    <message>
        <source>There is no case &quot;%1&quot;.</source>
        <translation>没有案件“%1”。</translation>
    </message>
    <message>
        <source>Case %1 is closed and archived, so it cannot be changed. A supervisor can reopen it with a reason.</source>
        <translation>案件 %1 已办结归档，不能修改。中心主任可说明理由后重新打开。</translation>
    </message>
    <message>
        <source>Case %1 has ended (%2) and cannot be changed.</source>
        <translation>案件 %1 已终结（%2），不能修改。</translation>
    </message>
    <message>
        <source>There is no active user &quot;%1&quot;.</source>
        <translation>没有有效用户“%1”。</translation>
    </message>
    <message>
        <source>Only an administrator or a supervisor can change this setting.</source>
        <translation>只有管理员或中心主任可以修改此设置。</translation>
    </message>
    <message>
        <source>The mediator %1 is not on the roster.</source>
        <translation>调解员 %1 不在名册中。</translation>
    </message>
    <message>
        <source>%1 is no longer an active mediator. Choose another mediator.</source>
        <translation>%1 已不是在册调解员，请选择其他调解员。</translation>
    </message>
    <message>
        <source>Mediation room</source>
        <translation>调解室</translation>
    </message>
    <message>
        <source>Named mediation studio</source>
        <translation>品牌调解室</translation>
    </message>
    <message>
        <source>Fast-track court</source>
        <translation>速裁法庭</translation>
    </message>
    <message>
        <source>Counseling room</source>
        <translation>心理咨询室</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>现场调解</translation>
    </message>
    <message>
        <source>Remote video</source>
        <translation>远程视频调解</translation>
    </message>
    <message>
        <source>Continue mediating</source>
        <translation>继续调解</translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <source>Mediation failed</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <source>Mediation terminated</source>
        <translation>终止调解</translation>
    </message>
    <message>
        <source>A party refuses to continue (People&apos;s Mediation Law art. 17)</source>
        <translation>当事人拒绝继续调解（《人民调解法》第十七条）</translation>
    </message>
    <message>
        <source>The parties&apos; positions are too far apart</source>
        <translation>双方分歧过大</translation>
    </message>
    <message>
        <source>The application was withdrawn (Invited Mediation Provisions art. 26)</source>
        <translation>当事人撤回申请（《特邀调解规定》第二十六条）</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>诉讼</translation>
    </message>
    <message>
        <source>Arbitration</source>
        <translation>仲裁</translation>
    </message>
    <message>
        <source>Administrative handling</source>
        <translation>行政途径</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>上门回访</translation>
    </message>
    <message>
        <source>At the center</source>
        <translation>来中心回访</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>Partly performed</source>
        <translation>部分履行</translation>
    </message>
    <message>
        <source>Not performed</source>
        <translation>未履行</translation>
    </message>
    <message>
        <source>Type the mediator&apos;s name.</source>
        <translation>请填写调解员姓名。</translation>
    </message>
    <message>
        <source>Type the name of the room or place.</source>
        <translation>请填写调解室或地点名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of room. Choose one of: %2.</source>
        <translation>“%1”不是调解场所类型。请从以下选择：%2。</translation>
    </message>
    <message>
        <source>Enter the date of the mediation session.</source>
        <translation>请填写调解日期。</translation>
    </message>
    <message>
        <source>The session date %1 is in the future. Record a session after it has taken place.</source>
        <translation>调解日期 %1 在将来。请在调解结束后再记录。</translation>
    </message>
    <message>
        <source>The session date %1 is before the case was received (%2).</source>
        <translation>调解日期 %1 早于案件受理日期（%2）。</translation>
    </message>
    <message>
        <source>Enter the time the session started.</source>
        <translation>请填写调解开始时间。</translation>
    </message>
    <message>
        <source>The session ends (%1) before it starts (%2).</source>
        <translation>调解结束时间（%1）早于开始时间（%2）。</translation>
    </message>
    <message>
        <source>The chosen room does not exist.</source>
        <translation>所选调解室不存在。</translation>
    </message>
    <message>
        <source>Choose a room or type the place where the session was held.</source>
        <translation>请选择调解室或填写调解地点。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mediation type. Choose one of: %2.</source>
        <translation>“%1”不是调解类型。请从以下选择：%2。</translation>
    </message>
    <message>
        <source>Choose at least one mediator for the session.</source>
        <translation>请至少选择一名调解员。</translation>
    </message>
    <message>
        <source>Write the mediation record (调解记录): what the parties said and what was agreed or not.</source>
        <translation>请填写调解记录：当事人陈述的内容以及是否达成一致。</translation>
    </message>
    <message>
        <source>Choose the result of the session: continue, agreement reached, failed or terminated.</source>
        <translation>请选择调解结果：继续调解、达成协议、调解不成或终止调解。</translation>
    </message>
    <message>
        <source>A terminated mediation needs its reason: a party refuses to continue, the positions are too far apart, or the application was withdrawn.</source>
        <translation>终止调解须写明原因：当事人拒绝继续调解、双方分歧过大或当事人撤回申请。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a route. Choose litigation, arbitration or administrative handling.</source>
        <translation>“%1”不是救济途径。请选择诉讼、仲裁或行政途径。</translation>
    </message>
    <message>
        <source>A failed mediation must record which route the parties were told about: litigation, arbitration or administrative handling.</source>
        <translation>调解不成的，须记录已告知当事人的救济途径：诉讼、仲裁或行政途径。</translation>
    </message>
    <message>
        <source>Session %1 on %2: %3</source>
        <translation>第%1次调解（%2）：%3</translation>
    </message>
    <message>
        <source>This agreement may concern personal status or title to property (%1). A court does not confirm agreements on marriage, adoption, homestead or land title (Interpretation of the Civil Procedure Law art. 355); advise the parties before they apply for judicial confirmation.</source>
        <translation>该协议可能涉及身份关系或物权归属（%1）。人民法院对涉及婚姻、收养、宅基地或土地权属的调解协议不予司法确认（《民诉法解释》第三百五十五条），请在当事人申请司法确认前予以告知。</translation>
    </message>
    <message>
        <source>An agreement is either written (People&apos;s Mediation Law art. 29) or oral (art. 28).</source>
        <translation>调解协议为书面协议（《人民调解法》第二十九条）或口头协议（第二十八条）。</translation>
    </message>
    <message>
        <source>Enter the date the agreement takes effect (the date all parties signed it).</source>
        <translation>请填写协议生效日期（各方签字之日）。</translation>
    </message>
    <message>
        <source>The agreement&apos;s effective date %1 is in the future.</source>
        <translation>协议生效日期 %1 在将来。</translation>
    </message>
    <message>
        <source>The agreement takes effect (%1) before the case was received (%2).</source>
        <translation>协议生效日期（%1）早于案件受理日期（%2）。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>the particulars of both parties (at least two named parties)</source>
        <translation>双方当事人的基本情况（至少两名当事人）</translation>
    </message>
    <message>
        <source>the main facts of the dispute</source>
        <translation>纠纷的主要事实</translation>
    </message>
    <message>
        <source>the points in dispute and each party&apos;s responsibility</source>
        <translation>争议事项及各方当事人的责任</translation>
    </message>
    <message>
        <source>the terms agreed</source>
        <translation>达成协议的内容</translation>
    </message>
    <message>
        <source>how the terms are performed</source>
        <translation>履行方式</translation>
    </message>
    <message>
        <source>the deadline for performance</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <source>The written agreement (People&apos;s Mediation Law art. 29) lacks: %1.</source>
        <translation>书面调解协议（《人民调解法》第二十九条）缺少：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The performance deadline %1 is before the agreement takes effect (%2).</source>
        <translation>履行期限 %1 早于协议生效日期（%2）。</translation>
    </message>
    <message>
        <source>Record the content of the oral agreement (People&apos;s Mediation Law art. 28).</source>
        <translation>请记录口头协议的内容（《人民调解法》第二十八条）。</translation>
    </message>
    <message>
        <source>The agreement needs at least %1 copies: one for each of the %2 parties and one kept by the mediation committee.</source>
        <translation>调解协议至少需 %1 份：%2 方当事人各执一份，调解委员会留存一份。</translation>
    </message>
    <message>
        <source>Written agreement effective %1</source>
        <translation>书面调解协议于 %1 生效</translation>
    </message>
    <message>
        <source>Oral agreement effective %1</source>
        <translation>口头调解协议于 %1 生效</translation>
    </message>
    <message>
        <source>, amount %1 yuan</source>
        <translation>，金额 %1 元</translation>
    </message>
    <message>
        <source>Judicial confirmation needs a written mediation agreement. Record the agreement first.</source>
        <translation>司法确认须有书面调解协议。请先记录调解协议。</translation>
    </message>
    <message>
        <source>Enter the date the parties applied to the court.</source>
        <translation>请填写当事人向法院申请的日期。</translation>
    </message>
    <message>
        <source>The application date %1 is before the agreement took effect (%2).</source>
        <translation>申请日期 %1 早于协议生效日期（%2）。</translation>
    </message>
    <message>
        <source>The application date %1 is in the future.</source>
        <translation>申请日期 %1 在将来。</translation>
    </message>
    <message>
        <source>Enter the court the parties applied to.</source>
        <translation>请填写受理申请的人民法院。</translation>
    </message>
    <message>
        <source>The court&apos;s decision is either granted or refused.</source>
        <translation>法院裁定结果为确认有效或驳回申请。</translation>
    </message>
    <message>
        <source>Enter both the decision date and the result, or neither while the court has not decided.</source>
        <translation>请同时填写裁定日期和结果；法院尚未裁定的，两项均不填。</translation>
    </message>
    <message>
        <source>The decision date %1 is before the application date %2.</source>
        <translation>裁定日期 %1 早于申请日期 %2。</translation>
    </message>
    <message>
        <source>The application was made after the 30-day period (due %1, People&apos;s Mediation Law art. 33); the court may not accept it.</source>
        <translation>申请已超过30日期限（截止 %1，《人民调解法》第三十三条），法院可能不予受理。</translation>
    </message>
    <message>
        <source>Judicial confirmation applied %1 at %2</source>
        <translation>%1 向%2申请司法确认</translation>
    </message>
    <message>
        <source>, granted %1</source>
        <translation>，%1 裁定确认有效</translation>
    </message>
    <message>
        <source>, refused %1</source>
        <translation>，%1 裁定驳回</translation>
    </message>
    <message>
        <source>Enter the date the performance was checked (not in the future).</source>
        <translation>请填写核实履行情况的日期（不能在将来）。</translation>
    </message>
    <message>
        <source>Choose whether the agreement was performed, partly performed or not performed.</source>
        <translation>请选择协议已履行、部分履行或未履行。</translation>
    </message>
    <message>
        <source>Performance %1: %2</source>
        <translation>履行情况 %1：%2</translation>
    </message>
    <message>
        <source>Enter the date of the follow-up visit.</source>
        <translation>请填写回访日期。</translation>
    </message>
    <message>
        <source>The follow-up date %1 is in the future.</source>
        <translation>回访日期 %1 在将来。</translation>
    </message>
    <message>
        <source>The follow-up date %1 is before the case was received (%2).</source>
        <translation>回访日期 %1 早于案件受理日期（%2）。</translation>
    </message>
    <message>
        <source>Choose how the follow-up was made: phone, home visit or at the center.</source>
        <translation>请选择回访方式：电话、上门回访或来中心回访。</translation>
    </message>
    <message>
        <source>Enter who made the follow-up visit.</source>
        <translation>请填写回访人。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a satisfaction level. Choose one of: %2.</source>
        <translation>“%1”不是满意度。请从以下选择：%2。</translation>
    </message>
    <message>
        <source>Follow-up %1 (%2) by %3: %4</source>
        <translation>回访 %1（%2，回访人 %3）：%4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case type.</source>
        <translation>“%1”不是案件类型。</translation>
    </message>
    <message>
        <source>No mediator is on the roster yet. An administrator or a supervisor adds mediators and rooms under Administration → Mediators and Rooms…; then choose the mediators here.</source>
        <translation>调解员名册还是空的。请管理员或中心主任在“管理 → 调解员与调解室…”中添加调解员和调解室，然后在此选择调解员。</translation>
    </message>
    <message>
        <source>%1 saved the mediation agreement of case %2 at %3 while you had it open. Nothing of yours was saved; close the form and open it again to see their version, then redo your changes.</source>
        <translation>在您打开期间，%1 于 %3 保存了案件 %2 的调解协议。您的修改未保存；请关闭表单后重新打开，查看对方保存的内容，再重新修改。</translation>
    </message>
    <message>
        <source>the mediator %1</source>
        <translation>调解员 %1</translation>
    </message>
    <message>
        <source>the room %1</source>
        <translation>调解室 %1</translation>
    </message>
</context>
<context>
    <name>MediationDocuments</name>
    <message>
        <source>%1-%2-%3</source>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>身份证号码：%1</translation>
    </message>
    <message>
        <source>Credit code: %1</source>
        <translation>统一社会信用代码：%1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>住址：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>联系电话：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation>%1方</translation>
    </message>
    <message>
        <source>- %1 -</source>
        <translation>- %1 -</translation>
    </message>
    <message>
        <source>Case %1 has no mediation agreement yet.</source>
        <translation>案件 %1 还没有调解协议。</translation>
    </message>
    <message>
        <source>People&apos;s Mediation Agreement</source>
        <translation>人民调解协议书</translation>
    </message>
    <message>
        <source>Record of an Oral Mediation Agreement</source>
        <translation>口头调解协议登记表</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>Main facts of the dispute:</source>
        <translation>纠纷主要事实：</translation>
    </message>
    <message>
        <source>Points in dispute and responsibility:</source>
        <translation>争议事项及责任：</translation>
    </message>
    <message>
        <source>Through mediation, the parties voluntarily agree as follows:</source>
        <translation>经调解，双方当事人自愿达成如下协议：</translation>
    </message>
    <message>
        <source>Amount: RMB %1 yuan (in words: %2).</source>
        <translation>金额：人民币 %1 元（大写：%2）。</translation>
    </message>
    <message>
        <source>Manner of performance: </source>
        <translation>履行方式：</translation>
    </message>
    <message>
        <source>Place of performance: </source>
        <translation>履行地点：</translation>
    </message>
    <message>
        <source>Performance deadline: </source>
        <translation>履行期限：</translation>
    </message>
    <message>
        <source>This agreement takes effect when the parties have signed, sealed or put their fingerprints on it and the mediator has signed it and the mediation committee has sealed it. The parties may jointly apply to a people&apos;s court for judicial confirmation within 30 days of its taking effect.</source>
        <translation>本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。双方当事人可以自本协议生效之日起三十日内共同向人民法院申请司法确认。</translation>
    </message>
    <message>
        <source>This agreement is made in %1 copies: one for each party and one kept by the people&apos;s mediation committee.</source>
        <translation>本协议一式%1份，当事人各执一份，人民调解委员会留存一份。</translation>
    </message>
    <message>
        <source>Content of the oral agreement:</source>
        <translation>口头协议内容：</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>(seal of the people&apos;s mediation committee)</source>
        <translation>人民调解委员会（印）</translation>
    </message>
    <message>
        <source>Case %1 has no petition handling opinion.</source>
        <translation>案件 %1 没有信访处理意见书。</translation>
    </message>
    <message>
        <source>Petition Handling Opinion</source>
        <translation>信访事项处理意见书</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Your request:</source>
        <translation>你的信访请求：</translation>
    </message>
    <message>
        <source>Facts found and reasons:</source>
        <translation>经调查核实的事实和理由：</translation>
    </message>
    <message>
        <source>Decision: </source>
        <translation>处理意见：</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>处理依据：</translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
    <message>
        <source>Mediation agreement</source>
        <translation>调解协议书</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>大小：%1 字节</translation>
    </message>
    <message>
        <source>%1: %2 dispute</source>
        <translation>%1%2纠纷</translation>
    </message>
    <message>
        <source>%1 and %2: %3 dispute</source>
        <translation>%1与%2%3纠纷</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Case registration form</source>
        <translation>受理登记表</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>One-case code</source>
        <translation>一案一码</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Township / village</source>
        <translation>乡镇/村</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Summary of the dispute</source>
        <translation>纠纷简要情况</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请书</translation>
    </message>
    <message>
        <source>Notice of the parties&apos; rights and obligations</source>
        <translation>权利义务告知书</translation>
    </message>
    <message>
        <source>In people&apos;s mediation the parties have the following rights (People&apos;s Mediation Law art. 23):</source>
        <translation>在人民调解活动中，当事人享有下列权利（《人民调解法》第二十三条）：</translation>
    </message>
    <message>
        <source>1. to choose or accept a mediator;</source>
        <translation>一、选择或者接受人民调解员；</translation>
    </message>
    <message>
        <source>2. to accept mediation, refuse it or ask for it to end;</source>
        <translation>二、接受调解、拒绝调解或者要求终止调解；</translation>
    </message>
    <message>
        <source>3. to ask for the mediation to be held in public or not;</source>
        <translation>三、要求调解公开进行或者不公开进行；</translation>
    </message>
    <message>
        <source>4. to express their will freely and reach an agreement voluntarily.</source>
        <translation>四、自主表达意愿、自愿达成调解协议。</translation>
    </message>
    <message>
        <source>and the following obligations (art. 24):</source>
        <translation>当事人应当履行下列义务（第二十四条）：</translation>
    </message>
    <message>
        <source>1. to state the facts of the dispute truthfully;</source>
        <translation>一、如实陈述纠纷事实；</translation>
    </message>
    <message>
        <source>2. to keep order during mediation and respect the mediator;</source>
        <translation>二、遵守调解现场秩序，尊重人民调解员；</translation>
    </message>
    <message>
        <source>3. to respect the other party&apos;s exercise of its rights.</source>
        <translation>三、尊重对方当事人行使权利。</translation>
    </message>
    <message>
        <source>Parties (signature): ____________</source>
        <translation>当事人（签名）：____________</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>身份证明</translation>
    </message>
    <message>
        <source>Investigation records</source>
        <translation>调查笔录</translation>
    </message>
    <message>
        <source>Mediation records</source>
        <translation>调解笔录</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>第%1次调解</translation>
    </message>
    <message>
        <source>Time: %1 %2%3; place: %4; type: %5</source>
        <translation>时间：%1 %2%3；地点：%4；类型：%5</translation>
    </message>
    <message>
        <source>Mediators: %1; present: %2</source>
        <translation>调解员：%1；到场人员：%2</translation>
    </message>
    <message>
        <source>; the parties were told about: %1</source>
        <translation>；已告知当事人：%1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Proof of performance</source>
        <translation>履行凭证</translation>
    </message>
    <message>
        <source>, %1 yuan</source>
        <translation>，%1 元</translation>
    </message>
    <message>
        <source>Follow-up record</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>%1, %2, by %3: %4</source>
        <translation>%1，%2，回访人 %3：%4</translation>
    </message>
    <message>
        <source>Performance: %1</source>
        <translation>履行情况：%1</translation>
    </message>
    <message>
        <source>Applied on %1 to %2; court case number: %3</source>
        <translation>%1 向%2申请司法确认；法院案号：%3</translation>
    </message>
    <message>
        <source>Confirmed (valid) on %1.</source>
        <translation>%1 裁定调解协议有效。</translation>
    </message>
    <message>
        <source>Refused on %1.</source>
        <translation>%1 裁定驳回申请。</translation>
    </message>
    <message>
        <source>The court has not decided yet.</source>
        <translation>法院尚未作出裁定。</translation>
    </message>
    <message>
        <source>Explanatory notes</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Closed on %1 by %2. Outcome: %3; resolved at: %4.</source>
        <translation>%1 由 %2 结案。办结结果：%3；化解层级：%4。</translation>
    </message>
    <message>
        <source>People&apos;s Mediation Case File</source>
        <translation>人民调解卷宗</translation>
    </message>
    <message>
        <source>Volume name</source>
        <translation>卷名</translation>
    </message>
    <message>
        <source>Volume number</source>
        <translation>卷号</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Compiled by</source>
        <translation>立卷人</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Back cover</source>
        <translation>备考表</translation>
    </message>
    <message>
        <source>This volume has %1 pages in total.</source>
        <translation>本卷共 %1 页。</translation>
    </message>
    <message>
        <source>Compiled by: %1</source>
        <translation>立卷人：%1</translation>
    </message>
    <message>
        <source>Checked by: ____________</source>
        <translation>检查人：____________</translation>
    </message>
    <message>
        <source>Evidence material</source>
        <translation>证据材料</translation>
    </message>
    <message>
        <source>Judicial confirmation material</source>
        <translation>司法确认材料</translation>
    </message>
    <message>
        <source>Contents of the volume</source>
        <translation>卷内目录</translation>
    </message>
    <message>
        <source>Documents in the volume</source>
        <translation>文件材料名称</translation>
    </message>
    <message>
        <source>Page no.</source>
        <translation>页号</translation>
    </message>
    <message>
        <source>%1 (signature, seal or fingerprint): ________</source>
        <translation>%1（签名、盖章或按指印）：________</translation>
    </message>
    <message>
        <source>Mediator (signature): %1 ________</source>
        <translation>人民调解员（签名）：%1 ________</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>This attachment could not be read as a PDF. Print it from the case&apos;s attachments and insert it here.</source>
        <translation>此附件无法作为 PDF 读取。请从案件附件中打印后插入此处。</translation>
    </message>
    <message>
        <source>Attachment &quot;%1&quot; could not be read as a PDF; a page lists it instead.</source>
        <translation>附件“%1”无法作为 PDF 读取，已以一页说明代替。</translation>
    </message>
    <message>
        <source>%1 (seal)</source>
        <translation>%1（印）</translation>
    </message>
    <message>
        <source>Feedback of the co-handling departments</source>
        <translation>协办部门反馈</translation>
    </message>
    <message>
        <source>Domicile: %1</source>
        <translation>住所：%1</translation>
    </message>
    <message>
        <source>Legal representative: %1</source>
        <translation>法定代表人：%1</translation>
    </message>
    <message>
        <source>Leader&apos;s reception</source>
        <translation>领导接访</translation>
    </message>
    <message>
        <source>%1 %2, %3 (%4)</source>
        <translation>%1 %2，%3（%4）</translation>
    </message>
</context>
<context>
    <name>MediationMenu</name>
    <message>
        <source>Record Mediation Session…</source>
        <translation>记录调解…</translation>
    </message>
    <message>
        <source>Close Case…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <source>Agreement Preview…</source>
        <translation>调解协议书预览…</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>调解协议书</translation>
    </message>
    <message>
        <source>Export Bound Case File (PDF)…</source>
        <translation>导出卷宗（PDF）…</translation>
    </message>
    <message>
        <source>Export Bound Case File</source>
        <translation>导出卷宗</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Bound Case File</source>
        <translation>卷宗</translation>
    </message>
    <message>
        <source>Mediation Agreement…</source>
        <translation>调解协议书…</translation>
    </message>
    <message>
        <source>Judicial Confirmation…</source>
        <translation>司法确认…</translation>
    </message>
    <message>
        <source>Performance of the Agreement…</source>
        <translation>履行情况…</translation>
    </message>
    <message>
        <source>Follow-up Visit…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <source>Attachments…</source>
        <translation>附件…</translation>
    </message>
    <message>
        <source>Mediators and Rooms…</source>
        <translation>调解员与调解室…</translation>
    </message>
    <message>
        <source>No Mediators Yet</source>
        <translation>尚无调解员</translation>
    </message>
    <message>
        <source>No mediator is on the roster yet, so no session can be recorded. Add mediators and rooms now (Administration → Mediators and Rooms…)?</source>
        <translation>调解员名册还是空的，无法记录调解。现在添加调解员和调解室吗（管理 → 调解员与调解室…）？</translation>
    </message>
    <message>
        <source>case-file</source>
        <translation>卷宗</translation>
    </message>
</context>
<context>
    <name>MediationRecordForm</name>
    <message>
        <source>e.g. 12,000.50 — leave empty when there is none</source>
        <translation>如 12,000.50；没有金额的不填</translation>
    </message>
    <message>
        <source>In capitals: %1</source>
        <translation>大写：%1</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>还剩 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>(not set: type a date or pick one)</source>
        <translation>（未填写，可输入或选日期）</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan. Type it like 1,234.50 or 1234.5元 (at most two decimals, no minus sign).</source>
        <translation>“%1”不是以元为单位的金额。请按 1,234.50 或 1234.5元 的格式填写（最多两位小数，不能为负）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than a fen (0.01 yuan).</source>
        <translation>“%1”的小数位超过了分（0.01元）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for an amount in yuan.</source>
        <translation>“%1”金额过大。</translation>
    </message>
</context>
<context>
    <name>PerformanceDialog</name>
    <message>
        <source>Performance of the Agreement</source>
        <translation>协议履行情况</translation>
    </message>
    <message>
        <source>What the agreement requires</source>
        <translation>协议约定</translation>
    </message>
    <message>
        <source>Perform by:</source>
        <translation>履行期限：</translation>
    </message>
    <message>
        <source>Amount agreed:</source>
        <translation>协议金额：</translation>
    </message>
    <message>
        <source>How and where:</source>
        <translation>履行方式、地点：</translation>
    </message>
    <message>
        <source>Checks recorded &amp;so far:</source>
        <translation>已有的履行核实记录(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Checked on:</source>
        <translation>核实日期(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Performed:</source>
        <translation>履行情况(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Amount paid (yuan):</source>
        <translation>已履行金额（元）(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Your role (%1) may not %2. This is for: %3.</source>
        <translation>您的角色（%1）无权%2。此操作限于：%3。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>the local server</source>
        <translation>本机服务器</translation>
    </message>
    <message>
        <source>(the account&apos;s name)</source>
        <translation>（与系统账户同名的用户）</translation>
    </message>
    <message>
        <source>This computer cannot connect to PostgreSQL: Qt&apos;s PostgreSQL driver (QPSQL) is not installed. Install the package libqt6sql6-psql (Debian, Ubuntu: apt install libqt6sql6-psql) and try again.</source>
        <translation>本机无法连接 PostgreSQL：未安装 Qt 的 PostgreSQL 驱动（QPSQL）。请安装软件包 libqt6sql6-psql（Debian、Ubuntu：apt install libqt6sql6-psql）后重试。</translation>
    </message>
    <message>
        <source>There is no PostgreSQL server at the socket folder %1 (port %2): the server is not running, or the folder or the port is wrong.</source>
        <translation>套接字目录 %1（端口 %2）上没有 PostgreSQL 服务器：服务器没有运行，或目录、端口有误。</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: it is not running, the name or the port is wrong, or the network or a firewall stands between. Check them with the server&apos;s administrator.</source>
        <translation>服务器 %1 无法连通：服务器没有运行、名称或端口有误，或被网络、防火墙阻断。请与服务器管理员核对。</translation>
    </message>
    <message>
        <source>The server asks for the password of %1, and none was given. Put it in the password file ~/.pgpass (mode 0600, or the file named by PGPASSFILE) as a line server:port:database:user:password, or in a PostgreSQL service file; or type it when OneWindow asks. OneWindow never stores it.</source>
        <translation>服务器要求 %1 的密码，但未提供密码。请将密码写入密码文件 ~/.pgpass（权限 0600，或 PGPASSFILE 指定的文件），格式为一行“服务器:端口:数据库:用户:密码”，或写入 PostgreSQL 服务文件；也可在一窗通询问时输入。一窗通不保存密码。</translation>
    </message>
    <message>
        <source>The server refused the sign-in of %1: the password is wrong, or this user may not sign in so. Correct the line for this server in ~/.pgpass, or ask the server&apos;s administrator.</source>
        <translation>服务器拒绝了 %1 的登录：密码错误，或该用户不能以此方式登录。请更正 ~/.pgpass 中该服务器的一行，或联系服务器管理员。</translation>
    </message>
    <message>
        <source>The server does not accept %1 for the database %2 from this computer (its pg_hba.conf has no line for it). Ask the server&apos;s administrator to let this desk in.</source>
        <translation>服务器不接受本机以 %1 连接数据库 %2（其 pg_hba.conf 中没有相应规则）。请联系服务器管理员为本窗口开通。</translation>
    </message>
    <message>
        <source>The server has no user %1. Check the user name, or ask the server&apos;s administrator to create it.</source>
        <translation>服务器上没有用户 %1。请核对用户名，或请服务器管理员创建。</translation>
    </message>
    <message>
        <source>The server %1 has no database %2. Check the name, or ask the server&apos;s administrator to create it.</source>
        <translation>服务器 %1 上没有数据库 %2。请核对名称，或请服务器管理员创建。</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 could not be set up or verified: the server does not offer TLS, its certificate is not signed by the CA file given (sslrootcert), or it is not made out to the server name used. Check the CA file, and connect with the name the certificate names.</source>
        <translation>与 %1 的加密连接（TLS）无法建立或核验：服务器未提供 TLS，或其证书不是由所给 CA 证书文件（sslrootcert）签发，或证书上的名称与所用服务器名称不符。请核对 CA 证书文件，并使用证书上的服务器名称连接。</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1.</source>
        <translation>无法连接服务器 %1。</translation>
    </message>
    <message>
        <source>The server or driver said: %1</source>
        <translation>服务器或驱动的原话：%1</translation>
    </message>
    <message>
        <source>encrypted (TLS)</source>
        <translation>已加密（TLS）</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 at %2, database %3 as %4; the connection is %5.</source>
        <translation>已连接到 PostgreSQL %1：服务器 %2，数据库 %3，用户 %4；连接%5。</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Acceptance Notice of a Petition</source>
        <translation>信访事项受理告知书</translation>
    </message>
    <message>
        <source>Acceptance Receipt</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>(not numbered)</source>
        <translation>（未编号）</translation>
    </message>
    <message>
        <source>One-case code</source>
        <translation>一案一码</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>简要案情</translation>
    </message>
    <message>
        <source>Handling department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>Response due by</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Center phone</source>
        <translation>中心电话</translation>
    </message>
    <message>
        <source>Your petition has been accepted. You will receive a written reply within the time limit above (信访工作条例 art. 32–34).</source>
        <translation>您的信访事项已受理，我们将在上述期限内书面答复（《信访工作条例》第三十二条至第三十四条）。</translation>
    </message>
    <message>
        <source>Your matter has been registered and accepted. Keep this receipt; scan the code or quote the case number to ask about its progress.</source>
        <translation>您反映的事项已登记受理。请妥善保管本回执，扫码或凭案号可查询办理进度。</translation>
    </message>
    <message>
        <source>The receipt could not be written to %1.</source>
        <translation>回执无法写入 %1。</translation>
    </message>
    <message>
        <source>Notice of Non-Acceptance</source>
        <translation>不予受理告知书</translation>
    </message>
    <message>
        <source>Reason for not accepting</source>
        <translation>不予受理理由</translation>
    </message>
    <message>
        <source>Your matter has not been accepted for the reason above. You may bring it to the competent body or ask this center how to proceed.</source>
        <translation>您反映的事项因上述理由不予受理。您可以向有权处理的机关提出，或向本中心咨询办理途径。</translation>
    </message>
    <message>
        <source>To be assigned at triage</source>
        <translation>待分流</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>受理人</translation>
    </message>
</context>
<context>
    <name>ReceptionDocuments</name>
    <message>
        <source>Leader&apos;s reception record</source>
        <translation>领导接访记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>接访领导</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>接访事项</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接访情况</translation>
    </message>
    <message>
        <source>%1 case(s), %2 visitor(s)</source>
        <translation>受理案件 %1 件，来访群众 %2 人</translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation>受理案件</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Case number / applicant</source>
        <translation>案件编号／申请人</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>反映事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>%1 (%2 people)</source>
        <translation>%1（%2 人）</translation>
    </message>
    <message>
        <source>No case was received at this reception.</source>
        <translation>本场接访未受理案件。</translation>
    </message>
    <message>
        <source>Receiving leader (signature): ____________</source>
        <translation>接访领导（签字）：____________</translation>
    </message>
    <message>
        <source>Recorded by: ____________</source>
        <translation>记录人：____________</translation>
    </message>
</context>
<context>
    <name>ReceptionService</name>
    <message>
        <source>Enter the leader&apos;s name.</source>
        <translation>请填写领导姓名。</translation>
    </message>
    <message>
        <source>Enter the leader&apos;s position (职务).</source>
        <translation>请填写领导职务。</translation>
    </message>
    <message>
        <source>Choose the leader&apos;s level: county, township or department.</source>
        <translation>请选择领导级别：县级、乡镇级或部门。</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Enter the date of the reception.</source>
        <translation>请填写接访日期。</translation>
    </message>
    <message>
        <source>Choose morning or afternoon.</source>
        <translation>请选择上午或下午。</translation>
    </message>
    <message>
        <source>Enter where the leader receives visitors.</source>
        <translation>请填写接访地点。</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>接访地点</translation>
    </message>
    <message>
        <source>The topics</source>
        <translation>接访事项</translation>
    </message>
    <message>
        <source>Choose the leader who receives.</source>
        <translation>请选择接访领导。</translation>
    </message>
    <message>
        <source>%1 is no longer an active leader here.</source>
        <translation>%1 已不在本中心领导名单中。</translation>
    </message>
    <message>
        <source>%1 already receives on %2 (%3).</source>
        <translation>%1 已安排于 %2（%3）接访。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) received at this reception keep it in the schedule.</source>
        <translation>
            <numerusform>本场接访已受理 %n 件案件，不能从日程中删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The file has %1 bytes; a schedule file may have at most %2.</source>
        <translation>文件有 %1 字节，接访日程文件最多 %2 字节。</translation>
    </message>
    <message>
        <source>a quoted field never closes.</source>
        <translation>引号内的字段没有结束引号。</translation>
    </message>
    <message>
        <source>The first line must name the columns 日期,时段,领导姓名,职务,级别,单位,地点,接访事项; missing: %1.</source>
        <translation>第一行须列出各列名称：日期,时段,领导姓名,职务,级别,单位,地点,接访事项；缺少：%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form 2027-03-01.</source>
        <translation>“%1”不是日期，请按 2027-03-01 的格式填写。</translation>
    </message>
    <message>
        <source>the half-day must be 上午 or 下午, not &quot;%1&quot;.</source>
        <translation>时段须为“上午”或“下午”，不能是“%1”。</translation>
    </message>
    <message>
        <source>the level must be 县级, 乡镇级 or 部门, not &quot;%1&quot;.</source>
        <translation>级别须为“县级”“乡镇级”或“部门”，不能是“%1”。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1未填写。</translation>
    </message>
    <message>
        <source>%1 is already scheduled for this half-day on line %2.</source>
        <translation>%1 在第 %2 行已安排在同一时段。</translation>
    </message>
    <message>
        <source>The file has no receptions below its first line.</source>
        <translation>文件第一行以下没有接访安排。</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>未导入任何内容：</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The case was merged into another; record the reception on that case.</source>
        <translation>该案件已并入其他案件，请在合并后的案件上登记接访。</translation>
    </message>
    <message>
        <source>Choose the reception at which the case was received.</source>
        <translation>请选择受理该案件的接访场次。</translation>
    </message>
    <message>
        <source>The reception of %1 has not taken place yet.</source>
        <translation>%1 的接访尚未进行。</translation>
    </message>
    <message>
        <source>The case is already recorded at this reception.</source>
        <translation>该案件已登记在本场接访中。</translation>
    </message>
    <message>
        <source>Received at the reception of %1 %2 (%3, %4)</source>
        <translation>%1%2 接访时受理（%3 %4）</translation>
    </message>
    <message>
        <source>%1 — leaders&apos; reception schedule</source>
        <translation>%1领导接访日程公示</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Half-day</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>接访领导</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>接访事项</translation>
    </message>
    <message>
        <source>No receptions in this period.</source>
        <translation>本期间无领导接访安排。</translation>
    </message>
    <message>
        <source>Citizens may come to the reception without an appointment; bring your identity card.</source>
        <translation>群众可于接访时间直接到场反映诉求，无需预约；请携带身份证。</translation>
    </message>
    <message>
        <source>the reception of %1 on %2 (%3)</source>
        <translation>%1 %2（%3）的接访安排</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>Cannot load %1: %2</source>
        <translation>无法载入 %1：%2</translation>
    </message>
    <message>
        <source>The site code %1 is a %2 division, but the site level is %3.</source>
        <translation>站点代码 %1 是%2级行政区划，但站点层级填的是 %3。</translation>
    </message>
    <message>
        <source>The site code %1 is not an administrative division code of the bundled list and no parent division starts it. Use a division code such as 150824.</source>
        <translation>站点代码 %1 不是内置行政区划代码，也找不到以它开头的上级区划。请使用行政区划代码，例如 150824。</translation>
    </message>
    <message>
        <source>The site code and the site name are required.</source>
        <translation>必须填写站点代码和站点名称。</translation>
    </message>
    <message>
        <source>The site level must be county, township or village, not &quot;%1&quot;.</source>
        <translation>站点层级只能是 county（县）、township（乡镇）或 village（村），不能是“%1”。</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>The center phone: %1</source>
        <translation>中心电话：%1</translation>
    </message>
</context>
<context>
    <name>ReferenceListService</name>
    <message>
        <source>Province</source>
        <translation>省（自治区）</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市（盟）</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（旗、区）</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（苏木、街道）</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（嘎查、社区）</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a division code: 6 digits for a county (GB/T 2260), 9 for a township, 12 for a village, 15 for a grid.</source>
        <translation>“%1”不是行政区划代码：县级为 6 位（GB/T 2260），乡镇 9 位，村 12 位，网格 15 位。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code: use lowercase letters, digits and _ (e.g. land_contract), starting with a letter.</source>
        <translation>“%1”不是有效代码：请用小写字母、数字和下划线，以字母开头（例如 land_contract）。</translation>
    </message>
    <message>
        <source>%1 has no Chinese name.</source>
        <translation>%1 没有中文名称。</translation>
    </message>
    <message>
        <source>The Chinese name of %1 is longer than 60 characters.</source>
        <translation>%1 的中文名称超过 60 个字。</translation>
    </message>
    <message>
        <source>The presence of %1 must be resident or on_call, not &quot;%2&quot;.</source>
        <translation>%1 的入驻方式须为 resident（常驻）或 on_call（随叫随到），而不是“%2”。</translation>
    </message>
    <message>
        <source>The level of %1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1 的级别须为 %2 之一，而不是“%3”。</translation>
    </message>
    <message>
        <source>%1 is a province: it has no parent.</source>
        <translation>%1 是省级区划，没有上级。</translation>
    </message>
    <message>
        <source>%1 needs the code of the division it belongs to.</source>
        <translation>%1 需要填写所属上级区划的代码。</translation>
    </message>
    <message>
        <source>%1 cannot belong to itself.</source>
        <translation>%1 不能隶属于自身。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field never closes.</source>
        <translation>第 %1 行：引号括起的字段没有结束。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The first line must name the columns, as in %1.csv: %2 is missing.</source>
        <translation>第一行须列出各列名称（同 %1.csv）：缺少 %2。</translation>
    </message>
    <message>
        <source>Line %1: window must be yes or no, not &quot;%2&quot;.</source>
        <translation>第 %1 行：window 须为 yes 或 no，而不是“%2”。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Line %1: %2 is already on line %3.</source>
        <translation>第 %1 行：%2 已在第 %3 行出现。</translation>
    </message>
    <message>
        <source>The file has no entries below its first line.</source>
        <translation>文件第一行以下没有记录。</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 出现了两次。</translation>
    </message>
    <message>
        <source>%1 belongs to %2, which is not a division here; add %2 first (or in the same file).</source>
        <translation>%1 隶属于 %2，但本库没有 %2 这个区划；请先添加 %2（或放在同一文件中）。</translation>
    </message>
    <message>
        <source>%1 (%2) cannot belong to %3 (%4): a division belongs to one of a higher level.</source>
        <translation>%1（%2）不能隶属于 %3（%4）：区划只能隶属于更高一级的区划。</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2</source>
        <translation>%1 无法保存：%2</translation>
    </message>
    <message>
        <source>The Chinese name of %1</source>
        <translation>%1 的中文名称</translation>
    </message>
    <message>
        <source>The English name of %1</source>
        <translation>%1 的英文名称</translation>
    </message>
    <message>
        <source>The file has %1 bytes; a reference list file may have at most %2.</source>
        <translation>文件有 %1 字节；参考名录文件最多 %2 字节。</translation>
    </message>
</context>
<context>
    <name>ReferenceListsDialog</name>
    <message>
        <source>Reference Lists</source>
        <translation>基础数据</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>数据项(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Import from File…</source>
        <translation>从文件导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Entries are added or changed, never removed: cases keep their codes. A file in the format of the bundled lists (resources/domain/*.csv, first line naming the columns) adds or changes many at once, e.g. every township and village of the county.</source>
        <translation>条目只能新增或修改，不能删除：案件保留其代码。按内置清单格式（resources/domain/*.csv，第一行为列名）的文件可一次新增或修改多条，例如全县所有乡镇和村。</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;hinese name:</source>
        <translation>中文名称(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>窗口：</translation>
    </message>
    <message>
        <source>Cases are &amp;received here (受理窗口)</source>
        <translation>在此受理案件（受理窗口）(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Presence:</source>
        <translation>入驻方式(&amp;P)：</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>级别(&amp;V)：</translation>
    </message>
    <message>
        <source>Belongs &amp;to:</source>
        <translation>上级区划(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>The report month is not valid.</source>
        <translation>报表月份无效。</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>来源单位 %1</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>全部案件</translation>
    </message>
    <message>
        <source>Unknown report figure &quot;%1&quot;.</source>
        <translation>未知报表指标“%1”。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Intake clerk</source>
        <translation>窗口受理员</translation>
    </message>
    <message>
        <source>Triage officer</source>
        <translation>分流员</translation>
    </message>
    <message>
        <source>Department handler</source>
        <translation>部门承办人</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>中心主任（督办）</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>System operator</source>
        <translation>系统操作员</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>Mediators and Rooms</source>
        <translation>调解员与调解室</translation>
    </message>
    <message>
        <source>&amp;Mediators</source>
        <translation>调解员(&amp;M)</translation>
    </message>
    <message>
        <source>New mediator</source>
        <translation>新增调解员</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>所在组织(&amp;O)：</translation>
    </message>
    <message>
        <source>S&amp;pecialties:</source>
        <translation>专长(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Invited mediator (court)</source>
        <translation>特邀调解员（法院）(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>在用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新增(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save Mediator</source>
        <translation>保存调解员(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>调解室(&amp;R)</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>新增调解室</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名称(&amp;F)：</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>在用(&amp;C)</translation>
    </message>
    <message>
        <source>N&amp;ew</source>
        <translation>新增(&amp;E)</translation>
    </message>
    <message>
        <source>Sa&amp;ve Room</source>
        <translation>保存调解室(&amp;V)</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <source>Mediators and rooms are never deleted: a deactivated one is no longer offered for new sessions, and the sessions already recorded keep it.</source>
        <translation>调解员和调解室不能删除：停用后不再出现在新的调解记录的选择中，已有的调解记录保持不变。</translation>
    </message>
</context>
<context>
    <name>RoutingRulesDialog</name>
    <message>
        <source>Routing Rules</source>
        <translation>分流规则</translation>
    </message>
    <message>
        <source>A case waiting for a lead department gets the suggestion of the most specific active rule that matches it: a rule naming more of category, case type and township wins; between equals, a township counts more than a case type, a case type more than a category, and then the rule saved first. The triage officer may still choose otherwise, with a reason.</source>
        <translation>待分流的案件由与之匹配的最具体的启用规则给出建议：写明纠纷类别、案件类型、乡镇越多的规则越优先；同样具体时，乡镇优先于案件类型，案件类型优先于纠纷类别，再按保存先后。分流员仍可另选部门，但须说明理由。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>纠纷类别</translation>
    </message>
    <message>
        <source>Case Type</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Lead Department</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>Co-handling</source>
        <translation>协办部门</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>纠纷类别(&amp;T)：</translation>
    </message>
    <message>
        <source>Case t&amp;ype:</source>
        <translation>案件类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>To&amp;wnship:</source>
        <translation>乡镇(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Lead department:</source>
        <translation>牵头部门(&amp;L)：</translation>
    </message>
    <message>
        <source>Co-&amp;handling:</source>
        <translation>协办部门(&amp;H)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>A&amp;ctive: suggests departments</source>
        <translation>启用(&amp;C)：参与分流建议</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>RoutingService</name>
    <message>
        <source>Only an administrator or a supervisor may change routing rules.</source>
        <translation>只有管理员或中心主任可以修改分流规则。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dispute category.</source>
        <translation>“%1”不是纠纷类别。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case type.</source>
        <translation>“%1”不是案件类型。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a township.</source>
        <translation>“%1”不是乡镇（苏木、街道）。</translation>
    </message>
    <message>
        <source>Choose the lead department of the rule.</source>
        <translation>请选择规则的牵头部门。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a department.</source>
        <translation>“%1”不是部门。</translation>
    </message>
    <message>
        <source>Choose the lead department.</source>
        <translation>请选择牵头部门。</translation>
    </message>
    <message>
        <source>The routing rules suggest %1. Write down why the case goes to %2 instead.</source>
        <translation>分流规则建议由%1牵头。请写明改由%2办理的理由。</translation>
    </message>
    <message>
        <source>The case already has a lead department; transfer it instead.</source>
        <translation>该案件已有牵头部门，请改用转办。</translation>
    </message>
    <message>
        <source>as suggested by the routing rules</source>
        <translation>按分流规则建议</translation>
    </message>
    <message>
        <source>Choose the department the case is transferred to.</source>
        <translation>请选择转办的接收部门。</translation>
    </message>
    <message>
        <source>Write down why the case is transferred.</source>
        <translation>请写明转办理由。</translation>
    </message>
    <message>
        <source>The case has no lead department yet; route it in triage.</source>
        <translation>该案件尚无牵头部门，请在分流中指派。</translation>
    </message>
    <message>
        <source>The case has ended; it cannot be transferred.</source>
        <translation>该案件已终结，不能转办。</translation>
    </message>
    <message>
        <source>The case is already with %1.</source>
        <translation>该案件已由%1办理。</translation>
    </message>
    <message>
        <source>Transferred from %1 to %2: %3</source>
        <translation>由%1转至%2：%3</translation>
    </message>
    <message>
        <source>Write the department&apos;s feedback.</source>
        <translation>请填写部门反馈意见。</translation>
    </message>
    <message>
        <source>The case has ended.</source>
        <translation>该案件已终结。</translation>
    </message>
    <message>
        <source>Route the case to a lead department before summoning others.</source>
        <translation>请先指定牵头部门，再召集其他部门。</translation>
    </message>
    <message>
        <source>%1 is the lead department already.</source>
        <translation>%1已是牵头部门。</translation>
    </message>
    <message>
        <source>%1 has already been summoned for this case.</source>
        <translation>%1已被召集办理本案。</translation>
    </message>
    <message>
        <source>Summoned %1 to handle the case jointly, due %2</source>
        <translation>吹哨召集%1联合办理，期限 %2</translation>
    </message>
    <message>
        <source>Summoned %1 to handle the case jointly</source>
        <translation>吹哨召集%1联合办理</translation>
    </message>
    <message>
        <source>%1 was not summoned for this case.</source>
        <translation>%1未被召集办理本案。</translation>
    </message>
    <message>
        <source>%1 has already reported in.</source>
        <translation>%1已报到。</translation>
    </message>
    <message>
        <source>%1 reported in</source>
        <translation>%1报到</translation>
    </message>
    <message>
        <source>%1 must report in before giving feedback.</source>
        <translation>%1须先报到才能反馈。</translation>
    </message>
    <message>
        <source>Feedback from %1: %2</source>
        <translation>%1反馈：%2</translation>
    </message>
    <message>
        <source>A rule for the same category, case type and township already exists (lead: %1); change that rule instead.</source>
        <translation>已有相同纠纷类别、案件类型和乡镇的规则（由%1牵头）；请修改那条规则。</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The feedback</source>
        <translation>反馈意见</translation>
    </message>
    <message>
        <source>the routing rule %1 → %2</source>
        <translation>分流规则 %1 → %2</translation>
    </message>
    <message>
        <source>(any case)</source>
        <translation>（任意案件）</translation>
    </message>
</context>
<context>
    <name>RowVersions</name>
    <message>
        <source>Another desk</source>
        <translation>另一个窗口</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>不明时间</translation>
    </message>
    <message>
        <source>%1 deleted %2 at %3 while you had the list open. Nothing of yours was saved; close the list and open it again to see it as it is now.</source>
        <translation>在您打开列表期间，%1 于 %3 删除了%2。您的修改未保存；请关闭列表后重新打开，查看现在的内容。</translation>
    </message>
    <message>
        <source>%1 saved %2 at %3 while you had the list open, so it was not removed. Close the list and open it again to see their version, then remove it again if it should still go.</source>
        <translation>在您打开列表期间，%1 于 %3 保存了%2，因此未删除。请关闭列表后重新打开，查看对方保存的内容；如仍需删除，请再删除一次。</translation>
    </message>
    <message>
        <source>%1 saved %2 at %3 while you had the list open. Nothing of yours was saved; close the list and open it again to see their version, then make your change again.</source>
        <translation>在您打开列表期间，%1 于 %3 保存了%2。您的修改未保存；请关闭列表后重新打开，查看对方保存的内容，再重新修改。</translation>
    </message>
</context>
<context>
    <name>ServerBackup</name>
    <message>
        <source>%1 could not be started. Install PostgreSQL&apos;s client programs (Debian: apt install postgresql-client).</source>
        <translation>无法启动 %1。请安装 PostgreSQL 客户端程序（Debian：apt install postgresql-client）。</translation>
    </message>
    <message>
        <source>%1 is older than the server; install the client programs of the server&apos;s PostgreSQL version. %2</source>
        <translation>%1 的版本低于服务器，请安装与服务器 PostgreSQL 版本相同的客户端程序。%2</translation>
    </message>
    <message>
        <source>The server asked for a password. Put it in ~/.pgpass (or a service file) of the account that runs the backup; OneWindow never stores it. %1</source>
        <translation>服务器要求输入密码。请将密码写入执行备份的账户的 ~/.pgpass（或服务文件）；一窗通不保存密码。%1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 执行失败：%2</translation>
    </message>
    <message>
        <source>%1 already exists; it is not overwritten.</source>
        <translation>%1 已存在，不会覆盖。</translation>
    </message>
    <message>
        <source>The dump holds no cases: the database at %1 is not a OneWindow center. Nothing was kept.</source>
        <translation>导出文件中没有案件：%1 处的数据库不是一窗通中心的数据库。未保留任何文件。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a dump of a OneWindow center (pg_restore --list finds no cases in it); nothing was changed.</source>
        <translation>%1 不是一窗通中心的导出文件（pg_restore --list 在其中找不到案件），未作任何更改。</translation>
    </message>
    <message>
        <source>The current contents could not be kept before the restore, nothing was changed: %1</source>
        <translation>恢复前未能保存当前数据，未作任何更改：%1</translation>
    </message>
    <message>
        <source>The restore failed and was rolled back; the database is as it was. %1</source>
        <translation>恢复失败，已全部回退，数据库保持原样。%1</translation>
    </message>
</context>
<context>
    <name>ServerCopy</name>
    <message>
        <source>The tables&apos; foreign keys form a cycle at %1.</source>
        <translation>数据表的外键在 %1 处形成循环。</translation>
    </message>
    <message>
        <source>The server&apos;s schema has no table %1; it was made by another version of OneWindow.</source>
        <translation>服务器的数据库结构中没有数据表 %1，它由另一版本的一窗通创建。</translation>
    </message>
    <message>
        <source>The server&apos;s table %1 has no column %2; it was made by another version of OneWindow.</source>
        <translation>服务器的数据表 %1 中没有字段 %2，它由另一版本的一窗通创建。</translation>
    </message>
    <message>
        <source>The server&apos;s database already holds OneWindow data (table %1). Moving a center needs an empty database: create a new one on the server.</source>
        <translation>服务器上的数据库已有一窗通数据（数据表 %1）。迁移中心数据需要一个空数据库，请在服务器上新建一个。</translation>
    </message>
    <message>
        <source>Copying the table %1 failed, nothing was moved: %2</source>
        <translation>复制数据表 %1 失败，未迁移任何数据：%2</translation>
    </message>
    <message>
        <source>Reading the table %1 back from the server failed, nothing was moved: %2</source>
        <translation>从服务器读回数据表 %1 失败，未迁移任何数据：%2</translation>
    </message>
    <message>
        <source>The server&apos;s copy of the table %1 differs from the file (%2 rows sent, %3 read back); nothing was moved.</source>
        <translation>服务器上数据表 %1 的副本与文件不一致（发送 %2 行，读回 %3 行），未迁移任何数据。</translation>
    </message>
    <message>
        <source>The target is not an open PostgreSQL connection.</source>
        <translation>目标不是已打开的 PostgreSQL 连接。</translation>
    </message>
    <message>
        <source>The file has schema version %1, this program writes version %2: open it once with this program (which upgrades it), then move it.</source>
        <translation>该文件的数据库结构为第 %1 版，本程序使用第 %2 版：请先用本程序打开一次（会自动升级），再进行迁移。</translation>
    </message>
    <message>
        <source>The server did not commit the copy, nothing was moved: %1</source>
        <translation>服务器未能提交复制的数据，未迁移任何数据：%1</translation>
    </message>
    <message>
        <source>The file has no table %1.</source>
        <translation>文件中没有数据表 %1。</translation>
    </message>
    <message>
        <source>Building the server&apos;s search index failed, nothing was moved: %1</source>
        <translation>在服务器上建立检索索引失败，未迁移任何数据：%1</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Record a Mediation Session</source>
        <translation>记录调解</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>开始(&amp;F)：</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>结束(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>调解室(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>调解类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Mediators:</source>
        <translation>调解员(&amp;M)：</translation>
    </message>
    <message>
        <source>Re&amp;cord:</source>
        <translation>调解记录(&amp;C)：</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>调解结果(&amp;U)：</translation>
    </message>
    <message>
        <source>Termination r&amp;eason:</source>
        <translation>终止原因(&amp;E)：</translation>
    </message>
    <message>
        <source>Routes told:</source>
        <translation>已告知途径：</translation>
    </message>
    <message>
        <source>&amp;Litigation</source>
        <translation>诉讼(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Arbitration</source>
        <translation>仲裁(&amp;A)</translation>
    </message>
    <message>
        <source>Ad&amp;ministrative</source>
        <translation>行政途径(&amp;M)</translation>
    </message>
    <message>
        <source>Parties pre&amp;sent:</source>
        <translation>到场人员(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Center Settings</source>
        <translation>中心设置</translation>
    </message>
    <message>
        <source>Center &amp;name:</source>
        <translation>中心名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Center &amp;phone:</source>
        <translation>中心电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Case number p&amp;refix:</source>
        <translation>案号代字(&amp;R)：</translation>
    </message>
    <message>
        <source>Case number pa&amp;ttern:</source>
        <translation>案号格式(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Due soon after:</source>
        <translation>即将到期提示点(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Largest attachment:</source>
        <translation>附件大小上限(&amp;L)：</translation>
    </message>
    <message>
        <source>Follow-up visit required after closing (回访)</source>
        <translation>结案后须回访的案件类型（回访）</translation>
    </message>
    <message>
        <source>&amp;Keep automatic backups:</source>
        <translation>自动备份保留(&amp;K)：</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>Write the center&apos;s name; receipts and notices print it.</source>
        <translation>请填写中心名称；回执和告知书上要印出。</translation>
    </message>
    <message>
        <source>The name is too long for a receipt heading (at most 60 characters).</source>
        <translation>名称过长，回执标题放不下（最多 60 个字符）。</translation>
    </message>
    <message>
        <source>The pattern must contain {seq} (or {seq:04} for four digits): without it two cases would get the same number.</source>
        <translation>案号格式必须包含 {seq}（或 {seq:04} 表示四位序号），否则两件案件会得到相同的案号。</translation>
    </message>
    <message>
        <source>The pattern must contain {year}: the sequence starts again every year.</source>
        <translation>案号格式必须包含 {year}：序号每年重新开始。</translation>
    </message>
    <message>
        <source>%1 is not a placeholder; use {year}, {prefix} and {seq}.</source>
        <translation>%1 不是可用的占位符；请使用 {year}、{prefix} 和 {seq}。</translation>
    </message>
    <message>
        <source>The pattern uses {prefix}; write the prefix, e.g. 乌中矛调.</source>
        <translation>案号格式中使用了 {prefix}，请填写代字，例如 乌中矛调。</translation>
    </message>
    <message>
        <source>Between 50% and 95% of the period.</source>
        <translation>应在期限的 50% 到 95% 之间。</translation>
    </message>
    <message>
        <source>Between 1 and 1024 MB.</source>
        <translation>应在 1 到 1024 MB 之间。</translation>
    </message>
    <message>
        <source>Between 1 and 3650 days.</source>
        <translation>应在 1 到 3650 天之间。</translation>
    </message>
</context>
<context>
    <name>SigningKeys</name>
    <message>
        <source>Only an administrator can manage signing keys.</source>
        <translation>只有管理员可以管理签名密钥。</translation>
    </message>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>无法启动密码库。</translation>
    </message>
    <message>
        <source>Cannot create the folder of the signing keys %1.</source>
        <translation>无法创建签名密钥文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write the signing key file %1: %2</source>
        <translation>无法写入签名密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>This center has no signing key. Run &quot;onewindow-cli keys rotate&quot; to make one.</source>
        <translation>本中心没有签名密钥。请运行“onewindow-cli keys rotate”生成一个。</translation>
    </message>
    <message>
        <source>The secret signing key of this center (fingerprint %1) is not on this computer for this account (%2). Copy the key file from the computer where the database was set up, or make a new key with &quot;onewindow-cli keys rotate&quot; and have the county register its fingerprint.</source>
        <translation>本中心的签名私钥（指纹 %1）不在这台电脑的当前账户下（%2）。请从建立数据库的电脑复制密钥文件，或用“onewindow-cli keys rotate”生成新密钥并请县中心登记其指纹。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a site code (the division code of the township, e.g. 150824100).</source>
        <translation>“%1”不是单位代码（应为乡镇的行政区划代码，如 150824100）。</translation>
    </message>
    <message>
        <source>%1 is this center&apos;s own site code; register the keys of its townships.</source>
        <translation>%1 是本中心自己的单位代码；这里登记的是下级乡镇的密钥。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a public key (44 characters of base64) nor a fingerprint (32 hexadecimal digits). Copy it as the township&apos;s &quot;keys show&quot; prints it.</source>
        <translation>“%1”既不是公钥（44 个 base64 字符），也不是指纹（32 位十六进制数字）。请照乡镇“keys show”的输出复制。</translation>
    </message>
    <message>
        <source>The key %1 is this center&apos;s own key.</source>
        <translation>密钥 %1 是本中心自己的密钥。</translation>
    </message>
    <message>
        <source>The key %1 is registered already, for site %2%3.</source>
        <translation>密钥 %1 已登记，属于单位 %2%3。</translation>
    </message>
    <message>
        <source> (revoked)</source>
        <translation>（已吊销）</translation>
    </message>
    <message>
        <source>No key of site %1 in force has the fingerprint %2 (give at least its first 8 digits; &quot;keys list&quot; shows them).</source>
        <translation>单位 %1 没有指纹为 %2 的有效密钥（请至少给出指纹前 8 位；“keys list”可查看）。</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>The address contains a password. OneWindow never stores passwords: remove it from the address and put it in the password file ~/.pgpass (or the file named by PGPASSFILE), as a line server:port:database:user:password with the file&apos;s mode 0600, or in a PostgreSQL service file (~/.pg_service.conf); or type it when OneWindow asks for it.</source>
        <translation>地址中含有密码。一窗通不保存任何密码：请从地址中删去密码，改写入密码文件 ~/.pgpass（或 PGPASSFILE 指定的文件），格式为一行“服务器:端口:数据库:用户:密码”，文件权限设为 0600；或写入 PostgreSQL 服务文件（~/.pg_service.conf）；也可在一窗通询问时输入。</translation>
    </message>
    <message>
        <source>The %1 in the address has a bad percent-encoding: &quot;%2&quot;. Write a character as % and two hexadecimal digits of its UTF-8 bytes (for example %2F for /).</source>
        <translation>地址中的%1百分号编码有误：“%2”。特殊字符应写作 % 加其 UTF-8 字节的两位十六进制数（例如 / 写作 %2F）。</translation>
    </message>
    <message>
        <source>The %1 in the address contains a semicolon or a control character, which cannot be passed to the server.</source>
        <translation>地址中的%1含有分号或控制字符，无法传给服务器。</translation>
    </message>
    <message>
        <source>The port in the address is not a port number from 1 to 65535: &quot;%1&quot;.</source>
        <translation>地址中的端口不是 1 至 65535 之间的端口号：“%1”。</translation>
    </message>
    <message>
        <source>The address gives the port twice.</source>
        <translation>地址中重复给出了端口。</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>The address names several servers; OneWindow connects to one: &quot;%1&quot;.</source>
        <translation>地址中给出了多个服务器，一窗通只连接一个：“%1”。</translation>
    </message>
    <message>
        <source>The server&apos;s IPv6 address in the address lacks its closing bracket: &quot;%1&quot;.</source>
        <translation>地址中服务器的 IPv6 地址缺少右方括号：“%1”。</translation>
    </message>
    <message>
        <source>The server name in the address is not valid: &quot;%1&quot;.</source>
        <translation>地址中的服务器名称无效：“%1”。</translation>
    </message>
    <message>
        <source>server name</source>
        <translation>服务器名称</translation>
    </message>
    <message>
        <source>The address gives &quot;%1&quot; twice.</source>
        <translation>地址中重复给出了“%1”。</translation>
    </message>
    <message>
        <source>The TLS mode sslmode=%1 in the address is not one of disable, allow, prefer, require, verify-ca, verify-full (verify-full checks the server&apos;s certificate and name).</source>
        <translation>地址中的加密方式 sslmode=%1 无效，应为 disable、allow、prefer、require、verify-ca、verify-full 之一（verify-full 核验服务器的证书及名称）。</translation>
    </message>
    <message>
        <source>The connect_timeout in the address is not a number of seconds: &quot;%1&quot;.</source>
        <translation>地址中的 connect_timeout 不是秒数：“%1”。</translation>
    </message>
    <message>
        <source>The server in the address is neither a name nor an absolute socket folder: &quot;%1&quot;.</source>
        <translation>地址中的服务器既不是名称，也不是套接字目录的绝对路径：“%1”。</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; in the address has no value (write name=value).</source>
        <translation>地址中的参数“%1”没有值（应写作 名称=值）。</translation>
    </message>
    <message>
        <source>parameter name</source>
        <translation>参数名</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>参数 %1 </translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; in the address is not one OneWindow uses. Known parameters: host, port, dbname, user, %2.</source>
        <translation>地址中的参数“%1”不是一窗通使用的参数。可用参数：host、port、dbname、user、%2。</translation>
    </message>
    <message>
        <source>The address contains &quot;#&quot;; write it as %23 where it belongs to a name.</source>
        <translation>地址中含有“#”；名称中的 # 应写作 %23。</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>数据库名称</translation>
    </message>
    <message>
        <source>The address names no database: write its name after the server, as in postgresql://server/onewindow (or name a service that gives it, ?service=NAME).</source>
        <translation>地址中未写数据库名称：请写在服务器之后，例如 postgresql://server/onewindow（或用 ?service=名称 指定含数据库名称的服务）。</translation>
    </message>
    <message>
        <source>No database is given: name a file, or a server as postgresql://server/database.</source>
        <translation>未指定数据库：请给出数据库文件，或以 postgresql://服务器/数据库 指定服务器。</translation>
    </message>
    <message>
        <source>OneWindow cannot use &quot;%1://&quot; addresses: give a database file or a server as postgresql://server/database.</source>
        <translation>一窗通不能使用“%1://”地址：请给出数据库文件，或以 postgresql://服务器/数据库 指定服务器。</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>%1: character %2 is half of a character (a lone UTF-16 surrogate %3), which cannot be stored; type the text again.</source>
        <translation>%1：第 %2 个字符是不完整的字符（单独的 UTF-16 代理项 %3），不能保存；请重新输入。</translation>
    </message>
    <message>
        <source>%1: character %2 is U+FFFD (�), the mark left where a wrong encoding lost a character; type the text again from the original.</source>
        <translation>%1：第 %2 个字符是 U+FFFD（�），这是编码出错丢失字符后留下的替换符；请照原件重新输入。</translation>
    </message>
    <message>
        <source>%1: character %2 is the invisible text-direction control %3, which makes the text show other than it is stored; remove it.</source>
        <translation>%1：第 %2 个字符是不可见的文字方向控制符 %3，会使显示的文字与保存的不一致；请删除它。</translation>
    </message>
    <message>
        <source>%1: character %2 is a line break; write it on one line.</source>
        <translation>%1：第 %2 个字符是换行，请写在一行内。</translation>
    </message>
    <message>
        <source>%1: character %2 is the control character %3, which cannot be stored; remove it.</source>
        <translation>%1：第 %2 个字符是控制字符 %3，不能保存；请删除它。</translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3 are allowed.</source>
        <translation>%1有 %2 个字符，最多允许 %3 个。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The ID number is empty. Enter the 18-digit number printed on the ID card.</source>
        <translation>证件号码为空。请填写身份证上印的18位号码。</translation>
    </message>
    <message>
        <source>The ID number has %1 characters; a resident ID has 18 (or 15 for an old card). Check the number on the ID card.</source>
        <translation>证件号码有%1位；居民身份证号码应为18位（旧证为15位）。请核对身份证上的号码。</translation>
    </message>
    <message>
        <source>A 15-digit ID number may contain only digits. Check the number on the ID card.</source>
        <translation>15位身份证号码只能由数字组成。请核对身份证上的号码。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (characters 7–12) is not a real date. Check the number on the ID card.</source>
        <translation>身份证号码中的出生日期（第7–12位）不是有效日期。请核对身份证上的号码。</translation>
    </message>
    <message>
        <source>The first 17 characters of an ID number must be digits. Check the number on the ID card.</source>
        <translation>身份证号码的前17位必须是数字。请核对身份证上的号码。</translation>
    </message>
    <message>
        <source>The last character of an ID number must be a digit or X. Check the number on the ID card.</source>
        <translation>身份证号码的最后一位必须是数字或X。请核对身份证上的号码。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (characters 7–14) is not a real date. Check the number on the ID card.</source>
        <translation>身份证号码中的出生日期（第7–14位）不是有效日期。请核对身份证上的号码。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is in the future. Check the number on the ID card.</source>
        <translation>身份证号码中的出生日期（%1）晚于今天。请核对身份证上的号码。</translation>
    </message>
    <message>
        <source>The unified social credit code is empty. Enter the 18 characters on the business licence.</source>
        <translation>统一社会信用代码为空。请填写营业执照上的18位代码。</translation>
    </message>
    <message>
        <source>The unified social credit code has %1 characters; it must have 18. Check the code on the business licence.</source>
        <translation>统一社会信用代码有%1位，应为18位。请核对营业执照上的代码。</translation>
    </message>
    <message>
        <source>The unified social credit code contains &quot;%1&quot;, which is never used (the letters I, O, Z, S and V do not occur). Check the code on the business licence.</source>
        <translation>统一社会信用代码中含有“%1”，该字符不会出现（代码不使用字母I、O、Z、S、V）。请核对营业执照上的代码。</translation>
    </message>
    <message>
        <source>The unified social credit code cannot start with &quot;%1&quot; (it starts with 1–9, A, N or Y). Check the code on the business licence.</source>
        <translation>统一社会信用代码不能以“%1”开头（首位为1–9、A、N或Y）。请核对营业执照上的代码。</translation>
    </message>
    <message>
        <source>The phone number is empty. Enter a mobile number or a landline with its area code.</source>
        <translation>电话号码为空。请填写手机号码或带区号的固定电话。</translation>
    </message>
    <message>
        <source>Only mainland China numbers (+86) are accepted. Enter the number without a foreign prefix.</source>
        <translation>只接受中国大陆号码（+86）。请填写不带境外前缀的号码。</translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces, hyphens and a +86 prefix. Check the number.</source>
        <translation>电话号码只能包含数字、空格、连字符和+86前缀。请核对号码。</translation>
    </message>
    <message>
        <source>A mobile number has no extension. Enter the 11-digit mobile number only.</source>
        <translation>手机号码没有分机号。请只填写11位手机号码。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits; this one has %1. Check the number.</source>
        <translation>手机号码应为11位，此号码为%1位。请核对号码。</translation>
    </message>
    <message>
        <source>Mainland mobile numbers start with 13–19. Check the number.</source>
        <translation>大陆手机号码以13–19开头。请核对号码。</translation>
    </message>
    <message>
        <source>A landline number needs its area code (for example 0478-8212345). Add the area code or enter an 11-digit mobile number.</source>
        <translation>固定电话需带区号（例如0478-8212345）。请补上区号，或填写11位手机号码。</translation>
    </message>
    <message>
        <source>The landline number has too many parts. Write it as area code-number, for example 0478-8212345.</source>
        <translation>固定电话号码分段过多。请写成“区号-号码”，例如0478-8212345。</translation>
    </message>
    <message>
        <source>The area code &quot;%1&quot; is not valid: it has 3 or 4 digits starting with 0 (for example 0478). Check the number.</source>
        <translation>区号“%1”无效：区号为以0开头的3或4位数字（例如0478）。请核对号码。</translation>
    </message>
    <message>
        <source>A landline number has 7 or 8 digits after the area code (for example 0478-8212345). Check the number.</source>
        <translation>固定电话区号后应为7或8位号码（例如0478-8212345）。请核对号码。</translation>
    </message>
    <message>
        <source>The date is empty. Enter it as 2024-05-07, 2024/5/7, 2024.5.7 or 2024年5月7日.</source>
        <translation>日期为空。请按2024-05-07、2024/5/7、2024.5.7或2024年5月7日的格式填写。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as 2024-05-07, 2024/5/7, 2024.5.7 or 2024年5月7日.</source>
        <translation>“%1”不是日期。请按2024-05-07、2024/5/7、2024.5.7或2024年5月7日的格式填写。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date (month %2 has no day %3). Check the date.</source>
        <translation>“%1”不是有效日期（%2月没有%3日）。请核对日期。</translation>
    </message>
    <message>
        <source>The year %1 is too early for a case date. Check the date.</source>
        <translation>年份%1过早，不可能是案件日期。请核对日期。</translation>
    </message>
    <message>
        <source>The ID number does not check out: one of its characters was typed wrong (often a misread digit or two digits swapped). Read the whole number again from the ID card.</source>
        <translation>身份证号码的校验码不符：号码中有字符录入有误（常见为看错一位或两位颠倒）。请对照身份证重新核对整个号码，不要只改最后一位。</translation>
    </message>
    <message>
        <source>The unified social credit code does not check out: one of its characters was typed wrong. Read the whole code again from the business licence.</source>
        <translation>统一社会信用代码的校验码不符：代码中有字符录入有误。请对照营业执照重新核对整个代码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an area code: area codes start with 0 and a digit 1–9 (for example 0478), while 00 begins an international prefix. Check the number.</source>
        <translation>“%1”不是区号：区号以0加1–9中的一位数字开头（例如0478），00开头的是国际冠码。请核对号码。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>case status</source>
        <translation>案件状态</translation>
    </message>
    <message>
        <source>case type</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <source>source channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>办结结果</translation>
    </message>
    <message>
        <source>resolution level</source>
        <translation>化解层级</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>mediation type</source>
        <translation>调解类型</translation>
    </message>
    <message>
        <source>site level</source>
        <translation>站点层级</translation>
    </message>
    <message>
        <source>party role</source>
        <translation>当事人角色</translation>
    </message>
</context>
<context>
    <name>WorkQueues</name>
    <message>
        <source>Waiting for triage</source>
        <translation>待分流</translation>
    </message>
    <message>
        <source>In progress in my department</source>
        <translation>本部门在办</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Under supervision</source>
        <translation>督办中</translation>
    </message>
    <message>
        <source>Registered today</source>
        <translation>今日登记</translation>
    </message>
</context>
<context>
    <name>ow::MechanismFigures</name>
    <message>
        <source>Leaders&apos; receptions, leader-owned cases and petition agency</source>
        <translation>领导接访、领导包案与信访代办</translation>
    </message>
    <message>
        <source>Leaders&apos; reception half-days</source>
        <translation>领导接访场次（半天）</translation>
    </message>
    <message>
        <source>Visitors received by leaders</source>
        <translation>领导接待群众人数</translation>
    </message>
    <message>
        <source>Cases received by leaders</source>
        <translation>领导接访受理案件数</translation>
    </message>
    <message>
        <source>Leader-owned cases assigned</source>
        <translation>领导包案数</translation>
    </message>
    <message>
        <source>Leader-owned cases resolved</source>
        <translation>包案化解数</translation>
    </message>
    <message>
        <source>Leader-owned cases: resolution rate</source>
        <translation>包案化解率</translation>
    </message>
    <message>
        <source>%1 agency: registered</source>
        <translation>%1代办：登记数</translation>
    </message>
    <message>
        <source>%1 agency: resolved</source>
        <translation>%1代办：化解数</translation>
    </message>
    <message>
        <source>%1 agency: resolution rate</source>
        <translation>%1代办：化解率</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>ow::MonthlyReport</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>统计范围</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>受理办结情况</translation>
    </message>
    <message>
        <source>Rates (%)</source>
        <translation>主要指标（%）</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>年度累计</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation>按办结结果</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>12-month trend</source>
        <translation>近12个月趋势</translation>
    </message>
</context>
<context>
    <name>ow::UserService</name>
    <message>
        <source>There is no active user &quot;%1&quot;.</source>
        <translation>没有名为“%1”的在用用户。</translation>
    </message>
    <message>
        <source>The password library could not be started.</source>
        <translation>无法启动密码组件。</translation>
    </message>
    <message>
        <source>The user name or the password is not correct. Check both and try again; an administrator can set a new password.</source>
        <translation>用户名或密码不正确。请检查后重试；忘记密码可请管理员重新设置。</translation>
    </message>
    <message>
        <source>Once anyone signs in with a password, at least one active administrator must have a password too, or nobody could manage the accounts. Give an administrator a password first.</source>
        <translation>一旦有用户凭密码登录，至少需要一位在用的管理员设有密码，否则将无人能够管理账户。请先为一位管理员设置密码。</translation>
    </message>
    <message>
        <source>Only an administrator can manage user accounts.</source>
        <translation>只有管理员可以管理用户账户。</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is not valid: use 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>登录名“%1”不符合要求：请使用 2 至 32 个字母、数字或“.”“_”“-”。</translation>
    </message>
    <message>
        <source>The login &quot;system&quot; belongs to the built-in operator; choose another.</source>
        <translation>登录名“system”为内置系统操作员专用，请另选一个。</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>请填写用户姓名。</translation>
    </message>
    <message>
        <source>Choose the user&apos;s role.</source>
        <translation>请选择用户角色。</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; does not exist.</source>
        <translation>部门“%1”不存在。</translation>
    </message>
    <message>
        <source>Only an administrator can set another user&apos;s password.</source>
        <translation>只有管理员可以为其他用户设置密码。</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password must not begin or end with a space.</source>
        <translation>密码的开头和结尾不能是空格。</translation>
    </message>
    <message>
        <source>The password could not be encoded (out of memory?). Try again.</source>
        <translation>无法对密码进行加密（内存不足？），请重试。</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>没有名为“%1”的用户。</translation>
    </message>
    <message>
        <source>Your role (%1) may not see full ID and phone numbers; ask the window clerk, a mediator or the supervisor.</source>
        <translation>您的角色（%1）不能查看完整的证件号码和电话号码；请联系窗口受理员、调解员或中心主任。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the login &quot;%1&quot; is locked until %2. Try again then, or ask an administrator to set a new password.</source>
        <translation>密码错误次数过多：登录名“%1”已锁定至 %2。请届时再试，或请管理员设置新密码。</translation>
    </message>
    <message>
        <source>The user name or the password is not correct, %1 times in a row: the login &quot;%2&quot; is locked until %3. Try again then, or ask an administrator to set a new password.</source>
        <translation>用户名或密码已连续 %1 次不正确：登录名“%2”已锁定至 %3。请届时再试，或请管理员设置新密码。</translation>
    </message>
    <message>
        <source>At %1 the administrator account &quot;%2&quot; was recovered with onewindow-cli recover-admin by the operating-system account %3, without its old password. If nobody agreed to this, set new passwords and check the audit log.</source>
        <translation>%1，操作系统账户 %3 用 onewindow-cli recover-admin 在没有旧密码的情况下恢复了管理员账户“%2”。如果这未经同意，请设置新密码并检查审计日志。</translation>
    </message>
    <message>
        <source>At %1 your login was locked after %2 wrong passwords in a row. If that was not you, tell an administrator.</source>
        <translation>%1，您的登录名因连续 %2 次密码错误被锁定。如果不是您本人所为，请告知管理员。</translation>
    </message>
    <message>
        <source>Sign-in is on: &quot;%1&quot; must sign in with a password.</source>
        <translation>已启用登录：“%1”必须用密码登录。</translation>
    </message>
    <message>
        <source>There is no active user &quot;%1&quot;. Give the login of an existing account (an administrator adds accounts in 管理 → 用户, and onewindow-cli users lists them).</source>
        <translation>没有在用的用户“%1”。请给出已有账户的登录名（管理员在“管理 → 用户”中添加账户，onewindow-cli users 可列出账户）。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>Only the operating-system account that owns %1 may recover an administrator; run the command as that account.</source>
        <translation>只有拥有 %1 的操作系统账户才能恢复管理员；请以该账户运行此命令。</translation>
    </message>
    <message>
        <source>Recovering an administrator is available on Linux only.</source>
        <translation>恢复管理员仅在 Linux 上可用。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an active administrator account; recover-admin sets the password of an administrator only.</source>
        <translation>“%1”不是在用的管理员账户；recover-admin 只能设置管理员的密码。</translation>
    </message>
    <message>
        <source>Who owns the schema of %1 cannot be read: %2</source>
        <translation>无法读取 %1 的数据库结构归谁所有：%2</translation>
    </message>
    <message>
        <source>Only the role that owns the schema of %1 (%2, the role that runs migrate --to and upgrade) may recover an administrator on a server; %3 may not. Connect as that role: --db postgresql://%2@server/database.</source>
        <translation>在服务器上，只有 %1 的数据库结构的所有者角色（%2，即运行 migrate --to 和 upgrade 的角色）可以找回管理员；%3 不可以。请以该角色连接：--db postgresql://%2@服务器/数据库。</translation>
    </message>
</context>
<context>
    <name>ow::backup</name>
    <message>
        <source>The database stayed busy; try again later.</source>
        <translation>数据库一直忙碌，请稍后再试。</translation>
    </message>
    <message>
        <source>%1 already exists; it is not overwritten.</source>
        <translation>%1 已存在，不会覆盖。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>无法写入备份：%1</translation>
    </message>
    <message>
        <source>The backup failed its check and was deleted:</source>
        <translation>备份未通过检查，已删除：</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>before import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check):</source>
        <translation>%1 已损坏（完整性检查）：</translation>
    </message>
    <message>
        <source>%1 is not a OneWindow database (it has no site code).</source>
        <translation>%1 不是一窗通数据库（没有站点代码）。</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>备份 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 就是数据库本身，不是它的备份。</translation>
    </message>
    <message>
        <source>The backup was not restored; nothing was changed.</source>
        <translation>备份未恢复，未作任何更改。</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer OneWindow (schema %2; this program knows up to %3). Nothing was changed.</source>
        <translation>备份 %1 由更新版本的一窗通写入（结构版本 %2；本程序最高支持 %3）。未作任何更改。</translation>
    </message>
    <message>
        <source>The backup %1 belongs to site %2 (%3), this database to site %4. Nothing was changed; to replace this site&apos;s records with the other site&apos;s all the same, use --force-site.</source>
        <translation>备份 %1 属于站点 %2（%3），本数据库属于站点 %4。未作任何更改；如确要用另一站点的记录替换本站点的记录，请使用 --force-site。</translation>
    </message>
    <message>
        <source>The backup %1 has pages of %2 bytes, this database pages of %3 bytes; it cannot be restored into it. Nothing was changed.</source>
        <translation>备份 %1 的页大小为 %2 字节，本数据库为 %3 字节，无法恢复到本数据库。未作任何更改。</translation>
    </message>
    <message>
        <source>The current database could not be kept, so the backup was not restored; nothing was changed: %1</source>
        <translation>无法保留当前数据库，因此未恢复备份，未作任何更改：%1</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>无法恢复备份：%1</translation>
    </message>
    <message>
        <source>The backup was restored but could not be upgraded: %1</source>
        <translation>备份已恢复，但无法升级：%1</translation>
    </message>
    <message>
        <source>The backup was restored, but the restore could not be written to the audit log: %1</source>
        <translation>备份已恢复，但无法将此次恢复写入审计日志：%1</translation>
    </message>
</context>
<context>
    <name>ow::cli</name>
    <message>
        <source>Number of cases.</source>
        <translation>案件数量。</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>随机数种子。</translation>
    </message>
    <message>
        <source>--cases must be a positive number.</source>
        <translation>--cases 必须是正整数。</translation>
    </message>
    <message>
        <source>--seed must be a non-negative number.</source>
        <translation>--seed 必须是非负整数。</translation>
    </message>
    <message>
        <source>%1 demo cases added (%2 still open), received %3 to %4, in %5 s.</source>
        <translation>已添加 %1 件演示案件（%2 件仍在办），登记日期 %3 至 %4，用时 %5 秒。</translation>
    </message>
    <message>
        <source>Report month.</source>
        <translation>报表月份。</translation>
    </message>
    <message>
        <source>Source site code.</source>
        <translation>来源单位代码。</translation>
    </message>
    <message>
        <source>Township code.</source>
        <translation>乡镇代码。</translation>
    </message>
    <message>
        <source>Lead department code.</source>
        <translation>责任部门代码。</translation>
    </message>
    <message>
        <source>json, csv, xlsx or pdf.</source>
        <translation>json、csv、xlsx 或 pdf。</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>输出文件。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>--month must be a month like 2025-05.</source>
        <translation>--month 必须是形如 2025-05 的月份。</translation>
    </message>
    <message>
        <source>--format must be json, csv, xlsx or pdf.</source>
        <translation>--format 必须是 json、csv、xlsx 或 pdf。</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>必须用 --out 指定输出文件。</translation>
    </message>
    <message>
        <source>Unknown township &quot;%1&quot;.</source>
        <translation>未知乡镇“%1”。</translation>
    </message>
    <message>
        <source>Unknown department &quot;%1&quot;.</source>
        <translation>未知部门“%1”。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Report %1 written to %2</source>
        <translation>%1 报表已写入 %2</translation>
    </message>
    <message>
        <source>There was no database at %1: made one for the sample site %2 (%3) first.</source>
        <translation>%1 处没有数据库：已先为示例单位 %2（%3）新建一个。</translation>
    </message>
    <message>
        <source>The receipt</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <source>The mediation agreement</source>
        <translation>调解协议书</translation>
    </message>
    <message>
        <source>The handling opinion</source>
        <translation>处理意见书</translation>
    </message>
    <message>
        <source>The case file</source>
        <translation>卷宗</translation>
    </message>
    <message>
        <source>Who compiled the case file.</source>
        <translation>立卷人姓名。</translation>
    </message>
    <message>
        <source>print needs a document kind (receipt, agreement, opinion or casefile) and a case.</source>
        <translation>print 需要文书种类（receipt、agreement、opinion 或 casefile）和案件。</translation>
    </message>
    <message>
        <source>Unknown document &quot;%1&quot;: use receipt, agreement, opinion or casefile.</source>
        <translation>未知文书“%1”：请用 receipt、agreement、opinion 或 casefile。</translation>
    </message>
    <message>
        <source>%1 of %2 written to %3</source>
        <translation>%2的%1已写入 %3</translation>
    </message>
    <message>
        <source>Warning: the report carries no signed audit log head: %1</source>
        <translation>警告：报表未附带已签名的审计日志头：%1</translation>
    </message>
</context>
<context>
    <name>ow::mechanisms</name>
    <message>
        <source>The record no longer exists; close the list and open it again.</source>
        <translation>该记录已不存在，请关闭列表后重新打开。</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇级</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>包调查</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>包处理</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>包化解</translation>
    </message>
    <message>
        <source>Keep stable</source>
        <translation>包稳定</translation>
    </message>
    <message>
        <source>Leader in charge</source>
        <translation>包案中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已化解</translation>
    </message>
    <message>
        <source>Ended unresolved</source>
        <translation>已结束（未化解）</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）级</translation>
    </message>
</context>
<context>
    <name>ow::permissions</name>
    <message>
        <source>see the cases</source>
        <translation>查看案件</translation>
    </message>
    <message>
        <source>see full ID and phone numbers</source>
        <translation>查看完整的身份证号和电话号码</translation>
    </message>
    <message>
        <source>register cases</source>
        <translation>登记案件</translation>
    </message>
    <message>
        <source>handle cases</source>
        <translation>办理案件</translation>
    </message>
    <message>
        <source>route cases to departments</source>
        <translation>分流案件到部门</translation>
    </message>
    <message>
        <source>import a ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <source>export data for the county</source>
        <translation>导出上报县级的数据</translation>
    </message>
    <message>
        <source>import township data</source>
        <translation>导入乡镇数据</translation>
    </message>
    <message>
        <source>see and resolve consolidation conflicts</source>
        <translation>查看并处理汇总冲突</translation>
    </message>
    <message>
        <source>make the monthly report</source>
        <translation>生成月度报表</translation>
    </message>
    <message>
        <source>add demo cases</source>
        <translation>添加演示案件</translation>
    </message>
    <message>
        <source>list the user accounts</source>
        <translation>列出用户账户</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>管理用户账户</translation>
    </message>
    <message>
        <source>change their password</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>change reference data</source>
        <translation>修改基础数据</translation>
    </message>
    <message>
        <source>change the routing rules</source>
        <translation>修改分流规则</translation>
    </message>
    <message>
        <source>change the center settings</source>
        <translation>修改中心设置</translation>
    </message>
    <message>
        <source>manage the signing keys</source>
        <translation>管理签名密钥</translation>
    </message>
    <message>
        <source>edit the leaders&apos; reception schedule and the petition agency</source>
        <translation>编排领导接访日程和管理信访代办</translation>
    </message>
    <message>
        <source>record a case received at a leader&apos;s reception</source>
        <translation>登记领导接访案件</translation>
    </message>
    <message>
        <source>assign a leader to a case</source>
        <translation>确定包案领导</translation>
    </message>
    <message>
        <source>record a leader&apos;s progress on a case</source>
        <translation>记录包案领导工作进展</translation>
    </message>
    <message>
        <source>act as a petition agent</source>
        <translation>以信访代办员身份办理</translation>
    </message>
</context>
<context>
    <name>ow::ui</name>
    <message>
        <source>Cases by category</source>
        <translation>按纠纷类别统计</translation>
    </message>
    <message>
        <source>Outcomes of closed cases</source>
        <translation>办结结果构成</translation>
    </message>
    <message>
        <source>No closed cases</source>
        <translation>无办结案件</translation>
    </message>
    <message>
        <source>12-month trend: accepted and closed</source>
        <translation>近12个月受理数与办结数</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村级</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>上交</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办结结果</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Month: %1    Scope: %2</source>
        <translation>统计月份：%1    统计范围：%2</translation>
    </message>
    <message>
        <source>Generated at %1</source>
        <translation>生成时间：%1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>受理办结情况</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>年度累计</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>按办结结果</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>无法开始打印。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Unknown report format &quot;%1&quot;.</source>
        <translation>未知报表格式“%1”。</translation>
    </message>
    <message>
        <source>Totals and rates</source>
        <translation>总表</translation>
    </message>
    <message>
        <source>Resolution levels: %1 %2 (closed or escalated)</source>
        <translation>化解层级：%1 %2（办结与上交）</translation>
    </message>
    <message>
        <source>Not leaving village %1 · not leaving township %2 · not escalated %3</source>
        <translation>不出村率 %1 · 不出镇率 %2 · 不上交率 %3</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Cases accepted and closed</source>
        <translation>受理办结情况</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>统计图</translation>
    </message>
    <message>
        <source>12-month trend</source>
        <translation>近12个月趋势</translation>
    </message>
    <message>
        <source>Petition agency level</source>
        <translation>信访代办级别</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记数</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>化解数</translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation>化解率</translation>
    </message>
    <message>
        <source>Leaders and agency</source>
        <translation>领导接访与代办</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
</context>
<context>
    <name>ow::ui::AgencyCasesWindow</name>
    <message>
        <source>My Agency Cases</source>
        <translation>我的代办案件</translation>
    </message>
    <message>
        <source>Agency Cases</source>
        <translation>代办案件</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>层级(&amp;L)：</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Agency point</source>
        <translation>代办点</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代办员</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Citizen informed</source>
        <translation>已告知群众</translation>
    </message>
    <message>
        <source>New since you last looked</source>
        <translation>上次查看以来的新进展</translation>
    </message>
    <message>
        <source>Citizen &amp;Informed…</source>
        <translation>已告知群众(&amp;I)…</translation>
    </message>
    <message>
        <source>Record that you told the citizen how the case stands</source>
        <translation>记录已向群众告知案件办理进展</translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation>查看案件(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未告知</translation>
    </message>
    <message>
        <source>%1 case(s) carried by you; %2 changed since you last looked (highlighted).</source>
        <translation>您代办的案件 %1 件，其中 %2 件有新进展（已突出显示）。</translation>
    </message>
    <message>
        <source>%1 agency case(s).</source>
        <translation>代办案件 %1 件。</translation>
    </message>
    <message>
        <source>Select a case in the list first.</source>
        <translation>请先在列表中选择一件案件。</translation>
    </message>
    <message>
        <source>Citizen Informed</source>
        <translation>已告知群众</translation>
    </message>
    <message>
        <source>Recorded in the timeline of %1 that the citizen was informed.</source>
        <translation>已在 %1 的办理记录中登记已告知群众。</translation>
    </message>
    <message>
        <source>A&amp;gency Cases…</source>
        <translation>代办案件(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>ow::ui::AgencyPointsDialog</name>
    <message>
        <source>Agency &amp;Points and Agents…</source>
        <translation>代办点和代办员(&amp;P)…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Agency Points and Agents</source>
        <translation>代办点和代办员</translation>
    </message>
    <message>
        <source>Agency point</source>
        <translation>代办点</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>服务区域</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>代办员人数</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>层级(&amp;V)：</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>服务区域(&amp;R)：</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>地址(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>New Poin&amp;t</source>
        <translation>新增代办点(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save Point</source>
        <translation>保存代办点(&amp;S)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代办员</translation>
    </message>
    <message>
        <source>Sign-in account</source>
        <translation>登录账号</translation>
    </message>
    <message>
        <source>Agent of the selected point</source>
        <translation>所选代办点的代办员</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Sign-in acco&amp;unt:</source>
        <translation>登录账号(&amp;U)：</translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation>（无账号）</translation>
    </message>
    <message>
        <source>New A&amp;gent</source>
        <translation>新增代办员(&amp;G)</translation>
    </message>
    <message>
        <source>S&amp;ave Agent</source>
        <translation>保存代办员(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>已保存：%1。</translation>
    </message>
    <message>
        <source>Select the agency point the agent works at first.</source>
        <translation>请先选择代办员所在的代办点。</translation>
    </message>
</context>
<context>
    <name>ow::ui::AgreementDialog</name>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation>身份证号/统一社会信用代码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>optional, e.g. agreement No. 12 of 2025</source>
        <translation>可不填，如：〔2025〕第12号</translation>
    </message>
    <message>
        <source>e.g. bank transfer in one payment</source>
        <translation>如：银行转账，一次性支付</translation>
    </message>
    <message>
        <source>e.g. the township mediation committee</source>
        <translation>如：镇人民调解委员会</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>Edit the Mediation Agreement</source>
        <translation>修改调解协议书</translation>
    </message>
    <message>
        <source>Parties: the case has no applicant or respondent recorded yet.</source>
        <translation>当事人：该案件尚未登记申请人或被申请人。</translation>
    </message>
    <message>
        <source>Agreed &amp;terms:</source>
        <translation>协议内容(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Content of the oral agreement (recorded by the mediator, art. 28):</source>
        <translation>口头协议内容（由调解员记录，第二十八条）(&amp;T)：</translation>
    </message>
    <message>
        <source>Main &amp;facts of the dispute:</source>
        <translation>纠纷的主要事实(&amp;F)：</translation>
    </message>
    <message>
        <source>Main &amp;facts of the dispute (optional):</source>
        <translation>纠纷的主要事实（可不填）(&amp;F)：</translation>
    </message>
    <message>
        <source>Points in &amp;dispute and each party&apos;s responsibility:</source>
        <translation>争议事项及各方责任(&amp;D)：</translation>
    </message>
    <message>
        <source>Points in &amp;dispute and each party&apos;s responsibility (optional):</source>
        <translation>争议事项及各方责任（可不填）(&amp;D)：</translation>
    </message>
    <message>
        <source>The amount is not valid; see the message under it.</source>
        <translation>金额填写有误，请看金额下方的提示。</translation>
    </message>
    <message>
        <source>The agreement is saved.</source>
        <translation>调解协议已保存。</translation>
    </message>
    <message>
        <source>Preview and print the agreement now?</source>
        <translation>现在预览并打印调解协议书吗？</translation>
    </message>
    <message>
        <source>Agreement Saved</source>
        <translation>调解协议已保存</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>调解协议书</translation>
    </message>
    <message>
        <source>Name or title</source>
        <translation>姓名/名称</translation>
    </message>
</context>
<context>
    <name>ow::ui::AssignLeaderDialog</name>
    <message>
        <source>Assign a Leader</source>
        <translation>指定包案领导</translation>
    </message>
    <message>
        <source>(choose a leader)</source>
        <translation>（请选择领导）</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>包案领导(&amp;L)：</translation>
    </message>
    <message>
        <source>No active leader is entered yet: a supervisor enters the leaders first (reception schedule).</source>
        <translation>尚未录入在任领导：请中心主任先在接访日程中录入领导。</translation>
    </message>
    <message>
        <source>Duties:</source>
        <translation>包案责任：</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>目标日期(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>指定(&amp;A)</translation>
    </message>
    <message>
        <source>Assign a Lea&amp;der…</source>
        <translation>指定包案领导(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>ow::ui::AttachmentsDialog</name>
    <message>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>Empty: the file&apos;s name</source>
        <translation>留空则使用文件名</translation>
    </message>
    <message>
        <source>PDF, JPG or PNG, at most %1 MB</source>
        <translation>PDF、JPG 或 PNG 文件，最大 %1 MB</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Add Attachment</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG)</source>
        <translation>扫描件和照片 (*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>Attachment Not Added</source>
        <translation>附件未添加</translation>
    </message>
    <message>
        <source>Open Attachment</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>No program was found to show &quot;%1&quot;. Use Save As… and open the copy yourself.</source>
        <translation>找不到可以显示“%1”的程序。请用“另存为…”保存一份后自行打开。</translation>
    </message>
    <message>
        <source>Save Attachment As</source>
        <translation>附件另存为</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>%1 Its attachments can be opened and saved, not added.</source>
        <translation>%1其附件只能打开和另存，不能添加。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ow::ui::BackupDialog</name>
    <message>
        <source>Backup and Restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message numerus="yes">
        <source>Backups are kept in %1. Automatic backups (daily, before an upgrade, before a package import) are kept for %n day(s); backups made here are kept until deleted by hand.</source>
        <translation>
            <numerusform>备份保存在 %1。自动备份（每日、升级前、导入数据包前）保留 %n 天；在此手动做的备份一直保留，直到手工删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore Selected…</source>
        <translation>恢复所选…(&amp;R)</translation>
    </message>
    <message>
        <source>Only an administrator can restore a backup.</source>
        <translation>只有管理员可以恢复备份。</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未校验</translation>
    </message>
    <message>
        <source>There is no backup yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <source>Backing up and checking the backup…</source>
        <translation>正在备份并校验备份…</translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation>备份失败。</translation>
    </message>
    <message>
        <source>The backup failed:
%1</source>
        <translation>备份失败：
%1</translation>
    </message>
    <message>
        <source>Backup of %1 written and checked: %2</source>
        <translation>%1 的备份已写入并通过校验：%2</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Restore the backup of %1?

The database goes back to what it held then: whatever was recorded after %1 is not in it. The current file is kept beside the database as %2.before-restore-….sqlite, so nothing is lost.

OneWindow closes after restoring; start it again to work with the restored records.</source>
        <translation>恢复 %1 的备份吗？

数据库将回到当时的状态：%1 之后登记的内容都不在其中。当前文件会保留在数据库旁，名为 %2.before-restore-….sqlite，不会丢失任何内容。

恢复后一窗通将关闭；请重新打开，使用恢复后的记录。</translation>
    </message>
    <message>
        <source>Checking the backup and restoring it…</source>
        <translation>正在校验并恢复备份…</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>备份未恢复。</translation>
    </message>
    <message>
        <source>The backup of %1 was restored.</source>
        <translation>%1 的备份已恢复。</translation>
    </message>
    <message>
        <source>The backup of %1 was restored. The file as it was before is kept as %2.

OneWindow closes now; start it again to work with the restored records.</source>
        <translation>%1 的备份已恢复。恢复前的文件保留为 %2。

一窗通现在关闭；请重新打开，使用恢复后的记录。</translation>
    </message>
    <message>
        <source>Backup and Restore…</source>
        <translation>备份与恢复…</translation>
    </message>
    <message>
        <source>A center&apos;s server is backed up by its administrator with pg_dump (onewindow-cli backup); this dialog backs up a database file.</source>
        <translation>中心服务器由其管理员用 pg_dump 备份（onewindow-cli backup）；本对话框只备份数据库文件。</translation>
    </message>
</context>
<context>
    <name>ow::ui::CaseActionsDialog</name>
    <message>
        <source>Accept and number the case</source>
        <translation>受理立案（编号）</translation>
    </message>
    <message>
        <source>The case gets its number and its deadlines; triage then routes it to a department.</source>
        <translation>案件取得编号和办理期限，随后由分流员交办给责任部门。</translation>
    </message>
    <message>
        <source>Do not accept (不予受理)</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Write the reason; it is printed on the notice the citizen receives.</source>
        <translation>请写明理由；理由会印在交给群众的告知书上。</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>The lead department has taken the case up (调查落实).</source>
        <translation>牵头部门已着手办理（调查落实）。</translation>
    </message>
    <message>
        <source>Record investigation notes</source>
        <translation>记录调查落实情况</translation>
    </message>
    <message>
        <source>What was found or done: visits, talks, documents seen. The note goes into the timeline.</source>
        <translation>查明了什么、做了什么：走访、谈话、查阅的材料等。记录将写入时间线。</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>情况：</translation>
    </message>
    <message>
        <source>Record the response (处理反馈)</source>
        <translation>办结答复（处理反馈）</translation>
    </message>
    <message>
        <source>The response, decision or agreement that reached the citizen. Every summoned department must have reported in and given feedback, unless the lead department overrides with a reason.</source>
        <translation>已告知群众的答复、处理决定或协议。所有被召集的协办部门须已报到并反馈；否则须由牵头部门写明理由后强制办结。</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>答复内容：</translation>
    </message>
    <message>
        <source>Return for more work</source>
        <translation>退回重办</translation>
    </message>
    <message>
        <source>The response did not settle the matter; say why.</source>
        <translation>答复未能解决问题，请说明原因。</translation>
    </message>
    <message>
        <source>Suspend (clock paused)</source>
        <translation>中止办理（暂停计时）</translation>
    </message>
    <message>
        <source>The deadlines stop; on resuming they move later by the days suspended.</source>
        <translation>期限暂停计算；恢复办理后，期限按中止的天数顺延。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复办理</translation>
    </message>
    <message>
        <source>The case goes on where it stopped; open deadlines move later.</source>
        <translation>案件从中止处继续办理，未到期的期限相应顺延。</translation>
    </message>
    <message>
        <source>Put under supervision (督办)</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Say what must happen and by when; the case shows in 督办中.</source>
        <translation>写明督办要求和时限；案件将列入“督办中”。</translation>
    </message>
    <message>
        <source>Supervision note:</source>
        <translation>督办意见：</translation>
    </message>
    <message>
        <source>End supervision</source>
        <translation>结束督办</translation>
    </message>
    <message>
        <source>The case leaves 督办中.</source>
        <translation>案件移出“督办中”。</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>说明（可不填）：</translation>
    </message>
    <message>
        <source>Extend the deadline (once)</source>
        <translation>延长办理期限（限一次）</translation>
    </message>
    <message>
        <source>A petition may be extended once by 30 days (信访工作条例 art. 32), with the reason.</source>
        <translation>信访事项可延长一次，最长 30 日（《信访工作条例》第三十二条），须写明理由。</translation>
    </message>
    <message>
        <source>Transfer to another lead department</source>
        <translation>转办其他牵头部门</translation>
    </message>
    <message>
        <source>The old department stays in the history.</source>
        <translation>原部门保留在办理记录中。</translation>
    </message>
    <message>
        <source>Summon a co-handling department (吹哨)</source>
        <translation>吹哨：召集协办部门</translation>
    </message>
    <message>
        <source>The department must report in (报到) and give its feedback by its own due date.</source>
        <translation>被召集部门须在其期限内报到并反馈办理情况。</translation>
    </message>
    <message>
        <source>A summoned department reports in (报到)</source>
        <translation>协办部门报到</translation>
    </message>
    <message>
        <source>The time of reporting in is recorded.</source>
        <translation>系统记录报到时间。</translation>
    </message>
    <message>
        <source>A summoned department gives feedback</source>
        <translation>协办部门反馈</translation>
    </message>
    <message>
        <source>What the department did for its part.</source>
        <translation>该部门就其承担部分的办理情况。</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>反馈内容：</translation>
    </message>
    <message>
        <source>Escalate (上交)</source>
        <translation>上交</translation>
    </message>
    <message>
        <source>Name the body that receives the case.</source>
        <translation>请写明接收案件的机关。</translation>
    </message>
    <message>
        <source>Withdrawn by the applicant</source>
        <translation>申请人撤回</translation>
    </message>
    <message>
        <source>Record the reason the applicant gave.</source>
        <translation>请记录申请人撤回的理由。</translation>
    </message>
    <message>
        <source>Merge into another case</source>
        <translation>合并到另一案件</translation>
    </message>
    <message>
        <source>A duplicate: this case ends as merged and points at the case that goes on.</source>
        <translation>重复登记：本案以“已合并”结束，并指向继续办理的案件。</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>The reason is kept in the timeline.</source>
        <translation>理由将记入时间线。</translation>
    </message>
    <message>
        <source>Handle Case %1</source>
        <translation>办理案件 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · lead department: %3%4&lt;br&gt;%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · 牵头部门：%3%4&lt;br&gt;%5</translation>
    </message>
    <message>
        <source> · due %1</source>
        <translation> · 期限 %1</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>办理事项(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>部门(&amp;P)：</translation>
    </message>
    <message>
        <source>D&amp;ue by:</source>
        <translation>期限(&amp;U)：</translation>
    </message>
    <message>
        <source>Respond although summoned departments have not all given feedback (write the reason above)</source>
        <translation>协办部门尚未全部反馈，仍然办结答复（请在上面写明理由）</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>Nothing can be done with a case that is &quot;%1&quot; any more%2.</source>
        <translation>案件已“%1”，无法再办理%2。</translation>
    </message>
    <message>
        <source>; a supervisor can reopen it</source>
        <translation>；中心主任可重新打开</translation>
    </message>
    <message>
        <source>Surviving &amp;case (number or code):</source>
        <translation>保留的案件(&amp;C)（编号或一案一码）：</translation>
    </message>
    <message>
        <source>Receiving &amp;body:</source>
        <translation>接收机关(&amp;B)：</translation>
    </message>
    <message>
        <source>Recorded in the timeline of %1.</source>
        <translation>已记入 %1 的时间线。</translation>
    </message>
    <message>
        <source>&amp;Handle Case…</source>
        <translation>办理(&amp;H)…</translation>
    </message>
    <message>
        <source>Start, respond, suspend, supervise, summon departments… for the selected case (Ctrl+D)</source>
        <translation>为选中的案件开始办理、答复、中止、督办、召集部门等（Ctrl+D）</translation>
    </message>
    <message>
        <source>not routed yet</source>
        <translation>尚未交办（请在“分流”页交办）</translation>
    </message>
</context>
<context>
    <name>ow::ui::CaseDetailView</name>
    <message>
        <source>Pending</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Select a case to see its details.</source>
        <translation>选择一个案件以查看详情。</translation>
    </message>
    <message>
        <source>One-case code:</source>
        <translation>一案一码：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分派</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办结结果</translation>
    </message>
    <message>
        <source>Resolution level</source>
        <translation>化解层级</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Supervised</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>事由摘要</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限节点</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>(extended by %n day(s))</source>
        <translation>
            <numerusform>（已延期 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>证件 %1</translation>
    </message>
    <message>
        <source>Credit code %1</source>
        <translation>信用代码 %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>电话 %1</translation>
    </message>
    <message>
        <source>(not numbered yet)</source>
        <translation>（尚未编号）</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Receiving window</source>
        <translation>受理窗口</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来访次数</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>住址 %1</translation>
    </message>
    <message>
        <source>Legal representative %1</source>
        <translation>法定代表人 %1</translation>
    </message>
</context>
<context>
    <name>ow::ui::CaseEditDialog</name>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>时:分</translation>
    </message>
    <message>
        <source>The deadlines are counted again from a corrected date.</source>
        <translation>更正受理日期后，各项期限将按新日期重新计算。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation>身份证号/统一社会信用代码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Every change is kept in the case timeline with the old and the new value.</source>
        <translation>每项修改都会连同原值和新值记入案件办理过程。</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>Edit Case %1</source>
        <translation>编辑案件 %1</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Shown masked. Type the whole number to correct it.</source>
        <translation>已脱敏显示。如需更正，请输入完整号码。</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): see the red messages at the fields.</source>
        <translation>
            <numerusform>有 %n 处问题：请查看各栏下方的红色提示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Case Cannot Be Edited</source>
        <translation>案件不能修改</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>没有修改任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved to the timeline.</source>
        <translation>
            <numerusform>已保存 %n 处修改，并记入办理过程。</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Case…</source>
        <translation>编辑案件…</translation>
    </message>
    <message>
        <source>Correct the fields and parties of the selected case (Ctrl+E)</source>
        <translation>更正所选案件的信息和当事人（Ctrl+E）</translation>
    </message>
    <message>
        <source>address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Ctrl+S: save · Esc: close</source>
        <translation>Ctrl+S 保存 · Esc 关闭</translation>
    </message>
    <message>
        <source>Only for an organization, known by its credit code</source>
        <translation>仅限单位（以统一社会信用代码识别）填写</translation>
    </message>
</context>
<context>
    <name>ow::ui::CaseListModel</name>
    <message>
        <source>Unassigned</source>
        <translation>未分派</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已超期）</translation>
    </message>
    <message>
        <source>%1 (due soon)</source>
        <translation>%1（即将到期）</translation>
    </message>
    <message>
        <source>Past its deadline and not yet closed</source>
        <translation>已过期限且尚未办结</translation>
    </message>
    <message>
        <source>Most of the time allowed has passed</source>
        <translation>办理期限已大部分用完</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>ow::ui::CloseCaseDialog</name>
    <message>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>尚缺：</translation>
    </message>
    <message>
        <source>Discard Closing Text</source>
        <translation>放弃结案内容</translation>
    </message>
    <message>
        <source>The closing summary typed here has not been saved. Close and discard it?</source>
        <translation>在此填写的结案内容尚未保存。确定关闭并放弃吗？</translation>
    </message>
</context>
<context>
    <name>ow::ui::ConflictsDialog</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Consolidation Conflicts</source>
        <translation>汇总冲突</translation>
    </message>
    <message>
        <source>Case / record</source>
        <translation>案件/记录</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>本中心版本</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>乡镇版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>This center&apos;s version</source>
        <translation>本中心版本</translation>
    </message>
    <message>
        <source>Township&apos;s version</source>
        <translation>乡镇版本</translation>
    </message>
    <message>
        <source>Show resolved conflicts too</source>
        <translation>同时显示已处理的冲突</translation>
    </message>
    <message>
        <source>Keep This Center&apos;s Version</source>
        <translation>保留本中心版本</translation>
    </message>
    <message>
        <source>Take the Township&apos;s Version</source>
        <translation>采用乡镇版本</translation>
    </message>
    <message>
        <source>v%1, %2</source>
        <translation>第 %1 版，%2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>kept ours (%1, %2)</source>
        <translation>已保留本中心版本（%1，%2）</translation>
    </message>
    <message>
        <source>took theirs (%1, %2)</source>
        <translation>已采用乡镇版本（%1，%2）</translation>
    </message>
    <message>
        <source>No open conflicts: every record merged from the townships agrees with this center&apos;s.</source>
        <translation>没有待处理的冲突：从乡镇汇总的记录都与本中心一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed both here and at a township since the last exchange. This center&apos;s version is in use; choose for each which version to keep.</source>
        <translation>
            <numerusform>有 %n 条记录自上次交换以来在本中心和乡镇都被修改过。目前使用本中心版本；请逐条选择保留哪个版本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep this center&apos;s version of %1? The township&apos;s version is set aside (it stays in the conflict record).</source>
        <translation>保留本中心的 %1 版本吗？乡镇版本不采用（仍保存在冲突记录中）。</translation>
    </message>
    <message>
        <source>Replace this center&apos;s version of %1 with the township&apos;s? This center&apos;s version stays in the conflict record.</source>
        <translation>用乡镇版本替换本中心的 %1 吗？本中心版本仍保存在冲突记录中。</translation>
    </message>
    <message>
        <source>Consolidation Conflicts…</source>
        <translation>汇总冲突…</translation>
    </message>
    <message>
        <source>%1 (%2), from %3 (package %4, found %5). Fields that differ:</source>
        <translation>%1（%2），来自 %3（数据包 %4，发现于 %5）。不同的字段：</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>记录类别</translation>
    </message>
    <message>
        <source>From township</source>
        <translation>来源乡镇</translation>
    </message>
</context>
<context>
    <name>ow::ui::DashboardWidget</name>
    <message>
        <source>Accepted this month</source>
        <translation>本月受理</translation>
    </message>
    <message>
        <source>Closed this month</source>
        <translation>本月办结</translation>
    </message>
    <message>
        <source>Closure rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <source>Open and overdue</source>
        <translation>超期在办</translation>
    </message>
</context>
<context>
    <name>ow::ui::DeadlineRulesDialog</name>
    <message>
        <source>(every case type)</source>
        <translation>（所有案件类型）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>不可延期</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Only an administrator may change the deadline rules.</source>
        <translation>只有管理员可以修改期限规则。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the case type and milestone of the new rule; a rule already there for them is changed.</source>
        <translation>请选择新规则的案件类型和期限节点；如已有相同的规则，将修改该规则。</translation>
    </message>
    <message>
        <source>Saved: %1, %2. Deadlines set from now on follow it.</source>
        <translation>已保存：%1，%2。此后设定的期限按此规则计算。</translation>
    </message>
    <message>
        <source>&amp;Deadline Rules…</source>
        <translation>期限规则(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>ow::ui::DepartmentPicker</name>
    <message>
        <source>Type to find a department, Enter ticks it</source>
        <translation>输入部门名称查找，回车勾选</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>已选：%1</translation>
    </message>
</context>
<context>
    <name>ow::ui::ExportPackageDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export Data for the County</source>
        <translation>导出上报数据</translation>
    </message>
    <message>
        <source>OneWindow packages (*.owpkg)</source>
        <translation>OneWindow 数据包 (*.owpkg)</translation>
    </message>
    <message>
        <source>Exported %1 cases (%2 rows in all) to %3.
Checksum (SHA-256): %4</source>
        <translation>已导出 %1 件案件（共 %2 行）到 %3。
校验和（SHA-256）：%4</translation>
    </message>
    <message>
        <source>Export Data for the County…</source>
        <translation>导出上报数据…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
</context>
<context>
    <name>ow::ui::FileDialog</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>ow::ui::FirstRunDialog</name>
    <message>
        <source>&amp;Create Database</source>
        <translation>创建数据库(&amp;C)</translation>
    </message>
    <message>
        <source>Cannot Create Database</source>
        <translation>无法创建数据库</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Give the server&apos;s address as postgresql://user@server/database.</source>
        <translation>请以 postgresql://用户@服务器/数据库 的形式填写服务器地址。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Server Password</source>
        <translation>服务器密码</translation>
    </message>
    <message>
        <source>Password of %1 on %2 (not stored):</source>
        <translation>%2 上 %1 的密码（不会保存）：</translation>
    </message>
</context>
<context>
    <name>ow::ui::FollowupDialog</name>
    <message>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>(not asked)</source>
        <translation>（未询问）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ow::ui::FormKeys</name>
    <message>
        <source>Enter: next field · Shift+Enter: new line in the summary</source>
        <translation>Enter 下一项 · Shift+Enter 事由摘要内换行</translation>
    </message>
</context>
<context>
    <name>ow::ui::HolidaysDialog</name>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>Only an administrator may change the holiday calendar.</source>
        <translation>只有管理员可以修改节假日安排。</translation>
    </message>
    <message>
        <source>No entries for %1 yet. Import the schedule from a file (date,kind,name per line, as in holidays.csv) or add the days one by one, then save the year.</source>
        <translation>%1 年还没有记录。请从文件导入安排（每行“日期,类型,名称”，格式同 holidays.csv），或逐日添加，然后保存本年。</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>没有记录</translation>
    </message>
    <message>
        <source>%1 day(s) off, %2 make-up working day(s)%3</source>
        <translation>放假 %1 天，调休上班 %2 天%3</translation>
    </message>
    <message>
        <source> — not saved</source>
        <translation>（未保存）</translation>
    </message>
    <message>
        <source>Select the days to remove in the table first.</source>
        <translation>请先在表格中选中要删除的日期。</translation>
    </message>
    <message>
        <source>Import Holidays</source>
        <translation>导入节假日安排</translation>
    </message>
    <message>
        <source>Holiday schedule (*.csv *.txt);;All files (*)</source>
        <translation>节假日安排 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 未导入：%2</translation>
    </message>
    <message>
        <source>%1 was not imported: it holds entries of several years (%2). Import the schedule of one year at a time.</source>
        <translation>%1 未导入：其中含有多个年份（%2）的记录。请一次导入一年的安排。</translation>
    </message>
    <message>
        <source>%1 entries read from %2; not saved yet: check them, then save the year.</source>
        <translation>已从 %2 读入 %1 条记录，尚未保存：请核对后点“保存本年”。</translation>
    </message>
    <message numerus="yes">
        <source>%1 saved: %2 day(s) off, %3 make-up working day(s). %n open deadline(s) recomputed.</source>
        <translation>
            <numerusform>已保存 %1 年：放假 %2 天，调休上班 %3 天。重新计算了 %n 个未到期期限。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>These deadlines were extended or moved by a suspension, so they were left as they are; check them by hand: %1</source>
        <translation>以下期限曾经延期或因中止而顺延，未自动调整，请人工核对：%1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The changes to %1 are not saved. Discard them?</source>
        <translation>对 %1 年的修改尚未保存。要放弃吗？</translation>
    </message>
    <message>
        <source>&amp;Holidays…</source>
        <translation>节假日安排(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>ow::ui::HomeView</name>
    <message>
        <source>New Registration (F2)</source>
        <translation>新建登记（F2）</translation>
    </message>
    <message>
        <source>Work queues — %1</source>
        <translation>工作队列 — %1</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4)</source>
        <translation>%1 %2%3（%4）</translation>
    </message>
    <message>
        <source>No leader receives visitors today.</source>
        <translation>今日无领导接访。</translation>
    </message>
    <message>
        <source>Leader on duty today: %1</source>
        <translation>今日接访领导：%1</translation>
    </message>
    <message>
        <source>Leader-owned cases in hand: %1    Backlog cases without a leader: %2</source>
        <translation>领导包案在办：%1 件    尚无包案领导的积案：%2 件</translation>
    </message>
</context>
<context>
    <name>ow::ui::ImportLedgerDialog</name>
    <message>
        <source>Choose Ledger</source>
        <translation>选择台账文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The import failed and nothing was written.</source>
        <translation>导入失败，未写入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing was written; correct the ledger and check it again.</source>
        <translation>
            <numerusform>发现 %n 处问题，未写入任何数据；请修改台账后重新检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>All rows are valid: %1 case(s) will be imported, %2 are already in the database unchanged. Press Import to write them.</source>
        <translation>全部行均有效：将导入 %1 件案件，另有 %2 件已在数据库中且无变化。请按“导入”写入。</translation>
    </message>
    <message>
        <source>Nothing to import: all %1 case(s) are already in the database unchanged.</source>
        <translation>无需导入：全部 %1 件案件已在数据库中且无变化。</translation>
    </message>
    <message>
        <source>Imported %1 case(s); %2 unchanged.</source>
        <translation>已导入 %1 件案件；%2 件无变化。</translation>
    </message>
    <message>
        <source>Checking row %1 of %2…</source>
        <translation>正在检查第 %1 行，共 %2 行…</translation>
    </message>
    <message>
        <source>Importing row %1 of %2…</source>
        <translation>正在导入第 %1 行，共 %2 行…</translation>
    </message>
    <message>
        <source>Saving %1 rows to the database…</source>
        <translation>正在将 %1 行保存到数据库…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Preparing the new cases for search…</source>
        <translation>正在为新案件建立检索索引…</translation>
    </message>
</context>
<context>
    <name>ow::ui::ImportPackageDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>In package</source>
        <translation>包内</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Conflicting</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>镇级</translation>
    </message>
    <message>
        <source>Import Township Data</source>
        <translation>导入乡镇数据</translation>
    </message>
    <message>
        <source>OneWindow packages (*.owpkg);;All files (*)</source>
        <translation>OneWindow 数据包 (*.owpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 (%2), exported %3 by %4.</source>
        <translation>%1（%2），由 %4 于 %3 导出。</translation>
    </message>
    <message>
        <source>Checked: the file is complete and unchanged since export (SHA-256 %1…).</source>
        <translation>已检查：文件完整，导出后未被改动（SHA-256 %1…）。</translation>
    </message>
    <message>
        <source>First package from this township: importing registers it as a township of this county.</source>
        <translation>首次收到该乡镇的数据包：导入时将其登记为本县的乡镇。</translation>
    </message>
    <message>
        <source>This package was already imported on %1.</source>
        <translation>此数据包已于 %1 导入过。</translation>
    </message>
    <message>
        <source>Every record of this package is already here; there is nothing to import.</source>
        <translation>此数据包的全部记录都已在本库中，无需导入。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Records changed here and at the township since the last exchange: %1. This database keeps its version; the township&apos;s version is kept for review.</source>
        <translation>自上次交换以来在本地和乡镇都被修改过的记录：%1 条。本数据库保留本地版本；乡镇的版本已保存待审核。</translation>
    </message>
    <message>
        <source>version %1, %2</source>
        <translation>第 %1 版，%2</translation>
    </message>
    <message>
        <source>Imported from %1: %2 new, %3 updated, %4 conflicting.</source>
        <translation>已从%1导入：新增 %2，更新 %3，冲突 %4。</translation>
    </message>
    <message>
        <source>Import Township Data…</source>
        <translation>导入乡镇数据…</translation>
    </message>
    <message>
        <source>%1 records (parties, closure records) were deleted at the township since the last full package; importing deletes them here too.</source>
        <translation>自上一个全量数据包以来，乡镇删除了 %1 条记录（当事人、结案记录）；导入时本中心也将删除。</translation>
    </message>
    <message>
        <source>Checking the package: every record and its checksum…</source>
        <translation>正在检查数据包：逐条记录及其校验和…</translation>
    </message>
    <message>
        <source>Imported. Preparing the new cases for search…</source>
        <translation>已导入。正在为新案件建立检索索引…</translation>
    </message>
    <message>
        <source>Importing %1 records in one transaction…</source>
        <translation>正在导入 %1 条记录（一个事务，全部成功或全部不写入）…</translation>
    </message>
</context>
<context>
    <name>ow::ui::IntakeDialog</name>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation>身份证号/统一社会信用代码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>18 digits, e.g. 150824198001010010</source>
        <translation>18 位，例如 150824198001010010</translation>
    </message>
    <message>
        <source>mobile or 0478-1234567</source>
        <translation>手机号或 0478-1234567</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): see the red messages at the fields.</source>
        <translation>
            <numerusform>有 %n 处问题：请查看各栏下方的红色提示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved and accepted as %1. Ctrl+P prints the receipt.</source>
        <translation>已受理并保存，案号 %1。按 Ctrl+P 打印回执。</translation>
    </message>
    <message>
        <source>Registered as %1 for triage.</source>
        <translation>已登记（%1），待分流。</translation>
    </message>
    <message>
        <source>Registered as not accepted (%1).</source>
        <translation>已登记为不予受理（%1）。</translation>
    </message>
    <message>
        <source>Not Accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Why is the case not accepted? The notice shows this reason.</source>
        <translation>不予受理的理由是什么？告知书将载明该理由。</translation>
    </message>
    <message>
        <source>Save the case first (Ctrl+S); the receipt shows its number.</source>
        <translation>请先保存案件（Ctrl+S），回执上要显示案号。</translation>
    </message>
    <message>
        <source>same ID number</source>
        <translation>身份证号相同</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>same name and township</source>
        <translation>姓名及乡镇相同</translation>
    </message>
    <message>
        <source>Earlier cases of this person</source>
        <translation>此人以往案件</translation>
    </message>
    <message numerus="yes">
        <source>Earlier cases of this person: %n</source>
        <translation>
            <numerusform>此人以往案件：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit Not Recorded</source>
        <translation>未登记来访</translation>
    </message>
    <message>
        <source>Visit no. %1 recorded on %2.</source>
        <translation>已在 %2 上登记第 %1 次来访。</translation>
    </message>
    <message>
        <source>New Registration…</source>
        <translation>新建登记…</translation>
    </message>
    <message>
        <source>Close Registration</source>
        <translation>关闭登记</translation>
    </message>
    <message>
        <source>What was typed for this visitor has not been saved. Close and discard it?</source>
        <translation>为这位来访人填写的内容尚未保存。关闭并放弃这些内容吗？</translation>
    </message>
    <message>
        <source>This visitor is already registered as %1. For the next visitor, close this window and press F2.</source>
        <translation>这位来访人已登记为 %1，不会重复登记。下一位来访人请关闭本窗口后按 F2。</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>An organization (company, institution)</source>
        <translation>单位（企业、机关、社会组织）</translation>
    </message>
    <message>
        <source>18 characters, from the business licence</source>
        <translation>18 位，照营业执照填写</translation>
    </message>
    <message>
        <source>Ctrl+S: accept and save · Ctrl+P: print the receipt · Esc: close</source>
        <translation>Ctrl+S 受理并保存 · Ctrl+P 打印回执 · Esc 关闭</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 %2%3 (%4)</source>
        <translation>%1 %2%3（%4）</translation>
    </message>
    <message>
        <source>Received by leader</source>
        <translation>接访领导</translation>
    </message>
    <message>
        <source>Recorded as received by %1.</source>
        <translation>已记录为领导接访：%1。</translation>
    </message>
</context>
<context>
    <name>ow::ui::JudicialConfirmationDialog</name>
    <message>
        <source>the basic people&apos;s court where the committee is located</source>
        <translation>人民调解委员会所在地的基层人民法院</translation>
    </message>
    <message>
        <source>e.g. (2025) court special case No. 12</source>
        <translation>如：（2025）内0824民特12号</translation>
    </message>
    <message>
        <source>Confirmed: the agreement is valid</source>
        <translation>裁定确认调解协议有效</translation>
    </message>
    <message>
        <source>Application refused</source>
        <translation>裁定驳回申请</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>尚未裁定</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>an oral agreement cannot be confirmed by a court</source>
        <translation>口头协议不能申请司法确认</translation>
    </message>
    <message>
        <source>no agreement recorded</source>
        <translation>尚未录入调解协议</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Judicial confirmation needs a written mediation agreement. Record it first (Mediation → Mediation Agreement…).</source>
        <translation>司法确认须有书面调解协议，请先录入（调解 → 调解协议书…）。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <source>(applied on %1)</source>
        <translation>（已于%1申请）</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message numerus="yes">
        <source>The parties apply jointly within %n day(s) of the agreement taking effect.</source>
        <translation>
            <numerusform>双方当事人应自调解协议生效之日起 %n 日内共同向人民法院申请。</numerusform>
        </translation>
    </message>
    <message>
        <source>Judicial Confirmation Saved</source>
        <translation>司法确认已保存</translation>
    </message>
</context>
<context>
    <name>ow::ui::LeaderCasesWindow</name>
    <message>
        <source>Leader-Owned Cases</source>
        <translation>领导包案</translation>
    </message>
    <message>
        <source>Only assignments in &amp;hand</source>
        <translation>只看包案中(&amp;H)</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>包案领导</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>包案责任</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>案件状态</translation>
    </message>
    <message>
        <source>Leader &amp;Cases</source>
        <translation>包案案件(&amp;C)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Why listed</source>
        <translation>列入原因</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>事由摘要</translation>
    </message>
    <message>
        <source>&amp;Backlog</source>
        <translation>积案(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Assign Leader…</source>
        <translation>指定包案领导(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Progress Note…</source>
        <translation>记录进展(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;End Assignment…</source>
        <translation>结束包案(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation>查看案件(&amp;O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 (past target)</source>
        <translation>%1（已过目标日期）</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>repeated petition</source>
        <translation>重复信访</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Leader &amp;Cases (%1)</source>
        <translation>包案案件（%1）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Backlog (%1)</source>
        <translation>积案（%1）(&amp;B)</translation>
    </message>
    <message>
        <source>Select a case in the list first.</source>
        <translation>请先在列表中选择一件案件。</translation>
    </message>
    <message>
        <source>The leader has charge of %1.</source>
        <translation>已为 %1 指定包案领导。</translation>
    </message>
    <message>
        <source>Leader&apos;s Progress</source>
        <translation>包案进展</translation>
    </message>
    <message>
        <source>The progress note is in the timeline of %1.</source>
        <translation>进展已记入 %1 的办理记录。</translation>
    </message>
    <message>
        <source>End the Leader&apos;s Charge</source>
        <translation>结束包案</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>未化解</translation>
    </message>
    <message>
        <source>The leader&apos;s charge of %1 has ended.</source>
        <translation>%1 的领导包案已结束。</translation>
    </message>
    <message>
        <source>&amp;Leader-Owned Cases…</source>
        <translation>领导包案(&amp;L)…</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已化解</translation>
    </message>
</context>
<context>
    <name>ow::ui::LeaderEditDialog</name>
    <message>
        <source>Receives visitors and may own cases</source>
        <translation>参加接访，可包案</translation>
    </message>
    <message>
        <source>New Leader</source>
        <translation>新增领导</translation>
    </message>
    <message>
        <source>Edit Leader</source>
        <translation>修改领导信息</translation>
    </message>
    <message>
        <source>e.g. 县委副书记</source>
        <translation>如：县委副书记</translation>
    </message>
    <message>
        <source>e.g. 县委, 海流图镇</source>
        <translation>如：县委、海流图镇</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>职务(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>级别(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
</context>
<context>
    <name>ow::ui::MainWindow</name>
    <message>
        <source>OneWindow</source>
        <translation>一窗通</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened:
%2</source>
        <translation>无法打开数据库 %1：
%2</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All townships</source>
        <translation>全部乡镇</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已超期）</translation>
    </message>
    <message>
        <source>%1 of %2 cases match the filter</source>
        <translation>符合条件 %1 件，共 %2 件</translation>
    </message>
    <message>
        <source>Select a case to see its details.</source>
        <translation>选择一个案件以查看详情。</translation>
    </message>
    <message>
        <source>About OneWindow</source>
        <translation>关于一窗通</translation>
    </message>
    <message>
        <source>OneWindow %1
One-window intake and case tracking for social-governance centers.

Database: %2</source>
        <translation>一窗通 %1
社会治理中心一窗受理与案件办理系统。

数据库：%2</translation>
    </message>
    <message>
        <source>%1 (due soon)</source>
        <translation>%1（即将到期）</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>Full &amp;Numbers</source>
        <translation>显示完整号码(&amp;N)</translation>
    </message>
    <message>
        <source>Show the parties&apos; full ID and phone numbers (the viewing is logged)</source>
        <translation>显示当事人完整的证件号码和电话号码（查看将记入日志）</translation>
    </message>
    <message>
        <source>Full Numbers</source>
        <translation>完整号码</translation>
    </message>
    <message>
        <source>No Case Selected</source>
        <translation>未选择案件</translation>
    </message>
    <message>
        <source>Select a case in the case list first.</source>
        <translation>请先在案件列表中选择一个案件。</translation>
    </message>
    <message>
        <source>Case Cannot Be Read</source>
        <translation>无法读取案件</translation>
    </message>
    <message>
        <source>Daily Backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>The daily backup failed:
%1

The work can go on; tell the administrator.</source>
        <translation>今日的自动备份失败：
%1

工作可以继续；请告知管理员。</translation>
    </message>
    <message>
        <source>Daily backup made and checked: %1</source>
        <translation>今日备份已完成并通过校验：%1</translation>
    </message>
    <message>
        <source>Another desk or program is writing to the database; waiting (%1 s)…</source>
        <translation>另一窗口或程序正在写入数据库，正在等待（%1 秒）…</translation>
    </message>
    <message>
        <source>Database Connection</source>
        <translation>数据库连接</translation>
    </message>
    <message>
        <source>The connection to the database was renewed (another part of the program had opened its file); nothing was lost.</source>
        <translation>与数据库的连接已重新建立（程序的其他部分曾打开其文件），没有丢失任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%1 case(s)</source>
        <translation>
            <numerusform>共 %1 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated with other desks&apos; changes at %1</source>
        <translation>已按其他窗口的新变动更新（%1）</translation>
    </message>
    <message>
        <source>Center server: %1</source>
        <translation>中心服务器：%1</translation>
    </message>
</context>
<context>
    <name>ow::ui::NoteDialog</name>
    <message>
        <source>Case:</source>
        <translation>案件：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>说明（可不填）(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard Note</source>
        <translation>放弃记录</translation>
    </message>
    <message>
        <source>The note typed here has not been saved. Close and discard it?</source>
        <translation>此处填写的内容尚未保存。关闭并放弃吗？</translation>
    </message>
</context>
<context>
    <name>ow::ui::PageFlow</name>
    <message>
        <source>Month: %1    Scope: %2    Units: cases, %</source>
        <translation>统计月份：%1    统计范围：%2    单位：件、%</translation>
    </message>
    <message>
        <source>Center: %1 (%2)</source>
        <translation>单位：%1（%2）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Generated %1 by OneWindow</source>
        <translation>生成日期：%1（一窗通）</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Head of unit:</source>
        <translation>单位负责人：</translation>
    </message>
    <message>
        <source>Head of statistics:</source>
        <translation>统计负责人：</translation>
    </message>
    <message>
        <source>Filled in by:</source>
        <translation>填表人：</translation>
    </message>
    <message>
        <source>Date reported:      /      /</source>
        <translation>报出日期：&#x3000;&#x3000;年&#x3000;&#x3000;月&#x3000;&#x3000;日</translation>
    </message>
</context>
<context>
    <name>ow::ui::PasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再输一次(&amp;R)：</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>至少 %1 个字符。</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password twice.</source>
        <translation>两次输入的新密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>ow::ui::PerformanceDialog</name>
    <message>
        <source>Checked on</source>
        <translation>核实日期</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>已履行金额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>e.g. paid by bank transfer; receipt in the case file</source>
        <translation>如：已通过银行转账付清，转账凭证已附卷</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>no deadline in the agreement</source>
        <translation>协议未约定履行期限</translation>
    </message>
    <message>
        <source>%1 yuan (%2)</source>
        <translation>%1元（%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>no agreement recorded yet</source>
        <translation>尚未录入调解协议</translation>
    </message>
    <message>
        <source>No check recorded yet.</source>
        <translation>尚无履行核实记录。</translation>
    </message>
    <message>
        <source>The amount is not valid; see the message under it.</source>
        <translation>金额填写有误，请看金额下方的提示。</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
</context>
<context>
    <name>ow::ui::ReceptionDayEditDialog</name>
    <message>
        <source>New Reception</source>
        <translation>新增接访安排</translation>
    </message>
    <message>
        <source>Edit Reception</source>
        <translation>修改接访安排</translation>
    </message>
    <message>
        <source>e.g. 县社会治理中心接访室</source>
        <translation>如：县社会治理中心接访室</translation>
    </message>
    <message>
        <source>e.g. 土地征收、劳动保障 (may be empty)</source>
        <translation>如：土地征收、劳动保障（可不填）</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Half-day</source>
        <translation>时段(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Leader</source>
        <translation>接访领导(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>接访事项(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ow::ui::ReceptionScheduleDialog</name>
    <message>
        <source>Leaders&apos; Reception Schedule</source>
        <translation>领导接访日程</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>接访领导</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Add Leader…</source>
        <translation>新增领导…</translation>
    </message>
    <message>
        <source>Edit Leader…</source>
        <translation>修改领导…</translation>
    </message>
    <message>
        <source>Reception days</source>
        <translation>接访安排</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>Import Schedule…</source>
        <translation>导入日程…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Half-day</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>接访领导</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation>受理案件</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>接访事项</translation>
    </message>
    <message>
        <source>Add Reception…</source>
        <translation>新增接访…</translation>
    </message>
    <message>
        <source>Edit Reception…</source>
        <translation>修改接访…</translation>
    </message>
    <message>
        <source>Remove Reception</source>
        <translation>删除接访</translation>
    </message>
    <message>
        <source>Reception Record (PDF)…</source>
        <translation>接访记录（PDF）…</translation>
    </message>
    <message>
        <source>the month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>the quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Public notice of</source>
        <translation>公示期间</translation>
    </message>
    <message>
        <source>Notice (PDF)…</source>
        <translation>生成公示（PDF）…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Select a leader in the list first.</source>
        <translation>请先在列表中选择一名领导。</translation>
    </message>
    <message>
        <source>Select a reception in the list first.</source>
        <translation>请先在列表中选择一场接访。</translation>
    </message>
    <message>
        <source>Remove the selected reception from the schedule?</source>
        <translation>从日程中删除所选接访安排？</translation>
    </message>
    <message>
        <source>The reception was removed.</source>
        <translation>已删除该接访安排。</translation>
    </message>
    <message>
        <source>Import Schedule</source>
        <translation>导入接访日程</translation>
    </message>
    <message>
        <source>Schedule files (*.csv *.txt);;All files (*)</source>
        <translation>日程文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Imported: %1 new leader(s), %2 new reception(s), %3 changed.</source>
        <translation>已导入：新增领导 %1 名，新增接访 %2 个，更新 %3 个。</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Public Notice of the Schedule</source>
        <translation>领导接访日程公示</translation>
    </message>
    <message>
        <source>reception-notice-%1.pdf</source>
        <translation>领导接访公示-%1.pdf</translation>
    </message>
    <message>
        <source>The notice was written to %1.</source>
        <translation>公示已保存到 %1。</translation>
    </message>
    <message>
        <source>Reception Record</source>
        <translation>领导接访记录</translation>
    </message>
    <message>
        <source>reception-record-%1-%2.pdf</source>
        <translation>接访记录-%1-%2.pdf</translation>
    </message>
    <message>
        <source>The reception record was written to %1.</source>
        <translation>接访记录已保存到 %1。</translation>
    </message>
    <message>
        <source>Leaders&apos; Reception &amp;Schedule…</source>
        <translation>领导接访日程(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>ow::ui::ReferenceListsDialog</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>on call</source>
        <translation>随叫随到</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>常驻</translation>
    </message>
    <message>
        <source>Dispute categories</source>
        <translation>纠纷类别</translation>
    </message>
    <message>
        <source>Departments and windows</source>
        <translation>部门与受理窗口</translation>
    </message>
    <message>
        <source>Administrative divisions</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English Name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>受理窗口</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>入驻方式</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Belongs To</source>
        <translation>上级区划</translation>
    </message>
    <message>
        <source>(none: a province)</source>
        <translation>（无：省级）</translation>
    </message>
    <message>
        <source>Only an administrator may change the reference lists.</source>
        <translation>只有管理员可以修改基础数据。</translation>
    </message>
    <message>
        <source>A division code has 6 digits for a county (GB/T 2260), 9 for a township, 12 for a village.</source>
        <translation>行政区划代码：县级 6 位（GB/T 2260），乡镇 9 位，村 12 位。</translation>
    </message>
    <message>
        <source>A code is lowercase letters, digits and _, e.g. land_contract.</source>
        <translation>代码由小写字母、数字和下划线组成，例如 land_contract。</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 already so.</source>
        <translation>新增 %1 条，修改 %2 条，%3 条无变化。</translation>
    </message>
    <message>
        <source>Saved %1 %2: %3</source>
        <translation>已保存 %1 %2：%3</translation>
    </message>
    <message>
        <source>Import Reference List</source>
        <translation>导入基础数据</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt);;All files (*)</source>
        <translation>CSV (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 未导入：%2</translation>
    </message>
    <message>
        <source>%1 was not imported, nothing was changed: %2</source>
        <translation>%1 未导入，未做任何修改：%2</translation>
    </message>
    <message>
        <source>%1 imported: %2</source>
        <translation>%1 已导入：%2</translation>
    </message>
    <message>
        <source>Reference &amp;Lists…</source>
        <translation>基础数据(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>ow::ui::RegisterAgencyDialog</name>
    <message>
        <source>Register as Carried by an Agent</source>
        <translation>登记代办</translation>
    </message>
    <message>
        <source>(choose the agent)</source>
        <translation>（请选择代办员）</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>代办员(&amp;A)：</translation>
    </message>
    <message>
        <source>the citizen&apos;s signed authorisation, scanned as PDF, JPEG or PNG</source>
        <translation>群众签字的代办委托书，扫描为 PDF、JPEG 或 PNG</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation>选择文件(&amp;H)…</translation>
    </message>
    <message>
        <source>Authori&amp;sation:</source>
        <translation>代办委托书(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>Citizen&apos;s Authorisation</source>
        <translation>代办委托书</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>扫描件 (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Register for a Citi&amp;zen…</source>
        <translation>登记代办(&amp;Z)…</translation>
    </message>
    <message>
        <source>%1 is now carried by an agent.</source>
        <translation>%1 已登记为代办案件。</translation>
    </message>
</context>
<context>
    <name>ow::ui::ReportWindow</name>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Monthly Report</source>
        <translation>月度报表</translation>
    </message>
    <message>
        <source>M&amp;onth:</source>
        <translation>月份(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>来源单位(&amp;S)：</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>乡镇(&amp;T)：</translation>
    </message>
    <message>
        <source>All townships</source>
        <translation>全部乡镇</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分派</translation>
    </message>
    <message>
        <source>Print Pre&amp;view</source>
        <translation>打印预览(&amp;V)</translation>
    </message>
    <message>
        <source>Export &amp;PDF</source>
        <translation>导出PDF(&amp;P)</translation>
    </message>
    <message>
        <source>Export &amp;Excel</source>
        <translation>导出Excel(&amp;E)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV</source>
        <translation>导出CSV(&amp;X)</translation>
    </message>
    <message>
        <source>Double-click a count to list the cases behind it.</source>
        <translation>双击数字，列出对应的案件。</translation>
    </message>
    <message>
        <source>Counts (double-click for the cases)</source>
        <translation>数量（双击查看案件）</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>年度累计</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>12-month trend</source>
        <translation>近12个月趋势</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n case(s)</source>
        <translation>
            <numerusform>%1（%2）：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>monthly-report</source>
        <translation>月度报表</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>导出Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Monthly Report…</source>
        <translation>月度报表…</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Audit log head</source>
        <translation>审计日志头</translation>
    </message>
    <message>
        <source>The report is exported without the signed head of the audit log: %1</source>
        <translation>报表导出时未附带已签名的审计日志头：%1</translation>
    </message>
</context>
<context>
    <name>ow::ui::RosterDialog</name>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>所在组织</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>专长</translation>
    </message>
    <message>
        <source>Invited mediator</source>
        <translation>特邀调解员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>e.g. marriage and family, neighbors, land; separated by commas</source>
        <translation>如：婚姻家庭、邻里纠纷、土地，用逗号或顿号分隔</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>New mediator</source>
        <translation>新增调解员</translation>
    </message>
    <message>
        <source>Edit mediator: %1</source>
        <translation>编辑调解员：%1</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>新增调解室</translation>
    </message>
    <message>
        <source>Edit room: %1</source>
        <translation>编辑调解室：%1</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>重新启用(&amp;T)</translation>
    </message>
    <message>
        <source>The studio&apos;s name, e.g. Lao Wang&apos;s Mediation Studio</source>
        <translation>品牌调解室的名称，如：老王调解室</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>如：%1</translation>
    </message>
    <message>
        <source>e.g. Mediation room 1, second floor</source>
        <translation>如：二楼第一调解室</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation>（无账户）</translation>
    </message>
    <message>
        <source>Sign-in acco&amp;unt:</source>
        <translation>登录账户(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>ow::ui::RoutingRulesDialog</name>
    <message>
        <source>(any)</source>
        <translation>（任意）</translation>
    </message>
    <message>
        <source>Only an administrator or a supervisor may change routing rules.</source>
        <translation>只有管理员或中心主任可以修改分流规则。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Saved. Cases waiting for a lead department are suggested %1 when this rule is the most specific match.</source>
        <translation>已保存。待分流案件以此规则为最具体的匹配时，建议由%1牵头。</translation>
    </message>
    <message>
        <source>Remove Routing Rule</source>
        <translation>删除分流规则</translation>
    </message>
    <message>
        <source>Remove this rule? Cases already routed keep their departments.</source>
        <translation>删除此规则？已分流的案件保留原有部门。</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <source>&amp;Routing Rules…</source>
        <translation>分流规则(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ow::ui::ScheduleFormDialog</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>What was typed has not been saved. Close and discard it?</source>
        <translation>填写的内容尚未保存。关闭并放弃？</translation>
    </message>
</context>
<context>
    <name>ow::ui::SessionDialog</name>
    <message>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>(another place)</source>
        <translation>（其他地点）</translation>
    </message>
    <message>
        <source>Discard Session Record</source>
        <translation>放弃调解记录</translation>
    </message>
    <message>
        <source>The session record typed here has not been saved. Close and discard it?</source>
        <translation>在此填写的调解记录尚未保存。确定关闭并放弃吗？</translation>
    </message>
</context>
<context>
    <name>ow::ui::SettingsDialog</name>
    <message>
        <source>printed on receipts, e.g. 0478-6212345</source>
        <translation>印在回执上，例如 0478-6212345</translation>
    </message>
    <message>
        <source>{year} the year received, {prefix} the prefix above, {seq} the number in the year ({seq:04}: four digits)</source>
        <translation>{year} 为受理年份，{prefix} 为上面的代字，{seq} 为当年序号（{seq:04} 表示补足四位）</translation>
    </message>
    <message>
        <source>A deadline shows as due soon once this share of its period has passed.</source>
        <translation>期限经过此比例后显示为“即将到期”。</translation>
    </message>
    <message>
        <source>The year&apos;s first case would be numbered: %1</source>
        <translation>当年第一件案件的案号将是：%1</translation>
    </message>
    <message>
        <source>Not saved: see the red messages at the fields.</source>
        <translation>未保存：请查看各栏下方的红色提示。</translation>
    </message>
    <message>
        <source>Center Settings…</source>
        <translation>中心设置…</translation>
    </message>
    <message>
        <source>Center Settings</source>
        <translation>中心设置</translation>
    </message>
    <message>
        <source>Center settings saved.</source>
        <translation>中心设置已保存。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Daily backups and those made before an upgrade or a package import are deleted after this many days; backups made with Back Up Now are kept.</source>
        <translation>每日备份以及升级前、导入数据包前的备份超过此天数后删除；用“立即备份”做的备份一直保留。</translation>
    </message>
</context>
<context>
    <name>ow::ui::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Sign in with your login and password.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;请输入登录名和密码登录。</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <source>Since Your Last Sign-in</source>
        <translation>自您上次登录以来</translation>
    </message>
</context>
<context>
    <name>ow::ui::SiteKeysDialog</name>
    <message>
        <source>Signing Keys</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>This center&apos;s signing key</source>
        <translation>本中心的签名密钥</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>公钥：</translation>
    </message>
    <message>
        <source>A township gives the county this public key (or reads out the fingerprint); the county registers it once below.</source>
        <translation>乡镇把此公钥交给县中心（或念出指纹），县中心在下方登记一次即可。</translation>
    </message>
    <message>
        <source>Keys of the townships (packages are accepted only from these)</source>
        <translation>下级单位密钥（只接收用这些密钥签名的数据包）</translation>
    </message>
    <message>
        <source>Site Code</source>
        <translation>单位代码</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Site &amp;code:</source>
        <translation>单位代码(&amp;C)：</translation>
    </message>
    <message>
        <source>e.g. 150824100</source>
        <translation>如 150824100</translation>
    </message>
    <message>
        <source>&amp;Key or fingerprint:</source>
        <translation>公钥或指纹(&amp;K)：</translation>
    </message>
    <message>
        <source>as the township&apos;s &quot;keys show&quot; prints it</source>
        <translation>照乡镇“keys show”的输出填写</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;voke Selected Key…</source>
        <translation>吊销所选密钥(&amp;V)…</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>%1 已吊销</translation>
    </message>
    <message>
        <source>Revoke Key</source>
        <translation>吊销密钥</translation>
    </message>
    <message>
        <source>Revoke the key %1 of %2 %3? Packages signed with it are refused from now on; the township must make a new key and have it registered.</source>
        <translation>吊销 %2 %3 的密钥 %1？今后用它签名的数据包一律拒收；乡镇须生成新密钥并重新登记。</translation>
    </message>
    <message>
        <source>Township &amp;Keys…</source>
        <translation>下级单位密钥(&amp;K)…</translation>
    </message>
</context>
<context>
    <name>ow::ui::TriageView</name>
    <message>
        <source>Triage</source>
        <translation>分流</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>纠纷类别</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>事由摘要</translation>
    </message>
    <message>
        <source>Suggested lead</source>
        <translation>建议牵头部门</translation>
    </message>
    <message>
        <source>needed when the lead differs from the suggestion</source>
        <translation>牵头部门与建议不同时必填</translation>
    </message>
    <message>
        <source>&amp;Lead department</source>
        <translation>牵头部门(&amp;L)</translation>
    </message>
    <message>
        <source>Co-handling &amp;departments (吹哨)</source>
        <translation>协办部门（吹哨）(&amp;D)</translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation>理由(&amp;Y)</translation>
    </message>
    <message>
        <source>Route Case</source>
        <translation>分流指派</translation>
    </message>
    <message>
        <source>(no rule)</source>
        <translation>（无规则）</translation>
    </message>
    <message>
        <source>Choose a case in the list first.</source>
        <translation>请先在列表中选择案件。</translation>
    </message>
    <message>
        <source>%1 routed to %2.</source>
        <translation>%1 已指派给%2。</translation>
    </message>
    <message>
        <source>Case no. / one-case code</source>
        <translation>案件编号/一案一码</translation>
    </message>
    <message>
        <source>Township (subdistrict)</source>
        <translation>乡镇（街道）</translation>
    </message>
</context>
<context>
    <name>ow::ui::UsersDialog</name>
    <message>
        <source>User Accounts</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <source>Sign-in starts once an administrator has a password. Every user then signs in with their own login, and the timeline names them.</source>
        <translation>为管理员设置密码后即启用登录：此后每位用户用自己的登录名登录，时间线上会记下经办人。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>e.g. li.na</source>
        <translation>例如 li.na</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>允许登录</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>姓名(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新增(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>设置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Only an administrator can change accounts; ask yours.</source>
        <translation>只有管理员可以修改账户，请联系管理员。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>There is already an account &quot;%1&quot;; choose it in the list to change it.</source>
        <translation>已有账户“%1”；如需修改，请在列表中选中它。</translation>
    </message>
    <message>
        <source>Saved. Now set a password for %1.</source>
        <translation>已保存。请为 %1 设置密码。</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Job Role</source>
        <translation>角色</translation>
    </message>
</context>
</TS>
