<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="48"/>
        <source>Tailor: prompt and profile operations for LLM recommendation.</source>
        <translation>Tailor：面向 LLM 推荐的提示词与用户画像运营工具。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="53"/>
        <source>Open the workspace at URL (sqlite:///path or postgresql://...).</source>
        <translation>打开位于 URL 的工作区（sqlite:///path 或 postgresql://...）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="58"/>
        <source>Act as operator NAME (SQLite workspaces only).</source>
        <translation>以操作员 NAME 的身份操作（仅限 SQLite 工作区）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="62"/>
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
        <location filename="../app/cli/auditcommands.cpp" line="84"/>
        <source>Audit log intact: every entry verified (%1 in total).</source>
        <translation>审计日志完好：所有条目均已验证（共 %1 条）。</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="89"/>
        <source>Every anchor matches (%1 checked).</source>
        <translation>所有锚点均匹配（已检查 %1 个）。</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="94"/>
        <source>tailor-cli: audit log broken at entry %1: %2</source>
        <translation>tailor-cli: 审计日志在条目 %1 处损坏：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="101"/>
        <source>tailor-cli: anchor %1 does not match: %2</source>
        <translation>tailor-cli: 锚点 %1 不匹配：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="136"/>
        <source>--limit &apos;%1&apos; is not a count (use 0 for all)</source>
        <translation>--limit &apos;%1&apos; 不是有效的数量（0 表示全部）</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="163"/>
        <source>SEQ</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="164"/>
        <source>TIME (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="165"/>
        <source>OPERATOR</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="166"/>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="167"/>
        <source>ENTITY</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="168"/>
        <source>DETAILS</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="188"/>
        <source>check the hash chain and anchors; exit 1 naming the first bad entry</source>
        <translation>检查哈希链和锚点；若有问题，则指出第一个错误条目并以 1 退出</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="190"/>
        <source>Recomputes every entry&apos;s hash and the chain between entries, checks that the log begins with the workspace&apos;s creation and ends at its head. Exits 0 when the log is intact and 1, naming the first bad entry, when any entry was edited, deleted, reordered or added behind Tailor&apos;s back.

A chain alone cannot show that the whole log was rewritten consistently (whoever can write an SQLite workspace can do that). Anchors can: keep the output of &apos;tailor-cli audit anchor&apos; outside the workspace, and pass it here; verify then also fails when the log no longer holds that entry with that hash.</source>
        <translation>重新计算每个条目的哈希以及条目之间的链，并检查日志是否以工作区的创建开始、止于日志头。日志完好时以 0 退出；若有任何条目被绕过 Tailor 编辑、删除、重新排序或添加，则指出第一个错误条目并以 1 退出。

仅凭哈希链无法发现整个日志被一致地重写（能写入 SQLite 工作区的人都可以做到）。锚点可以：将 &apos;tailor-cli audit anchor&apos; 的输出保存在工作区之外，并在此处传入；如果日志中不再包含具有该哈希的该条目，verify 也会失败。</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="201"/>
        <source>Also require entry SEQ with hash HASH, as &apos;audit anchor&apos; printed it (repeatable).</source>
        <translation>同时要求存在哈希为 HASH 的条目 SEQ，格式与 &apos;audit anchor&apos; 的输出相同（可重复）。</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="204"/>
        <source>seq:hash</source>
        <translation>seq:hash</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="206"/>
        <source>Also require every anchor in FILE: one SEQ:HASH per line; blank lines and lines starting with # are skipped.</source>
        <translation>同时要求满足 FILE 中的每个锚点：每行一个 SEQ:HASH；空行和以 # 开头的行会被跳过。</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="215"/>
        <source>print the log&apos;s head as SEQ:HASH, to keep outside the workspace</source>
        <translation>以 SEQ:HASH 形式输出日志头，以便保存在工作区之外</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="217"/>
        <source>Verifies the log and prints its head as SEQ:HASH (with --json also its time and the workspace ID). Keep it somewhere the workspace&apos;s owner cannot change (a ticket, an email, a release note): &apos;tailor-cli audit verify --anchor SEQ:HASH&apos; later fails if the log was truncated or rewritten at or before that entry. Exits 1 without an anchor when the log does not verify.</source>
        <translation>验证日志并以 SEQ:HASH 形式输出其日志头（使用 --json 时还会输出其时间和工作区 ID）。请将其保存在工作区所有者无法更改的地方（工单、电子邮件、发布说明）：如果日志在该条目处或之前被截断或重写，之后运行 &apos;tailor-cli audit verify --anchor SEQ:HASH&apos; 就会失败。日志未通过验证时以 1 退出，且不输出锚点。</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="228"/>
        <source>list audit entries, newest first, with filters</source>
        <translation>列出审计条目，最新的在前，可筛选</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="229"/>
        <source>Lists audit entries, newest first. Filters combine with AND.</source>
        <translation>列出审计条目，最新的在前。多个筛选条件之间为 AND 关系。</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="233"/>
        <source>Only this action, or actions starting with it when it ends in &apos;.&apos; (e.g. operator.).</source>
        <translation>仅此操作；若以 &apos;.&apos; 结尾，则匹配以其开头的所有操作（例如 operator.）。</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="236"/>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="238"/>
        <source>Only entries by this operator.</source>
        <translation>仅显示该操作员的条目。</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="239"/>
        <location filename="../app/cli/llmcommands.cpp" line="500"/>
        <location filename="../app/cli/llmcommands.cpp" line="504"/>
        <location filename="../app/cli/llmcommands.cpp" line="588"/>
        <location filename="../app/cli/main.cpp" line="70"/>
        <location filename="../app/cli/profilecommands.cpp" line="715"/>
        <location filename="../app/cli/promptcommands.cpp" line="796"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="242"/>
        <source>Only this entity, or entities starting with it when it ends in &apos;:&apos; (e.g. operator:).</source>
        <translation>仅此对象；若以 &apos;:&apos; 结尾，则匹配以其开头的所有对象（例如 operator:）。</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="245"/>
        <source>entity</source>
        <translation>entity</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="248"/>
        <source>Only entries at or after this UTC date/time.</source>
        <translation>仅显示此 UTC 日期/时间及之后的条目。</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="249"/>
        <location filename="../app/cli/auditcommands.cpp" line="253"/>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="252"/>
        <source>Only entries before this UTC date/time.</source>
        <translation>仅显示此 UTC 日期/时间之前的条目。</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="256"/>
        <source>At most N entries (default 100; 0 for all).</source>
        <translation>最多 N 条（默认 100；0 表示全部）。</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="257"/>
        <location filename="../app/cli/llmcommands.cpp" line="472"/>
        <location filename="../app/cli/llmcommands.cpp" line="475"/>
        <location filename="../app/cli/llmcommands.cpp" line="478"/>
        <location filename="../app/cli/llmcommands.cpp" line="481"/>
        <location filename="../app/cli/llmcommands.cpp" line="488"/>
        <location filename="../app/cli/llmcommands.cpp" line="592"/>
        <location filename="../app/cli/profilecommands.cpp" line="84"/>
        <location filename="../app/cli/profilecommands.cpp" line="257"/>
        <location filename="../app/cli/profilecommands.cpp" line="720"/>
        <location filename="../app/cli/profilecommands.cpp" line="722"/>
        <location filename="../app/cli/profilecommands.cpp" line="752"/>
        <location filename="../app/cli/profilecommands.cpp" line="801"/>
        <location filename="../app/cli/profilecommands.cpp" line="832"/>
        <location filename="../app/cli/profilecommands.cpp" line="834"/>
        <location filename="../app/cli/profilecommands.cpp" line="837"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="259"/>
        <source>Oldest entries first.</source>
        <translation>最早的条目在前。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="28"/>
        <source>create, inspect and upgrade workspaces; manage operators and roles</source>
        <translation>创建、查看和升级工作区；管理操作员和角色</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="33"/>
        <source>prompt templates: versions, labels, diffs, rendering and checks</source>
        <translation>提示词模板：版本、标签、差异、渲染和检查</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="36"/>
        <source>LLM endpoints: configure, test, chat, cache and request log</source>
        <translation>LLM 端点：配置、测试、对话、缓存和请求日志</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="39"/>
        <source>import interaction logs, item catalogs and user files</source>
        <translation>导入交互日志、物品目录和用户文件</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="41"/>
        <source>browse, filter and show user profiles; derive them again</source>
        <translation>浏览、筛选和查看用户画像；重新推导</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="44"/>
        <source>saved profile filters with their sizes; seeded samples</source>
        <translation>已保存的用户画像筛选条件及其规模；可复现的抽样</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="46"/>
        <location filename="../app/cli/profilecommands.cpp" line="820"/>
        <source>create the synthetic demo workspace</source>
        <translation>创建合成数据的演示工作区</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="59"/>
        <source>Workspace URL: sqlite:///path/file.tailor or postgresql://user@host:port/db (default: TAILOR_DB, then the last workspace, then the default file).</source>
        <translation>工作区 URL：sqlite:///path/file.tailor 或 postgresql://user@host:port/db（默认依次为：TAILOR_DB、上次使用的工作区、默认文件）。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="37"/>
        <source>--%1 &apos;%2&apos; is not a number</source>
        <translation>--%1 &apos;%2&apos; 不是数字</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="48"/>
        <source>--%1 &apos;%2&apos; is not a whole number</source>
        <translation>--%1 &apos;%2&apos; 不是整数</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="109"/>
        <source>PROVIDER</source>
        <translation>提供方</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="110"/>
        <source>MODEL</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="111"/>
        <source>CONC</source>
        <translation>并发</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="112"/>
        <source>BASE URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="138"/>
        <source>unknown preset &apos;%1&apos; (presets: %2)</source>
        <translation>未知预设 &apos;%1&apos;（可用预设：%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="145"/>
        <source>there is no endpoint &apos;%1&apos;; create it with --preset (openai, azure-openai, ollama, llama.cpp, vllm, lm-studio, custom)</source>
        <translation>不存在端点 &apos;%1&apos;；请使用 --preset 创建（openai、azure-openai、ollama、llama.cpp、vllm、lm-studio、custom）</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="159"/>
        <source>Saved endpoint %1 (%2, %3).</source>
        <translation>已保存端点 %1（%2，%3）。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="173"/>
        <source>Removed endpoint %1.</source>
        <translation>已删除端点 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="185"/>
        <source>Removed %1 from the keychain.</source>
        <translation>已从钥匙串中删除 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="194"/>
        <source>no key on standard input (e.g. printf &apos;%s&apos; &quot;$KEY&quot; | tailor-cli llm key %1)</source>
        <translation>标准输入中没有密钥（例如 printf &apos;%s&apos; &quot;$KEY&quot; | tailor-cli llm key %1）</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="199"/>
        <source>Stored the key %1 in the keychain.</source>
        <translation>已将密钥 %1 存入钥匙串。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="221"/>
        <source>tailor-cli: endpoint %1 failed the test.</source>
        <translation>tailor-cli: 端点 %1 未通过测试。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="271"/>
        <source>tailor-cli: retrying (attempt %1 of %2): %3</source>
        <translation>tailor-cli: 正在重试（第 %1 次尝试，共 %2 次）：%3</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="280"/>
        <source>tailor-cli: the answer broke off after %1 characters; retrying from the start on a new line (attempt %2 of %3): %4</source>
        <translation>tailor-cli: 回答在 %1 个字符后中断；将另起一行从头重试（第 %2 次尝试，共 %3 次）：%4</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="304"/>
        <source>tailor-cli: the request log was not written: %1</source>
        <translation>tailor-cli: 未能写入请求日志：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="320"/>
        <source>%1 prompt + %2 completion tokens%3</source>
        <translation>%1 个提示 token + %2 个补全 token%3</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="324"/>
        <source> (estimated)</source>
        <translation> （估算）</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="326"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="328"/>
        <source>first token after %1 ms</source>
        <translation>首个 token 用时 %1 毫秒</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="332"/>
        <source>from the cache</source>
        <translation>来自缓存</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="334"/>
        <source>%1 retries</source>
        <translation>重试 %1 次</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="336"/>
        <source>dry run: nothing was sent</source>
        <translation>试运行：未发送任何内容</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="352"/>
        <source>&apos;llm cache&apos; takes stats or clear, not &apos;%1&apos;</source>
        <translation>&apos;llm cache&apos; 只接受 stats 或 clear，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="365"/>
        <source>Removed %1 cached responses.</source>
        <translation>已删除 %1 条缓存的响应。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="376"/>
        <source>%1 cached responses, %2 bytes.</source>
        <translation>%1 条缓存的响应，%2 字节。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="391"/>
        <source>--limit &apos;%1&apos; is not a count</source>
        <translation>--limit &apos;%1&apos; 不是有效的数量</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="421"/>
        <source>cached</source>
        <translation>来自缓存</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="330"/>
        <source>cost $%1</source>
        <translation>费用 $%1</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="424"/>
        <source>%1 calls (%2 ok, %3 failed, %4 from the cache), %5 + %6 tokens, cost $%7, latency p50 %8 ms, p95 %9 ms</source>
        <translation>%1 次调用（%2 次成功，%3 次失败，%4 次来自缓存），%5 + %6 个 token，费用 $%7，延迟 p50 %8 毫秒，p95 %9 毫秒</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="447"/>
        <source>the endpoint&apos;s name</source>
        <translation>端点名称</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="451"/>
        <source>Start from a preset: openai, azure-openai, ollama, llama.cpp, vllm, lm-studio, custom, dry-run (creates or replaces the endpoint).</source>
        <translation>基于预设创建：openai、azure-openai、ollama、llama.cpp、vllm、lm-studio、custom、dry-run（创建或替换该端点）。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="455"/>
        <source>preset</source>
        <translation>preset</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="458"/>
        <source>Base URL up to the API version, e.g. http://localhost:8000/v1.</source>
        <translation>基础 URL，包含到 API 版本为止的路径，例如 http://localhost:8000/v1。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="460"/>
        <location filename="../app/cli/main.cpp" line="63"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="462"/>
        <source>Model (Azure: the deployment).</source>
        <translation>模型（Azure：部署名称）。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="463"/>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="465"/>
        <source>Azure OpenAI API version.</source>
        <translation>Azure OpenAI 的 API 版本。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="468"/>
        <source>Default temperature.</source>
        <translation>默认温度。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="469"/>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="471"/>
        <source>Default max tokens.</source>
        <translation>默认最大 token 数。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="474"/>
        <source>Requests in flight at once.</source>
        <translation>同时进行的请求数。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="477"/>
        <source>Requests per minute (0: no limit).</source>
        <translation>每分钟请求数（0：不限制）。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="480"/>
        <source>Tokens per minute (0: no limit).</source>
        <translation>每分钟 token 数（0：不限制）。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="483"/>
        <source>Timeout per attempt.</source>
        <translation>每次尝试的超时时间。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="484"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="487"/>
        <source>Attempts per request, the first included.</source>
        <translation>每个请求的尝试次数（含首次）。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="490"/>
        <source>Price per 1K input tokens.</source>
        <translation>每 1K 输入 token 的价格。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="491"/>
        <location filename="../app/cli/llmcommands.cpp" line="494"/>
        <source>price</source>
        <translation>price</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="493"/>
        <source>Price per 1K output tokens.</source>
        <translation>每 1K 输出 token 的价格。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="496"/>
        <source>Stream answers by default.</source>
        <translation>默认以流式方式返回回答。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="499"/>
        <source>Environment variable that holds the API key.</source>
        <translation>保存 API 密钥的环境变量。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="503"/>
        <source>Keychain entry that holds the API key.</source>
        <translation>保存 API 密钥的钥匙串条目。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="509"/>
        <source>list the workspace&apos;s LLM endpoints</source>
        <translation>列出工作区的 LLM 端点</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="510"/>
        <source>Lists the endpoints, the built-in dry-run endpoint included. API keys are never shown; only where they live.</source>
        <translation>列出所有端点，包括内置的试运行端点。从不显示 API 密钥，只显示其存放位置。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="518"/>
        <source>create or change an endpoint (admin only)</source>
        <translation>创建或修改端点（仅限 admin）</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="519"/>
        <source>Creates ENDPOINT from --preset, or changes the options given on an existing one. Names of the API key&apos;s environment variable or keychain entry only — never the key. Audited.</source>
        <translation>根据 --preset 创建 ENDPOINT，或修改现有端点的指定选项。只记录 API 密钥所在环境变量或钥匙串条目的名称——绝不记录密钥本身。会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="528"/>
        <source>remove an endpoint (admin only)</source>
        <translation>删除端点（仅限 admin）</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="529"/>
        <source>Removes ENDPOINT. Audited.</source>
        <translation>删除 ENDPOINT。会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="535"/>
        <source>store an API key in the OS keychain from standard input</source>
        <translation>从标准输入读取 API 密钥并存入操作系统钥匙串</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="536"/>
        <source>Reads one line from standard input and stores it in the keychain under NAME (service &quot;Tailor&quot;), for endpoints saved with --key-name NAME. Where no keychain runs, set the endpoint&apos;s environment variable instead.</source>
        <translation>从标准输入读取一行，并以 NAME 为名存入钥匙串（服务 &quot;Tailor&quot;），供以 --key-name NAME 保存的端点使用。没有运行钥匙串服务时，请改为设置端点的环境变量。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="542"/>
        <source>Delete the entry instead.</source>
        <translation>改为删除该条目。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="543"/>
        <source>the keychain entry&apos;s name</source>
        <translation>钥匙串条目名称</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="547"/>
        <source>list the server&apos;s models and send a tiny request; exit 1 on failure</source>
        <translation>列出服务器的模型并发送一个简短请求；失败时以 1 退出</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="549"/>
        <source>GET {base}/models and one short chat request, bypassing the cache.</source>
        <translation>执行 GET {base}/models 并发送一个简短的对话请求，绕过缓存。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="556"/>
        <source>send one message and print the answer</source>
        <translation>发送一条消息并输出回答</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="557"/>
        <source>Sends MESSAGE (with --system) through ENDPOINT and prints the answer, streamed live with --stream (a stream that breaks off and is retried ends its line, stderr says so, and the answer starts again); tokens, latency, cost and cache use go to stderr and the request log.</source>
        <translation>通过 ENDPOINT 发送 MESSAGE（可配合 --system）并输出回答；使用 --stream 时实时流式输出（流中断并重试时会结束当前行，stderr 中会给出说明，回答将重新开始）；token 数、延迟、费用和缓存使用情况会输出到 stderr 并写入请求日志。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="563"/>
        <source>A system message.</source>
        <translation>系统消息。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="566"/>
        <source>Stream the answer.</source>
        <translation>以流式方式输出回答。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="568"/>
        <source>Bypass the response cache.</source>
        <translation>绕过响应缓存。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="570"/>
        <source>the user message</source>
        <translation>用户消息</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="574"/>
        <source>response cache: stats or clear</source>
        <translation>响应缓存：stats 或 clear</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="575"/>
        <source>&apos;stats&apos; shows the cached responses; &apos;clear&apos; removes them all (audited).</source>
        <translation>&apos;stats&apos; 显示缓存的响应；&apos;clear&apos; 删除全部缓存（会记入审计日志）。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="578"/>
        <source>stats or clear</source>
        <translation>stats 或 clear</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="582"/>
        <source>the request log with a summary</source>
        <translation>请求日志及汇总</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="583"/>
        <source>Lists the latest calls (newest first) with tokens, latency and errors, and sums them up.</source>
        <translation>列出最近的调用（最新的在前），包括 token 数、延迟和错误，并进行汇总。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="587"/>
        <source>Only this endpoint.</source>
        <translation>仅此端点。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="591"/>
        <source>At most N calls (default 100; 0 for all).</source>
        <translation>最多 N 次调用（默认 100；0 表示全部）。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="31"/>
        <source>verify, anchor and list the tamper-evident audit log</source>
        <translation>验证、锚定和列出防篡改的审计日志</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="66"/>
        <source>Act as operator NAME (SQLite workspaces only; also TAILOR_OPERATOR). A convenience, not a security boundary.</source>
        <translation>以操作员 NAME 的身份操作（仅限 SQLite 工作区；也可通过 TAILOR_OPERATOR 设置）。仅为便利功能，不构成安全边界。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="72"/>
        <source>Machine-readable JSON output.</source>
        <translation>输出机器可读的 JSON。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="74"/>
        <source>Show help for this level.</source>
        <translation>显示此层级的帮助。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="95"/>
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
        <location filename="../app/cli/main.cpp" line="101"/>
        <location filename="../app/cli/main.cpp" line="146"/>
        <source>
Global options:
</source>
        <translation>
全局选项：
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="103"/>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="104"/>
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
        <location filename="../app/cli/main.cpp" line="113"/>
        <source>Usage: tailor-cli %1 &lt;verb&gt; [options]

Verbs:
</source>
        <translation>用法：tailor-cli %1 &lt;子命令&gt; [选项]

子命令：
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="119"/>
        <source>
Run &apos;tailor-cli %1 &lt;verb&gt; --help&apos; for a verb&apos;s options.
</source>
        <translation>
运行 &apos;tailor-cli %1 &lt;子命令&gt; --help&apos; 查看子命令的选项。
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="137"/>
        <source>Usage: tailor-cli %1 %2 [options] %3

%4
</source>
        <translation>用法：tailor-cli %1 %2 [选项] %3

%4
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="140"/>
        <source>
Arguments:
</source>
        <translation>
参数：
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="145"/>
        <source>
Options:
</source>
        <translation>
选项：
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="203"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="205"/>
        <source>missing area; see above</source>
        <translation>缺少区域；见上文</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="214"/>
        <source>unknown area &apos;%1&apos; (see tailor-cli --help)</source>
        <translation>未知区域 &apos;%1&apos;（参见 tailor-cli --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="222"/>
        <source>missing verb for &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 缺少子命令</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="232"/>
        <source>unknown verb &apos;%1&apos; for &apos;%2&apos; (see tailor-cli %2 --help)</source>
        <translation>&apos;%2&apos; 没有子命令 &apos;%1&apos;（参见 tailor-cli %2 --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="245"/>
        <source>%1 (see tailor-cli %2 %3 --help)</source>
        <translation>%1（参见 tailor-cli %2 %3 --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="256"/>
        <source>unexpected argument &apos;%1&apos; for &apos;%2 %3&apos;</source>
        <translation>&apos;%2 %3&apos; 不接受多余的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="259"/>
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
        <location filename="../app/cli/workspacecommands.cpp" line="133"/>
        <source>Schema is up to date (version %1).</source>
        <translation>架构已是最新（版本 %1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="138"/>
        <source>Applied %1</source>
        <translation>已应用 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="140"/>
        <source>Schema version %1 → %2.</source>
        <translation>架构版本 %1 → %2。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="30"/>
        <source>%1 is larger than %2 KiB; Tailor refuses prompts that big.</source>
        <translation>%1 大于 %2 KiB；Tailor 不接受这么大的提示词。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="36"/>
        <location filename="../app/cli/promptcommands.cpp" line="51"/>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="56"/>
        <source>%1 is not valid JSON at offset %2: %3.</source>
        <translation>%1 在偏移量 %2 处不是有效的 JSON：%3。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="62"/>
        <source>%1 must hold a JSON object of input names and values.</source>
        <translation>%1 必须包含一个由输入名称和值组成的 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="131"/>
        <source>FOLDER</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="108"/>
        <location filename="../app/cli/profilecommands.cpp" line="550"/>
        <location filename="../app/cli/promptcommands.cpp" line="132"/>
        <location filename="../app/cli/workspacecommands.cpp" line="167"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="133"/>
        <source>LATEST</source>
        <translation>最新</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="134"/>
        <source>LABELS</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="157"/>
        <source># %1 version %2 (%3)</source>
        <translation># %1 版本 %2（%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="162"/>
        <source># by %1 at %2: %3</source>
        <translation># %1 于 %2：%3</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="166"/>
        <source># labels: %1</source>
        <translation># 标签：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="179"/>
        <source>&apos;prompt create&apos; needs --file FILE.prompty</source>
        <translation>&apos;prompt create&apos; 需要 --file FILE.prompty</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="198"/>
        <source>Created %1 version 1 (%2).</source>
        <translation>已创建 %1 版本 1（%2）。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="208"/>
        <source>&apos;prompt save&apos; needs --file FILE.prompty</source>
        <translation>&apos;prompt save&apos; 需要 --file FILE.prompty</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="222"/>
        <location filename="../app/cli/promptcommands.cpp" line="274"/>
        <source>--base &apos;%1&apos; is not a version number</source>
        <translation>--base &apos;%1&apos; 不是版本号</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="240"/>
        <source>Saved %1 version %2 (%3).</source>
        <translation>已保存 %1 版本 %2（%3）。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="246"/>
        <source>No changes: version %1 of %2 already has this content.</source>
        <translation>没有更改：%2 的版本 %1 已是此内容。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="265"/>
        <source>&apos;%1&apos; is not a version number</source>
        <translation>&apos;%1&apos; 不是版本号</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="284"/>
        <source>Reverted %1 to the content of version %2 as version %3.</source>
        <translation>已将 %1 恢复为版本 %2 的内容，并保存为版本 %3。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="325"/>
        <source>(about %1 tokens)</source>
        <translation>（约 %1 个 token）</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="364"/>
        <source>%1: valid (%2 warning(s)).</source>
        <translation>%1：有效（%2 个警告）。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="384"/>
        <source>&apos;prompt diff&apos; needs two versions, or a stored prompt with at least two</source>
        <translation>&apos;prompt diff&apos; 需要两个版本，或一个至少有两个版本的已存储提示词</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="427"/>
        <source>%1 and %2 are identical.</source>
        <translation>%1 与 %2 完全相同。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="441"/>
        <source>&apos;prompt label --remove&apos; takes NAME LABEL, without a version</source>
        <translation>&apos;prompt label --remove&apos; 接受 NAME LABEL，不带版本</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="443"/>
        <source>&apos;prompt label&apos; needs NAME LABEL VERSION (or --remove)</source>
        <translation>&apos;prompt label&apos; 需要 NAME LABEL VERSION（或 --remove）</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="453"/>
        <source>Removed label %1 from %2.</source>
        <translation>已从 %2 移除标签 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="468"/>
        <source>%1@%2 now points at version %3.</source>
        <translation>%1@%2 现在指向版本 %3。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="503"/>
        <source>Versions of %1:</source>
        <translation>%1 的版本：</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="510"/>
        <source> (revert of v%1)</source>
        <translation> （恢复自 v%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="515"/>
        <source>Label history:</source>
        <translation>标签历史：</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="517"/>
        <source>  (no label was ever set)</source>
        <translation>  （从未设置过标签）</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="521"/>
        <source>(new)</source>
        <translation>（新建）</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="523"/>
        <source>(removed)</source>
        <translation>（已移除）</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="553"/>
        <source>%1 → %2 version %3</source>
        <translation>%1 → %2 版本 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="556"/>
        <source>%1 → %2: unchanged (version %3)</source>
        <translation>%1 → %2：未更改（版本 %3）</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="592"/>
        <source>Created folder %1.</source>
        <translation>已创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="605"/>
        <source>Moved %1 to %2.</source>
        <translation>已将 %1 移动到 %2。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="607"/>
        <source>the top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="616"/>
        <source>What changed and why.</source>
        <translation>更改了什么以及原因。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="564"/>
        <location filename="../app/cli/profilecommands.cpp" line="67"/>
        <location filename="../app/cli/profilecommands.cpp" line="255"/>
        <location filename="../app/cli/profilecommands.cpp" line="775"/>
        <location filename="../app/cli/promptcommands.cpp" line="617"/>
        <location filename="../app/cli/promptcommands.cpp" line="668"/>
        <location filename="../app/cli/promptcommands.cpp" line="695"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="624"/>
        <source>A JSON file with an object of input values.</source>
        <translation>包含输入值对象的 JSON 文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="53"/>
        <source>Text encoding: auto (default), utf-8 or latin-1.</source>
        <translation>文本编码：auto（默认）、utf-8 或 latin-1。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="54"/>
        <source>encoding</source>
        <translation>encoding</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="60"/>
        <source>Timestamps: auto (default), s, ms or iso.</source>
        <translation>时间戳：auto（默认）、s、ms 或 iso。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="61"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="63"/>
        <source>Event kind of rows without a kind column (default: rating).</source>
        <translation>没有类型列的行所用的事件类型（默认：rating）。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="64"/>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="66"/>
        <source>Separator inside the categories column (default: |).</source>
        <translation>类别列内的分隔符（默认：|）。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="78"/>
        <source>Where --skip-bad-rows writes rejected rows (default: FILE.rejects.tsv).</source>
        <translation>--skip-bad-rows 写入被拒行的位置（默认：FILE.rejects.tsv）。</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="210"/>
        <location filename="../app/cli/profilecommands.cpp" line="80"/>
        <location filename="../app/cli/promptcommands.cpp" line="625"/>
        <location filename="../app/cli/promptcommands.cpp" line="715"/>
        <location filename="../app/cli/promptcommands.cpp" line="732"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="83"/>
        <source>Only show how the first N rows would be read; import nothing.</source>
        <translation>只显示前 N 行将如何读取；不导入任何内容。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="133"/>
        <source>Unknown consent &apos;%1&apos;: use unknown, granted or refused.</source>
        <translation>未知授权状态 &apos;%1&apos;：请使用 unknown、granted 或 refused。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="148"/>
        <source>--preview needs a positive number of rows, not &apos;%1&apos;</source>
        <translation>--preview 需要正整数行数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="158"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="160"/>
        <source>Format: %1, encoding: %2, separator: %3, header: %4
</source>
        <translation>格式：%1，编码：%2，分隔符：%3，表头：%4
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="164"/>
        <source>none (JSON Lines)</source>
        <translation>无（JSON Lines）</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="166"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="167"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="168"/>
        <source>Columns: %1
</source>
        <translation>列：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="172"/>
        <source>Mapping problem: %1
</source>
        <translation>映射问题：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="205"/>
        <source>Imported %1 (%2, %3): %4 rows, %5 new, %6 updated, %7 duplicates</source>
        <translation>已导入 %1（%2，%3）：%4 行，%5 条新增，%6 条更新，%7 条重复</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="211"/>
        <source>, %1 rejected (see %2)</source>
        <translation>，%1 条被拒绝（见 %2）</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="213"/>
        <source>; %1 profiles derived in %2 ms.
</source>
        <translation>；在 %2 毫秒内推导了 %1 个用户画像。
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="217"/>
        <source>Warning: conflicting duplicates (other values than the row already imported, which was kept): %1. The first: %2.
</source>
        <translation>警告：存在冲突的重复项（其值与已导入并保留的行不同）：%1。第一个：%2。
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="223"/>
        <source>Import with --skip-bad-rows to have each of them listed in a rejects file.
</source>
        <translation>使用 --skip-bad-rows 导入，可将其中每一项列在拒绝行文件中。
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="241"/>
        <source>Users with activity on or after this date (ISO 8601).</source>
        <translation>在此日期（含）之后有活动的用户（ISO 8601）。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="242"/>
        <location filename="../app/cli/profilecommands.cpp" line="245"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="244"/>
        <source>Users with activity before this date (ISO 8601).</source>
        <translation>在此日期之前有活动的用户（ISO 8601）。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="247"/>
        <source>Users whose consent is granted, refused or unknown.</source>
        <translation>同意状态为已同意、已拒绝或未知的用户。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="248"/>
        <source>consent</source>
        <translation>授权</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="251"/>
        <source>Users whose (non-PII) attribute KEY equals VALUE. Repeatable.</source>
        <translation>（非个人敏感）属性 KEY 等于 VALUE 的用户。可重复。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="252"/>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="254"/>
        <source>Users whose id or a non-PII attribute value contains TEXT.</source>
        <translation>ID 或某个非个人敏感属性值包含 TEXT 的用户。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="256"/>
        <source>Users with at least N interactions.</source>
        <translation>至少有 N 次交互的用户。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="270"/>
        <source>&apos;%1&apos; is not an ISO 8601 date (e.g. 2024-03-01).</source>
        <translation>&apos;%1&apos; 不是 ISO 8601 日期（例如 2024-03-01）。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="308"/>
        <source>&apos;%1&apos; is not an attribute filter: write KEY=VALUE.</source>
        <translation>&apos;%1&apos; 不是属性筛选条件：请写成 KEY=VALUE。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="318"/>
        <source>--min-interactions needs a whole number.</source>
        <translation>--min-interactions 需要一个整数。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="369"/>
        <source>--limit needs a whole number</source>
        <translation>--limit 需要一个整数</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="373"/>
        <source>--offset needs a whole number</source>
        <translation>--offset 需要一个整数</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="383"/>
        <source>--segment cannot be combined with other filters</source>
        <translation>--segment 不能与其他筛选条件同时使用</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="397"/>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="398"/>
        <source>CONSENT</source>
        <translation>授权</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="399"/>
        <source>INTERACTIONS</source>
        <translation>交互数</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="400"/>
        <source>FIRST</source>
        <translation>首次</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="401"/>
        <source>LAST</source>
        <translation>最近</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="402"/>
        <source>TOP INTERESTS</source>
        <translation>主要兴趣</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="403"/>
        <source>ATTRIBUTES</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="414"/>
        <source>Showing %1 of more than %2 users.
</source>
        <translation>显示了超过 %2 个用户中的 %1 个。
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="415"/>
        <source>Showing %1 of %2 users.
</source>
        <translation>显示了 %2 个用户中的 %1 个。
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="428"/>
        <source>--history needs a whole number</source>
        <translation>--history 需要一个整数</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="442"/>
        <source>User %1
</source>
        <translation>用户 %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="443"/>
        <source>  consent:      %1
</source>
        <translation>  授权：    %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="447"/>
        <source>  interactions: %1 (%2)
</source>
        <translation>  交互：    %1（%2）
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="450"/>
        <source>  active:       %1 to %2
</source>
        <translation>  活跃：    %1 至 %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="452"/>
        <source>  attributes:   %1
</source>
        <translation>  属性：    %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="462"/>
        <source>Interests:
</source>
        <translation>兴趣：
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="476"/>
        <source>Dislikes:
</source>
        <translation>不喜欢：
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="479"/>
        <source>Activity by month:
</source>
        <translation>按月活跃度：
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="484"/>
        <source>Latest interactions:
</source>
        <translation>最近的交互：
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="509"/>
        <source>Derived %1 profiles.
</source>
        <translation>已推导 %1 个用户画像。
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="529"/>
        <source>Created segment &apos;%1&apos; (%2): %3 users.
</source>
        <translation>已创建用户分群 &apos;%1&apos;（%2）：%3 个用户。
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="551"/>
        <source>USERS</source>
        <translation>用户数</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="552"/>
        <source>FILTER</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="567"/>
        <source>&apos;segment sample&apos; needs --size N with N ≥ 1</source>
        <translation>&apos;segment sample&apos; 需要 --size N，且 N ≥ 1</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="573"/>
        <location filename="../app/cli/profilecommands.cpp" line="636"/>
        <source>--seed needs a non-negative whole number</source>
        <translation>--seed 需要一个非负整数</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="600"/>
        <source>Deleted segment &apos;%1&apos;.
</source>
        <translation>已删除用户分群 &apos;%1&apos;。
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="629"/>
        <source>--users, --items and --ratings need positive whole numbers</source>
        <translation>--users、--items 和 --ratings 需要正整数</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="652"/>
        <source>Created the demo workspace %1: %2 users, %3 items, synthetic data.
</source>
        <translation>已创建演示工作区 %1：%2 个用户，%3 个物品，均为合成数据。
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="666"/>
        <source>The file to import.</source>
        <translation>要导入的文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="669"/>
        <source>import an interaction log (ratings, views, clicks, purchases)</source>
        <translation>导入交互日志（评分、浏览、点击、购买）</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="671"/>
        <source>Imports interactions: MovieLens u.data, ratings.dat or ratings.csv, or a generic CSV / JSON Lines file with user, item, timestamp and optionally kind and value columns. One transaction: a bad row stops the import and nothing is kept, unless --skip-bad-rows. Rows already imported are skipped as duplicates; one with another value is counted as a conflict (listed in the rejects file with --skip-bad-rows). The profiles of the users concerned are derived again.</source>
        <translation>导入交互：MovieLens 的 u.data、ratings.dat 或 ratings.csv，或者包含 user、item、timestamp 列以及可选 kind 和 value 列的通用 CSV / JSON Lines 文件。在单个事务中执行：除非使用 --skip-bad-rows，否则遇到错误行即停止导入，且不保留任何内容。已导入的行作为重复项跳过；值不同的行计为冲突（使用 --skip-bad-rows 时会列在拒绝行文件中）。相关用户的画像会被重新推导。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="742"/>
        <source>Shows a user&apos;s profile: attributes, interaction counts by kind, interests with strength and band (dislikes apart, with negative strengths), monthly activity and the latest interactions with item titles.</source>
        <translation>显示用户的画像：属性、按类型统计的交互次数、兴趣及其强度和档位（不喜欢的兴趣单独列出，强度为负）、每月活跃度，以及带物品标题的最近交互。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="686"/>
        <source>import an item catalog (titles, categories, attributes)</source>
        <translation>导入物品目录（标题、类别、属性）</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="687"/>
        <source>Imports items: MovieLens u.item (Latin-1, 19 genre flags), movies.dat or movies.csv, or a generic CSV / JSON Lines catalog with id, title, categories and attribute columns. Items are updated in place.</source>
        <translation>导入物品：MovieLens 的 u.item（Latin-1，19 个类型标志）、movies.dat 或 movies.csv，或者包含 id、title、categories 列和属性列的通用 CSV / JSON Lines 目录。物品会被原地更新。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="698"/>
        <source>import user attributes, consent and PII markers</source>
        <translation>导入用户属性、授权状态和个人数据（PII）标记</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="699"/>
        <source>Imports users: MovieLens u.user or users.dat (zip marked as PII), or a generic CSV / JSON Lines file with an id, an optional consent column and attribute columns; --pii names the columns holding personal data.</source>
        <translation>导入用户：MovieLens 的 u.user 或 users.dat（zip 标记为 PII），或者包含 id 列、可选授权列和属性列的通用 CSV / JSON Lines 文件；--pii 指定包含个人数据的列。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="714"/>
        <source>Users of this saved segment.</source>
        <translation>此已保存分群中的用户。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="718"/>
        <source>Sort descending.</source>
        <translation>降序排序。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="719"/>
        <source>Skip N users.</source>
        <translation>跳过 N 个用户。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="721"/>
        <source>Show at most N users (default 50).</source>
        <translation>最多显示 N 个用户（默认 50）。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="724"/>
        <source>Count every match instead of stopping at 10,000.</source>
        <translation>统计所有匹配项，而不是在 10,000 处停止。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="730"/>
        <source>list profiles, filtered and sorted</source>
        <translation>列出用户画像，可筛选和排序</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="731"/>
        <source>Lists user profiles: a page of users with their consent, activity, strongest interests and attributes (PII masked unless --reveal).</source>
        <translation>列出用户画像：分页显示用户及其授权状态、活跃度、最强兴趣和属性（除非使用 --reveal，否则 PII 会被遮盖）。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="741"/>
        <source>show one user&apos;s profile</source>
        <translation>显示单个用户的画像</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="747"/>
        <source>Show PII attributes in clear (needs a role that may reveal PII; audited).</source>
        <translation>明文显示个人敏感属性（需要有权查看的角色；会记入审计日志）。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="751"/>
        <source>How many of the latest interactions to show (default 20).</source>
        <translation>显示多少条最新交互（默认 20）。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="753"/>
        <source>The user&apos;s id as imported.</source>
        <translation>导入时的用户 ID。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="757"/>
        <source>derive every profile again</source>
        <translation>重新推导所有用户画像</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="758"/>
        <source>Derives every user&apos;s profile again from the stored interactions (imports do this for the users they touch).</source>
        <translation>根据已存储的交互重新推导每个用户的画像（导入时会对涉及的用户自动执行此操作）。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="772"/>
        <source>The segment&apos;s name.</source>
        <translation>用户分群的名称。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="774"/>
        <source>What the segment is for.</source>
        <translation>该分群的用途。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="779"/>
        <source>save a filter as a segment</source>
        <translation>将筛选条件保存为用户分群</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="780"/>
        <source>Saves the filter given by the options as a named segment and prints its size.</source>
        <translation>将选项给出的筛选条件保存为命名的用户分群，并输出其规模。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="787"/>
        <source>list segments with their current sizes</source>
        <translation>列出用户分群及其当前规模</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="788"/>
        <source>Lists the saved segments, each recounted against the current profiles.</source>
        <translation>列出已保存的用户分群，并根据当前用户画像重新统计每个分群的规模。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="795"/>
        <source>draw a reproducible sample of a segment&apos;s users</source>
        <translation>从用户分群中抽取可复现的用户样本</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="796"/>
        <source>Prints up to N user ids of the segment chosen by the seed: the same seed on the same data gives the same users in the same order.</source>
        <translation>输出由随机种子选出的分群中最多 N 个用户 ID：相同数据上使用相同种子，会以相同顺序得到相同的用户。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="800"/>
        <source>How many users.</source>
        <translation>用户数量。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="802"/>
        <source>The sample&apos;s seed (default 0).</source>
        <translation>抽样的随机种子（默认 0）。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="803"/>
        <location filename="../app/cli/profilecommands.cpp" line="839"/>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="808"/>
        <source>delete a segment</source>
        <translation>删除用户分群</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="809"/>
        <source>Deletes a saved segment (audited).</source>
        <translation>删除已保存的用户分群（会记入审计日志）。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="821"/>
        <source>Creates a workspace at PATH (a file, or a postgresql:// URL of an empty database) filled with deterministic synthetic data in MovieLens form — users with latent genre preferences, items in 18 genres, ratings over one year, about 5% of users without consent, e-mail addresses and zip codes marked as PII — imported through the regular importers, plus the shipped prompts. The workspace is marked as demo data.</source>
        <translation>在 PATH（文件，或空数据库的 postgresql:// URL）处创建工作区，并填充 MovieLens 格式的确定性合成数据——具有潜在类型偏好的用户、18 个类型的物品、跨度一年的评分、约 5% 的用户未授权、标记为 PII 的电子邮件地址和邮编——通过常规导入器导入，另附内置提示词。该工作区会被标记为演示数据。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="831"/>
        <source>Number of users (default 5000).</source>
        <translation>用户数量（默认 5000）。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="833"/>
        <source>Number of items (default 1600).</source>
        <translation>物品数量（默认 1600）。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="836"/>
        <source>Approximate number of ratings (default 300000).</source>
        <translation>评分的大致数量（默认 300000）。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="838"/>
        <source>Seed of the generator (default 20240101).</source>
        <translation>生成器的随机种子（默认 20240101）。</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="841"/>
        <source>Where to create the workspace.</source>
        <translation>创建工作区的位置。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="634"/>
        <source>the prompt&apos;s name</source>
        <translation>提示词名称</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="637"/>
        <source>a .prompty file, or a stored prompt: NAME, NAME@VERSION, NAME@LABEL or NAME@latest</source>
        <translation>.prompty 文件或已存储的提示词：NAME、NAME@VERSION、NAME@LABEL 或 NAME@latest</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="643"/>
        <source>show what changed between two versions</source>
        <translation>显示两个版本之间的更改</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="644"/>
        <source>Line and word diff of the body plus the structured changes of model parameters and inputs. With one stored prompt, compares its latest version with the one before.</source>
        <translation>正文的逐行和逐词差异，以及模型参数和输入的结构化更改。若只给出一个已存储的提示词，则将其最新版本与上一版本进行比较。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="650"/>
        <location filename="../app/cli/promptcommands.cpp" line="652"/>
        <source>a .prompty file or stored prompt reference</source>
        <translation>.prompty 文件或已存储提示词的引用</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="658"/>
        <source>point a label at a version, or remove it</source>
        <translation>将标签指向某个版本，或将其移除</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="659"/>
        <source>Moves LABEL of NAME to VERSION (a number, a label or latest). production and staging are protected: only an admin moves them until releases do. Every move is audited and kept in the label history.</source>
        <translation>将 NAME 的 LABEL 指向 VERSION（版本号、标签或 latest）。production 和 staging 受保护：在发布功能推出之前，只有管理员可以移动它们。每次移动都会记入审计日志并保存在标签历史中。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="665"/>
        <source>Remove the label instead.</source>
        <translation>改为移除该标签。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="667"/>
        <source>Why the label moves.</source>
        <translation>移动标签的原因。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="670"/>
        <source>the label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="671"/>
        <source>the version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="677"/>
        <source>import .prompty files as prompts or new versions</source>
        <translation>将 .prompty 文件导入为提示词或新版本</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="678"/>
        <source>Imports each FILE as the prompt named after the file (without .prompty), in the folder its front matter names: a new prompt, or a new version when the content differs. All files or none.</source>
        <translation>将每个 FILE 导入为以文件名（不含 .prompty）命名的提示词，放入其前置元数据指定的文件夹：作为新提示词，或在内容不同时作为新版本。要么全部导入，要么全部不导入。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="684"/>
        <source>.prompty files</source>
        <translation>.prompty 文件</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="690"/>
        <source>list prompts with folder, latest version and labels</source>
        <translation>列出提示词及其文件夹、最新版本和标签</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="691"/>
        <source>Lists the workspace&apos;s prompts.</source>
        <translation>列出工作区中的提示词。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="694"/>
        <source>Only prompts whose name or folder contains TEXT.</source>
        <translation>仅显示名称或文件夹包含 TEXT 的提示词。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="700"/>
        <source>print a stored version</source>
        <translation>输出某个已存储的版本</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="701"/>
        <source>Prints a version&apos;s Prompty text with its author, time, message and labels.</source>
        <translation>输出某个版本的 Prompty 文本及其作者、时间、说明和标签。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="704"/>
        <source>Print only the Prompty text.</source>
        <translation>仅输出 Prompty 文本。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="709"/>
        <source>create a prompt from a .prompty file</source>
        <translation>从 .prompty 文件创建提示词</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="710"/>
        <source>Creates prompt NAME with version 1 from --file. The folder comes from --folder or the file&apos;s front matter.</source>
        <translation>根据 --file 创建提示词 NAME 的版本 1。文件夹取自 --folder 或文件的前置元数据。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="714"/>
        <location filename="../app/cli/promptcommands.cpp" line="731"/>
        <source>The .prompty file.</source>
        <translation>.prompty 文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="718"/>
        <source>Folder, e.g. recommendation/ranking.</source>
        <translation>文件夹，例如 recommendation/ranking。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="719"/>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="725"/>
        <source>save a new version from a .prompty file</source>
        <translation>从 .prompty 文件保存新版本</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="726"/>
        <source>Saves --file as the next version of NAME. With --base N the save fails with a conflict (exit 2) when someone saved after version N; identical content creates no version.</source>
        <translation>将 --file 保存为 NAME 的下一个版本。使用 --base N 时，若有人在版本 N 之后保存过，则保存因冲突而失败（以 2 退出）；内容相同时不会创建新版本。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="734"/>
        <source>The version your edit started from.</source>
        <translation>您开始编辑时所基于的版本。</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="466"/>
        <location filename="../app/cli/promptcommands.cpp" line="735"/>
        <location filename="../app/cli/promptcommands.cpp" line="746"/>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="741"/>
        <source>save an old version&apos;s content as a new version</source>
        <translation>将旧版本的内容保存为新版本</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="742"/>
        <source>Creates a new version of NAME with the content of VERSION. Nothing is deleted.</source>
        <translation>以 VERSION 的内容创建 NAME 的新版本。不会删除任何内容。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="745"/>
        <source>The latest version you know of.</source>
        <translation>您所知道的最新版本。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="750"/>
        <source>the version to bring back</source>
        <translation>要恢复的版本</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="754"/>
        <source>render a prompt&apos;s messages</source>
        <translation>渲染提示词的消息</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="755"/>
        <source>Renders a .prompty file or stored version with the inputs in --inputs (merged over the template&apos;s samples with --sample; the samples alone without --inputs). Refuses with every error when inputs are missing, mistyped or undeclared variables are used.</source>
        <translation>使用 --inputs 中的输入渲染 .prompty 文件或已存储的版本（使用 --sample 时与模板的示例输入合并，且 --inputs 优先；未提供 --inputs 时仅使用示例输入）。若缺少输入、输入类型错误或使用了未声明的变量，则拒绝渲染并列出所有错误。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="761"/>
        <source>Start from the template&apos;s sample inputs.</source>
        <translation>以模板的示例输入为基础。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="767"/>
        <source>check syntax and variables; exit 1 on errors</source>
        <translation>检查语法和变量；有错误时以 1 退出</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="768"/>
        <source>Reports syntax errors, undeclared and unused variables, and, for --inputs (default: the samples), missing, unexpected and mistyped inputs, with line and column. Exits 1 when there is an error.</source>
        <translation>报告语法错误、未声明和未使用的变量，以及 --inputs（默认：示例输入）中缺失、多余和类型错误的输入，并给出行号和列号。存在错误时以 1 退出。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="779"/>
        <source>list versions and label moves</source>
        <translation>列出版本和标签移动记录</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="780"/>
        <source>Lists NAME&apos;s versions, newest first, and the history of its labels.</source>
        <translation>列出 NAME 的各个版本（最新的在前）及其标签历史。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="783"/>
        <source>Only this label&apos;s history.</source>
        <translation>仅显示此标签的历史。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="784"/>
        <location filename="../app/cli/promptcommands.cpp" line="800"/>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="790"/>
        <source>write prompts as .prompty files</source>
        <translation>将提示词写出为 .prompty 文件</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="791"/>
        <source>Writes each prompt (all, or those named with --prompt) to DIR/&lt;folder&gt;/&lt;name&gt;.prompty, at its latest version or at --label. Audited.</source>
        <translation>将每个提示词（全部，或用 --prompt 指定的提示词）写入 DIR/&lt;folder&gt;/&lt;name&gt;.prompty，使用其最新版本或 --label 指向的版本。会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="795"/>
        <source>Export this prompt (repeatable).</source>
        <translation>导出此提示词（可重复指定）。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="799"/>
        <source>Export the version this label points at.</source>
        <translation>导出此标签指向的版本。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="801"/>
        <source>the target directory</source>
        <translation>目标目录</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="805"/>
        <source>create a folder</source>
        <translation>创建文件夹</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="806"/>
        <source>Creates an (empty) prompt folder.</source>
        <translation>创建一个（空的）提示词文件夹。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="809"/>
        <source>folder path, e.g. recommendation/ranking</source>
        <translation>文件夹路径，例如 recommendation/ranking</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="813"/>
        <source>move a prompt to another folder</source>
        <translation>将提示词移动到其他文件夹</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="814"/>
        <source>Moves NAME into FOLDER (&quot;&quot; for the top level). Versions are unchanged.</source>
        <translation>将 NAME 移入 FOLDER（&quot;&quot; 表示顶层）。版本保持不变。</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="818"/>
        <source>the target folder</source>
        <translation>目标文件夹</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="168"/>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="169"/>
        <source>GRANTED BY</source>
        <translation>授予者</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="170"/>
        <source>GRANTED AT</source>
        <translation>授予时间</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="177"/>
        <source>Operators not listed are viewers.</source>
        <translation>未列出的操作员均为查看者。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="189"/>
        <source>unknown role &apos;%1&apos; (roles: %2)</source>
        <translation>未知角色 &apos;%1&apos;（可用角色：%2）</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="201"/>
        <source>%1 is now %2.</source>
        <translation>%1 现在是%2。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="219"/>
        <source>%1 no longer has a role; they are a viewer.</source>
        <translation>%1 不再拥有角色，现为查看者。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="234"/>
        <source>create a new workspace; you become its admin</source>
        <translation>创建新工作区；您将成为其管理员</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="235"/>
        <source>Creates a workspace at --db (a new SQLite file, or an empty PostgreSQL database) and makes the operator its admin. Refuses a database that already holds a workspace or other tables.</source>
        <translation>在 --db 指定的位置创建工作区（新的 SQLite 文件或空的 PostgreSQL 数据库），并将当前操作员设为其管理员。若数据库中已有工作区或其他表，则拒绝创建。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="244"/>
        <source>show the workspace, schema, operator and role</source>
        <translation>显示工作区、架构、操作员和角色</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="245"/>
        <source>Shows the workspace URL, dialect, schema version, creator, your identity and role, and audit size. Does not change the workspace.</source>
        <translation>显示工作区 URL、数据库类型、架构版本、创建者、您的身份和角色以及审计日志规模。不会更改工作区。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="255"/>
        <source>apply pending schema migrations</source>
        <translation>应用待执行的架构迁移</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="256"/>
        <source>Brings the workspace schema to the version this Tailor knows. Workspaces are also migrated when opened; this verb reports what it did. With --check, changes nothing and exits 1 when migrations are pending.</source>
        <translation>将工作区架构升级到此版本 Tailor 所支持的版本。打开工作区时也会自动迁移；此子命令会报告执行了哪些操作。使用 --check 时不做任何更改，若有待执行的迁移则以 1 退出。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="265"/>
        <source>Only report; exit 1 when migrations are pending.</source>
        <translation>仅报告；若有待执行的迁移则以 1 退出。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="270"/>
        <source>list operators and their roles</source>
        <translation>列出操作员及其角色</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="271"/>
        <source>Lists the operators who hold a role in this workspace. Everyone else is a viewer.</source>
        <translation>列出在此工作区中拥有角色的操作员。其他人均为查看者。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="279"/>
        <source>give an operator a role (admin only)</source>
        <translation>为操作员授予角色（仅限 admin）</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="280"/>
        <source>Gives NAME the role ROLE (viewer, editor, analyst, approver, admin). Needs the admin role; audited.</source>
        <translation>授予 NAME 角色 ROLE（viewer、editor、analyst、approver、admin）。需要 admin 角色；会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="286"/>
        <source>operator name (OS login, or database role on PostgreSQL)</source>
        <translation>操作员名称（操作系统登录名；在 PostgreSQL 上为数据库角色）</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="289"/>
        <source>viewer, editor, analyst, approver or admin</source>
        <translation>viewer、editor、analyst、approver 或 admin</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="293"/>
        <source>remove an operator&apos;s role (admin only)</source>
        <translation>撤销操作员的角色（仅限 admin）</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="294"/>
        <source>Removes NAME&apos;s role, leaving them a viewer. Needs the admin role; the last admin cannot be removed. Audited.</source>
        <translation>撤销 NAME 的角色，使其成为查看者。需要 admin 角色；无法移除最后一位管理员。会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="300"/>
        <source>operator name</source>
        <translation>操作员名称</translation>
    </message>
</context>
<context>
    <name>tailor::ActivityTimeline</name>
    <message>
        <location filename="../ui/widgets/activitytimeline.cpp" line="34"/>
        <source>Interactions</source>
        <translation>交互数</translation>
    </message>
    <message>
        <location filename="../ui/widgets/activitytimeline.cpp" line="45"/>
        <source>No activity recorded for this user.</source>
        <translation>此用户没有记录任何活动。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/activitytimeline.cpp" line="127"/>
        <source>%1: 1 interaction</source>
        <translation>%1：1 次交互</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/activitytimeline.cpp" line="128"/>
        <source>%1: %Ln interactions</source>
        <translation>
            <numerusform>%1：%Ln 次交互</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tailor::AuditAnchor</name>
    <message>
        <location filename="../core/storage/auditanchor.cpp" line="53"/>
        <source>%1 is not an audit anchor (%2); an anchor is SEQ:HASH, as `tailor-cli audit anchor` prints it</source>
        <translation>%1 不是审计锚点（%2）；锚点的格式为 SEQ:HASH，与 `tailor-cli audit anchor` 的输出相同</translation>
    </message>
    <message>
        <location filename="../core/storage/auditanchor.cpp" line="60"/>
        <source>no &apos;:&apos; between sequence and hash</source>
        <translation>序号和哈希之间没有 &apos;:&apos;</translation>
    </message>
    <message>
        <location filename="../core/storage/auditanchor.cpp" line="70"/>
        <source>the sequence number must be a whole number from 1</source>
        <translation>序号必须是从 1 开始的整数</translation>
    </message>
    <message>
        <location filename="../core/storage/auditanchor.cpp" line="74"/>
        <source>the hash must be 64 hexadecimal digits</source>
        <translation>哈希必须是 64 位十六进制数字</translation>
    </message>
    <message>
        <location filename="../core/storage/auditanchor.cpp" line="110"/>
        <source>%1 holds no audit anchor (one SEQ:HASH per line; blank lines and lines starting with # are skipped)</source>
        <translation>%1 中没有审计锚点（每行一个 SEQ:HASH；空行和以 # 开头的行会被跳过）</translation>
    </message>
    <message>
        <location filename="../core/storage/auditanchor.cpp" line="122"/>
        <source>Cannot read the anchors file %1: %2</source>
        <translation>无法读取锚点文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/auditanchor.cpp" line="126"/>
        <source>The anchors file %1 is larger than 16 MiB: it is not a list of anchors</source>
        <translation>锚点文件 %1 大于 16 MiB：它不是锚点列表</translation>
    </message>
</context>
<context>
    <name>tailor::AuditLog</name>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="171"/>
        <source>An audit entry needs an action.</source>
        <translation>审计条目必须包含操作。</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="65"/>
        <location filename="../core/storage/auditlog.cpp" line="196"/>
        <location filename="../core/storage/auditlog.cpp" line="337"/>
        <source>reading the audit log head</source>
        <translation>读取审计日志头</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="78"/>
        <source>it is empty, but every workspace&apos;s log begins with its creation</source>
        <translation>日志为空，但每个工作区的日志都以其创建开始</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="80"/>
        <source>its head is missing, but it holds entries up to %1</source>
        <translation>日志头缺失，但日志中包含直到 %1 的条目</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="82"/>
        <source>it is empty, but its head records entry %1</source>
        <translation>日志为空，但日志头记录的是条目 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="84"/>
        <source>it goes on to entry %1 beyond its head (entry %2)</source>
        <translation>日志延续到条目 %1，超出了日志头（条目 %2）</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="87"/>
        <source>it ends at entry %1, but its head records entry %2</source>
        <translation>日志止于条目 %1，但日志头记录的是条目 %2</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="89"/>
        <source>its head&apos;s hash is not the hash of entry %1</source>
        <translation>日志头的哈希不是条目 %1 的哈希</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="94"/>
        <source>The audit log needs `tailor-cli audit verify` (in Tailor: Settings → Verify audit log): %1. Tailor adds nothing to a log that does not end at its head, so this change was not made.</source>
        <translation>审计日志需要运行 `tailor-cli audit verify`（在 Tailor 中：设置 → 验证审计日志）：%1。Tailor 不会向未止于日志头的日志追加任何内容，因此未执行此更改。</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="126"/>
        <source>Workspace created</source>
        <translation>工作区已创建</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="127"/>
        <source>Demo data created</source>
        <translation>演示数据已创建</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="128"/>
        <source>Workspace upgraded</source>
        <translation>工作区已升级</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="129"/>
        <source>Role granted</source>
        <translation>角色已授予</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="130"/>
        <source>Role revoked</source>
        <translation>角色已撤销</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="131"/>
        <source>Endpoint saved</source>
        <translation>端点已保存</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="132"/>
        <source>Endpoint removed</source>
        <translation>端点已删除</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="133"/>
        <source>Folder created</source>
        <translation>文件夹已创建</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="134"/>
        <source>Prompt created</source>
        <translation>提示词已创建</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="135"/>
        <source>Prompt version saved</source>
        <translation>提示词版本已保存</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="136"/>
        <source>Prompt reverted</source>
        <translation>提示词已恢复</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="137"/>
        <source>Prompt moved</source>
        <translation>提示词已移动</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="138"/>
        <source>Prompts imported</source>
        <translation>提示词已导入</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="139"/>
        <source>Prompts exported</source>
        <translation>提示词已导出</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="140"/>
        <source>Label moved</source>
        <translation>标签已移动</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="141"/>
        <source>Label removed</source>
        <translation>标签已移除</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="142"/>
        <source>Profiles imported</source>
        <translation>用户画像已导入</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="144"/>
        <source>Profiles derived again</source>
        <translation>用户画像已重新推导</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="145"/>
        <source>Personal data revealed</source>
        <translation>个人数据已明文显示</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="146"/>
        <source>Segment saved</source>
        <translation>用户分群已保存</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="147"/>
        <source>Segment deleted</source>
        <translation>用户分群已删除</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="183"/>
        <location filename="../core/storage/auditlog.cpp" line="218"/>
        <source>appending to the audit log</source>
        <translation>追加审计日志</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="187"/>
        <source>The server did not return the new audit entry.</source>
        <translation>服务器未返回新的审计条目。</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="225"/>
        <source>moving the audit log head</source>
        <translation>移动审计日志头</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="291"/>
        <location filename="../core/storage/auditlog.cpp" line="295"/>
        <location filename="../core/storage/auditlog.cpp" line="350"/>
        <location filename="../core/storage/auditlog.cpp" line="365"/>
        <source>reading the audit log</source>
        <translation>读取审计日志</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="312"/>
        <source>counting audit entries</source>
        <translation>统计审计条目</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="331"/>
        <source>reading workspace metadata</source>
        <translation>读取工作区元数据</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="379"/>
        <source>the workspace&apos;s metadata has no workspace ID, so the log cannot be tied to this workspace: the metadata was removed, or the workspace was never fully created</source>
        <translation>工作区元数据中没有工作区 ID，因此无法将日志与此工作区关联：元数据已被删除，或者工作区从未完整创建</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="404"/>
        <source>entry %1 is missing (the log jumps from %2 to %3): an entry was deleted</source>
        <translation>条目 %1 缺失（日志从 %2 跳到 %3）：有条目被删除</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="408"/>
        <source>entry %1 appears twice or out of sequence</source>
        <translation>条目 %1 重复出现或顺序错乱</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="412"/>
        <source>entry %1 was modified: its content does not match its hash</source>
        <translation>条目 %1 已被修改：其内容与哈希不匹配</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="418"/>
        <source>entry 1 does not begin the chain: its previous hash is not all zeros, so entries before it were cut off</source>
        <translation>条目 1 不是链的起点：其前一哈希并非全为零，因此它之前的条目已被截去</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="424"/>
        <source>entry 1 is %1 on %2, not the creation of this workspace (workspace.create on %3): the beginning of the log was replaced</source>
        <translation>条目 1 是 %2 的 %1，而不是此工作区的创建（%3 的 workspace.create）：日志的开头已被替换</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="430"/>
        <source>entry %1 does not follow entry %2 (previous-hash mismatch): entries were reordered or replaced</source>
        <translation>条目 %1 未接续条目 %2（前一哈希不匹配）：有条目被重新排序或替换</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="447"/>
        <source>the audit log is empty, but this workspace was created (ID %1) and every workspace&apos;s log begins with its creation: its entries were deleted</source>
        <translation>审计日志为空，但此工作区已创建（ID %1），且每个工作区的日志都以其创建开始：其条目已被删除</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="455"/>
        <source>the audit log&apos;s head is missing, but the log holds %1 entries: the head was deleted, so a removed tail could not be noticed</source>
        <translation>审计日志头缺失，但日志中包含 %1 个条目：日志头已被删除，因此无法发现被移除的末尾</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="461"/>
        <source>the log ends at entry %1 but its head records entry %2: entries were deleted from the end</source>
        <translation>日志止于条目 %1，但日志头记录的是条目 %2：末尾的条目已被删除</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="466"/>
        <source>the audit log&apos;s head names entry %1 with another hash than the entry has: the head or the entry was replaced</source>
        <translation>审计日志头指向条目 %1，但其哈希与该条目的哈希不同：日志头或该条目已被替换</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="470"/>
        <source>entry %1 lies beyond the log&apos;s head (entry %2): it was written behind Tailor&apos;s back, not appended, and blocks every later change until the workspace is restored</source>
        <translation>条目 %1 位于日志头（条目 %2）之后：它是绕过 Tailor 写入的，而非正常追加，在恢复工作区之前会阻止之后的所有更改</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="477"/>
        <source>%1 entries (%2 to %3) lie beyond the log&apos;s head (entry %4): they were written behind Tailor&apos;s back, not appended, and block every later change until the workspace is restored</source>
        <translation>%1 个条目（%2 至 %3）位于日志头（条目 %4）之后：它们是绕过 Tailor 写入的，而非正常追加，在恢复工作区之前会阻止之后的所有更改</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="493"/>
        <source>the log has no entry %1 (it ends at entry %2): it was cut short, and perhaps re-chained, at or before entry %1</source>
        <translation>日志中没有条目 %1（日志止于条目 %2）：日志在条目 %1 处或之前被截短，可能还被重新链接</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="499"/>
        <source>entry %1 now has another hash (%2): the log was rewritten at or before entry %1</source>
        <translation>条目 %1 现在的哈希不同（%2）：日志在条目 %1 处或之前被重写</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="519"/>
        <source>The audit log is broken at entry %1 (%2), so Tailor gives no anchor for it: an anchor would vouch for a broken chain. See `tailor-cli audit verify`.</source>
        <translation>审计日志在条目 %1 处损坏（%2），因此 Tailor 不为其提供锚点：锚点会为损坏的链作担保。请参阅 `tailor-cli audit verify`。</translation>
    </message>
</context>
<context>
    <name>tailor::BulkStatement</name>
    <message>
        <location filename="../core/profiles/bulkstatement.cpp" line="65"/>
        <location filename="../core/profiles/bulkstatement.cpp" line="72"/>
        <source>Cannot prepare %1: %2</source>
        <translation>无法预编译 %1：%2</translation>
    </message>
</context>
<context>
    <name>tailor::BusyNote</name>
    <message>
        <location filename="../core/storage/busynote.cpp" line="104"/>
        <source>The workspace is busy with an import of %1 (started by %2 at %3); try again when it finishes.</source>
        <translation>工作区正忙于导入 %1（由 %2 于 %3 开始）；请在导入完成后重试。</translation>
    </message>
</context>
<context>
    <name>tailor::ChatPanel</name>
    <message>
        <location filename="../ui/chatpanel.cpp" line="36"/>
        <source>S&amp;ystem prompt (optional)</source>
        <translation>系统提示词（可选）(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="40"/>
        <source>You are a helpful assistant.</source>
        <translation>你是一个乐于助人的助手。</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="46"/>
        <source>&amp;Message</source>
        <translation>消息(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="50"/>
        <source>Say hello in five words.</source>
        <translation>用五个词打个招呼。</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="60"/>
        <source>Use the cache</source>
        <translation>使用缓存</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="61"/>
        <source>Bypass the cache</source>
        <translation>绕过缓存</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="62"/>
        <source>With the cache, an identical earlier request is answered from the workspace at no cost; bypassing always asks the endpoint.</source>
        <translation>使用缓存时，相同的先前请求会直接从工作区免费作答；绕过缓存则始终向端点发送请求。</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="65"/>
        <source>S&amp;tream the answer</source>
        <translation>流式输出回答(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="69"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="74"/>
        <source>Sen&amp;d</source>
        <translation>发送(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="92"/>
        <source>The answer appears here as it arrives.</source>
        <translation>回答会在到达时显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="109"/>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="110"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="111"/>
        <source>First token</source>
        <translation>首个 token</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="112"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="113"/>
        <source>Cached</source>
        <translation>来自缓存</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="114"/>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="166"/>
        <source>Cannot send: %1</source>
        <translation>无法发送：%1</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="183"/>
        <source>Sending to &apos;%1&apos;…</source>
        <translation>正在发送到“%1”…</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="190"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="200"/>
        <source>Streaming…</source>
        <translation>正在流式接收…</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="218"/>
        <source>Retrying (attempt %1 of %2): %3</source>
        <translation>正在重试（第 %1 次尝试，共 %2 次）：%3</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="235"/>
        <source>Dry run: nothing was sent; the tokens are counted.</source>
        <translation>试运行：未发送任何内容；仅统计 token 数。</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="237"/>
        <source>Answered by %1%2.</source>
        <translation>由 %1 作答%2。</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="240"/>
        <source> (finish reason: %1)</source>
        <translation> （结束原因：%1）</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="244"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="247"/>
        <source>Failed (%1).</source>
        <translation>失败（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="252"/>
        <source>%1 prompt + %2 completion</source>
        <translation>提示 %1 + 补全 %2</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="254"/>
        <source>%1 (estimated)</source>
        <translation>%1（估算）</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="256"/>
        <source>not streamed</source>
        <translation>未使用流式</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="258"/>
        <source>yes (shared an identical call)</source>
        <translation>是（共享了一个相同的调用）</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="258"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="259"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>tailor::CompiledPrompt</name>
    <message>
        <location filename="../core/prompts/compiledprompt.cpp" line="105"/>
        <source>Mustache error in the %1 message: %2.</source>
        <translation>%1 消息中存在 Mustache 错误：%2。</translation>
    </message>
    <message>
        <location filename="../core/prompts/compiledprompt.cpp" line="204"/>
        <source>variable &apos;%1&apos; is used at line %2, column %3 but not declared in inputs</source>
        <translation>变量“%1”在第 %2 行第 %3 列被使用，但未在 inputs 中声明</translation>
    </message>
    <message>
        <location filename="../core/prompts/compiledprompt.cpp" line="211"/>
        <source>variable &apos;%1&apos; is used by partial &apos;%4&apos; (included at line %2, column %3) but not declared in inputs</source>
        <translation>变量“%1”被局部模板“%4”使用（在第 %2 行第 %3 列引入），但未在 inputs 中声明</translation>
    </message>
    <message>
        <location filename="../core/prompts/compiledprompt.cpp" line="228"/>
        <source>input &apos;%1&apos; is declared at line %2 but never used</source>
        <translation>输入“%1”在第 %2 行声明，但从未使用</translation>
    </message>
    <message>
        <location filename="../core/prompts/compiledprompt.cpp" line="250"/>
        <source>input &apos;%1&apos; is required but missing</source>
        <translation>输入“%1”为必填项，但未提供</translation>
    </message>
    <message>
        <location filename="../core/prompts/compiledprompt.cpp" line="262"/>
        <source>input &apos;%1&apos; is null but declared required</source>
        <translation>输入“%1”为 null，但被声明为必填</translation>
    </message>
    <message>
        <location filename="../core/prompts/compiledprompt.cpp" line="265"/>
        <source>input &apos;%1&apos; should be %2 but is null, and it is declared required</source>
        <translation>输入“%1”应为 %2，但为 null，且被声明为必填</translation>
    </message>
    <message>
        <location filename="../core/prompts/compiledprompt.cpp" line="275"/>
        <source>input &apos;%1&apos; should be %2 but is %3</source>
        <translation>输入“%1”应为 %2，实际为 %3</translation>
    </message>
    <message>
        <location filename="../core/prompts/compiledprompt.cpp" line="282"/>
        <source>input &apos;%1&apos; is provided but not used (the prompt does not declare it)</source>
        <translation>提供了输入“%1”，但未被使用（提示词未声明该输入）</translation>
    </message>
    <message>
        <location filename="../core/prompts/compiledprompt.cpp" line="311"/>
        <source>The prompt &apos;%1&apos; cannot be rendered:
%2</source>
        <translation>无法渲染提示词“%1”：
%2</translation>
    </message>
    <message>
        <location filename="../core/prompts/compiledprompt.cpp" line="322"/>
        <source>The %1 message of the prompt &apos;%2&apos; cannot be rendered: %3.</source>
        <translation>提示词“%2”的 %1 消息无法渲染：%3。</translation>
    </message>
</context>
<context>
    <name>tailor::CompletionParser</name>
    <message>
        <location filename="../core/llm/completionparser.cpp" line="194"/>
        <source>an empty answer</source>
        <translation>空回答</translation>
    </message>
    <message>
        <location filename="../core/llm/completionparser.cpp" line="202"/>
        <source>an HTML page instead of JSON</source>
        <translation>HTML 页面而非 JSON</translation>
    </message>
    <message>
        <location filename="../core/llm/completionparser.cpp" line="203"/>
        <source>an HTML page (&quot;%1&quot;) instead of JSON</source>
        <translation>HTML 页面（“%1”）而非 JSON</translation>
    </message>
    <message>
        <location filename="../core/llm/completionparser.cpp" line="211"/>
        <source>something that is not JSON: &quot;%1&quot;</source>
        <translation>非 JSON 内容：“%1”</translation>
    </message>
    <message>
        <location filename="../core/llm/completionparser.cpp" line="220"/>
        <source>JSON without choices: not a chat completion</source>
        <translation>JSON 中没有 choices：不是对话补全结果</translation>
    </message>
    <message>
        <location filename="../core/llm/completionparser.cpp" line="231"/>
        <source>a choice without a message: not a chat completion</source>
        <translation>choice 中没有 message：不是对话补全结果</translation>
    </message>
    <message>
        <location filename="../core/llm/completionparser.cpp" line="311"/>
        <source>an empty stream</source>
        <translation>空的数据流</translation>
    </message>
    <message>
        <location filename="../core/llm/completionparser.cpp" line="327"/>
        <source>a stream chunk that is not JSON: &quot;%1&quot;</source>
        <translation>非 JSON 的数据流块：“%1”</translation>
    </message>
</context>
<context>
    <name>tailor::ConnectionReport</name>
    <message>
        <location filename="../core/llm/connectionreport.cpp" line="13"/>
        <source>&apos;%1&apos; works: %2 models listed, a chat request answered in %3 ms.</source>
        <translation>“%1”工作正常：列出了 %2 个模型，对话请求在 %3 毫秒内得到响应。</translation>
    </message>
    <message>
        <location filename="../core/llm/connectionreport.cpp" line="17"/>
        <source>&apos;%1&apos; works: a chat request answered in %2 ms (the server does not list its models).</source>
        <translation>“%1”工作正常：对话请求在 %2 毫秒内得到响应（服务器不提供模型列表）。</translation>
    </message>
</context>
<context>
    <name>tailor::Consent</name>
    <message>
        <location filename="../core/profiles/consent.cpp" line="39"/>
        <source>granted</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location filename="../core/profiles/consent.cpp" line="41"/>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../core/profiles/consent.cpp" line="45"/>
        <source>unknown</source>
        <translation>未知</translation>
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
        <location filename="../core/storage/database.cpp" line="198"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation>无法打开工作区 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="57"/>
        <location filename="../core/storage/database.cpp" line="194"/>
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
        <location filename="../core/storage/database.cpp" line="61"/>
        <source>The workspace %1 is read-only; Tailor needs to write to it. Make it writable or open a copy.</source>
        <translation>工作区 %1 为只读，而 Tailor 需要写入。请使其可写，或打开一个副本。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="67"/>
        <source>The folder of workspace %1 is read-only; SQLite needs to create its write-ahead log beside the file.</source>
        <translation>工作区 %1 所在的文件夹为只读；SQLite 需要在该文件旁创建预写日志（WAL）。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="204"/>
        <source>The workspace %1 cannot use SQLite&apos;s write-ahead log (journal mode is %2).</source>
        <translation>工作区 %1 无法使用 SQLite 的预写日志（日志模式为 %2）。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="215"/>
        <source>Cannot configure the workspace %1: %2</source>
        <translation>无法配置工作区 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="242"/>
        <source>Cannot connect to PostgreSQL at %1: %2</source>
        <translation>无法连接到 %1 上的 PostgreSQL：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="252"/>
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
    <name>tailor::DemoWorkspace</name>
    <message>
        <location filename="../core/profiles/demoworkspace.cpp" line="72"/>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <location filename="../core/profiles/demoworkspace.cpp" line="83"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../core/profiles/demoworkspace.cpp" line="233"/>
        <source>Cannot create a temporary folder for the demo data.</source>
        <translation>无法为演示数据创建临时文件夹。</translation>
    </message>
    <message>
        <location filename="../core/profiles/demoworkspace.cpp" line="235"/>
        <source>Writing the synthetic MovieLens files</source>
        <translation>正在写入合成的 MovieLens 文件</translation>
    </message>
    <message>
        <location filename="../core/profiles/demoworkspace.cpp" line="239"/>
        <source>Creating the workspace</source>
        <translation>正在创建工作区</translation>
    </message>
    <message>
        <location filename="../core/profiles/demoworkspace.cpp" line="271"/>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/demoworkspace.cpp" line="276"/>
        <source>The demo import of %1 failed: %2</source>
        <translation>演示数据 %1 导入失败：%2</translation>
    </message>
    <message>
        <location filename="../core/profiles/demoworkspace.cpp" line="299"/>
        <source>marking the workspace as demo data</source>
        <translation>将工作区标记为演示数据</translation>
    </message>
</context>
<context>
    <name>tailor::DisplayFormat</name>
    <message>
        <location filename="../ui/displayformat.cpp" line="21"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
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
    <name>tailor::EndpointConfig</name>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="102"/>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="104"/>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="106"/>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="108"/>
        <source>llama.cpp server</source>
        <translation>llama.cpp 服务器</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="110"/>
        <source>vLLM</source>
        <translation>vLLM</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="112"/>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="114"/>
        <source>Custom (OpenAI-compatible)</source>
        <translation>自定义（兼容 OpenAI）</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="116"/>
        <source>Dry run (no network)</source>
        <translation>试运行（不联网）</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="190"/>
        <source>The request parameters are malformed: temperature, top_p, max_tokens and seed must be numbers, stop a text or a list of texts, response_format an object.</source>
        <translation>请求参数格式错误：temperature、top_p、max_tokens 和 seed 必须是数字，stop 必须是文本或文本列表，response_format 必须是对象。</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="280"/>
        <source>check the API key in the environment variable %1 or in the keychain entry &apos;%2&apos;</source>
        <translation>请检查环境变量 %1 或钥匙串条目“%2”中的 API 密钥</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="285"/>
        <source>check the API key in %1</source>
        <translation>请检查 %1 中的 API 密钥</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="288"/>
        <source>check the API key in the keychain entry &apos;%1&apos;</source>
        <translation>请检查钥匙串条目“%1”中的 API 密钥</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="291"/>
        <source>the endpoint &apos;%1&apos; names no API key: give it an environment variable or a keychain entry</source>
        <translation>端点“%1”未指定 API 密钥：请为其设置环境变量或钥匙串条目</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="309"/>
        <source>&apos;%1&apos; is not a valid endpoint name: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit (at most 64 characters).</source>
        <translation>“%1”不是有效的端点名称：请使用字母、数字、&apos;-&apos;、&apos;_&apos; 和 &apos;.&apos;，并以字母或数字开头（最多 64 个字符）。</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="320"/>
        <source>&apos;%1&apos; is not a usable base URL for the endpoint &apos;%2&apos;: give an http:// or https:// address such as https://api.openai.com/v1.</source>
        <translation>“%1”不是端点“%2”可用的基础 URL：请提供 http:// 或 https:// 地址，例如 https://api.openai.com/v1。</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="327"/>
        <source>The base URL of the endpoint &apos;%1&apos; contains a user name or password; Tailor keeps credentials out of URLs. Put the API key in the keychain or an environment variable.</source>
        <translation>端点“%1”的基础 URL 中包含用户名或密码；Tailor 不允许在 URL 中包含凭据。请将 API 密钥放入钥匙串或环境变量。</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="334"/>
        <source>The base URL of the endpoint &apos;%1&apos; has a query or fragment; give only the address up to the API version, such as https://api.openai.com/v1.</source>
        <translation>端点“%1”的基础 URL 中包含查询参数或片段；请只提供到 API 版本为止的地址，例如 https://api.openai.com/v1。</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="341"/>
        <source>The endpoint &apos;%1&apos; needs a model name.</source>
        <translation>端点“%1”需要模型名称。</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="345"/>
        <source>The Azure OpenAI endpoint &apos;%1&apos; needs an API version, such as 2024-06-01.</source>
        <translation>Azure OpenAI 端点“%1”需要 API 版本，例如 2024-06-01。</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="351"/>
        <source>The concurrency of the endpoint &apos;%1&apos; must be between 1 and 512, not %2.</source>
        <translation>端点“%1”的并发数必须介于 1 和 512 之间，而不是 %2。</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="358"/>
        <source>The rate limits of the endpoint &apos;%1&apos; cannot be negative (0 means no limit).</source>
        <translation>端点“%1”的速率限制不能为负数（0 表示不限制）。</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="364"/>
        <source>The timeout of the endpoint &apos;%1&apos; must be between 0.1 s and 1 hour.</source>
        <translation>端点“%1”的超时时间必须介于 0.1 秒和 1 小时之间。</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="369"/>
        <source>The endpoint &apos;%1&apos; must try between 1 and 20 times, not %2.</source>
        <translation>端点“%1”的尝试次数必须介于 1 和 20 之间，而不是 %2。</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="376"/>
        <source>The prices of the endpoint &apos;%1&apos; must be zero or more.</source>
        <translation>端点“%1”的价格必须大于或等于零。</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="381"/>
        <source>The temperature of the endpoint &apos;%1&apos; must be between 0 and 2.</source>
        <translation>端点“%1”的温度必须介于 0 和 2 之间。</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="386"/>
        <source>The top_p of the endpoint &apos;%1&apos; must be between 0 and 1.</source>
        <translation>端点“%1”的 top_p 必须介于 0 和 1 之间。</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="391"/>
        <source>The max_tokens of the endpoint &apos;%1&apos; must be at least 1.</source>
        <translation>端点“%1”的 max_tokens 必须至少为 1。</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="396"/>
        <source>The endpoint &apos;%1&apos; has more than 4 stop sequences.</source>
        <translation>端点“%1”的停止序列超过 4 个。</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="401"/>
        <source>The endpoint &apos;%1&apos; holds what looks like an API key where the key&apos;s name belongs. Tailor never stores keys: keep the key in the keychain or an environment variable and enter that entry&apos;s or variable&apos;s name.</source>
        <translation>端点“%1”中本应填写密钥名称的位置看起来填入了 API 密钥本身。Tailor 从不存储密钥：请将密钥保存在钥匙串或环境变量中，并在此填写该条目或变量的名称。</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="408"/>
        <source>&apos;%1&apos; is not a valid environment variable name (letters, digits and &apos;_&apos;).</source>
        <translation>“%1”不是有效的环境变量名称（字母、数字和 &apos;_&apos;）。</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="414"/>
        <source>&apos;%1&apos; is not a valid keychain entry name (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;:&apos;, &apos;@&apos; and &apos;/&apos;).</source>
        <translation>“%1”不是有效的钥匙串条目名称（字母、数字、&apos;-&apos;、&apos;_&apos;、&apos;.&apos;、&apos;:&apos;、&apos;@&apos; 和 &apos;/&apos;）。</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="447"/>
        <source>&apos;%1&apos; is not a known endpoint provider; use one of openai, azure-openai, ollama, llama.cpp, vllm, lm-studio, custom, dry-run.</source>
        <translation>“%1”不是已知的端点提供方；请使用 openai、azure-openai、ollama、llama.cpp、vllm、lm-studio、custom 或 dry-run 之一。</translation>
    </message>
</context>
<context>
    <name>tailor::EndpointForm</name>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="112"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="127"/>
        <source>e.g. team-vllm</source>
        <translation>例如 team-vllm</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="128"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="136"/>
        <source>How Tailor talks to the server: Azure OpenAI sends the key as api-key and addresses a deployment; the others use the OpenAI paths.</source>
        <translation>Tailor 与服务器通信的方式：Azure OpenAI 以 api-key 发送密钥并指向某个部署；其他提供方使用 OpenAI 的路径。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="139"/>
        <source>&amp;Provider</source>
        <translation>提供方(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="144"/>
        <source>The address up to and including the API version path.</source>
        <translation>地址，包含到 API 版本为止的路径。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="145"/>
        <source>&amp;Base URL</source>
        <translation>基础 URL(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="149"/>
        <source>The model name the server expects; for Azure OpenAI, the deployment.</source>
        <translation>服务器所需的模型名称；对于 Azure OpenAI，则为部署名称。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="150"/>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="155"/>
        <source>API &amp;version</source>
        <translation>API 版本(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="159"/>
        <source>e.g. OPENAI_API_KEY</source>
        <translation>例如 OPENAI_API_KEY</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="161"/>
        <source>The name of an environment variable holding the API key. It wins over the keychain entry.</source>
        <translation>保存 API 密钥的环境变量名称。它优先于钥匙串条目。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="162"/>
        <source>Key &amp;variable</source>
        <translation>密钥变量(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="170"/>
        <source>e.g. openai</source>
        <translation>例如 openai</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="171"/>
        <source>The name of the entry in the OS keychain that holds the API key.</source>
        <translation>操作系统钥匙串中保存 API 密钥的条目名称。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="173"/>
        <source>Store &amp;key…</source>
        <translation>存储密钥(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="175"/>
        <source>Type the API key once and keep it in the OS keychain under this entry name. Tailor never saves the key itself.</source>
        <translation>输入一次 API 密钥，并以此条目名称保存在操作系统钥匙串中。Tailor 自身从不保存密钥。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="181"/>
        <source>Keychain &amp;entry</source>
        <translation>钥匙串条目(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="195"/>
        <source>Request defaults</source>
        <translation>请求默认值</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="199"/>
        <source>server default</source>
        <translation>服务器默认</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="207"/>
        <source>&amp;Temperature</source>
        <translation>温度(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="209"/>
        <source>Max to&amp;kens</source>
        <translation>最大 token 数(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="211"/>
        <source>To&amp;p p</source>
        <translation>Top p(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="213"/>
        <source>S&amp;eed</source>
        <translation>随机种子(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="217"/>
        <source>One per line, at most 4</source>
        <translation>每行一个，最多 4 个</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="220"/>
        <source>&amp;Stop sequences</source>
        <translation>停止序列(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="224"/>
        <source>Text (server default)</source>
        <translation>文本（服务器默认）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="225"/>
        <source>JSON object</source>
        <translation>JSON 对象</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="226"/>
        <source>JSON schema</source>
        <translation>JSON Schema</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="229"/>
        <source>Sent as response_format; not every server supports JSON schemas.</source>
        <translation>以 response_format 发送；并非所有服务器都支持 JSON Schema。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="231"/>
        <source>&amp;Response format</source>
        <translation>响应格式(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="239"/>
        <source>JSON s&amp;chema</source>
        <translation>JSON Schema(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="243"/>
        <source>Stream answers (SSE)</source>
        <translation>流式返回回答（SSE）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="258"/>
        <source>Limits and cost</source>
        <translation>限制与费用</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="271"/>
        <source>Requests in flight at once.</source>
        <translation>同时进行的请求数。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="272"/>
        <source>C&amp;oncurrency</source>
        <translation>并发数(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="273"/>
        <source>no limit</source>
        <translation>不限制</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="276"/>
        <source>Re&amp;quests / min</source>
        <translation>每分钟请求数(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="280"/>
        <source>Tokens / m&amp;in</source>
        <translation>每分钟 token 数(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="286"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="288"/>
        <source>Per attempt, from sending the request to the last byte of the answer.</source>
        <translation>每次尝试的时长，从发送请求到收到回答的最后一个字节。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="289"/>
        <source>Time&amp;out</source>
        <translation>超时(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="291"/>
        <source>Tries per request, the first included; 429s, 5xx and timeouts are retried with backoff.</source>
        <translation>每个请求的尝试次数（含首次）；遇到 429、5xx 和超时会按退避策略重试。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="293"/>
        <source>&amp;Attempts</source>
        <translation>尝试次数(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="303"/>
        <source>US dollars per 1,000 tokens, as the provider lists them; costs are counted from these.</source>
        <translation>每 1,000 个 token 的美元价格，按提供方的标价填写；费用据此计算。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="308"/>
        <source>Input / 1K &amp;tokens</source>
        <translation>输入 / 1K token(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="310"/>
        <source>O&amp;utput / 1K tokens</source>
        <translation>输出 / 1K token(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="377"/>
        <source>%1 must be a number, not &apos;%2&apos;.</source>
        <translation>%1 必须是数字，而不是“%2”。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="386"/>
        <source>%1 must be a whole number, not &apos;%2&apos;.</source>
        <translation>%1 必须是整数，而不是“%2”。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="389"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="392"/>
        <source>Max tokens</source>
        <translation>最大 token 数</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="396"/>
        <source>Max tokens is too large.</source>
        <translation>最大 token 数过大。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="399"/>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="401"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="415"/>
        <source>The JSON schema must be a JSON object such as {&quot;name&quot;: &quot;ranking&quot;, &quot;schema&quot;: {...}}%1.</source>
        <translation>JSON Schema 必须是 JSON 对象，例如 {&quot;name&quot;: &quot;ranking&quot;, &quot;schema&quot;: {...}}%1。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="419"/>
        <source> (%1 at character %2)</source>
        <translation> （%1，位于第 %2 个字符）</translation>
    </message>
</context>
<context>
    <name>tailor::EndpointStore</name>
    <message>
        <location filename="../core/llm/endpointstore.cpp" line="32"/>
        <source>The endpoint &apos;%1&apos; has an unknown provider &apos;%2&apos;; was it written by a newer Tailor?</source>
        <translation>端点“%1”的提供方“%2”未知；它是否由更新版本的 Tailor 写入？</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointstore.cpp" line="90"/>
        <source>listing LLM endpoints</source>
        <translation>列出 LLM 端点</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointstore.cpp" line="120"/>
        <location filename="../core/llm/endpointstore.cpp" line="154"/>
        <location filename="../core/llm/endpointstore.cpp" line="217"/>
        <source>reading the LLM endpoint</source>
        <translation>读取 LLM 端点</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointstore.cpp" line="127"/>
        <location filename="../core/llm/endpointstore.cpp" line="222"/>
        <source>There is no LLM endpoint named &apos;%1&apos;.</source>
        <translation>没有名为“%1”的 LLM 端点。</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointstore.cpp" line="191"/>
        <source>saving the LLM endpoint</source>
        <translation>保存 LLM 端点</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointstore.cpp" line="230"/>
        <source>removing the LLM endpoint</source>
        <translation>删除 LLM 端点</translation>
    </message>
</context>
<context>
    <name>tailor::EndpointsPage</name>
    <message>
        <location filename="../ui/endpointspage.cpp" line="79"/>
        <source>No workspace open — endpoints are kept in the workspace. Use File → New workspace or Open workspace.</source>
        <translation>未打开工作区 — 端点保存在工作区中。请使用“文件 → 新建工作区”或“打开工作区”。</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="109"/>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="114"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="114"/>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="114"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="114"/>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="114"/>
        <source>In flight</source>
        <translation>并发</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="115"/>
        <source>Concurrency: requests in flight at once</source>
        <translation>并发数：同时进行的请求数</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="144"/>
        <source>&amp;New from preset</source>
        <translation>从预设新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="157"/>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="159"/>
        <source>Remove the selected endpoint from the workspace (admins only).</source>
        <translation>从工作区中删除所选端点（仅限管理员）。</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="175"/>
        <source>Usage in this workspace</source>
        <translation>此工作区中的使用情况</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="182"/>
        <source>Calls</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="183"/>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="184"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="185"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="186"/>
        <source>Cached answers</source>
        <translation>已缓存的回答</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="187"/>
        <source>Cache hits</source>
        <translation>缓存命中</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="197"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="201"/>
        <source>Clear &amp;cache</source>
        <translation>清除缓存(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="203"/>
        <source>Remove every cached answer, so the next identical request goes to the endpoint again (admins only). The clearing is recorded in the audit log.</source>
        <translation>删除所有缓存的回答，使下一个相同的请求再次发送到端点（仅限管理员）。清除操作会记录在审计日志中。</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="228"/>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="229"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="234"/>
        <source>Chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="265"/>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="267"/>
        <source>Drop the changes and show the endpoint as saved.</source>
        <translation>放弃更改，按已保存的状态显示端点。</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="275"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="277"/>
        <source>Save the endpoint in the workspace under its name (admins only).</source>
        <translation>以端点名称将其保存到工作区（仅限管理员）。</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="293"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="297"/>
        <source>Lists the server&apos;s models (GET /models) and sends a tiny chat request, with the settings shown under Configuration, saved or not.</source>
        <translation>列出服务器的模型（GET /models）并发送一个简短的对话请求，使用“配置”中显示的设置（无论是否已保存）。</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="314"/>
        <source>Reachable</source>
        <translation>可访问</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="315"/>
        <source>Model list</source>
        <translation>模型列表</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="316"/>
        <source>Configured model</source>
        <translation>已配置的模型</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="317"/>
        <source>Chat request</source>
        <translation>对话请求</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="318"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="330"/>
        <source>Models the server lists</source>
        <translation>服务器列出的模型</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="383"/>
        <source>Cannot read the endpoints: %1</source>
        <translation>无法读取端点：%1</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="405"/>
        <source>no network</source>
        <translation>不联网</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="471"/>
        <source>the new endpoint</source>
        <translation>新端点</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="472"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="473"/>
        <source>You changed %1 and did not save it. Discard those changes and open &apos;%2&apos;?</source>
        <translation>您修改了%1但尚未保存。要放弃这些更改并打开“%2”吗？</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="560"/>
        <source>Unnamed endpoint</source>
        <translation>未命名端点</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="568"/>
        <source>New endpoint — not saved yet.</source>
        <translation>新端点 — 尚未保存。</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="570"/>
        <source>Changed — not saved yet.</source>
        <translation>已更改 — 尚未保存。</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="572"/>
        <source>Built in: renders and counts tokens without any network call.</source>
        <translation>内置：渲染并统计 token，不发起任何网络调用。</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="574"/>
        <source>Saved by %1 at %2.</source>
        <translation>由 %1 于 %2 保存。</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="593"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="606"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="611"/>
        <source>Saved &apos;%1&apos;.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="622"/>
        <source>Delete endpoint</source>
        <translation>删除端点</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="623"/>
        <source>Delete the endpoint &apos;%1&apos; from this workspace? Its request log entries and cached answers stay.</source>
        <translation>要从此工作区删除端点“%1”吗？其请求日志条目和缓存的回答将保留。</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="653"/>
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="658"/>
        <source>Deleted &apos;%1&apos;.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="670"/>
        <source>Store API key</source>
        <translation>存储 API 密钥</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="671"/>
        <source>API key for the keychain entry &apos;%1&apos;. It goes to the OS keychain only; Tailor saves just the entry&apos;s name.</source>
        <translation>钥匙串条目“%1”的 API 密钥。密钥只会存入操作系统钥匙串；Tailor 仅保存条目名称。</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="675"/>
        <source>Store in keychain</source>
        <translation>存入钥匙串</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="683"/>
        <source>No key was typed; nothing was stored.</source>
        <translation>未输入密钥；未存储任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="686"/>
        <source>Storing the key in the keychain…</source>
        <translation>正在将密钥存入钥匙串…</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="693"/>
        <source>The API key is in the keychain entry &apos;%1&apos;.</source>
        <translation>API 密钥已存入钥匙串条目“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="708"/>
        <source>Cannot test: %1</source>
        <translation>无法测试：%1</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="715"/>
        <source>Testing &apos;%1&apos;…</source>
        <translation>正在测试“%1”…</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="729"/>
        <source>The test was interrupted.</source>
        <translation>测试已中断。</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="749"/>
        <source>&apos;%1&apos; failed the test.</source>
        <translation>“%1”未通过测试。</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="750"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="750"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="752"/>
        <source>%1 listed in %2</source>
        <translation>列出 %1 个，用时 %2</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="755"/>
        <source>not listed</source>
        <translation>未列出</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="757"/>
        <source>listed by the server</source>
        <translation>已由服务器列出</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="758"/>
        <source>not among the listed models</source>
        <translation>不在列出的模型中</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="761"/>
        <source>answered in %1</source>
        <translation>在 %1 内得到响应</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="762"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="766"/>
        <source>Model list and chat request: %1</source>
        <translation>模型列表和对话请求：%1</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="769"/>
        <source>Model list: %1</source>
        <translation>模型列表：%1</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="771"/>
        <source>Chat request: %1</source>
        <translation>对话请求：%1</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="805"/>
        <source>Cannot read the request log: %1</source>
        <translation>无法读取请求日志：%1</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="817"/>
        <source>%1 (%2 ok, %3 failed, %4 cancelled, %5 retries)</source>
        <translation>%1（%2 次成功，%3 次失败，%4 次取消，%5 次重试）</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="822"/>
        <source>%1 prompt + %2 completion</source>
        <translation>提示 %1 + 补全 %2</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="825"/>
        <source>%1; estimated in %2 of the calls</source>
        <translation>%1；其中 %2 次调用为估算值</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="828"/>
        <source>no calls yet</source>
        <translation>尚无调用</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="829"/>
        <source>p50 %1 · p95 %2</source>
        <translation>p50 %1 · p95 %2</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="833"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="835"/>
        <source>%1 hits, %2 misses since Tailor started</source>
        <translation>自 Tailor 启动以来命中 %1 次，未命中 %2 次</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="859"/>
        <source>Cannot clear the cache: %1</source>
        <translation>无法清除缓存：%1</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="864"/>
        <source>Cache cleared; answers removed: %1.</source>
        <translation>缓存已清除；删除的回答：%1。</translation>
    </message>
</context>
<context>
    <name>tailor::FailureClassifier</name>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="30"/>
        <source> (an HTML page: &quot;%1&quot;)</source>
        <translation> （一个 HTML 页面：“%1”）</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="32"/>
        <source> (the server said: %1)</source>
        <translation> （服务器返回：%1）</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="123"/>
        <source>%1 from %2: the account&apos;s quota is exhausted%3. Add credit or raise the quota; retrying will not help.</source>
        <translation>%1（来自 %2）：账户配额已用尽%3。请充值或提高配额；重试无济于事。</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="131"/>
        <source>%1 from %2: %3%4</source>
        <translation>%1（来自 %2）：%3%4</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="136"/>
        <source>%1 from %2: the API key may not use the model &apos;%3&apos; or this API%4</source>
        <translation>%1（来自 %2）：该 API 密钥无权使用模型“%3”或此 API%4</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="141"/>
        <source>%1 from %2: check the base URL and the model name &apos;%3&apos;%4</source>
        <translation>%1（来自 %2）：请检查基础 URL 和模型名称“%3”%4</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="147"/>
        <source>%1 from %2: the server timed out%3</source>
        <translation>%1（来自 %2）：服务器超时%3</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="151"/>
        <source>%1 from %2: the endpoint&apos;s rate limit was hit%3</source>
        <translation>%1（来自 %2）：已达到端点的速率限制%3</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="158"/>
        <location filename="../core/llm/failureclassifier.cpp" line="170"/>
        <source>%1 from %2: the server failed%3</source>
        <translation>%1（来自 %2）：服务器出错%3</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="165"/>
        <source>%1 from %2: the server rejected the request%3</source>
        <translation>%1（来自 %2）：服务器拒绝了请求%3</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="173"/>
        <source>Unexpected HTTP status %1 from %2%3</source>
        <translation>来自 %2 的意外 HTTP 状态 %1%3</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="183"/>
        <source>%1 reported an error inside its answer%2</source>
        <translation>%1 在其回答中报告了错误%2</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="195"/>
        <source>Could not connect to %1: the connection was refused. Is the server running, and are the host and port right?</source>
        <translation>无法连接到 %1：连接被拒绝。服务器是否在运行？主机和端口是否正确？</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="202"/>
        <source>The host &apos;%1&apos; was not found (DNS): check the base URL %2.</source>
        <translation>找不到主机“%1”（DNS）：请检查基础 URL %2。</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="207"/>
        <source>%1 closed the connection before the answer was complete.</source>
        <translation>%1 在回答完成之前关闭了连接。</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="212"/>
        <source>The connection to %1 timed out.</source>
        <translation>连接 %1 超时。</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="217"/>
        <source>TLS error with %1: %2. Check that the URL&apos;s scheme (http/https) matches the server and that its certificate is trusted.</source>
        <translation>与 %1 通信时发生 TLS 错误：%2。请检查 URL 的协议（http/https）是否与服务器匹配，以及其证书是否受信任。</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="226"/>
        <source>The network failed while talking to %1: %2</source>
        <translation>与 %1 通信时网络出错：%2</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="236"/>
        <source>The proxy failed to reach %1: %2</source>
        <translation>代理无法访问 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="241"/>
        <source>%1 is not an http:// or https:// URL Tailor can use.</source>
        <translation>%1 不是 Tailor 可用的 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="247"/>
        <source>%1 redirects in a way Tailor does not follow (%2): use the address it redirects to.</source>
        <translation>%1 的重定向方式 Tailor 不予跟随（%2）：请直接使用重定向的目标地址。</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="255"/>
        <source>%1 did not answer in a way Tailor understands: %2</source>
        <translation>%1 的回答格式 Tailor 无法理解：%2</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="263"/>
        <source>%1 answered with %2; is it an OpenAI-compatible API base URL (usually ending in /v1)?</source>
        <translation>%1 返回了%2；这是否是兼容 OpenAI 的 API 基础 URL（通常以 /v1 结尾）？</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="272"/>
        <source>The stream from %1 ended before the answer was complete (no [DONE] and no finish_reason).</source>
        <translation>来自 %1 的数据流在回答完成之前结束（没有 [DONE]，也没有 finish_reason）。</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="281"/>
        <source>No complete answer from %1 within the timeout of %2 s.</source>
        <translation>在 %2 秒的超时时间内未从 %1 收到完整回答。</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="289"/>
        <source>The answer from %1 is larger than %2 MB; Tailor stopped reading it.</source>
        <translation>来自 %1 的回答大于 %2 MB；Tailor 已停止读取。</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="299"/>
        <source>%1 redirected to %2, from https to plain http: Tailor does not send the API key or the prompt unencrypted. Set the base URL to an https address that answers without a redirect.</source>
        <translation>%1 重定向到 %2，从 https 降为普通 http：Tailor 不会以未加密方式发送 API 密钥或提示词。请将基础 URL 设置为无需重定向即可响应的 https 地址。</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="306"/>
        <source>%1 redirected to %2: Tailor sends the API key and the prompt only to the base URL&apos;s own scheme, host and port, never to another. If that address is the real endpoint, set the base URL to it.</source>
        <translation>%1 重定向到 %2：Tailor 只会将 API 密钥和提示词发送到基础 URL 自身的协议、主机和端口，绝不发往其他地址。如果该地址才是真正的端点，请将基础 URL 设置为该地址。</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="318"/>
        <source>%1 answered %2 with a redirect to %3, which would turn the chat request into a GET without its body: set the base URL to the address it redirects to.</source>
        <translation>%1 对 %2 的响应是重定向到 %3，这会把对话请求变成不带请求体的 GET：请将基础 URL 设置为其重定向的目标地址。</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="330"/>
        <source>%1 redirected more than %2 times in a row, last to %3: set the base URL to the address that answers.</source>
        <translation>%1 连续重定向超过 %2 次，最后一次重定向到 %3：请将基础 URL 设置为实际响应的地址。</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="342"/>
        <source>%1 (gave up after %2 attempts)</source>
        <translation>%1（尝试 %2 次后放弃）</translation>
    </message>
</context>
<context>
    <name>tailor::ImportRequest</name>
    <message>
        <location filename="../core/profiles/importrequest.cpp" line="14"/>
        <source>&apos;%1&apos; is not a column mapping: write ROLE=COLUMN, e.g. user=userId.</source>
        <translation>“%1”不是列映射：请写成 ROLE=COLUMN，例如 user=userId。</translation>
    </message>
    <message>
        <location filename="../core/profiles/importrequest.cpp" line="40"/>
        <source>Unknown column role &apos;%1&apos;: use user, item, time, kind, value, id, title, categories or consent.</source>
        <translation>未知列角色“%1”：请使用 user、item、time、kind、value、id、title、categories 或 consent。</translation>
    </message>
    <message>
        <location filename="../core/profiles/importrequest.cpp" line="212"/>
        <source>Unknown format &apos;%1&apos;: use auto, ml-100k, ml-1m, ml-10m, ml-csv, csv or jsonl.</source>
        <translation>未知格式“%1”：请使用 auto、ml-100k、ml-1m、ml-10m、ml-csv、csv 或 jsonl。</translation>
    </message>
    <message>
        <location filename="../core/profiles/importrequest.cpp" line="240"/>
        <source>Unknown encoding &apos;%1&apos;: use auto, utf-8 or latin-1.</source>
        <translation>未知编码“%1”：请使用 auto、utf-8 或 latin-1。</translation>
    </message>
    <message>
        <location filename="../core/profiles/importrequest.cpp" line="256"/>
        <source>Unknown timestamp unit &apos;%1&apos;: use auto, s, ms or iso.</source>
        <translation>未知时间戳单位“%1”：请使用 auto、s、ms 或 iso。</translation>
    </message>
</context>
<context>
    <name>tailor::InterestChart</name>
    <message>
        <location filename="../ui/widgets/interestchart.cpp" line="32"/>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
</context>
<context>
    <name>tailor::InterestFormula</name>
    <message>
        <location filename="../core/profiles/interestformula.cpp" line="71"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../core/profiles/interestformula.cpp" line="73"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../core/profiles/interestformula.cpp" line="75"/>
        <source>dislike</source>
        <translation>不喜欢</translation>
    </message>
    <message>
        <location filename="../core/profiles/interestformula.cpp" line="79"/>
        <source>low</source>
        <translation>低</translation>
    </message>
</context>
<context>
    <name>tailor::LineReader</name>
    <message>
        <location filename="../core/profiles/import/linereader.cpp" line="89"/>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/linereader.cpp" line="92"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/linereader.cpp" line="95"/>
        <location filename="../core/profiles/import/linereader.cpp" line="159"/>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/linereader.cpp" line="109"/>
        <source>%1 ends its lines with a bare carriage return (old Mac line ends); convert it to LF or CRLF line ends first.</source>
        <translation>%1 使用单独的回车符作为行尾（旧式 Mac 行尾）；请先将其转换为 LF 或 CRLF 行尾。</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/linereader.cpp" line="180"/>
        <source>%1 changed while it was being read (%2 bytes when the import began, %3 bytes now); import it again once it is complete</source>
        <translation>%1 在读取过程中发生了变化（导入开始时为 %2 字节，现在为 %3 字节）；请在文件完整后重新导入</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/linereader.cpp" line="216"/>
        <source>%1, line %2: no line break in the next %3 MiB, so this is not a text file with one record per line (is it binary, compressed, or does it end lines with a bare carriage return?)</source>
        <translation>%1，第 %2 行：接下来的 %3 MiB 中没有换行符，因此这不是每行一条记录的文本文件（它是二进制文件、压缩文件，还是使用单独的回车符作为行尾？）</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/linereader.cpp" line="246"/>
        <source>byte %1 is not valid UTF-8; if the file is Latin-1, import it with the encoding latin-1</source>
        <translation>第 %1 字节不是有效的 UTF-8；如果文件是 Latin-1 编码，请使用 latin-1 编码导入</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/linereader.cpp" line="253"/>
        <source>byte %1 is not valid UTF-8, but earlier lines were: the file mixes UTF-8 and Latin-1 text; convert it to one encoding</source>
        <translation>第 %1 字节不是有效的 UTF-8，但之前的行是：文件混用了 UTF-8 和 Latin-1 文本；请将其转换为单一编码</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/linereader.cpp" line="262"/>
        <source>the line is UTF-8 text, but earlier lines were Latin-1: the file mixes Latin-1 and UTF-8 text; convert it to one encoding</source>
        <translation>该行是 UTF-8 文本，但之前的行是 Latin-1：文件混用了 Latin-1 和 UTF-8 文本；请将其转换为单一编码</translation>
    </message>
</context>
<context>
    <name>tailor::LlmClient</name>
    <message>
        <location filename="../core/llm/llmclient.cpp" line="58"/>
        <location filename="../core/llm/llmdispatcher.cpp" line="644"/>
        <source>Cancelled: the LLM client is shutting down.</source>
        <translation>已取消：LLM 客户端正在关闭。</translation>
    </message>
    <message>
        <location filename="../core/llm/llmdispatcher.cpp" line="529"/>
        <source>%1; the server asks to wait %2 s before retrying, longer than Tailor waits</source>
        <translation>%1；服务器要求重试前等待 %2 秒，超过了 Tailor 的等待上限</translation>
    </message>
    <message>
        <location filename="../core/llm/llmdispatcher.cpp" line="666"/>
        <source>The request has no messages to send.</source>
        <translation>该请求没有可发送的消息。</translation>
    </message>
    <message>
        <location filename="../core/llm/llmdispatcher.cpp" line="735"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../core/llm/llmdispatcher.cpp" line="960"/>
        <source>no model list</source>
        <translation>没有模型列表</translation>
    </message>
</context>
<context>
    <name>tailor::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="38"/>
        <source>Tailor workspaces (*.tailor);;All files (*)</source>
        <translation>Tailor 工作区 (*.tailor);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="48"/>
        <location filename="../ui/mainwindow.cpp" line="81"/>
        <location filename="../ui/mainwindow.cpp" line="407"/>
        <source>Tailor</source>
        <translation>Tailor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="111"/>
        <source>Profiles</source>
        <translation>用户画像</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>Prompts</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>Experiments are not available yet</source>
        <translation>实验功能尚未推出</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>Compare prompt versions against an LLM endpoint on a sample of profiles, with ranking metrics and blind side-by-side review.</source>
        <translation>通过 LLM 端点在用户画像样本上比较提示词版本，提供排序指标和并排盲评。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="122"/>
        <source>Experiments arrive in a later version of Tailor, after prompts and the LLM endpoint.</source>
        <translation>实验功能将在 Tailor 的后续版本中提供，晚于提示词和 LLM 端点。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>Metrics are not available yet</source>
        <translation>指标功能尚未推出</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Follow feedback and engagement from production in charts per prompt version.</source>
        <translation>以图表形式按提示词版本跟踪生产环境中的反馈和用户参与度。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>Ingesting events and charting them arrive in a later version of Tailor.</source>
        <translation>事件采集和图表展示将在 Tailor 的后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>Releases</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130"/>
        <source>Releases are not available yet</source>
        <translation>发布功能尚未推出</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Request a prompt release, approve it with a second pair of eyes, and roll it back when needed.</source>
        <translation>申请发布提示词，经第二人审批后发布，并在需要时回滚。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>The release workflow arrives in a later version of Tailor.</source>
        <translation>发布流程将在 Tailor 的后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164"/>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation>连接到 PostgreSQL(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="175"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>&amp;About Tailor</source>
        <translation>关于 Tailor(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <source>About Tailor</source>
        <translation>关于 Tailor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <source>&lt;h3&gt;Tailor %1&lt;/h3&gt;&lt;p&gt;Tailor is a workbench for prompt and profile operations in LLM-driven personalized recommendation. This version imports interaction data and browses the user profiles built from it, versions and labels prompt templates with diffs and previews, and talks to OpenAI-compatible LLM endpoints; every change is kept in a tamper-evident audit log. Workspaces live in an SQLite file or on a PostgreSQL server.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tailor %1&lt;/h3&gt;&lt;p&gt;Tailor 是面向 LLM 驱动的个性化推荐的提示词与用户画像运营工作台。此版本可导入交互数据并浏览据此构建的用户画像，对提示词模板进行版本和标签管理，并提供差异比较和预览，还可与兼容 OpenAI 的 LLM 端点通信；每次更改都会记录在防篡改的审计日志中。工作区保存在 SQLite 文件或 PostgreSQL 服务器上。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="211"/>
        <source>LLM: not configured</source>
        <translation>LLM：未配置</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>LLM endpoints are kept in a workspace; open one to configure them.</source>
        <translation>LLM 端点保存在工作区中；请打开一个工作区以进行配置。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>LLM: …</source>
        <translation>LLM：…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>Reading the workspace&apos;s LLM endpoints…</source>
        <translation>正在读取工作区的 LLM 端点…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>%1 — %2, %3 at %4</source>
        <translation>%1 — %2，%3，位于 %4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="233"/>
        <source>no network</source>
        <translation>不联网</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>LLM: dry-run only</source>
        <translation>LLM：仅试运行</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>LLM: %1 (%2)</source>
        <translation>LLM：%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241"/>
        <source>LLM: %1 endpoints</source>
        <translation>LLM：%1 个端点</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243"/>
        <source>No LLM endpoint is configured; the built-in dry run counts tokens without sending anything. Add one in Settings → LLM endpoints.</source>
        <translation>未配置 LLM 端点；内置的试运行只统计 token，不发送任何内容。请在“设置 → LLM 端点”中添加。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247"/>
        <source> · works</source>
        <translation> · 正常</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247"/>
        <source> · test failed</source>
        <translation> · 测试失败</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source> · %1 works</source>
        <translation> · %1 正常</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source> · %1 failed</source>
        <translation> · %1 失败</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="251"/>
        <source>Last connection test: %1</source>
        <translation>上次连接测试：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>Not tested since Tailor started: Settings → LLM endpoints → Test connection.</source>
        <translation>自 Tailor 启动以来尚未测试：设置 → LLM 端点 → 测试连接。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="291"/>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="304"/>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <source>&amp;Clear list</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>Creating %1…</source>
        <translation>正在创建 %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="350"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="408"/>
        <source>No workspace open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="415"/>
        <source>%1 — Tailor</source>
        <translation>%1 — Tailor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="418"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="420"/>
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
        <location filename="../core/storage/migrator.cpp" line="96"/>
        <source>reading the list of tables</source>
        <translation>读取表列表</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="100"/>
        <source>%1 is not a Tailor workspace: it is not an SQLite database.</source>
        <translation>%1 不是 Tailor 工作区：它不是 SQLite 数据库。</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="119"/>
        <source>reading the schema version</source>
        <translation>读取架构版本</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="132"/>
        <source>The workspace %1 was created by a newer Tailor (schema version %2; this Tailor knows up to %3). Upgrade Tailor to open it; the workspace was not changed.</source>
        <translation>工作区 %1 由更新版本的 Tailor 创建（架构版本 %2；此版本的 Tailor 最高支持 %3）。请升级 Tailor 后再打开；工作区未被更改。</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="150"/>
        <source>%1 holds tables that are not Tailor&apos;s; Tailor will not change it.</source>
        <translation>%1 中包含不属于 Tailor 的表；Tailor 不会对其进行更改。</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="175"/>
        <source>reading the workspace&apos;s owner</source>
        <translation>读取工作区的所有者</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="180"/>
        <source>The workspace %1 needs schema migration %2 (it is at version %3), which only its owner, %4, may apply: ask them to run `tailor-cli workspace migrate`. Nothing was changed.</source>
        <translation>工作区 %1 需要执行架构迁移 %2（当前版本为 %3），只有其所有者 %4 可以执行：请让其运行 `tailor-cli workspace migrate`。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="204"/>
        <source>creating the schema version table</source>
        <translation>创建架构版本表</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="217"/>
        <source>Migration %1_%2 failed: %3</source>
        <translation>迁移 %1_%2 失败：%3</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="227"/>
        <source>recording migration %1</source>
        <translation>记录迁移 %1</translation>
    </message>
</context>
<context>
    <name>tailor::MoveLabelDialog</name>
    <message>
        <location filename="../ui/movelabeldialog.cpp" line="20"/>
        <location filename="../ui/movelabeldialog.cpp" line="47"/>
        <source>Move label</source>
        <translation>移动标签</translation>
    </message>
    <message>
        <location filename="../ui/movelabeldialog.cpp" line="22"/>
        <source>Point a label of %1 at version %2.</source>
        <translation>将 %1 的一个标签指向版本 %2。</translation>
    </message>
    <message>
        <location filename="../ui/movelabeldialog.cpp" line="32"/>
        <source>for example: candidate</source>
        <translation>例如：candidate</translation>
    </message>
    <message>
        <location filename="../ui/movelabeldialog.cpp" line="34"/>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/movelabeldialog.cpp" line="37"/>
        <source>Why (kept in the label history)</source>
        <translation>原因（保存在标签历史中）</translation>
    </message>
    <message>
        <location filename="../ui/movelabeldialog.cpp" line="38"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/movelabeldialog.cpp" line="74"/>
        <source>&apos;%1&apos; is protected: until releases arrive, only an admin may move it.</source>
        <translation>“%1”受保护：在发布功能推出之前，只有管理员可以移动它。</translation>
    </message>
</context>
<context>
    <name>tailor::MustacheTemplate</name>
    <message>
        <location filename="../core/prompts/mustachetemplate.cpp" line="169"/>
        <source>Empty tag name in &apos;%1&apos; at line %2, column %3</source>
        <translation>“%1”中的标签名为空（第 %2 行，第 %3 列）</translation>
    </message>
    <message>
        <location filename="../core/prompts/mustachetemplate.cpp" line="175"/>
        <source>Tag name &apos;%1&apos; at line %2, column %3 contains whitespace</source>
        <translation>第 %2 行第 %3 列的标签名“%1”包含空白字符</translation>
    </message>
    <message>
        <location filename="../core/prompts/mustachetemplate.cpp" line="182"/>
        <source>Invalid name &apos;%1&apos; at line %2, column %3: a dotted name cannot have an empty part</source>
        <translation>第 %2 行第 %3 列的名称“%1”无效：带点的名称不能有空的部分</translation>
    </message>
    <message>
        <location filename="../core/prompts/mustachetemplate.cpp" line="235"/>
        <source>Invalid delimiter change &apos;%1&apos; at line %2, column %3: it must end with &apos;=&apos; before the closing delimiter</source>
        <translation>第 %2 行第 %3 列的定界符更改“%1”无效：必须在结束定界符之前以 &apos;=&apos; 结尾</translation>
    </message>
    <message>
        <location filename="../core/prompts/mustachetemplate.cpp" line="254"/>
        <source>Invalid delimiter change &apos;%1&apos; at line %2, column %3: expected an opening and a closing delimiter separated by whitespace</source>
        <translation>第 %2 行第 %3 列的定界符更改“%1”无效：应为以空白分隔的开始定界符和结束定界符</translation>
    </message>
    <message>
        <location filename="../core/prompts/mustachetemplate.cpp" line="295"/>
        <source>Unclosed tag &apos;%1&apos; opened at line %2, column %3</source>
        <translation>在第 %2 行第 %3 列打开的标签“%1”未闭合</translation>
    </message>
    <message>
        <location filename="../core/prompts/mustachetemplate.cpp" line="351"/>
        <source>&apos;%1&apos; at line %2, column %3 opens a section inside %4 others; Tailor allows at most %4 levels of nested sections</source>
        <translation>第 %2 行第 %3 列的“%1”在另外 %4 层区块内打开了一个区块；Tailor 最多允许 %4 层嵌套区块</translation>
    </message>
    <message>
        <location filename="../core/prompts/mustachetemplate.cpp" line="381"/>
        <source>&apos;%1&apos; at line %2, column %3 closes no open section</source>
        <translation>第 %2 行第 %3 列的“%1”没有可关闭的已打开区块</translation>
    </message>
    <message>
        <location filename="../core/prompts/mustachetemplate.cpp" line="387"/>
        <source>&apos;%1&apos; at line %2, column %3 closes section &apos;%4&apos; opened at line %5, column %6</source>
        <translation>第 %2 行第 %3 列的“%1”关闭了在第 %5 行第 %6 列打开的区块“%4”</translation>
    </message>
    <message>
        <location filename="../core/prompts/mustachetemplate.cpp" line="443"/>
        <source>Section &apos;%1&apos; opened at line %2, column %3 is never closed</source>
        <translation>在第 %2 行第 %3 列打开的区块“%1”从未闭合</translation>
    </message>
    <message>
        <location filename="../core/prompts/mustachetemplate.cpp" line="706"/>
        <source>The rendered text would be longer than %1 characters; rendering stopped</source>
        <translation>渲染后的文本将超过 %1 个字符；已停止渲染</translation>
    </message>
    <message>
        <location filename="../core/prompts/mustachetemplate.cpp" line="713"/>
        <source>Rendering took more than %1 steps (sections over lists multiply: check nested sections); rendering stopped</source>
        <translation>渲染超过了 %1 步（对列表展开的区块会成倍增加：请检查嵌套区块）；已停止渲染</translation>
    </message>
</context>
<context>
    <name>tailor::NewPromptDialog</name>
    <message>
        <location filename="../ui/newpromptdialog.cpp" line="19"/>
        <source>New prompt</source>
        <translation>新建提示词</translation>
    </message>
    <message>
        <location filename="../ui/newpromptdialog.cpp" line="21"/>
        <source>The prompt starts as version 1 of a small template with one input and a sample, ready to edit.</source>
        <translation>提示词以一个小模板的版本 1 开始，包含一个输入和一个示例值，可直接编辑。</translation>
    </message>
    <message>
        <location filename="../ui/newpromptdialog.cpp" line="31"/>
        <source>for example: weekly-digest</source>
        <translation>例如：weekly-digest</translation>
    </message>
    <message>
        <location filename="../ui/newpromptdialog.cpp" line="33"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/newpromptdialog.cpp" line="40"/>
        <source>(no folder)</source>
        <translation>（无文件夹）</translation>
    </message>
    <message>
        <location filename="../ui/newpromptdialog.cpp" line="41"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/newpromptdialog.cpp" line="51"/>
        <source>Create prompt</source>
        <translation>创建提示词</translation>
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
        <location filename="../core/identity/operatorservice.cpp" line="24"/>
        <location filename="../core/identity/operatorservice.cpp" line="32"/>
        <source>granting a role</source>
        <translation>授予角色</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="40"/>
        <location filename="../core/identity/operatorservice.cpp" line="42"/>
        <source>revoking a role</source>
        <translation>撤销角色</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="60"/>
        <location filename="../core/identity/operatorservice.cpp" line="166"/>
        <source>reading the operator&apos;s role</source>
        <translation>读取操作员的角色</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="76"/>
        <source>listing operators</source>
        <translation>列出操作员</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="96"/>
        <source>Operator &apos;%1&apos; has the role %2 and may not %3 in this workspace; ask an admin.</source>
        <translation>操作员“%1”的角色为%2，无权在此工作区%3；请联系管理员。</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="106"/>
        <source>counting admins</source>
        <translation>统计管理员数量</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="117"/>
        <source>&apos;%1&apos; is not a valid operator name.</source>
        <translation>“%1”不是有效的操作员名称。</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="136"/>
        <location filename="../core/identity/operatorservice.cpp" line="180"/>
        <source>&apos;%1&apos; is the last admin of this workspace; make someone else admin first.</source>
        <translation>“%1”是此工作区的最后一位管理员；请先将其他人设为管理员。</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="171"/>
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
    <name>tailor::ProfileDeriver</name>
    <message>
        <location filename="../core/profiles/profilederiver.cpp" line="573"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>tailor::ProfileFilter</name>
    <message>
        <location filename="../core/profiles/profilefilter.cpp" line="61"/>
        <source>The filter&apos;s active_from is not an ISO 8601 date.</source>
        <translation>筛选条件的 active_from 不是 ISO 8601 日期。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilefilter.cpp" line="68"/>
        <source>The filter&apos;s active_until is not an ISO 8601 date.</source>
        <translation>筛选条件的 active_until 不是 ISO 8601 日期。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilefilter.cpp" line="93"/>
        <source>%1 disliked</source>
        <translation>不喜欢 %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilefilter.cpp" line="103"/>
        <source>active since %1</source>
        <translation>自 %1 起活跃</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilefilter.cpp" line="106"/>
        <source>active before %1</source>
        <translation>%1 之前活跃</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilefilter.cpp" line="109"/>
        <source>consent %1</source>
        <translation>授权 %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilefilter.cpp" line="114"/>
        <source>search &apos;%1&apos;</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilefilter.cpp" line="116"/>
        <source>at least %1 interactions</source>
        <translation>至少 %1 次交互</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilefilter.cpp" line="118"/>
        <source>all users</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilefilter.cpp" line="128"/>
        <source>&apos;%1&apos; names no category: write CATEGORY[:MIN[-MAX]] or CATEGORY:high.</source>
        <translation>“%1”未指定类别：请写成 CATEGORY[:MIN[-MAX]] 或 CATEGORY:high。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilefilter.cpp" line="162"/>
        <source>&apos;%1&apos; is not a strength range: use MIN or MIN-MAX between 0 and 1, or high, medium, low, dislike.</source>
        <translation>“%1”不是强度范围：请使用 0 到 1 之间的 MIN 或 MIN-MAX，或者 high、medium、low、dislike。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilefilter.cpp" line="198"/>
        <source>Unknown consent &apos;%1&apos;: use any, granted, refused or unknown.</source>
        <translation>未知授权状态“%1”：请使用 any、granted、refused 或 unknown。</translation>
    </message>
</context>
<context>
    <name>tailor::ProfileImportDialog</name>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="52"/>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="54"/>
        <source>MovieLens 100K (u.data, u.item, u.user)</source>
        <translation>MovieLens 100K（u.data、u.item、u.user）</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="57"/>
        <source>MovieLens 1M/10M (.dat)</source>
        <translation>MovieLens 1M/10M（.dat）</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="59"/>
        <source>MovieLens CSV (ratings.csv, movies.csv)</source>
        <translation>MovieLens CSV（ratings.csv、movies.csv）</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="62"/>
        <source>CSV with a header row</source>
        <translation>带表头行的 CSV</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="64"/>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="104"/>
        <location filename="../ui/profileimportdialog.cpp" line="391"/>
        <source>Import profile data</source>
        <translation>导入用户画像数据</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="112"/>
        <source>A file of interactions, items or users</source>
        <translation>包含交互、物品或用户的文件</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="113"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="117"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="122"/>
        <source>Interactions</source>
        <translation>交互</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="123"/>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="124"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="135"/>
        <source>The file holds:</source>
        <translation>文件内容：</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="127"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="139"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="162"/>
        <location filename="../ui/profileimportdialog.cpp" line="178"/>
        <source>User id</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="164"/>
        <location filename="../ui/profileimportdialog.cpp" line="172"/>
        <source>Item id</source>
        <translation>物品 ID</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="166"/>
        <source>Timestamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="168"/>
        <source>Event kind</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="170"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="174"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="176"/>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="180"/>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="199"/>
        <source>Required: the file&apos;s column for %1</source>
        <translation>必填：文件中对应%1的列</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="200"/>
        <source>Optional: the file&apos;s column for %1</source>
        <translation>可选：文件中对应%1的列</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="202"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="212"/>
        <source>detect (seconds, milliseconds or ISO 8601)</source>
        <translation>自动识别（秒、毫秒或 ISO 8601）</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="213"/>
        <source>seconds since 1970</source>
        <translation>自 1970 年起的秒数</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="214"/>
        <source>milliseconds since 1970</source>
        <translation>自 1970 年起的毫秒数</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="215"/>
        <source>ISO 8601 date and time</source>
        <translation>ISO 8601 日期和时间</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="216"/>
        <source>Timestamps are</source>
        <translation>时间戳格式</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="221"/>
        <source>The event kind of rows when the file has no kind column</source>
        <translation>文件没有事件类型列时各行的事件类型</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="222"/>
        <source>Kind if no column</source>
        <translation>无列时的类型</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="231"/>
        <source>What separates the categories inside the categories column</source>
        <translation>类别列中分隔各类别的字符</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="232"/>
        <source>Category separator</source>
        <translation>类别分隔符</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="241"/>
        <source>Other column</source>
        <translation>其他列</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="241"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="241"/>
        <source>Personal data</source>
        <translation>个人数据</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="251"/>
        <source>Columns not mapped above: keep them as attributes, and mark those holding personal data (masked unless an operator may reveal them)</source>
        <translation>上方未映射的列：作为属性保留，并标记包含个人数据的列（除非操作员有权显示，否则将被遮蔽）</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="267"/>
        <source>The consent of new users when the file has no consent column</source>
        <translation>文件没有同意列时新用户的同意状态</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="269"/>
        <source>Consent of new users when the file has no consent column:</source>
        <translation>文件没有同意列时新用户的同意状态：</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="284"/>
        <location filename="../ui/profileimportdialog.cpp" line="445"/>
        <source>Choose a file to see its first rows.</source>
        <translation>选择文件以查看其前几行。</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="301"/>
        <source>The same import from the command line</source>
        <translation>在命令行中执行相同的导入</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="306"/>
        <source>Skip bad rows (write them to a rejects file) instead of importing nothing</source>
        <translation>跳过错误行（写入拒绝文件），而不是什么都不导入</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="324"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="327"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="355"/>
        <source>Cancelling at the next batch…</source>
        <translation>将在下一批次时取消…</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="392"/>
        <source>Data files (*.csv *.tsv *.dat *.data *.item *.user *.jsonl *.json *.txt);;All files (*)</source>
        <translation>数据文件 (*.csv *.tsv *.dat *.data *.item *.user *.jsonl *.json *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="481"/>
        <source>not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="482"/>
        <source>personal data</source>
        <translation>个人数据</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="482"/>
        <source>attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="503"/>
        <source>%1 files have a fixed layout, so their columns need no mapping: %2.</source>
        <translation>%1 文件的布局是固定的，其列无需映射：%2。</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="504"/>
        <location filename="../ui/profileimportdialog.cpp" line="507"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="506"/>
        <source>Personal data (masked until revealed): %1.</source>
        <translation>个人数据（显示前将被遮蔽）：%1。</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="518"/>
        <source>Choose a column…</source>
        <translation>选择一列…</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="520"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="574"/>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="575"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profileimportdialog.cpp" line="597"/>
        <source>Format: %1 · %2 · first %n rows</source>
        <translation>
            <numerusform>格式：%1 · %2 · 前 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="600"/>
        <source>Choose the columns above: the file cannot be imported as mapped.</source>
        <translation>请在上方选择列：按当前映射无法导入此文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profileimportdialog.cpp" line="606"/>
        <source>%n of these rows cannot be imported (see Problem): the import stops at the first bad row unless bad rows are skipped.</source>
        <translation>
            <numerusform>这些行中有 %n 行无法导入（见“问题”列）：除非跳过错误行，否则导入会在第一个错误行处停止。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="623"/>
        <source>Command line: %1</source>
        <translation>命令行：%1</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="634"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profileimportdialog.cpp" line="648"/>
        <source>%1: %Ln rows</source>
        <translation>
            <numerusform>%1：%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="670"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="671"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="676"/>
        <source>Imported %1: %L2 new, %L3 updated, %L4 duplicates, %L5 rejected.</source>
        <translation>已导入 %1：新增 %L2，更新 %L3，重复 %L4，拒绝 %L5。</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="683"/>
        <source>It had finished before the cancel took effect.</source>
        <translation>在取消生效之前导入已经完成。</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="686"/>
        <source>Conflicting duplicates (other values than the row already imported, which was kept): %L1. The first: %2.</source>
        <translation>存在冲突的重复项（其值与已导入并保留的行不同）：%L1。第一个：%2。</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="692"/>
        <source>Skip bad rows to have each of them listed in a rejects file.</source>
        <translation>勾选“跳过错误行”，可将其中每一项列在拒绝行文件中。</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="695"/>
        <source>Rejected rows are in %1.</source>
        <translation>被拒绝的行位于 %1。</translation>
    </message>
</context>
<context>
    <name>tailor::ProfileImporter</name>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="76"/>
        <source>%1, line %2, column %3 (%4)</source>
        <translation>%1，第 %2 行，第 %3 列（%4）</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="81"/>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="110"/>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="113"/>
        <location filename="../core/profiles/profileimporter.cpp" line="123"/>
        <source>%1, line 1: %2.</source>
        <translation>%1，第 1 行：%2。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="167"/>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>带引号的字段在文件结束前未闭合</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="364"/>
        <location filename="../core/profiles/profileimporter.cpp" line="429"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="424"/>
        <source>line %1, column %2 (%3): %4</source>
        <translation>第 %1 行，第 %2 列（%3）：%4</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="498"/>
        <location filename="../core/profiles/profileimporter.cpp" line="899"/>
        <source>Cannot write the rejects file %1: %2.</source>
        <translation>无法写入拒绝行文件 %1：%2。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="524"/>
        <source>conflict: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="544"/>
        <source>The import of %1 was cancelled; the workspace is unchanged.</source>
        <translation>%1 的导入已取消；工作区未更改。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="600"/>
        <source>reading</source>
        <translation>读取中</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="188"/>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="199"/>
        <source> — the last line looks truncated (the file does not end with a newline)</source>
        <translation> — 最后一行似乎被截断（文件未以换行符结尾）</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="606"/>
        <location filename="../core/profiles/profileimporter.cpp" line="837"/>
        <source>. Nothing was imported from %1.</source>
        <translation>。未从 %1 导入任何内容。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="664"/>
        <source>%1, line %2: the %3 of user %4 for item %5 at %6 is already %7, not %8; the first value is kept</source>
        <translation>%1，第 %2 行：用户 %4 在 %6 对物品 %5 的%3已为 %7，而不是 %8；保留第一个值</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="791"/>
        <source>%1, line %2: item %3 already came on line %4 with other values; the first row is kept</source>
        <translation>%1，第 %2 行：物品 %3 已在第 %4 行出现且值不同；保留第一行</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="794"/>
        <source>%1, line %2: user %3 already came on line %4 with other values; the first row is kept</source>
        <translation>%1，第 %2 行：用户 %3 已在第 %4 行出现且值不同；保留第一行</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="879"/>
        <source>deriving profiles</source>
        <translation>推导用户画像</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="915"/>
        <source>committing</source>
        <translation>提交中</translation>
    </message>
</context>
<context>
    <name>tailor::ProfileStore</name>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="762"/>
        <source>reading profiles</source>
        <translation>读取用户画像</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="705"/>
        <source>reading attributes</source>
        <translation>读取属性</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="808"/>
        <location filename="../core/profiles/profilestore.cpp" line="890"/>
        <source>reading interests</source>
        <translation>读取兴趣</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="847"/>
        <source>reading the profile</source>
        <translation>读取用户画像</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="852"/>
        <source>There is no user &apos;%1&apos; in this workspace.</source>
        <translation>此工作区中没有用户“%1”。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="925"/>
        <source>reading the interaction history</source>
        <translation>读取交互历史</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="950"/>
        <source>reading item categories</source>
        <translation>读取物品类别</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="260"/>
        <location filename="../core/profiles/profilestore.cpp" line="414"/>
        <location filename="../core/profiles/profilestore.cpp" line="990"/>
        <location filename="../core/profiles/profilestore.cpp" line="1030"/>
        <source>counting profiles</source>
        <translation>统计用户画像</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="111"/>
        <source>looking up a category</source>
        <translation>查找类别</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="121"/>
        <source>There is no category &apos;%1&apos; (categories: %2).</source>
        <translation>没有类别“%1”（现有类别：%2）。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="124"/>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="607"/>
        <source>Unknown column &apos;%1&apos;: sort by user, interactions, first, last, top or consent.</source>
        <translation>未知列“%1”：请按 user、interactions、first、last、top 或 consent 排序。</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="1010"/>
        <source>listing profiles</source>
        <translation>列出用户画像</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="1038"/>
        <source>reading categories</source>
        <translation>读取类别</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="1045"/>
        <source>reading workspace metadata</source>
        <translation>读取工作区元数据</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="1056"/>
        <source>reading the activity span</source>
        <translation>读取活动时间范围</translation>
    </message>
</context>
<context>
    <name>tailor::ProfileTableModel</name>
    <message>
        <location filename="../ui/models/profiletablemodel.cpp" line="119"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/models/profiletablemodel.cpp" line="121"/>
        <source>Interactions</source>
        <translation>交互</translation>
    </message>
    <message>
        <location filename="../ui/models/profiletablemodel.cpp" line="123"/>
        <source>First activity</source>
        <translation>首次活动</translation>
    </message>
    <message>
        <location filename="../ui/models/profiletablemodel.cpp" line="125"/>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <location filename="../ui/models/profiletablemodel.cpp" line="127"/>
        <source>Top interest</source>
        <translation>最强兴趣</translation>
    </message>
    <message>
        <location filename="../ui/models/profiletablemodel.cpp" line="129"/>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
</context>
<context>
    <name>tailor::ProfileWriter</name>
    <message>
        <location filename="../core/profiles/import/profilewriter.cpp" line="580"/>
        <source>The workspace holds interactions of users that do not exist; the import was not applied.</source>
        <translation>工作区中包含不存在的用户的交互；导入未被应用。</translation>
    </message>
</context>
<context>
    <name>tailor::ProfilesPage</name>
    <message>
        <location filename="../ui/profilespage.cpp" line="81"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="105"/>
        <source>No workspace open — use File → New workspace or Open workspace to browse its profiles.</source>
        <translation>未打开工作区——请使用 文件 → 新建工作区 或 打开工作区 来浏览用户画像。</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="120"/>
        <location filename="../ui/profilespage.cpp" line="205"/>
        <location filename="../ui/profilespage.cpp" line="445"/>
        <source>Profiles</source>
        <translation>用户画像</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="127"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="134"/>
        <source>Synthetic demo data: these users and interactions were generated, not collected.</source>
        <translation>合成演示数据：这些用户和交互是生成的，而非收集的。</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="201"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="239"/>
        <source>Search user ids and attributes</source>
        <translation>搜索用户 ID 和属性</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="245"/>
        <location filename="../ui/profilespage.cpp" line="454"/>
        <source>Any interest</source>
        <translation>任意兴趣</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="252"/>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="264"/>
        <source>Any consent</source>
        <translation>任意同意状态</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="265"/>
        <source>Consent granted</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="266"/>
        <source>Consent refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="267"/>
        <source>Consent unknown</source>
        <translation>同意状态未知</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="270"/>
        <source>Active from</source>
        <translation>活动起始</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="273"/>
        <source>until</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="280"/>
        <source>Segment:</source>
        <translation>分群：</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="284"/>
        <location filename="../ui/profilespage.cpp" line="606"/>
        <source>All users</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="286"/>
        <source>Save as segment…</source>
        <translation>另存为分群…</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="289"/>
        <source>Delete segment…</source>
        <translation>删除分群…</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="291"/>
        <source>Delete the chosen segment; the deletion is written to the audit log</source>
        <translation>删除所选分群；删除操作会记录在审计日志中</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="294"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="296"/>
        <source>Show all users: empty the search and every filter, and leave the segment</source>
        <translation>显示所有用户：清空搜索和所有筛选条件，并退出细分</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="332"/>
        <source>Select a user to see their profile.</source>
        <translation>选择一个用户以查看其画像。</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="359"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="361"/>
        <source>Reveal</source>
        <translation>显示明文</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="363"/>
        <source>Show the personal data in clear; the reveal is written to the audit log</source>
        <translation>明文显示个人数据；此操作会记入审计日志</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="371"/>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="371"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="375"/>
        <location filename="../ui/profilespage.cpp" line="732"/>
        <source>Interests</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="382"/>
        <source>Activity per month</source>
        <translation>每月活动</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="387"/>
        <location filename="../ui/profilespage.cpp" line="739"/>
        <source>Recent interactions</source>
        <translation>最近交互</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="389"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="389"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="389"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="609"/>
        <source>%1 (1 user)</source>
        <translation>%1（1 名用户）</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="610"/>
        <source>%1 (%L2 users)</source>
        <translation>%1（%L2 名用户）</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="636"/>
        <location filename="../ui/profilespage.cpp" line="655"/>
        <source>Delete segment</source>
        <translation>删除分群</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="637"/>
        <source>Delete the segment &apos;%1&apos;?</source>
        <translation>要删除分群“%1”吗？</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="639"/>
        <source>Its users stay as they are; only the saved filter goes. The deletion is written to the audit log.</source>
        <translation>其中的用户保持不变；只删除保存的筛选条件。删除操作会记录在审计日志中。</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="641"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="665"/>
        <source>Deleted the segment &apos;%1&apos;.</source>
        <translation>已删除分群“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="543"/>
        <source>Segments</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="257"/>
        <source>Minimum interest strength in the chosen category; users who dislike it (strength below 0) never match</source>
        <translation>所选类别的最低兴趣强度；不喜欢该类别的用户（强度低于 0）永远不会匹配</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="580"/>
        <location filename="../ui/profilespage.cpp" line="589"/>
        <source>Save as segment</source>
        <translation>另存为分群</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="581"/>
        <source>Name of the segment (%1):</source>
        <translation>分群名称（%1）：</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="677"/>
        <source>%1+ users</source>
        <translation>%1+ 个用户</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="679"/>
        <source>1 user</source>
        <translation>1 个用户</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profilespage.cpp" line="680"/>
        <source>%Ln users</source>
        <translation>
            <numerusform>%Ln 个用户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="699"/>
        <source>Profile</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="709"/>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="712"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="714"/>
        <source>Consent %1 · 1 interaction</source>
        <translation>同意状态：%1 · 1 次交互</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profilespage.cpp" line="715"/>
        <source>Consent %1 · %Ln interactions</source>
        <translation>
            <numerusform>同意状态：%1 · %Ln 次交互</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="718"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="718"/>
        <location filename="../ui/profilespage.cpp" line="754"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="721"/>
        <source>Active from %1 to %2</source>
        <translation>活动时间：%1 至 %2</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="729"/>
        <source>Interests (the strongest %1 of %2)</source>
        <translation>兴趣（%2 个中最强的 %1 个）</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="738"/>
        <source>Recent interactions (latest %L1 of %L2)</source>
        <translation>最近的交互（%L2 条中最新的 %L1 条）</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="754"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="758"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="776"/>
        <source>%1 (personal)</source>
        <translation>%1（个人）</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="812"/>
        <source>Shown in clear; the reveal was written to the audit log.</source>
        <translation>已明文显示；此操作已记入审计日志。</translation>
    </message>
</context>
<context>
    <name>tailor::PromptDiagnostic</name>
    <message>
        <location filename="../core/prompts/promptdiagnostic.cpp" line="20"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiagnostic.cpp" line="21"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>tailor::PromptDiff</name>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="95"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="241"/>
        <source>The old version does not parse: %1</source>
        <translation>旧版本无法解析：%1</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="246"/>
        <source>The new version does not parse: %1</source>
        <translation>新版本无法解析：%1</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="449"/>
        <source>Front matter:</source>
        <translation>Front Matter：</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="458"/>
        <source>comments or layout changed</source>
        <translation>注释或布局已更改</translation>
    </message>
</context>
<context>
    <name>tailor::PromptDiff::Change</name>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="198"/>
        <source>input &apos;%1&apos; added (%2)</source>
        <translation>新增输入“%1”（%2）</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="200"/>
        <source>input &apos;%1&apos; removed (%2)</source>
        <translation>移除输入“%1”（%2）</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="202"/>
        <source>input &apos;%1&apos; retyped: %2 → %3</source>
        <translation>输入“%1”的类型已更改：%2 → %3</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="205"/>
        <source>input &apos;%1&apos; %2: %3 → %4</source>
        <translation>输入“%1”的 %2：%3 → %4</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="209"/>
        <source>parameter &apos;%1&apos; added: %2</source>
        <translation>新增参数“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="211"/>
        <source>parameter &apos;%1&apos; removed (was %2)</source>
        <translation>移除参数“%1”（原为 %2）</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="212"/>
        <source>parameter &apos;%1&apos;: %2 → %3</source>
        <translation>参数“%1”：%2 → %3</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="215"/>
        <source>model %1 added: %2</source>
        <translation>新增模型 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="217"/>
        <source>model %1 removed (was %2)</source>
        <translation>移除模型 %1（原为 %2）</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="218"/>
        <source>model %1: %2 → %3</source>
        <translation>模型 %1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="221"/>
        <source>sample &apos;%1&apos; added: %2</source>
        <translation>新增示例值“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="223"/>
        <source>sample &apos;%1&apos; removed (was %2)</source>
        <translation>移除示例值“%1”（原为 %2）</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="224"/>
        <source>sample &apos;%1&apos;: %2 → %3</source>
        <translation>示例值“%1”：%2 → %3</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="228"/>
        <source>%1 added: %2</source>
        <translation>新增 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="230"/>
        <source>%1 removed (was %2)</source>
        <translation>移除 %1（原为 %2）</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="231"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>tailor::PromptPreview</name>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="31"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="33"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="35"/>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="64"/>
        <source>Inputs (JSON)</source>
        <translation>输入（JSON）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="66"/>
        <source>Use sample inputs</source>
        <translation>使用示例输入</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="68"/>
        <source>Replace the inputs with the samples the template declares.</source>
        <translation>用模板声明的示例值替换当前输入。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="72"/>
        <source>Starts from the template&apos;s sample inputs; edit the JSON to try other values.</source>
        <translation>以模板的示例输入为起点；编辑 JSON 以尝试其他值。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="101"/>
        <source>Rendered messages</source>
        <translation>渲染后的消息</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="105"/>
        <source>A heuristic estimate (about 4 characters per token), good for a budget, not a bill.</source>
        <translation>启发式估算（约每 4 个字符 1 个 token），适合做预算，不适合作为计费依据。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="135"/>
        <source>Partials (%1) are left empty in the live preview; they render at their pinned versions once saved.</source>
        <translation>局部模板（%1）在实时预览中留空；保存后将按其固定的版本渲染。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="177"/>
        <source>The inputs are not valid JSON (line %1): %2.</source>
        <translation>输入不是有效的 JSON（第 %1 行）：%2。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="178"/>
        <source>The inputs must be a JSON object: {&quot;name&quot;: value, …}.</source>
        <translation>输入必须是 JSON 对象：{&quot;name&quot;: value, …}。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="180"/>
        <source>Fix the inputs to see the rendered messages.</source>
        <translation>请修正输入以查看渲染后的消息。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="187"/>
        <source>The template does not compile.</source>
        <translation>模板无法编译。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="188"/>
        <source>The template does not compile: %1</source>
        <translation>模板无法编译：%1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="194"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="195"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="222"/>
        <source>≈ 1 token</source>
        <translation>≈ 1 个 token</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/promptpreview.cpp" line="222"/>
        <source>≈ %n tokens</source>
        <translation>
            <numerusform>≈ %n 个 token</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="224"/>
        <source>1 character</source>
        <translation>1 个字符</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/promptpreview.cpp" line="224"/>
        <source>%n characters</source>
        <translation>
            <numerusform>%n 个字符</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tailor::PromptRegistry</name>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="120"/>
        <source>&apos;%1&apos; is not a valid prompt name: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit (at most 128 characters).</source>
        <translation>“%1”不是有效的提示词名称：请使用字母、数字、&apos;-&apos;、&apos;_&apos; 和 &apos;.&apos;，并以字母或数字开头（最多 128 个字符）。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="137"/>
        <source>&apos;%1&apos; is not a valid folder: use names of letters, digits, spaces, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; separated by &apos;/&apos;.</source>
        <translation>“%1”不是有效的文件夹：请使用由字母、数字、空格、&apos;-&apos;、&apos;_&apos; 和 &apos;.&apos; 组成的名称，并以 &apos;/&apos; 分隔。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="145"/>
        <source>The folder &apos;%1&apos; is nested more than 8 levels deep.</source>
        <translation>文件夹“%1”的嵌套超过 8 层。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="155"/>
        <source>&apos;latest&apos; is implicit: it always names the newest version and cannot be moved.</source>
        <translation>&apos;latest&apos; 是隐式标签：它始终指向最新版本，不能移动。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="160"/>
        <source>&apos;%1&apos; is not a valid label: use lower-case letters, digits, &apos;-&apos; and &apos;_&apos; (at most 32 characters).</source>
        <translation>“%1”不是有效的标签：请使用小写字母、数字、&apos;-&apos; 和 &apos;_&apos;（最多 32 个字符）。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="191"/>
        <source>listing prompts</source>
        <translation>列出提示词</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="222"/>
        <source>listing folders</source>
        <translation>列出文件夹</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="243"/>
        <source>A folder needs a name.</source>
        <translation>文件夹必须有名称。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="256"/>
        <source>reading folders</source>
        <translation>读取文件夹</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="261"/>
        <source>The folder &apos;%1&apos; already exists.</source>
        <translation>文件夹“%1”已存在。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="265"/>
        <location filename="../core/prompts/promptregistry.cpp" line="274"/>
        <source>creating the folder</source>
        <translation>创建文件夹</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="303"/>
        <location filename="../core/prompts/promptregistry.cpp" line="312"/>
        <source>moving the prompt</source>
        <translation>移动提示词</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="341"/>
        <source>reading the prompt version</source>
        <translation>读取提示词版本</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="346"/>
        <source>Prompt &apos;%1&apos; has no version %2.</source>
        <translation>提示词“%1”没有版本 %2。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="375"/>
        <location filename="../core/prompts/promptregistry.cpp" line="466"/>
        <source>reading partials</source>
        <translation>读取局部模板</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="431"/>
        <source>The prompt &apos;%1&apos; includes itself as a partial ({{&gt; %2}}); recursive partials are not allowed.</source>
        <translation>提示词“%1”将自身作为局部模板引入（{{&gt; %2}}）；不允许递归引用局部模板。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="439"/>
        <source>The partial {{&gt; %1}} names no prompt in this workspace.</source>
        <translation>局部模板 {{&gt; %1}} 指向的提示词在此工作区中不存在。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="457"/>
        <source>The partials of &apos;%1&apos; nest too deeply.</source>
        <translation>“%1”的局部模板嵌套过深。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="472"/>
        <source>Recursive partials: &apos;%1&apos; includes a prompt that includes &apos;%1&apos; again.</source>
        <translation>局部模板递归：“%1”引入的提示词又引入了“%1”。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="519"/>
        <location filename="../core/prompts/promptregistry.cpp" line="574"/>
        <location filename="../core/prompts/promptregistry.cpp" line="592"/>
        <source>saving the prompt version</source>
        <translation>保存提示词版本</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="523"/>
        <source>The server did not return the saved version.</source>
        <translation>服务器未返回已保存的版本。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="583"/>
        <source>pinning partials</source>
        <translation>固定局部模板版本</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="657"/>
        <source>reading prompts</source>
        <translation>读取提示词</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="662"/>
        <source>A prompt named &apos;%1&apos; already exists.</source>
        <translation>名为“%1”的提示词已存在。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="622"/>
        <source>creating the prompt</source>
        <translation>创建提示词</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="626"/>
        <source>The database did not return the new prompt&apos;s id.</source>
        <translation>数据库未返回新提示词的 ID。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="697"/>
        <source>Prompt &apos;%1&apos; changed while you edited it: you started from version %2, but version %3 by %4 is newer. Your text was not saved; compare it with version %3 and save again.</source>
        <translation>提示词“%1”在您编辑期间已被更改：您基于版本 %2 开始编辑，但 %4 保存的版本 %3 更新。您的文本未保存；请将其与版本 %3 比较后重新保存。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="733"/>
        <source>Prompt &apos;%1&apos; changed: version %2 is newer than version %3 you were looking at.</source>
        <translation>提示词“%1”已更改：版本 %2 比您查看的版本 %3 更新。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="744"/>
        <location filename="../ui/models/promptversionmodel.cpp" line="23"/>
        <source>Revert to version %1</source>
        <translation>恢复到版本 %1</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="751"/>
        <source>Version %1 of &apos;%2&apos; already has the same content as the latest version.</source>
        <translation>“%2”的版本 %1 与最新版本内容相同。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="797"/>
        <source>listing versions</source>
        <translation>列出版本</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="365"/>
        <location filename="../core/prompts/promptregistry.cpp" line="833"/>
        <source>reading labels</source>
        <translation>读取标签</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="852"/>
        <source>&apos;%1&apos; is a protected label: it moves only through an approved release or by an admin. %2</source>
        <translation>“%1”是受保护的标签：只能通过已批准的发布或由管理员移动。%2</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="402"/>
        <location filename="../core/prompts/promptregistry.cpp" line="870"/>
        <source>Prompt &apos;%1&apos; has no version %2 (latest is %3).</source>
        <translation>提示词“%1”没有版本 %2（最新版本为 %3）。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="412"/>
        <location filename="../core/prompts/promptregistry.cpp" line="878"/>
        <location filename="../core/prompts/promptregistry.cpp" line="947"/>
        <source>reading the label</source>
        <translation>读取标签</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="883"/>
        <source>Label &apos;%1&apos; already points at version %2 of &apos;%3&apos;.</source>
        <translation>标签“%1”已指向“%3”的版本 %2。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="891"/>
        <location filename="../core/prompts/promptregistry.cpp" line="904"/>
        <source>moving the label</source>
        <translation>移动标签</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="913"/>
        <source>recording the label move</source>
        <translation>记录标签移动</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="417"/>
        <location filename="../core/prompts/promptregistry.cpp" line="952"/>
        <source>Prompt &apos;%1&apos; has no label &apos;%2&apos;.</source>
        <translation>提示词“%1”没有标签“%2”。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="70"/>
        <source>reading the prompt</source>
        <translation>读取提示词</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="75"/>
        <source>There is no prompt named &apos;%1&apos;.</source>
        <translation>没有名为“%1”的提示词。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="958"/>
        <location filename="../core/prompts/promptregistry.cpp" line="966"/>
        <source>removing the label</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="974"/>
        <source>recording the label removal</source>
        <translation>记录标签移除</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="1002"/>
        <source>reading label history</source>
        <translation>读取标签历史</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="1028"/>
        <source>&apos;%1&apos; includes more than %2 partials.</source>
        <translation>“%1”引入的局部模板超过 %2 个。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="1043"/>
        <source>Partial %1: %2</source>
        <translation>局部模板 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="1071"/>
        <source>%1: the file is larger than %2 KiB; a prompt that big is not a prompt.</source>
        <translation>%1：文件大于 %2 KiB；这么大的内容不是提示词。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="1078"/>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="1152"/>
        <source>Shipped with Tailor %1</source>
        <translation>随 Tailor %1 提供</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="1181"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="1186"/>
        <location filename="../core/prompts/promptregistry.cpp" line="1190"/>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>tailor::PromptTreeModel</name>
    <message>
        <location filename="../ui/models/prompttreemodel.cpp" line="172"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location filename="../ui/models/prompttreemodel.cpp" line="180"/>
        <source>Folder %1</source>
        <translation>文件夹 %1</translation>
    </message>
    <message>
        <location filename="../ui/models/prompttreemodel.cpp" line="182"/>
        <source>%1 — latest version %2, saved by %3</source>
        <translation>%1 — 最新版本 %2，由 %3 保存</translation>
    </message>
    <message>
        <location filename="../ui/models/prompttreemodel.cpp" line="186"/>
        <source>%1 — latest version %2, saved by %3; labels: %4</source>
        <translation>%1 — 最新版本 %2，由 %3 保存；标签：%4</translation>
    </message>
    <message>
        <location filename="../ui/models/prompttreemodel.cpp" line="212"/>
        <source>Latest version</source>
        <translation>最新版本</translation>
    </message>
    <message>
        <location filename="../ui/models/prompttreemodel.cpp" line="217"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/models/prompttreemodel.cpp" line="221"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>tailor::PromptVersionModel</name>
    <message>
        <location filename="../ui/models/promptversionmodel.cpp" line="78"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location filename="../ui/models/promptversionmodel.cpp" line="19"/>
        <source>restores version %1</source>
        <translation>恢复版本 %1</translation>
    </message>
    <message>
        <location filename="../ui/models/promptversionmodel.cpp" line="28"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/models/promptversionmodel.cpp" line="103"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../ui/models/promptversionmodel.cpp" line="105"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../ui/models/promptversionmodel.cpp" line="107"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/models/promptversionmodel.cpp" line="109"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../ui/models/promptversionmodel.cpp" line="111"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>tailor::PromptsPage</name>
    <message>
        <location filename="../ui/promptspage.cpp" line="154"/>
        <source>Prompts</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="170"/>
        <source>No workspace open — use File → New workspace or Open workspace.</source>
        <translation>未打开工作区 — 请使用“文件 → 新建工作区”或“打开工作区”。</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="174"/>
        <source>Edit prompt templates, keep every version, label them, preview them rendered and compare any two versions.</source>
        <translation>编辑提示词模板，保留每个版本，为其添加标签，预览渲染结果，并比较任意两个版本。</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="232"/>
        <source>Search by name or folder</source>
        <translation>按名称或文件夹搜索</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="276"/>
        <source>New &amp;folder…</source>
        <translation>新建文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="279"/>
        <source>&amp;New prompt…</source>
        <translation>新建提示词(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="282"/>
        <source>&amp;Import .prompty…</source>
        <translation>导入 .prompty(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="285"/>
        <source>Import .prompty files as new prompts, or as new versions of prompts with the same name.</source>
        <translation>将 .prompty 文件导入为新提示词，或导入为同名提示词的新版本。</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="288"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="290"/>
        <source>Write the selected prompt, the selected folder&apos;s prompts, or all prompts as .prompty files into a folder.</source>
        <translation>将所选提示词、所选文件夹中的提示词或全部提示词以 .prompty 文件写入某个文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="306"/>
        <source>Select a prompt in the tree to see its versions, edit it, preview it and compare versions.</source>
        <translation>在树中选择一个提示词，即可查看其版本、编辑、预览和比较版本。</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="334"/>
        <source>&amp;Save version…</source>
        <translation>保存版本(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="336"/>
        <source>Save the editor&apos;s text as a new version (Ctrl+S).</source>
        <translation>将编辑器中的文本保存为新版本（Ctrl+S）。</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="357"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="360"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="361"/>
        <source>Diff</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="380"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="382"/>
        <source>&amp;Revert to this version</source>
        <translation>恢复到此版本(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="384"/>
        <source>Save a new version with the selected version&apos;s content.</source>
        <translation>以所选版本的内容保存一个新版本。</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="419"/>
        <location filename="../ui/promptspage.cpp" line="439"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="419"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="426"/>
        <source>&amp;Move label…</source>
        <translation>移动标签(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="428"/>
        <source>Point a label at the version selected in the list.</source>
        <translation>将标签指向列表中所选的版本。</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="430"/>
        <source>Remove label</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="437"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="439"/>
        <source>From → to</source>
        <translation>从 → 到</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="439"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="439"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="439"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="443"/>
        <source>Label history</source>
        <translation>标签历史</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="458"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="460"/>
        <source>Undo (%1)</source>
        <translation>撤销（%1）</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="464"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="466"/>
        <source>Redo (%1)</source>
        <translation>重做（%1）</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="492"/>
        <source>Click a finding to go to it in the text.</source>
        <translation>点击某条检查结果即可跳转到文本中的对应位置。</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="509"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="514"/>
        <source>with</source>
        <translation>与</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="600"/>
        <source>Cannot list the prompts</source>
        <translation>无法列出提示词</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="643"/>
        <source>1 prompt</source>
        <translation>1 个提示词</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/promptspage.cpp" line="643"/>
        <source>%n prompts</source>
        <translation>
            <numerusform>%n 个提示词</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="645"/>
        <source>1 folder</source>
        <translation>1 个文件夹</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/promptspage.cpp" line="645"/>
        <source>%n folders</source>
        <translation>
            <numerusform>%n 个文件夹</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="673"/>
        <location filename="../ui/promptspage.cpp" line="1071"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="674"/>
        <source>You changed %1 since version %2. Save your text as a new version before opening %3?</source>
        <translation>自版本 %2 以来您更改了 %1。在打开 %3 之前，是否将您的文本保存为新版本？</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="733"/>
        <source>Cannot open the prompt</source>
        <translation>无法打开提示词</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="794"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="794"/>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="795"/>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="807"/>
        <source>no folder</source>
        <translation>无文件夹</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="809"/>
        <source>%1 · editing from version %2 of %3</source>
        <translation>%1 · 基于版本 %2 编辑（最新为 %3）</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="811"/>
        <source>unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="869"/>
        <source>Line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="870"/>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="872"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="872"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="874"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="875"/>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="884"/>
        <source>No problems: every variable is declared and every input used.</source>
        <translation>没有问题：所有变量均已声明，所有输入均已使用。</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="888"/>
        <source>1 error</source>
        <translation>1 个错误</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/promptspage.cpp" line="888"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="889"/>
        <source>1 warning</source>
        <translation>1 个警告</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/promptspage.cpp" line="889"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="913"/>
        <source>New folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="914"/>
        <source>Folder path (use / to nest folders):</source>
        <translation>文件夹路径（使用 / 嵌套文件夹）：</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="922"/>
        <source>Cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="925"/>
        <source>Created the folder %1.</source>
        <translation>已创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="940"/>
        <source>Created in Tailor</source>
        <translation>在 Tailor 中创建</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="944"/>
        <source>Cannot create the prompt</source>
        <translation>无法创建提示词</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="947"/>
        <source>Created %1, version 1.</source>
        <translation>已创建 %1，版本 1。</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="957"/>
        <source>Import prompts</source>
        <translation>导入提示词</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="958"/>
        <source>Prompty files (*.prompty);;All files (*)</source>
        <translation>Prompty 文件 (*.prompty);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="961"/>
        <source>Imported in Tailor</source>
        <translation>导入到 Tailor</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="965"/>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="972"/>
        <source>Imported 1 file</source>
        <translation>已导入 1 个文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/promptspage.cpp" line="972"/>
        <source>Imported %n files</source>
        <translation>
            <numerusform>已导入 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="974"/>
        <source>1 new version.</source>
        <translation>1 个新版本。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/promptspage.cpp" line="974"/>
        <source>%n new versions.</source>
        <translation>
            <numerusform>%n 个新版本。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="987"/>
        <source>Export all prompts to</source>
        <translation>将所有提示词导出到</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="988"/>
        <source>Export %1 to</source>
        <translation>将 %1 导出到</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/promptspage.cpp" line="989"/>
        <source>Export %n prompts to</source>
        <translation>
            <numerusform>将 %n 个提示词导出到</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="997"/>
        <source>Cannot export the prompts</source>
        <translation>无法导出提示词</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1001"/>
        <source>Exported 1 prompt to %1.</source>
        <translation>已将 1 个提示词导出到 %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/promptspage.cpp" line="1002"/>
        <source>Exported %n prompts to %1.</source>
        <translation>
            <numerusform>已将 %n 个提示词导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1014"/>
        <source>Save version</source>
        <translation>保存版本</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1015"/>
        <source>Save %1 as version %2. Describe what changed:</source>
        <translation>将 %1 保存为版本 %2。请描述更改内容：</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1025"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1036"/>
        <source>Not saved: your text is still in the editor. Compare it in the Diff tab, then save again.</source>
        <translation>未保存：您的文本仍在编辑器中。请在“差异”标签页中进行比较，然后重新保存。</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1038"/>
        <source>Not saved: your text is still in the editor.</source>
        <translation>未保存：您的文本仍在编辑器中。</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1039"/>
        <source>Cannot save the prompt</source>
        <translation>无法保存提示词</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1048"/>
        <source>No changes: version %1 already has this content.</source>
        <translation>没有更改：版本 %1 已是此内容。</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1055"/>
        <source>Saved version %1 of %2.</source>
        <translation>已保存 %2 的版本 %1。</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1072"/>
        <source>Reverting replaces the text in the editor with version %1. Your unsaved changes will be lost.</source>
        <translation>恢复操作会将编辑器中的文本替换为版本 %1。您未保存的更改将丢失。</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1087"/>
        <source>Cannot revert</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1090"/>
        <source>Version %1 restores the content of version %2.</source>
        <translation>版本 %1 恢复了版本 %2 的内容。</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1120"/>
        <source>Cannot move the label</source>
        <translation>无法移动标签</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1123"/>
        <source>&apos;%1&apos; now points at version %2.</source>
        <translation>“%1”现在指向版本 %2。</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1139"/>
        <source>Cannot remove the label</source>
        <translation>无法移除标签</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1142"/>
        <source>Removed the label &apos;%1&apos;.</source>
        <translation>已移除标签“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1157"/>
        <location filename="../ui/promptspage.cpp" line="1261"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1195"/>
        <source>%1 has one version: save another to compare.</source>
        <translation>%1 只有一个版本：请再保存一个版本后进行比较。</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1223"/>
        <source>Cannot read the versions</source>
        <translation>无法读取版本</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1247"/>
        <source>Both sides show version %1.</source>
        <translation>两侧显示的都是版本 %1。</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1249"/>
        <source>Versions %1 and %2 have the same content.</source>
        <translation>版本 %1 和 %2 的内容相同。</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1252"/>
        <source>The body is the same; the front matter differs only in comments or layout.</source>
        <translation>正文相同；前置元数据仅在注释或排版上有差异。</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1254"/>
        <source>The body is the same; the front matter changes are listed above.</source>
        <translation>正文相同；前置元数据的更改已在上方列出。</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1258"/>
        <source>The body lines of both versions, side by side; changed words are marked.</source>
        <translation>两个版本的正文行并排显示；更改的词已标出。</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1259"/>
        <source>Front matter changes above; the body lines side by side below, changed words marked.</source>
        <translation>上方为前置元数据的更改；下方并排显示正文行，更改的词已标出。</translation>
    </message>
</context>
<context>
    <name>tailor::PromptyFile</name>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="49"/>
        <location filename="../core/prompts/promptyfile.cpp" line="1010"/>
        <source>The prompt is %1 MiB; Tailor refuses prompt texts over 1 MiB.</source>
        <translation>提示词大小为 %1 MiB；Tailor 不接受超过 1 MiB 的提示词文本。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="259"/>
        <source>The front matter expands to more than %1 values (through YAML aliases?).</source>
        <translation>前置元数据展开后超过 %1 个值（是否使用了 YAML 别名？）。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="428"/>
        <source>&apos;%1&apos; must be text (line %2).</source>
        <translation>“%1”必须是文本（第 %2 行）。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="443"/>
        <source>Keys must be plain names; the key at line %1 is not.</source>
        <translation>键必须是简单名称；第 %1 行的键不是。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="449"/>
        <source>&apos;%1&apos; appears twice at line %2; keep one.</source>
        <translation>“%1”在第 %2 行重复出现；请只保留一个。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="453"/>
        <source>&apos;%1&apos; appears twice in %2 at line %3; keep one.</source>
        <translation>“%1”在 %2 中第 %3 行重复出现；请只保留一个。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="472"/>
        <source>The prompt must start with YAML front matter: a &apos;---&apos; line, the fields (name, model, inputs, ...), and another &apos;---&apos; line.</source>
        <translation>提示词必须以 YAML 前置元数据开头：一行 &apos;---&apos;，然后是各字段（name、model、inputs 等），再以一行 &apos;---&apos; 结束。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="486"/>
        <source>The front matter opened at line 1 is never closed: add a &apos;---&apos; line after its last field.</source>
        <translation>第 1 行开始的前置元数据从未结束：请在其最后一个字段后添加一行 &apos;---&apos;。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="516"/>
        <source>The front matter is not valid YAML at line %1, column %2: %3.</source>
        <translation>前置元数据在第 %1 行第 %2 列不是有效的 YAML：%3。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="536"/>
        <source>The front matter must be a map of fields (name, description, model, inputs, ...).</source>
        <translation>前置元数据必须是由字段组成的映射（name、description、model、inputs 等）。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="556"/>
        <source>&apos;tags&apos; must be a list, such as [ranking, movies] (line %1).</source>
        <translation>&apos;tags&apos; 必须是列表，例如 [ranking, movies]（第 %1 行）。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="571"/>
        <source>&apos;sample&apos; must be a map of input names to values (line %1); Tailor stores prompts as single texts, so sample files are not supported.</source>
        <translation>&apos;sample&apos; 必须是从输入名称到值的映射（第 %1 行）；Tailor 将提示词存储为单个文本，因此不支持示例文件。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="587"/>
        <source>The front matter has no &apos;name&apos;; every prompt needs one.</source>
        <translation>前置元数据中没有 &apos;name&apos;；每个提示词都必须有名称。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="598"/>
        <source>&apos;model&apos; must be a map with api, configuration and parameters (line %1).</source>
        <translation>&apos;model&apos; 必须是包含 api、configuration 和 parameters 的映射（第 %1 行）。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="608"/>
        <source>Tailor sends chat completions only; this file declares model api &apos;%1&apos; (line %2).</source>
        <translation>Tailor 只发送对话补全请求；此文件声明的 model api 为 &apos;%1&apos;（第 %2 行）。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="629"/>
        <source>&apos;model.configuration&apos; must be a map (line %1).</source>
        <translation>&apos;model.configuration&apos; 必须是映射（第 %1 行）。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="266"/>
        <location filename="../core/prompts/promptyfile.cpp" line="508"/>
        <source>The front matter nests deeper than %1 levels at line %2, column %3.</source>
        <translation>前置元数据在第 %2 行第 %3 列的嵌套深度超过 %1 层。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="295"/>
        <source>a key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="359"/>
        <source>The key at line %1, column %2 looks like %3 (&apos;%4&apos;); remove it, because Tailor never stores secrets.</source>
        <translation>第 %1 行第 %2 列的键看起来像%3（“%4”）；请将其删除，因为 Tailor 从不存储机密信息。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="367"/>
        <source>A key of &apos;%1&apos; at line %2, column %3 looks like %4 (&apos;%5&apos;); remove it, because Tailor never stores secrets.</source>
        <translation>“%1”中第 %2 行第 %3 列的一个键看起来像%4（“%5”）；请将其删除，因为 Tailor 从不存储机密信息。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="376"/>
        <source>&apos;%1&apos; at line %2, column %3 holds a literal secret (&apos;%4&apos;); write ${env:VARIABLE} instead, because Tailor never stores secrets.</source>
        <translation>第 %2 行第 %3 列的“%1”包含明文机密（“%4”）；请改写为 ${env:VARIABLE}，因为 Tailor 从不存储机密信息。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="385"/>
        <source>&apos;%1&apos; at line %2, column %3 holds what looks like %4 (&apos;%5&apos;); write ${env:VARIABLE} instead, because Tailor never stores secrets.</source>
        <translation>第 %2 行第 %3 列的“%1”包含看起来像%4的内容（“%5”）；请改写为 ${env:VARIABLE}，因为 Tailor 从不存储机密信息。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="641"/>
        <source>&apos;model.parameters&apos; must be a map (line %1).</source>
        <translation>&apos;model.parameters&apos; 必须是映射（第 %1 行）。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="671"/>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="672"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="675"/>
        <source>Model parameter &apos;%1&apos; must be %2 of at least %3 (line %4).</source>
        <translation>模型参数“%1”必须是不小于 %3 的%2（第 %4 行）。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="683"/>
        <source>Model parameter &apos;%1&apos; must be %2 (line %3).</source>
        <translation>模型参数“%1”必须是%2（第 %3 行）。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="688"/>
        <source>Model parameter &apos;%1&apos; must be %2 between %3 and %4 (line %5).</source>
        <translation>模型参数“%1”必须是介于 %3 和 %4 之间的%2（第 %5 行）。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="703"/>
        <source>Model parameter &apos;stop&apos; must be a text or a list of texts (line %1).</source>
        <translation>模型参数 &apos;stop&apos; 必须是文本或文本列表（第 %1 行）。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="717"/>
        <source>&apos;inputs&apos; must be a map of input names to declarations (line %1).</source>
        <translation>&apos;inputs&apos; 必须是从输入名称到声明的映射（第 %1 行）。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="726"/>
        <source>Input name &apos;%1&apos; (line %2) is not a valid variable name; use letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter or &apos;_&apos;.</source>
        <translation>输入名称“%1”（第 %2 行）不是有效的变量名；请使用字母、数字、&apos;_&apos; 和 &apos;-&apos;，并以字母或 &apos;_&apos; 开头。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="739"/>
        <source>input &apos;%1&apos;</source>
        <translation>输入“%1”</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="745"/>
        <source>Input &apos;%1&apos; has unknown type &apos;%2&apos; (line %3); use string, number, integer, boolean, array or object.</source>
        <translation>输入“%1”的类型“%2”未知（第 %3 行）；请使用 string、number、integer、boolean、array 或 object。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="762"/>
        <source>&apos;required&apos; of input &apos;%1&apos; must be true or false (line %2).</source>
        <translation>输入“%1”的 &apos;required&apos; 必须是 true 或 false（第 %2 行）。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="776"/>
        <source>The %1 of input &apos;%2&apos; is %3, not the declared %4 (line %5).</source>
        <translation>输入“%2”的%1为 %3，而非声明的 %4（第 %5 行）。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="782"/>
        <source>default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="783"/>
        <source>sample</source>
        <translation>示例值</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="812"/>
        <source>Tailor renders Mustache only; this file declares template: %1 (line %2).</source>
        <translation>Tailor 仅支持渲染 Mustache；此文件声明了 template: %1（第 %2 行）。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="831"/>
        <source>The text at line %1, column %2 holds what looks like %3 (&apos;%4&apos;); remove it, because Tailor never stores secrets.</source>
        <translation>第 %1 行第 %2 列的文本包含看起来像%3的内容（“%4”）；请将其删除，因为 Tailor 从不存储机密信息。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="852"/>
        <source>Tailor renders Mustache only; the Jinja statement &apos;%1&apos; at line %2, column %3 is not supported.</source>
        <translation>Tailor 仅支持渲染 Mustache；不支持第 %2 行第 %3 列的 Jinja 语句“%1”。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="886"/>
        <source>The %1 message at line %2 is empty.</source>
        <translation>第 %2 行的 %1 消息为空。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="903"/>
        <source>Unknown role &apos;%1&apos; at line %2 (Tailor supports system, user and assistant).</source>
        <translation>第 %2 行的角色“%1”未知（Tailor 支持 system、user 和 assistant）。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="917"/>
        <source>Text at line %1 comes before the first role marker; start the body with &apos;system:&apos;, &apos;user:&apos; or &apos;assistant:&apos; on a line of its own.</source>
        <translation>第 %1 行的文本位于第一个角色标记之前；请以单独一行的 &apos;system:&apos;、&apos;user:&apos; 或 &apos;assistant:&apos; 开始正文。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="928"/>
        <source>The prompt has no messages: after the front matter, write a role marker such as &apos;system:&apos; or &apos;user:&apos; on a line of its own, then the message.</source>
        <translation>提示词中没有消息：请在前置元数据之后单独一行写出角色标记（如 &apos;system:&apos; 或 &apos;user:&apos;），然后写消息内容。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="955"/>
        <source>The text is not valid UTF-8: byte 0x%1 at line %2, column %3. Save the file as UTF-8.</source>
        <translation>文本不是有效的 UTF-8：第 %2 行第 %3 列的字节 0x%1。请将文件保存为 UTF-8。</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="1021"/>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>tailor::RecordParser</name>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="95"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="106"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="166"/>
        <source>the header has no column &apos;%1&apos; for the %2 (columns: %3)</source>
        <translation>表头中没有用于“%2”的列“%1”（现有列：%3）</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="178"/>
        <source>there is no column for the %1 (columns: %2); name it in the column mapping</source>
        <translation>没有用于“%1”的列（现有列：%2）；请在列映射中指定</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="195"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="200"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="225"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="228"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="231"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="303"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="349"/>
        <source>user id</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="196"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="201"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="206"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="210"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="219"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="308"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="334"/>
        <source>item id</source>
        <translation>物品 ID</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="197"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="202"/>
        <source>rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="198"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="203"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="313"/>
        <source>timestamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="207"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="211"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="220"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="337"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="212"/>
        <source>release date</source>
        <translation>上映日期</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="213"/>
        <source>video release date</source>
        <translation>视频发行日期</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="214"/>
        <source>IMDb URL</source>
        <translation>IMDb URL</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="217"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="221"/>
        <source>genres</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="256"/>
        <source>column %1 (%2) of the header contains a carriage return (\r) that does not end the line; remove it or quote the name</source>
        <translation>表头的第 %1 列（%2）包含一个不在行尾的回车符（\r）；请将其删除，或为该名称加上引号</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="273"/>
        <source>the column &apos;%1&apos; is mapped to both the %2 and the %3; each field needs a column of its own</source>
        <translation>列“%1”同时映射到了%2和%3；每个字段都需要单独的一列</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="318"/>
        <source>event kind</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="322"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="342"/>
        <source>categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="352"/>
        <source>consent</source>
        <translation>授权</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="366"/>
        <source>attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="375"/>
        <source>the header has no column &apos;%1&apos; to mark as personal data (columns: %2)</source>
        <translation>表头中没有可标记为个人数据的列“%1”（现有列：%2）</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="399"/>
        <source>not a JSON object: %1</source>
        <translation>不是 JSON 对象：%1</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="405"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="592"/>
        <source>the field contains a carriage return (\r) that does not end the line; remove it or quote the field</source>
        <translation>该字段包含一个不在行尾的回车符（\r）；请将其删除，或为该字段加上引号</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="604"/>
        <source>the row has %1 fields, the header has %2 (%3); quote a field that holds the separator %4</source>
        <translation>该行有 %1 个字段，而表头有 %2 个（%3）；包含分隔符 %4 的字段请加上引号</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="616"/>
        <source>expected %1 fields separated by %2, found none; the line looks separated by %3 — is the format right?</source>
        <translation>应有 %1 个以 %2 分隔的字段，但未找到；该行似乎以 %3 分隔 — 格式是否正确？</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="625"/>
        <source>expected %1 fields separated by %2 (%3), found %4</source>
        <translation>应有 %1 个以 %2 分隔的字段（%3），实际找到 %4 个</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="643"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="742"/>
        <source>the %1 is empty</source>
        <translation>%1为空</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="647"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="650"/>
        <source>the id is longer than 256 bytes</source>
        <translation>ID 长度超过 256 字节</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="676"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="691"/>
        <source>the timestamp is empty</source>
        <translation>时间戳为空</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="677"/>
        <source>&apos;%1&apos; is not a timestamp (epoch seconds, milliseconds or ISO 8601)</source>
        <translation>“%1”不是时间戳（纪元秒数、毫秒数或 ISO 8601）</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="692"/>
        <source>&apos;%1&apos; is not a whole number of seconds</source>
        <translation>“%1”不是整数秒</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="704"/>
        <source>timestamp %1 is out of range (1970-01-01 to 2100-01-01)</source>
        <translation>时间戳 %1 超出范围（1970-01-01 至 2100-01-01）</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="726"/>
        <source>the event kind is empty</source>
        <translation>事件类型为空</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="743"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="750"/>
        <source>rating %1 is out of range (0.5 to 5)</source>
        <translation>评分 %1 超出范围（0.5 至 5）</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="777"/>
        <source>the genre flag must be 0 or 1, not &apos;%1&apos;</source>
        <translation>类型标志必须为 0 或 1，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="832"/>
        <source>&apos;%1&apos; is not a consent value (yes/no, true/false, 1/0, granted/refused)</source>
        <translation>“%1”不是有效的授权值（yes/no、true/false、1/0、granted/refused）</translation>
    </message>
</context>
<context>
    <name>tailor::RequestLog</name>
    <message>
        <location filename="../core/llm/requestlog.cpp" line="157"/>
        <source>reading the request log</source>
        <translation>读取请求日志</translation>
    </message>
    <message>
        <location filename="../core/llm/requestlog.cpp" line="214"/>
        <location filename="../core/llm/requestlog.cpp" line="236"/>
        <source>summarizing the request log</source>
        <translation>汇总请求日志</translation>
    </message>
    <message>
        <location filename="../core/llm/requestlog.cpp" line="289"/>
        <location filename="../core/llm/requestlog.cpp" line="301"/>
        <location filename="../core/llm/requestlog.cpp" line="335"/>
        <source>writing the request log</source>
        <translation>写入请求日志</translation>
    </message>
</context>
<context>
    <name>tailor::ResponseCache</name>
    <message>
        <location filename="../core/llm/responsecache.cpp" line="68"/>
        <location filename="../core/llm/responsecache.cpp" line="84"/>
        <location filename="../core/llm/responsecache.cpp" line="111"/>
        <source>reading the response cache</source>
        <translation>读取响应缓存</translation>
    </message>
    <message>
        <location filename="../core/llm/responsecache.cpp" line="121"/>
        <location filename="../core/llm/responsecache.cpp" line="132"/>
        <source>clearing the response cache</source>
        <translation>清除响应缓存</translation>
    </message>
    <message>
        <location filename="../core/llm/responsecache.cpp" line="154"/>
        <location filename="../core/llm/responsecache.cpp" line="165"/>
        <source>writing the response cache</source>
        <translation>写入响应缓存</translation>
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
        <source>call LLM endpoints</source>
        <translation>调用 LLM 端点</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="67"/>
        <source>import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="69"/>
        <source>review profiles</source>
        <translation>审核用户画像</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="71"/>
        <source>reveal personal data</source>
        <translation>查看个人数据</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="73"/>
        <source>approve releases</source>
        <translation>批准发布</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="75"/>
        <source>move protected labels</source>
        <translation>移动受保护的标签</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="77"/>
        <source>manage operators</source>
        <translation>管理操作员</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="79"/>
        <source>manage LLM endpoints</source>
        <translation>管理 LLM 端点</translation>
    </message>
</context>
<context>
    <name>tailor::SecretDetector</name>
    <message>
        <location filename="../core/prompts/secretdetector.cpp" line="77"/>
        <source>an OpenAI or Anthropic API key</source>
        <translation>OpenAI 或 Anthropic API 密钥</translation>
    </message>
    <message>
        <location filename="../core/prompts/secretdetector.cpp" line="79"/>
        <source>a Stripe key</source>
        <translation>Stripe 密钥</translation>
    </message>
    <message>
        <location filename="../core/prompts/secretdetector.cpp" line="81"/>
        <source>a GitHub token</source>
        <translation>GitHub 令牌</translation>
    </message>
    <message>
        <location filename="../core/prompts/secretdetector.cpp" line="82"/>
        <source>a GitLab token</source>
        <translation>GitLab 令牌</translation>
    </message>
    <message>
        <location filename="../core/prompts/secretdetector.cpp" line="84"/>
        <source>a Slack token</source>
        <translation>Slack 令牌</translation>
    </message>
    <message>
        <location filename="../core/prompts/secretdetector.cpp" line="87"/>
        <source>an AWS access key</source>
        <translation>AWS 访问密钥</translation>
    </message>
    <message>
        <location filename="../core/prompts/secretdetector.cpp" line="88"/>
        <source>a Google API key</source>
        <translation>Google API 密钥</translation>
    </message>
    <message>
        <location filename="../core/prompts/secretdetector.cpp" line="90"/>
        <source>a Hugging Face token</source>
        <translation>Hugging Face 令牌</translation>
    </message>
    <message>
        <location filename="../core/prompts/secretdetector.cpp" line="93"/>
        <source>a JSON Web Token</source>
        <translation>JSON Web Token</translation>
    </message>
    <message>
        <location filename="../core/prompts/secretdetector.cpp" line="95"/>
        <source>a bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <location filename="../core/prompts/secretdetector.cpp" line="97"/>
        <source>basic authentication credentials</source>
        <translation>基本身份验证凭据</translation>
    </message>
    <message>
        <location filename="../core/prompts/secretdetector.cpp" line="98"/>
        <source>a private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location filename="../core/prompts/secretdetector.cpp" line="101"/>
        <source>a password in a URL</source>
        <translation>URL 中的密码</translation>
    </message>
</context>
<context>
    <name>tailor::SecretStore</name>
    <message>
        <location filename="../core/llm/secretstore.cpp" line="20"/>
        <source>Name an environment variable for the endpoint in its settings and set it to the API key instead.</source>
        <translation>或者，在端点设置中指定一个环境变量，并将其设置为 API 密钥。</translation>
    </message>
    <message>
        <location filename="../core/llm/secretstore.cpp" line="24"/>
        <source>Set the environment variable %1 to the API key instead.</source>
        <translation>或者，将环境变量 %1 设置为 API 密钥。</translation>
    </message>
    <message>
        <location filename="../core/llm/secretstore.cpp" line="36"/>
        <source>The keychain has no entry &apos;%1&apos; for Tailor. Store the API key under that name (Settings → Endpoints). %2</source>
        <translation>钥匙串中没有 Tailor 的条目“%1”。请以该名称存储 API 密钥（设置 → 端点）。%2</translation>
    </message>
    <message>
        <location filename="../core/llm/secretstore.cpp" line="45"/>
        <source>No keychain service is available to %1 the API key &apos;%2&apos; (%3). %4</source>
        <translation>没有可用的钥匙串服务来%1 API 密钥“%2”（%3）。%4</translation>
    </message>
    <message>
        <location filename="../core/llm/secretstore.cpp" line="49"/>
        <source>no Secret Service or KWallet is running</source>
        <translation>Secret Service 和 KWallet 均未运行</translation>
    </message>
    <message>
        <location filename="../core/llm/secretstore.cpp" line="56"/>
        <source>The keychain refused to %1 the API key &apos;%2&apos; (%3). %4</source>
        <translation>钥匙串拒绝%1 API 密钥“%2”（%3）。%4</translation>
    </message>
    <message>
        <location filename="../core/llm/secretstore.cpp" line="64"/>
        <source>The keychain could not %1 the API key &apos;%2&apos;: %3</source>
        <translation>钥匙串无法%1 API 密钥“%2”：%3</translation>
    </message>
    <message>
        <location filename="../core/llm/secretstore.cpp" line="84"/>
        <source>The keychain did not answer within %1 s for the API key &apos;%2&apos;; is it locked?</source>
        <translation>钥匙串在 %1 秒内未就 API 密钥“%2”作出响应；它是否已锁定？</translation>
    </message>
    <message>
        <location filename="../core/llm/secretstore.cpp" line="108"/>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../core/llm/secretstore.cpp" line="126"/>
        <source>store</source>
        <translation>存储</translation>
    </message>
    <message>
        <location filename="../core/llm/secretstore.cpp" line="142"/>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../core/llm/secretstore.cpp" line="182"/>
        <source>The environment variable %1 that the endpoint &apos;%2&apos; names is not set; set it to the API key.</source>
        <translation>端点“%2”指定的环境变量 %1 未设置；请将其设置为 API 密钥。</translation>
    </message>
</context>
<context>
    <name>tailor::SegmentStore</name>
    <message>
        <location filename="../core/profiles/segmentstore.cpp" line="91"/>
        <source>&apos;%1&apos; is not a valid segment name: use letters, digits, spaces, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit (at most 64 characters).</source>
        <translation>“%1”不是有效的分群名称：请使用字母、数字、空格、&apos;-&apos;、&apos;_&apos; 和 &apos;.&apos;，并以字母或数字开头（最多 64 个字符）。</translation>
    </message>
    <message>
        <location filename="../core/profiles/segmentstore.cpp" line="140"/>
        <location filename="../core/profiles/segmentstore.cpp" line="193"/>
        <location filename="../core/profiles/segmentstore.cpp" line="220"/>
        <source>reading segments</source>
        <translation>读取用户分群</translation>
    </message>
    <message>
        <location filename="../core/profiles/segmentstore.cpp" line="145"/>
        <source>There is already a segment named &apos;%1&apos;.</source>
        <translation>已存在名为“%1”的用户分群。</translation>
    </message>
    <message>
        <location filename="../core/profiles/segmentstore.cpp" line="156"/>
        <location filename="../core/profiles/segmentstore.cpp" line="172"/>
        <source>saving the segment</source>
        <translation>保存用户分群</translation>
    </message>
    <message>
        <location filename="../core/profiles/segmentstore.cpp" line="225"/>
        <location filename="../core/profiles/segmentstore.cpp" line="257"/>
        <location filename="../core/profiles/segmentstore.cpp" line="267"/>
        <source>There is no segment named &apos;%1&apos;.</source>
        <translation>没有名为“%1”的用户分群。</translation>
    </message>
    <message>
        <location filename="../core/profiles/segmentstore.cpp" line="250"/>
        <location filename="../core/profiles/segmentstore.cpp" line="262"/>
        <source>deleting the segment</source>
        <translation>删除用户分群</translation>
    </message>
    <message>
        <location filename="../core/profiles/segmentstore.cpp" line="279"/>
        <source>A sample needs at least one user.</source>
        <translation>抽样至少需要一个用户。</translation>
    </message>
</context>
<context>
    <name>tailor::SettingsPage</name>
    <message>
        <location filename="../ui/settingspage.cpp" line="33"/>
        <source>No workspace open — use File → New workspace or Open workspace.</source>
        <translation>未打开工作区 — 请使用“文件 → 新建工作区”或“打开工作区”。</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="104"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="108"/>
        <source>The open workspace, who may change it, its LLM endpoints, and how Tailor looks to you.</source>
        <translation>当前打开的工作区、谁可以更改它、它的 LLM 端点，以及 Tailor 的外观设置。</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="133"/>
        <location filename="../ui/settingspage.cpp" line="168"/>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="137"/>
        <source>LLM endpoints</source>
        <translation>LLM 端点</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="183"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="186"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="187"/>
        <source>Server version</source>
        <translation>服务器版本</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="188"/>
        <source>Schema version</source>
        <translation>架构版本</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="189"/>
        <source>Workspace ID</source>
        <translation>工作区 ID</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="190"/>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="191"/>
        <source>File size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="193"/>
        <location filename="../ui/settingspage.cpp" line="257"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="195"/>
        <location filename="../ui/settingspage.cpp" line="284"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="197"/>
        <source>Audit entries</source>
        <translation>审计条目</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="199"/>
        <location filename="../ui/settingspage.cpp" line="272"/>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="207"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="211"/>
        <source>&amp;Copy anchor</source>
        <translation>复制锚点(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="213"/>
        <source>Verify the log and copy its head (SEQ:HASH) to the clipboard, to keep outside the workspace.</source>
        <translation>验证日志并将其日志头（SEQ:HASH）复制到剪贴板，以便保存在工作区之外。</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="217"/>
        <source>&amp;Verify audit log</source>
        <translation>验证审计日志(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="219"/>
        <source>Recompute the hash chain, check the anchors given, and report the first edited, deleted, reordered or added entry.</source>
        <translation>重新计算哈希链，检查给出的锚点，并报告第一个被编辑、删除、重新排序或添加的条目。</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="228"/>
        <source>Anchors to check</source>
        <translation>要检查的锚点</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="233"/>
        <source>Optional: anchors you kept, e.g. 128:5f3a…, separated by spaces</source>
        <translation>可选：您保存的锚点，例如 128:5f3a…，以空格分隔</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="239"/>
        <source>A hash chain shows edits, deletions and reordering, but whoever can write the workspace (on SQLite, its file) can rewrite the whole chain so that it still verifies. An anchor kept outside the workspace (a ticket, an email, a release note) catches that: Verify fails when the log no longer holds the anchored entry with its hash.</source>
        <translation>哈希链能发现编辑、删除和重新排序，但能写入工作区的人（在 SQLite 上即其文件）可以重写整个链，使其仍能通过验证。保存在工作区之外的锚点（工单、电子邮件、发布说明）可以发现这种情况：如果日志中不再包含具有该哈希的锚定条目，验证就会失败。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settingspage.cpp" line="255"/>
        <source>The %n most recent entries, newest first.</source>
        <translation>
            <numerusform>最近的 %n 个条目，最新的在前。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="257"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="257"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="257"/>
        <source>Entity</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="281"/>
        <source>Anyone not listed here may view the workspace and nothing more.</source>
        <translation>未在此列出的人只能查看工作区，不能进行其他操作。</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="284"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="284"/>
        <source>Granted by</source>
        <translation>授予者</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="284"/>
        <source>Granted at</source>
        <translation>授予时间</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="298"/>
        <source>Operator name</source>
        <translation>操作员名称</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="304"/>
        <source>&amp;Grant role</source>
        <translation>授予角色(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="307"/>
        <source>&amp;Revoke selected</source>
        <translation>撤销所选(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="333"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="337"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="352"/>
        <source>A new language takes effect after you restart Tailor.</source>
        <translation>新语言将在重启 Tailor 后生效。</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="402"/>
        <source>Cannot read this workspace: %1</source>
        <translation>无法读取此工作区：%1</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="425"/>
        <source>%1 (latest)</source>
        <translation>%1（最新）</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="426"/>
        <source>%1 (this Tailor knows up to %2)</source>
        <translation>%1（此版本的 Tailor 最高支持 %2）</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="428"/>
        <source>%1 by %2</source>
        <translation>%2 于 %1</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="432"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="443"/>
        <source>Entry %1, %2 UTC</source>
        <translation>条目 %1，%2 UTC</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="456"/>
        <source>You are %1 here; only an admin can grant or revoke roles.</source>
        <translation>您在此处的角色为%1；只有管理员可以授予或撤销角色。</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="495"/>
        <source>Cannot check the anchors: %1</source>
        <translation>无法检查锚点：%1</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="500"/>
        <location filename="../ui/settingspage.cpp" line="556"/>
        <source>Verifying…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="513"/>
        <source>Cannot verify: %1</source>
        <translation>无法验证：%1</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="524"/>
        <source>The audit log is intact; entries checked: %1.</source>
        <translation>审计日志完好；已检查条目：%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settingspage.cpp" line="527"/>
        <source>Every anchor matches (%n checked).</source>
        <translation>
            <numerusform>所有锚点均匹配（已检查 %n 个）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="534"/>
        <source>The audit log is broken at entry %1: %2</source>
        <translation>审计日志在条目 %1 处损坏：%2</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="537"/>
        <source>The hash chain is consistent (entries checked: %1), but it is not the log that was anchored:</source>
        <translation>哈希链一致（已检查条目：%1），但它不是被锚定的那份日志：</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="544"/>
        <source>Anchor %1 matches.</source>
        <translation>锚点 %1 匹配。</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="545"/>
        <source>Anchor %1 does not match: %2</source>
        <translation>锚点 %1 不匹配：%2</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="569"/>
        <source>No anchor copied: %1</source>
        <translation>未复制锚点：%1</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="573"/>
        <source>Copied anchor %1 (entry %2, %3) to the clipboard. Keep it outside the workspace; pasted into Anchors to check later, it shows whether the log was rewritten since.</source>
        <translation>已将锚点 %1（条目 %2，%3）复制到剪贴板。请将其保存在工作区之外；之后将其粘贴到“要检查的锚点”中，即可查看日志此后是否被重写。</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="606"/>
        <source>Cannot grant a role to %1</source>
        <translation>无法为 %1 授予角色</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="634"/>
        <source>Cannot revoke the role of %1</source>
        <translation>无法撤销 %1 的角色</translation>
    </message>
</context>
<context>
    <name>tailor::Sql</name>
    <message>
        <location filename="../core/llm/requestlog.cpp" line="300"/>
        <location filename="../core/llm/requestlog.cpp" line="334"/>
        <location filename="../core/storage/sqlerror.cpp" line="91"/>
        <source>Database error while %1: %2</source>
        <translation>%1时发生数据库错误：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlerror.cpp" line="89"/>
        <source>The PostgreSQL server refused %1: %2</source>
        <translation>PostgreSQL 服务器拒绝了%1：%2</translation>
    </message>
</context>
<context>
    <name>tailor::Transaction</name>
    <message>
        <location filename="../core/storage/transaction.cpp" line="35"/>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <location filename="../core/storage/transaction.cpp" line="49"/>
        <source>Cannot commit the transaction: %1</source>
        <translation>无法提交事务：%1</translation>
    </message>
</context>
<context>
    <name>tailor::Workspace</name>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="70"/>
        <source>Operator &apos;%1&apos; has the role %2 and may not %3 in this workspace; ask an admin.</source>
        <translation>操作员“%1”的角色为%2，无权在此工作区%3；请联系管理员。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="95"/>
        <source>The database role %1 is not an operator of the workspace %2, so the server lets it read nothing there. An admin of the workspace adds it with `tailor-cli workspace grant %1 viewer` (or another role).</source>
        <translation>数据库角色 %1 不是工作区 %2 的操作员，因此服务器不允许它在其中读取任何内容。工作区的管理员可以使用 `tailor-cli workspace grant %1 viewer`（或其他角色）添加它。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="106"/>
        <source>%1 is empty: it is not a Tailor workspace yet. Create one with File → New workspace or `tailor-cli workspace init`.</source>
        <translation>%1 为空：尚不是 Tailor 工作区。请通过“文件 → 新建工作区”或 `tailor-cli workspace init` 创建。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="113"/>
        <source>%1 is not a Tailor workspace: it holds other tables. Tailor did not change it.</source>
        <translation>%1 不是 Tailor 工作区：其中包含其他表。Tailor 未对其进行更改。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="149"/>
        <source>%1 is already a Tailor workspace (schema version %2); nothing was changed.</source>
        <translation>%1 已是 Tailor 工作区（架构版本 %2）；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="156"/>
        <source>%1 already holds tables that are not Tailor&apos;s; Tailor will not create a workspace in it.</source>
        <translation>%1 中已包含不属于 Tailor 的表；Tailor 不会在其中创建工作区。</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="171"/>
        <source>The workspace was created, but importing the shipped prompts failed: %1</source>
        <translation>工作区已创建，但导入内置提示词失败：%1</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="197"/>
        <source>writing workspace metadata</source>
        <translation>写入工作区元数据</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="205"/>
        <source>making the creator admin</source>
        <translation>将创建者设为管理员</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="305"/>
        <source>reading the server version</source>
        <translation>读取服务器版本</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="311"/>
        <source>reading workspace metadata</source>
        <translation>读取工作区元数据</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="324"/>
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
</context>
</TS>
