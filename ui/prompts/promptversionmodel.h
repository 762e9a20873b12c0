// PromptVersionModel lists one prompt's versions, newest first: number, author, time, message (with the
// version a revert came from) and the labels pointing at each.
#pragma once

#include "prompts/promptregistry.h"

#include <QAbstractTableModel>

namespace tailor {

class PromptVersionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        VersionColumn,
        AuthorColumn,
        TimeColumn,
        MessageColumn,
        LabelsColumn,
        ColumnCount
    };
    enum Role
    {
        VersionRole = Qt::UserRole + 1
    };

    explicit PromptVersionModel(QObject *parent = nullptr);

    void setVersions(const QList<PromptVersion> &versions);
    const QList<PromptVersion> &versions() const { return m_versions; }
    // The row showing `version`, or -1.
    int rowOf(int version) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PromptVersion> m_versions;
};

} // namespace tailor
