#include "importfile.h"

#include "profiles/profileimporter.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tailor {

namespace {

char detectSeparator(QByteArrayView header)
{
    char best = ',';
    qsizetype bestCount = 0;
    for (const char candidate : {',', ';', '\t', '|'}) {
        const qsizetype count = header.count(candidate);
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}

} // namespace

Result<ImportFile> ImportFile::open(const ImportRequest &request, bool tolerateMappingError)
{
    ImportFile opened;
    const QString fileName = QFileInfo(request.path).fileName();
    opened.m_reader = std::make_unique<LineReader>(request.path, request.encoding);
    if (auto done = opened.m_reader->open(); !done)
        return done.error();
    TextLine first;
    if (!opened.m_reader->next(first)) {
        if (!opened.m_reader->readError().isEmpty())
            return opened.m_reader->readFailure();
        return Error::badInput(
            QCoreApplication::translate("tailor::ProfileImporter", "%1 is empty.").arg(fileName));
    }
    if (!first.encodingError.isEmpty())
        return Error::badInput(QCoreApplication::translate("tailor::ProfileImporter", "%1, line 1: %2.")
                                   .arg(fileName, first.encodingError));
    opened.m_format = request.format == ImportFormat::Auto
                          ? ProfileImporter::detectFormat(request.path, first.text, request.target)
                          : request.format;
    opened.m_parser = std::make_unique<RecordParser>(opened.m_format, request.target, request.mapping);
    if (opened.m_format == ImportFormat::Csv)
        opened.m_parser->setSeparator(detectSeparator(first.text));
    auto header = opened.m_parser->readHeader(first.text);
    if (!header) {
        const QString message = QCoreApplication::translate("tailor::ProfileImporter", "%1, line 1: %2.")
                                    .arg(fileName, header.error().message);
        if (!tolerateMappingError)
            return Error::badInput(message);
        opened.m_mappingError = message;
    }
    if (!opened.m_parser->hasHeader()) {
        opened.m_pendingFirstLine = true;
        opened.m_firstLineCopy = first.text.toByteArray();
        opened.m_firstRawCopy = first.raw.toByteArray();
        opened.m_firstLine = first;
        opened.m_firstLine.text = opened.m_firstLineCopy;
        opened.m_firstLine.raw = opened.m_firstRawCopy;
    }
    return opened;
}

ImportFile::Next ImportFile::next(TextLine &line, QString &problem)
{
    problem.clear();
    for (;;) {
        if (m_pendingFirstLine) {
            m_pendingFirstLine = false;
            line = m_firstLine;
        } else if (!m_reader->next(line)) {
            return Next::End;
        }
        if (line.text.trimmed().isEmpty() && line.encodingError.isEmpty())
            continue;
        if (!line.encodingError.isEmpty()) {
            problem = line.encodingError;
            return Next::Bad;
        }
        RecordParser::Split split = m_parser->split(line.text);
        while (split == RecordParser::Split::OpenQuote) {
            if (!m_reader->continueLine(line)) {
                problem = QCoreApplication::translate(
                    "tailor::ProfileImporter", "a quoted field is not closed before the end of the file");
                return Next::Bad;
            }
            if (!line.encodingError.isEmpty()) {
                problem = line.encodingError;
                return Next::Bad;
            }
            split = m_parser->split(line.text);
        }
        if (split == RecordParser::Split::Bad) {
            problem = m_parser->splitError();
            return Next::Bad;
        }
        return Next::Row;
    }
}

} // namespace tailor
