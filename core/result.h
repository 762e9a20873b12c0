// Result<T> carries either a value or an Error that a user can read. Core services return it instead of
// logging and carrying on, so every caller (GUI dialog, CLI exit code, test) decides what a failure means.
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace tailor {

struct Error
{
    enum class Kind
    {
        BadInput,         // the caller gave something unusable: a URL, a file, an argument
        NotFound,         // the thing asked for does not exist
        PermissionDenied, // the operator's role does not allow it
        Conflict,         // the state changed underneath, or the thing already exists
        Failed,           // the operation ran and failed (I/O, database, broken check)
    };

    Kind kind = Kind::Failed;
    QString message;

    static Error badInput(const QString &message) { return {Kind::BadInput, message}; }
    static Error notFound(const QString &message) { return {Kind::NotFound, message}; }
    static Error permissionDenied(const QString &message) { return {Kind::PermissionDenied, message}; }
    static Error conflict(const QString &message) { return {Kind::Conflict, message}; }
    static Error failed(const QString &message) { return {Kind::Failed, message}; }
};

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T *operator->() const { return &std::get<0>(m_state); }
    T *operator->() { return &std::get<0>(m_state); }

    // On success, an empty Error: messages may be built before the result is checked (QVERIFY2 does).
    const Error &error() const
    {
        static const Error none;
        return ok() ? none : std::get<1>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace tailor
