#include "linereader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstring>

namespace tailor {

namespace {

constexpr qsizetype ChunkSize = 4 * 1024 * 1024;

bool isAscii(QByteArrayView bytes)
{
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        if (word & 0x8080808080808080ULL)
            return false;
    }
    for (; i < size; ++i) {
        if (static_cast<unsigned char>(data[i]) & 0x80)
            return false;
    }
    return true;
}

} // namespace

LineReader::LineReader(const QString &path, TextEncoding declared)
    : m_file(path)
    , m_fileName(QFileInfo(path).fileName())
    , m_declared(declared)
    , m_encoding(declared)
{}

qsizetype LineReader::firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned int minimum = 0;
        unsigned int codePoint = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            codePoint = c & 0x1F;
            minimum = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            codePoint = c & 0x0F;
            minimum = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            codePoint = c & 0x07;
            minimum = 0x10000;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            const unsigned char next = data[i + k];
            if ((next & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

Result<void> LineReader::open()
{
    if (!QFileInfo::exists(m_file.fileName()))
        return Error::notFound(
            QCoreApplication::translate("tailor::LineReader", "There is no file %1.").arg(m_file.fileName()));
    if (QFileInfo(m_file.fileName()).isDir())
        return Error::badInput(
            QCoreApplication::translate("tailor::LineReader", "%1 is a folder, not a file.")
                .arg(m_file.fileName()));
    if (!m_file.open(QIODevice::ReadOnly))
        return Error::badInput(QCoreApplication::translate("tailor::LineReader", "Cannot read %1: %2.")
                                   .arg(m_file.fileName(), m_file.errorString()));
    m_size = m_file.size();
    m_modified = m_file.fileTime(QFileDevice::FileModificationTime);
    if (!fill())
        return Error::failed(m_readError);
    // Old Mac line ends: carriage returns and no line feed, or several bare ones before the first line feed.
    // A single bare one is a field's problem, reported with its line and field.
    {
        const QByteArrayView chunk(m_buffer);
        const qsizetype newline = chunk.indexOf('\n');
        const QByteArrayView firstLine = newline < 0 ? chunk : chunk.first(newline);
        const qsizetype bare = firstLine.count('\r') - (firstLine.endsWith('\r') && newline >= 0 ? 1 : 0);
        if (bare > 0 && (newline < 0 || bare > 1))
            return Error::badInput(QCoreApplication::translate(
                                       "tailor::LineReader",
                                       "%1 ends its lines with a bare carriage return (old Mac line ends); "
                                       "convert it to LF or CRLF line ends first.")
                                       .arg(m_fileName));
    }
    if (m_buffer.startsWith("\xEF\xBB\xBF")) {
        m_position = 3;
        m_consumed = 3;
        if (m_encoding == TextEncoding::Auto)
            m_encoding = TextEncoding::Utf8;
    }
    // Decide from the first non-ASCII line of the first chunk, so a preview can show the encoding.
    if (m_encoding == TextEncoding::Auto) {
        const QByteArrayView chunk = QByteArrayView(m_buffer).sliced(m_position);
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            if (!(static_cast<unsigned char>(chunk[i]) & 0x80))
                continue;
            qsizetype start = i;
            while (start > 0 && chunk[start - 1] != '\n')
                --start;
            qsizetype end = chunk.indexOf('\n', i);
            if (end < 0)
                end = chunk.size();
            m_encoding = firstInvalidUtf8(chunk.sliced(start, end - start)) < 0 ? TextEncoding::Utf8
                                                                                : TextEncoding::Latin1;
            break;
        }
    }
    return {};
}

bool LineReader::fill()
{
    if (m_eof)
        return true;
    // Keep the unread tail at the front of a buffer that is allocated once.
    if (m_position > 0) {
        const qsizetype tail = m_buffer.size() - m_position;
        std::memmove(m_buffer.data(), m_buffer.constData() + m_position, size_t(tail));
        m_buffer.truncate(tail);
        m_position = 0;
    }
    const qsizetype old = m_buffer.size();
    if (m_buffer.capacity() < old + ChunkSize)
        m_buffer.reserve(std::max(2 * ChunkSize, old + ChunkSize));
    m_buffer.resize(old + ChunkSize);
    const qint64 got = m_file.read(m_buffer.data() + old, ChunkSize);
    if (got < 0) {
        m_buffer.resize(old);
        m_readError = QCoreApplication::translate("tailor::LineReader", "Cannot read %1: %2.")
                          .arg(m_fileName, m_file.errorString());
        m_eof = true;
        return false;
    }
    m_buffer.resize(old + got);
    m_fileRead += got;
    if (got == 0) {
        m_eof = true;
        if (!checkUnchanged())
            return false;
    }
    return true;
}

bool LineReader::checkUnchanged()
{
    const qint64 size = m_file.size();
    if (m_fileRead == m_size && size == m_size &&
        m_file.fileTime(QFileDevice::FileModificationTime) == m_modified)
        return true;
    m_readError = QCoreApplication::translate("tailor::LineReader",
                                              "%1 changed while it was being read (%2 bytes when the import "
                                              "began, %3 bytes now); import it again once it is complete")
                      .arg(m_fileName)
                      .arg(m_size)
                      .arg(size);
    m_changed = true;
    return false;
}

bool LineReader::readRawLine(QByteArrayView &raw, bool &terminated)
{
    for (;;) {
        const char *begin = m_buffer.constData() + m_position;
        const qsizetype available = m_buffer.size() - m_position;
        const void *newline = available > 0 ? std::memchr(begin, '\n', size_t(available)) : nullptr;
        if (newline) {
            const qsizetype length = static_cast<const char *>(newline) - begin;
            m_position += length + 1;
            m_consumed += length + 1;
            terminated = true;
            raw = QByteArrayView(begin, length > 0 && begin[length - 1] == '\r' ? length - 1 : length);
            return true;
        }
        if (m_eof) {
            if (available == 0)
                return false;
            m_position += available;
            m_consumed += available;
            terminated = false;
            raw = QByteArrayView(begin,
                                 available > 0 && begin[available - 1] == '\r' ? available - 1 : available);
            return true;
        }
        if (available > MaxLineBytes) {
            m_readError =
                QCoreApplication::translate(
                    "tailor::LineReader",
                    "%1, line %2: no line break in the next %3 MiB, so this is not a text file with "
                    "one record per line (is it binary, compressed, or does it end lines with a "
                    "bare carriage return?)")
                    .arg(m_fileName)
                    .arg(m_lineNumber + 1)
                    .arg(MaxLineBytes / (1024 * 1024));
            m_lineTooLong = true;
            m_eof = true;
            return false;
        }
        if (!fill())
            return false;
    }
}

void LineReader::decode(TextLine &line)
{
    line.encodingError.clear();
    line.text = line.raw;
    if (isAscii(line.raw))
        return;
    const qsizetype invalid = firstInvalidUtf8(line.raw);
    if (m_encoding == TextEncoding::Auto)
        m_encoding = invalid < 0 ? TextEncoding::Utf8 : TextEncoding::Latin1;
    if (m_encoding == TextEncoding::Utf8) {
        if (invalid < 0)
            return;
        if (m_declared == TextEncoding::Utf8)
            line.encodingError = QCoreApplication::translate(
                                     "tailor::LineReader",
                                     "byte %1 is not valid UTF-8; if the file is Latin-1, import it with the "
                                     "encoding latin-1")
                                     .arg(invalid + 1);
        else
            line.encodingError =
                QCoreApplication::translate(
                    "tailor::LineReader",
                    "byte %1 is not valid UTF-8, but earlier lines were: the file mixes UTF-8 "
                    "and Latin-1 text; convert it to one encoding")
                    .arg(invalid + 1);
        return;
    }
    // Latin-1: a line that is valid multi-byte UTF-8 in a file detected as Latin-1 is a mix-up.
    if (m_declared == TextEncoding::Auto && invalid < 0) {
        line.encodingError = QCoreApplication::translate(
            "tailor::LineReader", "the line is UTF-8 text, but earlier lines were Latin-1: the file mixes "
                                  "Latin-1 and UTF-8 text; convert it to one encoding");
        return;
    }
    m_converted = QString::fromLatin1(line.raw).toUtf8();
    line.text = m_converted;
}

bool LineReader::next(TextLine &line)
{
    QByteArrayView raw;
    bool terminated = true;
    if (!readRawLine(raw, terminated))
        return false;
    line.raw = raw;
    line.terminated = terminated;
    line.number = ++m_lineNumber;
    decode(line);
    return true;
}

bool LineReader::continueLine(TextLine &line)
{
    m_joined = QByteArray(line.text.data(), line.text.size());
    QByteArray rawJoined(line.raw.data(), line.raw.size());
    QByteArrayView raw;
    bool terminated = true;
    if (!readRawLine(raw, terminated))
        return false;
    ++m_lineNumber;
    TextLine part;
    part.raw = raw;
    decode(part);
    m_joined += '\n';
    m_joined += part.text;
    rawJoined += '\n';
    rawJoined += raw;
    m_converted = rawJoined;
    line.text = m_joined;
    line.raw = m_converted;
    line.terminated = terminated;
    if (line.encodingError.isEmpty())
        line.encodingError = part.encodingError;
    return true;
}

} // namespace tailor
