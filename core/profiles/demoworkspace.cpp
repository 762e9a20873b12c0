#include "demoworkspace.h"

#include "profiles/profileimporter.h"
#include "storage/auditlog.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <vector>

namespace tailor {

namespace {

// SplitMix64: tiny, fast, and the same sequence on every platform (std distributions are not).
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    int below(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state;
};

const char *const Genres[] = {"Action",      "Adventure", "Animation", "Children's", "Comedy", "Crime",
                              "Documentary", "Drama",     "Fantasy",   "Film-Noir",  "Horror", "Musical",
                              "Mystery",     "Romance",   "Sci-Fi",    "Thriller",   "War",    "Western"};
constexpr int GenreCount = 18;

const char *const Words[] = {"Midnight", "River",   "Garden", "Shadow", "Empire",  "Summer",
                             "Winter",   "Station", "Harbor", "Signal", "Crown",   "Desert",
                             "Mirror",   "Engine",  "Island", "Letter", "Orchard", "Canyon",
                             "Lantern",  "Voyage",  "Circus", "Meadow", "Tunnel",  "Frontier"};
// Latin-1 titles, so the demo's u.item exercises the encoding path like the real MovieLens files.
const char16_t *const AccentedTitles[] = {u"Café Société",   u"Amélie's Garden", u"Señor Álvarez",
                                          u"Für immer Jung", u"Noël à Paris",    u"Çà et là",
                                          u"Smörgåsbord",    u"Mañana"};
const char *const Occupations[] = {
    "administrator", "artist",    "doctor",   "educator",  "engineer",  "entertainment", "executive",
    "healthcare",    "homemaker", "lawyer",   "librarian", "marketing", "none",          "other",
    "programmer",    "retired",   "salesman", "scientist", "student",   "technician",    "writer"};
const char *const FirstNames[] = {"ana",  "ben",   "chloe", "dev",  "emma", "farid", "grace",
                                  "hugo", "ines",  "jon",   "kira", "liam", "mona",  "nils",
                                  "olga", "pablo", "quinn", "rosa", "sami", "tara"};

constexpr qint64 YearStart = 1704067200; // 2024-01-01T00:00:00Z
constexpr qint64 Year = 366LL * 24 * 3600;

Result<void> writeFile(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Error::failed(QCoreApplication::translate("tailor::DemoWorkspace", "Cannot write %1: %2.")
                                 .arg(path, file.errorString()));
    return {};
}

} // namespace

Result<DemoFiles> DemoWorkspace::writeFiles(const QString &directory, const DemoOptions &options)
{
    if (!QDir().mkpath(directory))
        return Error::failed(
            QCoreApplication::translate("tailor::DemoWorkspace", "Cannot create the folder %1.")
                .arg(directory));
    Random random(options.seed);
    DemoFiles files;
    const QDir dir(directory);
    files.items = dir.filePath(QStringLiteral("u.item"));
    files.users = dir.filePath(QStringLiteral("u.user"));
    files.userExtra = dir.filePath(QStringLiteral("users_extra.csv"));
    files.ratings = dir.filePath(QStringLiteral("u.data"));

    // Items: one to three genres; popularity falls off like a power law.
    std::vector<std::vector<int>> itemGenres(size_t(options.items) + 1);
    std::vector<double> popularity(size_t(options.items) + 1, 0.0);
    std::vector<std::vector<int>> genreItems(GenreCount);
    QByteArray itemText;
    for (int item = 1; item <= options.items; ++item) {
        const int genreTotal = 1 + (random.uniform() < 0.45 ? 1 : 0) + (random.uniform() < 0.15 ? 1 : 0);
        std::vector<int> &genres = itemGenres[size_t(item)];
        while (int(genres.size()) < genreTotal) {
            const int genre = random.below(GenreCount);
            if (std::find(genres.begin(), genres.end(), genre) == genres.end())
                genres.push_back(genre);
        }
        for (int genre : genres)
            genreItems[size_t(genre)].push_back(item);
        popularity[size_t(item)] = 1.0 / std::pow(double(random.below(options.items) + 1), 0.7);
        const int year = 1950 + random.below(74);
        QString title;
        if (item % 97 == 0)
            title = QString::fromUtf16(AccentedTitles[(item / 97) % 8]);
        else
            title = QStringLiteral("The %1 %2")
                        .arg(QLatin1String(Words[random.below(24)]), QLatin1String(Words[random.below(24)]));
        title += QStringLiteral(" (%1)").arg(year);
        QByteArray line = QByteArray::number(item) + '|' + title.toLatin1() + '|' +
                          QByteArray::number(1 + random.below(28)).rightJustified(2, '0') + "-Jan-" +
                          QByteArray::number(year) + "||http://example.org/film/" + QByteArray::number(item) +
                          "|0";
        for (int genre = 0; genre < GenreCount; ++genre)
            line += std::find(genres.begin(), genres.end(), genre) != genres.end() ? "|1" : "|0";
        itemText += line + '\n';
    }

    // Users and their latent preferences: two or three favourite genres with random weights.
    QByteArray userText;
    QByteArray extraText("user_id,email,consent\n");
    struct Taste
    {
        std::vector<int> favourites;
        std::vector<double> weights;
        int count = 0;
        qint64 start = 0;
        qint64 span = 0;
    };
    std::vector<Taste> tastes(size_t(options.users) + 1);
    const double meanRatings = double(options.ratings) / double(std::max(1, options.users));
    for (int user = 1; user <= options.users; ++user) {
        Taste &taste = tastes[size_t(user)];
        const int favourites = 2 + (random.uniform() < 0.5 ? 1 : 0);
        while (int(taste.favourites.size()) < favourites) {
            const int genre = random.below(GenreCount);
            if (std::find(taste.favourites.begin(), taste.favourites.end(), genre) ==
                taste.favourites.end()) {
                taste.favourites.push_back(genre);
                taste.weights.push_back(0.2 + random.uniform());
            }
        }
        // Exponential number of ratings around the mean, at least 10.
        taste.count = std::max(10, int(-std::log(1.0 - random.uniform()) * (meanRatings - 10) + 10));
        taste.count = std::min(taste.count, options.items / 2);
        taste.start = YearStart + qint64(random.uniform() * Year * 0.6);
        taste.span =
            std::max<qint64>(86400, qint64(random.uniform() * double(YearStart + Year - taste.start)));
        const int age = 18 + random.below(53);
        userText += QByteArray::number(user) + '|' + QByteArray::number(age) + '|' +
                    (random.below(2) ? "M" : "F") + '|' + Occupations[random.below(21)] + '|' +
                    QByteArray::number(10000 + random.below(89999)) + '\n';
        const bool consent = random.uniform() >= 0.05;
        extraText += QByteArray::number(user) + ',' + FirstNames[random.below(20)] + '.' +
                     QByteArray::number(user) + "@example.org," + (consent ? "yes" : "no") + '\n';
    }

    QByteArray ratingText;
    ratingText.reserve(qsizetype(options.ratings) * 24);
    std::vector<char> rated(size_t(options.items) + 1, 0);
    for (int user = 1; user <= options.users; ++user) {
        const Taste &taste = tastes[size_t(user)];
        std::fill(rated.begin(), rated.end(), 0);
        double weightSum = 0;
        for (double weight : taste.weights)
            weightSum += weight;
        int made = 0;
        int attempts = 0;
        while (made < taste.count && attempts < taste.count * 20) {
            ++attempts;
            int item = 0;
            if (random.uniform() < 0.8) {
                double pick = random.uniform() * weightSum;
                size_t index = 0;
                while (index + 1 < taste.weights.size() && pick > taste.weights[index]) {
                    pick -= taste.weights[index];
                    ++index;
                }
                const std::vector<int> &pool = genreItems[size_t(taste.favourites[index])];
                if (pool.empty())
                    continue;
                item = pool[size_t(random.below(int(pool.size())))];
            } else {
                item = 1 + random.below(options.items);
                if (random.uniform() > popularity[size_t(item)] * 4)
                    continue;
            }
            if (rated[size_t(item)])
                continue;
            rated[size_t(item)] = 1;
            double score = 2.6 + random.uniform() * 1.2 - 0.6;
            for (int genre : itemGenres[size_t(item)]) {
                if (std::find(taste.favourites.begin(), taste.favourites.end(), genre) !=
                    taste.favourites.end())
                    score += 1.1;
            }
            const int rating = std::clamp(int(std::lround(score + random.uniform() - 0.5)), 1, 5);
            const qint64 at = taste.start + qint64(random.uniform() * double(taste.span));
            ratingText += QByteArray::number(user) + '\t' + QByteArray::number(item) + '\t' +
                          QByteArray::number(rating) + '\t' + QByteArray::number(at) + '\n';
            ++made;
        }
        files.ratingCount += made;
    }

    for (const auto &[path, content] :
         {std::pair{files.items, itemText}, std::pair{files.users, userText},
          std::pair{files.userExtra, extraText}, std::pair{files.ratings, ratingText}}) {
        if (auto written = writeFile(path, content); !written)
            return written.error();
    }
    return files;
}

Result<std::shared_ptr<Workspace>> DemoWorkspace::create(const DatabaseUrl &url,
                                                         const QString &operatorOverride,
                                                         const DemoOptions &options,
                                                         const std::function<void(const QString &)> &step)
{
    const auto say = [&step](const QString &text) {
        if (step)
            step(text);
    };
    QTemporaryDir temporary;
    if (!temporary.isValid())
        return Error::failed(QCoreApplication::translate(
            "tailor::DemoWorkspace", "Cannot create a temporary folder for the demo data."));
    say(QCoreApplication::translate("tailor::DemoWorkspace", "Writing the synthetic MovieLens files"));
    auto files = writeFiles(temporary.path(), options);
    if (!files)
        return files.error();
    say(QCoreApplication::translate("tailor::DemoWorkspace", "Creating the workspace"));
    auto created = Workspace::init(url, operatorOverride);
    if (!created)
        return created.error();
    std::shared_ptr<Workspace> workspace = created.value();

    QList<ImportRequest> requests;
    ImportRequest items;
    items.path = files->items;
    items.target = ImportTarget::Items;
    items.format = ImportFormat::MovieLens100k;
    items.encoding = TextEncoding::Latin1;
    requests << items;
    ImportRequest users;
    users.path = files->users;
    users.target = ImportTarget::Users;
    users.format = ImportFormat::MovieLens100k;
    requests << users;
    ImportRequest extra;
    extra.path = files->userExtra;
    extra.target = ImportTarget::Users;
    extra.format = ImportFormat::Csv;
    extra.mapping.id = QStringLiteral("user_id");
    extra.mapping.consent = QStringLiteral("consent");
    extra.mapping.piiFields = {QStringLiteral("email")};
    requests << extra;
    ImportRequest ratings;
    ratings.path = files->ratings;
    ratings.target = ImportTarget::Interactions;
    ratings.format = ImportFormat::MovieLens100k;
    requests << ratings;
    for (const ImportRequest &request : std::as_const(requests)) {
        say(QCoreApplication::translate("tailor::DemoWorkspace", "Importing %1")
                .arg(QFileInfo(request.path).fileName()));
        auto report = workspace->profileImporter().run(request);
        if (!report)
            return Error::failed(
                QCoreApplication::translate("tailor::DemoWorkspace", "The demo import of %1 failed: %2")
                    .arg(QFileInfo(request.path).fileName(), report.error().message));
    }

    auto connection = workspace->database().tryConnection();
    if (!connection)
        return connection.error();
    Transaction transaction(connection.value());
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    QSqlQuery query(connection.value());
    for (const auto &[key, value] :
         {std::pair{QStringLiteral("demo"), QStringLiteral("true")},
          std::pair{
              QStringLiteral("demo_description"),
              QStringLiteral(
                  "Synthetic demo data: %1 users, %2 items in 18 genres, %3 ratings over 2024 (seed %4)")
                  .arg(options.users)
                  .arg(options.items)
                  .arg(files->ratingCount)
                  .arg(options.seed)}}) {
        if (auto done = execSql(
                query, QStringLiteral("INSERT INTO workspace_meta (key, value) VALUES (?, ?)"), {key, value},
                QCoreApplication::translate("tailor::DemoWorkspace", "marking the workspace as demo data"));
            !done)
            return done.error();
    }
    auto entry = AuditLog::append(connection.value(), workspace->identity().name,
                                  QStringLiteral("workspace.demo"), QStringLiteral("workspace"),
                                  {{QStringLiteral("users"), options.users},
                                   {QStringLiteral("items"), options.items},
                                   {QStringLiteral("ratings"), files->ratingCount},
                                   {QStringLiteral("seed"), QString::number(options.seed)}});
    if (!entry)
        return entry.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return workspace;
}

} // namespace tailor
