// AppStyle gives Tailor its look: the Fusion style with a light palette and the style sheet from the
// resources, plus the colours widgets paint with beyond the palette, named by what they mean. The GUI and
// the screenshot tool apply the same look, so the shots show what users see.
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

class QApplication;

namespace tailor {

class AppStyle
{
public:
    enum class Color
    {
        SuccessText, // a check passed, something was saved
        ErrorText,   // a failure or a refusal the operator should read
        WarningText, // findings that are not errors
        MutedText,   // secondary text: columns beside a name, a command line, an empty chart
        AccentText,  // what points at something: a version's labels
        ErrorBorder, // a field that still needs a value
        NoticeText,  // a banner that qualifies the whole page (demo data)
        NoticeBackground,
        NoticeBorder,
        // The template editor: findings in the text, and the line-number gutter.
        ErrorMark,
        WarningMark,
        GutterBackground,
        GutterLine,
        GutterText,
        // Prompt syntax highlighting.
        SyntaxDelimiter,
        SyntaxFrontMatter,
        SyntaxFrontMatterBackground,
        SyntaxKey,
        SyntaxComment,
        SyntaxRole,
        SyntaxVariable,
        SyntaxVariableBackground,
        SyntaxSection,
        SyntaxPartial,
        // Rendered chat messages: the role's heading and the message card.
        MessageSystem,
        MessageUser,
        MessageAssistant,
        MessageBackground,
        MessageBorder,
        // Side-by-side diffs.
        DiffEmptyLine,
        DiffRemovedLine,
        DiffAddedLine,
        DiffRemovedWord,
        DiffAddedWord,
        // Charts.
        ChartBar,
        ChartTextOnBar,
        InterestHigh,
        InterestMedium,
        InterestLow,
        InterestDislike,
    };

    static void apply(QApplication &application);
    // An icon from resources/icons by base name: icon(QStringLiteral("profiles")).
    static QIcon icon(const QString &name);
    static QColor color(Color role);
    // A style sheet that gives a label the role's text colour: "color: #rrggbb;".
    static QString textStyle(Color role);
};

} // namespace tailor
