// Messages that quote a file's content (an import's bad field, a header name) must not carry that
// content's control characters raw: a carriage return moves the terminal's cursor back over the message, a
// tab or newline breaks the one-line message and the rejects file's columns, an escape sequence recolours the
// terminal. escapeControlCharacters() writes them the way C and most tools do — \r, \n, \t, \xNN for the
// other C0 and C1 controls and DEL, \uNNNN for the Unicode line and paragraph separators — and leaves every
// other character, backslashes included, as it is.
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace tailor {

QString escapeControlCharacters(QStringView text);
// `utf8`: text as an import reads it.
QString escapeControlCharacters(QByteArrayView utf8);

} // namespace tailor
