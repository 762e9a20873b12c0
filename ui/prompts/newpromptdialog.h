// NewPromptDialog asks for a new prompt's name and folder. Core judges the name and folder as they are
// typed; the prompt starts from a small valid Prompty template with one input and its sample, so the editor
// and the live preview have something to show straight away.
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tailor {

class NewPromptDialog : public QDialog
{
    Q_OBJECT

public:
    NewPromptDialog(const QStringList &folders, const QString &folder, QWidget *parent = nullptr);

    QString name() const;
    QString folder() const;
    // The Prompty text version 1 starts with.
    QString content() const;

    static QString starterTemplate(const QString &name);

private:
    void validate();

    QLineEdit *m_name = nullptr;
    QComboBox *m_folder = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tailor
