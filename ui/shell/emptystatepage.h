// EmptyStatePage stands in for a workspace area that is not built yet. It says what the area will be for
// and that it is not available in this version, and offers nothing to click: a page without a feature
// behind it must not pretend otherwise.
#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;

namespace tailor {

class EmptyStatePage : public QWidget
{
    Q_OBJECT

public:
    struct Content
    {
        QString title; // the page's title, as in the sidebar
        QIcon icon;
        QString headline;     // "Profiles are not available yet"
        QString purpose;      // what the page will be for
        QString availability; // when it arrives
    };

    explicit EmptyStatePage(const Content &content, QWidget *parent = nullptr);

    // Without a workspace the page also says how to open one.
    void setWorkspaceOpen(bool open);

private:
    QLabel *m_noWorkspace = nullptr;
};

} // namespace tailor
