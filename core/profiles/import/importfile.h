// ImportFile is the file of one import opened for reading: its LineReader, the RecordParser set up for its
// format (judged from the name and first line when the request leaves it at Auto) with the header read and
// the mapping resolved, and — for a format without a header — the first line held back, since it is a data
// row. next() hands out the data rows, skipping blank lines and joining the lines of a quoted CSV field that
// spans several. The preview and the import both read through it, so a preview shows what the import reads.
#pragma once

#include "profiles/import/linereader.h"
#include "profiles/import/recordparser.h"
#include "profiles/importrequest.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace tailor {

class ImportFile
{
public:
    enum class Next
    {
        Row, // split into fields: ask parser() for the record
        Bad, // not splittable; `problem` says why
        End
    };

    // `tolerateMappingError`: a header that does not fit the mapping is kept in mappingError() rather than
    // failing the open (the preview shows the file anyway, so the operator can fix the mapping).
    static Result<ImportFile> open(const ImportRequest &request, bool tolerateMappingError);

    Next next(TextLine &line, QString &problem);

    LineReader &reader() { return *m_reader; }
    const LineReader &reader() const { return *m_reader; }
    RecordParser &parser() { return *m_parser; }
    const RecordParser &parser() const { return *m_parser; }
    ImportFormat format() const { return m_format; }
    // "FILE, line 1: …" when the header does not fit the mapping and the open tolerated it; else empty.
    const QString &mappingError() const { return m_mappingError; }

private:
    ImportFile() = default;

    std::unique_ptr<LineReader> m_reader;
    std::unique_ptr<RecordParser> m_parser;
    ImportFormat m_format = ImportFormat::Auto;
    bool m_pendingFirstLine = false;
    TextLine m_firstLine;
    QByteArray m_firstLineCopy;
    QByteArray m_firstRawCopy;
    QString m_mappingError;
};

} // namespace tailor
