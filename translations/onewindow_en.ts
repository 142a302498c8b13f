<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgencyService</name>
    <message>
        <source>Enter the name of the agency point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the level of the agency point: county, township or village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the agent&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is not an active user here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the agency point the agent works at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer an active agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You act for your own agent record only; %1 is another agent. A supervisor may act for any agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the citizen&apos;s signed authorisation (代办委托书), scanned as PDF, JPEG or PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already carries this case for the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried for the citizen by agent %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent carries this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent told the citizen of the progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent told the citizen of the progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Mediation Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Written agreement (art. 29)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Oral agreement (art. 28)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement &amp;no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parties (from the case; correct them in the case if wrong):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main &amp;facts of the dispute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points in &amp;dispute and each party&apos;s responsibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed &amp;terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performed &amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performed whe&amp;re:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mediators:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the attachment a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 MB; attachments may be at most %3 MB. Scan it at a lower resolution or split it, or ask an administrator to raise the limit (setting attachment_max_bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PDF, JPEG or PNG file. Save or scan it in one of these formats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment &quot;%1&quot; (%2, %3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is damaged: its content no longer matches its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of document: application, identity document, evidence, power of attorney, proof of performance, agency authorisation or other.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add File…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>The audit log is empty: there is no head to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log disagrees with the head signed on %1 (entry %2): it was altered. Nothing is signed; run &quot;onewindow-cli check&quot; and tell the center&apos;s director.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log: entry %1, hash %2, signed by key %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEditDialog</name>
    <message>
        <source>Edit Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Village/community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People &amp;involved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove Party</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was merged into another case; edit that case instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is &quot;%1&quot; and can no longer be edited; a supervisor must reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date received can be corrected only before the case is assigned; it is now &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date received can no longer be corrected: a deadline counted from it was already met or extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party of this list does not belong to the case; open the case again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case number %1 belongs to the year %2; the date received must stay in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was accepted on %1; it cannot have been received later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3: %4 → %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal representative %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEvents</name>
    <message>
        <source>Someone else changed case %1 in the meantime; nothing of yours was saved. Open it again to see their changes, then redo yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed case %2 at %3 while you had it open: %4. Nothing of yours was saved; open the case again to see the change, then redo yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseNumbers</name>
    <message>
        <source>Cannot take the next case number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case number is left for %1: the sequence has reached %2, the highest a year may have. Register the case as reported (without a number), and ask the administrator to check the case numbers of %1 (a ledger may have brought in a wrong one).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>No case %1 in this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Case Cannot Be Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message>
        <source>The case was merged into another case; work on that case instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is &quot;%1&quot;; only a supervisor can reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case cannot be closed: it has not been assigned to a department yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case cannot be closed while it is suspended: resume it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case cannot be closed: no response has reached the applicant yet (record the response first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A response cannot be recorded: the case has not been assigned to a department yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A response can only be recorded while the case is in progress (now &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case must be accepted (filed) before it is assigned to a department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case already has a lead department; transfer it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has already been accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a case that has not been accepted yet can be rejected (now &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling can only start once the case is assigned (now &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an assigned case or a case in progress can be suspended (now &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is not suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a closed, escalated, withdrawn or rejected case can be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case that is &quot;%1&quot; cannot be escalated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case that is &quot;%1&quot; cannot be changed this way (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may do this (you are signed in as &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the reason %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is before the case was received (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted as case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for not accepting the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the applicant gave for withdrawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by the applicant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the lead department (&quot;%1&quot; is not a department).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling started</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n summoned department(s) have not yet reported in and given feedback. Wait for them, or record the response anyway with a reason (lead department override).</source>
        <translation>
            <numerusform>%n summoned department has not yet reported in and given feedback. Wait for them, or record the response anyway with a reason (lead department override).</numerusform>
            <numerusform>%n summoned departments have not yet reported in and given feedback. Wait for them, or record the response anyway with a reason (lead department override).</numerusform>
        </translation>
    </message>
    <message>
        <source>for responding before every summoned department gave feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Response recorded before %n department(s) gave feedback: %1</source>
        <translation>
            <numerusform>Response recorded before %n department gave feedback: %1</numerusform>
            <numerusform>Response recorded before %n departments gave feedback: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Response recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outcome of the case (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a resolution level for a closed case (village, township, county).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the case needs more work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for more work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for suspending the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resumed after %n day(s) suspended; open deadlines moved later accordingly</source>
        <translation>
            <numerusform>Resumed after %n day suspended; open deadlines moved later accordingly</numerusform>
            <numerusform>Resumed after %n days suspended; open deadlines moved later accordingly</numerusform>
        </translation>
    </message>
    <message>
        <source>Write down the body that receives the escalated case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the case this one is merged into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was itself merged; merge into the case it points to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 merged into this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for reopening the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened by a supervisor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may extend a deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the reason for the extension; the applicant is told it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is &quot;%1&quot;; there is no deadline left to extend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no open handling deadline to extend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The handling deadline was already extended once (by %n day(s)); it cannot be extended again.</source>
        <translation>
            <numerusform>The handling deadline was already extended once (by %n day); it cannot be extended again.</numerusform>
            <numerusform>The handling deadline was already extended once (by %n days); it cannot be extended again.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no handling rule for this case type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Handling deadline extended by %n day(s) from %1 to %2: %3</source>
        <translation>
            <numerusform>Handling deadline extended by %n day from %1 to %2: %3</numerusform>
            <numerusform>Handling deadline extended by %n days from %1 to %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a supervisor may put a case under supervision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a supervision note: what must happen, by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is &quot;%1&quot;; there is nothing left to supervise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put under supervision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what was found or done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is &quot;%1&quot; and can no longer be changed; a supervisor can reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lead department (route the case at triage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resuming the suspended case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply to the applicant (record the response first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>%n case.</numerusform>
            <numerusform>%n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SQLite integrity check found %n problem(s):</source>
        <translation>
            <numerusform>SQLite integrity check found %n problem:</numerusform>
            <numerusform>SQLite integrity check found %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>import-ledger needs exactly one FILE.csv: import-ledger FILE.csv [--dry-run] [--skip-invalid --rejects OUT.csv] [--encoding utf-8|gb18030] [--timing]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding must be utf-8 or gb18030, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--skip-invalid and --rejects OUT.csv go together: the rows left out must go somewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parse %1 ms, validate %2 ms, write %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs --site-code, --site-name and --level (county, township or village).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 for %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --out FILE (the package to write, e.g. 2025-05.owpkg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since takes a date YYYY-MM-DD or &quot;last&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records changed since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records changed since the last export (%1 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all records (no earlier export is logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows (%2) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum (SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 from %2 (%3, %4), written %5 by %6, range %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum verified (SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First package from site %1: it would be registered as a township of this county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First package from site %1: it is registered as a township of this county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was already imported on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts: changed here and at the township since the last exchange. This database keeps its version; the township&apos;s version is kept in the conflicts list for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>here: version %1 of %2; township: version %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(already recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  … and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs exactly one package file: import FILE.owpkg [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: every record of this package is already here; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 conflicting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases takes no arguments besides its options (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a whole number of cases (0 for all), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown case status &quot;%1&quot;. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;. Give a category code or its name as configured in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown township &quot;%1&quot;. Give a division code (e.g. 150824100) or its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due soon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 cases; use --limit 0 to list all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The foreign key check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The foreign key check could not finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign keys: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) refer to records that do not exist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could only be read up to entry %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1: the log was altered after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain: ok (%1 entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema version is %1, newer than this program knows (%2). Use a newer OneWindow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no OneWindow schema (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (it will be upgraded to %2 when opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is in good order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show needs exactly one case number, UUID or one-case code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (supervised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID and phone numbers are masked; add --unmask to show them in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intake needs --json FILE (or --json - to read standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transition needs CASE and an action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on needs a date YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route needs one CASE: route CASE [--lead DEPT] [--co DEPT,DEPT] [--reason TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routing rule matches this case; choose the lead department with --lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user accounts yet; everyone acts as the built-in operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passwd needs exactly one login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open consolidation conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve needs a conflict id and --keep ours|theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict %1 resolved: this center&apos;s version of %2 %3 kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict %1 resolved: the township&apos;s version of %2 %3 taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records deleted at the township would be deleted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records deleted at the township were deleted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the daily backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup takes no arguments: backup [--out FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out needs the name of the backup file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; it is not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 MB); its integrity check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs exactly one backup file: restore BACKUP_FILE [--force-site]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 (site %2) into %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replaced database is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replaced database, which was damaged, is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: there is no backup of this database in %1. Make one now: onewindow-cli backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest backup: %1 (%2, %3), %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Warning: the latest backup is more than %n day(s) old. Make one now: onewindow-cli backup</source>
        <translation>
            <numerusform>Warning: the latest backup is more than %n day old. Make one now: onewindow-cli backup</numerusform>
            <numerusform>Warning: the latest backup is more than %n days old. Make one now: onewindow-cli backup</numerusform>
        </translation>
    </message>
    <message>
        <source>Another desk or program is writing to %1; waiting for it (at most %2 s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is larger than %1 bytes, more than one case can be: give one case per intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: keys show | keys list | keys add SITE KEY | keys revoke SITE FINGERPRINT | keys rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This center has no signing key. Run &quot;onewindow-cli keys rotate&quot; to make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county registers it with: onewindow-cli keys add %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier key %1, retired %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No township keys are registered; packages are accepted only from registered keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered the key %1 for site %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked the key %1 of site %2: its packages are refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New signing key %1. The county must register it before it accepts packages signed with it: onewindow-cli keys add %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in is on: give your login with --user LOGIN and your password (typed at the prompt, or in the environment variable ONEWINDOW_PASSWORD for scripts). The built-in operator &quot;system&quot; cannot sign in. If no administrator knows a password, see onewindow-cli recover-admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &quot;%1&quot; signs in with a password: type it at the prompt (on a terminal) or give it in the environment variable ONEWINDOW_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recover-admin needs exactly one login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recover-admin sets an administrator&apos;s password without the old one. It is written to the audit log and shown to every administrator at their next sign-in. To go ahead, run it as the operating-system account that owns the database file and add --i-own-the-database-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator %1 has a new password. This was written to the audit log and every administrator will be told at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal representative %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domicile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records or the audit log were changed beside the program: keep this file as evidence, compare it with the county&apos;s copy and tell the center&apos;s director.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: schedule import FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule imported: %1 leaders added, %2 reception half-days added, %3 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog: %1 open cases past their deadline or raised again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level must be county, township or village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: onewindow-cli [--db PATH|postgresql://…] [--lang zh_CN|en] [--user NAME] COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-connection takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-connection tests a center&apos;s server: give it as --db postgresql://server/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 on the server (not stored): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 rows of %2 tables to %3 in %4 s; every table read back from the server matches the file in row count and checksum (%5 s). The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not copied, rebuilt on the server instead: SQLite&apos;s search index (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate needs the server to move to: migrate --to postgresql://owner@server/database [--app-role ROLE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to names the server to move to, as postgresql://owner@server/database; the file moved is the one given with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of %1 written to %2 (%3 MB, %4 tables); pg_restore reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replaced contents are kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database held no center before; there was nothing to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s search index holds the %1 cases (built in %2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not run on a center&apos;s PostgreSQL server yet: give the center&apos;s database file with --db. On a server this version runs the daily work, reports, users and consolidation (packages and their conflicts; see onewindow-cli --help and docs/postgresql.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the backup could not be noted in the center&apos;s audit log, so check will not see it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade takes no arguments besides --app-role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database file is upgraded by the program itself when it opens the file, after a checked backup. upgrade is for a center&apos;s server: --db postgresql://OWNER@server/database upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no OneWindow center to upgrade. A center comes onto a server with migrate --to from its database file (docs/postgresql.md, &quot;Moving a center&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already at schema version %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was upgraded from schema version %2 to %3; the desks can open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recover-admin sets an administrator&apos;s password without the old one. It is written to the audit log and shown to every administrator at their next sign-in. On a center&apos;s server, connect as the role that owns the schema (the one that runs migrate --to and upgrade), --db postgresql://OWNER@server/database, and add --i-own-the-schema.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close the Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facts and reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Closure</name>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you do not accept this handling opinion, you may, within 30 days of receiving it, ask the administrative body one level above the one that handled it to review it (Regulations on Letters and Visits art. 35).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outcome: choose one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid resolution level for a closed case (village, township or county), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the closing summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a follow-up visit (required before closing a case of type %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joint-handling feedback from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mediation agreement (the outcome is &quot;mediated&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a petition decision: a petition closes as supported, explained or not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the petitioner&apos;s request in the handling opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the facts and reasons in the handling opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the basis of the decision (laws, regulations or policies) in the handling opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 cannot be closed yet. Missing: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can reopen a closed case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for reopening the case; it is kept in the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is not closed (%2), so there is nothing to reopen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictService</name>
    <message>
        <source>Give the conflict&apos;s id (at least its first 8 characters), as listed by the conflicts list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conflict %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches more than one conflict; give more of its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict %1 was already resolved on %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 of conflict %2 is not exchanged by this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record %1 of conflict %2 is no longer in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was changed here again after the conflict was found (version %1 of %2). Keep this center&apos;s version, or import the township&apos;s package again to compare anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township&apos;s version cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidation conflict on %1 (%2): this center&apos;s version %3 kept; version %4 from %5 set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidation conflict on %1 (%2): version %4 from %5 taken in place of this center&apos;s version %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mediation session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervision note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1, column %2: the byte %3 (byte %4 of the file) is not valid UTF-8. Save the file as UTF-8 again (Excel: Save As, &quot;CSV UTF-8&quot;), or, if it is a GB18030 file, import it with the encoding GB18030 (--encoding gb18030).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program cannot decode GB18030 (Qt was built without ICU): save the file as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: the bytes %3 (from byte %4 of the file) are not valid GB18030. Check the file&apos;s encoding, or let it be detected (leave out --encoding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: the bytes %3 (from byte %4 of the file) are neither UTF-8 nor GB18030, so the file&apos;s encoding cannot be told. Save the file as UTF-8 (Excel: Save As, &quot;CSV UTF-8&quot;) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as GB18030, the encoding of CSV files saved by Excel or WPS on Chinese Windows: the file is not UTF-8 (%1 of its bytes are not, the first on line %2), and all of its %3 Chinese and other non-ASCII characters are valid GB18030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has more rows than the %1 one file may have: split it into several files and import them one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has more cells than the %1 a row may have: check its commas, or delete the empty columns at the right of the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted cell that starts here has more characters than the %1 a cell may have: perhaps its closing quote (&quot;) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell has more characters than the %1 a cell may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has more characters than the %1 a row may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoding must be utf-8 or gb18030, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-16 (Excel&apos;s &quot;Unicode Text&quot;), which cannot be imported: save it as &quot;CSV UTF-8&quot; and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file begins with the mark of a UTF-8 file (a byte-order mark), yet the encoding GB18030 was chosen: import it as UTF-8, or let its encoding be detected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a OneWindow database or is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist. Create it first with &quot;onewindow-cli init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; it is not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the setting %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written by a newer OneWindow (schema %1; this program knows up to %2). Update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed, nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was not upgraded to the new version: the backup before the upgrade failed, nothing was changed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was interrupted during this action; nothing of it was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was interrupted while other work of this program (an import or an export) has the file open. Wait until it has finished, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1 again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take the locks on the database %1 again; close the program and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was interrupted; nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed, nothing was changed: transactions were ended out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program or another desk has been writing to the database for more than %1 seconds; nothing was saved. Try again when it has finished (an import of a large file can take a minute).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file or its folder cannot be written (read-only or no permission); nothing was saved. Ask the administrator to check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the database; nothing was saved. Check the disk, then run &quot;onewindow-cli check&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Stop working with it and restore the latest backup (&quot;onewindow-cli check&quot; names what is wrong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with a record already saved, so nothing was saved. Open the record again to see its current state (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error (code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is this center&apos;s database or one of its working files. It cannot be read or written as another file: choose another file name or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This OneWindow cannot open databases safely: Qt&apos;s SQLite driver (%1, SQLite %2) uses its own copy of SQLite, not the one the program uses (SQLite %3), and two copies writing one file can damage it. Nothing was opened. Install Qt&apos;s SQLite driver built against the system&apos;s SQLite (on Debian and Ubuntu: the package libqt6sql6-sqlite), or build OneWindow against the same SQLite as Qt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL role %1 does not exist. Create the program&apos;s login role first (docs/postgresql.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s login role %1 must not be the role that owns the schema and runs the upgrades; use two roles (docs/postgresql.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 on the server has not been set up for OneWindow. The administrator moves the center onto it with &quot;onewindow-cli migrate --to&quot;, as the owner role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 on the server was set up by a newer version of OneWindow (schema version %2). Install the newer version on this desk to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed, nothing was changed: the server refused one step of this action. Try again; if it happens again, tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the center&apos;s server was lost; nothing was saved. Check the network cable or ask the administrator whether the server is running, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk changed the same records at the same moment; nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk has been holding these records for too long; nothing was saved. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow this desk&apos;s user to make this change; nothing was saved. Ask the administrator to check the roles of the OneWindow database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts no changes at the moment (a read-only or standby server); nothing was saved. Ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is out of disk space or memory; nothing was saved. Tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reports damaged data. Stop working and tell the administrator, who restores the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error (SQLSTATE %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 on the server is at schema version %2, and this program needs version %3. The administrator upgrades it, as the owner role, with &quot;onewindow-cli --db postgresql://OWNER@server/database upgrade&quot; before the desks use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineRuleService</name>
    <message>
        <source>the day received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day of the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the agreement takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown case type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown milestone &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit must be 1 to %1 days, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count either calendar days or working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is counted from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <comment>between start events</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension must be 0 (none) to %1 days, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the legal source of the time limit, e.g. 信访工作条例 第三十四条.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may change the deadline rules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineRulesDialog</name>
    <message>
        <source>Deadline Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit of each milestone per case type, with its legal source; a rule for &quot;any&quot; case type applies to every type. A changed rule applies to deadlines set from now on: deadlines already running keep the rule they were set under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Milestone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>The time limit for &quot;%1&quot; of this case type cannot be extended. Close the case or escalate it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The milestone has no deadline to extend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judicial confirmation application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The number of cases must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site has no townships to put demo cases in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo case %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthetic demo case (onewindow-cli demo), not a real visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This database holds %n real case(s); demo cases are added only to a database of demo cases. Use a new file: onewindow-cli --db demo.sqlite demo --cases N.</source>
        <translation>
            <numerusform>This database holds %n real case; demo cases are added only to a database of demo cases. Use a new file: onewindow-cli --db demo.sqlite demo --cases N.</numerusform>
            <numerusform>This database holds %n real cases; demo cases are added only to a database of demo cases. Use a new file: onewindow-cli --db demo.sqlite demo --cases N.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Cannot create the package file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the package file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date of the export is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the package file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be logged, the package was removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case tables refer to each other in a cycle (%1); they cannot be exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the package %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a OneWindow package: it is not an SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 is truncated (%2 of %3 bytes). Ask the township to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a OneWindow package or is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 is damaged (%2). Ask the township to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a OneWindow package: it has no manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a OneWindow package: its manifest does not name the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 has no valid format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 was written by a newer OneWindow (package format %2; this program reads up to %3). Update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 has no valid schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 was written by a newer OneWindow (database schema %2; this program knows up to %3). Update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 does not say which site wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 was changed after export: its tables differ from its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 holds a table this program does not know (%2). Update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 holds a column this program does not know (%2.%3). Update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 of the package %2 lacks the column %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 was changed after export: table %2 holds %3 rows, its manifest says %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of %1 was changed after export (the checksum does not match). It is refused; ask the township for a new export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 is invalid: table %2 holds the key %3 more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is this center&apos;s own export (site %2); it cannot be imported here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 comes from %2 (%3), which is not a township of this county (%4). It is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare the package with this database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 was refused, nothing was imported: a row of table %2 breaks a rule of this database (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 is %2 MB, more than the %3 MB a package may have. It was not copied or read; ask the township to send a package since the last export instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 is %2 MB, but the disk of the database has only %3 MB free. Nothing was copied; free some space first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the package %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was not imported: the backup before the import failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key changed while the package was written; export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 from %2 is not signed (it was written by a OneWindow without signatures, or its signature was removed). It is refused; ask the township to update OneWindow and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 says it comes from %2 and is signed with the key %3, which is not registered here. It is refused. If the township confirms this fingerprint (its &quot;keys show&quot;), register it under Administration → Township keys… or with &quot;onewindow-cli keys add %4 KEY&quot;, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 says it comes from %2, but its key %3 is registered to site %4 %5. It is refused: one township cannot send another&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 from %2 is signed with the key %3, which was revoked here on %4. It is refused; ask the township to export again with its new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of the package %1 from %2 (key %3) does not match its content: it was changed after it was signed. It is refused; ask the township for a new export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 from %2 is refused: row %3 of table %4 carries this county&apos;s own site code %5. A township sends only its own records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 from %2 is refused: row %3 of table %4 was written by site %5, not by %6 or one of its villages. A township sends only its own records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 from %2 is refused: row %3 of table %4 refers (%5) to a record that is not in the package. A township&apos;s rows refer only to its own records, which travel with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 from %2 is refused: row %3 of table %4 has %5 = %6, which is not a value this column holds (row_version is a whole number of at least 1, times are ISO-8601 text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 from %2 is refused: the attachment %3 (%4) is %5 MB, more than the %6 MB an attachment may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 from %2 is refused: the attachment %3 (%4) is not a PDF, JPEG or PNG file by its content, whatever its name says (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 from %2 (%3) is refused: row %4 of table %5 is a record of site %6 here. A package may not overwrite another site&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 from %2 carries no head of its audit log, but the county has seen that log up to entry %3 (hash %4). It is refused; ask the township to update OneWindow and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log in the package %1 from %2 does not lead to a head signed by its key: it was altered. It is refused; ask the township for a new export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 from %2 is refused: the county last saw the township&apos;s audit log up to entry %3 (hash %4), but this package&apos;s log ends at entry %5. Entries %6 to %3 are missing: the township&apos;s log was cut short, or this package is older than the last one imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 from %2 is refused: the county last saw the township&apos;s audit log up to entry %3 (hash %4), but this package carries that log only from entry %5 on. Entries %6 to %7 are missing: import the packages in between first, or ask the township for a full package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 from %2 is refused: the county last saw the township&apos;s audit log up to entry %3 with the hash %4, but in this package entry %3 has the hash %5. The township&apos;s log was rewritten after the county saw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not an open PostgreSQL connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a scratch database for the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <source>Export Data for the County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All records (recommended: a lost package leaves no gap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records changed &amp;since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records changed since the &amp;last export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to OneWindow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The division code of the center, e.g. 150824</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0478-6212345 or 12345; printed on receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site c&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database exists yet. Choose where this desk keeps the center&apos;s data: a file on this computer (one desk), or the center&apos;s PostgreSQL server (several desks). For a file, enter the center; a new database will be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local &amp;file (single desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center ser&amp;ver (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://ow_app@server/onewindow?sslmode=verify-full&amp;sslrootcert=/path/ca.crt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user@server:port/database; sslmode=verify-full and sslrootcert (the CA file) for TLS; a service as ?service=NAME. Never a password: it belongs in ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is never stored: put it in ~/.pgpass, or type it when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>Follow-up Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier visits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visitor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement &amp;performed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat&amp;isfaction:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidayService</name>
    <message>
        <source>An entry has no valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in %2: enter the schedule of one year at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is entered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no name: give the holiday it belongs to, e.g. 春节.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2: a make-up working day (调休上班) is always a Saturday or Sunday. Check the date, or enter it as a day off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field never closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: expected three fields, date,kind,name (e.g. 2027-02-06,holiday,春节); found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a date in the form 2027-02-06.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the kind must be holiday (a day off) or workday (调休上班), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no entries (expected lines such as 2027-02-06,holiday,春节).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may change the holiday calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline &quot;%1&quot; moved from %2 to %3: the holiday calendar of %4 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar has no entries for %1: deadlines in working days count only weekends as days off there, and calendar-day deadlines may end on a holiday. An administrator enters the State Council&apos;s schedule under Administration → Holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 bytes; a holiday file may have at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statutory holidays and make-up working days (调休) of one year, as the General Office of the State Council publishes them each November or December. Working-day deadlines skip the days off and count the make-up working days; a calendar-day deadline that ends on a day off moves to the next working day. Saving a year recomputes the open deadlines of this center&apos;s cases that it moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 春节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportLedgerDialog</name>
    <message>
        <source>Import Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a ledger saved as CSV (UTF-8 or GBK, as Excel and WPS save it; at most 200,000 rows and 100 MB). Every row is checked first; nothing is written unless all rows are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: UTF-8 when every byte is valid UTF-8, otherwise GB18030 when the whole file is valid GB18030 (the import then says why). Choose one when the detection is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 (GBK)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPackageDialog</name>
    <message>
        <source>Import Township Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a package (.owpkg) sent by a township. It is checked before anything is imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Window Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village / community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More parties (role: applicant, respondent, representative, agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept and Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register for Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Accepted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Receipt (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier cases of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Visit on Selected Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township (sumu, town, subdistrict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domicile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message>
        <source>Choose the case type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the case reached the center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the dispute category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dispute category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the township (苏木/镇/街道) where the dispute arose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a township of this center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a village or community of the chosen township.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a receiving window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a short summary of the dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of people involved must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency is normal or urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date received cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the time as hours:minutes, e.g. 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down why the case is not accepted; the notice shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a party role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representatives are chosen only when 5 or more people come together (信访工作条例 art. 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 5 representatives may be chosen (信访工作条例 art. 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at most one proxy agent (信访代办员).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered at %1 and accepted as case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered at %1; waiting for triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered at %1 and not accepted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was merged into another case; record the visit there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit no. %1 about this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for not accepting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an organization has a legal representative. Enter its unified social credit code, or leave the legal representative empty for a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>Protective triggers: ok (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger %1 of the table %2 is missing: it was dropped, and the table is no longer protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger %1 of the table %2 is not as OneWindow created it: it was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger %1 of the table %2 is not one of OneWindow&apos;s: it was added beside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchor of entry %1 signed on %2 names a key this center does not have (%3): the signing keys were altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key %1 in the database is not the one of this account&apos;s key file: the signing keys were replaced, and the anchors prove nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchor of entry %1 signed on %2 does not verify: it was forged or altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log ends at entry %1, but the anchor signed on %2 covers entry %3: entries %4 to %3 were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the audit log has the hash %2, but the anchor signed on %3 says %4: the log was rewritten up to that entry and its chain recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed anchors: none yet (the next package, monthly report or case file signs the head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed anchors: ok (%1, the last at entry %2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 was changed without an audit entry: it differs from its state at entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case %1 was changed without an audit entry: it differs from its state at entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 was deleted without an audit entry (entry %2 recorded it last).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case %1 was deleted without an audit entry (entry %2 recorded it last).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 has no audit entry: it was written beside the program, or its entry %2 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case %1 has no audit entry: it was written beside the program, or its entry %2 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit coverage of users and cases could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit coverage: ok (%1 users and cases, each with the audit entry of its last change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more users and cases that the audit log does not account for (%2 in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock table records wrong passwords for &quot;%1&quot; (%2 since the last lock, %3 lock(s)), but the audit log has no failed sign-in of it: those entries were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger %1 of the table %2 is switched off on the server: the table is no longer protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s settings cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage: kept by PostgreSQL %1, with data checksums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage: kept by PostgreSQL %1, without data checksums (damage on disk shows only when it is read; the server&apos;s administrator can switch them on with pg_checksums)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The foreign key %1 of the table %2 is not enforced on the server (switched off or added without validation): its rows may name records that do not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign keys: enforced by the server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login role&apos;s rights cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights: checked as %1, the schema&apos;s owner or a superuser, who may change everything; run check as the program&apos;s login role to check its rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or replace objects in the schema (its triggers too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights of the login role %1: ok (the logs append-only, the schema unchangeable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login role %1 may %2: the server no longer keeps the logs append-only. The owner must revoke that right (docs/postgresql.md, &quot;Schema, migrations and roles&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: no backup of this server database is noted in its audit log. Make one now: onewindow-cli --db URL backup, and every night on a timer (docs/postgresql.md, &quot;Backups on a server&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest server backup: %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Warning: the latest server backup is more than %n day(s) old. Make one now: onewindow-cli --db URL backup</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JudicialConfirmationDialog</name>
    <message>
        <source>Judicial Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application period (People&apos;s Mediation Law art. 33)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement effective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applied on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ourt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court case &amp;no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaderCaseService</name>
    <message>
        <source>Choose at least one duty of the leader: investigate, handle, resolve, keep stable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duty; the duties are investigate, handle, resolve and stabilize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date by which the leader should have resolved the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target date %1 has passed; choose today or a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is &quot;%1&quot;; a leader takes charge of open cases only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the leader who takes charge of the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer an active leader here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 already has charge of this case; end that assignment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader in charge: %1 %2 (%3), target date %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the leader did or decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leader has charge of this case; a supervisor assigns one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down how the leader&apos;s charge of the case ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leader has charge of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader %1&apos;s charge ended, resolved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader %1&apos;s charge ended, not resolved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerImporter</name>
    <message>
        <source>the date %1 lies in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a configured dispute category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a department but not an intake window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a department of this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a township of %2 (it belongs to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a township of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a village or community of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required when the status is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a case that has ended has an end date; the status is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a closed case has an outcome; the status is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a closed or escalated case has a resolution level; the status is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an escalated case always has the level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the date received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 是 or 否 (yes or no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a case with the outcome %1 can have a judicial confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %1, unchanged %2, rejected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %1, unchanged %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field starts here and never ends (a missing &quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: the first line must hold the column headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this required column is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this cell has a value but its column has no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has more cells than the header has columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case number %1 is also on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 already exists with different content; correct it in the application or give this row another number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sequence number of %1 is above %2, the highest a year may have: check the number (each year&apos;s numbers start again at 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more problems are not listed: correct the ones above and check the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; a ledger may have at most %3 MB and %4 rows. Split it into several files and import them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case number is left for %1: the numbers in use reach %2, the highest a year may have; give this row its number, or check the numbers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read this center&apos;s cases from the server; check the connection to the server and import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OneWindow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number, name, phone or summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About OneWindow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mediation</name>
    <message>
        <source>There is no case &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is closed and archived, so it cannot be changed. A supervisor can reopen it with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has ended (%2) and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator or a supervisor can change this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mediator %1 is not on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer an active mediator. Choose another mediator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named mediation studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast-track court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counseling room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue mediating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party refuses to continue (People&apos;s Mediation Law art. 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties&apos; positions are too far apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application was withdrawn (Invited Mediation Provisions art. 26)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbitration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the mediator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the room or place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of room. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the mediation session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session date %1 is in the future. Record a session after it has taken place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session date %1 is before the case was received (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the time the session started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen room does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a room or type the place where the session was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mediation type. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one mediator for the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the mediation record (调解记录): what the parties said and what was agreed or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the result of the session: continue, agreement reached, failed or terminated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A terminated mediation needs its reason: a party refuses to continue, the positions are too far apart, or the application was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a route. Choose litigation, arbitration or administrative handling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed mediation must record which route the parties were told about: litigation, arbitration or administrative handling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agreement may concern personal status or title to property (%1). A court does not confirm agreements on marriage, adoption, homestead or land title (Interpretation of the Civil Procedure Law art. 355); advise the parties before they apply for judicial confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agreement is either written (People&apos;s Mediation Law art. 29) or oral (art. 28).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the agreement takes effect (the date all parties signed it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement&apos;s effective date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement takes effect (%1) before the case was received (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the particulars of both parties (at least two named parties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the main facts of the dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the points in dispute and each party&apos;s responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the terms agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how the terms are performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deadline for performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The written agreement (People&apos;s Mediation Law art. 29) lacks: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The performance deadline %1 is before the agreement takes effect (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the content of the oral agreement (People&apos;s Mediation Law art. 28).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement needs at least %1 copies: one for each of the %2 parties and one kept by the mediation committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written agreement effective %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral agreement effective %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, amount %1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judicial confirmation needs a written mediation agreement. Record the agreement first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the parties applied to the court.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application date %1 is before the agreement took effect (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the court the parties applied to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The court&apos;s decision is either granted or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both the decision date and the result, or neither while the court has not decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision date %1 is before the application date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application was made after the 30-day period (due %1, People&apos;s Mediation Law art. 33); the court may not accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judicial confirmation applied %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, granted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, refused %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the performance was checked (not in the future).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether the agreement was performed, partly performed or not performed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the follow-up visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up date %1 is before the case was received (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the follow-up was made: phone, home visit or at the center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who made the follow-up visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a satisfaction level. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up %1 (%2) by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mediator is on the roster yet. An administrator or a supervisor adds mediators and rooms under Administration → Mediators and Rooms…; then choose the mediators here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved the mediation agreement of case %2 at %3 while you had it open. Nothing of yours was saved; close the form and open it again to see their version, then redo your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mediator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediationDocuments</name>
    <message>
        <source>%1-%2-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- %1 -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no mediation agreement yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People&apos;s Mediation Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of an Oral Mediation Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main facts of the dispute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points in dispute and responsibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through mediation, the parties voluntarily agree as follows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: RMB %1 yuan (in words: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manner of performance: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of performance: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance deadline: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agreement takes effect when the parties have signed, sealed or put their fingerprints on it and the mediator has signed it and the mediation committee has sealed it. The parties may jointly apply to a people&apos;s court for judicial confirmation within 30 days of its taking effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agreement is made in %1 copies: one for each party and one kept by the people&apos;s mediation committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content of the oral agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(seal of the people&apos;s mediation committee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no petition handling opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petition Handling Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts found and reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2: %3 dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case registration form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-case code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township / village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of the parties&apos; rights and obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In people&apos;s mediation the parties have the following rights (People&apos;s Mediation Law art. 23):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. to choose or accept a mediator;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. to accept mediation, refuse it or ask for it to end;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. to ask for the mediation to be held in public or not;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. to express their will freely and reach an agreement voluntarily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and the following obligations (art. 24):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. to state the facts of the dispute truthfully;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. to keep order during mediation and respect the mediator;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. to respect the other party&apos;s exercise of its rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties (signature): ____________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 %2%3; place: %4; type: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediators: %1; present: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the parties were told about: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on %1 to %2; court case number: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed (valid) on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The court has not decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanatory notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on %1 by %2. Outcome: %3; resolved at: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People&apos;s Mediation Case File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This volume has %1 pages in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiled by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by: ____________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judicial confirmation material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents of the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents in the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (signature, seal or fingerprint): ________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator (signature): %1 ________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attachment could not be read as a PDF. Print it from the case&apos;s attachments and insert it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment &quot;%1&quot; could not be read as a PDF; a page lists it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback of the co-handling departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domicile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader&apos;s reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediationMenu</name>
    <message>
        <source>Record Mediation Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Bound Case File (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Bound Case File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound Case File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation Agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judicial Confirmation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance of the Agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up Visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediators and Rooms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Mediators Yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mediator is on the roster yet, so no session can be recorded. Add mediators and rooms now (Administration → Mediators and Rooms…)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case-file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediationRecordForm</name>
    <message>
        <source>e.g. 12,000.50 — leave empty when there is none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In capitals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>(not set: type a date or pick one)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan. Type it like 1,234.50 or 1234.5元 (at most two decimals, no minus sign).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than a fen (0.01 yuan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for an amount in yuan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerformanceDialog</name>
    <message>
        <source>Performance of the Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agreement requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perform by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount agreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How and where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks recorded &amp;so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Performed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount paid (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Your role (%1) may not %2. This is for: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>the local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the account&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer cannot connect to PostgreSQL: Qt&apos;s PostgreSQL driver (QPSQL) is not installed. Install the package libqt6sql6-psql (Debian, Ubuntu: apt install libqt6sql6-psql) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no PostgreSQL server at the socket folder %1 (port %2): the server is not running, or the folder or the port is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: it is not running, the name or the port is wrong, or the network or a firewall stands between. Check them with the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for the password of %1, and none was given. Put it in the password file ~/.pgpass (mode 0600, or the file named by PGPASSFILE) as a line server:port:database:user:password, or in a PostgreSQL service file; or type it when OneWindow asks. OneWindow never stores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sign-in of %1: the password is wrong, or this user may not sign in so. Correct the line for this server in ~/.pgpass, or ask the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept %1 for the database %2 from this computer (its pg_hba.conf has no line for it). Ask the server&apos;s administrator to let this desk in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no user %1. Check the user name, or ask the server&apos;s administrator to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 has no database %2. Check the name, or ask the server&apos;s administrator to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 could not be set up or verified: the server does not offer TLS, its certificate is not signed by the CA file given (sslrootcert), or it is not made out to the server name used. Check the CA file, and connect with the name the certificate names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the server %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server or driver said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 at %2, database %3 as %4; the connection is %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Acceptance Notice of a Petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not numbered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-case code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your petition has been accepted. You will receive a written reply within the time limit above (信访工作条例 art. 32–34).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your matter has been registered and accepted. Keep this receipt; scan the code or quote the case number to ask about its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of Non-Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for not accepting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your matter has not been accepted for the reason above. You may bring it to the competent body or ask this center how to proceed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be assigned at triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceptionDocuments</name>
    <message>
        <source>Leader&apos;s reception record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 case(s), %2 visitor(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number / applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case was received at this reception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving leader (signature): ____________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by: ____________</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceptionService</name>
    <message>
        <source>Enter the leader&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the leader&apos;s position (职务).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the leader&apos;s level: county, township or department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the reception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose morning or afternoon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter where the leader receives visitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the leader who receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer an active leader here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already receives on %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) received at this reception keep it in the schedule.</source>
        <translation>
            <numerusform>%n case received at this reception keeps it in the schedule.</numerusform>
            <numerusform>%n cases received at this reception keep it in the schedule.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 bytes; a schedule file may have at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field never closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line must name the columns 日期,时段,领导姓名,职务,级别,单位,地点,接访事项; missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form 2027-03-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the half-day must be 上午 or 下午, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the level must be 县级, 乡镇级 or 部门, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already scheduled for this half-day on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no receptions below its first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was merged into another; record the reception on that case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reception at which the case was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reception of %1 has not taken place yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is already recorded at this reception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at the reception of %1 %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — leaders&apos; reception schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receptions in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens may come to the reception without an appointment; bring your identity card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reception of %1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>Cannot load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site code %1 is a %2 division, but the site level is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site code %1 is not an administrative division code of the bundled list and no parent division starts it. Use a division code such as 150824.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site code and the site name are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site level must be county, township or village, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceListService</name>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a division code: 6 digits for a county (GB/T 2260), 9 for a township, 12 for a village, 15 for a grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code: use lowercase letters, digits and _ (e.g. land_contract), starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Chinese name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Chinese name of %1 is longer than 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presence of %1 must be resident or on_call, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level of %1 must be one of %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a province: it has no parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the code of the division it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot belong to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field never closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line must name the columns, as in %1.csv: %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: window must be yes or no, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 is already on line %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no entries below its first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to %2, which is not a division here; add %2 first (or in the same file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) cannot belong to %3 (%4): a division belongs to one of a higher level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Chinese name of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The English name of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 bytes; a reference list file may have at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceListsDialog</name>
    <message>
        <source>Reference Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries are added or changed, never removed: cases keep their codes. A file in the format of the bundled lists (resources/domain/*.csv, first line naming the columns) adds or changes many at once, e.g. every township and village of the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hinese name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases are &amp;received here (受理窗口)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>The report month is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown report figure &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Intake clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System operator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>Mediators and Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mediators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;pecialties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invited mediator (court)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediators and rooms are never deleted: a deactivated one is no longer offered for new sessions, and the sessions already recorded keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingRulesDialog</name>
    <message>
        <source>Routing Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case waiting for a lead department gets the suggestion of the most specific active rule that matches it: a rule naming more of category, case type and township wins; between equals, a township counts more than a case type, a case type more than a category, and then the rule saved first. The triage officer may still choose otherwise, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;wnship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-&amp;handling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctive: suggests departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingService</name>
    <message>
        <source>Only an administrator or a supervisor may change routing rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dispute category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a township.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the lead department of the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the lead department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing rules suggest %1. Write down why the case goes to %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case already has a lead department; transfer it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as suggested by the routing rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the department the case is transferred to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down why the case is transferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no lead department yet; route it in triage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has ended; it cannot be transferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is already with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred from %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the department&apos;s feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route the case to a lead department before summoning others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the lead department already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already been summoned for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summoned %1 to handle the case jointly, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summoned %1 to handle the case jointly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not summoned for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already reported in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must report in before giving feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule for the same category, case type and township already exists (lead: %1); change that rule instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routing rule %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any case)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowVersions</name>
    <message>
        <source>Another desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted %2 at %3 while you had the list open. Nothing of yours was saved; close the list and open it again to see it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved %2 at %3 while you had the list open, so it was not removed. Close the list and open it again to see their version, then remove it again if it should still go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved %2 at %3 while you had the list open. Nothing of yours was saved; close the list and open it again to see their version, then make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerBackup</name>
    <message>
        <source>%1 could not be started. Install PostgreSQL&apos;s client programs (Debian: apt install postgresql-client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is older than the server; install the client programs of the server&apos;s PostgreSQL version. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked for a password. Put it in ~/.pgpass (or a service file) of the account that runs the backup; OneWindow never stores it. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; it is not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump holds no cases: the database at %1 is not a OneWindow center. Nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a dump of a OneWindow center (pg_restore --list finds no cases in it); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current contents could not be kept before the restore, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore failed and was rolled back; the database is as it was. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerCopy</name>
    <message>
        <source>The tables&apos; foreign keys form a cycle at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s schema has no table %1; it was made by another version of OneWindow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s table %1 has no column %2; it was made by another version of OneWindow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s database already holds OneWindow data (table %1). Moving a center needs an empty database: create a new one on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the table %1 failed, nothing was moved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the table %1 back from the server failed, nothing was moved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s copy of the table %1 differs from the file (%2 rows sent, %3 read back); nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target is not an open PostgreSQL connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has schema version %1, this program writes version %2: open it once with this program (which upgrades it), then move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not commit the copy, nothing was moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the server&apos;s search index failed, nothing was moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Record a Mediation Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mediators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination r&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes told:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Litigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arbitration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;ministrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties pre&amp;sent:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Center Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number p&amp;refix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number pa&amp;ttern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due soon after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Largest attachment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up visit required after closing (回访)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep automatic backups:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>Write the center&apos;s name; receipts and notices print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long for a receipt heading (at most 60 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern must contain {seq} (or {seq:04} for four digits): without it two cases would get the same number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern must contain {year}: the sequence starts again every year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a placeholder; use {year}, {prefix} and {seq}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern uses {prefix}; write the prefix, e.g. 乌中矛调.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between 50% and 95% of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between 1 and 1024 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between 1 and 3650 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningKeys</name>
    <message>
        <source>Only an administrator can manage signing keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder of the signing keys %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the signing key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This center has no signing key. Run &quot;onewindow-cli keys rotate&quot; to make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret signing key of this center (fingerprint %1) is not on this computer for this account (%2). Copy the key file from the computer where the database was set up, or make a new key with &quot;onewindow-cli keys rotate&quot; and have the county register its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a site code (the division code of the township, e.g. 150824100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is this center&apos;s own site code; register the keys of its townships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a public key (44 characters of base64) nor a fingerprint (32 hexadecimal digits). Copy it as the township&apos;s &quot;keys show&quot; prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is this center&apos;s own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is registered already, for site %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (revoked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key of site %1 in force has the fingerprint %2 (give at least its first 8 digits; &quot;keys list&quot; shows them).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>The address contains a password. OneWindow never stores passwords: remove it from the address and put it in the password file ~/.pgpass (or the file named by PGPASSFILE), as a line server:port:database:user:password with the file&apos;s mode 0600, or in a PostgreSQL service file (~/.pg_service.conf); or type it when OneWindow asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 in the address has a bad percent-encoding: &quot;%2&quot;. Write a character as % and two hexadecimal digits of its UTF-8 bytes (for example %2F for /).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 in the address contains a semicolon or a control character, which cannot be passed to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port in the address is not a port number from 1 to 65535: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address gives the port twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address names several servers; OneWindow connects to one: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s IPv6 address in the address lacks its closing bracket: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name in the address is not valid: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address gives &quot;%1&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS mode sslmode=%1 in the address is not one of disable, allow, prefer, require, verify-ca, verify-full (verify-full checks the server&apos;s certificate and name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connect_timeout in the address is not a number of seconds: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server in the address is neither a name nor an absolute socket folder: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; in the address has no value (write name=value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; in the address is not one OneWindow uses. Known parameters: host, port, dbname, user, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains &quot;#&quot;; write it as %23 where it belongs to a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address names no database: write its name after the server, as in postgresql://server/onewindow (or name a service that gives it, ?service=NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is given: name a file, or a server as postgresql://server/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneWindow cannot use &quot;%1://&quot; addresses: give a database file or a server as postgresql://server/database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>%1: character %2 is half of a character (a lone UTF-16 surrogate %3), which cannot be stored; type the text again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: character %2 is U+FFFD (�), the mark left where a wrong encoding lost a character; type the text again from the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: character %2 is the invisible text-direction control %3, which makes the text show other than it is stored; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: character %2 is a line break; write it on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: character %2 is the control character %3, which cannot be stored; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The ID number is empty. Enter the 18-digit number printed on the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number has %1 characters; a resident ID has 18 (or 15 for an old card). Check the number on the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 15-digit ID number may contain only digits. Check the number on the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number (characters 7–12) is not a real date. Check the number on the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first 17 characters of an ID number must be digits. Check the number on the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last character of an ID number must be a digit or X. Check the number on the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number (characters 7–14) is not a real date. Check the number on the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is in the future. Check the number on the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unified social credit code is empty. Enter the 18 characters on the business licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unified social credit code has %1 characters; it must have 18. Check the code on the business licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unified social credit code contains &quot;%1&quot;, which is never used (the letters I, O, Z, S and V do not occur). Check the code on the business licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unified social credit code cannot start with &quot;%1&quot; (it starts with 1–9, A, N or Y). Check the code on the business licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is empty. Enter a mobile number or a landline with its area code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only mainland China numbers (+86) are accepted. Enter the number without a foreign prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces, hyphens and a +86 prefix. Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has no extension. Enter the 11-digit mobile number only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has 11 digits; this one has %1. Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mainland mobile numbers start with 13–19. Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A landline number needs its area code (for example 0478-8212345). Add the area code or enter an 11-digit mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The landline number has too many parts. Write it as area code-number, for example 0478-8212345.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area code &quot;%1&quot; is not valid: it has 3 or 4 digits starting with 0 (for example 0478). Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A landline number has 7 or 8 digits after the area code (for example 0478-8212345). Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is empty. Enter it as 2024-05-07, 2024/5/7, 2024.5.7 or 2024年5月7日.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as 2024-05-07, 2024/5/7, 2024.5.7 or 2024年5月7日.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date (month %2 has no day %3). Check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is too early for a case date. Check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number does not check out: one of its characters was typed wrong (often a misread digit or two digits swapped). Read the whole number again from the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unified social credit code does not check out: one of its characters was typed wrong. Read the whole code again from the business licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an area code: area codes start with 0 and a digit 1–9 (for example 0478), while 00 begins an international prefix. Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mediation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkQueues</name>
    <message>
        <source>Waiting for triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress in my department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::MechanismFigures</name>
    <message>
        <source>Leaders&apos; receptions, leader-owned cases and petition agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders&apos; reception half-days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors received by leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases received by leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader-owned cases assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader-owned cases resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader-owned cases: resolution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agency: registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agency: resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agency: resolution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::MonthlyReport</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-month trend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::UserService</name>
    <message>
        <source>There is no active user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password library could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or the password is not correct. Check both and try again; an administrator can set a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once anyone signs in with a password, at least one active administrator must have a password too, or nobody could manage the accounts. Give an administrator a password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can manage user accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is not valid: use 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &quot;system&quot; belongs to the built-in operator; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the user&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can set another user&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not begin or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be encoded (out of memory?). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not see full ID and phone numbers; ask the window clerk, a mediator or the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: the login &quot;%1&quot; is locked until %2. Try again then, or ask an administrator to set a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or the password is not correct, %1 times in a row: the login &quot;%2&quot; is locked until %3. Try again then, or ask an administrator to set a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 the administrator account &quot;%2&quot; was recovered with onewindow-cli recover-admin by the operating-system account %3, without its old password. If nobody agreed to this, set new passwords and check the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 your login was locked after %2 wrong passwords in a row. If that was not you, tell an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in is on: &quot;%1&quot; must sign in with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active user &quot;%1&quot;. Give the login of an existing account (an administrator adds accounts in 管理 → 用户, and onewindow-cli users lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the operating-system account that owns %1 may recover an administrator; run the command as that account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovering an administrator is available on Linux only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an active administrator account; recover-admin sets the password of an administrator only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who owns the schema of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the role that owns the schema of %1 (%2, the role that runs migrate --to and upgrade) may recover an administrator on a server; %3 may not. Connect as that role: --db postgresql://%2@server/database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::backup</name>
    <message>
        <source>The database stayed busy; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; it is not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed its check and was deleted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a OneWindow database (it has no site code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer OneWindow (schema %2; this program knows up to %3). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 belongs to site %2 (%3), this database to site %4. Nothing was changed; to replace this site&apos;s records with the other site&apos;s all the same, use --force-site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 has pages of %2 bytes, this database pages of %3 bytes; it cannot be restored into it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current database could not be kept, so the backup was not restored; nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored but could not be upgraded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored, but the restore could not be written to the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::cli</name>
    <message>
        <source>Number of cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cases must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 demo cases added (%2 still open), received %3 to %4, in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source site code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead department code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json, csv, xlsx or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month must be a month like 2025-05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be json, csv, xlsx or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown township &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown department &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no database at %1: made one for the sample site %2 (%3) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mediation agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handling opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who compiled the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print needs a document kind (receipt, agreement, opinion or casefile) and a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown document &quot;%1&quot;: use receipt, agreement, opinion or casefile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 written to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the report carries no signed audit log head: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::mechanisms</name>
    <message>
        <source>The record no longer exists; close the list and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::permissions</name>
    <message>
        <source>see the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see full ID and phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handle cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route cases to departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export data for the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import township data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see and resolve consolidation conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make the monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add demo cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change their password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the routing rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the center settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage the signing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the leaders&apos; reception schedule and the petition agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a case received at a leader&apos;s reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign a leader to a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a leader&apos;s progress on a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act as a petition agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui</name>
    <message>
        <source>Cases by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes of closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-month trend: accepted and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month: %1    Scope: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown report format &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals and rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution levels: %1 %2 (closed or escalated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not leaving village %1 · not leaving township %2 · not escalated %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases accepted and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-month trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petition agency level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders and agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::AgencyCasesWindow</name>
    <message>
        <source>My Agency Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New since you last looked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen &amp;Informed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that you told the citizen how the case stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 case(s) carried by you; %2 changed since you last looked (highlighted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agency case(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen Informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in the timeline of %1 that the citizen was informed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency Cases…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::AgencyPointsDialog</name>
    <message>
        <source>Agency &amp;Points and Agents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency Points and Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Poin&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent of the selected point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in acco&amp;unt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New A&amp;gent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ave Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the agency point the agent works at first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::AgreementDialog</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. agreement No. 12 of 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. bank transfer in one payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the township mediation committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the Mediation Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties: the case has no applicant or respondent recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed &amp;terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content of the oral agreement (recorded by the mediator, art. 28):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main &amp;facts of the dispute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main &amp;facts of the dispute (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points in &amp;dispute and each party&apos;s responsibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points in &amp;dispute and each party&apos;s responsibility (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is not valid; see the message under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print the agreement now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::AssignLeaderDialog</name>
    <message>
        <source>Assign a Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a leader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active leader is entered yet: a supervisor enters the leaders first (reception schedule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a Lea&amp;der…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::AttachmentsDialog</name>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the file&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, JPG or PNG, at most %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment Not Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program was found to show &quot;%1&quot;. Use Save As… and open the copy yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Attachment As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Its attachments can be opened and saved, not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::BackupDialog</name>
    <message>
        <source>Backup and Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backups are kept in %1. Automatic backups (daily, before an upgrade, before a package import) are kept for %n day(s); backups made here are kept until deleted by hand.</source>
        <translation>
            <numerusform>Backups are kept in %1. Automatic backups (daily, before an upgrade, before a package import) are kept for %n day; backups made here are kept until deleted by hand.</numerusform>
            <numerusform>Backups are kept in %1. Automatic backups (daily, before an upgrade, before a package import) are kept for %n days; backups made here are kept until deleted by hand.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up and checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of %1 written and checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of %1?

The database goes back to what it held then: whatever was recorded after %1 is not in it. The current file is kept beside the database as %2.before-restore-….sqlite, so nothing is lost.

OneWindow closes after restoring; start it again to work with the restored records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup and restoring it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 was restored. The file as it was before is kept as %2.

OneWindow closes now; start it again to work with the restored records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup and Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A center&apos;s server is backed up by its administrator with pg_dump (onewindow-cli backup); this dialog backs up a database file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::CaseActionsDialog</name>
    <message>
        <source>Accept and number the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case gets its number and its deadlines; triage then routes it to a department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not accept (不予受理)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason; it is printed on the notice the citizen receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead department has taken the case up (调查落实).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record investigation notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found or done: visits, talks, documents seen. The note goes into the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the response (处理反馈)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response, decision or agreement that reached the citizen. Every summoned department must have reported in and given feedback, unless the lead department overrides with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for more work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response did not settle the matter; say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend (clock paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadlines stop; on resuming they move later by the days suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case goes on where it stopped; open deadlines move later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put under supervision (督办)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what must happen and by when; the case shows in 督办中.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case leaves 督办中.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the deadline (once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A petition may be extended once by 30 days (信访工作条例 art. 32), with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to another lead department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old department stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summon a co-handling department (吹哨)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department must report in (报到) and give its feedback by its own due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summoned department reports in (报到)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of reporting in is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summoned department gives feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the department did for its part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate (上交)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the body that receives the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the reason the applicant gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into another case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duplicate: this case ends as merged and points at the case that goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is kept in the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · lead department: %3%4&lt;br&gt;%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond although summoned departments have not all given feedback (write the reason above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be done with a case that is &quot;%1&quot; any more%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; a supervisor can reopen it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surviving &amp;case (number or code):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving &amp;body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in the timeline of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handle Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, respond, suspend, supervise, summon departments… for the selected case (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not routed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::CaseDetailView</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-case code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(extended by %n day(s))</source>
        <translation>
            <numerusform>(extended by %n day)</numerusform>
            <numerusform>(extended by %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not numbered yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::CaseEditDialog</name>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadlines are counted again from a corrected date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is kept in the case timeline with the old and the new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown masked. Type the whole number to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): see the red messages at the fields.</source>
        <translation>
            <numerusform>%n problem: see the red messages at the fields.</numerusform>
            <numerusform>%n problems: see the red messages at the fields.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Cannot Be Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved to the timeline.</source>
        <translation>
            <numerusform>%n change saved to the timeline.</numerusform>
            <numerusform>%n changes saved to the timeline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fields and parties of the selected case (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S: save · Esc: close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for an organization, known by its credit code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::CaseListModel</name>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due soon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past its deadline and not yet closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most of the time allowed has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::CloseCaseDialog</name>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Closing Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing summary typed here has not been saved. Close and discard it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::ConflictsDialog</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidation Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case / record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This center&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show resolved conflicts too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep This Center&apos;s Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the Township&apos;s Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept ours (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took theirs (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflicts: every record merged from the townships agrees with this center&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed both here and at a township since the last exchange. This center&apos;s version is in use; choose for each which version to keep.</source>
        <translation>
            <numerusform>%n record was changed both here and at a township since the last exchange. This center&apos;s version is in use; choose for each which version to keep.</numerusform>
            <numerusform>%n records were changed both here and at a township since the last exchange. This center&apos;s version is in use; choose for each which version to keep.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep this center&apos;s version of %1? The township&apos;s version is set aside (it stays in the conflict record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this center&apos;s version of %1 with the township&apos;s? This center&apos;s version stays in the conflict record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidation Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), from %3 (package %4, found %5). Fields that differ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From township</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::DashboardWidget</name>
    <message>
        <source>Accepted this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::DeadlineRulesDialog</name>
    <message>
        <source>(every case type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may change the deadline rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the case type and milestone of the new rule; a rule already there for them is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1, %2. Deadlines set from now on follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline Rules…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::DepartmentPicker</name>
    <message>
        <source>Type to find a department, Enter ticks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::ExportPackageDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Data for the County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneWindow packages (*.owpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 cases (%2 rows in all) to %3.
Checksum (SHA-256): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Data for the County…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::FileDialog</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::FirstRunDialog</name>
    <message>
        <source>&amp;Create Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server&apos;s address as postgresql://user@server/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 on %2 (not stored):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::FollowupDialog</name>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::FormKeys</name>
    <message>
        <source>Enter: next field · Shift+Enter: new line in the summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::HolidaysDialog</name>
    <message>
        <source>Make-up working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may change the holiday calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries for %1 yet. Import the schedule from a file (date,kind,name per line, as in holidays.csv) or add the days one by one, then save the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 day(s) off, %2 make-up working day(s)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the days to remove in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday schedule (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: it holds entries of several years (%2). Import the schedule of one year at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries read from %2; not saved yet: check them, then save the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 saved: %2 day(s) off, %3 make-up working day(s). %n open deadline(s) recomputed.</source>
        <translation>
            <numerusform>%1 saved: %2 day off, %3 make-up working day. %n open deadline recomputed.</numerusform>
            <numerusform>%1 saved: %2 days off, %3 make-up working days. %n open deadlines recomputed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>These deadlines were extended or moved by a suspension, so they were left as they are; check them by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to %1 are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holidays…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::HomeView</name>
    <message>
        <source>New Registration (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work queues — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leader receives visitors today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader on duty today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader-owned cases in hand: %1    Backlog cases without a leader: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::ImportLedgerDialog</name>
    <message>
        <source>Choose Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing was written; correct the ledger and check it again.</source>
        <translation>
            <numerusform>%n problem found. Nothing was written; correct the ledger and check it again.</numerusform>
            <numerusform>%n problems found. Nothing was written; correct the ledger and check it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>All rows are valid: %1 case(s) will be imported, %2 are already in the database unchanged. Press Import to write them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: all %1 case(s) are already in the database unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 case(s); %2 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking row %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing row %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1 rows to the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the new cases for search…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::ImportPackageDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Township Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneWindow packages (*.owpkg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), exported %3 by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: the file is complete and unchanged since export (SHA-256 %1…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First package from this township: importing registers it as a township of this county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was already imported on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record of this package is already here; there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records changed here and at the township since the last exchange: %1. This database keeps its version; the township&apos;s version is kept for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1: %2 new, %3 updated, %4 conflicting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Township Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records (parties, closure records) were deleted at the township since the last full package; importing deletes them here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the package: every record and its checksum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported. Preparing the new cases for search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 records in one transaction…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::IntakeDialog</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 digits, e.g. 150824198001010010</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile or 0478-1234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): see the red messages at the fields.</source>
        <translation>
            <numerusform>%n problem: see the red messages at the fields.</numerusform>
            <numerusform>%n problems: see the red messages at the fields.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved and accepted as %1. Ctrl+P prints the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as %1 for triage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as not accepted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the case not accepted? The notice shows this reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case first (Ctrl+S); the receipt shows its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier cases of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Earlier cases of this person: %n</source>
        <translation>
            <numerusform>Earlier cases of this person: %n</numerusform>
            <numerusform>Earlier cases of this person: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit Not Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit no. %1 recorded on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Registration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was typed for this visitor has not been saved. Close and discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visitor is already registered as %1. For the next visitor, close this window and press F2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization (company, institution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters, from the business licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S: accept and save · Ctrl+P: print the receipt · Esc: close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as received by %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::JudicialConfirmationDialog</name>
    <message>
        <source>the basic people&apos;s court where the committee is located</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. (2025) court special case No. 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed: the agreement is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an oral agreement cannot be confirmed by a court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agreement recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judicial confirmation needs a written mediation agreement. Record it first (Mediation → Mediation Agreement…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(applied on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The parties apply jointly within %n day(s) of the agreement taking effect.</source>
        <translation>
            <numerusform>The parties apply jointly within %n day of the agreement taking effect.</numerusform>
            <numerusform>The parties apply jointly within %n days of the agreement taking effect.</numerusform>
        </translation>
    </message>
    <message>
        <source>Judicial Confirmation Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::LeaderCasesWindow</name>
    <message>
        <source>Leader-Owned Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only assignments in &amp;hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader &amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign Leader…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End Assignment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (past target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeated petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader &amp;Cases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backlog (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leader has charge of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader&apos;s Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress note is in the timeline of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the Leader&apos;s Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leader&apos;s charge of %1 has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leader-Owned Cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::LeaderEditDialog</name>
    <message>
        <source>Receives visitors and may own cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 县委副书记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 县委, 海流图镇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::MainWindow</name>
    <message>
        <source>OneWindow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All townships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cases match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About OneWindow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneWindow %1
One-window intake and case tracking for social-governance centers.

Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due soon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the parties&apos; full ID and phone numbers (the viewing is logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Case Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case in the case list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Cannot Be Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed:
%1

The work can go on; tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup made and checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk or program is writing to the database; waiting (%1 s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was renewed (another part of the program had opened its file); nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 case(s)</source>
        <translation>
            <numerusform>%1 case</numerusform>
            <numerusform>%1 cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated with other desks&apos; changes at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::NoteDialog</name>
    <message>
        <source>Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note typed here has not been saved. Close and discard it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::PageFlow</name>
    <message>
        <source>Month: %1    Scope: %2    Units: cases, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 by OneWindow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of statistics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date reported:      /      /</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::PasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::PerformanceDialog</name>
    <message>
        <source>Checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. paid by bank transfer; receipt in the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deadline in the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agreement recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is not valid; see the message under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::ReceptionDayEditDialog</name>
    <message>
        <source>New Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 县社会治理中心接访室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 土地征收、劳动保障 (may be empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Half-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::ReceptionScheduleDialog</name>
    <message>
        <source>Leaders&apos; Reception Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Leader…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Leader…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Reception…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Reception…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception Record (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public notice of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a leader in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a reception in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected reception from the schedule?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reception was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 new leader(s), %2 new reception(s), %3 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public Notice of the Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reception-notice-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reception-record-%1-%2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reception record was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders&apos; Reception &amp;Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::ReferenceListsDialog</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments and windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: a province)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may change the reference lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A division code has 6 digits for a county (GB/T 2260), 9 for a township, 12 for a village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code is lowercase letters, digits and _, e.g. land_contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 already so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Reference List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported, nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &amp;Lists…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::RegisterAgencyDialog</name>
    <message>
        <source>Register as Carried by an Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the citizen&apos;s signed authorisation, scanned as PDF, JPEG or PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authori&amp;sation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen&apos;s Authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register for a Citi&amp;zen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now carried by an agent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::ReportWindow</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;onth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All townships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a count to list the cases behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts (double-click for the cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-month trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n case(s)</source>
        <translation>
            <numerusform>%1, %2: %n case</numerusform>
            <numerusform>%1, %2: %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is exported without the signed head of the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::RosterDialog</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. marriage and family, neighbors, land; separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit mediator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The studio&apos;s name, e.g. Lao Wang&apos;s Mediation Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mediation room 1, second floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in acco&amp;unt:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::RoutingRulesDialog</name>
    <message>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator or a supervisor may change routing rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Cases waiting for a lead department are suggested %1 when this rule is the most specific match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Routing Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this rule? Cases already routed keep their departments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routing Rules…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::ScheduleFormDialog</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was typed has not been saved. Close and discard it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::SessionDialog</name>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(another place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Session Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session record typed here has not been saved. Close and discard it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::SettingsDialog</name>
    <message>
        <source>printed on receipts, e.g. 0478-6212345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} the year received, {prefix} the prefix above, {seq} the number in the year ({seq:04}: four digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deadline shows as due soon once this share of its period has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s first case would be numbered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: see the red messages at the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups and those made before an upgrade or a package import are deleted after this many days; backups made with Back Up Now are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Sign in with your login and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since Your Last Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::SiteKeysDialog</name>
    <message>
        <source>Signing Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This center&apos;s signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A township gives the county this public key (or reads out the fingerprint); the county registers it once below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys of the townships (packages are accepted only from these)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 150824100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key or fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the township&apos;s &quot;keys show&quot; prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke Selected Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the key %1 of %2 %3? Packages signed with it are refused from now on; the township must make a new key and have it registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township &amp;Keys…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::TriageView</name>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed when the lead differs from the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-handling &amp;departments (吹哨)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 routed to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case no. / one-case code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township (subdistrict)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ui::UsersDialog</name>
    <message>
        <source>User Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in starts once an administrator has a password. Every user then signs in with their own login, and the timeline names them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. li.na</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change accounts; ask yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an account &quot;%1&quot;; choose it in the list to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Now set a password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
