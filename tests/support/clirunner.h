// CliRunner runs the real tailor-cli executable and captures its exit code, stdout and stderr, with
// settings and data folders redirected into a temporary HOME so tests never touch the user's own.
#pragma once

#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace tailor::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

class CliRunner
{
public:
    CliRunner();

    QProcessEnvironment &environment() { return m_environment; }
    CliResult run(const QStringList &arguments) const;

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
};

} // namespace tailor::test
