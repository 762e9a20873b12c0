// BusyNote says who holds a SQLite workspace's write lock for a long time. An import keeps one write
// transaction open for minutes; any other writer (a prompt saved in the GUI, a second tailor-cli) waits the
// busy timeout and then fails with SQLite's "database is locked", which tells the user neither why nor for
// how long. So while an import runs it writes a note beside the workspace (WORKSPACE-busy, like SQLite's own
// -wal and -shm files: JSON with the operator, file, process, host and start time) and removes it when the
// transaction ends; a writer that finds the workspace locked reads the note and says "busy with an import
// (started by …)". A note whose process is gone (a crash) or that was written on another host (whose
// processes cannot be checked) is ignored, so a stale note never blames a finished import.
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace tailor {

struct BusyNoteInfo
{
    QString operatorName;
    QString file; // what is being imported (file name only)
    qint64 pid = 0;
    QString host;
    QDateTime startedAt; // UTC
};

class BusyNote
{
public:
    BusyNote() = default;
    ~BusyNote();
    BusyNote(BusyNote &&other) noexcept;
    BusyNote &operator=(BusyNote &&other) noexcept;
    BusyNote(const BusyNote &) = delete;
    BusyNote &operator=(const BusyNote &) = delete;

    // Writes the note for the workspace file `workspacePath`, for this process. A note that cannot be
    // written is no note: it only improves a message, and the import must not fail for it.
    static BusyNote write(const QString &workspacePath, const QString &operatorName, const QString &file);
    static QString notePath(const QString &workspacePath);
    // The note of a live process on this host, if there is one.
    static std::optional<BusyNoteInfo> read(const QString &workspacePath);
    // What a writer that found the workspace locked is told.
    static QString busyMessage(const BusyNoteInfo &note);

private:
    explicit BusyNote(QString path)
        : m_path(std::move(path))
    {}
    void remove();

    QString m_path;
};

} // namespace tailor
