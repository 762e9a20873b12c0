#include "newpromptdialog.h"

#include "appstyle.h"
#include "prompts/promptregistry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tailor {

NewPromptDialog::NewPromptDialog(const QStringList &folders, const QString &folder, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("newPromptDialog"));
    setWindowTitle(tr("New prompt"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The prompt starts as version 1 of a small template with one input and a "
                                "sample, ready to edit."),
                             this);
    intro->setObjectName(QStringLiteral("hint"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("newPromptName"));
    m_name->setPlaceholderText(tr("for example: weekly-digest"));
    m_name->setMinimumWidth(320);
    form->addRow(tr("&Name:"), m_name);
    m_folder = new QComboBox(this);
    m_folder->setObjectName(QStringLiteral("newPromptFolder"));
    m_folder->setEditable(true);
    m_folder->addItem(QString());
    m_folder->addItems(folders);
    m_folder->setCurrentText(folder);
    m_folder->lineEdit()->setPlaceholderText(tr("(no folder)"));
    form->addRow(tr("&Folder:"), m_folder);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("newPromptProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(AppStyle::textStyle(AppStyle::Color::ErrorText));
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create prompt"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &NewPromptDialog::validate);
    connect(m_folder, &QComboBox::currentTextChanged, this, &NewPromptDialog::validate);
    validate();
}

QString NewPromptDialog::name() const
{
    return m_name->text().trimmed();
}

QString NewPromptDialog::folder() const
{
    return m_folder->currentText().trimmed();
}

QString NewPromptDialog::content() const
{
    return starterTemplate(name());
}

void NewPromptDialog::validate()
{
    QString problem;
    if (!name().isEmpty()) {
        if (auto valid = PromptRegistry::validateName(name()); !valid)
            problem = valid.error().message;
    }
    if (problem.isEmpty() && !folder().isEmpty()) {
        if (auto valid = PromptRegistry::validateFolder(folder()); !valid)
            problem = valid.error().message;
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty() && problem.isEmpty());
}

QString NewPromptDialog::starterTemplate(const QString &name)
{
    // File content, not interface text: prompts are written in the language the model is asked in.
    return QStringLiteral("---\n"
                          "name: %1\n"
                          "description: Recommends items that match what the user likes.\n"
                          "model:\n"
                          "  api: chat\n"
                          "  parameters:\n"
                          "    temperature: 0.2\n"
                          "inputs:\n"
                          "  interests:\n"
                          "    type: string\n"
                          "    description: What the user likes, in a few words.\n"
                          "    sample: science fiction films and space documentaries\n"
                          "template: mustache\n"
                          "---\n"
                          "system:\n"
                          "You are a recommendation assistant. Suggest only items that exist.\n"
                          "\n"
                          "user:\n"
                          "Suggest three items for a user who likes {{interests}}.\n")
        .arg(name);
}

} // namespace tailor
