// SecretStore reads, writes and deletes API keys in the OS keychain through QtKeychain (service "Tailor",
// one entry per key name), and resolves an endpoint's key: the environment variable the endpoint names
// first, else its keychain entry. The asynchronous keychain jobs are wrapped so callers get a Result, either
// through a callback on the caller's thread or by waiting in a local event loop (worker threads, the CLI).
// Where no keychain service runs (headless CI), the error says which environment variable to set instead.
// Keys are returned to the caller and go nowhere else: not into errors, logs or the database.
#pragma once

#include "result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace tailor {

struct EndpointConfig;

class SecretStore
{
public:
    explicit SecretStore(QString service = QStringLiteral("Tailor"));

    const QString &service() const { return m_service; }

    using ReadCallback = std::function<void(Result<QString>)>;
    using DoneCallback = std::function<void(Result<void>)>;

    // The callback runs on `context`'s thread once the keychain answers; `envHint` is the environment
    // variable the error message suggests instead (may be empty).
    void readAsync(const QString &key, const QString &envHint, QObject *context, ReadCallback done) const;
    // `envHint`, as for readAsync(), names the environment variable a failure suggests instead.
    void writeAsync(const QString &key, const QString &secret, QObject *context, DoneCallback done,
                    const QString &envHint = {}) const;
    void removeAsync(const QString &key, QObject *context, DoneCallback done) const;

    // Blocking forms: wait in a local event loop (at most `timeoutMs`). Not for the GUI thread.
    Result<QString> read(const QString &key, const QString &envHint = {}, int timeoutMs = 15000) const;
    Result<void> write(const QString &key, const QString &secret, int timeoutMs = 15000) const;
    Result<void> remove(const QString &key, int timeoutMs = 15000) const;

    // The endpoint's key: its environment variable if set and not empty, else its keychain entry. An
    // endpoint that names neither has no key (an empty string: local servers need none).
    void resolveAsync(const EndpointConfig &endpoint, QObject *context, ReadCallback done) const;
    Result<QString> resolve(const EndpointConfig &endpoint, int timeoutMs = 15000) const;

private:
    QString m_service;
};

} // namespace tailor
