<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="46"/>
        <source>Tailor: prompt and profile operations for LLM recommendation.</source>
        <translation>Tailor：面向 LLM 推荐的提示词与用户画像运营工具。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="51"/>
        <source>Open the workspace at URL (sqlite:///path or postgresql://...).</source>
        <translation>打开位于 URL 的工作区（sqlite:///path 或 postgresql://...）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>Act as operator NAME (SQLite workspaces only).</source>
        <translation>以操作员 NAME 的身份操作（仅限 SQLite 工作区）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="60"/>
        <source>Keep settings in the INI file FILE.</source>
        <translation>将设置保存在 INI 文件 FILE 中。</translation>
    </message>
</context>
<context>
    <name>tailor-cli</name>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="21"/>
        <source>--%1 &apos;%2&apos; is not a date or time (use 2026-11-22 or 2026-11-22T08:30:00Z)</source>
        <translation>--%1 &apos;%2&apos; 不是有效的日期或时间（请使用 2026-11-22 或 2026-11-22T08:30:00Z）</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="48"/>
        <source>Audit log intact: every entry verified (%1 in total).</source>
        <translation>审计日志完好：所有条目均已验证（共 %1 条）。</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="54"/>
        <source>tailor-cli: audit log broken at entry %1: %2</source>
        <translation>tailor-cli: 审计日志在条目 %1 处损坏：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="76"/>
        <source>--limit &apos;%1&apos; is not a count (use 0 for all)</source>
        <translation>--limit &apos;%1&apos; 不是有效的数量（0 表示全部）</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="103"/>
        <source>SEQ</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="104"/>
        <source>TIME (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="105"/>
        <source>OPERATOR</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="106"/>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="107"/>
        <source>ENTITY</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="108"/>
        <source>DETAILS</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="128"/>
        <source>check the hash chain; exit 1 naming the first bad entry</source>
        <translation>检查哈希链；发现问题时以 1 退出并指出第一个错误条目</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="129"/>
        <source>Recomputes every entry&apos;s hash and the chain between entries. Exits 0 when the log is intact and 1, naming the first bad entry, when any entry was edited, deleted or reordered.</source>
        <translation>重新计算每个条目的哈希以及条目之间的链接。日志完好时以 0 退出；若有条目被编辑、删除或重新排序，则以 1 退出并指出第一个错误条目。</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="139"/>
        <source>list audit entries, newest first, with filters</source>
        <translation>列出审计条目，最新的在前，可筛选</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="140"/>
        <source>Lists audit entries, newest first. Filters combine with AND.</source>
        <translation>列出审计条目，最新的在前。多个筛选条件之间为 AND 关系。</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="144"/>
        <source>Only this action, or actions starting with it when it ends in &apos;.&apos; (e.g. operator.).</source>
        <translation>仅此操作；若以 &apos;.&apos; 结尾，则匹配以其开头的所有操作（例如 operator.）。</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="147"/>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="149"/>
        <source>Only entries by this operator.</source>
        <translation>仅显示该操作员的条目。</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="150"/>
        <location filename="../app/cli/main.cpp" line="52"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="153"/>
        <source>Only this entity, or entities starting with it when it ends in &apos;:&apos; (e.g. operator:).</source>
        <translation>仅此对象；若以 &apos;:&apos; 结尾，则匹配以其开头的所有对象（例如 operator:）。</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="156"/>
        <source>entity</source>
        <translation>entity</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="159"/>
        <source>Only entries at or after this UTC date/time.</source>
        <translation>仅显示此 UTC 日期/时间及之后的条目。</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="160"/>
        <location filename="../app/cli/auditcommands.cpp" line="164"/>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="163"/>
        <source>Only entries before this UTC date/time.</source>
        <translation>仅显示此 UTC 日期/时间之前的条目。</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="167"/>
        <source>At most N entries (default 100; 0 for all).</source>
        <translation>最多 N 条（默认 100；0 表示全部）。</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="168"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="170"/>
        <source>Oldest entries first.</source>
        <translation>最早的条目在前。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="26"/>
        <source>create, inspect and upgrade workspaces; manage operators and roles</source>
        <translation>创建、查看和升级工作区；管理操作员和角色</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="29"/>
        <source>verify and list the tamper-evident audit log</source>
        <translation>验证并列出防篡改审计日志</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="41"/>
        <source>Workspace URL: sqlite:///path/file.tailor or postgresql://user@host:port/db (default: TAILOR_DB, then the last workspace, then the default file).</source>
        <translation>工作区 URL：sqlite:///path/file.tailor 或 postgresql://user@host:port/db（默认依次为：TAILOR_DB、上次使用的工作区、默认文件）。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="45"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="48"/>
        <source>Act as operator NAME (SQLite workspaces only; also TAILOR_OPERATOR). A convenience, not a security boundary.</source>
        <translation>以操作员 NAME 的身份操作（仅限 SQLite 工作区；也可通过 TAILOR_OPERATOR 设置）。仅为便利功能，不构成安全边界。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="54"/>
        <source>Machine-readable JSON output.</source>
        <translation>输出机器可读的 JSON。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="56"/>
        <source>Show help for this level.</source>
        <translation>显示此层级的帮助。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="77"/>
        <source>Usage: tailor-cli [--db URL] [--json] [--as NAME] &lt;area&gt; &lt;verb&gt; [options]

Tailor&apos;s command line: every capability of the Tailor workspace, for automation.

Areas:
</source>
        <translation>用法：tailor-cli [--db URL] [--json] [--as NAME] &lt;区域&gt; &lt;子命令&gt; [选项]

Tailor 命令行：提供 Tailor 工作区的全部功能，用于自动化。

区域：
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="83"/>
        <location filename="../app/cli/main.cpp" line="122"/>
        <source>
Global options:
</source>
        <translation>
全局选项：
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="85"/>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="86"/>
        <source>
Exit codes: 0 success, 1 failed check or refused action, 2 bad usage or input.
Run &apos;tailor-cli &lt;area&gt; --help&apos; for an area&apos;s verbs.
</source>
        <translation>
退出码：0 成功，1 检查未通过或操作被拒绝，2 用法或输入错误。
运行 &apos;tailor-cli &lt;区域&gt; --help&apos; 查看某个区域的子命令。
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="95"/>
        <source>Usage: tailor-cli %1 &lt;verb&gt; [options]

Verbs:
</source>
        <translation>用法：tailor-cli %1 &lt;子命令&gt; [选项]

子命令：
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="101"/>
        <source>
Run &apos;tailor-cli %1 &lt;verb&gt; --help&apos; for a verb&apos;s options.
</source>
        <translation>
运行 &apos;tailor-cli %1 &lt;子命令&gt; --help&apos; 查看子命令的选项。
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="113"/>
        <source>Usage: tailor-cli %1 %2 [options] %3

%4
</source>
        <translation>用法：tailor-cli %1 %2 [选项] %3

%4
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="116"/>
        <source>
Arguments:
</source>
        <translation>
参数：
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="121"/>
        <source>
Options:
</source>
        <translation>
选项：
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="178"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="180"/>
        <source>missing area; see above</source>
        <translation>缺少区域；见上文</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="189"/>
        <source>unknown area &apos;%1&apos; (see tailor-cli --help)</source>
        <translation>未知区域 &apos;%1&apos;（参见 tailor-cli --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="197"/>
        <source>missing verb for &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 缺少子命令</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="207"/>
        <source>unknown verb &apos;%1&apos; for &apos;%2&apos; (see tailor-cli %2 --help)</source>
        <translation>&apos;%2&apos; 没有子命令 &apos;%1&apos;（参见 tailor-cli %2 --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="220"/>
        <source>%1 (see tailor-cli %2 %3 --help)</source>
        <translation>%1（参见 tailor-cli %2 %3 --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="229"/>
        <source>unexpected argument &apos;%1&apos; for &apos;%2 %3&apos;</source>
        <translation>&apos;%2 %3&apos; 不接受多余的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="232"/>
        <source>&apos;%1 %2&apos; needs %3 (see tailor-cli %1 %2 --help)</source>
        <translation>&apos;%1 %2&apos; 需要 %3（参见 tailor-cli %1 %2 --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="33"/>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="34"/>
        <source>Dialect</source>
        <translation>数据库类型</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="39"/>
        <source> (%1 pending; run &apos;tailor-cli workspace migrate&apos;)</source>
        <translation> （%1 个迁移待执行；请运行 &apos;tailor-cli workspace migrate&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="41"/>
        <source>Schema version</source>
        <translation>架构版本</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="42"/>
        <source>Workspace id</source>
        <translation>工作区 ID</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="43"/>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="44"/>
        <source>%1 by %2</source>
        <translation>%2 于 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="45"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="46"/>
        <source>%1 (%2, from %3)</source>
        <translation>%1（%2，来源：%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="48"/>
        <source>Operators</source>
        <translation>操作员数</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="49"/>
        <source>Audit entries</source>
        <translation>审计条目数</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="51"/>
        <source>File size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="69"/>
        <source>Created workspace %1 (schema version %2); %3 is its admin.</source>
        <translation>已创建工作区 %1（架构版本 %2）；%3 为其管理员。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="111"/>
        <source>%1 migration(s) pending: schema version %2, this Tailor knows %3.</source>
        <translation>有 %1 个迁移待执行：架构版本为 %2，此版本的 Tailor 支持到 %3。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="120"/>
        <location filename="../app/cli/workspacecommands.cpp" line="136"/>
        <source>Schema is up to date (version %1).</source>
        <translation>架构已是最新（版本 %1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="141"/>
        <source>Applied %1</source>
        <translation>已应用 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="143"/>
        <source>Schema version %1 → %2.</source>
        <translation>架构版本 %1 → %2。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="170"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="171"/>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="172"/>
        <source>GRANTED BY</source>
        <translation>授予者</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="173"/>
        <source>GRANTED AT</source>
        <translation>授予时间</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="180"/>
        <source>Operators not listed are viewers.</source>
        <translation>未列出的操作员均为查看者。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="192"/>
        <source>unknown role &apos;%1&apos; (roles: %2)</source>
        <translation>未知角色 &apos;%1&apos;（可用角色：%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="204"/>
        <source>%1 is now %2.</source>
        <translation>%1 现在是%2。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="222"/>
        <source>%1 no longer has a role; they are a viewer.</source>
        <translation>%1 不再拥有角色，现为查看者。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="237"/>
        <source>create a new workspace; you become its admin</source>
        <translation>创建新工作区；您将成为其管理员</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="238"/>
        <source>Creates a workspace at --db (a new SQLite file, or an empty PostgreSQL database) and makes the operator its admin. Refuses a database that already holds a workspace or other tables.</source>
        <translation>在 --db 指定的位置创建工作区（新的 SQLite 文件或空的 PostgreSQL 数据库），并将当前操作员设为其管理员。若数据库中已有工作区或其他表，则拒绝创建。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="247"/>
        <source>show the workspace, schema, operator and role</source>
        <translation>显示工作区、架构、操作员和角色</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="248"/>
        <source>Shows the workspace URL, dialect, schema version, creator, your identity and role, and audit size. Does not change the workspace.</source>
        <translation>显示工作区 URL、数据库类型、架构版本、创建者、您的身份和角色以及审计日志规模。不会更改工作区。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="258"/>
        <source>apply pending schema migrations</source>
        <translation>应用待执行的架构迁移</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="259"/>
        <source>Brings the workspace schema to the version this Tailor knows. Workspaces are also migrated when opened; this verb reports what it did. With --check, changes nothing and exits 1 when migrations are pending.</source>
        <translation>将工作区架构升级到此版本 Tailor 所支持的版本。打开工作区时也会自动迁移；此子命令会报告执行了哪些操作。使用 --check 时不做任何更改，若有待执行的迁移则以 1 退出。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="268"/>
        <source>Only report; exit 1 when migrations are pending.</source>
        <translation>仅报告；若有待执行的迁移则以 1 退出。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="273"/>
        <source>list operators and their roles</source>
        <translation>列出操作员及其角色</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="274"/>
        <source>Lists the operators who hold a role in this workspace. Everyone else is a viewer.</source>
        <translation>列出在此工作区中拥有角色的操作员。其他人均为查看者。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="282"/>
        <source>give an operator a role (admin only)</source>
        <translation>为操作员授予角色（仅限 admin）</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="283"/>
        <source>Gives NAME the role ROLE (viewer, editor, analyst, approver, admin). Needs the admin role; audited.</source>
        <translation>授予 NAME 角色 ROLE（viewer、editor、analyst、approver、admin）。需要 admin 角色；会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="289"/>
        <source>operator name (OS login, or database role on PostgreSQL)</source>
        <translation>操作员名称（操作系统登录名；在 PostgreSQL 上为数据库角色）</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="292"/>
        <source>viewer, editor, analyst, approver or admin</source>
        <translation>viewer、editor、analyst、approver 或 admin</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="296"/>
        <source>remove an operator&apos;s role (admin only)</source>
        <translation>撤销操作员的角色（仅限 admin）</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="297"/>
        <source>Removes NAME&apos;s role, leaving them a viewer. Needs the admin role; the last admin cannot be removed. Audited.</source>
        <translation>撤销 NAME 的角色，使其成为查看者。需要 admin 角色；无法移除最后一位管理员。会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="303"/>
        <source>operator name</source>
        <translation>操作员名称</translation>
    </message>
</context>
<context>
    <name>tailor::AuditLog</name>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="82"/>
        <source>An audit entry needs an action.</source>
        <translation>审计条目必须包含操作。</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="91"/>
        <location filename="../core/storage/auditlog.cpp" line="269"/>
        <source>reading the audit log head</source>
        <translation>读取审计日志头</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="113"/>
        <source>appending to the audit log</source>
        <translation>追加审计日志</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="120"/>
        <source>moving the audit log head</source>
        <translation>移动审计日志头</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="186"/>
        <location filename="../core/storage/auditlog.cpp" line="190"/>
        <location filename="../core/storage/auditlog.cpp" line="222"/>
        <source>reading the audit log</source>
        <translation>读取审计日志</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="207"/>
        <source>counting audit entries</source>
        <translation>统计审计条目</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="240"/>
        <source>entry %1 is missing (the log jumps from %2 to %3): an entry was deleted</source>
        <translation>条目 %1 缺失（日志从 %2 跳到 %3）：有条目被删除</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="246"/>
        <source>entry %1 appears twice or out of sequence</source>
        <translation>条目 %1 重复出现或顺序错乱</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="251"/>
        <source>entry %1 was modified: its content does not match its hash</source>
        <translation>条目 %1 已被修改：其内容与哈希不匹配</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="256"/>
        <source>entry %1 does not follow entry %2 (previous-hash mismatch): entries were reordered or replaced</source>
        <translation>条目 %1 未接续条目 %2（前一哈希不匹配）：有条目被重新排序或替换</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="277"/>
        <source>the log ends at entry %1 but its head records entry %2: entries were deleted from the end</source>
        <translation>日志止于条目 %1，但日志头记录的是条目 %2：末尾的条目已被删除</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="283"/>
        <source>the audit log head does not match the last entry %1</source>
        <translation>审计日志头与最后一个条目 %1 不匹配</translation>
    </message>
</context>
<context>
    <name>tailor::Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="105"/>
        <source>Qt&apos;s SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>未安装 Qt 的 SQLite 驱动（Debian 软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="111"/>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="181"/>
        <location filename="../core/storage/database.cpp" line="194"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation>无法打开工作区 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="57"/>
        <location filename="../core/storage/database.cpp" line="190"/>
        <source>%1 is not a Tailor workspace: it is not an SQLite database.</source>
        <translation>%1 不是 Tailor 工作区：它不是 SQLite 数据库。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="32"/>
        <source>There is no workspace at %1.</source>
        <translation>%1 处没有工作区。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="35"/>
        <source>Cannot create the folder %1 for the new workspace.</source>
        <translation>无法为新工作区创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="40"/>
        <source>The folder %1 is read-only; Tailor cannot create a workspace there.</source>
        <translation>文件夹 %1 为只读；Tailor 无法在其中创建工作区。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="47"/>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 是文件夹，不是工作区文件。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="52"/>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="62"/>
        <source>The workspace %1 is read-only; Tailor needs to write to it. Make it writable or open a copy.</source>
        <translation>工作区 %1 为只读，而 Tailor 需要写入。请使其可写，或打开一个副本。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="67"/>
        <source>The folder of workspace %1 is read-only; SQLite needs to create its write-ahead log beside the file.</source>
        <translation>工作区 %1 所在的文件夹为只读；SQLite 需要在该文件旁创建预写日志（WAL）。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="200"/>
        <source>The workspace %1 cannot use SQLite&apos;s write-ahead log (journal mode is %2).</source>
        <translation>工作区 %1 无法使用 SQLite 的预写日志（日志模式为 %2）。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="211"/>
        <source>Cannot configure the workspace %1: %2</source>
        <translation>无法配置工作区 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="238"/>
        <source>Cannot connect to PostgreSQL at %1: %2</source>
        <translation>无法连接到 %1 上的 PostgreSQL：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="245"/>
        <source>Cannot configure the PostgreSQL session: %1</source>
        <translation>无法配置 PostgreSQL 会话：%1</translation>
    </message>
</context>
<context>
    <name>tailor::DatabaseUrl</name>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="15"/>
        <source>use sqlite:///path/to/file.tailor or postgresql://user@host:port/database</source>
        <translation>请使用 sqlite:///path/to/file.tailor 或 postgresql://user@host:port/database</translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="46"/>
        <source>The workspace URL is empty; %1.</source>
        <translation>工作区 URL 为空；%1。</translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="55"/>
        <source>&apos;%1&apos; is not a workspace URL or a file path; %2.</source>
        <translation>“%1”既不是工作区 URL，也不是文件路径；%2。</translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="66"/>
        <source>The SQLite workspace URL &apos;%1&apos; names no file; %2.</source>
        <translation>SQLite 工作区 URL“%1”未指定文件；%2。</translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="70"/>
        <source>The SQLite workspace URL &apos;%1&apos; needs an absolute path (three slashes: sqlite:///home/me/w.tailor).</source>
        <translation>SQLite 工作区 URL“%1”需要绝对路径（三个斜杠：sqlite:///home/me/w.tailor）。</translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="80"/>
        <source>Unsupported workspace URL scheme &apos;%1&apos;; %2.</source>
        <translation>不支持的工作区 URL 协议“%1”；%2。</translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="86"/>
        <source>The PostgreSQL URL &apos;%1&apos; is malformed: %2.</source>
        <translation>PostgreSQL URL“%1”格式错误：%2。</translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="99"/>
        <source>The PostgreSQL URL &apos;%1&apos; has more than a database name in its path.</source>
        <translation>PostgreSQL URL“%1”的路径中除数据库名外还有其他内容。</translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="105"/>
        <source>The PostgreSQL URL &apos;%1&apos; has an invalid port.</source>
        <translation>PostgreSQL URL“%1”的端口无效。</translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="111"/>
        <source>The PostgreSQL URL &apos;%1&apos; has an empty port.</source>
        <translation>PostgreSQL URL“%1”的端口为空。</translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="119"/>
        <source>Unknown PostgreSQL connection option &apos;%1&apos; (known: %2).</source>
        <translation>未知的 PostgreSQL 连接选项“%1”（支持的选项：%2）。</translation>
    </message>
</context>
<context>
    <name>tailor::EmptyStatePage</name>
    <message>
        <location filename="../ui/emptystatepage.cpp" line="51"/>
        <source>No workspace open — use File → New workspace or Open workspace.</source>
        <translation>未打开工作区 — 请使用“文件 → 新建工作区”或“打开工作区”。</translation>
    </message>
</context>
<context>
    <name>tailor::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="34"/>
        <source>Tailor workspaces (*.tailor);;All files (*)</source>
        <translation>Tailor 工作区 (*.tailor);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="44"/>
        <location filename="../ui/mainwindow.cpp" line="77"/>
        <location filename="../ui/mainwindow.cpp" line="338"/>
        <source>Tailor</source>
        <translation>Tailor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>Profiles</source>
        <translation>用户画像</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>Profiles are not available yet</source>
        <translation>用户画像功能尚未推出</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>Browse users, their derived interests and consent, and review the profiles an LLM wrote for them.</source>
        <translation>浏览用户及其推断出的兴趣和授权情况，并审核 LLM 为其生成的用户画像。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99"/>
        <source>Importing interaction data and browsing profiles arrive in a later version of Tailor.</source>
        <translation>导入交互数据和浏览用户画像将在 Tailor 的后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>Prompts</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>Prompts are not available yet</source>
        <translation>提示词功能尚未推出</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="102"/>
        <source>Edit prompt templates, keep every version, label them and preview them rendered on real profiles.</source>
        <translation>编辑提示词模板，保留每个版本，为其添加标签，并在真实用户画像上预览渲染效果。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>Prompt editing and versioning arrive in a later version of Tailor.</source>
        <translation>提示词编辑和版本管理将在 Tailor 的后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>Experiments are not available yet</source>
        <translation>实验功能尚未推出</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>Compare prompt versions against an LLM endpoint on a sample of profiles, with ranking metrics and blind side-by-side review.</source>
        <translation>通过 LLM 端点在用户画像样本上比较提示词版本，提供排序指标和并排盲评。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="111"/>
        <source>Experiments arrive in a later version of Tailor, after prompts and the LLM endpoint.</source>
        <translation>实验功能将在 Tailor 的后续版本中提供，晚于提示词和 LLM 端点。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>Metrics are not available yet</source>
        <translation>指标功能尚未推出</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>Follow feedback and engagement from production in charts per prompt version.</source>
        <translation>以图表形式按提示词版本跟踪生产环境中的反馈和用户参与度。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>Ingesting events and charting them arrive in a later version of Tailor.</source>
        <translation>事件采集和图表展示将在 Tailor 的后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Releases</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Releases are not available yet</source>
        <translation>发布功能尚未推出</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>Request a prompt release, approve it with a second pair of eyes, and roll it back when needed.</source>
        <translation>申请发布提示词，经第二人审批后发布，并在需要时回滚。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>The release workflow arrives in a later version of Tailor.</source>
        <translation>发布流程将在 Tailor 的后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="135"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation>连接到 PostgreSQL(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>&amp;About Tailor</source>
        <translation>关于 Tailor(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>About Tailor</source>
        <translation>关于 Tailor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>&lt;h3&gt;Tailor %1&lt;/h3&gt;&lt;p&gt;Tailor is a workbench for prompt and profile operations in LLM-driven personalized recommendation: browse user profiles built from interaction data, version prompt templates, compare them against an LLM endpoint, follow feedback per prompt version and release prompts with a second approver. Workspaces live in an SQLite file or on a PostgreSQL server.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tailor %1&lt;/h3&gt;&lt;p&gt;Tailor 是面向 LLM 驱动的个性化推荐的提示词与用户画像运营工作台：浏览基于交互数据构建的用户画像，对提示词模板进行版本管理，通过 LLM 端点进行比较，按提示词版本跟踪反馈，并经第二位审批人批准后发布提示词。工作区保存在 SQLite 文件或 PostgreSQL 服务器上。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>LLM: not configured</source>
        <translation>LLM：未配置</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>Connecting an LLM endpoint arrives in a later version of Tailor.</source>
        <translation>连接 LLM 端点的功能将在 Tailor 的后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="240"/>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="271"/>
        <source>&amp;Clear list</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>Creating %1…</source>
        <translation>正在创建 %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="286"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="316"/>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="339"/>
        <source>No workspace open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="346"/>
        <source>%1 — Tailor</source>
        <translation>%1 — Tailor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="351"/>
        <source>Operator %1 (%2), role %3</source>
        <translation>操作员 %1（%2），角色：%3</translation>
    </message>
</context>
<context>
    <name>tailor::Migrator</name>
    <message>
        <location filename="../core/storage/migrator.cpp" line="27"/>
        <source>The SQLite driver did not expose its connection handle.</source>
        <translation>SQLite 驱动未提供其连接句柄。</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="91"/>
        <source>reading the list of tables</source>
        <translation>读取表列表</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="95"/>
        <source>%1 is not a Tailor workspace: it is not an SQLite database.</source>
        <translation>%1 不是 Tailor 工作区：它不是 SQLite 数据库。</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="114"/>
        <source>reading the schema version</source>
        <translation>读取架构版本</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="127"/>
        <source>The workspace %1 was created by a newer Tailor (schema version %2; this Tailor knows up to %3). Upgrade Tailor to open it; the workspace was not changed.</source>
        <translation>工作区 %1 由更新版本的 Tailor 创建（架构版本 %2；此版本的 Tailor 最高支持 %3）。请升级 Tailor 后再打开；工作区未被更改。</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="145"/>
        <source>%1 holds tables that are not Tailor&apos;s; Tailor will not change it.</source>
        <translation>%1 中包含不属于 Tailor 的表；Tailor 不会对其进行更改。</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="169"/>
        <source>creating the schema version table</source>
        <translation>创建架构版本表</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="179"/>
        <source>Migration %1_%2 failed: %3</source>
        <translation>迁移 %1_%2 失败：%3</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="189"/>
        <source>recording migration %1</source>
        <translation>记录迁移 %1</translation>
    </message>
</context>
<context>
    <name>tailor::OperatorIdentity</name>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="21"/>
        <source>The operator name from %1 is empty.</source>
        <translation>来自 %1 的操作员名称为空。</translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="25"/>
        <source>The operator name from %1 is longer than 64 characters.</source>
        <translation>来自 %1 的操作员名称超过 64 个字符。</translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="31"/>
        <source>The operator name &apos;%1&apos; from %2 contains spaces or control characters.</source>
        <translation>来自 %2 的操作员名称“%1”包含空格或控制字符。</translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="45"/>
        <source>OS login</source>
        <translation>操作系统登录名</translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="47"/>
        <source>--as / TAILOR_OPERATOR</source>
        <translation>--as / TAILOR_OPERATOR</translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="49"/>
        <source>database role</source>
        <translation>数据库角色</translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="66"/>
        <source>--as and TAILOR_OPERATOR only apply to SQLite workspaces; on PostgreSQL you act as the database role you connect with.</source>
        <translation>--as 和 TAILOR_OPERATOR 仅适用于 SQLite 工作区；在 PostgreSQL 上，您以连接时所用的数据库角色身份操作。</translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="76"/>
        <source>reading the database role</source>
        <translation>读取数据库角色</translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="80"/>
        <source>PostgreSQL did not report the session user.</source>
        <translation>PostgreSQL 未返回会话用户。</translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="97"/>
        <source>the OS login</source>
        <translation>操作系统登录名</translation>
    </message>
</context>
<context>
    <name>tailor::OperatorService</name>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="23"/>
        <location filename="../core/identity/operatorservice.cpp" line="31"/>
        <source>granting a role</source>
        <translation>授予角色</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="39"/>
        <location filename="../core/identity/operatorservice.cpp" line="41"/>
        <source>revoking a role</source>
        <translation>撤销角色</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="59"/>
        <location filename="../core/identity/operatorservice.cpp" line="162"/>
        <source>reading the operator&apos;s role</source>
        <translation>读取操作员的角色</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="75"/>
        <source>listing operators</source>
        <translation>列出操作员</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="95"/>
        <source>Operator &apos;%1&apos; is a %2 and may not %3 in this workspace; ask an admin.</source>
        <translation>操作员“%1”的角色为%2，无权在此工作区%3；请联系管理员。</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="104"/>
        <source>counting admins</source>
        <translation>统计管理员数量</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="115"/>
        <source>&apos;%1&apos; is not a valid operator name.</source>
        <translation>“%1”不是有效的操作员名称。</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="134"/>
        <location filename="../core/identity/operatorservice.cpp" line="176"/>
        <source>&apos;%1&apos; is the last admin of this workspace; make someone else admin first.</source>
        <translation>“%1”是此工作区的最后一位管理员；请先将其他人设为管理员。</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="167"/>
        <source>&apos;%1&apos; has no role in this workspace.</source>
        <translation>“%1”在此工作区中没有角色。</translation>
    </message>
</context>
<context>
    <name>tailor::PostgresDialog</name>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="18"/>
        <source>Connect to PostgreSQL</source>
        <translation>连接到 PostgreSQL</translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="24"/>
        <source>Open a team workspace kept in a PostgreSQL database. Tailor signs in as the database user; that user&apos;s role in the workspace decides what you may do.</source>
        <translation>打开保存在 PostgreSQL 数据库中的团队工作区。Tailor 以该数据库用户身份登录；该用户在工作区中的角色决定您可以执行哪些操作。</translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="40"/>
        <source>tailor</source>
        <translation>tailor</translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="43"/>
        <source>your database user</source>
        <translation>您的数据库用户</translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="47"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="48"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="49"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="50"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="51"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="55"/>
        <source>The password is used only for this connection and is never stored. To reopen this workspace later without typing it, set PGPASSWORD or add the server to ~/.pgpass.</source>
        <translation>密码仅用于本次连接，绝不会被保存。若以后想无需输入密码即可重新打开此工作区，请设置 PGPASSWORD，或将服务器添加到 ~/.pgpass。</translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="63"/>
        <source>&amp;Create a new workspace in this database</source>
        <translation>在此数据库中创建新工作区(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="74"/>
        <location filename="../ui/postgresdialog.cpp" line="78"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="78"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="93"/>
        <source>Enter the name of the database.</source>
        <translation>请输入数据库名称。</translation>
    </message>
</context>
<context>
    <name>tailor::Role</name>
    <message>
        <location filename="../core/identity/role.cpp" line="42"/>
        <source>viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="44"/>
        <source>editor</source>
        <translation>编辑者</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="46"/>
        <source>analyst</source>
        <translation>分析师</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="48"/>
        <source>approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="50"/>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="59"/>
        <source>view this workspace</source>
        <translation>查看此工作区</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="61"/>
        <source>edit prompts</source>
        <translation>编辑提示词</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="63"/>
        <source>run experiments</source>
        <translation>运行实验</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="65"/>
        <source>import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="67"/>
        <source>review profiles</source>
        <translation>审核用户画像</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="69"/>
        <source>reveal personal data</source>
        <translation>查看个人数据</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="71"/>
        <source>approve releases</source>
        <translation>批准发布</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="73"/>
        <source>move protected labels</source>
        <translation>移动受保护的标签</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="75"/>
        <source>manage operators</source>
        <translation>管理操作员</translation>
    </message>
</context>
<context>
    <name>tailor::SettingsPage</name>
    <message>
        <location filename="../ui/settingspage.cpp" line="27"/>
        <source>No workspace open — use File → New workspace or Open workspace.</source>
        <translation>未打开工作区 — 请使用“文件 → 新建工作区”或“打开工作区”。</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="110"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="114"/>
        <source>The open workspace, who may change it, and how Tailor looks to you.</source>
        <translation>当前打开的工作区、谁可以更改它，以及 Tailor 的显示方式。</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="147"/>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="162"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="165"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="166"/>
        <source>Server version</source>
        <translation>服务器版本</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="167"/>
        <source>Schema version</source>
        <translation>架构版本</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="168"/>
        <source>Workspace ID</source>
        <translation>工作区 ID</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="169"/>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="170"/>
        <source>File size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="172"/>
        <location filename="../ui/settingspage.cpp" line="205"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="174"/>
        <location filename="../ui/settingspage.cpp" line="232"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="176"/>
        <source>Audit entries</source>
        <translation>审计条目</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="177"/>
        <location filename="../ui/settingspage.cpp" line="220"/>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="185"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="193"/>
        <source>&amp;Verify audit log</source>
        <translation>验证审计日志(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="196"/>
        <source>Recompute the hash chain and report the first edited, deleted or reordered entry.</source>
        <translation>重新计算哈希链，并报告第一个被编辑、删除或重新排序的条目。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settingspage.cpp" line="203"/>
        <source>The %n most recent entries, newest first.</source>
        <translation>
            <numerusform>最近的 %n 个条目，最新的在前。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="205"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="205"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="205"/>
        <source>Entity</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="229"/>
        <source>Anyone not listed here may view the workspace and nothing more.</source>
        <translation>未在此列出的人只能查看工作区，不能进行其他操作。</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="232"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="232"/>
        <source>Granted by</source>
        <translation>授予者</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="232"/>
        <source>Granted at</source>
        <translation>授予时间</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="246"/>
        <source>Operator name</source>
        <translation>操作员名称</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="252"/>
        <source>&amp;Grant role</source>
        <translation>授予角色(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="255"/>
        <source>&amp;Revoke selected</source>
        <translation>撤销所选(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="281"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="285"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="300"/>
        <source>A new language takes effect after you restart Tailor.</source>
        <translation>新语言将在重启 Tailor 后生效。</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="308"/>
        <source>LLM endpoint</source>
        <translation>LLM 端点</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="309"/>
        <source>No LLM endpoint is configured. Configuring an OpenAI-compatible endpoint (OpenAI, Azure OpenAI, Ollama, vLLM, ...) arrives with the LLM endpoint feature in a later version of Tailor.</source>
        <translation>尚未配置 LLM 端点。配置兼容 OpenAI 的端点（OpenAI、Azure OpenAI、Ollama、vLLM 等）的功能将随 LLM 端点功能在 Tailor 的后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="353"/>
        <source>Cannot read this workspace: %1</source>
        <translation>无法读取此工作区：%1</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="376"/>
        <source>%1 (latest)</source>
        <translation>%1（最新）</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="377"/>
        <source>%1 (this Tailor knows up to %2)</source>
        <translation>%1（此版本的 Tailor 最高支持 %2）</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="379"/>
        <source>%1 by %2</source>
        <translation>%2 于 %1</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="383"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="392"/>
        <source>Entry %1, %2 UTC</source>
        <translation>条目 %1，%2 UTC</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="405"/>
        <source>You are %1 here; only an admin can grant or revoke roles.</source>
        <translation>您在此处的角色为%1；只有管理员可以授予或撤销角色。</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="416"/>
        <source>Verifying…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="430"/>
        <source>Cannot verify: %1</source>
        <translation>无法验证：%1</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="437"/>
        <source>The audit log is intact; entries checked: %1.</source>
        <translation>审计日志完好；已检查条目：%1。</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="440"/>
        <source>The audit log is broken at entry %1: %2</source>
        <translation>审计日志在条目 %1 处损坏：%2</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="469"/>
        <source>Cannot grant a role to %1</source>
        <translation>无法为 %1 授予角色</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="497"/>
        <source>Cannot revoke the role of %1</source>
        <translation>无法撤销 %1 的角色</translation>
    </message>
</context>
<context>
    <name>tailor::Sql</name>
    <message>
        <location filename="../core/storage/sqlerror.cpp" line="26"/>
        <source>Database error while %1: %2</source>
        <translation>%1时发生数据库错误：%2</translation>
    </message>
</context>
<context>
    <name>tailor::Transaction</name>
    <message>
        <location filename="../core/storage/transaction.cpp" line="26"/>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <location filename="../core/storage/transaction.cpp" line="39"/>
        <source>Cannot commit the transaction: %1</source>
        <translation>无法提交事务：%1</translation>
    </message>
</context>
<context>
    <name>tailor::Workspace</name>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="59"/>
        <source>%1 is empty: it is not a Tailor workspace yet. Create one with File → New workspace or `tailor-cli workspace init`.</source>
        <translation>%1 为空：尚不是 Tailor 工作区。请通过“文件 → 新建工作区”或 `tailor-cli workspace init` 创建。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="66"/>
        <source>%1 is not a Tailor workspace: it holds other tables. Tailor did not change it.</source>
        <translation>%1 不是 Tailor 工作区：其中包含其他表。Tailor 未对其进行更改。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="102"/>
        <source>%1 is already a Tailor workspace (schema version %2); nothing was changed.</source>
        <translation>%1 已是 Tailor 工作区（架构版本 %2）；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="109"/>
        <source>%1 already holds tables that are not Tailor&apos;s; Tailor will not create a workspace in it.</source>
        <translation>%1 中已包含不属于 Tailor 的表；Tailor 不会在其中创建工作区。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="145"/>
        <source>writing workspace metadata</source>
        <translation>写入工作区元数据</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="153"/>
        <source>making the creator admin</source>
        <translation>将创建者设为管理员</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="237"/>
        <source>reading the server version</source>
        <translation>读取服务器版本</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="243"/>
        <source>reading workspace metadata</source>
        <translation>读取工作区元数据</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="256"/>
        <source>counting operators</source>
        <translation>统计操作员数量</translation>
    </message>
</context>
<context>
    <name>tailor::WorkspaceLocator</name>
    <message>
        <location filename="../core/workspace/workspacelocator.cpp" line="23"/>
        <source>TAILOR_DB: %1</source>
        <translation>TAILOR_DB: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspacelocator.cpp" line="44"/>
        <source>--db</source>
        <translation>--db</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspacelocator.cpp" line="46"/>
        <source>TAILOR_DB</source>
        <translation>TAILOR_DB</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspacelocator.cpp" line="48"/>
        <source>last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspacelocator.cpp" line="50"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
</context>
</TS>
