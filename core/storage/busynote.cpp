#include "busynote.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace tailor {

namespace {

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_UNIX
    // EPERM: the process exists but belongs to someone else.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return true;
#endif
}

} // namespace

BusyNote::~BusyNote()
{
    remove();
}

BusyNote::BusyNote(BusyNote &&other) noexcept
    : m_path(std::exchange(other.m_path, QString()))
{}

BusyNote &BusyNote::operator=(BusyNote &&other) noexcept
{
    if (this != &other) {
        remove();
        m_path = std::exchange(other.m_path, QString());
    }
    return *this;
}

void BusyNote::remove()
{
    if (!m_path.isEmpty())
        QFile::remove(m_path);
    m_path.clear();
}

QString BusyNote::notePath(const QString &workspacePath)
{
    // The same file whichever spelling of the path a connection has (SQLite resolves symbolic links).
    const QFileInfo info(workspacePath);
    const QString canonical = info.canonicalFilePath();
    return (canonical.isEmpty() ? info.absoluteFilePath() : canonical) + QStringLiteral("-busy");
}

BusyNote BusyNote::write(const QString &workspacePath, const QString &operatorName, const QString &file)
{
    const QJsonObject note{
        {QStringLiteral("operator"), operatorName},
        {QStringLiteral("file"), file},
        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
        {QStringLiteral("host"), QSysInfo::machineHostName()},
        {QStringLiteral("started_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    const QString path = notePath(workspacePath);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(QJsonDocument(note).toJson(QJsonDocument::Compact));
    if (!out.commit())
        return {};
    return BusyNote(path);
}

std::optional<BusyNoteInfo> BusyNote::read(const QString &workspacePath)
{
    QFile file(notePath(workspacePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject note = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    BusyNoteInfo info;
    info.operatorName = note.value(QStringLiteral("operator")).toString();
    info.file = note.value(QStringLiteral("file")).toString();
    info.pid = note.value(QStringLiteral("pid")).toInteger();
    info.host = note.value(QStringLiteral("host")).toString();
    info.startedAt = QDateTime::fromString(note.value(QStringLiteral("started_at")).toString(), Qt::ISODate);
    if (info.host != QSysInfo::machineHostName() || !processAlive(info.pid) || !info.startedAt.isValid())
        return std::nullopt;
    return info;
}

QString BusyNote::busyMessage(const BusyNoteInfo &note)
{
    return QCoreApplication::translate("tailor::BusyNote",
                                       "The workspace is busy with an import of %1 (started by %2 at %3); "
                                       "try again when it finishes.")
        .arg(note.file, note.operatorName,
             note.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

} // namespace tailor
