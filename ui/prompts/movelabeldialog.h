// MoveLabelDialog asks which label to point at a version and why. Core decides whether the operator may move
// it (production and staging are protected); the dialog only says which labels are protected, as core tells.
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tailor {

class MoveLabelDialog : public QDialog
{
    Q_OBJECT

public:
    MoveLabelDialog(const QString &prompt, int version, const QStringList &labels, QWidget *parent = nullptr);

    QString label() const;
    QString note() const;

private:
    void validate();
    // Grows the dialog to what its content needs at the current width (never shrinks it).
    void fitHeight();

    QComboBox *m_label = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tailor
