// ProfileTableModel shows the users matching a ProfileQuery one page at a time: it asks ProfileStore for the
// first page when the query changes and for the next one when the view scrolls near the end
// (canFetchMore/fetchMore), each on the workspace pool, so a workspace of millions of users opens as fast as
// one of a hundred and the GUI thread never waits for the database.
#pragma once

#include "profiles/profilestore.h"
#include "workspace/workspace.h"
#include "workspacetask.h"

#include <QAbstractTableModel>

#include <memory>

class QThreadPool;

namespace tailor {

class ProfileTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UserColumn,
        InteractionsColumn,
        FirstColumn,
        LastColumn,
        TopColumn,
        ConsentColumn,
        ColumnCount
    };
    static constexpr int PageSize = 200;

    explicit ProfileTableModel(QThreadPool *pool, QObject *parent = nullptr);

    // Shows `workspace` filtered by `filter`, from the first page.
    void setWorkspace(std::shared_ptr<Workspace> workspace, const ProfileFilter &filter = {});
    // Drops the loaded rows and loads the first page of the new filter.
    void setFilter(const ProfileFilter &filter);
    ProfileFilter filter() const { return m_query.filter; }
    // Reloads from the first page (after an import).
    void reload();

    qint64 total() const { return m_total; }
    bool totalIsEstimate() const { return m_estimate; }
    bool isLoading() const { return m_loading; }
    const ProfileRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // A page arrived (the first one after a reset, or one more while scrolling).
    void pageLoaded();
    // The store refused the query; `message` is core's.
    void loadFailed(const QString &message);

private:
    void fetch(qint64 offset);

    QThreadPool *m_pool = nullptr;
    std::shared_ptr<Workspace> m_workspace;
    ProfileQuery m_query;
    QList<ProfileRow> m_rows;
    qint64 m_total = 0;
    bool m_estimate = false;
    bool m_loading = false;
    TaskGeneration m_generation; // advances on every reset: drops pages of an older query
};

} // namespace tailor
