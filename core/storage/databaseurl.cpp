#include "databaseurl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace tailor {

namespace {

QString acceptedForms()
{
    return QCoreApplication::translate(
        "tailor::DatabaseUrl", "use sqlite:///path/to/file.tailor or postgresql://user@host:port/database");
}

const QStringList &knownPostgresOptions()
{
    static const QStringList options = {QStringLiteral("sslmode"),
                                        QStringLiteral("sslrootcert"),
                                        QStringLiteral("sslcert"),
                                        QStringLiteral("sslkey"),
                                        QStringLiteral("connect_timeout"),
                                        QStringLiteral("application_name"),
                                        QStringLiteral("target_session_attrs")};
    return options;
}

} // namespace

DatabaseUrl DatabaseUrl::sqliteFile(const QString &path)
{
    DatabaseUrl url;
    url.m_kind = Kind::Sqlite;
    url.m_filePath = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return url;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("tailor::DatabaseUrl", "The workspace URL is empty; %1.")
                .arg(acceptedForms()));

    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    if (schemeEnd < 0) {
        // A bare path names a SQLite file; anything that looks like a scheme without "//" is a typo.
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (colon > 1 && !text.left(colon).contains(QLatin1Char('/')))
            return Error::badInput(
                QCoreApplication::translate("tailor::DatabaseUrl",
                                            "'%1' is not a workspace URL or a file path; %2.")
                    .arg(text, acceptedForms()));
        return sqliteFile(text);
    }

    const QString scheme = text.left(schemeEnd).toLower();
    if (scheme == QLatin1String("sqlite")) {
        const QString path = QUrl::fromPercentEncoding(text.mid(schemeEnd + 3).toUtf8());
        if (path.isEmpty())
            return Error::badInput(
                QCoreApplication::translate("tailor::DatabaseUrl",
                                            "The SQLite workspace URL '%1' names no file; %2.")
                    .arg(text, acceptedForms()));
        if (!QDir::isAbsolutePath(path))
            return Error::badInput(QCoreApplication::translate(
                                       "tailor::DatabaseUrl",
                                       "The SQLite workspace URL '%1' needs an absolute path (three slashes: "
                                       "sqlite:///home/me/w.tailor).")
                                       .arg(text));
        return sqliteFile(path);
    }

    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return Error::badInput(
            QCoreApplication::translate("tailor::DatabaseUrl", "Unsupported workspace URL scheme '%1'; %2.")
                .arg(scheme, acceptedForms()));

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return Error::badInput(
            QCoreApplication::translate("tailor::DatabaseUrl", "The PostgreSQL URL '%1' is malformed: %2.")
                .arg(text, url.errorString()));

    DatabaseUrl result;
    result.m_kind = Kind::PostgreSql;
    result.m_host = url.host();
    result.m_user = url.userName();
    result.m_password = url.password();
    QString path = url.path();
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.contains(QLatin1Char('/')))
        return Error::badInput(
            QCoreApplication::translate("tailor::DatabaseUrl",
                                        "The PostgreSQL URL '%1' has more than a database name in its path.")
                .arg(text));
    result.m_database = path;
    if (url.port() != -1) {
        if (url.port() <= 0 || url.port() > 65535)
            return Error::badInput(QCoreApplication::translate("tailor::DatabaseUrl",
                                                               "The PostgreSQL URL '%1' has an invalid port.")
                                       .arg(text));
        result.m_port = url.port();
    } else if (text.mid(schemeEnd + 3).section(QLatin1Char('/'), 0, 0).endsWith(QLatin1Char(':'))) {
        return Error::badInput(
            QCoreApplication::translate("tailor::DatabaseUrl", "The PostgreSQL URL '%1' has an empty port.")
                .arg(text));
    }

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!knownPostgresOptions().contains(key))
            return Error::badInput(
                QCoreApplication::translate("tailor::DatabaseUrl",
                                            "Unknown PostgreSQL connection option '%1' (known: %2).")
                    .arg(key, knownPostgresOptions().join(QLatin1String(", "))));
        result.m_options.insert(key, value);
    }
    return result;
}

QString DatabaseUrl::toString() const
{
    if (m_kind == Kind::Sqlite)
        return QLatin1String("sqlite://") + m_filePath;

    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host.isEmpty() ? QStringLiteral("localhost") : m_host);
    if (!m_user.isEmpty())
        url.setUserName(m_user);
    if (m_port > 0)
        url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    if (!m_options.isEmpty()) {
        QUrlQuery query;
        for (auto it = m_options.cbegin(); it != m_options.cend(); ++it)
            query.addQueryItem(it.key(), it.value());
        url.setQuery(query);
    }
    return url.toString();
}

QString DatabaseUrl::displayName() const
{
    if (m_kind == Kind::Sqlite)
        return QFileInfo(m_filePath).fileName();
    QString name = m_host.isEmpty() ? QStringLiteral("localhost") : m_host;
    if (!m_user.isEmpty())
        name = m_user + QLatin1Char('@') + name;
    return name + QLatin1Char('/') + m_database;
}

} // namespace tailor
