// LineReader streams a text file line by line without ever holding more than one chunk (4 MiB) of it, so
// a 2 GB interaction log imports in constant memory (a line may not exceed MaxLineBytes). It numbers lines,
// counts the bytes read for progress, and hands out every line as UTF-8: a declared Latin-1 file is
// converted; with TextEncoding::Auto the first non-ASCII line decides (valid UTF-8 → UTF-8, else Latin-1) and
// a later line that contradicts the decision is an error, because a file mixing encodings would otherwise
// import garbled titles silently. At the end of the file it checks that the file is still the one it opened
// (size, modification time, bytes read): a file written or truncated meanwhile would import partly.
#pragma once

#include "profiles/importrequest.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>

namespace tailor {

struct TextLine
{
    QByteArrayView text;    // UTF-8, without the line terminator; valid until the next call to next()
    qint64 number = 0;      // 1-based
    bool terminated = true; // false for a last line without a newline
    QString encodingError;  // non-empty when the line's bytes do not fit the encoding
    QByteArrayView raw;     // the bytes as they are in the file (for the rejects file)
};

class LineReader
{
public:
    LineReader(const QString &path, TextEncoding declared);

    Result<void> open();
    // False at the end of the file or on a read error (see readError()).
    bool next(TextLine &line);
    // Appends the next physical line to `line` with a '\n' (a quoted CSV field spanning lines); false at
    // the end of the file.
    bool continueLine(TextLine &line);

    qint64 bytesRead() const { return m_consumed; }
    qint64 size() const { return m_size; }
    // The encoding in force: Auto while every line so far was ASCII.
    TextEncoding encoding() const { return m_encoding; }
    QString readError() const { return m_readError; }
    // The read error as the importer reports it: bad input for a line too long to be one or a file that
    // changed while it was read, else a failure.
    Error readFailure() const
    {
        return m_lineTooLong || m_changed ? Error::badInput(m_readError) : Error::failed(m_readError);
    }

    // A longer line is refused rather than buffered: a file without line breaks (a binary file, a 2 GB
    // dump on one line, old Mac CR line ends) would otherwise be read whole into memory.
    static constexpr qsizetype MaxLineBytes = 16 * 1024 * 1024;

    // The byte offset of the first invalid UTF-8 sequence in `bytes`, or -1 when it is valid.
    static qsizetype firstInvalidUtf8(QByteArrayView bytes);

private:
    bool fill();
    // At the end of the file: false (and the read error set) when the file is not the one that was opened —
    // shrunk, grown or rewritten meanwhile — because what was read is then part of one version or a mix.
    bool checkUnchanged();
    bool readRawLine(QByteArrayView &raw, bool &terminated);
    void decode(TextLine &line);

    QFile m_file;
    QString m_fileName;
    TextEncoding m_declared;
    TextEncoding m_encoding;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    bool m_eof = false;
    qint64 m_size = 0;
    qint64 m_fileRead = 0;
    QDateTime m_modified;
    qint64 m_consumed = 0;
    qint64 m_lineNumber = 0;
    QByteArray m_converted;
    QByteArray m_joined;
    QString m_readError;
    bool m_lineTooLong = false;
    bool m_changed = false;
};

} // namespace tailor
