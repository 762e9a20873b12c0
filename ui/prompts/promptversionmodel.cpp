#include "promptversionmodel.h"

#include "appstyle.h"
#include "displayformat.h"

#include <QColor>
#include <QCoreApplication>

namespace tailor {

namespace {

// A revert's message says which version it restores once: the registry's own default message ("Revert to
// version 1", stored in the language of whoever reverted) is replaced, a message of the operator's keeps
// the version beside it.
QString messageText(const PromptVersion &version)
{
    if (version.revertedFrom <= 0)
        return version.message;
    const QString restores = QCoreApplication::translate("tailor::PromptVersionModel", "restores version %1")
                                 .arg(version.revertedFrom);
    const QString defaultMessage = QStringLiteral("Revert to version %1").arg(version.revertedFrom);
    const QString translatedDefault =
        QCoreApplication::translate("tailor::PromptRegistry", "Revert to version %1")
            .arg(version.revertedFrom);
    if (version.message.isEmpty() || version.message == defaultMessage ||
        version.message == translatedDefault)
        return restores;
    return QCoreApplication::translate("tailor::PromptVersionModel", "%1 (%2)")
        .arg(version.message, restores);
}

} // namespace

PromptVersionModel::PromptVersionModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PromptVersionModel::setVersions(const QList<PromptVersion> &versions)
{
    beginResetModel();
    m_versions = versions;
    endResetModel();
}

int PromptVersionModel::rowOf(int version) const
{
    for (qsizetype row = 0; row < m_versions.size(); ++row) {
        if (m_versions.at(row).version == version)
            return int(row);
    }
    return -1;
}

int PromptVersionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int PromptVersionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PromptVersionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_versions.size())
        return {};
    const PromptVersion &version = m_versions.at(index.row());
    if (role == VersionRole)
        return version.version;
    if (role == Qt::ForegroundRole && index.column() == LabelsColumn)
        return AppStyle::color(AppStyle::Color::AccentText);
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return version.message;
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        return displayTime(version.createdAt);
    if (role == Qt::ToolTipRole && index.column() == VersionColumn)
        return tr("SHA-256 %1").arg(version.sha256);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case VersionColumn:
        return version.version;
    case AuthorColumn:
        return version.author;
    case TimeColumn:
        return displayTime(version.createdAt).left(16); // to the minute; the tooltip has the second
    case MessageColumn:
        return messageText(version);
    case LabelsColumn:
        return version.labels.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant PromptVersionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case AuthorColumn:
        return tr("Author");
    case TimeColumn:
        return tr("Time");
    case MessageColumn:
        return tr("Message");
    case LabelsColumn:
        return tr("Labels");
    default:
        return {};
    }
}

} // namespace tailor
