#!/usr/bin/env bash
# ARCHITECTURE.md invariant 9: core never includes Gui/Widgets; ui never runs SQL; the CLI needs no GUI libraries.
set -euo pipefail
root="$1"
cli="$2"
status=0

needed=$(readelf -d "$cli" | grep NEEDED || true)
if echo "$needed" | grep -qE 'libQt6(Gui|Widgets|PrintSupport)'; then
    echo "FAIL: tailor-cli (core only) links a GUI library:"
    echo "$needed" | grep -E 'libQt6(Gui|Widgets|PrintSupport)'
    status=1
fi
if ! echo "$needed" | grep -q 'libQt6Sql'; then
    echo "FAIL: could not read tailor-cli's dynamic section (no libQt6Sql in NEEDED)"
    status=1
fi

if grep -rnE '#include <(QtWidgets|QtGui|QWidget|QMainWindow|QDialog|QApplication|QGuiApplication|QPainter|QPixmap|QImage|QIcon|QColor|QFont)' "$root/core"; then
    echo "FAIL: core includes a Gui or Widgets header (above)"
    status=1
fi
if [ -d "$root/ui" ] && grep -rnE '#include <(QSqlQuery|QSqlDatabase|QtSql)' "$root/ui"; then
    echo "FAIL: ui includes Qt Sql (above): SQL belongs in core"
    status=1
fi
if [ "$status" -eq 0 ]; then
    echo "OK: core has no Gui/Widgets includes, ui no SQL, and tailor-cli needs no GUI library"
fi
exit "$status"
