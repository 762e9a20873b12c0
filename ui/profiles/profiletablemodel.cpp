#include "profiletablemodel.h"

#include <QLocale>
#include <QThreadPool>

namespace tailor {

namespace {

ProfileColumn storeColumn(int column)
{
    switch (column) {
    case ProfileTableModel::InteractionsColumn:
        return ProfileColumn::Interactions;
    case ProfileTableModel::FirstColumn:
        return ProfileColumn::FirstActivity;
    case ProfileTableModel::LastColumn:
        return ProfileColumn::LastActivity;
    case ProfileTableModel::TopColumn:
        return ProfileColumn::TopCategory;
    case ProfileTableModel::ConsentColumn:
        return ProfileColumn::Consent;
    default:
        return ProfileColumn::UserId;
    }
}

} // namespace

ProfileTableModel::ProfileTableModel(QThreadPool *pool, QObject *parent)
    : QAbstractTableModel(parent)
    , m_pool(pool)
{
    m_query.limit = PageSize;
}

void ProfileTableModel::setWorkspace(std::shared_ptr<Workspace> workspace, const ProfileFilter &filter)
{
    m_workspace = std::move(workspace);
    m_query.filter = filter;
    reload();
}

void ProfileTableModel::setFilter(const ProfileFilter &filter)
{
    m_query.filter = filter;
    reload();
}

void ProfileTableModel::reload()
{
    beginResetModel();
    m_generation.advance();
    m_rows.clear();
    m_total = 0;
    m_estimate = false;
    m_loading = false;
    endResetModel();
    if (m_workspace)
        fetch(0);
}

const ProfileRow *ProfileTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ProfileTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProfileTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileTableModel::data(const QModelIndex &index, int role) const
{
    const ProfileRow *row = rowAt(index.row());
    if (!row)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == InteractionsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case UserColumn:
        return row->userId;
    case InteractionsColumn:
        return QLocale().toString(row->interactions);
    case FirstColumn:
        return row->firstActivity.isValid()
                   ? QLocale().toString(row->firstActivity.date(), QLocale::ShortFormat)
                   : QString();
    case LastColumn:
        return row->lastActivity.isValid()
                   ? QLocale().toString(row->lastActivity.date(), QLocale::ShortFormat)
                   : QString();
    case TopColumn:
        return row->topCategory;
    case ConsentColumn:
        return consentName(row->consent);
    default:
        return {};
    }
}

QVariant ProfileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return QVariant((section == InteractionsColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserColumn:
        return tr("User");
    case InteractionsColumn:
        return tr("Interactions");
    case FirstColumn:
        return tr("First activity");
    case LastColumn:
        return tr("Last activity");
    case TopColumn:
        return tr("Top interest");
    case ConsentColumn:
        return tr("Consent");
    default:
        return {};
    }
}

void ProfileTableModel::sort(int column, Qt::SortOrder order)
{
    const ProfileColumn sortBy = storeColumn(column);
    if (sortBy == m_query.sortBy && order == m_query.order)
        return;
    m_query.sortBy = sortBy;
    m_query.order = order;
    reload();
}

bool ProfileTableModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_workspace || m_loading || m_rows.isEmpty())
        return false;
    return m_rows.size() < m_total || (m_estimate && m_rows.size() % PageSize == 0);
}

void ProfileTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetch(m_rows.size());
}

void ProfileTableModel::fetch(qint64 offset)
{
    m_loading = true;
    ProfileQuery query = m_query;
    query.offset = offset;
    runWorkspaceTask(
        m_pool, m_workspace, this, m_generation,
        [query](Workspace &workspace) { return workspace.profiles().page(query); },
        [this](Result<ProfilePage> page) {
            m_loading = false;
            if (!page) {
                emit loadFailed(page.error().message);
                return;
            }
            if (!page->rows.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->rows.size()) - 1);
                m_rows.append(page->rows);
                endInsertRows();
            }
            // A page past the estimate's end shows the true size.
            if (page->rows.size() < PageSize) {
                m_total = m_rows.size();
                m_estimate = false;
            } else {
                m_total = qMax(page->total, qint64(m_rows.size()));
                m_estimate = page->totalIsEstimate;
            }
            emit pageLoaded();
        });
}

} // namespace tailor
