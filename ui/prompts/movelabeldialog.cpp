#include "movelabeldialog.h"

#include "prompts/promptregistry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tailor {

MoveLabelDialog::MoveLabelDialog(const QString &prompt, int version, const QStringList &labels,
                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("moveLabelDialog"));
    setWindowTitle(tr("Move label"));
    setMinimumWidth(460); // room for a validation message on two lines rather than four
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Point a label of %1 at version %2.").arg(prompt).arg(version), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_label = new QComboBox(this);
    m_label->setObjectName(QStringLiteral("labelName"));
    m_label->setEditable(true);
    m_label->addItems(labels);
    m_label->setCurrentText(QString());
    m_label->lineEdit()->setPlaceholderText(tr("for example: candidate"));
    m_label->setMinimumWidth(260);
    form->addRow(tr("&Label:"), m_label);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("labelNote"));
    m_note->setPlaceholderText(tr("Why (kept in the label history)"));
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("labelHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Move label"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_label, &QComboBox::currentTextChanged, this, &MoveLabelDialog::validate);
    validate();
}

QString MoveLabelDialog::label() const
{
    return m_label->currentText().trimmed();
}

QString MoveLabelDialog::note() const
{
    return m_note->text().trimmed();
}

void MoveLabelDialog::validate()
{
    QString hint;
    bool ok = !label().isEmpty();
    if (ok) {
        if (auto valid = PromptRegistry::validateLabel(label()); !valid) {
            hint = valid.error().message;
            ok = false;
        } else if (PromptRegistry::isProtectedLabel(label())) {
            hint = tr("'%1' is protected: until releases arrive, only an admin may move it.").arg(label());
        }
    }
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    fitHeight();
}

void MoveLabelDialog::fitHeight()
{
    // A dialog does not grow by itself for a wrapped label that appears: without this the hint is cut and
    // the fields are squashed to make room for it. The width stays the user's.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

} // namespace tailor
