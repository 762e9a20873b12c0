<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="48"/>
        <source>Tailor: prompt and profile operations for LLM recommendation.</source>
        <translation>Tailor: Prompts und Profile für LLM-gestützte Empfehlungen verwalten.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="53"/>
        <source>Open the workspace at URL (sqlite:///path or postgresql://...).</source>
        <translation>Den Arbeitsbereich unter URL öffnen (sqlite:///path oder postgresql://...).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="58"/>
        <source>Act as operator NAME (SQLite workspaces only).</source>
        <translation>Als Bediener NAME handeln (nur SQLite-Arbeitsbereiche).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="62"/>
        <source>Keep settings in the INI file FILE.</source>
        <translation>Einstellungen in der INI-Datei FILE speichern.</translation>
    </message>
</context>
<context>
    <name>tailor-cli</name>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="21"/>
        <source>--%1 &apos;%2&apos; is not a date or time (use 2026-11-22 or 2026-11-22T08:30:00Z)</source>
        <translation>--%1 &apos;%2&apos; ist kein Datum und keine Uhrzeit (verwenden Sie 2026-11-22 oder 2026-11-22T08:30:00Z)</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="84"/>
        <source>Audit log intact: every entry verified (%1 in total).</source>
        <translation>Prüfprotokoll intakt: alle Einträge verifiziert (insgesamt %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="89"/>
        <source>Every anchor matches (%1 checked).</source>
        <translation>Alle Anker stimmen überein (%1 geprüft).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="94"/>
        <source>tailor-cli: audit log broken at entry %1: %2</source>
        <translation>tailor-cli: Prüfprotokoll bei Eintrag %1 beschädigt: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="101"/>
        <source>tailor-cli: anchor %1 does not match: %2</source>
        <translation>tailor-cli: Anker %1 stimmt nicht überein: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="136"/>
        <source>--limit &apos;%1&apos; is not a count (use 0 for all)</source>
        <translation>--limit &apos;%1&apos; ist keine Anzahl (0 für alle)</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="163"/>
        <source>SEQ</source>
        <translation>NR</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="164"/>
        <source>TIME (UTC)</source>
        <translation>ZEIT (UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="165"/>
        <source>OPERATOR</source>
        <translation>BEDIENER</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="166"/>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="167"/>
        <source>ENTITY</source>
        <translation>OBJEKT</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="168"/>
        <source>DETAILS</source>
        <translation>DETAILS</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="188"/>
        <source>check the hash chain and anchors; exit 1 naming the first bad entry</source>
        <translation>Hash-Kette und Anker prüfen; bei Fehlern Exit-Code 1 mit Angabe des ersten fehlerhaften Eintrags</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="190"/>
        <source>Recomputes every entry&apos;s hash and the chain between entries, checks that the log begins with the workspace&apos;s creation and ends at its head. Exits 0 when the log is intact and 1, naming the first bad entry, when any entry was edited, deleted, reordered or added behind Tailor&apos;s back.

A chain alone cannot show that the whole log was rewritten consistently (whoever can write an SQLite workspace can do that). Anchors can: keep the output of &apos;tailor-cli audit anchor&apos; outside the workspace, and pass it here; verify then also fails when the log no longer holds that entry with that hash.</source>
        <translation>Berechnet den Hash jedes Eintrags und die Kette zwischen den Einträgen neu und prüft, dass das Protokoll mit dem Anlegen des Arbeitsbereichs beginnt und an seinem Kopf endet. Endet mit Exit-Code 0, wenn das Protokoll intakt ist, und mit 1 unter Angabe des ersten fehlerhaften Eintrags, wenn ein Eintrag an Tailor vorbei bearbeitet, gelöscht, umsortiert oder hinzugefügt wurde.

Eine Kette allein kann nicht zeigen, dass das ganze Protokoll in sich stimmig neu geschrieben wurde (wer einen SQLite-Arbeitsbereich schreiben kann, kann das). Anker können es: Bewahren Sie die Ausgabe von &apos;tailor-cli audit anchor&apos; außerhalb des Arbeitsbereichs auf und übergeben Sie sie hier; verify schlägt dann auch fehl, wenn das Protokoll diesen Eintrag mit diesem Hash nicht mehr enthält.</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="201"/>
        <source>Also require entry SEQ with hash HASH, as &apos;audit anchor&apos; printed it (repeatable).</source>
        <translation>Zusätzlich Eintrag SEQ mit Hash HASH verlangen, wie &apos;audit anchor&apos; ihn ausgegeben hat (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="204"/>
        <source>seq:hash</source>
        <translation>seq:hash</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="206"/>
        <source>Also require every anchor in FILE: one SEQ:HASH per line; blank lines and lines starting with # are skipped.</source>
        <translation>Zusätzlich jeden Anker aus FILE verlangen: ein SEQ:HASH pro Zeile; leere Zeilen und Zeilen, die mit # beginnen, werden übersprungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="215"/>
        <source>print the log&apos;s head as SEQ:HASH, to keep outside the workspace</source>
        <translation>den Kopf des Protokolls als SEQ:HASH ausgeben, zur Aufbewahrung außerhalb des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="217"/>
        <source>Verifies the log and prints its head as SEQ:HASH (with --json also its time and the workspace ID). Keep it somewhere the workspace&apos;s owner cannot change (a ticket, an email, a release note): &apos;tailor-cli audit verify --anchor SEQ:HASH&apos; later fails if the log was truncated or rewritten at or before that entry. Exits 1 without an anchor when the log does not verify.</source>
        <translation>Prüft das Protokoll und gibt seinen Kopf als SEQ:HASH aus (mit --json auch Zeitpunkt und Arbeitsbereich-ID). Bewahren Sie ihn an einem Ort auf, den der Eigentümer des Arbeitsbereichs nicht ändern kann (ein Ticket, eine E-Mail, Release Notes): &apos;tailor-cli audit verify --anchor SEQ:HASH&apos; schlägt später fehl, wenn das Protokoll bei oder vor diesem Eintrag gekürzt oder neu geschrieben wurde. Endet ohne Anker mit Exit-Code 1, wenn die Prüfung des Protokolls fehlschlägt.</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="228"/>
        <source>list audit entries, newest first, with filters</source>
        <translation>Protokolleinträge auflisten, neueste zuerst, mit Filtern</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="229"/>
        <source>Lists audit entries, newest first. Filters combine with AND.</source>
        <translation>Listet Protokolleinträge auf, neueste zuerst. Filter werden mit UND verknüpft.</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="233"/>
        <source>Only this action, or actions starting with it when it ends in &apos;.&apos; (e.g. operator.).</source>
        <translation>Nur diese Aktion, oder alle Aktionen, die damit beginnen, wenn sie auf &apos;.&apos; endet (z. B. operator.).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="236"/>
        <source>action</source>
        <translation>aktion</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="238"/>
        <source>Only entries by this operator.</source>
        <translation>Nur Einträge dieses Bedieners.</translation>
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
        <translation>Nur dieses Objekt, oder alle Objekte, die damit beginnen, wenn es auf &apos;:&apos; endet (z. B. operator:).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="245"/>
        <source>entity</source>
        <translation>objekt</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="248"/>
        <source>Only entries at or after this UTC date/time.</source>
        <translation>Nur Einträge ab diesem Zeitpunkt (UTC).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="249"/>
        <location filename="../app/cli/auditcommands.cpp" line="253"/>
        <source>time</source>
        <translation>zeit</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="252"/>
        <source>Only entries before this UTC date/time.</source>
        <translation>Nur Einträge vor diesem Zeitpunkt (UTC).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="256"/>
        <source>At most N entries (default 100; 0 for all).</source>
        <translation>Höchstens N Einträge (Standard 100; 0 für alle).</translation>
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
        <translation>Älteste Einträge zuerst.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="28"/>
        <source>create, inspect and upgrade workspaces; manage operators and roles</source>
        <translation>Arbeitsbereiche anlegen, anzeigen und aktualisieren; Bediener und Rollen verwalten</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="33"/>
        <source>prompt templates: versions, labels, diffs, rendering and checks</source>
        <translation>Prompt-Vorlagen: Versionen, Labels, Diffs, Rendern und Prüfungen</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="36"/>
        <source>LLM endpoints: configure, test, chat, cache and request log</source>
        <translation>LLM-Endpunkte: konfigurieren, testen, chatten, Cache und Anfrageprotokoll</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="39"/>
        <source>import interaction logs, item catalogs and user files</source>
        <translation>Interaktionsprotokolle, Artikelkataloge und Nutzerdateien importieren</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="41"/>
        <source>browse, filter and show user profiles; derive them again</source>
        <translation>Nutzerprofile durchsuchen, filtern und anzeigen; neu ableiten</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="44"/>
        <source>saved profile filters with their sizes; seeded samples</source>
        <translation>gespeicherte Profilfilter mit ihrer Größe; reproduzierbare Stichproben</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="46"/>
        <location filename="../app/cli/profilecommands.cpp" line="820"/>
        <source>create the synthetic demo workspace</source>
        <translation>den synthetischen Demo-Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="59"/>
        <source>Workspace URL: sqlite:///path/file.tailor or postgresql://user@host:port/db (default: TAILOR_DB, then the last workspace, then the default file).</source>
        <translation>URL des Arbeitsbereichs: sqlite:///path/file.tailor oder postgresql://user@host:port/db (Standard: TAILOR_DB, dann der zuletzt verwendete Arbeitsbereich, dann die Standarddatei).</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="37"/>
        <source>--%1 &apos;%2&apos; is not a number</source>
        <translation>--%1 &apos;%2&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="48"/>
        <source>--%1 &apos;%2&apos; is not a whole number</source>
        <translation>--%1 &apos;%2&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="109"/>
        <source>PROVIDER</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="110"/>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="111"/>
        <source>CONC</source>
        <translation>PAR.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="112"/>
        <source>BASE URL</source>
        <translation>BASIS-URL</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="138"/>
        <source>unknown preset &apos;%1&apos; (presets: %2)</source>
        <translation>unbekannte Vorlage &apos;%1&apos; (Vorlagen: %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="145"/>
        <source>there is no endpoint &apos;%1&apos;; create it with --preset (openai, azure-openai, ollama, llama.cpp, vllm, lm-studio, custom)</source>
        <translation>es gibt keinen Endpunkt &apos;%1&apos;; legen Sie ihn mit --preset an (openai, azure-openai, ollama, llama.cpp, vllm, lm-studio, custom)</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="159"/>
        <source>Saved endpoint %1 (%2, %3).</source>
        <translation>Endpunkt %1 gespeichert (%2, %3).</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="173"/>
        <source>Removed endpoint %1.</source>
        <translation>Endpunkt %1 entfernt.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="185"/>
        <source>Removed %1 from the keychain.</source>
        <translation>%1 aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="194"/>
        <source>no key on standard input (e.g. printf &apos;%s&apos; &quot;$KEY&quot; | tailor-cli llm key %1)</source>
        <translation>kein Schlüssel auf der Standardeingabe (z. B. printf &apos;%s&apos; &quot;$KEY&quot; | tailor-cli llm key %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="199"/>
        <source>Stored the key %1 in the keychain.</source>
        <translation>Schlüssel %1 im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="221"/>
        <source>tailor-cli: endpoint %1 failed the test.</source>
        <translation>tailor-cli: Endpunkt %1 hat den Test nicht bestanden.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="271"/>
        <source>tailor-cli: retrying (attempt %1 of %2): %3</source>
        <translation>tailor-cli: neuer Versuch (Versuch %1 von %2): %3</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="280"/>
        <source>tailor-cli: the answer broke off after %1 characters; retrying from the start on a new line (attempt %2 of %3): %4</source>
        <translation>tailor-cli: die Antwort brach nach %1 Zeichen ab; neuer Versuch von vorn in einer neuen Zeile (Versuch %2 von %3): %4</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="304"/>
        <source>tailor-cli: the request log was not written: %1</source>
        <translation>tailor-cli: das Anfrageprotokoll wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="320"/>
        <source>%1 prompt + %2 completion tokens%3</source>
        <translation>%1 Prompt- + %2 Completion-Tokens%3</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="324"/>
        <source> (estimated)</source>
        <translation> (geschätzt)</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="326"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="328"/>
        <source>first token after %1 ms</source>
        <translation>erstes Token nach %1 ms</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="332"/>
        <source>from the cache</source>
        <translation>aus dem Cache</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="334"/>
        <source>%1 retries</source>
        <translation>%1 Wiederholungen</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="336"/>
        <source>dry run: nothing was sent</source>
        <translation>Probelauf: nichts wurde gesendet</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="352"/>
        <source>&apos;llm cache&apos; takes stats or clear, not &apos;%1&apos;</source>
        <translation>&apos;llm cache&apos; erwartet stats oder clear, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="365"/>
        <source>Removed %1 cached responses.</source>
        <translation>%1 zwischengespeicherte Antworten entfernt.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="376"/>
        <source>%1 cached responses, %2 bytes.</source>
        <translation>%1 zwischengespeicherte Antworten, %2 Bytes.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="391"/>
        <source>--limit &apos;%1&apos; is not a count</source>
        <translation>--limit &apos;%1&apos; ist keine Anzahl</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="421"/>
        <source>cached</source>
        <translation>aus dem Cache</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="330"/>
        <source>cost $%1</source>
        <translation>Kosten $%1</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="424"/>
        <source>%1 calls (%2 ok, %3 failed, %4 from the cache), %5 + %6 tokens, cost $%7, latency p50 %8 ms, p95 %9 ms</source>
        <translation>%1 Aufrufe (%2 ok, %3 fehlgeschlagen, %4 aus dem Cache), %5 + %6 Tokens, Kosten $%7, Latenz p50 %8 ms, p95 %9 ms</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="447"/>
        <source>the endpoint&apos;s name</source>
        <translation>der Name des Endpunkts</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="451"/>
        <source>Start from a preset: openai, azure-openai, ollama, llama.cpp, vllm, lm-studio, custom, dry-run (creates or replaces the endpoint).</source>
        <translation>Von einer Vorlage ausgehen: openai, azure-openai, ollama, llama.cpp, vllm, lm-studio, custom, dry-run (legt den Endpunkt an oder ersetzt ihn).</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="455"/>
        <source>preset</source>
        <translation>vorlage</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="458"/>
        <source>Base URL up to the API version, e.g. http://localhost:8000/v1.</source>
        <translation>Basis-URL bis einschließlich API-Version, z. B. http://localhost:8000/v1.</translation>
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
        <translation>Modell (Azure: das Deployment).</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="463"/>
        <source>model</source>
        <translation>modell</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="465"/>
        <source>Azure OpenAI API version.</source>
        <translation>API-Version von Azure OpenAI.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="468"/>
        <source>Default temperature.</source>
        <translation>Standard-Temperatur.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="469"/>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="471"/>
        <source>Default max tokens.</source>
        <translation>Standardwert für max. Tokens.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="474"/>
        <source>Requests in flight at once.</source>
        <translation>Gleichzeitig laufende Anfragen.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="477"/>
        <source>Requests per minute (0: no limit).</source>
        <translation>Anfragen pro Minute (0: keine Begrenzung).</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="480"/>
        <source>Tokens per minute (0: no limit).</source>
        <translation>Tokens pro Minute (0: keine Begrenzung).</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="483"/>
        <source>Timeout per attempt.</source>
        <translation>Zeitlimit pro Versuch.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="484"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="487"/>
        <source>Attempts per request, the first included.</source>
        <translation>Versuche pro Anfrage, einschließlich des ersten.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="490"/>
        <source>Price per 1K input tokens.</source>
        <translation>Preis pro 1K Eingabe-Tokens.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="491"/>
        <location filename="../app/cli/llmcommands.cpp" line="494"/>
        <source>price</source>
        <translation>preis</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="493"/>
        <source>Price per 1K output tokens.</source>
        <translation>Preis pro 1K Ausgabe-Tokens.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="496"/>
        <source>Stream answers by default.</source>
        <translation>Antworten standardmäßig streamen.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="499"/>
        <source>Environment variable that holds the API key.</source>
        <translation>Umgebungsvariable, die den API-Schlüssel enthält.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="503"/>
        <source>Keychain entry that holds the API key.</source>
        <translation>Schlüsselbundeintrag, der den API-Schlüssel enthält.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="509"/>
        <source>list the workspace&apos;s LLM endpoints</source>
        <translation>die LLM-Endpunkte des Arbeitsbereichs auflisten</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="510"/>
        <source>Lists the endpoints, the built-in dry-run endpoint included. API keys are never shown; only where they live.</source>
        <translation>Listet die Endpunkte auf, einschließlich des eingebauten Probelauf-Endpunkts. API-Schlüssel werden nie angezeigt, nur wo sie liegen.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="518"/>
        <source>create or change an endpoint (admin only)</source>
        <translation>einen Endpunkt anlegen oder ändern (nur admin)</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="519"/>
        <source>Creates ENDPOINT from --preset, or changes the options given on an existing one. Names of the API key&apos;s environment variable or keychain entry only — never the key. Audited.</source>
        <translation>Legt ENDPOINT aus --preset an oder ändert die angegebenen Optionen eines vorhandenen Endpunkts. Nur die Namen der Umgebungsvariable oder des Schlüsselbundeintrags für den API-Schlüssel – nie den Schlüssel selbst. Wird protokolliert.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="528"/>
        <source>remove an endpoint (admin only)</source>
        <translation>einen Endpunkt entfernen (nur admin)</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="529"/>
        <source>Removes ENDPOINT. Audited.</source>
        <translation>Entfernt ENDPOINT. Wird protokolliert.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="535"/>
        <source>store an API key in the OS keychain from standard input</source>
        <translation>einen API-Schlüssel von der Standardeingabe im Schlüsselbund des Betriebssystems speichern</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="536"/>
        <source>Reads one line from standard input and stores it in the keychain under NAME (service &quot;Tailor&quot;), for endpoints saved with --key-name NAME. Where no keychain runs, set the endpoint&apos;s environment variable instead.</source>
        <translation>Liest eine Zeile von der Standardeingabe und speichert sie im Schlüsselbund unter NAME (Dienst &quot;Tailor&quot;), für Endpunkte, die mit --key-name NAME gespeichert wurden. Wo kein Schlüsselbund läuft, setzen Sie stattdessen die Umgebungsvariable des Endpunkts.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="542"/>
        <source>Delete the entry instead.</source>
        <translation>Stattdessen den Eintrag löschen.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="543"/>
        <source>the keychain entry&apos;s name</source>
        <translation>der Name des Schlüsselbundeintrags</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="547"/>
        <source>list the server&apos;s models and send a tiny request; exit 1 on failure</source>
        <translation>die Modelle des Servers auflisten und eine kleine Anfrage senden; bei Fehlern Exit-Code 1</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="549"/>
        <source>GET {base}/models and one short chat request, bypassing the cache.</source>
        <translation>GET {base}/models und eine kurze Chat-Anfrage, am Cache vorbei.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="556"/>
        <source>send one message and print the answer</source>
        <translation>eine Nachricht senden und die Antwort ausgeben</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="557"/>
        <source>Sends MESSAGE (with --system) through ENDPOINT and prints the answer, streamed live with --stream (a stream that breaks off and is retried ends its line, stderr says so, and the answer starts again); tokens, latency, cost and cache use go to stderr and the request log.</source>
        <translation>Sendet MESSAGE (mit --system) über ENDPOINT und gibt die Antwort aus, mit --stream live gestreamt (ein Stream, der abbricht und wiederholt wird, beendet seine Zeile, stderr meldet das, und die Antwort beginnt von vorn); Tokens, Latenz, Kosten und Cache-Nutzung gehen an stderr und ins Anfrageprotokoll.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="563"/>
        <source>A system message.</source>
        <translation>Eine Systemnachricht.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="566"/>
        <source>Stream the answer.</source>
        <translation>Die Antwort streamen.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="568"/>
        <source>Bypass the response cache.</source>
        <translation>Den Antwort-Cache umgehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="570"/>
        <source>the user message</source>
        <translation>die Nutzernachricht</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="574"/>
        <source>response cache: stats or clear</source>
        <translation>Antwort-Cache: stats oder clear</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="575"/>
        <source>&apos;stats&apos; shows the cached responses; &apos;clear&apos; removes them all (audited).</source>
        <translation>&apos;stats&apos; zeigt die zwischengespeicherten Antworten; &apos;clear&apos; entfernt sie alle (wird protokolliert).</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="578"/>
        <source>stats or clear</source>
        <translation>stats oder clear</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="582"/>
        <source>the request log with a summary</source>
        <translation>das Anfrageprotokoll mit Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="583"/>
        <source>Lists the latest calls (newest first) with tokens, latency and errors, and sums them up.</source>
        <translation>Listet die letzten Aufrufe (neueste zuerst) mit Tokens, Latenz und Fehlern auf und summiert sie.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="587"/>
        <source>Only this endpoint.</source>
        <translation>Nur dieser Endpunkt.</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="591"/>
        <source>At most N calls (default 100; 0 for all).</source>
        <translation>Höchstens N Aufrufe (Standard 100; 0 für alle).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="31"/>
        <source>verify, anchor and list the tamper-evident audit log</source>
        <translation>das Prüfprotokoll, das Manipulationen erkennbar macht, prüfen, verankern und auflisten</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="66"/>
        <source>Act as operator NAME (SQLite workspaces only; also TAILOR_OPERATOR). A convenience, not a security boundary.</source>
        <translation>Als Bediener NAME handeln (nur SQLite-Arbeitsbereiche; auch über TAILOR_OPERATOR). Eine Komfortfunktion, keine Sicherheitsgrenze.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="72"/>
        <source>Machine-readable JSON output.</source>
        <translation>Maschinenlesbare JSON-Ausgabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="74"/>
        <source>Show help for this level.</source>
        <translation>Hilfe für diese Ebene anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="95"/>
        <source>Usage: tailor-cli [--db URL] [--json] [--as NAME] &lt;area&gt; &lt;verb&gt; [options]

Tailor&apos;s command line: every capability of the Tailor workspace, for automation.

Areas:
</source>
        <translation>Aufruf: tailor-cli [--db URL] [--json] [--as NAME] &lt;bereich&gt; &lt;befehl&gt; [optionen]

Die Kommandozeile von Tailor: alle Funktionen des Tailor-Arbeitsbereichs, für die Automatisierung.

Bereiche:
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="101"/>
        <location filename="../app/cli/main.cpp" line="146"/>
        <source>
Global options:
</source>
        <translation>
Globale Optionen:
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="103"/>
        <source>Show the version.</source>
        <translation>Version anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="104"/>
        <source>
Exit codes: 0 success, 1 failed check or refused action, 2 bad usage or input.
Run &apos;tailor-cli &lt;area&gt; --help&apos; for an area&apos;s verbs.
</source>
        <translation>
Exit-Codes: 0 Erfolg, 1 Prüfung fehlgeschlagen oder Aktion verweigert, 2 falscher Aufruf oder ungültige Eingabe.
&apos;tailor-cli &lt;bereich&gt; --help&apos; zeigt die Befehle eines Bereichs.
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="113"/>
        <source>Usage: tailor-cli %1 &lt;verb&gt; [options]

Verbs:
</source>
        <translation>Aufruf: tailor-cli %1 &lt;befehl&gt; [optionen]

Befehle:
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="119"/>
        <source>
Run &apos;tailor-cli %1 &lt;verb&gt; --help&apos; for a verb&apos;s options.
</source>
        <translation>
&apos;tailor-cli %1 &lt;befehl&gt; --help&apos; zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="137"/>
        <source>Usage: tailor-cli %1 %2 [options] %3

%4
</source>
        <translation>Aufruf: tailor-cli %1 %2 [optionen] %3

%4
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="140"/>
        <source>
Arguments:
</source>
        <translation>
Argumente:
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="145"/>
        <source>
Options:
</source>
        <translation>
Optionen:
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="203"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="205"/>
        <source>missing area; see above</source>
        <translation>Bereich fehlt; siehe oben</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="214"/>
        <source>unknown area &apos;%1&apos; (see tailor-cli --help)</source>
        <translation>unbekannter Bereich &apos;%1&apos; (siehe tailor-cli --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="222"/>
        <source>missing verb for &apos;%1&apos;</source>
        <translation>Befehl für &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="232"/>
        <source>unknown verb &apos;%1&apos; for &apos;%2&apos; (see tailor-cli %2 --help)</source>
        <translation>unbekannter Befehl &apos;%1&apos; für &apos;%2&apos; (siehe tailor-cli %2 --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="245"/>
        <source>%1 (see tailor-cli %2 %3 --help)</source>
        <translation>%1 (siehe tailor-cli %2 %3 --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="256"/>
        <source>unexpected argument &apos;%1&apos; for &apos;%2 %3&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos; für &apos;%2 %3&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="259"/>
        <source>&apos;%1 %2&apos; needs %3 (see tailor-cli %1 %2 --help)</source>
        <translation>&apos;%1 %2&apos; erwartet %3 (siehe tailor-cli %1 %2 --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="33"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="34"/>
        <source>Dialect</source>
        <translation>Dialekt</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="39"/>
        <source> (%1 pending; run &apos;tailor-cli workspace migrate&apos;)</source>
        <translation> (%1 ausstehend; führen Sie &apos;tailor-cli workspace migrate&apos; aus)</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="41"/>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="42"/>
        <source>Workspace id</source>
        <translation>Arbeitsbereich-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="43"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="44"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="45"/>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="46"/>
        <source>%1 (%2, from %3)</source>
        <translation>%1 (%2, Quelle: %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="48"/>
        <source>Operators</source>
        <translation>Anzahl Bediener</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="49"/>
        <source>Audit entries</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="51"/>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="69"/>
        <source>Created workspace %1 (schema version %2); %3 is its admin.</source>
        <translation>Arbeitsbereich %1 angelegt (Schemaversion %2); %3 ist Administrator.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="111"/>
        <source>%1 migration(s) pending: schema version %2, this Tailor knows %3.</source>
        <translation>%1 Migration(en) ausstehend: Schemaversion %2, diese Tailor-Version kennt %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="120"/>
        <location filename="../app/cli/workspacecommands.cpp" line="133"/>
        <source>Schema is up to date (version %1).</source>
        <translation>Das Schema ist aktuell (Version %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="138"/>
        <source>Applied %1</source>
        <translation>%1 angewendet</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="140"/>
        <source>Schema version %1 → %2.</source>
        <translation>Schemaversion %1 → %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="30"/>
        <source>%1 is larger than %2 KiB; Tailor refuses prompts that big.</source>
        <translation>%1 ist größer als %2 KiB; so große Prompts lehnt Tailor ab.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="36"/>
        <location filename="../app/cli/promptcommands.cpp" line="51"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="56"/>
        <source>%1 is not valid JSON at offset %2: %3.</source>
        <translation>%1 ist an Position %2 kein gültiges JSON: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="62"/>
        <source>%1 must hold a JSON object of input names and values.</source>
        <translation>%1 muss ein JSON-Objekt mit Eingabenamen und Werten enthalten.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="131"/>
        <source>FOLDER</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location filename="../app/cli/llmcommands.cpp" line="108"/>
        <location filename="../app/cli/profilecommands.cpp" line="550"/>
        <location filename="../app/cli/promptcommands.cpp" line="132"/>
        <location filename="../app/cli/workspacecommands.cpp" line="167"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="133"/>
        <source>LATEST</source>
        <translation>NEUESTE</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="134"/>
        <source>LABELS</source>
        <translation>LABELS</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="157"/>
        <source># %1 version %2 (%3)</source>
        <translation># %1 Version %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="162"/>
        <source># by %1 at %2: %3</source>
        <translation># von %1 am %2: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="166"/>
        <source># labels: %1</source>
        <translation># Labels: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="179"/>
        <source>&apos;prompt create&apos; needs --file FILE.prompty</source>
        <translation>&apos;prompt create&apos; erwartet --file FILE.prompty</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="198"/>
        <source>Created %1 version 1 (%2).</source>
        <translation>%1 Version 1 angelegt (%2).</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="208"/>
        <source>&apos;prompt save&apos; needs --file FILE.prompty</source>
        <translation>&apos;prompt save&apos; erwartet --file FILE.prompty</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="222"/>
        <location filename="../app/cli/promptcommands.cpp" line="274"/>
        <source>--base &apos;%1&apos; is not a version number</source>
        <translation>--base &apos;%1&apos; ist keine Versionsnummer</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="240"/>
        <source>Saved %1 version %2 (%3).</source>
        <translation>%1 Version %2 gespeichert (%3).</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="246"/>
        <source>No changes: version %1 of %2 already has this content.</source>
        <translation>Keine Änderungen: Version %1 von %2 hat bereits diesen Inhalt.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="265"/>
        <source>&apos;%1&apos; is not a version number</source>
        <translation>&apos;%1&apos; ist keine Versionsnummer</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="284"/>
        <source>Reverted %1 to the content of version %2 as version %3.</source>
        <translation>%1 auf den Inhalt von Version %2 zurückgesetzt, als Version %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="325"/>
        <source>(about %1 tokens)</source>
        <translation>(etwa %1 Tokens)</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="364"/>
        <source>%1: valid (%2 warning(s)).</source>
        <translation>%1: gültig (%2 Warnung(en)).</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="384"/>
        <source>&apos;prompt diff&apos; needs two versions, or a stored prompt with at least two</source>
        <translation>&apos;prompt diff&apos; erwartet zwei Versionen oder einen gespeicherten Prompt mit mindestens zwei</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="427"/>
        <source>%1 and %2 are identical.</source>
        <translation>%1 und %2 sind identisch.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="441"/>
        <source>&apos;prompt label --remove&apos; takes NAME LABEL, without a version</source>
        <translation>&apos;prompt label --remove&apos; erwartet NAME LABEL, ohne Version</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="443"/>
        <source>&apos;prompt label&apos; needs NAME LABEL VERSION (or --remove)</source>
        <translation>&apos;prompt label&apos; erwartet NAME LABEL VERSION (oder --remove)</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="453"/>
        <source>Removed label %1 from %2.</source>
        <translation>Label %1 von %2 entfernt.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="468"/>
        <source>%1@%2 now points at version %3.</source>
        <translation>%1@%2 verweist jetzt auf Version %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="503"/>
        <source>Versions of %1:</source>
        <translation>Versionen von %1:</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="510"/>
        <source> (revert of v%1)</source>
        <translation> (Wiederherstellung von v%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="515"/>
        <source>Label history:</source>
        <translation>Label-Verlauf:</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="517"/>
        <source>  (no label was ever set)</source>
        <translation>  (nie wurde ein Label gesetzt)</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="521"/>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="523"/>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="553"/>
        <source>%1 → %2 version %3</source>
        <translation>%1 → %2 Version %3</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="556"/>
        <source>%1 → %2: unchanged (version %3)</source>
        <translation>%1 → %2: unverändert (Version %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="592"/>
        <source>Created folder %1.</source>
        <translation>Ordner %1 angelegt.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="605"/>
        <source>Moved %1 to %2.</source>
        <translation>%1 nach %2 verschoben.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="607"/>
        <source>the top level</source>
        <translation>die oberste Ebene</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="616"/>
        <source>What changed and why.</source>
        <translation>Was sich geändert hat und warum.</translation>
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
        <translation>Eine JSON-Datei mit einem Objekt aus Eingabewerten.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="53"/>
        <source>Text encoding: auto (default), utf-8 or latin-1.</source>
        <translation>Textkodierung: auto (Standard), utf-8 oder latin-1.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="54"/>
        <source>encoding</source>
        <translation>kodierung</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="60"/>
        <source>Timestamps: auto (default), s, ms or iso.</source>
        <translation>Zeitstempel: auto (Standard), s, ms oder iso.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="61"/>
        <source>unit</source>
        <translation>einheit</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="63"/>
        <source>Event kind of rows without a kind column (default: rating).</source>
        <translation>Ereignisart für Zeilen ohne Art-Spalte (Standard: rating).</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="64"/>
        <source>kind</source>
        <translation>art</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="66"/>
        <source>Separator inside the categories column (default: |).</source>
        <translation>Trennzeichen in der Kategorienspalte (Standard: |).</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="78"/>
        <source>Where --skip-bad-rows writes rejected rows (default: FILE.rejects.tsv).</source>
        <translation>Wohin --skip-bad-rows abgewiesene Zeilen schreibt (Standard: FILE.rejects.tsv).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="210"/>
        <location filename="../app/cli/profilecommands.cpp" line="80"/>
        <location filename="../app/cli/promptcommands.cpp" line="625"/>
        <location filename="../app/cli/promptcommands.cpp" line="715"/>
        <location filename="../app/cli/promptcommands.cpp" line="732"/>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="83"/>
        <source>Only show how the first N rows would be read; import nothing.</source>
        <translation>Nur zeigen, wie die ersten N Zeilen gelesen würden; nichts importieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="133"/>
        <source>Unknown consent &apos;%1&apos;: use unknown, granted or refused.</source>
        <translation>Unbekannte Einwilligung &apos;%1&apos;: verwenden Sie unknown, granted oder refused.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="148"/>
        <source>--preview needs a positive number of rows, not &apos;%1&apos;</source>
        <translation>--preview erwartet eine positive Anzahl von Zeilen, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="158"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="160"/>
        <source>Format: %1, encoding: %2, separator: %3, header: %4
</source>
        <translation>Format: %1, Kodierung: %2, Trennzeichen: %3, Kopfzeile: %4
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="164"/>
        <source>none (JSON Lines)</source>
        <translation>keines (JSON Lines)</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="166"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="167"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="168"/>
        <source>Columns: %1
</source>
        <translation>Spalten: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="172"/>
        <source>Mapping problem: %1
</source>
        <translation>Zuordnungsproblem: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="205"/>
        <source>Imported %1 (%2, %3): %4 rows, %5 new, %6 updated, %7 duplicates</source>
        <translation>%1 importiert (%2, %3): %4 Zeilen, %5 neu, %6 aktualisiert, %7 Duplikate</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="211"/>
        <source>, %1 rejected (see %2)</source>
        <translation>, %1 abgelehnt (siehe %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="213"/>
        <source>; %1 profiles derived in %2 ms.
</source>
        <translation>; %1 Profile in %2 ms abgeleitet.
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="217"/>
        <source>Warning: conflicting duplicates (other values than the row already imported, which was kept): %1. The first: %2.
</source>
        <translation>Warnung: widersprüchliche Duplikate (andere Werte als die bereits importierte Zeile, die behalten wurde): %1. Das erste: %2.
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="223"/>
        <source>Import with --skip-bad-rows to have each of them listed in a rejects file.
</source>
        <translation>Importieren Sie mit --skip-bad-rows, um jedes davon in einer Ablehnungsdatei aufzulisten.
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="241"/>
        <source>Users with activity on or after this date (ISO 8601).</source>
        <translation>Nutzer mit Aktivität an oder nach diesem Datum (ISO 8601).</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="242"/>
        <location filename="../app/cli/profilecommands.cpp" line="245"/>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="244"/>
        <source>Users with activity before this date (ISO 8601).</source>
        <translation>Nutzer mit Aktivität vor diesem Datum (ISO 8601).</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="247"/>
        <source>Users whose consent is granted, refused or unknown.</source>
        <translation>Nutzer, deren Einwilligung erteilt, verweigert oder unbekannt ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="248"/>
        <source>consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="251"/>
        <source>Users whose (non-PII) attribute KEY equals VALUE. Repeatable.</source>
        <translation>Nutzer, deren (nicht personenbezogenes) Attribut KEY gleich VALUE ist. Wiederholbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="252"/>
        <source>key=value</source>
        <translation>schlüssel=wert</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="254"/>
        <source>Users whose id or a non-PII attribute value contains TEXT.</source>
        <translation>Nutzer, deren ID oder ein nicht personenbezogener Attributwert TEXT enthält.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="256"/>
        <source>Users with at least N interactions.</source>
        <translation>Nutzer mit mindestens N Interaktionen.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="270"/>
        <source>&apos;%1&apos; is not an ISO 8601 date (e.g. 2024-03-01).</source>
        <translation>&apos;%1&apos; ist kein ISO-8601-Datum (z. B. 2024-03-01).</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="308"/>
        <source>&apos;%1&apos; is not an attribute filter: write KEY=VALUE.</source>
        <translation>&apos;%1&apos; ist kein Attributfilter: schreiben Sie KEY=VALUE.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="318"/>
        <source>--min-interactions needs a whole number.</source>
        <translation>--min-interactions erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="369"/>
        <source>--limit needs a whole number</source>
        <translation>--limit erwartet eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="373"/>
        <source>--offset needs a whole number</source>
        <translation>--offset erwartet eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="383"/>
        <source>--segment cannot be combined with other filters</source>
        <translation>--segment kann nicht mit anderen Filtern kombiniert werden</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="397"/>
        <source>USER</source>
        <translation>NUTZER</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="398"/>
        <source>CONSENT</source>
        <translation>EINWILLIGUNG</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="399"/>
        <source>INTERACTIONS</source>
        <translation>INTERAKTIONEN</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="400"/>
        <source>FIRST</source>
        <translation>ERSTE</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="401"/>
        <source>LAST</source>
        <translation>LETZTE</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="402"/>
        <source>TOP INTERESTS</source>
        <translation>TOP-INTERESSEN</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="403"/>
        <source>ATTRIBUTES</source>
        <translation>ATTRIBUTE</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="414"/>
        <source>Showing %1 of more than %2 users.
</source>
        <translation>%1 von mehr als %2 Nutzern angezeigt.
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="415"/>
        <source>Showing %1 of %2 users.
</source>
        <translation>%1 von %2 Nutzern angezeigt.
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="428"/>
        <source>--history needs a whole number</source>
        <translation>--history erwartet eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="442"/>
        <source>User %1
</source>
        <translation>Nutzer %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="443"/>
        <source>  consent:      %1
</source>
        <translation>  Einwilligung:  %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="447"/>
        <source>  interactions: %1 (%2)
</source>
        <translation>  Interaktionen: %1 (%2)
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="450"/>
        <source>  active:       %1 to %2
</source>
        <translation>  aktiv:         %1 bis %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="452"/>
        <source>  attributes:   %1
</source>
        <translation>  Attribute:     %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="462"/>
        <source>Interests:
</source>
        <translation>Interessen:
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="476"/>
        <source>Dislikes:
</source>
        <translation>Abneigungen:
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="479"/>
        <source>Activity by month:
</source>
        <translation>Aktivität nach Monat:
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="484"/>
        <source>Latest interactions:
</source>
        <translation>Letzte Interaktionen:
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="509"/>
        <source>Derived %1 profiles.
</source>
        <translation>%1 Profile abgeleitet.
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="529"/>
        <source>Created segment &apos;%1&apos; (%2): %3 users.
</source>
        <translation>Segment &apos;%1&apos; angelegt (%2): %3 Nutzer.
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="551"/>
        <source>USERS</source>
        <translation>NUTZER</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="552"/>
        <source>FILTER</source>
        <translation>FILTER</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="567"/>
        <source>&apos;segment sample&apos; needs --size N with N ≥ 1</source>
        <translation>&apos;segment sample&apos; erwartet --size N mit N ≥ 1</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="573"/>
        <location filename="../app/cli/profilecommands.cpp" line="636"/>
        <source>--seed needs a non-negative whole number</source>
        <translation>--seed erwartet eine nicht negative ganze Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="600"/>
        <source>Deleted segment &apos;%1&apos;.
</source>
        <translation>Segment &apos;%1&apos; gelöscht.
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="629"/>
        <source>--users, --items and --ratings need positive whole numbers</source>
        <translation>--users, --items und --ratings erwarten positive ganze Zahlen</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="652"/>
        <source>Created the demo workspace %1: %2 users, %3 items, synthetic data.
</source>
        <translation>Demo-Arbeitsbereich %1 angelegt: %2 Nutzer, %3 Artikel, synthetische Daten.
</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="666"/>
        <source>The file to import.</source>
        <translation>Die zu importierende Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="669"/>
        <source>import an interaction log (ratings, views, clicks, purchases)</source>
        <translation>ein Interaktionsprotokoll importieren (Bewertungen, Aufrufe, Klicks, Käufe)</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="671"/>
        <source>Imports interactions: MovieLens u.data, ratings.dat or ratings.csv, or a generic CSV / JSON Lines file with user, item, timestamp and optionally kind and value columns. One transaction: a bad row stops the import and nothing is kept, unless --skip-bad-rows. Rows already imported are skipped as duplicates; one with another value is counted as a conflict (listed in the rejects file with --skip-bad-rows). The profiles of the users concerned are derived again.</source>
        <translation>Importiert Interaktionen: MovieLens u.data, ratings.dat oder ratings.csv oder eine generische CSV- / JSON-Lines-Datei mit den Spalten user, item, timestamp und optional kind und value. Eine Transaktion: Eine fehlerhafte Zeile stoppt den Import, und nichts wird übernommen, außer mit --skip-bad-rows. Bereits importierte Zeilen werden als Duplikate übersprungen; eine mit anderem Wert wird als Konflikt gezählt (mit --skip-bad-rows in der Ablehnungsdatei aufgeführt). Die Profile der betroffenen Nutzer werden neu abgeleitet.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="742"/>
        <source>Shows a user&apos;s profile: attributes, interaction counts by kind, interests with strength and band (dislikes apart, with negative strengths), monthly activity and the latest interactions with item titles.</source>
        <translation>Zeigt das Profil eines Nutzers: Attribute, Interaktionszahlen nach Art, Interessen mit Stärke und Stufe (Abneigungen getrennt, mit negativen Stärken), monatliche Aktivität und die letzten Interaktionen mit Artikeltiteln.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="686"/>
        <source>import an item catalog (titles, categories, attributes)</source>
        <translation>einen Artikelkatalog importieren (Titel, Kategorien, Attribute)</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="687"/>
        <source>Imports items: MovieLens u.item (Latin-1, 19 genre flags), movies.dat or movies.csv, or a generic CSV / JSON Lines catalog with id, title, categories and attribute columns. Items are updated in place.</source>
        <translation>Importiert Artikel: MovieLens u.item (Latin-1, 19 Genre-Flags), movies.dat oder movies.csv oder einen generischen CSV- / JSON-Lines-Katalog mit den Spalten id, title, categories und Attributspalten. Artikel werden an Ort und Stelle aktualisiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="698"/>
        <source>import user attributes, consent and PII markers</source>
        <translation>Nutzerattribute, Einwilligungen und PII-Markierungen importieren</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="699"/>
        <source>Imports users: MovieLens u.user or users.dat (zip marked as PII), or a generic CSV / JSON Lines file with an id, an optional consent column and attribute columns; --pii names the columns holding personal data.</source>
        <translation>Importiert Nutzer: MovieLens u.user oder users.dat (zip als PII markiert) oder eine generische CSV- / JSON-Lines-Datei mit einer id, einer optionalen Einwilligungsspalte und Attributspalten; --pii nennt die Spalten mit personenbezogenen Daten.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="714"/>
        <source>Users of this saved segment.</source>
        <translation>Nutzer dieses gespeicherten Segments.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="718"/>
        <source>Sort descending.</source>
        <translation>Absteigend sortieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="719"/>
        <source>Skip N users.</source>
        <translation>N Nutzer überspringen.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="721"/>
        <source>Show at most N users (default 50).</source>
        <translation>Höchstens N Nutzer anzeigen (Standard 50).</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="724"/>
        <source>Count every match instead of stopping at 10,000.</source>
        <translation>Jeden Treffer zählen, statt bei 10.000 aufzuhören.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="730"/>
        <source>list profiles, filtered and sorted</source>
        <translation>Profile auflisten, gefiltert und sortiert</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="731"/>
        <source>Lists user profiles: a page of users with their consent, activity, strongest interests and attributes (PII masked unless --reveal).</source>
        <translation>Listet Nutzerprofile auf: eine Seite von Nutzern mit Einwilligung, Aktivität, stärksten Interessen und Attributen (PII maskiert, außer mit --reveal).</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="741"/>
        <source>show one user&apos;s profile</source>
        <translation>das Profil eines Nutzers anzeigen</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="747"/>
        <source>Show PII attributes in clear (needs a role that may reveal PII; audited).</source>
        <translation>Personenbezogene Attribute im Klartext zeigen (braucht eine Rolle, die sie aufdecken darf; protokolliert).</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="751"/>
        <source>How many of the latest interactions to show (default 20).</source>
        <translation>Wie viele der neuesten Interaktionen angezeigt werden (Standard 20).</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="753"/>
        <source>The user&apos;s id as imported.</source>
        <translation>Die ID des Nutzers wie importiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="757"/>
        <source>derive every profile again</source>
        <translation>alle Profile neu ableiten</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="758"/>
        <source>Derives every user&apos;s profile again from the stored interactions (imports do this for the users they touch).</source>
        <translation>Leitet das Profil jedes Nutzers neu aus den gespeicherten Interaktionen ab (Importe tun das für die Nutzer, die sie betreffen).</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="772"/>
        <source>The segment&apos;s name.</source>
        <translation>Der Name des Segments.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="774"/>
        <source>What the segment is for.</source>
        <translation>Wofür das Segment gedacht ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="779"/>
        <source>save a filter as a segment</source>
        <translation>einen Filter als Segment speichern</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="780"/>
        <source>Saves the filter given by the options as a named segment and prints its size.</source>
        <translation>Speichert den durch die Optionen gegebenen Filter als benanntes Segment und gibt seine Größe aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="787"/>
        <source>list segments with their current sizes</source>
        <translation>Segmente mit ihrer aktuellen Größe auflisten</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="788"/>
        <source>Lists the saved segments, each recounted against the current profiles.</source>
        <translation>Listet die gespeicherten Segmente auf, jedes neu gezählt anhand der aktuellen Profile.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="795"/>
        <source>draw a reproducible sample of a segment&apos;s users</source>
        <translation>eine reproduzierbare Stichprobe der Nutzer eines Segments ziehen</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="796"/>
        <source>Prints up to N user ids of the segment chosen by the seed: the same seed on the same data gives the same users in the same order.</source>
        <translation>Gibt bis zu N Nutzer-IDs des Segments aus, ausgewählt anhand des Seeds: Derselbe Seed auf denselben Daten liefert dieselben Nutzer in derselben Reihenfolge.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="800"/>
        <source>How many users.</source>
        <translation>Wie viele Nutzer.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="802"/>
        <source>The sample&apos;s seed (default 0).</source>
        <translation>Startwert der Stichprobe (Standard 0).</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="803"/>
        <location filename="../app/cli/profilecommands.cpp" line="839"/>
        <source>seed</source>
        <translation>startwert</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="808"/>
        <source>delete a segment</source>
        <translation>ein Segment löschen</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="809"/>
        <source>Deletes a saved segment (audited).</source>
        <translation>Löscht ein gespeichertes Segment (wird protokolliert).</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="821"/>
        <source>Creates a workspace at PATH (a file, or a postgresql:// URL of an empty database) filled with deterministic synthetic data in MovieLens form — users with latent genre preferences, items in 18 genres, ratings over one year, about 5% of users without consent, e-mail addresses and zip codes marked as PII — imported through the regular importers, plus the shipped prompts. The workspace is marked as demo data.</source>
        <translation>Legt unter PATH einen Arbeitsbereich an (eine Datei oder eine postgresql://-URL einer leeren Datenbank), gefüllt mit deterministischen synthetischen Daten im MovieLens-Format – Nutzer mit latenten Genre-Vorlieben, Artikel in 18 Genres, Bewertungen über ein Jahr, etwa 5 % der Nutzer ohne Einwilligung, E-Mail-Adressen und Postleitzahlen als PII markiert –, importiert über die regulären Importer, dazu die mitgelieferten Prompts. Der Arbeitsbereich wird als Demodaten markiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="831"/>
        <source>Number of users (default 5000).</source>
        <translation>Anzahl der Nutzer (Standard 5000).</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="833"/>
        <source>Number of items (default 1600).</source>
        <translation>Anzahl der Artikel (Standard 1600).</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="836"/>
        <source>Approximate number of ratings (default 300000).</source>
        <translation>Ungefähre Anzahl der Bewertungen (Standard 300000).</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="838"/>
        <source>Seed of the generator (default 20240101).</source>
        <translation>Startwert des Generators (Standard 20240101).</translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="841"/>
        <source>Where to create the workspace.</source>
        <translation>Wo der Arbeitsbereich angelegt werden soll.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="634"/>
        <source>the prompt&apos;s name</source>
        <translation>der Name des Prompts</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="637"/>
        <source>a .prompty file, or a stored prompt: NAME, NAME@VERSION, NAME@LABEL or NAME@latest</source>
        <translation>eine .prompty-Datei oder ein gespeicherter Prompt: NAME, NAME@VERSION, NAME@LABEL oder NAME@latest</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="643"/>
        <source>show what changed between two versions</source>
        <translation>anzeigen, was sich zwischen zwei Versionen geändert hat</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="644"/>
        <source>Line and word diff of the body plus the structured changes of model parameters and inputs. With one stored prompt, compares its latest version with the one before.</source>
        <translation>Zeilen- und Wort-Diff des Hauptteils sowie die strukturierten Änderungen an Modellparametern und Eingaben. Bei einem einzelnen gespeicherten Prompt wird dessen neueste Version mit der vorherigen verglichen.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="650"/>
        <location filename="../app/cli/promptcommands.cpp" line="652"/>
        <source>a .prompty file or stored prompt reference</source>
        <translation>eine .prompty-Datei oder ein Verweis auf einen gespeicherten Prompt</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="658"/>
        <source>point a label at a version, or remove it</source>
        <translation>ein Label auf eine Version setzen oder es entfernen</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="659"/>
        <source>Moves LABEL of NAME to VERSION (a number, a label or latest). production and staging are protected: only an admin moves them until releases do. Every move is audited and kept in the label history.</source>
        <translation>Setzt LABEL von NAME auf VERSION (eine Nummer, ein Label oder latest). production und staging sind geschützt: Bis Freigaben das übernehmen, verschiebt sie nur ein Administrator. Jede Verschiebung wird protokolliert und im Label-Verlauf festgehalten.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="665"/>
        <source>Remove the label instead.</source>
        <translation>Stattdessen das Label entfernen.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="667"/>
        <source>Why the label moves.</source>
        <translation>Warum das Label verschoben wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="670"/>
        <source>the label</source>
        <translation>das Label</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="671"/>
        <source>the version</source>
        <translation>die Version</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="677"/>
        <source>import .prompty files as prompts or new versions</source>
        <translation>.prompty-Dateien als Prompts oder neue Versionen importieren</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="678"/>
        <source>Imports each FILE as the prompt named after the file (without .prompty), in the folder its front matter names: a new prompt, or a new version when the content differs. All files or none.</source>
        <translation>Importiert jede FILE als den nach der Datei benannten Prompt (ohne .prompty), in den Ordner, den ihr Front Matter nennt: als neuen Prompt oder, wenn sich der Inhalt unterscheidet, als neue Version. Alle Dateien oder keine.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="684"/>
        <source>.prompty files</source>
        <translation>.prompty-Dateien</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="690"/>
        <source>list prompts with folder, latest version and labels</source>
        <translation>Prompts mit Ordner, neuester Version und Labels auflisten</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="691"/>
        <source>Lists the workspace&apos;s prompts.</source>
        <translation>Listet die Prompts des Arbeitsbereichs auf.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="694"/>
        <source>Only prompts whose name or folder contains TEXT.</source>
        <translation>Nur Prompts, deren Name oder Ordner TEXT enthält.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="700"/>
        <source>print a stored version</source>
        <translation>eine gespeicherte Version ausgeben</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="701"/>
        <source>Prints a version&apos;s Prompty text with its author, time, message and labels.</source>
        <translation>Gibt den Prompty-Text einer Version mit Autor, Zeitpunkt, Nachricht und Labels aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="704"/>
        <source>Print only the Prompty text.</source>
        <translation>Nur den Prompty-Text ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="709"/>
        <source>create a prompt from a .prompty file</source>
        <translation>einen Prompt aus einer .prompty-Datei anlegen</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="710"/>
        <source>Creates prompt NAME with version 1 from --file. The folder comes from --folder or the file&apos;s front matter.</source>
        <translation>Legt den Prompt NAME mit Version 1 aus --file an. Der Ordner stammt aus --folder oder dem Front Matter der Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="714"/>
        <location filename="../app/cli/promptcommands.cpp" line="731"/>
        <source>The .prompty file.</source>
        <translation>Die .prompty-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="718"/>
        <source>Folder, e.g. recommendation/ranking.</source>
        <translation>Ordner, z. B. recommendation/ranking.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="719"/>
        <source>folder</source>
        <translation>ordner</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="725"/>
        <source>save a new version from a .prompty file</source>
        <translation>eine neue Version aus einer .prompty-Datei speichern</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="726"/>
        <source>Saves --file as the next version of NAME. With --base N the save fails with a conflict (exit 2) when someone saved after version N; identical content creates no version.</source>
        <translation>Speichert --file als nächste Version von NAME. Mit --base N schlägt das Speichern mit einem Konflikt fehl (Exit-Code 2), wenn jemand nach Version N gespeichert hat; identischer Inhalt erzeugt keine Version.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="734"/>
        <source>The version your edit started from.</source>
        <translation>Die Version, von der Ihre Bearbeitung ausging.</translation>
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
        <translation>den Inhalt einer alten Version als neue Version speichern</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="742"/>
        <source>Creates a new version of NAME with the content of VERSION. Nothing is deleted.</source>
        <translation>Legt eine neue Version von NAME mit dem Inhalt von VERSION an. Es wird nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="745"/>
        <source>The latest version you know of.</source>
        <translation>Die neueste Version, die Sie kennen.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="750"/>
        <source>the version to bring back</source>
        <translation>die Version, die zurückgeholt werden soll</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="754"/>
        <source>render a prompt&apos;s messages</source>
        <translation>die Nachrichten eines Prompts rendern</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="755"/>
        <source>Renders a .prompty file or stored version with the inputs in --inputs (merged over the template&apos;s samples with --sample; the samples alone without --inputs). Refuses with every error when inputs are missing, mistyped or undeclared variables are used.</source>
        <translation>Rendert eine .prompty-Datei oder eine gespeicherte Version mit den Eingaben aus --inputs (mit --sample über die Beispieleingaben der Vorlage gelegt; ohne --inputs nur die Beispieleingaben). Lehnt mit allen Fehlern ab, wenn Eingaben fehlen, den falschen Typ haben oder nicht deklarierte Variablen verwendet werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="761"/>
        <source>Start from the template&apos;s sample inputs.</source>
        <translation>Von den Beispieleingaben der Vorlage ausgehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="767"/>
        <source>check syntax and variables; exit 1 on errors</source>
        <translation>Syntax und Variablen prüfen; bei Fehlern Exit-Code 1</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="768"/>
        <source>Reports syntax errors, undeclared and unused variables, and, for --inputs (default: the samples), missing, unexpected and mistyped inputs, with line and column. Exits 1 when there is an error.</source>
        <translation>Meldet Syntaxfehler, nicht deklarierte und ungenutzte Variablen sowie für --inputs (Standard: die Beispieleingaben) fehlende, unerwartete und falsch typisierte Eingaben, mit Zeile und Spalte. Endet mit Exit-Code 1, wenn ein Fehler vorliegt.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="779"/>
        <source>list versions and label moves</source>
        <translation>Versionen und Label-Verschiebungen auflisten</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="780"/>
        <source>Lists NAME&apos;s versions, newest first, and the history of its labels.</source>
        <translation>Listet die Versionen von NAME auf, neueste zuerst, sowie den Verlauf seiner Labels.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="783"/>
        <source>Only this label&apos;s history.</source>
        <translation>Nur den Verlauf dieses Labels.</translation>
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
        <translation>Prompts als .prompty-Dateien schreiben</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="791"/>
        <source>Writes each prompt (all, or those named with --prompt) to DIR/&lt;folder&gt;/&lt;name&gt;.prompty, at its latest version or at --label. Audited.</source>
        <translation>Schreibt jeden Prompt (alle oder die mit --prompt genannten) nach DIR/&lt;folder&gt;/&lt;name&gt;.prompty, in seiner neuesten Version oder der von --label. Wird protokolliert.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="795"/>
        <source>Export this prompt (repeatable).</source>
        <translation>Diesen Prompt exportieren (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="799"/>
        <source>Export the version this label points at.</source>
        <translation>Die Version exportieren, auf die dieses Label verweist.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="801"/>
        <source>the target directory</source>
        <translation>das Zielverzeichnis</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="805"/>
        <source>create a folder</source>
        <translation>einen Ordner anlegen</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="806"/>
        <source>Creates an (empty) prompt folder.</source>
        <translation>Legt einen (leeren) Prompt-Ordner an.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="809"/>
        <source>folder path, e.g. recommendation/ranking</source>
        <translation>Ordnerpfad, z. B. recommendation/ranking</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="813"/>
        <source>move a prompt to another folder</source>
        <translation>einen Prompt in einen anderen Ordner verschieben</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="814"/>
        <source>Moves NAME into FOLDER (&quot;&quot; for the top level). Versions are unchanged.</source>
        <translation>Verschiebt NAME in FOLDER (&quot;&quot; für die oberste Ebene). Versionen bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/promptcommands.cpp" line="818"/>
        <source>the target folder</source>
        <translation>der Zielordner</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="168"/>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="169"/>
        <source>GRANTED BY</source>
        <translation>ERTEILT VON</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="170"/>
        <source>GRANTED AT</source>
        <translation>ERTEILT AM</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="177"/>
        <source>Operators not listed are viewers.</source>
        <translation>Nicht aufgeführte Bediener sind Betrachter.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="189"/>
        <source>unknown role &apos;%1&apos; (roles: %2)</source>
        <translation>unbekannte Rolle &apos;%1&apos; (Rollen: %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="201"/>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="219"/>
        <source>%1 no longer has a role; they are a viewer.</source>
        <translation>%1 hat keine Rolle mehr und ist damit Betrachter.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="234"/>
        <source>create a new workspace; you become its admin</source>
        <translation>neuen Arbeitsbereich anlegen; Sie werden dessen Administrator</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="235"/>
        <source>Creates a workspace at --db (a new SQLite file, or an empty PostgreSQL database) and makes the operator its admin. Refuses a database that already holds a workspace or other tables.</source>
        <translation>Legt einen Arbeitsbereich unter --db an (eine neue SQLite-Datei oder eine leere PostgreSQL-Datenbank) und macht den Bediener zu dessen Administrator. Lehnt eine Datenbank ab, die bereits einen Arbeitsbereich oder andere Tabellen enthält.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="244"/>
        <source>show the workspace, schema, operator and role</source>
        <translation>Arbeitsbereich, Schema, Bediener und Rolle anzeigen</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="245"/>
        <source>Shows the workspace URL, dialect, schema version, creator, your identity and role, and audit size. Does not change the workspace.</source>
        <translation>Zeigt URL, Dialekt, Schemaversion und Ersteller des Arbeitsbereichs, Ihre Identität und Rolle sowie den Umfang des Prüfprotokolls. Ändert den Arbeitsbereich nicht.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="255"/>
        <source>apply pending schema migrations</source>
        <translation>ausstehende Schemamigrationen anwenden</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="256"/>
        <source>Brings the workspace schema to the version this Tailor knows. Workspaces are also migrated when opened; this verb reports what it did. With --check, changes nothing and exits 1 when migrations are pending.</source>
        <translation>Bringt das Schema des Arbeitsbereichs auf die Version, die diese Tailor-Version kennt. Arbeitsbereiche werden auch beim Öffnen migriert; dieser Befehl meldet, was er getan hat. Mit --check wird nichts geändert, und der Exit-Code ist 1, wenn Migrationen ausstehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="265"/>
        <source>Only report; exit 1 when migrations are pending.</source>
        <translation>Nur melden; Exit-Code 1, wenn Migrationen ausstehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="270"/>
        <source>list operators and their roles</source>
        <translation>Bediener und ihre Rollen auflisten</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="271"/>
        <source>Lists the operators who hold a role in this workspace. Everyone else is a viewer.</source>
        <translation>Listet die Bediener auf, die in diesem Arbeitsbereich eine Rolle haben. Alle anderen sind Betrachter.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="279"/>
        <source>give an operator a role (admin only)</source>
        <translation>einem Bediener eine Rolle erteilen (nur admin)</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="280"/>
        <source>Gives NAME the role ROLE (viewer, editor, analyst, approver, admin). Needs the admin role; audited.</source>
        <translation>Erteilt NAME die Rolle ROLE (viewer, editor, analyst, approver, admin). Erfordert die Rolle admin; wird protokolliert.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="286"/>
        <source>operator name (OS login, or database role on PostgreSQL)</source>
        <translation>Bedienername (OS-Anmeldename, bei PostgreSQL die Datenbankrolle)</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="289"/>
        <source>viewer, editor, analyst, approver or admin</source>
        <translation>viewer, editor, analyst, approver oder admin</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="293"/>
        <source>remove an operator&apos;s role (admin only)</source>
        <translation>einem Bediener die Rolle entziehen (nur admin)</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="294"/>
        <source>Removes NAME&apos;s role, leaving them a viewer. Needs the admin role; the last admin cannot be removed. Audited.</source>
        <translation>Entzieht NAME die Rolle; NAME ist danach Betrachter. Erfordert die Rolle admin; der letzte Administrator kann nicht entfernt werden. Wird protokolliert.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="300"/>
        <source>operator name</source>
        <translation>Bedienername</translation>
    </message>
</context>
<context>
    <name>tailor::ActivityTimeline</name>
    <message>
        <location filename="../ui/widgets/activitytimeline.cpp" line="34"/>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/activitytimeline.cpp" line="45"/>
        <source>No activity recorded for this user.</source>
        <translation>Für diesen Nutzer ist keine Aktivität erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/activitytimeline.cpp" line="127"/>
        <source>%1: 1 interaction</source>
        <translation>%1: 1 Interaktion</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/activitytimeline.cpp" line="128"/>
        <source>%1: %Ln interactions</source>
        <translation>
            <numerusform>%1: %Ln Interaktion</numerusform>
            <numerusform>%1: %Ln Interaktionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tailor::AuditAnchor</name>
    <message>
        <location filename="../core/storage/auditanchor.cpp" line="53"/>
        <source>%1 is not an audit anchor (%2); an anchor is SEQ:HASH, as `tailor-cli audit anchor` prints it</source>
        <translation>%1 ist kein Prüfprotokoll-Anker (%2); ein Anker hat die Form SEQ:HASH, wie `tailor-cli audit anchor` ihn ausgibt</translation>
    </message>
    <message>
        <location filename="../core/storage/auditanchor.cpp" line="60"/>
        <source>no &apos;:&apos; between sequence and hash</source>
        <translation>kein &apos;:&apos; zwischen Sequenznummer und Hash</translation>
    </message>
    <message>
        <location filename="../core/storage/auditanchor.cpp" line="70"/>
        <source>the sequence number must be a whole number from 1</source>
        <translation>die Sequenznummer muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <location filename="../core/storage/auditanchor.cpp" line="74"/>
        <source>the hash must be 64 hexadecimal digits</source>
        <translation>der Hash muss aus 64 Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <location filename="../core/storage/auditanchor.cpp" line="110"/>
        <source>%1 holds no audit anchor (one SEQ:HASH per line; blank lines and lines starting with # are skipped)</source>
        <translation>%1 enthält keinen Prüfprotokoll-Anker (ein SEQ:HASH pro Zeile; leere Zeilen und Zeilen, die mit # beginnen, werden übersprungen)</translation>
    </message>
    <message>
        <location filename="../core/storage/auditanchor.cpp" line="122"/>
        <source>Cannot read the anchors file %1: %2</source>
        <translation>Die Ankerdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/auditanchor.cpp" line="126"/>
        <source>The anchors file %1 is larger than 16 MiB: it is not a list of anchors</source>
        <translation>Die Ankerdatei %1 ist größer als 16 MiB: Sie ist keine Liste von Ankern</translation>
    </message>
</context>
<context>
    <name>tailor::AuditLog</name>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="171"/>
        <source>An audit entry needs an action.</source>
        <translation>Ein Protokolleintrag braucht eine Aktion.</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="65"/>
        <location filename="../core/storage/auditlog.cpp" line="196"/>
        <location filename="../core/storage/auditlog.cpp" line="337"/>
        <source>reading the audit log head</source>
        <translation>Lesen des Prüfprotokollkopfs</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="78"/>
        <source>it is empty, but every workspace&apos;s log begins with its creation</source>
        <translation>es ist leer, aber das Protokoll jedes Arbeitsbereichs beginnt mit dessen Anlegen</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="80"/>
        <source>its head is missing, but it holds entries up to %1</source>
        <translation>sein Kopf fehlt, aber es enthält Einträge bis %1</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="82"/>
        <source>it is empty, but its head records entry %1</source>
        <translation>es ist leer, aber sein Kopf verweist auf Eintrag %1</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="84"/>
        <source>it goes on to entry %1 beyond its head (entry %2)</source>
        <translation>es reicht bis Eintrag %1 über seinen Kopf (Eintrag %2) hinaus</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="87"/>
        <source>it ends at entry %1, but its head records entry %2</source>
        <translation>es endet bei Eintrag %1, aber sein Kopf verweist auf Eintrag %2</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="89"/>
        <source>its head&apos;s hash is not the hash of entry %1</source>
        <translation>der Hash seines Kopfs ist nicht der Hash von Eintrag %1</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="94"/>
        <source>The audit log needs `tailor-cli audit verify` (in Tailor: Settings → Verify audit log): %1. Tailor adds nothing to a log that does not end at its head, so this change was not made.</source>
        <translation>Das Prüfprotokoll muss mit `tailor-cli audit verify` geprüft werden (in Tailor: Einstellungen → Protokoll prüfen): %1. Tailor fügt einem Protokoll, das nicht an seinem Kopf endet, nichts hinzu; daher wurde diese Änderung nicht vorgenommen.</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="126"/>
        <source>Workspace created</source>
        <translation>Arbeitsbereich angelegt</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="127"/>
        <source>Demo data created</source>
        <translation>Demodaten angelegt</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="128"/>
        <source>Workspace upgraded</source>
        <translation>Arbeitsbereich aktualisiert</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="129"/>
        <source>Role granted</source>
        <translation>Rolle erteilt</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="130"/>
        <source>Role revoked</source>
        <translation>Rolle entzogen</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="131"/>
        <source>Endpoint saved</source>
        <translation>Endpunkt gespeichert</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="132"/>
        <source>Endpoint removed</source>
        <translation>Endpunkt entfernt</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="133"/>
        <source>Folder created</source>
        <translation>Ordner angelegt</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="134"/>
        <source>Prompt created</source>
        <translation>Prompt angelegt</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="135"/>
        <source>Prompt version saved</source>
        <translation>Prompt-Version gespeichert</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="136"/>
        <source>Prompt reverted</source>
        <translation>Prompt zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="137"/>
        <source>Prompt moved</source>
        <translation>Prompt verschoben</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="138"/>
        <source>Prompts imported</source>
        <translation>Prompts importiert</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="139"/>
        <source>Prompts exported</source>
        <translation>Prompts exportiert</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="140"/>
        <source>Label moved</source>
        <translation>Label verschoben</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="141"/>
        <source>Label removed</source>
        <translation>Label entfernt</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="142"/>
        <source>Profiles imported</source>
        <translation>Profile importiert</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="144"/>
        <source>Profiles derived again</source>
        <translation>Profile neu abgeleitet</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="145"/>
        <source>Personal data revealed</source>
        <translation>Personenbezogene Daten aufgedeckt</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="146"/>
        <source>Segment saved</source>
        <translation>Segment gespeichert</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="147"/>
        <source>Segment deleted</source>
        <translation>Segment gelöscht</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="183"/>
        <location filename="../core/storage/auditlog.cpp" line="218"/>
        <source>appending to the audit log</source>
        <translation>Anhängen an das Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="187"/>
        <source>The server did not return the new audit entry.</source>
        <translation>Der Server hat den neuen Protokolleintrag nicht zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="225"/>
        <source>moving the audit log head</source>
        <translation>Verschieben des Prüfprotokollkopfs</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="291"/>
        <location filename="../core/storage/auditlog.cpp" line="295"/>
        <location filename="../core/storage/auditlog.cpp" line="350"/>
        <location filename="../core/storage/auditlog.cpp" line="365"/>
        <source>reading the audit log</source>
        <translation>Lesen des Prüfprotokolls</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="312"/>
        <source>counting audit entries</source>
        <translation>Zählen der Protokolleinträge</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="331"/>
        <source>reading workspace metadata</source>
        <translation>Lesen der Arbeitsbereich-Metadaten</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="379"/>
        <source>the workspace&apos;s metadata has no workspace ID, so the log cannot be tied to this workspace: the metadata was removed, or the workspace was never fully created</source>
        <translation>die Metadaten des Arbeitsbereichs enthalten keine Arbeitsbereich-ID, daher kann das Protokoll nicht an diesen Arbeitsbereich gebunden werden: Die Metadaten wurden entfernt, oder der Arbeitsbereich wurde nie vollständig angelegt</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="404"/>
        <source>entry %1 is missing (the log jumps from %2 to %3): an entry was deleted</source>
        <translation>Eintrag %1 fehlt (das Protokoll springt von %2 auf %3): ein Eintrag wurde gelöscht</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="408"/>
        <source>entry %1 appears twice or out of sequence</source>
        <translation>Eintrag %1 kommt doppelt oder außerhalb der Reihenfolge vor</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="412"/>
        <source>entry %1 was modified: its content does not match its hash</source>
        <translation>Eintrag %1 wurde verändert: sein Inhalt passt nicht zu seinem Hash</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="418"/>
        <source>entry 1 does not begin the chain: its previous hash is not all zeros, so entries before it were cut off</source>
        <translation>Eintrag 1 beginnt die Kette nicht: Sein Vorgänger-Hash besteht nicht nur aus Nullen, also wurden Einträge davor abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="424"/>
        <source>entry 1 is %1 on %2, not the creation of this workspace (workspace.create on %3): the beginning of the log was replaced</source>
        <translation>Eintrag 1 ist %1 am %2, nicht das Anlegen dieses Arbeitsbereichs (workspace.create am %3): Der Anfang des Protokolls wurde ersetzt</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="430"/>
        <source>entry %1 does not follow entry %2 (previous-hash mismatch): entries were reordered or replaced</source>
        <translation>Eintrag %1 folgt nicht auf Eintrag %2 (Vorgänger-Hash stimmt nicht überein): Einträge wurden umsortiert oder ersetzt</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="447"/>
        <source>the audit log is empty, but this workspace was created (ID %1) and every workspace&apos;s log begins with its creation: its entries were deleted</source>
        <translation>das Prüfprotokoll ist leer, aber dieser Arbeitsbereich wurde angelegt (ID %1), und das Protokoll jedes Arbeitsbereichs beginnt mit dessen Anlegen: Seine Einträge wurden gelöscht</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="455"/>
        <source>the audit log&apos;s head is missing, but the log holds %1 entries: the head was deleted, so a removed tail could not be noticed</source>
        <translation>der Kopf des Prüfprotokolls fehlt, aber das Protokoll enthält %1 Einträge: Der Kopf wurde gelöscht, sodass ein entferntes Ende nicht bemerkt werden konnte</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="461"/>
        <source>the log ends at entry %1 but its head records entry %2: entries were deleted from the end</source>
        <translation>das Protokoll endet bei Eintrag %1, sein Kopf verweist aber auf Eintrag %2: am Ende wurden Einträge gelöscht</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="466"/>
        <source>the audit log&apos;s head names entry %1 with another hash than the entry has: the head or the entry was replaced</source>
        <translation>der Kopf des Prüfprotokolls nennt Eintrag %1 mit einem anderen Hash, als der Eintrag hat: Der Kopf oder der Eintrag wurde ersetzt</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="470"/>
        <source>entry %1 lies beyond the log&apos;s head (entry %2): it was written behind Tailor&apos;s back, not appended, and blocks every later change until the workspace is restored</source>
        <translation>Eintrag %1 liegt hinter dem Kopf des Protokolls (Eintrag %2): Er wurde an Tailor vorbei geschrieben, nicht angehängt, und blockiert jede weitere Änderung, bis der Arbeitsbereich wiederhergestellt ist</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="477"/>
        <source>%1 entries (%2 to %3) lie beyond the log&apos;s head (entry %4): they were written behind Tailor&apos;s back, not appended, and block every later change until the workspace is restored</source>
        <translation>%1 Einträge (%2 bis %3) liegen hinter dem Kopf des Protokolls (Eintrag %4): Sie wurden an Tailor vorbei geschrieben, nicht angehängt, und blockieren jede weitere Änderung, bis der Arbeitsbereich wiederhergestellt ist</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="493"/>
        <source>the log has no entry %1 (it ends at entry %2): it was cut short, and perhaps re-chained, at or before entry %1</source>
        <translation>das Protokoll hat keinen Eintrag %1 (es endet bei Eintrag %2): Es wurde bei oder vor Eintrag %1 gekürzt und vielleicht neu verkettet</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="499"/>
        <source>entry %1 now has another hash (%2): the log was rewritten at or before entry %1</source>
        <translation>Eintrag %1 hat jetzt einen anderen Hash (%2): Das Protokoll wurde bei oder vor Eintrag %1 neu geschrieben</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="519"/>
        <source>The audit log is broken at entry %1 (%2), so Tailor gives no anchor for it: an anchor would vouch for a broken chain. See `tailor-cli audit verify`.</source>
        <translation>Das Prüfprotokoll ist bei Eintrag %1 beschädigt (%2), daher gibt Tailor dafür keinen Anker aus: Ein Anker würde für eine beschädigte Kette bürgen. Siehe `tailor-cli audit verify`.</translation>
    </message>
</context>
<context>
    <name>tailor::BulkStatement</name>
    <message>
        <location filename="../core/profiles/bulkstatement.cpp" line="65"/>
        <location filename="../core/profiles/bulkstatement.cpp" line="72"/>
        <source>Cannot prepare %1: %2</source>
        <translation>%1 kann nicht vorbereitet werden: %2</translation>
    </message>
</context>
<context>
    <name>tailor::BusyNote</name>
    <message>
        <location filename="../core/storage/busynote.cpp" line="104"/>
        <source>The workspace is busy with an import of %1 (started by %2 at %3); try again when it finishes.</source>
        <translation>Der Arbeitsbereich ist mit einem Import von %1 beschäftigt (gestartet von %2 am %3); versuchen Sie es erneut, wenn er abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>tailor::ChatPanel</name>
    <message>
        <location filename="../ui/chatpanel.cpp" line="36"/>
        <source>S&amp;ystem prompt (optional)</source>
        <translation>S&amp;ystem-Prompt (optional)</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="40"/>
        <source>You are a helpful assistant.</source>
        <translation>Sie sind ein hilfreicher Assistent.</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="46"/>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="50"/>
        <source>Say hello in five words.</source>
        <translation>Sagen Sie in fünf Wörtern Hallo.</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="60"/>
        <source>Use the cache</source>
        <translation>Cache verwenden</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="61"/>
        <source>Bypass the cache</source>
        <translation>Cache umgehen</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="62"/>
        <source>With the cache, an identical earlier request is answered from the workspace at no cost; bypassing always asks the endpoint.</source>
        <translation>Mit Cache wird eine identische frühere Anfrage kostenlos aus dem Arbeitsbereich beantwortet; beim Umgehen wird immer der Endpunkt gefragt.</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="65"/>
        <source>S&amp;tream the answer</source>
        <translation>Antwort s&amp;treamen</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="69"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="74"/>
        <source>Sen&amp;d</source>
        <translation>Sen&amp;den</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="92"/>
        <source>The answer appears here as it arrives.</source>
        <translation>Die Antwort erscheint hier, während sie eintrifft.</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="109"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="110"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="111"/>
        <source>First token</source>
        <translation>Erstes Token</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="112"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="113"/>
        <source>Cached</source>
        <translation>Aus dem Cache</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="114"/>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="166"/>
        <source>Cannot send: %1</source>
        <translation>Senden nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="183"/>
        <source>Sending to &apos;%1&apos;…</source>
        <translation>Wird an „%1“ gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="190"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="200"/>
        <source>Streaming…</source>
        <translation>Wird gestreamt…</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="218"/>
        <source>Retrying (attempt %1 of %2): %3</source>
        <translation>Neuer Versuch (Versuch %1 von %2): %3</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="235"/>
        <source>Dry run: nothing was sent; the tokens are counted.</source>
        <translation>Probelauf: Es wurde nichts gesendet; die Tokens werden gezählt.</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="237"/>
        <source>Answered by %1%2.</source>
        <translation>Beantwortet von %1%2.</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="240"/>
        <source> (finish reason: %1)</source>
        <translation> (Abschlussgrund: %1)</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="244"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="247"/>
        <source>Failed (%1).</source>
        <translation>Fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="252"/>
        <source>%1 prompt + %2 completion</source>
        <translation>%1 Prompt + %2 Completion</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="254"/>
        <source>%1 (estimated)</source>
        <translation>%1 (geschätzt)</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="256"/>
        <source>not streamed</source>
        <translation>nicht gestreamt</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="258"/>
        <source>yes (shared an identical call)</source>
        <translation>ja (identischen Aufruf mitgenutzt)</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="258"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/chatpanel.cpp" line="259"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>tailor::CompiledPrompt</name>
    <message>
        <location filename="../core/prompts/compiledprompt.cpp" line="105"/>
        <source>Mustache error in the %1 message: %2.</source>
        <translation>Mustache-Fehler in der %1-Nachricht: %2.</translation>
    </message>
    <message>
        <location filename="../core/prompts/compiledprompt.cpp" line="204"/>
        <source>variable &apos;%1&apos; is used at line %2, column %3 but not declared in inputs</source>
        <translation>Variable „%1“ wird in Zeile %2, Spalte %3 verwendet, ist aber nicht in inputs deklariert</translation>
    </message>
    <message>
        <location filename="../core/prompts/compiledprompt.cpp" line="211"/>
        <source>variable &apos;%1&apos; is used by partial &apos;%4&apos; (included at line %2, column %3) but not declared in inputs</source>
        <translation>Variable „%1“ wird vom Partial „%4“ verwendet (eingebunden in Zeile %2, Spalte %3), ist aber nicht in inputs deklariert</translation>
    </message>
    <message>
        <location filename="../core/prompts/compiledprompt.cpp" line="228"/>
        <source>input &apos;%1&apos; is declared at line %2 but never used</source>
        <translation>Eingabe „%1“ ist in Zeile %2 deklariert, wird aber nie verwendet</translation>
    </message>
    <message>
        <location filename="../core/prompts/compiledprompt.cpp" line="250"/>
        <source>input &apos;%1&apos; is required but missing</source>
        <translation>Eingabe „%1“ ist erforderlich, fehlt aber</translation>
    </message>
    <message>
        <location filename="../core/prompts/compiledprompt.cpp" line="262"/>
        <source>input &apos;%1&apos; is null but declared required</source>
        <translation>Eingabe „%1“ ist null, aber als erforderlich deklariert</translation>
    </message>
    <message>
        <location filename="../core/prompts/compiledprompt.cpp" line="265"/>
        <source>input &apos;%1&apos; should be %2 but is null, and it is declared required</source>
        <translation>Eingabe „%1“ sollte %2 sein, ist aber null, und sie ist als erforderlich deklariert</translation>
    </message>
    <message>
        <location filename="../core/prompts/compiledprompt.cpp" line="275"/>
        <source>input &apos;%1&apos; should be %2 but is %3</source>
        <translation>Eingabe „%1“ sollte %2 sein, ist aber %3</translation>
    </message>
    <message>
        <location filename="../core/prompts/compiledprompt.cpp" line="282"/>
        <source>input &apos;%1&apos; is provided but not used (the prompt does not declare it)</source>
        <translation>Eingabe „%1“ wird übergeben, aber nicht verwendet (der Prompt deklariert sie nicht)</translation>
    </message>
    <message>
        <location filename="../core/prompts/compiledprompt.cpp" line="311"/>
        <source>The prompt &apos;%1&apos; cannot be rendered:
%2</source>
        <translation>Der Prompt „%1“ kann nicht gerendert werden:
%2</translation>
    </message>
    <message>
        <location filename="../core/prompts/compiledprompt.cpp" line="322"/>
        <source>The %1 message of the prompt &apos;%2&apos; cannot be rendered: %3.</source>
        <translation>Die %1-Nachricht des Prompts „%2“ kann nicht gerendert werden: %3.</translation>
    </message>
</context>
<context>
    <name>tailor::CompletionParser</name>
    <message>
        <location filename="../core/llm/completionparser.cpp" line="194"/>
        <source>an empty answer</source>
        <translation>eine leere Antwort</translation>
    </message>
    <message>
        <location filename="../core/llm/completionparser.cpp" line="202"/>
        <source>an HTML page instead of JSON</source>
        <translation>eine HTML-Seite statt JSON</translation>
    </message>
    <message>
        <location filename="../core/llm/completionparser.cpp" line="203"/>
        <source>an HTML page (&quot;%1&quot;) instead of JSON</source>
        <translation>eine HTML-Seite („%1“) statt JSON</translation>
    </message>
    <message>
        <location filename="../core/llm/completionparser.cpp" line="211"/>
        <source>something that is not JSON: &quot;%1&quot;</source>
        <translation>etwas, das kein JSON ist: „%1“</translation>
    </message>
    <message>
        <location filename="../core/llm/completionparser.cpp" line="220"/>
        <source>JSON without choices: not a chat completion</source>
        <translation>JSON ohne choices: keine Chat-Completion</translation>
    </message>
    <message>
        <location filename="../core/llm/completionparser.cpp" line="231"/>
        <source>a choice without a message: not a chat completion</source>
        <translation>eine choice ohne message: keine Chat-Completion</translation>
    </message>
    <message>
        <location filename="../core/llm/completionparser.cpp" line="311"/>
        <source>an empty stream</source>
        <translation>einen leeren Stream</translation>
    </message>
    <message>
        <location filename="../core/llm/completionparser.cpp" line="327"/>
        <source>a stream chunk that is not JSON: &quot;%1&quot;</source>
        <translation>einen Stream-Chunk, der kein JSON ist: „%1“</translation>
    </message>
</context>
<context>
    <name>tailor::ConnectionReport</name>
    <message>
        <location filename="../core/llm/connectionreport.cpp" line="13"/>
        <source>&apos;%1&apos; works: %2 models listed, a chat request answered in %3 ms.</source>
        <translation>„%1“ funktioniert: %2 Modelle aufgelistet, eine Chat-Anfrage in %3 ms beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/llm/connectionreport.cpp" line="17"/>
        <source>&apos;%1&apos; works: a chat request answered in %2 ms (the server does not list its models).</source>
        <translation>„%1“ funktioniert: eine Chat-Anfrage in %2 ms beantwortet (der Server listet seine Modelle nicht auf).</translation>
    </message>
</context>
<context>
    <name>tailor::Consent</name>
    <message>
        <location filename="../core/profiles/consent.cpp" line="39"/>
        <source>granted</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <location filename="../core/profiles/consent.cpp" line="41"/>
        <source>refused</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <location filename="../core/profiles/consent.cpp" line="45"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>tailor::Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="105"/>
        <source>Qt&apos;s SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber von Qt ist nicht installiert (Debian-Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="111"/>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Der PostgreSQL-Treiber von Qt ist nicht installiert (Debian-Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="181"/>
        <location filename="../core/storage/database.cpp" line="198"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="57"/>
        <location filename="../core/storage/database.cpp" line="194"/>
        <source>%1 is not a Tailor workspace: it is not an SQLite database.</source>
        <translation>%1 ist kein Tailor-Arbeitsbereich: keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="32"/>
        <source>There is no workspace at %1.</source>
        <translation>Unter %1 gibt es keinen Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="35"/>
        <source>Cannot create the folder %1 for the new workspace.</source>
        <translation>Der Ordner %1 für den neuen Arbeitsbereich kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="40"/>
        <source>The folder %1 is read-only; Tailor cannot create a workspace there.</source>
        <translation>Der Ordner %1 ist schreibgeschützt; Tailor kann dort keinen Arbeitsbereich anlegen.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="47"/>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="52"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="61"/>
        <source>The workspace %1 is read-only; Tailor needs to write to it. Make it writable or open a copy.</source>
        <translation>Der Arbeitsbereich %1 ist schreibgeschützt; Tailor muss darin schreiben. Machen Sie ihn beschreibbar oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="67"/>
        <source>The folder of workspace %1 is read-only; SQLite needs to create its write-ahead log beside the file.</source>
        <translation>Der Ordner des Arbeitsbereichs %1 ist schreibgeschützt; SQLite muss neben der Datei sein Write-Ahead-Log anlegen.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="204"/>
        <source>The workspace %1 cannot use SQLite&apos;s write-ahead log (journal mode is %2).</source>
        <translation>Der Arbeitsbereich %1 kann das Write-Ahead-Log von SQLite nicht nutzen (Journal-Modus ist %2).</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="215"/>
        <source>Cannot configure the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht konfiguriert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="242"/>
        <source>Cannot connect to PostgreSQL at %1: %2</source>
        <translation>Keine Verbindung zu PostgreSQL unter %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="252"/>
        <source>Cannot configure the PostgreSQL session: %1</source>
        <translation>Die PostgreSQL-Sitzung kann nicht konfiguriert werden: %1</translation>
    </message>
</context>
<context>
    <name>tailor::DatabaseUrl</name>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="15"/>
        <source>use sqlite:///path/to/file.tailor or postgresql://user@host:port/database</source>
        <translation>verwenden Sie sqlite:///path/to/file.tailor oder postgresql://user@host:port/database</translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="46"/>
        <source>The workspace URL is empty; %1.</source>
        <translation>Die URL des Arbeitsbereichs ist leer; %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="55"/>
        <source>&apos;%1&apos; is not a workspace URL or a file path; %2.</source>
        <translation>„%1“ ist weder eine Arbeitsbereichs-URL noch ein Dateipfad; %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="66"/>
        <source>The SQLite workspace URL &apos;%1&apos; names no file; %2.</source>
        <translation>Die SQLite-URL „%1“ nennt keine Datei; %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="70"/>
        <source>The SQLite workspace URL &apos;%1&apos; needs an absolute path (three slashes: sqlite:///home/me/w.tailor).</source>
        <translation>Die SQLite-URL „%1“ braucht einen absoluten Pfad (drei Schrägstriche: sqlite:///home/me/w.tailor).</translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="80"/>
        <source>Unsupported workspace URL scheme &apos;%1&apos;; %2.</source>
        <translation>Nicht unterstütztes URL-Schema „%1“; %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="86"/>
        <source>The PostgreSQL URL &apos;%1&apos; is malformed: %2.</source>
        <translation>Die PostgreSQL-URL „%1“ ist fehlerhaft: %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="99"/>
        <source>The PostgreSQL URL &apos;%1&apos; has more than a database name in its path.</source>
        <translation>Der Pfad der PostgreSQL-URL „%1“ enthält mehr als einen Datenbanknamen.</translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="105"/>
        <source>The PostgreSQL URL &apos;%1&apos; has an invalid port.</source>
        <translation>Die PostgreSQL-URL „%1“ hat einen ungültigen Port.</translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="111"/>
        <source>The PostgreSQL URL &apos;%1&apos; has an empty port.</source>
        <translation>Die PostgreSQL-URL „%1“ hat einen leeren Port.</translation>
    </message>
    <message>
        <location filename="../core/storage/databaseurl.cpp" line="119"/>
        <source>Unknown PostgreSQL connection option &apos;%1&apos; (known: %2).</source>
        <translation>Unbekannte PostgreSQL-Verbindungsoption „%1“ (bekannt: %2).</translation>
    </message>
</context>
<context>
    <name>tailor::DemoWorkspace</name>
    <message>
        <location filename="../core/profiles/demoworkspace.cpp" line="72"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/profiles/demoworkspace.cpp" line="83"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/profiles/demoworkspace.cpp" line="233"/>
        <source>Cannot create a temporary folder for the demo data.</source>
        <translation>Für die Demodaten kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/profiles/demoworkspace.cpp" line="235"/>
        <source>Writing the synthetic MovieLens files</source>
        <translation>Die synthetischen MovieLens-Dateien werden geschrieben</translation>
    </message>
    <message>
        <location filename="../core/profiles/demoworkspace.cpp" line="239"/>
        <source>Creating the workspace</source>
        <translation>Der Arbeitsbereich wird angelegt</translation>
    </message>
    <message>
        <location filename="../core/profiles/demoworkspace.cpp" line="271"/>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <location filename="../core/profiles/demoworkspace.cpp" line="276"/>
        <source>The demo import of %1 failed: %2</source>
        <translation>Der Demo-Import von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/profiles/demoworkspace.cpp" line="299"/>
        <source>marking the workspace as demo data</source>
        <translation>Markieren des Arbeitsbereichs als Demodaten</translation>
    </message>
</context>
<context>
    <name>tailor::DisplayFormat</name>
    <message>
        <location filename="../ui/displayformat.cpp" line="21"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>tailor::EmptyStatePage</name>
    <message>
        <location filename="../ui/emptystatepage.cpp" line="51"/>
        <source>No workspace open — use File → New workspace or Open workspace.</source>
        <translation>Kein Arbeitsbereich geöffnet – Menü Datei: neu anlegen oder öffnen.</translation>
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
        <translation>llama.cpp-Server</translation>
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
        <translation>Benutzerdefiniert (OpenAI-kompatibel)</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="116"/>
        <source>Dry run (no network)</source>
        <translation>Probelauf (ohne Netzwerk)</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="190"/>
        <source>The request parameters are malformed: temperature, top_p, max_tokens and seed must be numbers, stop a text or a list of texts, response_format an object.</source>
        <translation>Die Anfrageparameter sind fehlerhaft: temperature, top_p, max_tokens und seed müssen Zahlen sein, stop ein Text oder eine Liste von Texten, response_format ein Objekt.</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="280"/>
        <source>check the API key in the environment variable %1 or in the keychain entry &apos;%2&apos;</source>
        <translation>prüfen Sie den API-Schlüssel in der Umgebungsvariable %1 oder im Schlüsselbundeintrag „%2“</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="285"/>
        <source>check the API key in %1</source>
        <translation>prüfen Sie den API-Schlüssel in %1</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="288"/>
        <source>check the API key in the keychain entry &apos;%1&apos;</source>
        <translation>prüfen Sie den API-Schlüssel im Schlüsselbundeintrag „%1“</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="291"/>
        <source>the endpoint &apos;%1&apos; names no API key: give it an environment variable or a keychain entry</source>
        <translation>der Endpunkt „%1“ nennt keinen API-Schlüssel: geben Sie ihm eine Umgebungsvariable oder einen Schlüsselbundeintrag</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="309"/>
        <source>&apos;%1&apos; is not a valid endpoint name: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit (at most 64 characters).</source>
        <translation>„%1“ ist kein gültiger Endpunktname: verwenden Sie Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;, beginnend mit einem Buchstaben oder einer Ziffer (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="320"/>
        <source>&apos;%1&apos; is not a usable base URL for the endpoint &apos;%2&apos;: give an http:// or https:// address such as https://api.openai.com/v1.</source>
        <translation>„%1“ ist keine verwendbare Basis-URL für den Endpunkt „%2“: geben Sie eine http://- oder https://-Adresse an, etwa https://api.openai.com/v1.</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="327"/>
        <source>The base URL of the endpoint &apos;%1&apos; contains a user name or password; Tailor keeps credentials out of URLs. Put the API key in the keychain or an environment variable.</source>
        <translation>Die Basis-URL des Endpunkts „%1“ enthält einen Benutzernamen oder ein Passwort; Tailor hält Zugangsdaten aus URLs heraus. Legen Sie den API-Schlüssel in den Schlüsselbund oder eine Umgebungsvariable.</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="334"/>
        <source>The base URL of the endpoint &apos;%1&apos; has a query or fragment; give only the address up to the API version, such as https://api.openai.com/v1.</source>
        <translation>Die Basis-URL des Endpunkts „%1“ enthält eine Query oder ein Fragment; geben Sie nur die Adresse bis zur API-Version an, etwa https://api.openai.com/v1.</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="341"/>
        <source>The endpoint &apos;%1&apos; needs a model name.</source>
        <translation>Der Endpunkt „%1“ braucht einen Modellnamen.</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="345"/>
        <source>The Azure OpenAI endpoint &apos;%1&apos; needs an API version, such as 2024-06-01.</source>
        <translation>Der Azure-OpenAI-Endpunkt „%1“ braucht eine API-Version, etwa 2024-06-01.</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="351"/>
        <source>The concurrency of the endpoint &apos;%1&apos; must be between 1 and 512, not %2.</source>
        <translation>Die Parallelität des Endpunkts „%1“ muss zwischen 1 und 512 liegen, nicht %2.</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="358"/>
        <source>The rate limits of the endpoint &apos;%1&apos; cannot be negative (0 means no limit).</source>
        <translation>Die Ratenlimits des Endpunkts „%1“ dürfen nicht negativ sein (0 bedeutet keine Begrenzung).</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="364"/>
        <source>The timeout of the endpoint &apos;%1&apos; must be between 0.1 s and 1 hour.</source>
        <translation>Das Zeitlimit des Endpunkts „%1“ muss zwischen 0,1 s und 1 Stunde liegen.</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="369"/>
        <source>The endpoint &apos;%1&apos; must try between 1 and 20 times, not %2.</source>
        <translation>Die Anzahl der Versuche des Endpunkts „%1“ muss zwischen 1 und 20 liegen, nicht %2.</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="376"/>
        <source>The prices of the endpoint &apos;%1&apos; must be zero or more.</source>
        <translation>Die Preise des Endpunkts „%1“ müssen null oder größer sein.</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="381"/>
        <source>The temperature of the endpoint &apos;%1&apos; must be between 0 and 2.</source>
        <translation>Die Temperatur des Endpunkts „%1“ muss zwischen 0 und 2 liegen.</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="386"/>
        <source>The top_p of the endpoint &apos;%1&apos; must be between 0 and 1.</source>
        <translation>top_p des Endpunkts „%1“ muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="391"/>
        <source>The max_tokens of the endpoint &apos;%1&apos; must be at least 1.</source>
        <translation>max_tokens des Endpunkts „%1“ muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="396"/>
        <source>The endpoint &apos;%1&apos; has more than 4 stop sequences.</source>
        <translation>Der Endpunkt „%1“ hat mehr als 4 Stoppsequenzen.</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="401"/>
        <source>The endpoint &apos;%1&apos; holds what looks like an API key where the key&apos;s name belongs. Tailor never stores keys: keep the key in the keychain or an environment variable and enter that entry&apos;s or variable&apos;s name.</source>
        <translation>Der Endpunkt „%1“ enthält dort, wo der Name des Schlüssels hingehört, etwas, das wie ein API-Schlüssel aussieht. Tailor speichert nie Schlüssel: Bewahren Sie den Schlüssel im Schlüsselbund oder in einer Umgebungsvariable auf und geben Sie den Namen dieses Eintrags bzw. dieser Variable ein.</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="408"/>
        <source>&apos;%1&apos; is not a valid environment variable name (letters, digits and &apos;_&apos;).</source>
        <translation>„%1“ ist kein gültiger Name für eine Umgebungsvariable (Buchstaben, Ziffern und &apos;_&apos;).</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="414"/>
        <source>&apos;%1&apos; is not a valid keychain entry name (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;:&apos;, &apos;@&apos; and &apos;/&apos;).</source>
        <translation>„%1“ ist kein gültiger Name für einen Schlüsselbundeintrag (Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;:&apos;, &apos;@&apos; und &apos;/&apos;).</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointconfig.cpp" line="447"/>
        <source>&apos;%1&apos; is not a known endpoint provider; use one of openai, azure-openai, ollama, llama.cpp, vllm, lm-studio, custom, dry-run.</source>
        <translation>„%1“ ist kein bekannter Endpunktanbieter; verwenden Sie openai, azure-openai, ollama, llama.cpp, vllm, lm-studio, custom oder dry-run.</translation>
    </message>
</context>
<context>
    <name>tailor::EndpointForm</name>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="112"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="127"/>
        <source>e.g. team-vllm</source>
        <translation>z. B. team-vllm</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="128"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="136"/>
        <source>How Tailor talks to the server: Azure OpenAI sends the key as api-key and addresses a deployment; the others use the OpenAI paths.</source>
        <translation>Wie Tailor mit dem Server spricht: Azure OpenAI sendet den Schlüssel als api-key und adressiert ein Deployment; die anderen verwenden die OpenAI-Pfade.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="139"/>
        <source>&amp;Provider</source>
        <translation>&amp;Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="144"/>
        <source>The address up to and including the API version path.</source>
        <translation>Die Adresse bis einschließlich des API-Versionspfads.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="145"/>
        <source>&amp;Base URL</source>
        <translation>&amp;Basis-URL</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="149"/>
        <source>The model name the server expects; for Azure OpenAI, the deployment.</source>
        <translation>Der Modellname, den der Server erwartet; bei Azure OpenAI das Deployment.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="150"/>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="155"/>
        <source>API &amp;version</source>
        <translation>API-&amp;Version</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="159"/>
        <source>e.g. OPENAI_API_KEY</source>
        <translation>z. B. OPENAI_API_KEY</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="161"/>
        <source>The name of an environment variable holding the API key. It wins over the keychain entry.</source>
        <translation>Der Name einer Umgebungsvariable, die den API-Schlüssel enthält. Sie hat Vorrang vor dem Schlüsselbundeintrag.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="162"/>
        <source>Key &amp;variable</source>
        <translation>Schlüssel&amp;variable</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="170"/>
        <source>e.g. openai</source>
        <translation>z. B. openai</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="171"/>
        <source>The name of the entry in the OS keychain that holds the API key.</source>
        <translation>Der Name des Eintrags im Schlüsselbund des Betriebssystems, der den API-Schlüssel enthält.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="173"/>
        <source>Store &amp;key…</source>
        <translation>Schlüssel &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="175"/>
        <source>Type the API key once and keep it in the OS keychain under this entry name. Tailor never saves the key itself.</source>
        <translation>Geben Sie den API-Schlüssel einmal ein und bewahren Sie ihn unter diesem Eintragsnamen im Schlüsselbund des Betriebssystems auf. Tailor speichert den Schlüssel selbst nie.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="181"/>
        <source>Keychain &amp;entry</source>
        <translation>Schlüsselbund&amp;eintrag</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="195"/>
        <source>Request defaults</source>
        <translation>Standardwerte für Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="199"/>
        <source>server default</source>
        <translation>Serverstandard</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="207"/>
        <source>&amp;Temperature</source>
        <translation>&amp;Temperatur</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="209"/>
        <source>Max to&amp;kens</source>
        <translation>Max. To&amp;kens</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="211"/>
        <source>To&amp;p p</source>
        <translation>To&amp;p p</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="213"/>
        <source>S&amp;eed</source>
        <translation>S&amp;eed</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="217"/>
        <source>One per line, at most 4</source>
        <translation>Eine pro Zeile, höchstens 4</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="220"/>
        <source>&amp;Stop sequences</source>
        <translation>St&amp;oppsequenzen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="224"/>
        <source>Text (server default)</source>
        <translation>Text (Serverstandard)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="225"/>
        <source>JSON object</source>
        <translation>JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="226"/>
        <source>JSON schema</source>
        <translation>JSON-Schema</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="229"/>
        <source>Sent as response_format; not every server supports JSON schemas.</source>
        <translation>Wird als response_format gesendet; nicht jeder Server unterstützt JSON-Schemas.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="231"/>
        <source>&amp;Response format</source>
        <translation>Antwort&amp;format</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="239"/>
        <source>JSON s&amp;chema</source>
        <translation>JSON-S&amp;chema</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="243"/>
        <source>Stream answers (SSE)</source>
        <translation>Antworten streamen (SSE)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="258"/>
        <source>Limits and cost</source>
        <translation>Limits und Kosten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="271"/>
        <source>Requests in flight at once.</source>
        <translation>Gleichzeitig laufende Anfragen.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="272"/>
        <source>C&amp;oncurrency</source>
        <translation>Para&amp;llelität</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="273"/>
        <source>no limit</source>
        <translation>keine Begrenzung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="276"/>
        <source>Re&amp;quests / min</source>
        <translation>Anfra&amp;gen / Minute</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="280"/>
        <source>Tokens / m&amp;in</source>
        <translation>Tokens / M&amp;inute</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="286"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="288"/>
        <source>Per attempt, from sending the request to the last byte of the answer.</source>
        <translation>Pro Versuch, vom Senden der Anfrage bis zum letzten Byte der Antwort.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="289"/>
        <source>Time&amp;out</source>
        <translation>&amp;Zeitlimit</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="291"/>
        <source>Tries per request, the first included; 429s, 5xx and timeouts are retried with backoff.</source>
        <translation>Versuche pro Anfrage, einschließlich des ersten; 429, 5xx und Zeitüberschreitungen werden mit Backoff wiederholt.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="293"/>
        <source>&amp;Attempts</source>
        <translation>Versuc&amp;he</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="303"/>
        <source>US dollars per 1,000 tokens, as the provider lists them; costs are counted from these.</source>
        <translation>US-Dollar pro 1.000 Tokens, wie der Anbieter sie angibt; die Kosten werden daraus berechnet.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="308"/>
        <source>Input / 1K &amp;tokens</source>
        <translation>Eingabe / 1K &amp;Tokens</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="310"/>
        <source>O&amp;utput / 1K tokens</source>
        <translation>A&amp;usgabe / 1K Tokens</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="377"/>
        <source>%1 must be a number, not &apos;%2&apos;.</source>
        <translation>%1 muss eine Zahl sein, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="386"/>
        <source>%1 must be a whole number, not &apos;%2&apos;.</source>
        <translation>%1 muss eine ganze Zahl sein, nicht „%2“.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="389"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="392"/>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="396"/>
        <source>Max tokens is too large.</source>
        <translation>Max. Tokens ist zu groß.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="399"/>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="401"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="415"/>
        <source>The JSON schema must be a JSON object such as {&quot;name&quot;: &quot;ranking&quot;, &quot;schema&quot;: {...}}%1.</source>
        <translation>Das JSON-Schema muss ein JSON-Objekt sein, etwa {&quot;name&quot;: &quot;ranking&quot;, &quot;schema&quot;: {...}}%1.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/endpointform.cpp" line="419"/>
        <source> (%1 at character %2)</source>
        <translation> (%1 bei Zeichen %2)</translation>
    </message>
</context>
<context>
    <name>tailor::EndpointStore</name>
    <message>
        <location filename="../core/llm/endpointstore.cpp" line="32"/>
        <source>The endpoint &apos;%1&apos; has an unknown provider &apos;%2&apos;; was it written by a newer Tailor?</source>
        <translation>Der Endpunkt „%1“ hat einen unbekannten Anbieter „%2“; wurde er mit einer neueren Tailor-Version gespeichert?</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointstore.cpp" line="90"/>
        <source>listing LLM endpoints</source>
        <translation>Auflisten der LLM-Endpunkte</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointstore.cpp" line="120"/>
        <location filename="../core/llm/endpointstore.cpp" line="154"/>
        <location filename="../core/llm/endpointstore.cpp" line="217"/>
        <source>reading the LLM endpoint</source>
        <translation>Lesen des LLM-Endpunkts</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointstore.cpp" line="127"/>
        <location filename="../core/llm/endpointstore.cpp" line="222"/>
        <source>There is no LLM endpoint named &apos;%1&apos;.</source>
        <translation>Es gibt keinen LLM-Endpunkt namens „%1“.</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointstore.cpp" line="191"/>
        <source>saving the LLM endpoint</source>
        <translation>Speichern des LLM-Endpunkts</translation>
    </message>
    <message>
        <location filename="../core/llm/endpointstore.cpp" line="230"/>
        <source>removing the LLM endpoint</source>
        <translation>Entfernen des LLM-Endpunkts</translation>
    </message>
</context>
<context>
    <name>tailor::EndpointsPage</name>
    <message>
        <location filename="../ui/endpointspage.cpp" line="79"/>
        <source>No workspace open — endpoints are kept in the workspace. Use File → New workspace or Open workspace.</source>
        <translation>Kein Arbeitsbereich geöffnet – Endpunkte werden im Arbeitsbereich gespeichert. Verwenden Sie Datei → Neuer Arbeitsbereich oder Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="109"/>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="114"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="114"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="114"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="114"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="114"/>
        <source>In flight</source>
        <translation>Parallel</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="115"/>
        <source>Concurrency: requests in flight at once</source>
        <translation>Parallelität: gleichzeitig laufende Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="144"/>
        <source>&amp;New from preset</source>
        <translation>&amp;Neu aus Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="157"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="159"/>
        <source>Remove the selected endpoint from the workspace (admins only).</source>
        <translation>Den ausgewählten Endpunkt aus dem Arbeitsbereich entfernen (nur Administratoren).</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="175"/>
        <source>Usage in this workspace</source>
        <translation>Nutzung in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="182"/>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="183"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="184"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="185"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="186"/>
        <source>Cached answers</source>
        <translation>Zwischengespeicherte Antworten</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="187"/>
        <source>Cache hits</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="197"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="201"/>
        <source>Clear &amp;cache</source>
        <translation>&amp;Cache leeren</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="203"/>
        <source>Remove every cached answer, so the next identical request goes to the endpoint again (admins only). The clearing is recorded in the audit log.</source>
        <translation>Entfernt jede zwischengespeicherte Antwort, sodass die nächste gleiche Anfrage wieder an den Endpunkt geht (nur Administratoren). Das Leeren wird im Prüfprotokoll vermerkt.</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="228"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="229"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="234"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="265"/>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="267"/>
        <source>Drop the changes and show the endpoint as saved.</source>
        <translation>Die Änderungen verwerfen und den Endpunkt wie gespeichert anzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="275"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="277"/>
        <source>Save the endpoint in the workspace under its name (admins only).</source>
        <translation>Den Endpunkt unter seinem Namen im Arbeitsbereich speichern (nur Administratoren).</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="293"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="297"/>
        <source>Lists the server&apos;s models (GET /models) and sends a tiny chat request, with the settings shown under Configuration, saved or not.</source>
        <translation>Listet die Modelle des Servers auf (GET /models) und sendet eine kleine Chat-Anfrage, mit den unter „Konfiguration“ angezeigten Einstellungen, gespeichert oder nicht.</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="314"/>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="315"/>
        <source>Model list</source>
        <translation>Modellliste</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="316"/>
        <source>Configured model</source>
        <translation>Konfiguriertes Modell</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="317"/>
        <source>Chat request</source>
        <translation>Chat-Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="318"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="330"/>
        <source>Models the server lists</source>
        <translation>Vom Server aufgelistete Modelle</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="383"/>
        <source>Cannot read the endpoints: %1</source>
        <translation>Die Endpunkte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="405"/>
        <source>no network</source>
        <translation>kein Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="471"/>
        <source>the new endpoint</source>
        <translation>den neuen Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="472"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="473"/>
        <source>You changed %1 and did not save it. Discard those changes and open &apos;%2&apos;?</source>
        <translation>Sie haben %1 geändert und nicht gespeichert. Diese Änderungen verwerfen und „%2“ öffnen?</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="560"/>
        <source>Unnamed endpoint</source>
        <translation>Unbenannter Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="568"/>
        <source>New endpoint — not saved yet.</source>
        <translation>Neuer Endpunkt – noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="570"/>
        <source>Changed — not saved yet.</source>
        <translation>Geändert – noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="572"/>
        <source>Built in: renders and counts tokens without any network call.</source>
        <translation>Eingebaut: rendert und zählt Tokens ohne jeden Netzwerkzugriff.</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="574"/>
        <source>Saved by %1 at %2.</source>
        <translation>Gespeichert von %1 am %2.</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="593"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="606"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="611"/>
        <source>Saved &apos;%1&apos;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="622"/>
        <source>Delete endpoint</source>
        <translation>Endpunkt löschen</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="623"/>
        <source>Delete the endpoint &apos;%1&apos; from this workspace? Its request log entries and cached answers stay.</source>
        <translation>Den Endpunkt „%1“ aus diesem Arbeitsbereich löschen? Seine Einträge im Anfrageprotokoll und zwischengespeicherten Antworten bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="653"/>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="658"/>
        <source>Deleted &apos;%1&apos;.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="670"/>
        <source>Store API key</source>
        <translation>API-Schlüssel speichern</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="671"/>
        <source>API key for the keychain entry &apos;%1&apos;. It goes to the OS keychain only; Tailor saves just the entry&apos;s name.</source>
        <translation>API-Schlüssel für den Schlüsselbundeintrag „%1“. Er gelangt nur in den Schlüsselbund des Betriebssystems; Tailor speichert nur den Namen des Eintrags.</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="675"/>
        <source>Store in keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="683"/>
        <source>No key was typed; nothing was stored.</source>
        <translation>Es wurde kein Schlüssel eingegeben; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="686"/>
        <source>Storing the key in the keychain…</source>
        <translation>Der Schlüssel wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="693"/>
        <source>The API key is in the keychain entry &apos;%1&apos;.</source>
        <translation>Der API-Schlüssel liegt im Schlüsselbundeintrag „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="708"/>
        <source>Cannot test: %1</source>
        <translation>Test nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="715"/>
        <source>Testing &apos;%1&apos;…</source>
        <translation>„%1“ wird getestet…</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="729"/>
        <source>The test was interrupted.</source>
        <translation>Der Test wurde unterbrochen.</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="749"/>
        <source>&apos;%1&apos; failed the test.</source>
        <translation>„%1“ hat den Test nicht bestanden.</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="750"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="750"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="752"/>
        <source>%1 listed in %2</source>
        <translation>%1 aufgelistet in %2</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="755"/>
        <source>not listed</source>
        <translation>nicht aufgelistet</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="757"/>
        <source>listed by the server</source>
        <translation>vom Server aufgelistet</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="758"/>
        <source>not among the listed models</source>
        <translation>nicht unter den aufgelisteten Modellen</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="761"/>
        <source>answered in %1</source>
        <translation>beantwortet in %1</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="762"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="766"/>
        <source>Model list and chat request: %1</source>
        <translation>Modellliste und Chat-Anfrage: %1</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="769"/>
        <source>Model list: %1</source>
        <translation>Modellliste: %1</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="771"/>
        <source>Chat request: %1</source>
        <translation>Chat-Anfrage: %1</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="805"/>
        <source>Cannot read the request log: %1</source>
        <translation>Das Anfrageprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="817"/>
        <source>%1 (%2 ok, %3 failed, %4 cancelled, %5 retries)</source>
        <translation>%1 (%2 ok, %3 fehlgeschlagen, %4 abgebrochen, %5 Wiederholungen)</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="822"/>
        <source>%1 prompt + %2 completion</source>
        <translation>%1 Prompt + %2 Completion</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="825"/>
        <source>%1; estimated in %2 of the calls</source>
        <translation>%1; geschätzt bei %2 der Aufrufe</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="828"/>
        <source>no calls yet</source>
        <translation>noch keine Aufrufe</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="829"/>
        <source>p50 %1 · p95 %2</source>
        <translation>p50 %1 · p95 %2</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="833"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="835"/>
        <source>%1 hits, %2 misses since Tailor started</source>
        <translation>%1 Treffer, %2 Fehlschläge seit dem Start von Tailor</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="859"/>
        <source>Cannot clear the cache: %1</source>
        <translation>Der Cache kann nicht geleert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/endpointspage.cpp" line="864"/>
        <source>Cache cleared; answers removed: %1.</source>
        <translation>Cache geleert; entfernte Antworten: %1.</translation>
    </message>
</context>
<context>
    <name>tailor::FailureClassifier</name>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="30"/>
        <source> (an HTML page: &quot;%1&quot;)</source>
        <translation> (eine HTML-Seite: „%1“)</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="32"/>
        <source> (the server said: %1)</source>
        <translation> (der Server meldete: %1)</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="123"/>
        <source>%1 from %2: the account&apos;s quota is exhausted%3. Add credit or raise the quota; retrying will not help.</source>
        <translation>%1 von %2: Das Kontingent des Kontos ist aufgebraucht%3. Laden Sie Guthaben auf oder erhöhen Sie das Kontingent; erneute Versuche helfen nicht.</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="131"/>
        <source>%1 from %2: %3%4</source>
        <translation>%1 von %2: %3%4</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="136"/>
        <source>%1 from %2: the API key may not use the model &apos;%3&apos; or this API%4</source>
        <translation>%1 von %2: Der API-Schlüssel darf das Modell „%3“ oder diese API nicht verwenden%4</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="141"/>
        <source>%1 from %2: check the base URL and the model name &apos;%3&apos;%4</source>
        <translation>%1 von %2: Prüfen Sie die Basis-URL und den Modellnamen „%3“%4</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="147"/>
        <source>%1 from %2: the server timed out%3</source>
        <translation>%1 von %2: Zeitüberschreitung beim Server%3</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="151"/>
        <source>%1 from %2: the endpoint&apos;s rate limit was hit%3</source>
        <translation>%1 von %2: Das Ratenlimit des Endpunkts wurde erreicht%3</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="158"/>
        <location filename="../core/llm/failureclassifier.cpp" line="170"/>
        <source>%1 from %2: the server failed%3</source>
        <translation>%1 von %2: Der Server ist fehlgeschlagen%3</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="165"/>
        <source>%1 from %2: the server rejected the request%3</source>
        <translation>%1 von %2: Der Server hat die Anfrage abgelehnt%3</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="173"/>
        <source>Unexpected HTTP status %1 from %2%3</source>
        <translation>Unerwarteter HTTP-Status %1 von %2%3</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="183"/>
        <source>%1 reported an error inside its answer%2</source>
        <translation>%1 hat in seiner Antwort einen Fehler gemeldet%2</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="195"/>
        <source>Could not connect to %1: the connection was refused. Is the server running, and are the host and port right?</source>
        <translation>Keine Verbindung zu %1: Die Verbindung wurde abgelehnt. Läuft der Server, und stimmen Host und Port?</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="202"/>
        <source>The host &apos;%1&apos; was not found (DNS): check the base URL %2.</source>
        <translation>Der Host „%1“ wurde nicht gefunden (DNS): Prüfen Sie die Basis-URL %2.</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="207"/>
        <source>%1 closed the connection before the answer was complete.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="212"/>
        <source>The connection to %1 timed out.</source>
        <translation>Zeitüberschreitung bei der Verbindung zu %1.</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="217"/>
        <source>TLS error with %1: %2. Check that the URL&apos;s scheme (http/https) matches the server and that its certificate is trusted.</source>
        <translation>TLS-Fehler mit %1: %2. Prüfen Sie, ob das Schema der URL (http/https) zum Server passt und sein Zertifikat vertrauenswürdig ist.</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="226"/>
        <source>The network failed while talking to %1: %2</source>
        <translation>Das Netzwerk ist bei der Kommunikation mit %1 ausgefallen: %2</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="236"/>
        <source>The proxy failed to reach %1: %2</source>
        <translation>Der Proxy konnte %1 nicht erreichen: %2</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="241"/>
        <source>%1 is not an http:// or https:// URL Tailor can use.</source>
        <translation>%1 ist keine http://- oder https://-URL, die Tailor verwenden kann.</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="247"/>
        <source>%1 redirects in a way Tailor does not follow (%2): use the address it redirects to.</source>
        <translation>%1 leitet auf eine Weise um, der Tailor nicht folgt (%2): Verwenden Sie die Adresse, auf die umgeleitet wird.</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="255"/>
        <source>%1 did not answer in a way Tailor understands: %2</source>
        <translation>%1 hat nicht in einer Form geantwortet, die Tailor versteht: %2</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="263"/>
        <source>%1 answered with %2; is it an OpenAI-compatible API base URL (usually ending in /v1)?</source>
        <translation>%1 lieferte %2; ist das eine OpenAI-kompatible API-Basis-URL (endet meist auf /v1)?</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="272"/>
        <source>The stream from %1 ended before the answer was complete (no [DONE] and no finish_reason).</source>
        <translation>Der Stream von %1 endete, bevor die Antwort vollständig war (kein [DONE] und kein finish_reason).</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="281"/>
        <source>No complete answer from %1 within the timeout of %2 s.</source>
        <translation>Keine vollständige Antwort von %1 innerhalb des Zeitlimits von %2 s.</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="289"/>
        <source>The answer from %1 is larger than %2 MB; Tailor stopped reading it.</source>
        <translation>Die Antwort von %1 ist größer als %2 MB; Tailor hat das Lesen abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="299"/>
        <source>%1 redirected to %2, from https to plain http: Tailor does not send the API key or the prompt unencrypted. Set the base URL to an https address that answers without a redirect.</source>
        <translation>%1 hat auf %2 umgeleitet, von https auf unverschlüsseltes http: Tailor sendet den API-Schlüssel und den Prompt nicht unverschlüsselt. Setzen Sie die Basis-URL auf eine https-Adresse, die ohne Umleitung antwortet.</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="306"/>
        <source>%1 redirected to %2: Tailor sends the API key and the prompt only to the base URL&apos;s own scheme, host and port, never to another. If that address is the real endpoint, set the base URL to it.</source>
        <translation>%1 hat auf %2 umgeleitet: Tailor sendet den API-Schlüssel und den Prompt nur an Schema, Host und Port der Basis-URL selbst, nie an andere. Wenn diese Adresse der eigentliche Endpunkt ist, setzen Sie die Basis-URL darauf.</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="318"/>
        <source>%1 answered %2 with a redirect to %3, which would turn the chat request into a GET without its body: set the base URL to the address it redirects to.</source>
        <translation>%1 hat %2 mit einer Umleitung auf %3 beantwortet, die die Chat-Anfrage in ein GET ohne Body verwandeln würde: Setzen Sie die Basis-URL auf die Adresse, auf die umgeleitet wird.</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="330"/>
        <source>%1 redirected more than %2 times in a row, last to %3: set the base URL to the address that answers.</source>
        <translation>%1 hat mehr als %2-mal hintereinander umgeleitet, zuletzt auf %3: Setzen Sie die Basis-URL auf die Adresse, die antwortet.</translation>
    </message>
    <message>
        <location filename="../core/llm/failureclassifier.cpp" line="342"/>
        <source>%1 (gave up after %2 attempts)</source>
        <translation>%1 (nach %2 Versuchen aufgegeben)</translation>
    </message>
</context>
<context>
    <name>tailor::ImportRequest</name>
    <message>
        <location filename="../core/profiles/importrequest.cpp" line="14"/>
        <source>&apos;%1&apos; is not a column mapping: write ROLE=COLUMN, e.g. user=userId.</source>
        <translation>„%1“ ist keine Spaltenzuordnung: schreiben Sie ROLE=COLUMN, z. B. user=userId.</translation>
    </message>
    <message>
        <location filename="../core/profiles/importrequest.cpp" line="40"/>
        <source>Unknown column role &apos;%1&apos;: use user, item, time, kind, value, id, title, categories or consent.</source>
        <translation>Unbekannte Spaltenrolle „%1“: verwenden Sie user, item, time, kind, value, id, title, categories oder consent.</translation>
    </message>
    <message>
        <location filename="../core/profiles/importrequest.cpp" line="212"/>
        <source>Unknown format &apos;%1&apos;: use auto, ml-100k, ml-1m, ml-10m, ml-csv, csv or jsonl.</source>
        <translation>Unbekanntes Format „%1“: verwenden Sie auto, ml-100k, ml-1m, ml-10m, ml-csv, csv oder jsonl.</translation>
    </message>
    <message>
        <location filename="../core/profiles/importrequest.cpp" line="240"/>
        <source>Unknown encoding &apos;%1&apos;: use auto, utf-8 or latin-1.</source>
        <translation>Unbekannte Kodierung „%1“: verwenden Sie auto, utf-8 oder latin-1.</translation>
    </message>
    <message>
        <location filename="../core/profiles/importrequest.cpp" line="256"/>
        <source>Unknown timestamp unit &apos;%1&apos;: use auto, s, ms or iso.</source>
        <translation>Unbekannte Zeitstempel-Einheit „%1“: verwenden Sie auto, s, ms oder iso.</translation>
    </message>
</context>
<context>
    <name>tailor::InterestChart</name>
    <message>
        <location filename="../ui/widgets/interestchart.cpp" line="32"/>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
</context>
<context>
    <name>tailor::InterestFormula</name>
    <message>
        <location filename="../core/profiles/interestformula.cpp" line="71"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../core/profiles/interestformula.cpp" line="73"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../core/profiles/interestformula.cpp" line="75"/>
        <source>dislike</source>
        <translation>Abneigung</translation>
    </message>
    <message>
        <location filename="../core/profiles/interestformula.cpp" line="79"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
</context>
<context>
    <name>tailor::LineReader</name>
    <message>
        <location filename="../core/profiles/import/linereader.cpp" line="89"/>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/linereader.cpp" line="92"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/linereader.cpp" line="95"/>
        <location filename="../core/profiles/import/linereader.cpp" line="159"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/linereader.cpp" line="109"/>
        <source>%1 ends its lines with a bare carriage return (old Mac line ends); convert it to LF or CRLF line ends first.</source>
        <translation>%1 beendet seine Zeilen mit einem alleinstehenden Wagenrücklauf (alte Mac-Zeilenenden); wandeln Sie die Datei zuerst in LF- oder CRLF-Zeilenenden um.</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/linereader.cpp" line="180"/>
        <source>%1 changed while it was being read (%2 bytes when the import began, %3 bytes now); import it again once it is complete</source>
        <translation>%1 hat sich während des Lesens geändert (%2 Bytes zu Beginn des Imports, jetzt %3 Bytes); importieren Sie die Datei erneut, sobald sie vollständig ist</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/linereader.cpp" line="216"/>
        <source>%1, line %2: no line break in the next %3 MiB, so this is not a text file with one record per line (is it binary, compressed, or does it end lines with a bare carriage return?)</source>
        <translation>%1, Zeile %2: in den nächsten %3 MiB kein Zeilenumbruch, also keine Textdatei mit einem Datensatz pro Zeile (ist sie binär, komprimiert oder beendet sie Zeilen mit einem alleinstehenden Wagenrücklauf?)</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/linereader.cpp" line="246"/>
        <source>byte %1 is not valid UTF-8; if the file is Latin-1, import it with the encoding latin-1</source>
        <translation>Byte %1 ist kein gültiges UTF-8; wenn die Datei Latin-1 ist, importieren Sie sie mit der Kodierung latin-1</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/linereader.cpp" line="253"/>
        <source>byte %1 is not valid UTF-8, but earlier lines were: the file mixes UTF-8 and Latin-1 text; convert it to one encoding</source>
        <translation>Byte %1 ist kein gültiges UTF-8, frühere Zeilen aber schon: Die Datei mischt UTF-8- und Latin-1-Text; wandeln Sie sie in eine einzige Kodierung um</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/linereader.cpp" line="262"/>
        <source>the line is UTF-8 text, but earlier lines were Latin-1: the file mixes Latin-1 and UTF-8 text; convert it to one encoding</source>
        <translation>die Zeile ist UTF-8-Text, frühere Zeilen waren aber Latin-1: Die Datei mischt Latin-1- und UTF-8-Text; wandeln Sie sie in eine einzige Kodierung um</translation>
    </message>
</context>
<context>
    <name>tailor::LlmClient</name>
    <message>
        <location filename="../core/llm/llmclient.cpp" line="58"/>
        <location filename="../core/llm/llmdispatcher.cpp" line="644"/>
        <source>Cancelled: the LLM client is shutting down.</source>
        <translation>Abgebrochen: Der LLM-Client wird beendet.</translation>
    </message>
    <message>
        <location filename="../core/llm/llmdispatcher.cpp" line="529"/>
        <source>%1; the server asks to wait %2 s before retrying, longer than Tailor waits</source>
        <translation>%1; der Server verlangt %2 s Wartezeit vor einem neuen Versuch, länger als Tailor wartet</translation>
    </message>
    <message>
        <location filename="../core/llm/llmdispatcher.cpp" line="666"/>
        <source>The request has no messages to send.</source>
        <translation>Die Anfrage enthält keine Nachrichten zum Senden.</translation>
    </message>
    <message>
        <location filename="../core/llm/llmdispatcher.cpp" line="735"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/llm/llmdispatcher.cpp" line="960"/>
        <source>no model list</source>
        <translation>keine Modellliste</translation>
    </message>
</context>
<context>
    <name>tailor::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="38"/>
        <source>Tailor workspaces (*.tailor);;All files (*)</source>
        <translation>Tailor-Arbeitsbereiche (*.tailor);;Alle Dateien (*)</translation>
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
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>Experiments are not available yet</source>
        <translation>Experimente sind noch nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>Compare prompt versions against an LLM endpoint on a sample of profiles, with ranking metrics and blind side-by-side review.</source>
        <translation>Prompt-Versionen über einen LLM-Endpunkt an einer Stichprobe von Profilen vergleichen, mit Ranking-Metriken und verblindetem Direktvergleich.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="122"/>
        <source>Experiments arrive in a later version of Tailor, after prompts and the LLM endpoint.</source>
        <translation>Experimente folgen in einer späteren Version von Tailor, nach Prompts und dem LLM-Endpunkt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>Metrics are not available yet</source>
        <translation>Metriken sind noch nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Follow feedback and engagement from production in charts per prompt version.</source>
        <translation>Feedback und Engagement aus der Produktion in Diagrammen je Prompt-Version verfolgen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>Ingesting events and charting them arrive in a later version of Tailor.</source>
        <translation>Erfassung und Diagramme von Ereignissen folgen in einer späteren Version von Tailor.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>Releases</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130"/>
        <source>Releases are not available yet</source>
        <translation>Freigaben sind noch nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Request a prompt release, approve it with a second pair of eyes, and roll it back when needed.</source>
        <translation>Prompt-Freigaben beantragen, nach dem Vier-Augen-Prinzip genehmigen und bei Bedarf zurücknehmen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>The release workflow arrives in a later version of Tailor.</source>
        <translation>Der Freigabe-Workflow folgt in einer späteren Version von Tailor.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164"/>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation>Mit &amp;PostgreSQL verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="175"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>&amp;About Tailor</source>
        <translation>&amp;Über Tailor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <source>About Tailor</source>
        <translation>Über Tailor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <source>&lt;h3&gt;Tailor %1&lt;/h3&gt;&lt;p&gt;Tailor is a workbench for prompt and profile operations in LLM-driven personalized recommendation. This version imports interaction data and browses the user profiles built from it, versions and labels prompt templates with diffs and previews, and talks to OpenAI-compatible LLM endpoints; every change is kept in a tamper-evident audit log. Workspaces live in an SQLite file or on a PostgreSQL server.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tailor %1&lt;/h3&gt;&lt;p&gt;Tailor ist eine Werkbank für Prompt- und Profilarbeit bei LLM-gestützten personalisierten Empfehlungen. Diese Version importiert Interaktionsdaten und zeigt die daraus erstellten Nutzerprofile an, versioniert Prompt-Vorlagen und versieht sie mit Labels, mit Diffs und Vorschau, und kommuniziert mit OpenAI-kompatiblen LLM-Endpunkten; jede Änderung wird in einem Prüfprotokoll festgehalten, das Manipulationen erkennbar macht. Arbeitsbereiche liegen in einer SQLite-Datei oder auf einem PostgreSQL-Server.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft unter Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="211"/>
        <source>LLM: not configured</source>
        <translation>LLM: nicht konfiguriert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>LLM endpoints are kept in a workspace; open one to configure them.</source>
        <translation>LLM-Endpunkte werden in einem Arbeitsbereich gespeichert; öffnen Sie einen, um sie zu konfigurieren.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>LLM: …</source>
        <translation>LLM: …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>Reading the workspace&apos;s LLM endpoints…</source>
        <translation>Die LLM-Endpunkte des Arbeitsbereichs werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>%1 — %2, %3 at %4</source>
        <translation>%1 — %2, %3 unter %4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="233"/>
        <source>no network</source>
        <translation>kein Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>LLM: dry-run only</source>
        <translation>LLM: nur Probelauf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>LLM: %1 (%2)</source>
        <translation>LLM: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241"/>
        <source>LLM: %1 endpoints</source>
        <translation>LLM: %1 Endpunkte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243"/>
        <source>No LLM endpoint is configured; the built-in dry run counts tokens without sending anything. Add one in Settings → LLM endpoints.</source>
        <translation>Es ist kein LLM-Endpunkt konfiguriert; der eingebaute Probelauf zählt Tokens, ohne etwas zu senden. Fügen Sie einen unter Einstellungen → LLM-Endpunkte hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247"/>
        <source> · works</source>
        <translation> · funktioniert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247"/>
        <source> · test failed</source>
        <translation> · Test fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source> · %1 works</source>
        <translation> · %1 funktioniert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source> · %1 failed</source>
        <translation> · %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="251"/>
        <source>Last connection test: %1</source>
        <translation>Letzter Verbindungstest: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>Not tested since Tailor started: Settings → LLM endpoints → Test connection.</source>
        <translation>Seit dem Start von Tailor nicht getestet: Einstellungen → LLM-Endpunkte → Verbindung testen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="291"/>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="304"/>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>Creating %1…</source>
        <translation>%1 wird angelegt…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="350"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <source>Cannot open the workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="408"/>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
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
        <translation>Bediener %1 (%2), Rolle %3</translation>
    </message>
</context>
<context>
    <name>tailor::Migrator</name>
    <message>
        <location filename="../core/storage/migrator.cpp" line="27"/>
        <source>The SQLite driver did not expose its connection handle.</source>
        <translation>Der SQLite-Treiber hat sein Verbindungs-Handle nicht bereitgestellt.</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="96"/>
        <source>reading the list of tables</source>
        <translation>Lesen der Tabellenliste</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="100"/>
        <source>%1 is not a Tailor workspace: it is not an SQLite database.</source>
        <translation>%1 ist kein Tailor-Arbeitsbereich: keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="119"/>
        <source>reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="132"/>
        <source>The workspace %1 was created by a newer Tailor (schema version %2; this Tailor knows up to %3). Upgrade Tailor to open it; the workspace was not changed.</source>
        <translation>Der Arbeitsbereich %1 wurde mit einer neueren Tailor-Version erstellt (Schemaversion %2; diese Version kennt bis %3). Aktualisieren Sie Tailor, um ihn zu öffnen; der Arbeitsbereich wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="150"/>
        <source>%1 holds tables that are not Tailor&apos;s; Tailor will not change it.</source>
        <translation>%1 enthält Tabellen, die nicht von Tailor stammen; Tailor verändert diese Datenbank nicht.</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="175"/>
        <source>reading the workspace&apos;s owner</source>
        <translation>Lesen des Eigentümers des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="180"/>
        <source>The workspace %1 needs schema migration %2 (it is at version %3), which only its owner, %4, may apply: ask them to run `tailor-cli workspace migrate`. Nothing was changed.</source>
        <translation>Der Arbeitsbereich %1 benötigt die Schemamigration %2 (er ist auf Version %3), die nur sein Eigentümer %4 anwenden darf: Bitten Sie ihn, `tailor-cli workspace migrate` auszuführen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="204"/>
        <source>creating the schema version table</source>
        <translation>Anlegen der Schemaversionstabelle</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="217"/>
        <source>Migration %1_%2 failed: %3</source>
        <translation>Migration %1_%2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="227"/>
        <source>recording migration %1</source>
        <translation>Vermerken der Migration %1</translation>
    </message>
</context>
<context>
    <name>tailor::MoveLabelDialog</name>
    <message>
        <location filename="../ui/movelabeldialog.cpp" line="20"/>
        <location filename="../ui/movelabeldialog.cpp" line="47"/>
        <source>Move label</source>
        <translation>Label verschieben</translation>
    </message>
    <message>
        <location filename="../ui/movelabeldialog.cpp" line="22"/>
        <source>Point a label of %1 at version %2.</source>
        <translation>Ein Label von %1 auf Version %2 setzen.</translation>
    </message>
    <message>
        <location filename="../ui/movelabeldialog.cpp" line="32"/>
        <source>for example: candidate</source>
        <translation>zum Beispiel: candidate</translation>
    </message>
    <message>
        <location filename="../ui/movelabeldialog.cpp" line="34"/>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <location filename="../ui/movelabeldialog.cpp" line="37"/>
        <source>Why (kept in the label history)</source>
        <translation>Warum (wird im Label-Verlauf festgehalten)</translation>
    </message>
    <message>
        <location filename="../ui/movelabeldialog.cpp" line="38"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../ui/movelabeldialog.cpp" line="74"/>
        <source>&apos;%1&apos; is protected: until releases arrive, only an admin may move it.</source>
        <translation>„%1“ ist geschützt: Bis Freigaben verfügbar sind, darf nur ein Administrator es verschieben.</translation>
    </message>
</context>
<context>
    <name>tailor::MustacheTemplate</name>
    <message>
        <location filename="../core/prompts/mustachetemplate.cpp" line="169"/>
        <source>Empty tag name in &apos;%1&apos; at line %2, column %3</source>
        <translation>Leerer Tag-Name in „%1“ in Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <location filename="../core/prompts/mustachetemplate.cpp" line="175"/>
        <source>Tag name &apos;%1&apos; at line %2, column %3 contains whitespace</source>
        <translation>Tag-Name „%1“ in Zeile %2, Spalte %3 enthält Leerzeichen</translation>
    </message>
    <message>
        <location filename="../core/prompts/mustachetemplate.cpp" line="182"/>
        <source>Invalid name &apos;%1&apos; at line %2, column %3: a dotted name cannot have an empty part</source>
        <translation>Ungültiger Name „%1“ in Zeile %2, Spalte %3: ein Name mit Punkten darf keinen leeren Teil haben</translation>
    </message>
    <message>
        <location filename="../core/prompts/mustachetemplate.cpp" line="235"/>
        <source>Invalid delimiter change &apos;%1&apos; at line %2, column %3: it must end with &apos;=&apos; before the closing delimiter</source>
        <translation>Ungültiger Begrenzerwechsel „%1“ in Zeile %2, Spalte %3: er muss vor dem schließenden Begrenzer mit &apos;=&apos; enden</translation>
    </message>
    <message>
        <location filename="../core/prompts/mustachetemplate.cpp" line="254"/>
        <source>Invalid delimiter change &apos;%1&apos; at line %2, column %3: expected an opening and a closing delimiter separated by whitespace</source>
        <translation>Ungültiger Begrenzerwechsel „%1“ in Zeile %2, Spalte %3: erwartet werden ein öffnender und ein schließender Begrenzer, getrennt durch Leerraum</translation>
    </message>
    <message>
        <location filename="../core/prompts/mustachetemplate.cpp" line="295"/>
        <source>Unclosed tag &apos;%1&apos; opened at line %2, column %3</source>
        <translation>Nicht geschlossener Tag „%1“, geöffnet in Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <location filename="../core/prompts/mustachetemplate.cpp" line="351"/>
        <source>&apos;%1&apos; at line %2, column %3 opens a section inside %4 others; Tailor allows at most %4 levels of nested sections</source>
        <translation>„%1“ in Zeile %2, Spalte %3 öffnet einen Abschnitt innerhalb von %4 anderen; Tailor erlaubt höchstens %4 Ebenen verschachtelter Abschnitte</translation>
    </message>
    <message>
        <location filename="../core/prompts/mustachetemplate.cpp" line="381"/>
        <source>&apos;%1&apos; at line %2, column %3 closes no open section</source>
        <translation>„%1“ in Zeile %2, Spalte %3 schließt keinen offenen Abschnitt</translation>
    </message>
    <message>
        <location filename="../core/prompts/mustachetemplate.cpp" line="387"/>
        <source>&apos;%1&apos; at line %2, column %3 closes section &apos;%4&apos; opened at line %5, column %6</source>
        <translation>„%1“ in Zeile %2, Spalte %3 schließt Abschnitt „%4“, der in Zeile %5, Spalte %6 geöffnet wurde</translation>
    </message>
    <message>
        <location filename="../core/prompts/mustachetemplate.cpp" line="443"/>
        <source>Section &apos;%1&apos; opened at line %2, column %3 is never closed</source>
        <translation>Abschnitt „%1“, geöffnet in Zeile %2, Spalte %3, wird nie geschlossen</translation>
    </message>
    <message>
        <location filename="../core/prompts/mustachetemplate.cpp" line="706"/>
        <source>The rendered text would be longer than %1 characters; rendering stopped</source>
        <translation>Der gerenderte Text wäre länger als %1 Zeichen; das Rendern wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/prompts/mustachetemplate.cpp" line="713"/>
        <source>Rendering took more than %1 steps (sections over lists multiply: check nested sections); rendering stopped</source>
        <translation>Das Rendern brauchte mehr als %1 Schritte (Abschnitte über Listen multiplizieren sich: Prüfen Sie verschachtelte Abschnitte); das Rendern wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>tailor::NewPromptDialog</name>
    <message>
        <location filename="../ui/newpromptdialog.cpp" line="19"/>
        <source>New prompt</source>
        <translation>Neuer Prompt</translation>
    </message>
    <message>
        <location filename="../ui/newpromptdialog.cpp" line="21"/>
        <source>The prompt starts as version 1 of a small template with one input and a sample, ready to edit.</source>
        <translation>Der Prompt beginnt als Version 1 einer kleinen Vorlage mit einer Eingabe und einem Beispielwert, bereit zum Bearbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/newpromptdialog.cpp" line="31"/>
        <source>for example: weekly-digest</source>
        <translation>zum Beispiel: weekly-digest</translation>
    </message>
    <message>
        <location filename="../ui/newpromptdialog.cpp" line="33"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/newpromptdialog.cpp" line="40"/>
        <source>(no folder)</source>
        <translation>(kein Ordner)</translation>
    </message>
    <message>
        <location filename="../ui/newpromptdialog.cpp" line="41"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/newpromptdialog.cpp" line="51"/>
        <source>Create prompt</source>
        <translation>Prompt anlegen</translation>
    </message>
</context>
<context>
    <name>tailor::OperatorIdentity</name>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="21"/>
        <source>The operator name from %1 is empty.</source>
        <translation>Der Bedienername aus %1 ist leer.</translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="25"/>
        <source>The operator name from %1 is longer than 64 characters.</source>
        <translation>Der Bedienername aus %1 ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="31"/>
        <source>The operator name &apos;%1&apos; from %2 contains spaces or control characters.</source>
        <translation>Der Bedienername „%1“ aus %2 enthält Leer- oder Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="45"/>
        <source>OS login</source>
        <translation>OS-Anmeldung</translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="47"/>
        <source>--as / TAILOR_OPERATOR</source>
        <translation>--as / TAILOR_OPERATOR</translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="49"/>
        <source>database role</source>
        <translation>Datenbankrolle</translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="66"/>
        <source>--as and TAILOR_OPERATOR only apply to SQLite workspaces; on PostgreSQL you act as the database role you connect with.</source>
        <translation>--as und TAILOR_OPERATOR gelten nur für SQLite-Arbeitsbereiche; bei PostgreSQL handeln Sie als die Datenbankrolle, mit der Sie sich verbinden.</translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="76"/>
        <source>reading the database role</source>
        <translation>Lesen der Datenbankrolle</translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="80"/>
        <source>PostgreSQL did not report the session user.</source>
        <translation>PostgreSQL hat den Sitzungsbenutzer nicht gemeldet.</translation>
    </message>
    <message>
        <location filename="../core/identity/operatoridentity.cpp" line="97"/>
        <source>the OS login</source>
        <translation>der OS-Anmeldung</translation>
    </message>
</context>
<context>
    <name>tailor::OperatorService</name>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="24"/>
        <location filename="../core/identity/operatorservice.cpp" line="32"/>
        <source>granting a role</source>
        <translation>Erteilen einer Rolle</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="40"/>
        <location filename="../core/identity/operatorservice.cpp" line="42"/>
        <source>revoking a role</source>
        <translation>Entziehen einer Rolle</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="60"/>
        <location filename="../core/identity/operatorservice.cpp" line="166"/>
        <source>reading the operator&apos;s role</source>
        <translation>Lesen der Rolle des Bedieners</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="76"/>
        <source>listing operators</source>
        <translation>Auflisten der Bediener</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="96"/>
        <source>Operator &apos;%1&apos; has the role %2 and may not %3 in this workspace; ask an admin.</source>
        <translation>Bediener „%1“ hat die Rolle %2 und darf in diesem Arbeitsbereich nicht %3; wenden Sie sich an einen Administrator.</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="106"/>
        <source>counting admins</source>
        <translation>Zählen der Administratoren</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="117"/>
        <source>&apos;%1&apos; is not a valid operator name.</source>
        <translation>„%1“ ist kein gültiger Bedienername.</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="136"/>
        <location filename="../core/identity/operatorservice.cpp" line="180"/>
        <source>&apos;%1&apos; is the last admin of this workspace; make someone else admin first.</source>
        <translation>„%1“ ist der letzte Administrator dieses Arbeitsbereichs; ernennen Sie zuerst jemand anderen zum Administrator.</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="171"/>
        <source>&apos;%1&apos; has no role in this workspace.</source>
        <translation>„%1“ hat in diesem Arbeitsbereich keine Rolle.</translation>
    </message>
</context>
<context>
    <name>tailor::PostgresDialog</name>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="18"/>
        <source>Connect to PostgreSQL</source>
        <translation>Mit PostgreSQL verbinden</translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="24"/>
        <source>Open a team workspace kept in a PostgreSQL database. Tailor signs in as the database user; that user&apos;s role in the workspace decides what you may do.</source>
        <translation>Öffnen Sie einen Team-Arbeitsbereich in einer PostgreSQL-Datenbank. Tailor meldet sich als Datenbankbenutzer an; dessen Rolle im Arbeitsbereich bestimmt, was Sie tun dürfen.</translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="40"/>
        <source>tailor</source>
        <translation>tailor</translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="43"/>
        <source>your database user</source>
        <translation>Ihr Datenbankbenutzer</translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="47"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="48"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="49"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="50"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="51"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="55"/>
        <source>The password is used only for this connection and is never stored. To reopen this workspace later without typing it, set PGPASSWORD or add the server to ~/.pgpass.</source>
        <translation>Das Passwort gilt nur für diese Verbindung und wird nie gespeichert. Um den Arbeitsbereich später ohne Eingabe erneut zu öffnen, setzen Sie PGPASSWORD oder tragen Sie den Server in ~/.pgpass ein.</translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="63"/>
        <source>&amp;Create a new workspace in this database</source>
        <translation>&amp;Neuen Arbeitsbereich in dieser Datenbank anlegen</translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="74"/>
        <location filename="../ui/postgresdialog.cpp" line="78"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="78"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../ui/postgresdialog.cpp" line="93"/>
        <source>Enter the name of the database.</source>
        <translation>Geben Sie den Namen der Datenbank ein.</translation>
    </message>
</context>
<context>
    <name>tailor::ProfileDeriver</name>
    <message>
        <location filename="../core/profiles/profilederiver.cpp" line="573"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>tailor::ProfileFilter</name>
    <message>
        <location filename="../core/profiles/profilefilter.cpp" line="61"/>
        <source>The filter&apos;s active_from is not an ISO 8601 date.</source>
        <translation>active_from des Filters ist kein ISO-8601-Datum.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilefilter.cpp" line="68"/>
        <source>The filter&apos;s active_until is not an ISO 8601 date.</source>
        <translation>active_until des Filters ist kein ISO-8601-Datum.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilefilter.cpp" line="93"/>
        <source>%1 disliked</source>
        <translation>Abneigung gegen %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilefilter.cpp" line="103"/>
        <source>active since %1</source>
        <translation>aktiv seit %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilefilter.cpp" line="106"/>
        <source>active before %1</source>
        <translation>aktiv vor %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilefilter.cpp" line="109"/>
        <source>consent %1</source>
        <translation>Einwilligung %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilefilter.cpp" line="114"/>
        <source>search &apos;%1&apos;</source>
        <translation>Suche „%1“</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilefilter.cpp" line="116"/>
        <source>at least %1 interactions</source>
        <translation>mindestens %1 Interaktionen</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilefilter.cpp" line="118"/>
        <source>all users</source>
        <translation>alle Nutzer</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilefilter.cpp" line="128"/>
        <source>&apos;%1&apos; names no category: write CATEGORY[:MIN[-MAX]] or CATEGORY:high.</source>
        <translation>„%1“ nennt keine Kategorie: schreiben Sie CATEGORY[:MIN[-MAX]] oder CATEGORY:high.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilefilter.cpp" line="162"/>
        <source>&apos;%1&apos; is not a strength range: use MIN or MIN-MAX between 0 and 1, or high, medium, low, dislike.</source>
        <translation>„%1“ ist kein Stärkebereich: Verwenden Sie MIN oder MIN-MAX zwischen 0 und 1 oder high, medium, low, dislike.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilefilter.cpp" line="198"/>
        <source>Unknown consent &apos;%1&apos;: use any, granted, refused or unknown.</source>
        <translation>Unbekannte Einwilligung „%1“: verwenden Sie any, granted, refused oder unknown.</translation>
    </message>
</context>
<context>
    <name>tailor::ProfileImportDialog</name>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="52"/>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="54"/>
        <source>MovieLens 100K (u.data, u.item, u.user)</source>
        <translation>MovieLens 100K (u.data, u.item, u.user)</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="57"/>
        <source>MovieLens 1M/10M (.dat)</source>
        <translation>MovieLens 1M/10M (.dat)</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="59"/>
        <source>MovieLens CSV (ratings.csv, movies.csv)</source>
        <translation>MovieLens CSV (ratings.csv, movies.csv)</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="62"/>
        <source>CSV with a header row</source>
        <translation>CSV mit Kopfzeile</translation>
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
        <translation>Profildaten importieren</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="112"/>
        <source>A file of interactions, items or users</source>
        <translation>Eine Datei mit Interaktionen, Artikeln oder Nutzern</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="113"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="117"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="122"/>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="123"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="124"/>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="135"/>
        <source>The file holds:</source>
        <translation>Die Datei enthält:</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="127"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="139"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="162"/>
        <location filename="../ui/profileimportdialog.cpp" line="178"/>
        <source>User id</source>
        <translation>Nutzer-ID</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="164"/>
        <location filename="../ui/profileimportdialog.cpp" line="172"/>
        <source>Item id</source>
        <translation>Artikel-ID</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="166"/>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="168"/>
        <source>Event kind</source>
        <translation>Ereignisart</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="170"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="174"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="176"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="180"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="199"/>
        <source>Required: the file&apos;s column for %1</source>
        <translation>Pflicht: die Spalte der Datei für %1</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="200"/>
        <source>Optional: the file&apos;s column for %1</source>
        <translation>Optional: die Spalte der Datei für %1</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="202"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="212"/>
        <source>detect (seconds, milliseconds or ISO 8601)</source>
        <translation>erkennen (Sekunden, Millisekunden oder ISO 8601)</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="213"/>
        <source>seconds since 1970</source>
        <translation>Sekunden seit 1970</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="214"/>
        <source>milliseconds since 1970</source>
        <translation>Millisekunden seit 1970</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="215"/>
        <source>ISO 8601 date and time</source>
        <translation>Datum und Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="216"/>
        <source>Timestamps are</source>
        <translation>Zeitstempel sind</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="221"/>
        <source>The event kind of rows when the file has no kind column</source>
        <translation>Die Ereignisart der Zeilen, wenn die Datei keine Spalte dafür hat</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="222"/>
        <source>Kind if no column</source>
        <translation>Art ohne Spalte</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="231"/>
        <source>What separates the categories inside the categories column</source>
        <translation>Was die Kategorien innerhalb der Kategorienspalte trennt</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="232"/>
        <source>Category separator</source>
        <translation>Kategorientrenner</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="241"/>
        <source>Other column</source>
        <translation>Weitere Spalte</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="241"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="241"/>
        <source>Personal data</source>
        <translation>Personenbezogen</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="251"/>
        <source>Columns not mapped above: keep them as attributes, and mark those holding personal data (masked unless an operator may reveal them)</source>
        <translation>Oben nicht zugeordnete Spalten: als Attribute behalten und die mit personenbezogenen Daten kennzeichnen (maskiert, sofern ein Bediener sie nicht aufdecken darf)</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="267"/>
        <source>The consent of new users when the file has no consent column</source>
        <translation>Die Einwilligung neuer Nutzer, wenn die Datei keine Einwilligungsspalte hat</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="269"/>
        <source>Consent of new users when the file has no consent column:</source>
        <translation>Einwilligung neuer Nutzer, wenn die Datei keine Einwilligungsspalte hat:</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="284"/>
        <location filename="../ui/profileimportdialog.cpp" line="445"/>
        <source>Choose a file to see its first rows.</source>
        <translation>Wählen Sie eine Datei, um ihre ersten Zeilen zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="301"/>
        <source>The same import from the command line</source>
        <translation>Derselbe Import auf der Kommandozeile</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="306"/>
        <source>Skip bad rows (write them to a rejects file) instead of importing nothing</source>
        <translation>Fehlerhafte Zeilen überspringen (in eine Ablehnungsdatei schreiben), statt nichts zu importieren</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="324"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="327"/>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="355"/>
        <source>Cancelling at the next batch…</source>
        <translation>Wird beim nächsten Stapel abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="392"/>
        <source>Data files (*.csv *.tsv *.dat *.data *.item *.user *.jsonl *.json *.txt);;All files (*)</source>
        <translation>Datendateien (*.csv *.tsv *.dat *.data *.item *.user *.jsonl *.json *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="481"/>
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="482"/>
        <source>personal data</source>
        <translation>personenbezogen</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="482"/>
        <source>attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="503"/>
        <source>%1 files have a fixed layout, so their columns need no mapping: %2.</source>
        <translation>%1-Dateien haben ein festes Layout, ihre Spalten brauchen keine Zuordnung: %2.</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="504"/>
        <location filename="../ui/profileimportdialog.cpp" line="507"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="506"/>
        <source>Personal data (masked until revealed): %1.</source>
        <translation>Personenbezogene Daten (maskiert bis zur Aufdeckung): %1.</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="518"/>
        <source>Choose a column…</source>
        <translation>Spalte wählen…</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="520"/>
        <source>(none)</source>
        <translation>(keine)</translation>
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
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profileimportdialog.cpp" line="597"/>
        <source>Format: %1 · %2 · first %n rows</source>
        <translation>
            <numerusform>Format: %1 · %2 · erste %n Zeile</numerusform>
            <numerusform>Format: %1 · %2 · erste %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="600"/>
        <source>Choose the columns above: the file cannot be imported as mapped.</source>
        <translation>Wählen Sie oben die Spalten: so zugeordnet lässt sich die Datei nicht importieren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profileimportdialog.cpp" line="606"/>
        <source>%n of these rows cannot be imported (see Problem): the import stops at the first bad row unless bad rows are skipped.</source>
        <translation>
            <numerusform>%n dieser Zeilen lässt sich nicht importieren (siehe Problem): der Import hält an der ersten fehlerhaften Zeile an, sofern fehlerhafte Zeilen nicht übersprungen werden.</numerusform>
            <numerusform>%n dieser Zeilen lassen sich nicht importieren (siehe Problem): der Import hält an der ersten fehlerhaften Zeile an, sofern fehlerhafte Zeilen nicht übersprungen werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="623"/>
        <source>Command line: %1</source>
        <translation>Kommandozeile: %1</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="634"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profileimportdialog.cpp" line="648"/>
        <source>%1: %Ln rows</source>
        <translation>
            <numerusform>%1: %Ln Zeile</numerusform>
            <numerusform>%1: %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="670"/>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="671"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="676"/>
        <source>Imported %1: %L2 new, %L3 updated, %L4 duplicates, %L5 rejected.</source>
        <translation>%1 importiert: %L2 neu, %L3 aktualisiert, %L4 Duplikate, %L5 abgewiesen.</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="683"/>
        <source>It had finished before the cancel took effect.</source>
        <translation>Er war schon fertig, bevor der Abbruch wirkte.</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="686"/>
        <source>Conflicting duplicates (other values than the row already imported, which was kept): %L1. The first: %2.</source>
        <translation>Widersprüchliche Duplikate (andere Werte als die bereits importierte Zeile, die behalten wurde): %L1. Das erste: %2.</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="692"/>
        <source>Skip bad rows to have each of them listed in a rejects file.</source>
        <translation>Überspringen Sie fehlerhafte Zeilen, um jede davon in einer Ablehnungsdatei aufzulisten.</translation>
    </message>
    <message>
        <location filename="../ui/profileimportdialog.cpp" line="695"/>
        <source>Rejected rows are in %1.</source>
        <translation>Abgewiesene Zeilen stehen in %1.</translation>
    </message>
</context>
<context>
    <name>tailor::ProfileImporter</name>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="76"/>
        <source>%1, line %2, column %3 (%4)</source>
        <translation>%1, Zeile %2, Spalte %3 (%4)</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="81"/>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="110"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="113"/>
        <location filename="../core/profiles/profileimporter.cpp" line="123"/>
        <source>%1, line 1: %2.</source>
        <translation>%1, Zeile 1: %2.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="167"/>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="364"/>
        <location filename="../core/profiles/profileimporter.cpp" line="429"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="424"/>
        <source>line %1, column %2 (%3): %4</source>
        <translation>Zeile %1, Spalte %2 (%3): %4</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="498"/>
        <location filename="../core/profiles/profileimporter.cpp" line="899"/>
        <source>Cannot write the rejects file %1: %2.</source>
        <translation>Die Datei für abgelehnte Zeilen %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="524"/>
        <source>conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="544"/>
        <source>The import of %1 was cancelled; the workspace is unchanged.</source>
        <translation>Der Import von %1 wurde abgebrochen; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="600"/>
        <source>reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="188"/>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="199"/>
        <source> — the last line looks truncated (the file does not end with a newline)</source>
        <translation> – die letzte Zeile scheint abgeschnitten (die Datei endet nicht mit einem Zeilenumbruch)</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="606"/>
        <location filename="../core/profiles/profileimporter.cpp" line="837"/>
        <source>. Nothing was imported from %1.</source>
        <translation>. Aus %1 wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="664"/>
        <source>%1, line %2: the %3 of user %4 for item %5 at %6 is already %7, not %8; the first value is kept</source>
        <translation>%1, Zeile %2: das Feld „%3“ von Nutzer %4 für Artikel %5 am %6 ist bereits %7, nicht %8; der erste Wert wird behalten</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="791"/>
        <source>%1, line %2: item %3 already came on line %4 with other values; the first row is kept</source>
        <translation>%1, Zeile %2: Artikel %3 kam bereits in Zeile %4 mit anderen Werten vor; die erste Zeile wird behalten</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="794"/>
        <source>%1, line %2: user %3 already came on line %4 with other values; the first row is kept</source>
        <translation>%1, Zeile %2: Nutzer %3 kam bereits in Zeile %4 mit anderen Werten vor; die erste Zeile wird behalten</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="879"/>
        <source>deriving profiles</source>
        <translation>Ableiten der Profile</translation>
    </message>
    <message>
        <location filename="../core/profiles/profileimporter.cpp" line="915"/>
        <source>committing</source>
        <translation>Festschreiben</translation>
    </message>
</context>
<context>
    <name>tailor::ProfileStore</name>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="762"/>
        <source>reading profiles</source>
        <translation>Lesen der Profile</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="705"/>
        <source>reading attributes</source>
        <translation>Lesen der Attribute</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="808"/>
        <location filename="../core/profiles/profilestore.cpp" line="890"/>
        <source>reading interests</source>
        <translation>Lesen der Interessen</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="847"/>
        <source>reading the profile</source>
        <translation>Lesen des Profils</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="852"/>
        <source>There is no user &apos;%1&apos; in this workspace.</source>
        <translation>Es gibt keinen Nutzer „%1“ in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="925"/>
        <source>reading the interaction history</source>
        <translation>Lesen des Interaktionsverlaufs</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="950"/>
        <source>reading item categories</source>
        <translation>Lesen der Artikelkategorien</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="260"/>
        <location filename="../core/profiles/profilestore.cpp" line="414"/>
        <location filename="../core/profiles/profilestore.cpp" line="990"/>
        <location filename="../core/profiles/profilestore.cpp" line="1030"/>
        <source>counting profiles</source>
        <translation>Zählen der Profile</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="111"/>
        <source>looking up a category</source>
        <translation>Nachschlagen einer Kategorie</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="121"/>
        <source>There is no category &apos;%1&apos; (categories: %2).</source>
        <translation>Es gibt keine Kategorie „%1“ (Kategorien: %2).</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="124"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="607"/>
        <source>Unknown column &apos;%1&apos;: sort by user, interactions, first, last, top or consent.</source>
        <translation>Unbekannte Spalte „%1“: sortieren Sie nach user, interactions, first, last, top oder consent.</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="1010"/>
        <source>listing profiles</source>
        <translation>Auflisten der Profile</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="1038"/>
        <source>reading categories</source>
        <translation>Lesen der Kategorien</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="1045"/>
        <source>reading workspace metadata</source>
        <translation>Lesen der Arbeitsbereich-Metadaten</translation>
    </message>
    <message>
        <location filename="../core/profiles/profilestore.cpp" line="1056"/>
        <source>reading the activity span</source>
        <translation>beim Lesen des Aktivitätszeitraums</translation>
    </message>
</context>
<context>
    <name>tailor::ProfileTableModel</name>
    <message>
        <location filename="../ui/models/profiletablemodel.cpp" line="119"/>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/models/profiletablemodel.cpp" line="121"/>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <location filename="../ui/models/profiletablemodel.cpp" line="123"/>
        <source>First activity</source>
        <translation>Aktiv seit</translation>
    </message>
    <message>
        <location filename="../ui/models/profiletablemodel.cpp" line="125"/>
        <source>Last activity</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <location filename="../ui/models/profiletablemodel.cpp" line="127"/>
        <source>Top interest</source>
        <translation>Top-Interesse</translation>
    </message>
    <message>
        <location filename="../ui/models/profiletablemodel.cpp" line="129"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
</context>
<context>
    <name>tailor::ProfileWriter</name>
    <message>
        <location filename="../core/profiles/import/profilewriter.cpp" line="580"/>
        <source>The workspace holds interactions of users that do not exist; the import was not applied.</source>
        <translation>Der Arbeitsbereich enthält Interaktionen von Nutzern, die es nicht gibt; der Import wurde nicht übernommen.</translation>
    </message>
</context>
<context>
    <name>tailor::ProfilesPage</name>
    <message>
        <location filename="../ui/profilespage.cpp" line="81"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="105"/>
        <source>No workspace open — use File → New workspace or Open workspace to browse its profiles.</source>
        <translation>Kein Arbeitsbereich geöffnet – Menü Datei: neu anlegen oder öffnen, um Profile zu durchsuchen.</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="120"/>
        <location filename="../ui/profilespage.cpp" line="205"/>
        <location filename="../ui/profilespage.cpp" line="445"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="127"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="134"/>
        <source>Synthetic demo data: these users and interactions were generated, not collected.</source>
        <translation>Synthetische Demodaten: Diese Nutzer und Interaktionen wurden erzeugt, nicht erhoben.</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="201"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="239"/>
        <source>Search user ids and attributes</source>
        <translation>Nutzer-IDs und Attribute durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="245"/>
        <location filename="../ui/profilespage.cpp" line="454"/>
        <source>Any interest</source>
        <translation>Beliebiges Interesse</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="252"/>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="264"/>
        <source>Any consent</source>
        <translation>Beliebige Einwilligung</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="265"/>
        <source>Consent granted</source>
        <translation>Einwilligung erteilt</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="266"/>
        <source>Consent refused</source>
        <translation>Einwilligung verweigert</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="267"/>
        <source>Consent unknown</source>
        <translation>Einwilligung unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="270"/>
        <source>Active from</source>
        <translation>Aktiv ab</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="273"/>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="280"/>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="284"/>
        <location filename="../ui/profilespage.cpp" line="606"/>
        <source>All users</source>
        <translation>Alle Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="286"/>
        <source>Save as segment…</source>
        <translation>Als Segment speichern…</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="289"/>
        <source>Delete segment…</source>
        <translation>Segment löschen…</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="291"/>
        <source>Delete the chosen segment; the deletion is written to the audit log</source>
        <translation>Das gewählte Segment löschen; das Löschen wird im Prüfprotokoll vermerkt</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="294"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="296"/>
        <source>Show all users: empty the search and every filter, and leave the segment</source>
        <translation>Alle Nutzer zeigen: Suche und alle Filter leeren und das Segment verlassen</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="332"/>
        <source>Select a user to see their profile.</source>
        <translation>Wählen Sie einen Nutzer, um sein Profil zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="359"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="361"/>
        <source>Reveal</source>
        <translation>Aufdecken</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="363"/>
        <source>Show the personal data in clear; the reveal is written to the audit log</source>
        <translation>Personenbezogene Daten im Klartext zeigen; das Aufdecken wird im Prüfprotokoll vermerkt</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="371"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="371"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="375"/>
        <location filename="../ui/profilespage.cpp" line="732"/>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="382"/>
        <source>Activity per month</source>
        <translation>Aktivität pro Monat</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="387"/>
        <location filename="../ui/profilespage.cpp" line="739"/>
        <source>Recent interactions</source>
        <translation>Letzte Interaktionen</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="389"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="389"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="389"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="609"/>
        <source>%1 (1 user)</source>
        <translation>%1 (1 Nutzer)</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="610"/>
        <source>%1 (%L2 users)</source>
        <translation>%1 (%L2 Nutzer)</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="636"/>
        <location filename="../ui/profilespage.cpp" line="655"/>
        <source>Delete segment</source>
        <translation>Segment löschen</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="637"/>
        <source>Delete the segment &apos;%1&apos;?</source>
        <translation>Das Segment „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="639"/>
        <source>Its users stay as they are; only the saved filter goes. The deletion is written to the audit log.</source>
        <translation>Seine Nutzer bleiben unverändert; nur der gespeicherte Filter wird entfernt. Das Löschen wird im Prüfprotokoll vermerkt.</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="641"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="665"/>
        <source>Deleted the segment &apos;%1&apos;.</source>
        <translation>Segment „%1“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="543"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="257"/>
        <source>Minimum interest strength in the chosen category; users who dislike it (strength below 0) never match</source>
        <translation>Minimale Interessenstärke in der gewählten Kategorie; Nutzer mit einer Abneigung dagegen (Stärke unter 0) passen nie</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="580"/>
        <location filename="../ui/profilespage.cpp" line="589"/>
        <source>Save as segment</source>
        <translation>Als Segment speichern</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="581"/>
        <source>Name of the segment (%1):</source>
        <translation>Name des Segments (%1):</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="677"/>
        <source>%1+ users</source>
        <translation>%1+ Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="679"/>
        <source>1 user</source>
        <translation>1 Nutzer</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profilespage.cpp" line="680"/>
        <source>%Ln users</source>
        <translation>
            <numerusform>%Ln Nutzer</numerusform>
            <numerusform>%Ln Nutzer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="699"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="709"/>
        <source>User %1</source>
        <translation>Nutzer %1</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="712"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="714"/>
        <source>Consent %1 · 1 interaction</source>
        <translation>Einwilligung %1 · 1 Interaktion</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/profilespage.cpp" line="715"/>
        <source>Consent %1 · %Ln interactions</source>
        <translation>
            <numerusform>Einwilligung %1 · %Ln Interaktion</numerusform>
            <numerusform>Einwilligung %1 · %Ln Interaktionen</numerusform>
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
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="721"/>
        <source>Active from %1 to %2</source>
        <translation>Aktiv von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="729"/>
        <source>Interests (the strongest %1 of %2)</source>
        <translation>Interessen (die stärksten %1 von %2)</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="738"/>
        <source>Recent interactions (latest %L1 of %L2)</source>
        <translation>Letzte Interaktionen (neueste %L1 von %L2)</translation>
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
        <translation>%1 (personenbezogen)</translation>
    </message>
    <message>
        <location filename="../ui/profilespage.cpp" line="812"/>
        <source>Shown in clear; the reveal was written to the audit log.</source>
        <translation>Im Klartext gezeigt; das Aufdecken wurde im Prüfprotokoll vermerkt.</translation>
    </message>
</context>
<context>
    <name>tailor::PromptDiagnostic</name>
    <message>
        <location filename="../core/prompts/promptdiagnostic.cpp" line="20"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiagnostic.cpp" line="21"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>tailor::PromptDiff</name>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="95"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="241"/>
        <source>The old version does not parse: %1</source>
        <translation>Die alte Version lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="246"/>
        <source>The new version does not parse: %1</source>
        <translation>Die neue Version lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="449"/>
        <source>Front matter:</source>
        <translation>Front Matter:</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="458"/>
        <source>comments or layout changed</source>
        <translation>Kommentare oder Layout geändert</translation>
    </message>
</context>
<context>
    <name>tailor::PromptDiff::Change</name>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="198"/>
        <source>input &apos;%1&apos; added (%2)</source>
        <translation>Eingabe „%1“ hinzugefügt (%2)</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="200"/>
        <source>input &apos;%1&apos; removed (%2)</source>
        <translation>Eingabe „%1“ entfernt (%2)</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="202"/>
        <source>input &apos;%1&apos; retyped: %2 → %3</source>
        <translation>Eingabe „%1“ neu typisiert: %2 → %3</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="205"/>
        <source>input &apos;%1&apos; %2: %3 → %4</source>
        <translation>Eingabe „%1“ %2: %3 → %4</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="209"/>
        <source>parameter &apos;%1&apos; added: %2</source>
        <translation>Parameter „%1“ hinzugefügt: %2</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="211"/>
        <source>parameter &apos;%1&apos; removed (was %2)</source>
        <translation>Parameter „%1“ entfernt (war %2)</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="212"/>
        <source>parameter &apos;%1&apos;: %2 → %3</source>
        <translation>Parameter „%1“: %2 → %3</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="215"/>
        <source>model %1 added: %2</source>
        <translation>Modell %1 hinzugefügt: %2</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="217"/>
        <source>model %1 removed (was %2)</source>
        <translation>Modell %1 entfernt (war %2)</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="218"/>
        <source>model %1: %2 → %3</source>
        <translation>Modell %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="221"/>
        <source>sample &apos;%1&apos; added: %2</source>
        <translation>Beispielwert „%1“ hinzugefügt: %2</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="223"/>
        <source>sample &apos;%1&apos; removed (was %2)</source>
        <translation>Beispielwert „%1“ entfernt (war %2)</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="224"/>
        <source>sample &apos;%1&apos;: %2 → %3</source>
        <translation>Beispielwert „%1“: %2 → %3</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="228"/>
        <source>%1 added: %2</source>
        <translation>%1 hinzugefügt: %2</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="230"/>
        <source>%1 removed (was %2)</source>
        <translation>%1 entfernt (war %2)</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptdiff.cpp" line="231"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>tailor::PromptPreview</name>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="31"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="33"/>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="35"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="64"/>
        <source>Inputs (JSON)</source>
        <translation>Eingaben (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="66"/>
        <source>Use sample inputs</source>
        <translation>Beispieleingaben verwenden</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="68"/>
        <source>Replace the inputs with the samples the template declares.</source>
        <translation>Die Eingaben durch die Beispielwerte ersetzen, die die Vorlage deklariert.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="72"/>
        <source>Starts from the template&apos;s sample inputs; edit the JSON to try other values.</source>
        <translation>Beginnt mit den Beispieleingaben der Vorlage; bearbeiten Sie das JSON, um andere Werte auszuprobieren.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="101"/>
        <source>Rendered messages</source>
        <translation>Gerenderte Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="105"/>
        <source>A heuristic estimate (about 4 characters per token), good for a budget, not a bill.</source>
        <translation>Eine heuristische Schätzung (etwa 4 Zeichen pro Token), gut für ein Budget, nicht für eine Abrechnung.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="135"/>
        <source>Partials (%1) are left empty in the live preview; they render at their pinned versions once saved.</source>
        <translation>Partials (%1) bleiben in der Live-Vorschau leer; nach dem Speichern werden sie in ihren festgehaltenen Versionen gerendert.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="177"/>
        <source>The inputs are not valid JSON (line %1): %2.</source>
        <translation>Die Eingaben sind kein gültiges JSON (Zeile %1): %2.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="178"/>
        <source>The inputs must be a JSON object: {&quot;name&quot;: value, …}.</source>
        <translation>Die Eingaben müssen ein JSON-Objekt sein: {&quot;name&quot;: value, …}.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="180"/>
        <source>Fix the inputs to see the rendered messages.</source>
        <translation>Korrigieren Sie die Eingaben, um die gerenderten Nachrichten zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="187"/>
        <source>The template does not compile.</source>
        <translation>Die Vorlage lässt sich nicht kompilieren.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="188"/>
        <source>The template does not compile: %1</source>
        <translation>Die Vorlage lässt sich nicht kompilieren: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="194"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="195"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="222"/>
        <source>≈ 1 token</source>
        <translation>≈ 1 Token</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/promptpreview.cpp" line="222"/>
        <source>≈ %n tokens</source>
        <translation>
            <numerusform>≈ %n Token</numerusform>
            <numerusform>≈ %n Tokens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/promptpreview.cpp" line="224"/>
        <source>1 character</source>
        <translation>1 Zeichen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/promptpreview.cpp" line="224"/>
        <source>%n characters</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tailor::PromptRegistry</name>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="120"/>
        <source>&apos;%1&apos; is not a valid prompt name: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit (at most 128 characters).</source>
        <translation>„%1“ ist kein gültiger Prompt-Name: verwenden Sie Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;, beginnend mit einem Buchstaben oder einer Ziffer (höchstens 128 Zeichen).</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="137"/>
        <source>&apos;%1&apos; is not a valid folder: use names of letters, digits, spaces, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; separated by &apos;/&apos;.</source>
        <translation>„%1“ ist kein gültiger Ordner: verwenden Sie Namen aus Buchstaben, Ziffern, Leerzeichen, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;, getrennt durch &apos;/&apos;.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="145"/>
        <source>The folder &apos;%1&apos; is nested more than 8 levels deep.</source>
        <translation>Der Ordner „%1“ ist mehr als 8 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="155"/>
        <source>&apos;latest&apos; is implicit: it always names the newest version and cannot be moved.</source>
        <translation>&apos;latest&apos; ist implizit: Es bezeichnet immer die neueste Version und kann nicht verschoben werden.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="160"/>
        <source>&apos;%1&apos; is not a valid label: use lower-case letters, digits, &apos;-&apos; and &apos;_&apos; (at most 32 characters).</source>
        <translation>„%1“ ist kein gültiges Label: verwenden Sie Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;_&apos; (höchstens 32 Zeichen).</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="191"/>
        <source>listing prompts</source>
        <translation>Auflisten der Prompts</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="222"/>
        <source>listing folders</source>
        <translation>Auflisten der Ordner</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="243"/>
        <source>A folder needs a name.</source>
        <translation>Ein Ordner braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="256"/>
        <source>reading folders</source>
        <translation>Lesen der Ordner</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="261"/>
        <source>The folder &apos;%1&apos; already exists.</source>
        <translation>Der Ordner „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="265"/>
        <location filename="../core/prompts/promptregistry.cpp" line="274"/>
        <source>creating the folder</source>
        <translation>Anlegen des Ordners</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="303"/>
        <location filename="../core/prompts/promptregistry.cpp" line="312"/>
        <source>moving the prompt</source>
        <translation>Verschieben des Prompts</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="341"/>
        <source>reading the prompt version</source>
        <translation>Lesen der Prompt-Version</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="346"/>
        <source>Prompt &apos;%1&apos; has no version %2.</source>
        <translation>Prompt „%1“ hat keine Version %2.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="375"/>
        <location filename="../core/prompts/promptregistry.cpp" line="466"/>
        <source>reading partials</source>
        <translation>Lesen der Partials</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="431"/>
        <source>The prompt &apos;%1&apos; includes itself as a partial ({{&gt; %2}}); recursive partials are not allowed.</source>
        <translation>Der Prompt „%1“ bindet sich selbst als Partial ein ({{&gt; %2}}); rekursive Partials sind nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="439"/>
        <source>The partial {{&gt; %1}} names no prompt in this workspace.</source>
        <translation>Das Partial {{&gt; %1}} verweist auf keinen Prompt in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="457"/>
        <source>The partials of &apos;%1&apos; nest too deeply.</source>
        <translation>Die Partials von „%1“ sind zu tief verschachtelt.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="472"/>
        <source>Recursive partials: &apos;%1&apos; includes a prompt that includes &apos;%1&apos; again.</source>
        <translation>Rekursive Partials: „%1“ bindet einen Prompt ein, der wiederum „%1“ einbindet.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="519"/>
        <location filename="../core/prompts/promptregistry.cpp" line="574"/>
        <location filename="../core/prompts/promptregistry.cpp" line="592"/>
        <source>saving the prompt version</source>
        <translation>Speichern der Prompt-Version</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="523"/>
        <source>The server did not return the saved version.</source>
        <translation>Der Server hat die gespeicherte Version nicht zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="583"/>
        <source>pinning partials</source>
        <translation>Festhalten der Partial-Versionen</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="657"/>
        <source>reading prompts</source>
        <translation>Lesen der Prompts</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="662"/>
        <source>A prompt named &apos;%1&apos; already exists.</source>
        <translation>Ein Prompt namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="622"/>
        <source>creating the prompt</source>
        <translation>Anlegen des Prompts</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="626"/>
        <source>The database did not return the new prompt&apos;s id.</source>
        <translation>Die Datenbank hat die ID des neuen Prompts nicht zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="697"/>
        <source>Prompt &apos;%1&apos; changed while you edited it: you started from version %2, but version %3 by %4 is newer. Your text was not saved; compare it with version %3 and save again.</source>
        <translation>Prompt „%1“ wurde geändert, während Sie ihn bearbeitet haben: Sie sind von Version %2 ausgegangen, aber Version %3 von %4 ist neuer. Ihr Text wurde nicht gespeichert; vergleichen Sie ihn mit Version %3 und speichern Sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="733"/>
        <source>Prompt &apos;%1&apos; changed: version %2 is newer than version %3 you were looking at.</source>
        <translation>Prompt „%1“ wurde geändert: Version %2 ist neuer als die Version %3, die Sie angesehen haben.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="744"/>
        <location filename="../ui/models/promptversionmodel.cpp" line="23"/>
        <source>Revert to version %1</source>
        <translation>Zurücksetzen auf Version %1</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="751"/>
        <source>Version %1 of &apos;%2&apos; already has the same content as the latest version.</source>
        <translation>Version %1 von „%2“ hat bereits denselben Inhalt wie die neueste Version.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="797"/>
        <source>listing versions</source>
        <translation>Auflisten der Versionen</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="365"/>
        <location filename="../core/prompts/promptregistry.cpp" line="833"/>
        <source>reading labels</source>
        <translation>Lesen der Labels</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="852"/>
        <source>&apos;%1&apos; is a protected label: it moves only through an approved release or by an admin. %2</source>
        <translation>„%1“ ist ein geschütztes Label: Es wird nur durch eine genehmigte Freigabe oder von einem Administrator verschoben. %2</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="402"/>
        <location filename="../core/prompts/promptregistry.cpp" line="870"/>
        <source>Prompt &apos;%1&apos; has no version %2 (latest is %3).</source>
        <translation>Prompt „%1“ hat keine Version %2 (neueste ist %3).</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="412"/>
        <location filename="../core/prompts/promptregistry.cpp" line="878"/>
        <location filename="../core/prompts/promptregistry.cpp" line="947"/>
        <source>reading the label</source>
        <translation>Lesen des Labels</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="883"/>
        <source>Label &apos;%1&apos; already points at version %2 of &apos;%3&apos;.</source>
        <translation>Label „%1“ verweist bereits auf Version %2 von „%3“.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="891"/>
        <location filename="../core/prompts/promptregistry.cpp" line="904"/>
        <source>moving the label</source>
        <translation>Verschieben des Labels</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="913"/>
        <source>recording the label move</source>
        <translation>Vermerken der Label-Verschiebung</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="417"/>
        <location filename="../core/prompts/promptregistry.cpp" line="952"/>
        <source>Prompt &apos;%1&apos; has no label &apos;%2&apos;.</source>
        <translation>Prompt „%1“ hat kein Label „%2“.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="70"/>
        <source>reading the prompt</source>
        <translation>Lesen des Prompts</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="75"/>
        <source>There is no prompt named &apos;%1&apos;.</source>
        <translation>Es gibt keinen Prompt namens „%1“.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="958"/>
        <location filename="../core/prompts/promptregistry.cpp" line="966"/>
        <source>removing the label</source>
        <translation>Entfernen des Labels</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="974"/>
        <source>recording the label removal</source>
        <translation>Vermerken der Label-Entfernung</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="1002"/>
        <source>reading label history</source>
        <translation>Lesen des Label-Verlaufs</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="1028"/>
        <source>&apos;%1&apos; includes more than %2 partials.</source>
        <translation>„%1“ bindet mehr als %2 Partials ein.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="1043"/>
        <source>Partial %1: %2</source>
        <translation>Partial %1: %2</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="1071"/>
        <source>%1: the file is larger than %2 KiB; a prompt that big is not a prompt.</source>
        <translation>%1: Die Datei ist größer als %2 KiB; ein so großer Prompt ist kein Prompt.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="1078"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="1152"/>
        <source>Shipped with Tailor %1</source>
        <translation>Mit Tailor %1 ausgeliefert</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="1181"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptregistry.cpp" line="1186"/>
        <location filename="../core/prompts/promptregistry.cpp" line="1190"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
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
        <translation>Ordner %1</translation>
    </message>
    <message>
        <location filename="../ui/models/prompttreemodel.cpp" line="182"/>
        <source>%1 — latest version %2, saved by %3</source>
        <translation>%1 – neueste Version %2, gespeichert von %3</translation>
    </message>
    <message>
        <location filename="../ui/models/prompttreemodel.cpp" line="186"/>
        <source>%1 — latest version %2, saved by %3; labels: %4</source>
        <translation>%1 – neueste Version %2, gespeichert von %3; Labels: %4</translation>
    </message>
    <message>
        <location filename="../ui/models/prompttreemodel.cpp" line="212"/>
        <source>Latest version</source>
        <translation>Neueste Version</translation>
    </message>
    <message>
        <location filename="../ui/models/prompttreemodel.cpp" line="217"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/prompttreemodel.cpp" line="221"/>
        <source>Labels</source>
        <translation>Labels</translation>
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
        <translation>stellt Version %1 wieder her</translation>
    </message>
    <message>
        <location filename="../ui/models/promptversionmodel.cpp" line="28"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/models/promptversionmodel.cpp" line="103"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/models/promptversionmodel.cpp" line="105"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../ui/models/promptversionmodel.cpp" line="107"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/models/promptversionmodel.cpp" line="109"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/models/promptversionmodel.cpp" line="111"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
</context>
<context>
    <name>tailor::PromptsPage</name>
    <message>
        <location filename="../ui/promptspage.cpp" line="154"/>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="170"/>
        <source>No workspace open — use File → New workspace or Open workspace.</source>
        <translation>Kein Arbeitsbereich geöffnet – Menü Datei: neu anlegen oder öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="174"/>
        <source>Edit prompt templates, keep every version, label them, preview them rendered and compare any two versions.</source>
        <translation>Prompt-Vorlagen bearbeiten, jede Version aufbewahren, mit Labels versehen, gerendert in der Vorschau ansehen und zwei beliebige Versionen vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="232"/>
        <source>Search by name or folder</source>
        <translation>Nach Name oder Ordner suchen</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="276"/>
        <source>New &amp;folder…</source>
        <translation>Neuer &amp;Ordner…</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="279"/>
        <source>&amp;New prompt…</source>
        <translation>&amp;Neuer Prompt…</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="282"/>
        <source>&amp;Import .prompty…</source>
        <translation>.prompty &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="285"/>
        <source>Import .prompty files as new prompts, or as new versions of prompts with the same name.</source>
        <translation>.prompty-Dateien als neue Prompts importieren oder als neue Versionen gleichnamiger Prompts.</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="288"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="290"/>
        <source>Write the selected prompt, the selected folder&apos;s prompts, or all prompts as .prompty files into a folder.</source>
        <translation>Den ausgewählten Prompt, die Prompts des ausgewählten Ordners oder alle Prompts als .prompty-Dateien in einen Ordner schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="306"/>
        <source>Select a prompt in the tree to see its versions, edit it, preview it and compare versions.</source>
        <translation>Wählen Sie im Baum einen Prompt aus, um seine Versionen zu sehen, ihn zu bearbeiten, in der Vorschau anzusehen und Versionen zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="334"/>
        <source>&amp;Save version…</source>
        <translation>Version &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="336"/>
        <source>Save the editor&apos;s text as a new version (Ctrl+S).</source>
        <translation>Den Text im Editor als neue Version speichern (Strg+S).</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="357"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="360"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="361"/>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="380"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="382"/>
        <source>&amp;Revert to this version</source>
        <translation>Auf diese Version &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="384"/>
        <source>Save a new version with the selected version&apos;s content.</source>
        <translation>Eine neue Version mit dem Inhalt der ausgewählten Version speichern.</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="419"/>
        <location filename="../ui/promptspage.cpp" line="439"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="419"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="426"/>
        <source>&amp;Move label…</source>
        <translation>Label &amp;verschieben…</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="428"/>
        <source>Point a label at the version selected in the list.</source>
        <translation>Ein Label auf die in der Liste ausgewählte Version setzen.</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="430"/>
        <source>Remove label</source>
        <translation>Label entfernen</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="437"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="439"/>
        <source>From → to</source>
        <translation>Von → nach</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="439"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="439"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="439"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="443"/>
        <source>Label history</source>
        <translation>Label-Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="458"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="460"/>
        <source>Undo (%1)</source>
        <translation>Rückgängig (%1)</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="464"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="466"/>
        <source>Redo (%1)</source>
        <translation>Wiederholen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="492"/>
        <source>Click a finding to go to it in the text.</source>
        <translation>Klicken Sie auf einen Befund, um im Text dorthin zu springen.</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="509"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="514"/>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="600"/>
        <source>Cannot list the prompts</source>
        <translation>Die Prompts können nicht aufgelistet werden</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="643"/>
        <source>1 prompt</source>
        <translation>1 Prompt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/promptspage.cpp" line="643"/>
        <source>%n prompts</source>
        <translation>
            <numerusform>%n Prompt</numerusform>
            <numerusform>%n Prompts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="645"/>
        <source>1 folder</source>
        <translation>1 Ordner</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/promptspage.cpp" line="645"/>
        <source>%n folders</source>
        <translation>
            <numerusform>%n Ordner</numerusform>
            <numerusform>%n Ordner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="673"/>
        <location filename="../ui/promptspage.cpp" line="1071"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="674"/>
        <source>You changed %1 since version %2. Save your text as a new version before opening %3?</source>
        <translation>Sie haben %1 seit Version %2 geändert. Ihren Text als neue Version speichern, bevor %3 geöffnet wird?</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="733"/>
        <source>Cannot open the prompt</source>
        <translation>Der Prompt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="794"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="794"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="795"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="807"/>
        <source>no folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="809"/>
        <source>%1 · editing from version %2 of %3</source>
        <translation>%1 · Bearbeitung ab Version %2 von %3</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="811"/>
        <source>unsaved changes</source>
        <translation>ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="869"/>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="870"/>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="872"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="872"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="874"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="875"/>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="884"/>
        <source>No problems: every variable is declared and every input used.</source>
        <translation>Keine Probleme: Jede Variable ist deklariert und jede Eingabe wird verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="888"/>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/promptspage.cpp" line="888"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="889"/>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/promptspage.cpp" line="889"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="913"/>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="914"/>
        <source>Folder path (use / to nest folders):</source>
        <translation>Ordnerpfad (mit / verschachteln):</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="922"/>
        <source>Cannot create the folder</source>
        <translation>Der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="925"/>
        <source>Created the folder %1.</source>
        <translation>Ordner %1 angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="940"/>
        <source>Created in Tailor</source>
        <translation>In Tailor angelegt</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="944"/>
        <source>Cannot create the prompt</source>
        <translation>Der Prompt kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="947"/>
        <source>Created %1, version 1.</source>
        <translation>%1 angelegt, Version 1.</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="957"/>
        <source>Import prompts</source>
        <translation>Prompts importieren</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="958"/>
        <source>Prompty files (*.prompty);;All files (*)</source>
        <translation>Prompty-Dateien (*.prompty);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="961"/>
        <source>Imported in Tailor</source>
        <translation>In Tailor importiert</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="965"/>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="972"/>
        <source>Imported 1 file</source>
        <translation>1 Datei importiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/promptspage.cpp" line="972"/>
        <source>Imported %n files</source>
        <translation>
            <numerusform>%n Datei importiert</numerusform>
            <numerusform>%n Dateien importiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="974"/>
        <source>1 new version.</source>
        <translation>1 neue Version.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/promptspage.cpp" line="974"/>
        <source>%n new versions.</source>
        <translation>
            <numerusform>%n neue Version.</numerusform>
            <numerusform>%n neue Versionen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="987"/>
        <source>Export all prompts to</source>
        <translation>Alle Prompts exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="988"/>
        <source>Export %1 to</source>
        <translation>%1 exportieren nach</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/promptspage.cpp" line="989"/>
        <source>Export %n prompts to</source>
        <translation>
            <numerusform>%n Prompt exportieren nach</numerusform>
            <numerusform>%n Prompts exportieren nach</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="997"/>
        <source>Cannot export the prompts</source>
        <translation>Die Prompts können nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1001"/>
        <source>Exported 1 prompt to %1.</source>
        <translation>1 Prompt nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/promptspage.cpp" line="1002"/>
        <source>Exported %n prompts to %1.</source>
        <translation>
            <numerusform>%n Prompt nach %1 exportiert.</numerusform>
            <numerusform>%n Prompts nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1014"/>
        <source>Save version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1015"/>
        <source>Save %1 as version %2. Describe what changed:</source>
        <translation>%1 als Version %2 speichern. Beschreiben Sie, was sich geändert hat:</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1025"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1036"/>
        <source>Not saved: your text is still in the editor. Compare it in the Diff tab, then save again.</source>
        <translation>Nicht gespeichert: Ihr Text ist noch im Editor. Vergleichen Sie ihn im Reiter „Diff“ und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1038"/>
        <source>Not saved: your text is still in the editor.</source>
        <translation>Nicht gespeichert: Ihr Text ist noch im Editor.</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1039"/>
        <source>Cannot save the prompt</source>
        <translation>Der Prompt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1048"/>
        <source>No changes: version %1 already has this content.</source>
        <translation>Keine Änderungen: Version %1 hat bereits diesen Inhalt.</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1055"/>
        <source>Saved version %1 of %2.</source>
        <translation>Version %1 von %2 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1072"/>
        <source>Reverting replaces the text in the editor with version %1. Your unsaved changes will be lost.</source>
        <translation>Das Zurücksetzen ersetzt den Text im Editor durch Version %1. Ihre ungespeicherten Änderungen gehen verloren.</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1087"/>
        <source>Cannot revert</source>
        <translation>Zurücksetzen nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1090"/>
        <source>Version %1 restores the content of version %2.</source>
        <translation>Version %1 stellt den Inhalt von Version %2 wieder her.</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1120"/>
        <source>Cannot move the label</source>
        <translation>Das Label kann nicht verschoben werden</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1123"/>
        <source>&apos;%1&apos; now points at version %2.</source>
        <translation>„%1“ verweist jetzt auf Version %2.</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1139"/>
        <source>Cannot remove the label</source>
        <translation>Das Label kann nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1142"/>
        <source>Removed the label &apos;%1&apos;.</source>
        <translation>Label „%1“ entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1157"/>
        <location filename="../ui/promptspage.cpp" line="1261"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1195"/>
        <source>%1 has one version: save another to compare.</source>
        <translation>%1 hat nur eine Version: Speichern Sie eine weitere, um zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1223"/>
        <source>Cannot read the versions</source>
        <translation>Die Versionen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1247"/>
        <source>Both sides show version %1.</source>
        <translation>Beide Seiten zeigen Version %1.</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1249"/>
        <source>Versions %1 and %2 have the same content.</source>
        <translation>Die Versionen %1 und %2 haben denselben Inhalt.</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1252"/>
        <source>The body is the same; the front matter differs only in comments or layout.</source>
        <translation>Der Hauptteil ist gleich; das Front Matter unterscheidet sich nur in Kommentaren oder im Layout.</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1254"/>
        <source>The body is the same; the front matter changes are listed above.</source>
        <translation>Der Hauptteil ist gleich; die Änderungen im Front Matter sind oben aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1258"/>
        <source>The body lines of both versions, side by side; changed words are marked.</source>
        <translation>Die Zeilen des Hauptteils beider Versionen nebeneinander; geänderte Wörter sind markiert.</translation>
    </message>
    <message>
        <location filename="../ui/promptspage.cpp" line="1259"/>
        <source>Front matter changes above; the body lines side by side below, changed words marked.</source>
        <translation>Änderungen im Front Matter oben; darunter die Zeilen des Hauptteils nebeneinander, geänderte Wörter markiert.</translation>
    </message>
</context>
<context>
    <name>tailor::PromptyFile</name>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="49"/>
        <location filename="../core/prompts/promptyfile.cpp" line="1010"/>
        <source>The prompt is %1 MiB; Tailor refuses prompt texts over 1 MiB.</source>
        <translation>Der Prompt ist %1 MiB groß; Tailor lehnt Prompt-Texte über 1 MiB ab.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="259"/>
        <source>The front matter expands to more than %1 values (through YAML aliases?).</source>
        <translation>Das Front Matter wird zu mehr als %1 Werten erweitert (durch YAML-Aliase?).</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="428"/>
        <source>&apos;%1&apos; must be text (line %2).</source>
        <translation>„%1“ muss Text sein (Zeile %2).</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="443"/>
        <source>Keys must be plain names; the key at line %1 is not.</source>
        <translation>Schlüssel müssen einfache Namen sein; der Schlüssel in Zeile %1 ist es nicht.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="449"/>
        <source>&apos;%1&apos; appears twice at line %2; keep one.</source>
        <translation>„%1“ kommt in Zeile %2 doppelt vor; behalten Sie nur einen.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="453"/>
        <source>&apos;%1&apos; appears twice in %2 at line %3; keep one.</source>
        <translation>„%1“ kommt in %2 in Zeile %3 doppelt vor; behalten Sie nur einen.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="472"/>
        <source>The prompt must start with YAML front matter: a &apos;---&apos; line, the fields (name, model, inputs, ...), and another &apos;---&apos; line.</source>
        <translation>Der Prompt muss mit YAML-Front-Matter beginnen: einer Zeile &apos;---&apos;, den Feldern (name, model, inputs, ...) und einer weiteren Zeile &apos;---&apos;.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="486"/>
        <source>The front matter opened at line 1 is never closed: add a &apos;---&apos; line after its last field.</source>
        <translation>Das in Zeile 1 geöffnete Front Matter wird nie geschlossen: Fügen Sie nach seinem letzten Feld eine Zeile &apos;---&apos; hinzu.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="516"/>
        <source>The front matter is not valid YAML at line %1, column %2: %3.</source>
        <translation>Das Front Matter ist in Zeile %1, Spalte %2 kein gültiges YAML: %3.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="536"/>
        <source>The front matter must be a map of fields (name, description, model, inputs, ...).</source>
        <translation>Das Front Matter muss eine Map von Feldern sein (name, description, model, inputs, ...).</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="556"/>
        <source>&apos;tags&apos; must be a list, such as [ranking, movies] (line %1).</source>
        <translation>&apos;tags&apos; muss eine Liste sein, etwa [ranking, movies] (Zeile %1).</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="571"/>
        <source>&apos;sample&apos; must be a map of input names to values (line %1); Tailor stores prompts as single texts, so sample files are not supported.</source>
        <translation>&apos;sample&apos; muss eine Map von Eingabenamen auf Werte sein (Zeile %1); Tailor speichert Prompts als einzelne Texte, daher werden Beispieldateien nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="587"/>
        <source>The front matter has no &apos;name&apos;; every prompt needs one.</source>
        <translation>Das Front Matter hat kein &apos;name&apos;; jeder Prompt braucht einen.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="598"/>
        <source>&apos;model&apos; must be a map with api, configuration and parameters (line %1).</source>
        <translation>&apos;model&apos; muss eine Map mit api, configuration und parameters sein (Zeile %1).</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="608"/>
        <source>Tailor sends chat completions only; this file declares model api &apos;%1&apos; (line %2).</source>
        <translation>Tailor sendet nur Chat-Completions; diese Datei deklariert model api &apos;%1&apos; (Zeile %2).</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="629"/>
        <source>&apos;model.configuration&apos; must be a map (line %1).</source>
        <translation>&apos;model.configuration&apos; muss eine Map sein (Zeile %1).</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="266"/>
        <location filename="../core/prompts/promptyfile.cpp" line="508"/>
        <source>The front matter nests deeper than %1 levels at line %2, column %3.</source>
        <translation>Das Front Matter ist in Zeile %2, Spalte %3 tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="295"/>
        <source>a key</source>
        <translation>ein Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="359"/>
        <source>The key at line %1, column %2 looks like %3 (&apos;%4&apos;); remove it, because Tailor never stores secrets.</source>
        <translation>Der Schlüssel in Zeile %1, Spalte %2 sieht aus wie %3 („%4“); entfernen Sie ihn, denn Tailor speichert nie Geheimnisse.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="367"/>
        <source>A key of &apos;%1&apos; at line %2, column %3 looks like %4 (&apos;%5&apos;); remove it, because Tailor never stores secrets.</source>
        <translation>Ein Schlüssel von „%1“ in Zeile %2, Spalte %3 sieht aus wie %4 („%5“); entfernen Sie ihn, denn Tailor speichert nie Geheimnisse.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="376"/>
        <source>&apos;%1&apos; at line %2, column %3 holds a literal secret (&apos;%4&apos;); write ${env:VARIABLE} instead, because Tailor never stores secrets.</source>
        <translation>„%1“ in Zeile %2, Spalte %3 enthält ein Geheimnis im Klartext („%4“); schreiben Sie stattdessen ${env:VARIABLE}, denn Tailor speichert nie Geheimnisse.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="385"/>
        <source>&apos;%1&apos; at line %2, column %3 holds what looks like %4 (&apos;%5&apos;); write ${env:VARIABLE} instead, because Tailor never stores secrets.</source>
        <translation>„%1“ in Zeile %2, Spalte %3 enthält etwas, das aussieht wie %4 („%5“); schreiben Sie stattdessen ${env:VARIABLE}, denn Tailor speichert nie Geheimnisse.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="641"/>
        <source>&apos;model.parameters&apos; must be a map (line %1).</source>
        <translation>&apos;model.parameters&apos; muss eine Map sein (Zeile %1).</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="671"/>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="672"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="675"/>
        <source>Model parameter &apos;%1&apos; must be %2 of at least %3 (line %4).</source>
        <translation>Modellparameter „%1“ muss %2 von mindestens %3 sein (Zeile %4).</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="683"/>
        <source>Model parameter &apos;%1&apos; must be %2 (line %3).</source>
        <translation>Modellparameter „%1“ muss %2 sein (Zeile %3).</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="688"/>
        <source>Model parameter &apos;%1&apos; must be %2 between %3 and %4 (line %5).</source>
        <translation>Modellparameter „%1“ muss %2 zwischen %3 und %4 sein (Zeile %5).</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="703"/>
        <source>Model parameter &apos;stop&apos; must be a text or a list of texts (line %1).</source>
        <translation>Modellparameter &apos;stop&apos; muss ein Text oder eine Liste von Texten sein (Zeile %1).</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="717"/>
        <source>&apos;inputs&apos; must be a map of input names to declarations (line %1).</source>
        <translation>&apos;inputs&apos; muss eine Map von Eingabenamen auf Deklarationen sein (Zeile %1).</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="726"/>
        <source>Input name &apos;%1&apos; (line %2) is not a valid variable name; use letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter or &apos;_&apos;.</source>
        <translation>Eingabename „%1“ (Zeile %2) ist kein gültiger Variablenname; verwenden Sie Buchstaben, Ziffern, &apos;_&apos; und &apos;-&apos;, beginnend mit einem Buchstaben oder &apos;_&apos;.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="739"/>
        <source>input &apos;%1&apos;</source>
        <translation>Eingabe „%1“</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="745"/>
        <source>Input &apos;%1&apos; has unknown type &apos;%2&apos; (line %3); use string, number, integer, boolean, array or object.</source>
        <translation>Eingabe „%1“ hat den unbekannten Typ „%2“ (Zeile %3); verwenden Sie string, number, integer, boolean, array oder object.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="762"/>
        <source>&apos;required&apos; of input &apos;%1&apos; must be true or false (line %2).</source>
        <translation>&apos;required&apos; von Eingabe „%1“ muss true oder false sein (Zeile %2).</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="776"/>
        <source>The %1 of input &apos;%2&apos; is %3, not the declared %4 (line %5).</source>
        <translation>Der %1 von Eingabe „%2“ ist %3, nicht wie deklariert %4 (Zeile %5).</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="782"/>
        <source>default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="783"/>
        <source>sample</source>
        <translation>Beispielwert</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="812"/>
        <source>Tailor renders Mustache only; this file declares template: %1 (line %2).</source>
        <translation>Tailor rendert nur Mustache; diese Datei deklariert template: %1 (Zeile %2).</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="831"/>
        <source>The text at line %1, column %2 holds what looks like %3 (&apos;%4&apos;); remove it, because Tailor never stores secrets.</source>
        <translation>Der Text in Zeile %1, Spalte %2 enthält etwas, das aussieht wie %3 („%4“); entfernen Sie es, denn Tailor speichert nie Geheimnisse.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="852"/>
        <source>Tailor renders Mustache only; the Jinja statement &apos;%1&apos; at line %2, column %3 is not supported.</source>
        <translation>Tailor rendert nur Mustache; die Jinja-Anweisung „%1“ in Zeile %2, Spalte %3 wird nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="886"/>
        <source>The %1 message at line %2 is empty.</source>
        <translation>Die %1-Nachricht in Zeile %2 ist leer.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="903"/>
        <source>Unknown role &apos;%1&apos; at line %2 (Tailor supports system, user and assistant).</source>
        <translation>Unbekannte Rolle „%1“ in Zeile %2 (Tailor unterstützt system, user und assistant).</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="917"/>
        <source>Text at line %1 comes before the first role marker; start the body with &apos;system:&apos;, &apos;user:&apos; or &apos;assistant:&apos; on a line of its own.</source>
        <translation>Text in Zeile %1 steht vor der ersten Rollenmarkierung; beginnen Sie den Hauptteil mit &apos;system:&apos;, &apos;user:&apos; oder &apos;assistant:&apos; in einer eigenen Zeile.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="928"/>
        <source>The prompt has no messages: after the front matter, write a role marker such as &apos;system:&apos; or &apos;user:&apos; on a line of its own, then the message.</source>
        <translation>Der Prompt hat keine Nachrichten: Schreiben Sie nach dem Front Matter eine Rollenmarkierung wie &apos;system:&apos; oder &apos;user:&apos; in eine eigene Zeile, dann die Nachricht.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="955"/>
        <source>The text is not valid UTF-8: byte 0x%1 at line %2, column %3. Save the file as UTF-8.</source>
        <translation>Der Text ist kein gültiges UTF-8: Byte 0x%1 in Zeile %2, Spalte %3. Speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <location filename="../core/prompts/promptyfile.cpp" line="1021"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>tailor::RecordParser</name>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="95"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="106"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="166"/>
        <source>the header has no column &apos;%1&apos; for the %2 (columns: %3)</source>
        <translation>die Kopfzeile hat keine Spalte „%1“ für das Feld „%2“ (Spalten: %3)</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="178"/>
        <source>there is no column for the %1 (columns: %2); name it in the column mapping</source>
        <translation>es gibt keine Spalte für das Feld „%1“ (Spalten: %2); geben Sie sie in der Spaltenzuordnung an</translation>
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
        <translation>Nutzer-ID</translation>
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
        <translation>Artikel-ID</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="197"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="202"/>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="198"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="203"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="313"/>
        <source>timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="207"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="211"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="220"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="337"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="212"/>
        <source>release date</source>
        <translation>Erscheinungsdatum</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="213"/>
        <source>video release date</source>
        <translation>Video-Erscheinungsdatum</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="214"/>
        <source>IMDb URL</source>
        <translation>IMDb-URL</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="217"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="221"/>
        <source>genres</source>
        <translation>Genres</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="256"/>
        <source>column %1 (%2) of the header contains a carriage return (\r) that does not end the line; remove it or quote the name</source>
        <translation>Spalte %1 (%2) der Kopfzeile enthält einen Wagenrücklauf (\r), der die Zeile nicht beendet; entfernen Sie ihn oder setzen Sie den Namen in Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="273"/>
        <source>the column &apos;%1&apos; is mapped to both the %2 and the %3; each field needs a column of its own</source>
        <translation>die Spalte „%1“ ist sowohl %2 als auch %3 zugeordnet; jedes Feld braucht eine eigene Spalte</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="318"/>
        <source>event kind</source>
        <translation>Ereignisart</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="322"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="342"/>
        <source>categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="352"/>
        <source>consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="366"/>
        <source>attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="375"/>
        <source>the header has no column &apos;%1&apos; to mark as personal data (columns: %2)</source>
        <translation>die Kopfzeile hat keine Spalte „%1“, die als personenbezogen markiert werden kann (Spalten: %2)</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="399"/>
        <source>not a JSON object: %1</source>
        <translation>kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="405"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="592"/>
        <source>the field contains a carriage return (\r) that does not end the line; remove it or quote the field</source>
        <translation>das Feld enthält einen Wagenrücklauf (\r), der die Zeile nicht beendet; entfernen Sie ihn oder setzen Sie das Feld in Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="604"/>
        <source>the row has %1 fields, the header has %2 (%3); quote a field that holds the separator %4</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile hat %2 (%3); setzen Sie ein Feld, das das Trennzeichen %4 enthält, in Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="616"/>
        <source>expected %1 fields separated by %2, found none; the line looks separated by %3 — is the format right?</source>
        <translation>%1 Felder getrennt durch %2 erwartet, keine gefunden; die Zeile scheint durch %3 getrennt zu sein – stimmt das Format?</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="625"/>
        <source>expected %1 fields separated by %2 (%3), found %4</source>
        <translation>%1 Felder getrennt durch %2 erwartet (%3), %4 gefunden</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="643"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="742"/>
        <source>the %1 is empty</source>
        <translation>„%1“ ist leer</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="647"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="650"/>
        <source>the id is longer than 256 bytes</source>
        <translation>die ID ist länger als 256 Bytes</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="676"/>
        <location filename="../core/profiles/import/recordparser.cpp" line="691"/>
        <source>the timestamp is empty</source>
        <translation>der Zeitstempel ist leer</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="677"/>
        <source>&apos;%1&apos; is not a timestamp (epoch seconds, milliseconds or ISO 8601)</source>
        <translation>„%1“ ist kein Zeitstempel (Epochensekunden, Millisekunden oder ISO 8601)</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="692"/>
        <source>&apos;%1&apos; is not a whole number of seconds</source>
        <translation>„%1“ ist keine ganze Zahl von Sekunden</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="704"/>
        <source>timestamp %1 is out of range (1970-01-01 to 2100-01-01)</source>
        <translation>Zeitstempel %1 liegt außerhalb des Bereichs (1970-01-01 bis 2100-01-01)</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="726"/>
        <source>the event kind is empty</source>
        <translation>die Ereignisart ist leer</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="743"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="750"/>
        <source>rating %1 is out of range (0.5 to 5)</source>
        <translation>Bewertung %1 liegt außerhalb des Bereichs (0,5 bis 5)</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="777"/>
        <source>the genre flag must be 0 or 1, not &apos;%1&apos;</source>
        <translation>das Genre-Flag muss 0 oder 1 sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../core/profiles/import/recordparser.cpp" line="832"/>
        <source>&apos;%1&apos; is not a consent value (yes/no, true/false, 1/0, granted/refused)</source>
        <translation>„%1“ ist kein Einwilligungswert (yes/no, true/false, 1/0, granted/refused)</translation>
    </message>
</context>
<context>
    <name>tailor::RequestLog</name>
    <message>
        <location filename="../core/llm/requestlog.cpp" line="157"/>
        <source>reading the request log</source>
        <translation>Lesen des Anfrageprotokolls</translation>
    </message>
    <message>
        <location filename="../core/llm/requestlog.cpp" line="214"/>
        <location filename="../core/llm/requestlog.cpp" line="236"/>
        <source>summarizing the request log</source>
        <translation>Zusammenfassen des Anfrageprotokolls</translation>
    </message>
    <message>
        <location filename="../core/llm/requestlog.cpp" line="289"/>
        <location filename="../core/llm/requestlog.cpp" line="301"/>
        <location filename="../core/llm/requestlog.cpp" line="335"/>
        <source>writing the request log</source>
        <translation>Schreiben des Anfrageprotokolls</translation>
    </message>
</context>
<context>
    <name>tailor::ResponseCache</name>
    <message>
        <location filename="../core/llm/responsecache.cpp" line="68"/>
        <location filename="../core/llm/responsecache.cpp" line="84"/>
        <location filename="../core/llm/responsecache.cpp" line="111"/>
        <source>reading the response cache</source>
        <translation>Lesen des Antwort-Caches</translation>
    </message>
    <message>
        <location filename="../core/llm/responsecache.cpp" line="121"/>
        <location filename="../core/llm/responsecache.cpp" line="132"/>
        <source>clearing the response cache</source>
        <translation>Leeren des Antwort-Caches</translation>
    </message>
    <message>
        <location filename="../core/llm/responsecache.cpp" line="154"/>
        <location filename="../core/llm/responsecache.cpp" line="165"/>
        <source>writing the response cache</source>
        <translation>Schreiben des Antwort-Caches</translation>
    </message>
</context>
<context>
    <name>tailor::Role</name>
    <message>
        <location filename="../core/identity/role.cpp" line="42"/>
        <source>viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="44"/>
        <source>editor</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="46"/>
        <source>analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="48"/>
        <source>approver</source>
        <translation>Freigeber</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="50"/>
        <source>admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="59"/>
        <source>view this workspace</source>
        <translation>diesen Arbeitsbereich ansehen</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="61"/>
        <source>edit prompts</source>
        <translation>Prompts bearbeiten</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="63"/>
        <source>run experiments</source>
        <translation>Experimente ausführen</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="65"/>
        <source>call LLM endpoints</source>
        <translation>LLM-Endpunkte aufrufen</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="67"/>
        <source>import data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="69"/>
        <source>review profiles</source>
        <translation>Profile prüfen</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="71"/>
        <source>reveal personal data</source>
        <translation>personenbezogene Daten anzeigen</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="73"/>
        <source>approve releases</source>
        <translation>Freigaben genehmigen</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="75"/>
        <source>move protected labels</source>
        <translation>geschützte Labels verschieben</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="77"/>
        <source>manage operators</source>
        <translation>Bediener verwalten</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="79"/>
        <source>manage LLM endpoints</source>
        <translation>LLM-Endpunkte verwalten</translation>
    </message>
</context>
<context>
    <name>tailor::SecretDetector</name>
    <message>
        <location filename="../core/prompts/secretdetector.cpp" line="77"/>
        <source>an OpenAI or Anthropic API key</source>
        <translation>ein OpenAI- oder Anthropic-API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/prompts/secretdetector.cpp" line="79"/>
        <source>a Stripe key</source>
        <translation>ein Stripe-Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/prompts/secretdetector.cpp" line="81"/>
        <source>a GitHub token</source>
        <translation>ein GitHub-Token</translation>
    </message>
    <message>
        <location filename="../core/prompts/secretdetector.cpp" line="82"/>
        <source>a GitLab token</source>
        <translation>ein GitLab-Token</translation>
    </message>
    <message>
        <location filename="../core/prompts/secretdetector.cpp" line="84"/>
        <source>a Slack token</source>
        <translation>ein Slack-Token</translation>
    </message>
    <message>
        <location filename="../core/prompts/secretdetector.cpp" line="87"/>
        <source>an AWS access key</source>
        <translation>ein AWS-Zugriffsschlüssel</translation>
    </message>
    <message>
        <location filename="../core/prompts/secretdetector.cpp" line="88"/>
        <source>a Google API key</source>
        <translation>ein Google-API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/prompts/secretdetector.cpp" line="90"/>
        <source>a Hugging Face token</source>
        <translation>ein Hugging-Face-Token</translation>
    </message>
    <message>
        <location filename="../core/prompts/secretdetector.cpp" line="93"/>
        <source>a JSON Web Token</source>
        <translation>ein JSON Web Token</translation>
    </message>
    <message>
        <location filename="../core/prompts/secretdetector.cpp" line="95"/>
        <source>a bearer token</source>
        <translation>ein Bearer-Token</translation>
    </message>
    <message>
        <location filename="../core/prompts/secretdetector.cpp" line="97"/>
        <source>basic authentication credentials</source>
        <translation>Zugangsdaten für Basic Authentication</translation>
    </message>
    <message>
        <location filename="../core/prompts/secretdetector.cpp" line="98"/>
        <source>a private key</source>
        <translation>ein privater Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/prompts/secretdetector.cpp" line="101"/>
        <source>a password in a URL</source>
        <translation>ein Passwort in einer URL</translation>
    </message>
</context>
<context>
    <name>tailor::SecretStore</name>
    <message>
        <location filename="../core/llm/secretstore.cpp" line="20"/>
        <source>Name an environment variable for the endpoint in its settings and set it to the API key instead.</source>
        <translation>Geben Sie stattdessen in den Einstellungen des Endpunkts eine Umgebungsvariable an und setzen Sie diese auf den API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../core/llm/secretstore.cpp" line="24"/>
        <source>Set the environment variable %1 to the API key instead.</source>
        <translation>Setzen Sie stattdessen die Umgebungsvariable %1 auf den API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../core/llm/secretstore.cpp" line="36"/>
        <source>The keychain has no entry &apos;%1&apos; for Tailor. Store the API key under that name (Settings → Endpoints). %2</source>
        <translation>Der Schlüsselbund hat keinen Eintrag „%1“ für Tailor. Speichern Sie den API-Schlüssel unter diesem Namen (Einstellungen → Endpunkte). %2</translation>
    </message>
    <message>
        <location filename="../core/llm/secretstore.cpp" line="45"/>
        <source>No keychain service is available to %1 the API key &apos;%2&apos; (%3). %4</source>
        <translation>Es ist kein Schlüsselbunddienst verfügbar, um den API-Schlüssel „%2“ zu %1 (%3). %4</translation>
    </message>
    <message>
        <location filename="../core/llm/secretstore.cpp" line="49"/>
        <source>no Secret Service or KWallet is running</source>
        <translation>weder Secret Service noch KWallet läuft</translation>
    </message>
    <message>
        <location filename="../core/llm/secretstore.cpp" line="56"/>
        <source>The keychain refused to %1 the API key &apos;%2&apos; (%3). %4</source>
        <translation>Der Schlüsselbund hat verweigert, den API-Schlüssel „%2“ zu %1 (%3). %4</translation>
    </message>
    <message>
        <location filename="../core/llm/secretstore.cpp" line="64"/>
        <source>The keychain could not %1 the API key &apos;%2&apos;: %3</source>
        <translation>Der Schlüsselbund konnte den API-Schlüssel „%2“ nicht %1: %3</translation>
    </message>
    <message>
        <location filename="../core/llm/secretstore.cpp" line="84"/>
        <source>The keychain did not answer within %1 s for the API key &apos;%2&apos;; is it locked?</source>
        <translation>Der Schlüsselbund hat für den API-Schlüssel „%2“ nicht innerhalb von %1 s geantwortet; ist er gesperrt?</translation>
    </message>
    <message>
        <location filename="../core/llm/secretstore.cpp" line="108"/>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <location filename="../core/llm/secretstore.cpp" line="126"/>
        <source>store</source>
        <translation>speichern</translation>
    </message>
    <message>
        <location filename="../core/llm/secretstore.cpp" line="142"/>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <location filename="../core/llm/secretstore.cpp" line="182"/>
        <source>The environment variable %1 that the endpoint &apos;%2&apos; names is not set; set it to the API key.</source>
        <translation>Die Umgebungsvariable %1, die der Endpunkt „%2“ nennt, ist nicht gesetzt; setzen Sie sie auf den API-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>tailor::SegmentStore</name>
    <message>
        <location filename="../core/profiles/segmentstore.cpp" line="91"/>
        <source>&apos;%1&apos; is not a valid segment name: use letters, digits, spaces, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit (at most 64 characters).</source>
        <translation>„%1“ ist kein gültiger Segmentname: verwenden Sie Buchstaben, Ziffern, Leerzeichen, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;, beginnend mit einem Buchstaben oder einer Ziffer (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <location filename="../core/profiles/segmentstore.cpp" line="140"/>
        <location filename="../core/profiles/segmentstore.cpp" line="193"/>
        <location filename="../core/profiles/segmentstore.cpp" line="220"/>
        <source>reading segments</source>
        <translation>Lesen der Segmente</translation>
    </message>
    <message>
        <location filename="../core/profiles/segmentstore.cpp" line="145"/>
        <source>There is already a segment named &apos;%1&apos;.</source>
        <translation>Es gibt bereits ein Segment namens „%1“.</translation>
    </message>
    <message>
        <location filename="../core/profiles/segmentstore.cpp" line="156"/>
        <location filename="../core/profiles/segmentstore.cpp" line="172"/>
        <source>saving the segment</source>
        <translation>Speichern des Segments</translation>
    </message>
    <message>
        <location filename="../core/profiles/segmentstore.cpp" line="225"/>
        <location filename="../core/profiles/segmentstore.cpp" line="257"/>
        <location filename="../core/profiles/segmentstore.cpp" line="267"/>
        <source>There is no segment named &apos;%1&apos;.</source>
        <translation>Es gibt kein Segment namens „%1“.</translation>
    </message>
    <message>
        <location filename="../core/profiles/segmentstore.cpp" line="250"/>
        <location filename="../core/profiles/segmentstore.cpp" line="262"/>
        <source>deleting the segment</source>
        <translation>Löschen des Segments</translation>
    </message>
    <message>
        <location filename="../core/profiles/segmentstore.cpp" line="279"/>
        <source>A sample needs at least one user.</source>
        <translation>Eine Stichprobe braucht mindestens einen Nutzer.</translation>
    </message>
</context>
<context>
    <name>tailor::SettingsPage</name>
    <message>
        <location filename="../ui/settingspage.cpp" line="33"/>
        <source>No workspace open — use File → New workspace or Open workspace.</source>
        <translation>Kein Arbeitsbereich geöffnet – Menü Datei: neu anlegen oder öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="104"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="108"/>
        <source>The open workspace, who may change it, its LLM endpoints, and how Tailor looks to you.</source>
        <translation>Der geöffnete Arbeitsbereich, wer ihn ändern darf, seine LLM-Endpunkte und wie Tailor für Sie aussieht.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="133"/>
        <location filename="../ui/settingspage.cpp" line="168"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="137"/>
        <source>LLM endpoints</source>
        <translation>LLM-Endpunkte</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="183"/>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="186"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="187"/>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="188"/>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="189"/>
        <source>Workspace ID</source>
        <translation>Arbeitsbereich-ID</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="190"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="191"/>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="193"/>
        <location filename="../ui/settingspage.cpp" line="257"/>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="195"/>
        <location filename="../ui/settingspage.cpp" line="284"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="197"/>
        <source>Audit entries</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="199"/>
        <location filename="../ui/settingspage.cpp" line="272"/>
        <source>Operators</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="207"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="211"/>
        <source>&amp;Copy anchor</source>
        <translation>Anker &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="213"/>
        <source>Verify the log and copy its head (SEQ:HASH) to the clipboard, to keep outside the workspace.</source>
        <translation>Das Protokoll prüfen und seinen Kopf (SEQ:HASH) in die Zwischenablage kopieren, zur Aufbewahrung außerhalb des Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="217"/>
        <source>&amp;Verify audit log</source>
        <translation>Protokoll &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="219"/>
        <source>Recompute the hash chain, check the anchors given, and report the first edited, deleted, reordered or added entry.</source>
        <translation>Die Hash-Kette neu berechnen, die angegebenen Anker prüfen und den ersten bearbeiteten, gelöschten, umsortierten oder hinzugefügten Eintrag melden.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="228"/>
        <source>Anchors to check</source>
        <translation>Zu prüfende Anker</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="233"/>
        <source>Optional: anchors you kept, e.g. 128:5f3a…, separated by spaces</source>
        <translation>Optional: aufbewahrte Anker, z. B. 128:5f3a…, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="239"/>
        <source>A hash chain shows edits, deletions and reordering, but whoever can write the workspace (on SQLite, its file) can rewrite the whole chain so that it still verifies. An anchor kept outside the workspace (a ticket, an email, a release note) catches that: Verify fails when the log no longer holds the anchored entry with its hash.</source>
        <translation>Eine Hash-Kette zeigt Änderungen, Löschungen und Umsortierungen, aber wer den Arbeitsbereich schreiben kann (bei SQLite seine Datei), kann die ganze Kette so neu schreiben, dass die Prüfung weiterhin besteht. Ein außerhalb des Arbeitsbereichs aufbewahrter Anker (ein Ticket, eine E-Mail, Release Notes) deckt das auf: Die Prüfung schlägt fehl, wenn das Protokoll den verankerten Eintrag mit seinem Hash nicht mehr enthält.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settingspage.cpp" line="255"/>
        <source>The %n most recent entries, newest first.</source>
        <translation>
            <numerusform>Der %n neueste Eintrag.</numerusform>
            <numerusform>Die %n neuesten Einträge, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="257"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="257"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="257"/>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="281"/>
        <source>Anyone not listed here may view the workspace and nothing more.</source>
        <translation>Wer hier nicht aufgeführt ist, darf den Arbeitsbereich nur ansehen.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="284"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="284"/>
        <source>Granted by</source>
        <translation>Erteilt von</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="284"/>
        <source>Granted at</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="298"/>
        <source>Operator name</source>
        <translation>Bedienername</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="304"/>
        <source>&amp;Grant role</source>
        <translation>&amp;Rolle erteilen</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="307"/>
        <source>&amp;Revoke selected</source>
        <translation>Rolle &amp;entziehen</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="333"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="337"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="352"/>
        <source>A new language takes effect after you restart Tailor.</source>
        <translation>Eine neue Sprache wird nach einem Neustart von Tailor wirksam.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="402"/>
        <source>Cannot read this workspace: %1</source>
        <translation>Dieser Arbeitsbereich kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="425"/>
        <source>%1 (latest)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="426"/>
        <source>%1 (this Tailor knows up to %2)</source>
        <translation>%1 (diese Tailor-Version kennt bis %2)</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="428"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="432"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="443"/>
        <source>Entry %1, %2 UTC</source>
        <translation>Eintrag %1, %2 UTC</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="456"/>
        <source>You are %1 here; only an admin can grant or revoke roles.</source>
        <translation>Ihre Rolle hier: %1. Nur ein Administrator kann Rollen erteilen oder entziehen.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="495"/>
        <source>Cannot check the anchors: %1</source>
        <translation>Die Anker können nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="500"/>
        <location filename="../ui/settingspage.cpp" line="556"/>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="513"/>
        <source>Cannot verify: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="524"/>
        <source>The audit log is intact; entries checked: %1.</source>
        <translation>Das Prüfprotokoll ist intakt; geprüfte Einträge: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settingspage.cpp" line="527"/>
        <source>Every anchor matches (%n checked).</source>
        <translation>
            <numerusform>Der Anker stimmt überein (%n geprüft).</numerusform>
            <numerusform>Alle Anker stimmen überein (%n geprüft).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="534"/>
        <source>The audit log is broken at entry %1: %2</source>
        <translation>Das Prüfprotokoll ist bei Eintrag %1 beschädigt: %2</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="537"/>
        <source>The hash chain is consistent (entries checked: %1), but it is not the log that was anchored:</source>
        <translation>Die Hash-Kette ist konsistent (geprüfte Einträge: %1), aber es ist nicht das Protokoll, das verankert wurde:</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="544"/>
        <source>Anchor %1 matches.</source>
        <translation>Anker %1 stimmt überein.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="545"/>
        <source>Anchor %1 does not match: %2</source>
        <translation>Anker %1 stimmt nicht überein: %2</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="569"/>
        <source>No anchor copied: %1</source>
        <translation>Kein Anker kopiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="573"/>
        <source>Copied anchor %1 (entry %2, %3) to the clipboard. Keep it outside the workspace; pasted into Anchors to check later, it shows whether the log was rewritten since.</source>
        <translation>Anker %1 (Eintrag %2, %3) in die Zwischenablage kopiert. Bewahren Sie ihn außerhalb des Arbeitsbereichs auf; später unter „Zu prüfende Anker“ eingefügt, zeigt er, ob das Protokoll seitdem neu geschrieben wurde.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="606"/>
        <source>Cannot grant a role to %1</source>
        <translation>%1 kann keine Rolle erteilt werden</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="634"/>
        <source>Cannot revoke the role of %1</source>
        <translation>Die Rolle von %1 kann nicht entzogen werden</translation>
    </message>
</context>
<context>
    <name>tailor::Sql</name>
    <message>
        <location filename="../core/llm/requestlog.cpp" line="300"/>
        <location filename="../core/llm/requestlog.cpp" line="334"/>
        <location filename="../core/storage/sqlerror.cpp" line="91"/>
        <source>Database error while %1: %2</source>
        <translation>Datenbankfehler beim %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlerror.cpp" line="89"/>
        <source>The PostgreSQL server refused %1: %2</source>
        <translation>Der PostgreSQL-Server hat das %1 verweigert: %2</translation>
    </message>
</context>
<context>
    <name>tailor::Transaction</name>
    <message>
        <location filename="../core/storage/transaction.cpp" line="35"/>
        <source>Cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/transaction.cpp" line="49"/>
        <source>Cannot commit the transaction: %1</source>
        <translation>Transaktion kann nicht festgeschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>tailor::Workspace</name>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="70"/>
        <source>Operator &apos;%1&apos; has the role %2 and may not %3 in this workspace; ask an admin.</source>
        <translation>Bediener „%1“ hat die Rolle %2 und darf in diesem Arbeitsbereich nicht %3; wenden Sie sich an einen Administrator.</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="95"/>
        <source>The database role %1 is not an operator of the workspace %2, so the server lets it read nothing there. An admin of the workspace adds it with `tailor-cli workspace grant %1 viewer` (or another role).</source>
        <translation>Die Datenbankrolle %1 ist kein Bediener des Arbeitsbereichs %2, daher lässt der Server sie dort nichts lesen. Ein Administrator des Arbeitsbereichs fügt sie mit `tailor-cli workspace grant %1 viewer` (oder einer anderen Rolle) hinzu.</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="106"/>
        <source>%1 is empty: it is not a Tailor workspace yet. Create one with File → New workspace or `tailor-cli workspace init`.</source>
        <translation>%1 ist leer: noch kein Tailor-Arbeitsbereich. Legen Sie einen über Datei → Neuer Arbeitsbereich oder mit `tailor-cli workspace init` an.</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="113"/>
        <source>%1 is not a Tailor workspace: it holds other tables. Tailor did not change it.</source>
        <translation>%1 ist kein Tailor-Arbeitsbereich: Die Datenbank enthält andere Tabellen. Tailor hat sie nicht verändert.</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="149"/>
        <source>%1 is already a Tailor workspace (schema version %2); nothing was changed.</source>
        <translation>%1 ist bereits ein Tailor-Arbeitsbereich (Schemaversion %2); es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="156"/>
        <source>%1 already holds tables that are not Tailor&apos;s; Tailor will not create a workspace in it.</source>
        <translation>%1 enthält bereits Tabellen, die nicht von Tailor stammen; Tailor legt dort keinen Arbeitsbereich an.</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="171"/>
        <source>The workspace was created, but importing the shipped prompts failed: %1</source>
        <translation>Der Arbeitsbereich wurde angelegt, aber der Import der mitgelieferten Prompts ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="197"/>
        <source>writing workspace metadata</source>
        <translation>Schreiben der Arbeitsbereich-Metadaten</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="205"/>
        <source>making the creator admin</source>
        <translation>Ernennen des Erstellers zum Administrator</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="305"/>
        <source>reading the server version</source>
        <translation>Lesen der Serverversion</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="311"/>
        <source>reading workspace metadata</source>
        <translation>Lesen der Arbeitsbereich-Metadaten</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="324"/>
        <source>counting operators</source>
        <translation>Zählen der Bediener</translation>
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
