#include "secretstore.h"

#include "llm/endpointconfig.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>
#include <QTimer>

#include <memory>
#include <optional>

namespace tailor {

namespace {

QString insteadHint(const QString &envHint)
{
    if (envHint.isEmpty())
        return QCoreApplication::translate(
            "tailor::SecretStore",
            "Name an environment variable for the endpoint in its settings and set it to the API key "
            "instead.");
    return QCoreApplication::translate("tailor::SecretStore",
                                       "Set the environment variable %1 to the API key instead.")
        .arg(envHint);
}

Error keychainError(QKeychain::Error code, const QString &detail, const QString &key, const QString &envHint,
                    const char *action)
{
    const QString what = QCoreApplication::translate("tailor::SecretStore", action);
    switch (code) {
    case QKeychain::EntryNotFound:
        return Error::notFound(
            QCoreApplication::translate(
                "tailor::SecretStore",
                "The keychain has no entry '%1' for Tailor. Store the API key under that name "
                "(Settings → Endpoints). %2")
                .arg(key, insteadHint(envHint)));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return Error::failed(
            QCoreApplication::translate("tailor::SecretStore",
                                        "No keychain service is available to %1 the API key '%2' (%3). %4")
                .arg(what, key,
                     detail.isEmpty() || detail == QLatin1String("Unknown error")
                         ? QCoreApplication::translate("tailor::SecretStore",
                                                       "no Secret Service or KWallet is running")
                         : detail,
                     insteadHint(envHint)));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::permissionDenied(
            QCoreApplication::translate("tailor::SecretStore",
                                        "The keychain refused to %1 the API key '%2' (%3). %4")
                .arg(what, key, detail, insteadHint(envHint)));
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoError:
        break;
    }
    return Error::failed(
        QCoreApplication::translate("tailor::SecretStore", "The keychain could not %1 the API key '%2': %3")
            .arg(what, key, detail));
}

// Runs `start` (which starts a job and reports through the callback) and waits for the callback.
template<typename T, typename Starter> Result<T> waitFor(Starter start, int timeoutMs, const QString &key)
{
    QEventLoop loop;
    std::optional<Result<T>> outcome;
    auto context = std::make_unique<QObject>();
    start(context.get(), [&](Result<T> result) {
        outcome.emplace(std::move(result));
        loop.quit();
    });
    if (!outcome) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!outcome)
        return Error::failed(
            QCoreApplication::translate(
                "tailor::SecretStore",
                "The keychain did not answer within %1 s for the API key '%2'; is it locked?")
                .arg(timeoutMs / 1000)
                .arg(key));
    return std::move(*outcome);
}

} // namespace

SecretStore::SecretStore(QString service)
    : m_service(std::move(service))
{}

void SecretStore::readAsync(const QString &key, const QString &envHint, QObject *context,
                            ReadCallback done) const
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [job, key, envHint, done = std::move(done)](QKeychain::Job *) {
                         if (job->error() != QKeychain::NoError)
                             done(keychainError(job->error(), job->errorString(), key, envHint,
                                                QT_TRANSLATE_NOOP("tailor::SecretStore", "read")));
                         else
                             done(job->textData());
                     });
    job->start();
}

void SecretStore::writeAsync(const QString &key, const QString &secret, QObject *context, DoneCallback done,
                             const QString &envHint) const
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [job, key, envHint, done = std::move(done)](QKeychain::Job *) {
                         if (job->error() != QKeychain::NoError)
                             done(keychainError(job->error(), job->errorString(), key, envHint,
                                                QT_TRANSLATE_NOOP("tailor::SecretStore", "store")));
                         else
                             done({});
                     });
    job->start();
}

void SecretStore::removeAsync(const QString &key, QObject *context, DoneCallback done) const
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [job, key, done = std::move(done)](QKeychain::Job *) {
                         if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
                             done(keychainError(job->error(), job->errorString(), key, {},
                                                QT_TRANSLATE_NOOP("tailor::SecretStore", "delete")));
                         else
                             done({});
                     });
    job->start();
}

Result<QString> SecretStore::read(const QString &key, const QString &envHint, int timeoutMs) const
{
    return waitFor<QString>(
        [&](QObject *context, ReadCallback done) { readAsync(key, envHint, context, std::move(done)); },
        timeoutMs, key);
}

Result<void> SecretStore::write(const QString &key, const QString &secret, int timeoutMs) const
{
    return waitFor<void>(
        [&](QObject *context, DoneCallback done) { writeAsync(key, secret, context, std::move(done)); },
        timeoutMs, key);
}

Result<void> SecretStore::remove(const QString &key, int timeoutMs) const
{
    return waitFor<void>(
        [&](QObject *context, DoneCallback done) { removeAsync(key, context, std::move(done)); }, timeoutMs,
        key);
}

void SecretStore::resolveAsync(const EndpointConfig &endpoint, QObject *context, ReadCallback done) const
{
    if (!endpoint.secretEnv.isEmpty()) {
        const QString value = qEnvironmentVariable(endpoint.secretEnv.toLocal8Bit().constData()).trimmed();
        if (!value.isEmpty()) {
            done(value);
            return;
        }
    }
    if (endpoint.secretKey.isEmpty()) {
        if (!endpoint.secretEnv.isEmpty())
            done(Error::notFound(
                QCoreApplication::translate(
                    "tailor::SecretStore",
                    "The environment variable %1 that the endpoint '%2' names is not set; set it to "
                    "the API key.")
                    .arg(endpoint.secretEnv, endpoint.name)));
        else
            done(QString());
        return;
    }
    readAsync(endpoint.secretKey, endpoint.secretEnv, context, std::move(done));
}

Result<QString> SecretStore::resolve(const EndpointConfig &endpoint, int timeoutMs) const
{
    return waitFor<QString>(
        [&](QObject *context, ReadCallback done) { resolveAsync(endpoint, context, std::move(done)); },
        timeoutMs, endpoint.secretKey);
}

} // namespace tailor
