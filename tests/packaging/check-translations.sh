#!/bin/bash
# check-translations.sh DIR: fails when tailor_de.ts or tailor_zh_CN.ts in DIR has a message that is
# unfinished, vanished or obsolete, has an empty translation, or whose translation does not use the same
# placeholders (%1, %2, %n, %L1, ...) as many times as its source. Prints the offending source strings.
# Plain bash and POSIX awk, so it runs wherever the build does (no python, no xmllint).
set -u

dir=${1:?usage: check-translations.sh TRANSLATIONS_DIR}
status=0

for file in tailor_de.ts tailor_zh_CN.ts; do
    path=$dir/$file
    if [[ ! -f $path ]]; then
        echo "$path: missing" >&2
        status=1
        continue
    fi
    if ! awk -v file="$file" '
        function unescape(s) {
            gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s); gsub(/&quot;/, "\"", s); gsub(/&apos;/, "\047", s)
            gsub(/&amp;/, "\\&", s)
            return s
        }
        function shown(s) {
            s = unescape(s)
            gsub(/\n/, "\\n", s)
            return "\"" s "\""
        }
        # The placeholders of s as a sorted, comma-separated list: the multiset to compare.
        function placeholders(s,    n, i, j, t, list, key) {
            n = 0
            while (match(s, /%(L?[0-9]+|n)/)) {
                list[++n] = substr(s, RSTART, RLENGTH)
                s = substr(s, RSTART + RLENGTH)
            }
            for (i = 2; i <= n; i++) {
                t = list[i]
                for (j = i - 1; j >= 1 && list[j] > t; j--)
                    list[j + 1] = list[j]
                list[j + 1] = t
            }
            key = ""
            for (i = 1; i <= n; i++)
                key = key (i > 1 ? "," : "") list[i]
            return key
        }
        function between(s, opener, closer,    start, rest, stop) {
            start = index(s, opener)
            if (!start)
                return ""
            rest = substr(s, start + length(opener))
            stop = index(rest, closer)
            return stop ? substr(rest, 1, stop - 1) : ""
        }
        function report(problem, source) {
            printf "%s: %s: %s\n", file, problem, shown(source)
            bad++
        }
        function check(msg,    source, tag, body, expected, form, rest, start, stop, forms) {
            messages++
            source = between(msg, "<source>", "</source>")
            if (!match(msg, /<translation[^>]*>/)) {
                report("no translation", source)
                return
            }
            tag = substr(msg, RSTART, RLENGTH)
            if (tag ~ /type="unfinished"/) { report("unfinished", source); return }
            if (tag ~ /type="vanished"/) { report("vanished", source); return }
            if (tag ~ /type="obsolete"/) { report("obsolete", source); return }
            body = (tag ~ /\/>$/) ? "" : between(substr(msg, RSTART), tag, "</translation>")
            expected = placeholders(source)
            if (index(body, "<numerusform")) {
                rest = body
                forms = 0
                while (match(rest, /<numerusform[^>]*>/)) {
                    rest = substr(rest, RSTART + RLENGTH)
                    stop = index(rest, "</numerusform>")
                    form = stop ? substr(rest, 1, stop - 1) : rest
                    forms++
                    if (form == "")
                        report("empty plural form " forms, source)
                    else if (placeholders(form) != expected)
                        report("placeholders [" placeholders(form) "] in plural form " forms \
                               " instead of [" expected "]", source)
                }
                return
            }
            if (body == "")
                report("empty translation", source)
            else if (placeholders(body) != expected)
                report("placeholders [" placeholders(body) "] instead of [" expected "]", source)
        }
        /<message[ >]/ { inside = 1; msg = "" }
        inside { msg = msg (msg == "" ? "" : "\n") $0 }
        /<\/message>/ { if (inside) check(msg); inside = 0 }
        END {
            if (messages == 0) {
                printf "%s: no messages found\n", file
                exit 1
            }
            exit bad ? 1 : 0
        }
    ' "$path"; then
        status=1
    fi
done

if ((status == 0)); then
    echo "translations complete: every message of tailor_de.ts and tailor_zh_CN.ts is translated"
fi
exit $status
