<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="46"/>
        <source>Tailor: prompt and profile operations for LLM recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="51"/>
        <source>Open the workspace at URL (sqlite:///path or postgresql://...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>Act as operator NAME (SQLite workspaces only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="60"/>
        <source>Keep settings in the INI file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tailor-cli</name>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="21"/>
        <source>--%1 &apos;%2&apos; is not a date or time (use 2026-11-22 or 2026-11-22T08:30:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="48"/>
        <source>Audit log intact: every entry verified (%1 in total).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="54"/>
        <source>tailor-cli: audit log broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="76"/>
        <source>--limit &apos;%1&apos; is not a count (use 0 for all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="103"/>
        <source>SEQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="104"/>
        <source>TIME (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="105"/>
        <source>OPERATOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="106"/>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="107"/>
        <source>ENTITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="108"/>
        <source>DETAILS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="128"/>
        <source>check the hash chain; exit 1 naming the first bad entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="129"/>
        <source>Recomputes every entry&apos;s hash and the chain between entries. Exits 0 when the log is intact and 1, naming the first bad entry, when any entry was edited, deleted or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="139"/>
        <source>list audit entries, newest first, with filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="140"/>
        <source>Lists audit entries, newest first. Filters combine with AND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="144"/>
        <source>Only this action, or actions starting with it when it ends in &apos;.&apos; (e.g. operator.).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="147"/>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="149"/>
        <source>Only entries by this operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="150"/>
        <location filename="../app/cli/main.cpp" line="52"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="153"/>
        <source>Only this entity, or entities starting with it when it ends in &apos;:&apos; (e.g. operator:).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="156"/>
        <source>entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="159"/>
        <source>Only entries at or after this UTC date/time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="160"/>
        <location filename="../app/cli/auditcommands.cpp" line="164"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="163"/>
        <source>Only entries before this UTC date/time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="167"/>
        <source>At most N entries (default 100; 0 for all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="168"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="170"/>
        <source>Oldest entries first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="26"/>
        <source>create, inspect and upgrade workspaces; manage operators and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="29"/>
        <source>verify and list the tamper-evident audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="41"/>
        <source>Workspace URL: sqlite:///path/file.tailor or postgresql://user@host:port/db (default: TAILOR_DB, then the last workspace, then the default file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="45"/>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="48"/>
        <source>Act as operator NAME (SQLite workspaces only; also TAILOR_OPERATOR). A convenience, not a security boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="54"/>
        <source>Machine-readable JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="56"/>
        <source>Show help for this level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="77"/>
        <source>Usage: tailor-cli [--db URL] [--json] [--as NAME] &lt;area&gt; &lt;verb&gt; [options]

Tailor&apos;s command line: every capability of the Tailor workspace, for automation.

Areas:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="83"/>
        <location filename="../app/cli/main.cpp" line="122"/>
        <source>
Global options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="85"/>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="86"/>
        <source>
Exit codes: 0 success, 1 failed check or refused action, 2 bad usage or input.
Run &apos;tailor-cli &lt;area&gt; --help&apos; for an area&apos;s verbs.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="95"/>
        <source>Usage: tailor-cli %1 &lt;verb&gt; [options]

Verbs:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="101"/>
        <source>
Run &apos;tailor-cli %1 &lt;verb&gt; --help&apos; for a verb&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="113"/>
        <source>Usage: tailor-cli %1 %2 [options] %3

%4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="116"/>
        <source>
Arguments:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="121"/>
        <source>
Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="178"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="180"/>
        <source>missing area; see above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="189"/>
        <source>unknown area &apos;%1&apos; (see tailor-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="197"/>
        <source>missing verb for &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="207"/>
        <source>unknown verb &apos;%1&apos; for &apos;%2&apos; (see tailor-cli %2 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="220"/>
        <source>%1 (see tailor-cli %2 %3 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="229"/>
        <source>unexpected argument &apos;%1&apos; for &apos;%2 %3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="232"/>
        <source>&apos;%1 %2&apos; needs %3 (see tailor-cli %1 %2 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="33"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="34"/>
        <source>Dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="39"/>
        <source> (%1 pending; run &apos;tailor-cli workspace migrate&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="41"/>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="42"/>
        <source>Workspace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="43"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="44"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="45"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="46"/>
        <source>%1 (%2, from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="48"/>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="49"/>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="51"/>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="69"/>
        <source>Created workspace %1 (schema version %2); %3 is its admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="111"/>
        <source>%1 migration(s) pending: schema version %2, this Tailor knows %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="120"/>
        <location filename="../app/cli/workspacecommands.cpp" line="136"/>
        <source>Schema is up to date (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="141"/>
        <source>Applied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="143"/>
        <source>Schema version %1 → %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="170"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="171"/>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="172"/>
        <source>GRANTED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="173"/>
        <source>GRANTED AT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="180"/>
        <source>Operators not listed are viewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="192"/>
        <source>unknown role &apos;%1&apos; (roles: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="204"/>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="222"/>
        <source>%1 no longer has a role; they are a viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="237"/>
        <source>create a new workspace; you become its admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="238"/>
        <source>Creates a workspace at --db (a new SQLite file, or an empty PostgreSQL database) and makes the operator its admin. Refuses a database that already holds a workspace or other tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="247"/>
        <source>show the workspace, schema, operator and role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="248"/>
        <source>Shows the workspace URL, dialect, schema version, creator, your identity and role, and audit size. Does not change the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="258"/>
        <source>apply pending schema migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="259"/>
        <source>Brings the workspace schema to the version this Tailor knows. Workspaces are also migrated when opened; this verb reports what it did. With --check, changes nothing and exits 1 when migrations are pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="268"/>
        <source>Only report; exit 1 when migrations are pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="273"/>
        <source>list operators and their roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="274"/>
        <source>Lists the operators who hold a role in this workspace. Everyone else is a viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="282"/>
        <source>give an operator a role (admin only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="283"/>
        <source>Gives NAME the role ROLE (viewer, editor, analyst, approver, admin). Needs the admin role; audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="289"/>
        <source>operator name (OS login, or database role on PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="292"/>
        <source>viewer, editor, analyst, approver or admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="296"/>
        <source>remove an operator&apos;s role (admin only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="297"/>
        <source>Removes NAME&apos;s role, leaving them a viewer. Needs the admin role; the last admin cannot be removed. Audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="303"/>
        <source>operator name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tailor::AuditLog</name>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="82"/>
        <source>An audit entry needs an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="91"/>
        <location filename="../core/storage/auditlog.cpp" line="269"/>
        <source>reading the audit log head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="113"/>
        <source>appending to the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="120"/>
        <source>moving the audit log head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="186"/>
        <location filename="../core/storage/auditlog.cpp" line="190"/>
        <location filename="../core/storage/auditlog.cpp" line="222"/>
        <source>reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="207"/>
        <source>counting audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="240"/>
        <source>entry %1 is missing (the log jumps from %2 to %3): an entry was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="246"/>
        <source>entry %1 appears twice or out of sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="251"/>
        <source>entry %1 was modified: its content does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="256"/>
        <source>entry %1 does not follow entry %2 (previous-hash mismatch): entries were reordered or replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="277"/>
        <source>the log ends at entry %1 but its head records entry %2: entries were deleted from the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="283"/>
        <source>the audit log head does not match the last entry %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tailor::Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="105"/>
        <source>Qt&apos;s SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="111"/>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="181"/>
        <location filename="../core/storage/database.cpp" line="194"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="57"/>
        <location filename="../core/storage/database.cpp" line="190"/>
        <source>%1 is not a Tailor workspace: it is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="32"/>
        <source>There is no workspace at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="35"/>
        <source>Cannot create the folder %1 for the new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="40"/>
        <source>The folder %1 is read-only; Tailor cannot create a workspace there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="47"/>
        <source>%1 is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="52"/>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="62"/>
        <source>The workspace %1 is read-only; Tailor needs to write to it. Make it writable or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="67"/>
        <source>The folder of workspace %1 is read-only; SQLite needs to create its write-ahead log beside the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="200"/>
        <source>The workspace %1 cannot use SQLite&apos;s write-ahead log (journal mode is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="211"/>
        <source>Cannot configure the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="238"/>
        <source>Cannot connect to PostgreSQL at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="245"/>
        <source>Cannot configure the PostgreSQL session: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tailor::DatabaseUrl</name>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="15"/>
        <source>use sqlite:///path/to/file.tailor or postgresql://user@host:port/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="46"/>
        <source>The workspace URL is empty; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="55"/>
        <source>&apos;%1&apos; is not a workspace URL or a file path; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="66"/>
        <source>The SQLite workspace URL &apos;%1&apos; names no file; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="70"/>
        <source>The SQLite workspace URL &apos;%1&apos; needs an absolute path (three slashes: sqlite:///home/me/w.tailor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="80"/>
        <source>Unsupported workspace URL scheme &apos;%1&apos;; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="86"/>
        <source>The PostgreSQL URL &apos;%1&apos; is malformed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="99"/>
        <source>The PostgreSQL URL &apos;%1&apos; has more than a database name in its path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="105"/>
        <source>The PostgreSQL URL &apos;%1&apos; has an invalid port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="111"/>
        <source>The PostgreSQL URL &apos;%1&apos; has an empty port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="119"/>
        <source>Unknown PostgreSQL connection option &apos;%1&apos; (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tailor::EmptyStatePage</name>
    <message>
        <location filename="../ui/emptystatepage.cpp" line="51"/>
        <source>No workspace open — use File → New workspace or Open workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tailor::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="34"/>
        <source>Tailor workspaces (*.tailor);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="44"/>
        <location filename="../ui/mainwindow.cpp" line="77"/>
        <location filename="../ui/mainwindow.cpp" line="338"/>
        <source>Tailor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>Profiles are not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>Browse users, their derived interests and consent, and review the profiles an LLM wrote for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99"/>
        <source>Importing interaction data and browsing profiles arrive in a later version of Tailor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>Prompts are not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="102"/>
        <source>Edit prompt templates, keep every version, label them and preview them rendered on real profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>Prompt editing and versioning arrive in a later version of Tailor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>Experiments are not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>Compare prompt versions against an LLM endpoint on a sample of profiles, with ranking metrics and blind side-by-side review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="111"/>
        <source>Experiments arrive in a later version of Tailor, after prompts and the LLM endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>Metrics are not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>Follow feedback and engagement from production in charts per prompt version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>Ingesting events and charting them arrive in a later version of Tailor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Releases are not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>Request a prompt release, approve it with a second pair of eyes, and roll it back when needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>The release workflow arrives in a later version of Tailor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="135"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>&amp;About Tailor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>About Tailor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>&lt;h3&gt;Tailor %1&lt;/h3&gt;&lt;p&gt;Tailor is a workbench for prompt and profile operations in LLM-driven personalized recommendation: browse user profiles built from interaction data, version prompt templates, compare them against an LLM endpoint, follow feedback per prompt version and release prompts with a second approver. Workspaces live in an SQLite file or on a PostgreSQL server.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>LLM: not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>Connecting an LLM endpoint arrives in a later version of Tailor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="240"/>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="271"/>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>Creating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="286"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="316"/>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="339"/>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="346"/>
        <source>%1 — Tailor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="351"/>
        <source>Operator %1 (%2), role %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tailor::Migrator</name>
    <message>
        <location filename="../core/storage/migrator.cpp" line="27"/>
        <source>The SQLite driver did not expose its connection handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="91"/>
        <source>reading the list of tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="95"/>
        <source>%1 is not a Tailor workspace: it is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="114"/>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="127"/>
        <source>The workspace %1 was created by a newer Tailor (schema version %2; this Tailor knows up to %3). Upgrade Tailor to open it; the workspace was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="145"/>
        <source>%1 holds tables that are not Tailor&apos;s; Tailor will not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="169"/>
        <source>creating the schema version table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="179"/>
        <source>Migration %1_%2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="189"/>
        <source>recording migration %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tailor::OperatorIdentity</name>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="21"/>
        <source>The operator name from %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="25"/>
        <source>The operator name from %1 is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="31"/>
        <source>The operator name &apos;%1&apos; from %2 contains spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="45"/>
        <source>OS login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="47"/>
        <source>--as / TAILOR_OPERATOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="49"/>
        <source>database role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="66"/>
        <source>--as and TAILOR_OPERATOR only apply to SQLite workspaces; on PostgreSQL you act as the database role you connect with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="76"/>
        <source>reading the database role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="80"/>
        <source>PostgreSQL did not report the session user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="97"/>
        <source>the OS login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tailor::OperatorService</name>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="23"/>
        <location filename="../core/identity/operatorservice.cpp" line="31"/>
        <source>granting a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="39"/>
        <location filename="../core/identity/operatorservice.cpp" line="41"/>
        <source>revoking a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="59"/>
        <location filename="../core/identity/operatorservice.cpp" line="162"/>
        <source>reading the operator&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="75"/>
        <source>listing operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="95"/>
        <source>Operator &apos;%1&apos; is a %2 and may not %3 in this workspace; ask an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="104"/>
        <source>counting admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="115"/>
        <source>&apos;%1&apos; is not a valid operator name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="134"/>
        <location filename="../core/identity/operatorservice.cpp" line="176"/>
        <source>&apos;%1&apos; is the last admin of this workspace; make someone else admin first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="167"/>
        <source>&apos;%1&apos; has no role in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tailor::PostgresDialog</name>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="18"/>
        <source>Connect to PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="24"/>
        <source>Open a team workspace kept in a PostgreSQL database. Tailor signs in as the database user; that user&apos;s role in the workspace decides what you may do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="40"/>
        <source>tailor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="43"/>
        <source>your database user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="47"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="48"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="49"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="50"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="51"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="55"/>
        <source>The password is used only for this connection and is never stored. To reopen this workspace later without typing it, set PGPASSWORD or add the server to ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="63"/>
        <source>&amp;Create a new workspace in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="74"/>
        <location filename="../ui/postgresdialog.cpp" line="78"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="78"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="93"/>
        <source>Enter the name of the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tailor::Role</name>
    <message>
        <location filename="../core/identity/role.cpp" line="42"/>
        <source>viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="44"/>
        <source>editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="46"/>
        <source>analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="48"/>
        <source>approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="50"/>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="59"/>
        <source>view this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="61"/>
        <source>edit prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="63"/>
        <source>run experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="65"/>
        <source>import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="67"/>
        <source>review profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="69"/>
        <source>reveal personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="71"/>
        <source>approve releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="73"/>
        <source>move protected labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="75"/>
        <source>manage operators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tailor::SettingsPage</name>
    <message>
        <location filename="../ui/settingspage.cpp" line="27"/>
        <source>No workspace open — use File → New workspace or Open workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="110"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="114"/>
        <source>The open workspace, who may change it, and how Tailor looks to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="147"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="162"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="165"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="166"/>
        <source>Server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="167"/>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="168"/>
        <source>Workspace ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="169"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="170"/>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="172"/>
        <location filename="../ui/settingspage.cpp" line="205"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="174"/>
        <location filename="../ui/settingspage.cpp" line="232"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="176"/>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="177"/>
        <location filename="../ui/settingspage.cpp" line="220"/>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="185"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="193"/>
        <source>&amp;Verify audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="196"/>
        <source>Recompute the hash chain and report the first edited, deleted or reordered entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settingspage.cpp" line="203"/>
        <source>The %n most recent entries, newest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="205"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="205"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="205"/>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="229"/>
        <source>Anyone not listed here may view the workspace and nothing more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="232"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="232"/>
        <source>Granted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="232"/>
        <source>Granted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="246"/>
        <source>Operator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="252"/>
        <source>&amp;Grant role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="255"/>
        <source>&amp;Revoke selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="281"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="285"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="300"/>
        <source>A new language takes effect after you restart Tailor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="308"/>
        <source>LLM endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="309"/>
        <source>No LLM endpoint is configured. Configuring an OpenAI-compatible endpoint (OpenAI, Azure OpenAI, Ollama, vLLM, ...) arrives with the LLM endpoint feature in a later version of Tailor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="353"/>
        <source>Cannot read this workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="376"/>
        <source>%1 (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="377"/>
        <source>%1 (this Tailor knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="379"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="383"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="392"/>
        <source>Entry %1, %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="405"/>
        <source>You are %1 here; only an admin can grant or revoke roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="416"/>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="430"/>
        <source>Cannot verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="437"/>
        <source>The audit log is intact; entries checked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="440"/>
        <source>The audit log is broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="469"/>
        <source>Cannot grant a role to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="497"/>
        <source>Cannot revoke the role of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tailor::Sql</name>
    <message>
        <location filename="../core/storage/sqlerror.cpp" line="26"/>
        <source>Database error while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tailor::Transaction</name>
    <message>
        <location filename="../core/storage/transaction.cpp" line="26"/>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/transaction.cpp" line="39"/>
        <source>Cannot commit the transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tailor::Workspace</name>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="59"/>
        <source>%1 is empty: it is not a Tailor workspace yet. Create one with File → New workspace or `tailor-cli workspace init`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="66"/>
        <source>%1 is not a Tailor workspace: it holds other tables. Tailor did not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="102"/>
        <source>%1 is already a Tailor workspace (schema version %2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="109"/>
        <source>%1 already holds tables that are not Tailor&apos;s; Tailor will not create a workspace in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="145"/>
        <source>writing workspace metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="153"/>
        <source>making the creator admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="237"/>
        <source>reading the server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="243"/>
        <source>reading workspace metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="256"/>
        <source>counting operators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tailor::WorkspaceLocator</name>
    <message>
        <location filename="../core/workspace/workspacelocator.cpp" line="23"/>
        <source>TAILOR_DB: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspacelocator.cpp" line="44"/>
        <source>--db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspacelocator.cpp" line="46"/>
        <source>TAILOR_DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspacelocator.cpp" line="48"/>
        <source>last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workspace/workspacelocator.cpp" line="50"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
