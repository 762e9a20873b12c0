<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="46"/>
        <source>Tailor: prompt and profile operations for LLM recommendation.</source>
        <translation>Tailor: Prompts und Profile für LLM-gestützte Empfehlungen verwalten.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="51"/>
        <source>Open the workspace at URL (sqlite:///path or postgresql://...).</source>
        <translation>Den Arbeitsbereich unter URL öffnen (sqlite:///path oder postgresql://...).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>Act as operator NAME (SQLite workspaces only).</source>
        <translation>Als Bediener NAME handeln (nur SQLite-Arbeitsbereiche).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="60"/>
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
        <location filename="../app/cli/auditcommands.cpp" line="48"/>
        <source>Audit log intact: every entry verified (%1 in total).</source>
        <translation>Prüfprotokoll intakt: alle Einträge verifiziert (insgesamt %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="54"/>
        <source>tailor-cli: audit log broken at entry %1: %2</source>
        <translation>tailor-cli: Prüfprotokoll bei Eintrag %1 beschädigt: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="76"/>
        <source>--limit &apos;%1&apos; is not a count (use 0 for all)</source>
        <translation>--limit &apos;%1&apos; ist keine Anzahl (0 für alle)</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="103"/>
        <source>SEQ</source>
        <translation>NR</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="104"/>
        <source>TIME (UTC)</source>
        <translation>ZEIT (UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="105"/>
        <source>OPERATOR</source>
        <translation>BEDIENER</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="106"/>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="107"/>
        <source>ENTITY</source>
        <translation>OBJEKT</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="108"/>
        <source>DETAILS</source>
        <translation>DETAILS</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="128"/>
        <source>check the hash chain; exit 1 naming the first bad entry</source>
        <translation>Hash-Kette prüfen; bei Fehlern Exit-Code 1 und erster fehlerhafter Eintrag</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="129"/>
        <source>Recomputes every entry&apos;s hash and the chain between entries. Exits 0 when the log is intact and 1, naming the first bad entry, when any entry was edited, deleted or reordered.</source>
        <translation>Berechnet den Hash jedes Eintrags und die Verkettung der Einträge neu. Endet mit Exit-Code 0, wenn das Protokoll intakt ist, und mit 1 unter Angabe des ersten fehlerhaften Eintrags, wenn ein Eintrag bearbeitet, gelöscht oder umsortiert wurde.</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="139"/>
        <source>list audit entries, newest first, with filters</source>
        <translation>Protokolleinträge auflisten, neueste zuerst, mit Filtern</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="140"/>
        <source>Lists audit entries, newest first. Filters combine with AND.</source>
        <translation>Listet Protokolleinträge auf, neueste zuerst. Filter werden mit UND verknüpft.</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="144"/>
        <source>Only this action, or actions starting with it when it ends in &apos;.&apos; (e.g. operator.).</source>
        <translation>Nur diese Aktion, oder alle Aktionen, die damit beginnen, wenn sie auf &apos;.&apos; endet (z. B. operator.).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="147"/>
        <source>action</source>
        <translation>aktion</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="149"/>
        <source>Only entries by this operator.</source>
        <translation>Nur Einträge dieses Bedieners.</translation>
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
        <translation>Nur dieses Objekt, oder alle Objekte, die damit beginnen, wenn es auf &apos;:&apos; endet (z. B. operator:).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="156"/>
        <source>entity</source>
        <translation>objekt</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="159"/>
        <source>Only entries at or after this UTC date/time.</source>
        <translation>Nur Einträge ab diesem Zeitpunkt (UTC).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="160"/>
        <location filename="../app/cli/auditcommands.cpp" line="164"/>
        <source>time</source>
        <translation>zeit</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="163"/>
        <source>Only entries before this UTC date/time.</source>
        <translation>Nur Einträge vor diesem Zeitpunkt (UTC).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="167"/>
        <source>At most N entries (default 100; 0 for all).</source>
        <translation>Höchstens N Einträge (Standard 100; 0 für alle).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="168"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommands.cpp" line="170"/>
        <source>Oldest entries first.</source>
        <translation>Älteste Einträge zuerst.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="26"/>
        <source>create, inspect and upgrade workspaces; manage operators and roles</source>
        <translation>Arbeitsbereiche anlegen, anzeigen und aktualisieren; Bediener und Rollen verwalten</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="29"/>
        <source>verify and list the tamper-evident audit log</source>
        <translation>das Prüfprotokoll verifizieren und auflisten (Manipulationen werden erkannt)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="41"/>
        <source>Workspace URL: sqlite:///path/file.tailor or postgresql://user@host:port/db (default: TAILOR_DB, then the last workspace, then the default file).</source>
        <translation>URL des Arbeitsbereichs: sqlite:///path/file.tailor oder postgresql://user@host:port/db (Standard: TAILOR_DB, dann der zuletzt verwendete Arbeitsbereich, dann die Standarddatei).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="45"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="48"/>
        <source>Act as operator NAME (SQLite workspaces only; also TAILOR_OPERATOR). A convenience, not a security boundary.</source>
        <translation>Als Bediener NAME handeln (nur SQLite-Arbeitsbereiche; auch über TAILOR_OPERATOR). Eine Komfortfunktion, keine Sicherheitsgrenze.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="54"/>
        <source>Machine-readable JSON output.</source>
        <translation>Maschinenlesbare JSON-Ausgabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="56"/>
        <source>Show help for this level.</source>
        <translation>Hilfe für diese Ebene anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="77"/>
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
        <location filename="../app/cli/main.cpp" line="83"/>
        <location filename="../app/cli/main.cpp" line="122"/>
        <source>
Global options:
</source>
        <translation>
Globale Optionen:
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="85"/>
        <source>Show the version.</source>
        <translation>Version anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="86"/>
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
        <location filename="../app/cli/main.cpp" line="95"/>
        <source>Usage: tailor-cli %1 &lt;verb&gt; [options]

Verbs:
</source>
        <translation>Aufruf: tailor-cli %1 &lt;befehl&gt; [optionen]

Befehle:
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="101"/>
        <source>
Run &apos;tailor-cli %1 &lt;verb&gt; --help&apos; for a verb&apos;s options.
</source>
        <translation>
&apos;tailor-cli %1 &lt;befehl&gt; --help&apos; zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="113"/>
        <source>Usage: tailor-cli %1 %2 [options] %3

%4
</source>
        <translation>Aufruf: tailor-cli %1 %2 [optionen] %3

%4
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="116"/>
        <source>
Arguments:
</source>
        <translation>
Argumente:
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="121"/>
        <source>
Options:
</source>
        <translation>
Optionen:
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="178"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="180"/>
        <source>missing area; see above</source>
        <translation>Bereich fehlt; siehe oben</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="189"/>
        <source>unknown area &apos;%1&apos; (see tailor-cli --help)</source>
        <translation>unbekannter Bereich &apos;%1&apos; (siehe tailor-cli --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="197"/>
        <source>missing verb for &apos;%1&apos;</source>
        <translation>Befehl für &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="207"/>
        <source>unknown verb &apos;%1&apos; for &apos;%2&apos; (see tailor-cli %2 --help)</source>
        <translation>unbekannter Befehl &apos;%1&apos; für &apos;%2&apos; (siehe tailor-cli %2 --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="220"/>
        <source>%1 (see tailor-cli %2 %3 --help)</source>
        <translation>%1 (siehe tailor-cli %2 %3 --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="229"/>
        <source>unexpected argument &apos;%1&apos; for &apos;%2 %3&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos; für &apos;%2 %3&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="232"/>
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
        <location filename="../app/cli/workspacecommands.cpp" line="136"/>
        <source>Schema is up to date (version %1).</source>
        <translation>Das Schema ist aktuell (Version %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="141"/>
        <source>Applied %1</source>
        <translation>%1 angewendet</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="143"/>
        <source>Schema version %1 → %2.</source>
        <translation>Schemaversion %1 → %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="170"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="171"/>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="172"/>
        <source>GRANTED BY</source>
        <translation>ERTEILT VON</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="173"/>
        <source>GRANTED AT</source>
        <translation>ERTEILT AM</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="180"/>
        <source>Operators not listed are viewers.</source>
        <translation>Nicht aufgeführte Bediener sind Betrachter.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="192"/>
        <source>unknown role &apos;%1&apos; (roles: %2)</source>
        <translation>unbekannte Rolle &apos;%1&apos; (Rollen: %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="204"/>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="222"/>
        <source>%1 no longer has a role; they are a viewer.</source>
        <translation>%1 hat keine Rolle mehr und ist damit Betrachter.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="237"/>
        <source>create a new workspace; you become its admin</source>
        <translation>neuen Arbeitsbereich anlegen; Sie werden dessen Administrator</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="238"/>
        <source>Creates a workspace at --db (a new SQLite file, or an empty PostgreSQL database) and makes the operator its admin. Refuses a database that already holds a workspace or other tables.</source>
        <translation>Legt einen Arbeitsbereich unter --db an (eine neue SQLite-Datei oder eine leere PostgreSQL-Datenbank) und macht den Bediener zu dessen Administrator. Lehnt eine Datenbank ab, die bereits einen Arbeitsbereich oder andere Tabellen enthält.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="247"/>
        <source>show the workspace, schema, operator and role</source>
        <translation>Arbeitsbereich, Schema, Bediener und Rolle anzeigen</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="248"/>
        <source>Shows the workspace URL, dialect, schema version, creator, your identity and role, and audit size. Does not change the workspace.</source>
        <translation>Zeigt URL, Dialekt, Schemaversion und Ersteller des Arbeitsbereichs, Ihre Identität und Rolle sowie den Umfang des Prüfprotokolls. Ändert den Arbeitsbereich nicht.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="258"/>
        <source>apply pending schema migrations</source>
        <translation>ausstehende Schemamigrationen anwenden</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="259"/>
        <source>Brings the workspace schema to the version this Tailor knows. Workspaces are also migrated when opened; this verb reports what it did. With --check, changes nothing and exits 1 when migrations are pending.</source>
        <translation>Bringt das Schema des Arbeitsbereichs auf die Version, die diese Tailor-Version kennt. Arbeitsbereiche werden auch beim Öffnen migriert; dieser Befehl meldet, was er getan hat. Mit --check wird nichts geändert, und der Exit-Code ist 1, wenn Migrationen ausstehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="268"/>
        <source>Only report; exit 1 when migrations are pending.</source>
        <translation>Nur melden; Exit-Code 1, wenn Migrationen ausstehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="273"/>
        <source>list operators and their roles</source>
        <translation>Bediener und ihre Rollen auflisten</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="274"/>
        <source>Lists the operators who hold a role in this workspace. Everyone else is a viewer.</source>
        <translation>Listet die Bediener auf, die in diesem Arbeitsbereich eine Rolle haben. Alle anderen sind Betrachter.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="282"/>
        <source>give an operator a role (admin only)</source>
        <translation>einem Bediener eine Rolle erteilen (nur admin)</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="283"/>
        <source>Gives NAME the role ROLE (viewer, editor, analyst, approver, admin). Needs the admin role; audited.</source>
        <translation>Erteilt NAME die Rolle ROLE (viewer, editor, analyst, approver, admin). Erfordert die Rolle admin; wird protokolliert.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="289"/>
        <source>operator name (OS login, or database role on PostgreSQL)</source>
        <translation>Bedienername (OS-Anmeldename, bei PostgreSQL die Datenbankrolle)</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="292"/>
        <source>viewer, editor, analyst, approver or admin</source>
        <translation>viewer, editor, analyst, approver oder admin</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="296"/>
        <source>remove an operator&apos;s role (admin only)</source>
        <translation>einem Bediener die Rolle entziehen (nur admin)</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="297"/>
        <source>Removes NAME&apos;s role, leaving them a viewer. Needs the admin role; the last admin cannot be removed. Audited.</source>
        <translation>Entzieht NAME die Rolle; NAME ist danach Betrachter. Erfordert die Rolle admin; der letzte Administrator kann nicht entfernt werden. Wird protokolliert.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="303"/>
        <source>operator name</source>
        <translation>Bedienername</translation>
    </message>
</context>
<context>
    <name>tailor::AuditLog</name>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="82"/>
        <source>An audit entry needs an action.</source>
        <translation>Ein Protokolleintrag braucht eine Aktion.</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="91"/>
        <location filename="../core/storage/auditlog.cpp" line="269"/>
        <source>reading the audit log head</source>
        <translation>Lesen des Prüfprotokollkopfs</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="113"/>
        <source>appending to the audit log</source>
        <translation>Anhängen an das Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="120"/>
        <source>moving the audit log head</source>
        <translation>Verschieben des Prüfprotokollkopfs</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="186"/>
        <location filename="../core/storage/auditlog.cpp" line="190"/>
        <location filename="../core/storage/auditlog.cpp" line="222"/>
        <source>reading the audit log</source>
        <translation>Lesen des Prüfprotokolls</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="207"/>
        <source>counting audit entries</source>
        <translation>Zählen der Protokolleinträge</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="240"/>
        <source>entry %1 is missing (the log jumps from %2 to %3): an entry was deleted</source>
        <translation>Eintrag %1 fehlt (das Protokoll springt von %2 auf %3): ein Eintrag wurde gelöscht</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="246"/>
        <source>entry %1 appears twice or out of sequence</source>
        <translation>Eintrag %1 kommt doppelt oder außerhalb der Reihenfolge vor</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="251"/>
        <source>entry %1 was modified: its content does not match its hash</source>
        <translation>Eintrag %1 wurde verändert: sein Inhalt passt nicht zu seinem Hash</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="256"/>
        <source>entry %1 does not follow entry %2 (previous-hash mismatch): entries were reordered or replaced</source>
        <translation>Eintrag %1 folgt nicht auf Eintrag %2 (Vorgänger-Hash stimmt nicht überein): Einträge wurden umsortiert oder ersetzt</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="277"/>
        <source>the log ends at entry %1 but its head records entry %2: entries were deleted from the end</source>
        <translation>das Protokoll endet bei Eintrag %1, sein Kopf verweist aber auf Eintrag %2: am Ende wurden Einträge gelöscht</translation>
    </message>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="283"/>
        <source>the audit log head does not match the last entry %1</source>
        <translation>der Kopf des Prüfprotokolls passt nicht zum letzten Eintrag %1</translation>
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
        <location filename="../core/storage/database.cpp" line="194"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="57"/>
        <location filename="../core/storage/database.cpp" line="190"/>
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
        <location filename="../core/storage/database.cpp" line="62"/>
        <source>The workspace %1 is read-only; Tailor needs to write to it. Make it writable or open a copy.</source>
        <translation>Der Arbeitsbereich %1 ist schreibgeschützt; Tailor muss darin schreiben. Machen Sie ihn beschreibbar oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="67"/>
        <source>The folder of workspace %1 is read-only; SQLite needs to create its write-ahead log beside the file.</source>
        <translation>Der Ordner des Arbeitsbereichs %1 ist schreibgeschützt; SQLite muss neben der Datei sein Write-Ahead-Log anlegen.</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="200"/>
        <source>The workspace %1 cannot use SQLite&apos;s write-ahead log (journal mode is %2).</source>
        <translation>Der Arbeitsbereich %1 kann das Write-Ahead-Log von SQLite nicht nutzen (Journal-Modus ist %2).</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="211"/>
        <source>Cannot configure the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht konfiguriert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="238"/>
        <source>Cannot connect to PostgreSQL at %1: %2</source>
        <translation>Keine Verbindung zu PostgreSQL unter %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="245"/>
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
    <name>tailor::EmptyStatePage</name>
    <message>
        <location filename="../ui/emptystatepage.cpp" line="51"/>
        <source>No workspace open — use File → New workspace or Open workspace.</source>
        <translation>Kein Arbeitsbereich geöffnet – Menü Datei: neu anlegen oder öffnen.</translation>
    </message>
</context>
<context>
    <name>tailor::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="34"/>
        <source>Tailor workspaces (*.tailor);;All files (*)</source>
        <translation>Tailor-Arbeitsbereiche (*.tailor);;Alle Dateien (*)</translation>
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
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>Profiles are not available yet</source>
        <translation>Profile sind noch nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>Browse users, their derived interests and consent, and review the profiles an LLM wrote for them.</source>
        <translation>Nutzer mit ihren abgeleiteten Interessen und Einwilligungen durchsuchen und die Profile prüfen, die ein LLM für sie geschrieben hat.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99"/>
        <source>Importing interaction data and browsing profiles arrive in a later version of Tailor.</source>
        <translation>Import von Interaktionsdaten und Durchsuchen von Profilen folgen in einer späteren Version von Tailor.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>Prompts are not available yet</source>
        <translation>Prompts sind noch nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="102"/>
        <source>Edit prompt templates, keep every version, label them and preview them rendered on real profiles.</source>
        <translation>Prompt-Vorlagen bearbeiten, jede Version aufbewahren, mit Labels versehen und gerendert auf echten Profilen in der Vorschau ansehen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>Prompt editing and versioning arrive in a later version of Tailor.</source>
        <translation>Bearbeitung und Versionierung von Prompts folgen in einer späteren Version von Tailor.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>Experiments are not available yet</source>
        <translation>Experimente sind noch nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>Compare prompt versions against an LLM endpoint on a sample of profiles, with ranking metrics and blind side-by-side review.</source>
        <translation>Prompt-Versionen über einen LLM-Endpunkt an einer Stichprobe von Profilen vergleichen, mit Ranking-Metriken und verblindetem Direktvergleich.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="111"/>
        <source>Experiments arrive in a later version of Tailor, after prompts and the LLM endpoint.</source>
        <translation>Experimente folgen in einer späteren Version von Tailor, nach Prompts und dem LLM-Endpunkt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>Metrics are not available yet</source>
        <translation>Metriken sind noch nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>Follow feedback and engagement from production in charts per prompt version.</source>
        <translation>Feedback und Engagement aus der Produktion in Diagrammen je Prompt-Version verfolgen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>Ingesting events and charting them arrive in a later version of Tailor.</source>
        <translation>Erfassung und Diagramme von Ereignissen folgen in einer späteren Version von Tailor.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Releases</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Releases are not available yet</source>
        <translation>Freigaben sind noch nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>Request a prompt release, approve it with a second pair of eyes, and roll it back when needed.</source>
        <translation>Prompt-Freigaben beantragen, nach dem Vier-Augen-Prinzip genehmigen und bei Bedarf zurücknehmen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>The release workflow arrives in a later version of Tailor.</source>
        <translation>Der Freigabe-Workflow folgt in einer späteren Version von Tailor.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="135"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation>Mit &amp;PostgreSQL verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>&amp;About Tailor</source>
        <translation>&amp;Über Tailor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>About Tailor</source>
        <translation>Über Tailor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>&lt;h3&gt;Tailor %1&lt;/h3&gt;&lt;p&gt;Tailor is a workbench for prompt and profile operations in LLM-driven personalized recommendation: browse user profiles built from interaction data, version prompt templates, compare them against an LLM endpoint, follow feedback per prompt version and release prompts with a second approver. Workspaces live in an SQLite file or on a PostgreSQL server.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tailor %1&lt;/h3&gt;&lt;p&gt;Tailor ist eine Arbeitsumgebung für Prompts und Profile in LLM-gestützten personalisierten Empfehlungen: Nutzerprofile aus Interaktionsdaten durchsuchen, Prompt-Vorlagen versionieren, sie über einen LLM-Endpunkt vergleichen, Feedback je Prompt-Version verfolgen und Prompts nach dem Vier-Augen-Prinzip freigeben. Arbeitsbereiche liegen in einer SQLite-Datei oder auf einem PostgreSQL-Server.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft unter Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>LLM: not configured</source>
        <translation>LLM: nicht konfiguriert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>Connecting an LLM endpoint arrives in a later version of Tailor.</source>
        <translation>Die Anbindung eines LLM-Endpunkts folgt in einer späteren Version von Tailor.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="240"/>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="271"/>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>Creating %1…</source>
        <translation>%1 wird angelegt…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="286"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="316"/>
        <source>Cannot open the workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="339"/>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
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
        <location filename="../core/storage/migrator.cpp" line="91"/>
        <source>reading the list of tables</source>
        <translation>Lesen der Tabellenliste</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="95"/>
        <source>%1 is not a Tailor workspace: it is not an SQLite database.</source>
        <translation>%1 ist kein Tailor-Arbeitsbereich: keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="114"/>
        <source>reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="127"/>
        <source>The workspace %1 was created by a newer Tailor (schema version %2; this Tailor knows up to %3). Upgrade Tailor to open it; the workspace was not changed.</source>
        <translation>Der Arbeitsbereich %1 wurde mit einer neueren Tailor-Version erstellt (Schemaversion %2; diese Version kennt bis %3). Aktualisieren Sie Tailor, um ihn zu öffnen; der Arbeitsbereich wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="145"/>
        <source>%1 holds tables that are not Tailor&apos;s; Tailor will not change it.</source>
        <translation>%1 enthält Tabellen, die nicht von Tailor stammen; Tailor verändert diese Datenbank nicht.</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="169"/>
        <source>creating the schema version table</source>
        <translation>Anlegen der Schemaversionstabelle</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="179"/>
        <source>Migration %1_%2 failed: %3</source>
        <translation>Migration %1_%2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/migrator.cpp" line="189"/>
        <source>recording migration %1</source>
        <translation>Vermerken der Migration %1</translation>
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
        <location filename="../core/identity/operatorservice.cpp" line="23"/>
        <location filename="../core/identity/operatorservice.cpp" line="31"/>
        <source>granting a role</source>
        <translation>Erteilen einer Rolle</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="39"/>
        <location filename="../core/identity/operatorservice.cpp" line="41"/>
        <source>revoking a role</source>
        <translation>Entziehen einer Rolle</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="59"/>
        <location filename="../core/identity/operatorservice.cpp" line="162"/>
        <source>reading the operator&apos;s role</source>
        <translation>Lesen der Rolle des Bedieners</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="75"/>
        <source>listing operators</source>
        <translation>Auflisten der Bediener</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="95"/>
        <source>Operator &apos;%1&apos; is a %2 and may not %3 in this workspace; ask an admin.</source>
        <translation>Bediener „%1“ hat die Rolle %2 und darf in diesem Arbeitsbereich nicht %3; wenden Sie sich an einen Administrator.</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="104"/>
        <source>counting admins</source>
        <translation>Zählen der Administratoren</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="115"/>
        <source>&apos;%1&apos; is not a valid operator name.</source>
        <translation>„%1“ ist kein gültiger Bedienername.</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="134"/>
        <location filename="../core/identity/operatorservice.cpp" line="176"/>
        <source>&apos;%1&apos; is the last admin of this workspace; make someone else admin first.</source>
        <translation>„%1“ ist der letzte Administrator dieses Arbeitsbereichs; ernennen Sie zuerst jemand anderen zum Administrator.</translation>
    </message>
    <message>
        <location filename="../core/identity/operatorservice.cpp" line="167"/>
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
        <source>import data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="67"/>
        <source>review profiles</source>
        <translation>Profile prüfen</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="69"/>
        <source>reveal personal data</source>
        <translation>personenbezogene Daten anzeigen</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="71"/>
        <source>approve releases</source>
        <translation>Freigaben genehmigen</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="73"/>
        <source>move protected labels</source>
        <translation>geschützte Labels verschieben</translation>
    </message>
    <message>
        <location filename="../core/identity/role.cpp" line="75"/>
        <source>manage operators</source>
        <translation>Bediener verwalten</translation>
    </message>
</context>
<context>
    <name>tailor::SettingsPage</name>
    <message>
        <location filename="../ui/settingspage.cpp" line="27"/>
        <source>No workspace open — use File → New workspace or Open workspace.</source>
        <translation>Kein Arbeitsbereich geöffnet – Menü Datei: neu anlegen oder öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="110"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="114"/>
        <source>The open workspace, who may change it, and how Tailor looks to you.</source>
        <translation>Der geöffnete Arbeitsbereich, wer ihn ändern darf und wie Tailor für Sie aussieht.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="147"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="162"/>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="165"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="166"/>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="167"/>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="168"/>
        <source>Workspace ID</source>
        <translation>Arbeitsbereich-ID</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="169"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="170"/>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="172"/>
        <location filename="../ui/settingspage.cpp" line="205"/>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="174"/>
        <location filename="../ui/settingspage.cpp" line="232"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="176"/>
        <source>Audit entries</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="177"/>
        <location filename="../ui/settingspage.cpp" line="220"/>
        <source>Operators</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="185"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="193"/>
        <source>&amp;Verify audit log</source>
        <translation>Protokoll &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="196"/>
        <source>Recompute the hash chain and report the first edited, deleted or reordered entry.</source>
        <translation>Hash-Kette neu berechnen und den ersten bearbeiteten, gelöschten oder umsortierten Eintrag melden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settingspage.cpp" line="203"/>
        <source>The %n most recent entries, newest first.</source>
        <translation>
            <numerusform>Der %n neueste Eintrag.</numerusform>
            <numerusform>Die %n neuesten Einträge, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="205"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="205"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="205"/>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="229"/>
        <source>Anyone not listed here may view the workspace and nothing more.</source>
        <translation>Wer hier nicht aufgeführt ist, darf den Arbeitsbereich nur ansehen.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="232"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="232"/>
        <source>Granted by</source>
        <translation>Erteilt von</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="232"/>
        <source>Granted at</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="246"/>
        <source>Operator name</source>
        <translation>Bedienername</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="252"/>
        <source>&amp;Grant role</source>
        <translation>&amp;Rolle erteilen</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="255"/>
        <source>&amp;Revoke selected</source>
        <translation>Rolle &amp;entziehen</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="281"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="285"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="300"/>
        <source>A new language takes effect after you restart Tailor.</source>
        <translation>Eine neue Sprache wird nach einem Neustart von Tailor wirksam.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="308"/>
        <source>LLM endpoint</source>
        <translation>LLM-Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="309"/>
        <source>No LLM endpoint is configured. Configuring an OpenAI-compatible endpoint (OpenAI, Azure OpenAI, Ollama, vLLM, ...) arrives with the LLM endpoint feature in a later version of Tailor.</source>
        <translation>Es ist kein LLM-Endpunkt konfiguriert. Die Einrichtung eines OpenAI-kompatiblen Endpunkts (OpenAI, Azure OpenAI, Ollama, vLLM, ...) folgt mit der LLM-Endpunkt-Funktion in einer späteren Version von Tailor.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="353"/>
        <source>Cannot read this workspace: %1</source>
        <translation>Dieser Arbeitsbereich kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="376"/>
        <source>%1 (latest)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="377"/>
        <source>%1 (this Tailor knows up to %2)</source>
        <translation>%1 (diese Tailor-Version kennt bis %2)</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="379"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="383"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="392"/>
        <source>Entry %1, %2 UTC</source>
        <translation>Eintrag %1, %2 UTC</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="405"/>
        <source>You are %1 here; only an admin can grant or revoke roles.</source>
        <translation>Ihre Rolle hier: %1. Nur ein Administrator kann Rollen erteilen oder entziehen.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="416"/>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="430"/>
        <source>Cannot verify: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="437"/>
        <source>The audit log is intact; entries checked: %1.</source>
        <translation>Das Prüfprotokoll ist intakt; geprüfte Einträge: %1.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="440"/>
        <source>The audit log is broken at entry %1: %2</source>
        <translation>Das Prüfprotokoll ist bei Eintrag %1 beschädigt: %2</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="469"/>
        <source>Cannot grant a role to %1</source>
        <translation>%1 kann keine Rolle erteilt werden</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.cpp" line="497"/>
        <source>Cannot revoke the role of %1</source>
        <translation>Die Rolle von %1 kann nicht entzogen werden</translation>
    </message>
</context>
<context>
    <name>tailor::Sql</name>
    <message>
        <location filename="../core/storage/sqlerror.cpp" line="26"/>
        <source>Database error while %1: %2</source>
        <translation>Datenbankfehler beim %1: %2</translation>
    </message>
</context>
<context>
    <name>tailor::Transaction</name>
    <message>
        <location filename="../core/storage/transaction.cpp" line="26"/>
        <source>Cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/transaction.cpp" line="39"/>
        <source>Cannot commit the transaction: %1</source>
        <translation>Transaktion kann nicht festgeschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>tailor::Workspace</name>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="59"/>
        <source>%1 is empty: it is not a Tailor workspace yet. Create one with File → New workspace or `tailor-cli workspace init`.</source>
        <translation>%1 ist leer: noch kein Tailor-Arbeitsbereich. Legen Sie einen über Datei → Neuer Arbeitsbereich oder mit `tailor-cli workspace init` an.</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="66"/>
        <source>%1 is not a Tailor workspace: it holds other tables. Tailor did not change it.</source>
        <translation>%1 ist kein Tailor-Arbeitsbereich: Die Datenbank enthält andere Tabellen. Tailor hat sie nicht verändert.</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="102"/>
        <source>%1 is already a Tailor workspace (schema version %2); nothing was changed.</source>
        <translation>%1 ist bereits ein Tailor-Arbeitsbereich (Schemaversion %2); es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="109"/>
        <source>%1 already holds tables that are not Tailor&apos;s; Tailor will not create a workspace in it.</source>
        <translation>%1 enthält bereits Tabellen, die nicht von Tailor stammen; Tailor legt dort keinen Arbeitsbereich an.</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="145"/>
        <source>writing workspace metadata</source>
        <translation>Schreiben der Arbeitsbereich-Metadaten</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="153"/>
        <source>making the creator admin</source>
        <translation>Ernennen des Erstellers zum Administrator</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="237"/>
        <source>reading the server version</source>
        <translation>Lesen der Serverversion</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="243"/>
        <source>reading workspace metadata</source>
        <translation>Lesen der Arbeitsbereich-Metadaten</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="256"/>
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
        <translation>zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspacelocator.cpp" line="50"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
</context>
</TS>
