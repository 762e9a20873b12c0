#include "prompts/mustachetemplate.h"
#include "prompts/mustachevalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QVariantMap>

#include <map>
#include <thread>

using namespace tailor;

namespace {

MustacheValue jsonValue(const QByteArray &json)
{
    // Wrapped so that scalars and arrays parse too.
    const QJsonDocument document = QJsonDocument::fromJson("[" + json + "]");
    return MustacheValue::fromJson(document.array().at(0));
}

void row(const char *name, const char *text, const char *data, const char *expected,
         const char *partials = "{}")
{
    QTest::newRow(name) << QString::fromUtf8(text) << QByteArray(data) << QByteArray(partials)
                        << QString::fromUtf8(expected);
}

QString describe(const MustacheTemplate &parsed, const MustacheReference &reference)
{
    const QStringList sections = parsed.enclosingSections(reference);
    static const char *const kinds[] = {"Variable", "Section", "InvertedSection", "Partial"};
    return QStringLiteral("%1 %2 %3:%4 [%5]")
        .arg(QLatin1String(kinds[int(reference.kind)]), reference.name)
        .arg(reference.line)
        .arg(reference.column)
        .arg(sections.join(QLatin1Char('/')));
}

} // namespace

class TestMustache : public QObject
{
    Q_OBJECT

private slots:
    void renders_data();
    void renders();
    void rejectsInvalidTemplates_data();
    void rejectsInvalidTemplates();
    void clearsErrorOnSuccess();
    void listsReferences_data();
    void listsReferences();
    void boundsPartialRecursion();
    void refusesSectionsNestedDeeperThanTheLimit();
    void refusesTwentyThousandNestedSectionsAtTheFirstTooDeep();
    void keepsEachReferencesSectionsWithoutCopies();
    void stopsRenderingOutputBeyondTheLimit();
    void stopsRenderingThatTakesTooManySteps();
    void findsMembersOfObjectsBuiltFromLargeJson();
    void growsOutputBeyondPreviousRender();
    void rendersConcurrently();
    void emptyTemplateRendersNothing();
    void convertsJsonValues();
    void convertsVariants();
    void findsMembersOfLargeObjects();
    void copiesValuesOnWrite();
};

void TestMustache::renders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("partials");
    QTest::addColumn<QString>("expected");

    // Interpolation
    row("text without tags is copied", "Dear {reader}, } no {tags} here }}.\n", "{}",
        "Dear {reader}, } no {tags} here }}.\n");
    row("variable", "Hi {{name}}!", R"({"name":"Ada"})", "Hi Ada!");
    row("no HTML escaping in any form", "{{x}}|{{{x}}}|{{&x}}", R"({"x":"<b>&\"'</b>"})",
        "<b>&\"'</b>|<b>&\"'</b>|<b>&\"'</b>");
    row("integer", "{{n}} items", R"({"n":42})", "42 items");
    row("negative and zero", "{{a}} {{b}}", R"({"a":-7,"b":0})", "-7 0");
    row("decimal in shortest form", "{{a}} {{b}} {{c}}", R"({"a":2.75,"b":0.1,"c":-3.5})", "2.75 0.1 -3.5");
    row("large whole number without exponent", "{{n}}", R"({"n":1000000000000000})", "1000000000000000");
    row("booleans as words", "{{t}}/{{f}}", R"({"t":true,"f":false})", "true/false");
    row("null is empty", "[{{x}}]", R"({"x":null})", "[]");
    row("missing name is empty", "[{{nope}}|{{{nope}}}|{{&nope}}]", "{}", "[||]");
    row("list and object are empty", "[{{l}}|{{o}}]", R"({"l":[1],"o":{"a":1}})", "[|]");
    row("padding inside tags", "<{{  name  }}|{{{ name }}}|{{& name }}|{{\tname\t}}>", R"({"name":"Ada"})",
        "<Ada|Ada|Ada|Ada>");
    row("variable alone on a line keeps its whitespace", "  {{x}}\n\t{{{x}}} \n", R"({"x":"v"})",
        "  v\n\tv \n");
    row("surrounding whitespace kept", "( {{x}} )", R"({"x":"v"})", "( v )");
    row("unicode text and values", "\xc3\xa9t\xc3\xa9: {{x}}", R"({"x":"caf\u00e9 \u2615"})",
        "\xc3\xa9t\xc3\xa9: caf\xc3\xa9 \xe2\x98\x95");
    row("multi-line value inserted verbatim", "> {{x}}", R"({"x":"one\n  two"})", "> one\n  two");

    // Dotted names
    row("dotted path", "{{user.address.city}}", R"({"user":{"address":{"city":"Lyon"}}})", "Lyon");
    row("dotted name equals section shorthand", "{{user.name}}={{#user}}{{name}}{{/user}}",
        R"({"user":{"name":"Ada"}})", "Ada=Ada");
    row("dotted broken chain is empty", "[{{a.b.c}}]", R"({"a":{"x":1}})", "[]");
    row("dotted through a scalar is empty", "[{{a.b}}]", R"({"a":"text"})", "[]");
    row("dotted later parts ignore the stack", "[{{a.b.name}}]", R"({"a":{"b":{}},"name":"root"})", "[]");
    row("dotted first part searches the stack", "{{#outer}}{{inner.v}}{{/outer}}",
        R"({"outer":{"x":1},"inner":{"v":"found"}})", "found");
    row("dotted nearest context wins", "{{#a}}{{b.c}}{{/a}}", R"({"a":{"b":{"c":"near"}},"b":{"c":"far"}})",
        "near");
    row("dotted first match masks outer contexts", "{{#a}}[{{b.c}}]{{/a}}",
        R"({"a":{"b":{"x":1}},"b":{"c":"far"}})", "[]");
    row("dotted name is never a flat key", "[{{a.b}}]", R"({"a.b":"flat"})", "[]");
    row("dotted name prefers the path over a flat key", "[{{a.b}}]", R"({"a.b":"flat","a":{"b":"deep"}})",
        "[deep]");
    row("dotted section truthy", "{{#a.b}}yes{{/a.b}}", R"({"a":{"b":true}})", "yes");
    row("dotted section falsey", "[{{#a.b}}yes{{/a.b}}]", R"({"a":{"b":false}})", "[]");
    row("dotted section broken chain", "[{{#a.b.c}}yes{{/a.b.c}}]", R"({"a":{}})", "[]");

    // Implicit iterator
    row("implicit iterator over strings", "{{#tags}}<{{.}}>{{/tags}}", R"({"tags":["x","y"]})", "<x><y>");
    row("implicit iterator over numbers", "{{#n}}{{.}},{{/n}}", R"({"n":[3,1.5,-2]})", "3,1.5,-2,");
    row("implicit iterator over nested lists", "{{#m}}[{{#.}}{{.}}{{/.}}]{{/m}}", R"({"m":[[1,2],["a"]]})",
        "[12][a]");
    row("implicit iterator at the root", "<{{.}}>", R"("solo")", "<solo>");
    row("implicit iterator on a section value", "{{#name}}{{.}}/{{name}}{{/name}}", R"({"name":"Ada"})",
        "Ada/Ada");
    row("implicit iterator over a root list", "{{#.}}({{v}}){{/.}}", R"([{"v":1},{"v":2}])", "(1)(2)");
    row("implicit iterator raw forms", "{{#l}}{{{.}}}{{&.}}{{/l}}", R"({"l":["<a>"]})", "<a><a>");

    // Sections
    row("section true renders once", "[{{#ok}}in{{/ok}}]", R"({"ok":true})", "[in]");
    row("section false renders nothing", "[{{#ok}}in{{/ok}}]", R"({"ok":false})", "[]");
    row("section null renders nothing", "[{{#ok}}in{{/ok}}]", R"({"ok":null})", "[]");
    row("section missing renders nothing", "[{{#ok}}in{{/ok}}]", "{}", "[]");
    row("section empty list renders nothing", "[{{#ok}}in{{/ok}}]", R"({"ok":[]})", "[]");
    row("section zero and empty string are truthy", "{{#z}}z{{/z}}{{#e}}e{{/e}}", R"({"z":0,"e":""})", "ze");
    row("section object pushes context", "{{#user}}{{name}} from {{city}}{{/user}}",
        R"({"user":{"name":"Ada","city":"Lyon"}})", "Ada from Lyon");
    row("section sees outer names", "{{#user}}{{name}}@{{site}}{{/user}}",
        R"({"site":"T","user":{"name":"A"}})", "A@T");
    row("section inner name shadows outer", "{{name}}:{{#user}}{{name}}{{/user}}:{{name}}",
        R"({"name":"outer","user":{"name":"inner"}})", "outer:inner:outer");
    row("section found null shadows outer", "{{#user}}[{{name}}]{{/user}}",
        R"({"name":"outer","user":{"name":null}})", "[]");
    row("section iterates a list of objects", "{{#items}}{{title}};{{/items}}",
        R"({"items":[{"title":"a"},{"title":"b"},{"title":"c"}]})", "a;b;c;");
    row("section list items see outer context", "{{#items}}{{title}}-{{suffix}};{{/items}}",
        R"({"suffix":"s","items":[{"title":"a"},{"title":"b","suffix":"own"}]})", "a-s;b-own;");
    row("section nested lists",
        "{{#groups}}{{label}}({{#members}}{{label}}.{{name}} {{/members}}){{/groups}}",
        R"({"groups":[{"label":"G1","members":[{"name":"a"},{"name":"b"}]},{"label":"G2","members":[]}]})",
        "G1(G1.a G1.b )G2()");
    row("section deep context stack", "{{#a}}{{#b}}{{#c}}{{x}}{{y}}{{z}}{{/c}}{{/b}}{{/a}}",
        R"({"a":{"x":1,"b":{"y":2,"c":{"z":3}}}})", "123");
    row("section used twice", "{{#ok}}1{{/ok}}-{{#ok}}2{{/ok}}", R"({"ok":true})", "1-2");
    row("section nested with the same name", "{{#ok}}a{{#ok}}b{{/ok}}c{{/ok}}", R"({"ok":true})", "abc");
    row("section nested falsey", "<{{#no}}a{{#no}}b{{/no}}c{{/no}}>", R"({"no":false})", "<>");
    row("section scalar pushes itself", "{{#n}}[{{.}}]{{/n}}", R"({"n":5})", "[5]");
    row("section padding", "{{# ok }}y{{/ ok }}", R"({"ok":true})", "y");
    row("section inline keeps surrounding whitespace", " x {{#ok}} y {{/ok}} z ", R"({"ok":true})",
        " x  y  z ");

    // Inverted sections
    row("inverted false renders", "[{{^v}}none{{/v}}]", R"({"v":false})", "[none]");
    row("inverted true hides", "[{{^v}}none{{/v}}]", R"({"v":true})", "[]");
    row("inverted null renders", "[{{^v}}none{{/v}}]", R"({"v":null})", "[none]");
    row("inverted missing renders", "[{{^v}}none{{/v}}]", "{}", "[none]");
    row("inverted empty list renders", "[{{^v}}none{{/v}}]", R"({"v":[]})", "[none]");
    row("inverted non-empty list hides", "[{{^v}}none{{/v}}]", R"({"v":[0]})", "[]");
    row("inverted object hides", "[{{^v}}none{{/v}}]", R"({"v":{}})", "[]");
    row("inverted empty string and zero hide", "[{{^s}}s{{/s}}{{^z}}z{{/z}}]", R"({"s":"","z":0})", "[]");
    row("inverted pushes no context", "{{^missing}}{{name}}{{/missing}}", R"({"name":"root"})", "root");
    row("inverted dotted broken chain renders", "[{{^a.b.c}}none{{/a.b.c}}]", R"({"a":{}})", "[none]");
    row("inverted as else branch", "{{#items}}{{.}}{{/items}}{{^items}}none{{/items}}", R"({"items":[]})",
        "none");
    row("inverted nested", "<{{^a}}1{{^b}}2{{/b}}3{{/a}}>", R"({"a":false,"b":false})", "<123>");
    row("inverted padding", "{{^ no }}y{{/ no }}", "{}", "y");

    // Nulls, as the specification's interpolation, sections and inverted files test them (the spec's test
    // names first), and through dotted names, list items and nested objects, as profile data has them.
    row("spec interpolation: Basic Null Interpolation", "I ({{cannot}}) be seen!", R"({"cannot":null})",
        "I () be seen!");
    row("spec interpolation: Triple Mustache Null Interpolation", "I ({{{cannot}}}) be seen!",
        R"({"cannot":null})", "I () be seen!");
    row("spec interpolation: Ampersand Null Interpolation", "I ({{&cannot}}) be seen!", R"({"cannot":null})",
        "I () be seen!");
    row("spec interpolation: Dotted Names - Broken Chains", "\"{{a.b.c}}\" == \"\"", R"({"a":{}})",
        "\"\" == \"\"");
    row("spec sections: Null is falsey", "\"{{#null}}This should not be rendered.{{/null}}\"",
        R"({"null":null})", "\"\"");
    row("spec inverted: Null is falsey", "\"{{^null}}This should be rendered.{{/null}}\"", R"({"null":null})",
        "\"This should be rendered.\"");
    row("null dotted through a null head", "[{{a.b}}|{{{a.b}}}|{{&a.b}}]", R"({"a":null})", "[||]");
    row("null dotted through a null middle", "[{{a.b.c}}]", R"({"a":{"b":null}})", "[]");
    row("null dotted leaf", "[{{a.b}}]", R"({"a":{"b":null}})", "[]");
    row("null dotted section and inverted", "[{{#a.b}}yes{{/a.b}}{{^a.b}}no{{/a.b}}]", R"({"a":null})",
        "[no]");
    row("null dotted name masks outer contexts", "{{#user}}[{{address.city}}]{{/user}}",
        R"({"address":{"city":"outer"},"user":{"address":null}})", "[]");
    row("null list items interpolate as nothing", "{{#l}}({{.}}){{/l}}", R"({"l":[1,null,"x"]})", "(1)()(x)");
    row("null list items are falsey", "{{#l}}[{{#.}}set{{/.}}{{^.}}null{{/.}}]{{/l}}", R"({"l":[0,null]})",
        "[set][null]");
    row("null member of a list item",
        "{{#history}}{{title}}: {{#rating}}{{rating}}/5{{/rating}}{{^rating}}not rated{{/rating}} "
        "[{{rating}}]; {{/history}}",
        R"({"rating":4,"history":[{"title":"Heat","rating":5},{"title":"Up","rating":null}]})",
        "Heat: 5/5 [5]; Up: not rated []; ");
    row("null nested object member", "{{#user}}{{name}} ({{#age}}{{age}}{{/age}}{{^age}}?{{/age}}){{/user}}",
        R"({"user":{"name":"Ada","age":null}})", "Ada (?)");
    row("null at the root", "[{{.}}{{#.}}x{{/.}}{{^.}}y{{/.}}]", "null", "[y]");

    // Comments
    row("comment inline", "a{{! note }}b", "{}", "ab");
    row("comment multi-line inline", "a{{!\nline\n}}b\n", "{}", "ab\n");
    row("comment may hold braces", "a{{! {not} a {{tag }}b", "{}", "ab");
    row("comment surrounding whitespace kept", "a {{! c }} b", "{}", "a  b");
    row("comment inline after text keeps the line", "  x {{! c }}\n", "{}", "  x \n");
    row("comment standalone removed", "A\n{{! c }}\nB\n", "{}", "A\nB\n");
    row("comment indented standalone removed", "A\n \t {{! c }} \t\nB\n", "{}", "A\nB\n");
    row("comment standalone with CRLF", "A\r\n{{! c }}\r\nB", "{}", "A\r\nB");
    row("comment standalone at template start", "  {{! c }}\nB", "{}", "B");
    row("comment standalone at template end", "A\n  {{! c }}", "{}", "A\n");
    row("comment multi-line standalone", "A\n  {{! one\n  two\n  }}  \nB\n", "{}", "A\nB\n");
    row("comment lone CR is not a line end", "|\r{{! c }}\r|", "{}", "|\r\r|");

    // Standalone lines
    row("standalone section lines removed", "A\n{{#ok}}\nB\n{{/ok}}\nC\n", R"({"ok":true})", "A\nB\nC\n");
    row("standalone falsey section lines removed", "A\n{{#ok}}\nB\n{{/ok}}\nC\n", R"({"ok":false})",
        "A\nC\n");
    row("standalone inverted lines removed", "A\n{{^ok}}\nB\n{{/ok}}\nC\n", R"({"ok":false})", "A\nB\nC\n");
    row("standalone indented with spaces and tabs", "A\n \t{{#ok}}\nB\n\t {{/ok}}  \nC", R"({"ok":true})",
        "A\nB\nC");
    row("standalone with CRLF", "A\r\n{{#ok}}\r\nB\r\n{{/ok}}\r\nC", R"({"ok":true})", "A\r\nB\r\nC");
    row("standalone at template start", "{{#ok}}\nB\n{{/ok}}", R"({"ok":true})", "B\n");
    row("standalone closing tag at template end", "{{#ok}}B\n  {{/ok}}", R"({"ok":true})", "B\n");
    row("standalone list iteration", "Items:\n{{#items}}\n- {{.}}\n{{/items}}\nDone\n",
        R"({"items":["a","b"]})", "Items:\n- a\n- b\nDone\n");
    row("two tags on a line are not standalone", "{{#ok}}{{/ok}}\nX", R"({"ok":true})", "\nX");
    row("tag followed by text is not standalone", "{{#ok}} x\n{{/ok}}", R"({"ok":true})", " x\n");
    row("tag after text is not standalone", "x {{#ok}}\ny\n{{/ok}}", R"({"ok":true})", "x \ny\n");
    row("whitespace-only lines without tags are kept", "A\n   \n\t\nB", "{}", "A\n   \n\t\nB");
    row("standalone nested sections", "{{#a}}\n  {{#b}}\n  x\n  {{/b}}\n{{/a}}\n", R"({"a":true,"b":[1,2]})",
        "  x\n  x\n");

    // Partials
    row("partial basic", "<{{>p}}>", "{}", "<inside>", R"({"p":"inside"})");
    row("partial missing renders nothing", "<{{>p}}>", "{}", "<>");
    row("partial uses the current context", "{{#user}}{{>card}}{{/user}}", R"({"user":{"name":"Ada"}})",
        "[Ada]", R"({"card":"[{{name}}]"})");
    row("partial recursion driven by data", "{{>tree}}",
        R"({"v":"r","kids":[{"v":"a","kids":[{"v":"b","kids":[]}]},{"v":"c","kids":[]}]})", "r(a(b())c())",
        R"j({"tree":"{{v}}({{#kids}}{{>tree}}{{/kids}})"})j");
    row("partial padding", "{{> p }}|{{>\tp\t}}", "{}", "x|x", R"({"p":"x"})");
    row("partial inline is not indented", "  {{v}} {{>p}}\n", R"({"v":"|"})", "  | a\nb\n",
        R"({"p":"a\nb"})");
    row("partial surrounding whitespace kept", "( {{>p}} )", "{}", "( \tx\t )", R"({"p":"\tx\t"})");
    row("partial standalone is indented", "Start\n  {{>p}}\nEnd\n", "{}", "Start\n  a\n  b\nEnd\n",
        R"({"p":"a\nb\n"})");
    row("partial standalone with CRLF", "A\r\n{{>p}}\r\nB", "{}", "A\r\np\r\nB", R"({"p":"p\r\n"})");
    row("partial standalone at template start", "\t{{>p}}\nZ", "{}", "\tx\n\tyZ", R"({"p":"x\ny"})");
    row("partial standalone at template end", "A\n  {{>p}}", "{}", "A\n  x\n  y", R"({"p":"x\ny"})");
    row("partial indentation skips inserted values", "  {{>p}}\n", R"({"v":"1\n2"})", "  <1\n2>\n",
        R"({"p":"<{{v}}>\n"})");
    row("partial indentation with sections inside", "List:\n  {{>p}}\nEnd", R"({"items":["a","b"]})",
        "List:\n  - a\n  - b\nEnd", R"({"p":"{{#items}}\n- {{.}}\n{{/items}}\n"})");
    row("partial indentation before a leading tag", "  {{>p}}\n", R"({"v":"x"})", "  x!\n  y\n",
        R"({"p":"{{v}}!\ny\n"})");
    row("partial indentation accumulates", "  {{>outer}}\n", "{}", "  a\n    x\n    y\n  b\n",
        R"({"outer":"a\n  {{>inner}}\nb\n","inner":"x\ny\n"})");
    row("partial indentation of empty lines", " {{>p}}\n", "{}", " a\n \n b\n", R"({"p":"a\n\nb\n"})");
    row("partial indentation before a closing tag", "  {{>p}}\n", R"({"ok":true})", "  a\n  b\n",
        R"({"p":"{{#ok}}a\n{{/ok}}b\n"})");
    row("partial indentation before an inline comment", "  {{>p}}\n", "{}", "  x\n  y\n",
        R"({"p":"x\n{{! c }}y\n"})");
    row("partial delimiters do not leak in", "{{=<% %>=}}<%>p%>", R"({"v":1})", "[1]", R"({"p":"[{{v}}]"})");
    row("partial delimiters do not leak out", "{{>p}}/{{v}}", R"({"v":1})", "1/1", R"({"p":"{{=| |=}}|v|"})");

    // Set delimiters
    row("delimiters changed", "{{=<% %>=}}(<%x%>)", R"({"x":"v"})", "(v)");
    row("delimiters single characters", "{{=[ ]=}}[x]{{x}}", R"({"x":"v"})", "v{{x}}");
    row("delimiters with regex characters", "{{=(* *)=}}(*x*)", R"({"x":"v"})", "v");
    row("delimiters padding", "{{=   <%   %>   =}}<% x %>", R"({"x":"v"})", "v");
    row("delimiters separated by a newline", "{{=<%\n%>=}}<%x%>", R"({"x":"v"})", "v");
    row("delimiters switched back", "{{=<% %>=}}<%x%><%={{ }}=%>{{x}}", R"({"x":"v"})", "vv");
    row("delimiters raw forms", "{{=<% %>=}}<%{x}%><%&x%>", R"({"x":"<>"})", "<><>");
    row("delimiters persist into sections", "{{=| |=}}|#ok|{{x}}|x||/ok|", R"({"ok":true,"x":"v"})",
        "{{x}}v");
    row("delimiters set in a section persist after it", "{{#ok}}{{=<% %>=}}<%/ok%><%x%>{{x}}",
        R"({"ok":true,"x":"v"})", "v{{x}}");
    row("delimiters inverted sections", "{{=| |=}}|^no|in|/no|", "{}", "in");
    row("delimiters standalone line removed", "A\n{{=<% %>=}}\nB<%x%>\n", R"({"x":"v"})", "A\nBv\n");
    row("delimiters indented standalone removed", "A\n  {{=<% %>=}}  \nB\n", "{}", "A\nB\n");
    row("delimiters standalone with CRLF", "A\r\n{{= <% %> =}}\r\nB", "{}", "A\r\nB");
    row("delimiters standalone at template start", "  {{=<% %>=}}\nB", "{}", "B");
    row("delimiters standalone at template end", "A\n  {{=<% %>=}}", "{}", "A\n");
    row("delimiters inline keep whitespace", "a {{=<% %>=}} b\n", "{}", "a  b\n");
    row("delimiters inline at line end keep the line", "a {{=<% %>=}}\n", "{}", "a \n");
}

void TestMustache::renders()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, partials);
    QFETCH(QString, expected);

    std::map<QString, MustacheTemplate> parsedPartials;
    const QJsonObject partialTexts = QJsonDocument::fromJson(partials).object();
    for (auto it = partialTexts.begin(); it != partialTexts.end(); ++it) {
        auto partial = MustacheTemplate::parse(it.value().toString());
        QVERIFY2(partial.ok(), qPrintable(partial.error().message));
        parsedPartials.emplace(it.key(), partial.value());
    }
    auto parsed = MustacheTemplate::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    const auto resolver = [&parsedPartials](const QString &name) -> const MustacheTemplate * {
        auto it = parsedPartials.find(name);
        return it == parsedPartials.end() ? nullptr : &it->second;
    };
    const MustacheValue context = jsonValue(data);
    QCOMPARE(parsed->render(context, resolver), expected);
    // A second render reuses the first one's size estimate and must not change the result.
    QCOMPARE(parsed->render(context, resolver), expected);
}

void TestMustache::rejectsInvalidTemplates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    const auto add = [](const char *name, const char *text, const char *message, int line, int column) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(message) << line << column;
    };
    add("unclosed tag", "one\ntwo\nHello {{name", "Unclosed tag '{{' opened at line 3, column 7", 3, 7);
    add("unclosed triple mustache", "{{{x}}", "Unclosed tag '{{{' opened at line 1, column 1", 1, 1);
    add("unclosed comment", "x {{! never ends", "Unclosed tag '{{' opened at line 1, column 3", 1, 3);
    add("unclosed tag with custom delimiters", "{{=<% %>=}}\n  <%x",
        "Unclosed tag '<%' opened at line 2, column 3", 2, 3);
    add("unclosed section", "Intro\n{{#items}}\n- {{title}}\n",
        "Section 'items' opened at line 2, column 1 is never closed", 2, 1);
    add("unclosed inner section", "{{#a}}\n  {{^b}}\n{{/a}}",
        "'{{/a}}' at line 3, column 1 closes section 'b' opened at line 2, column 3", 3, 1);
    add("unclosed nested sections report the innermost", "{{#a}}{{#b}}",
        "Section 'b' opened at line 1, column 7 is never closed", 1, 7);
    add("mismatched close", "a\n{{#bar}}\nx\ny\n  {{/foo}}",
        "'{{/foo}}' at line 5, column 3 closes section 'bar' opened at line 2, column 1", 5, 3);
    add("mismatched close after delimiter change", "{{=<% %>=}}\n<%#a%>\n<%/b%>",
        "'<%/b%>' at line 3, column 1 closes section 'a' opened at line 2, column 1", 3, 1);
    add("close without open section", "x{{/foo}}", "'{{/foo}}' at line 1, column 2 closes no open section", 1,
        2);
    add("columns restart after CRLF", "a\r\n  {{/x}}", "'{{/x}}' at line 2, column 3 closes no open section",
        2, 3);
    add("empty variable name", "{{}}", "Empty tag name in '{{}}' at line 1, column 1", 1, 1);
    add("blank variable name", "ab {{  }}", "Empty tag name in '{{}}' at line 1, column 4", 1, 4);
    add("empty section name", "{{# }}", "Empty tag name in '{{#}}' at line 1, column 1", 1, 1);
    add("empty inverted name", "{{^}}", "Empty tag name in '{{^}}' at line 1, column 1", 1, 1);
    add("empty closing name", "{{#a}}{{/}}", "Empty tag name in '{{/}}' at line 1, column 7", 1, 7);
    add("empty triple name", "{{{ }}}", "Empty tag name in '{{{}}}' at line 1, column 1", 1, 1);
    add("empty ampersand name", "{{&}}", "Empty tag name in '{{&}}' at line 1, column 1", 1, 1);
    add("empty partial name", "\n{{> }}", "Empty tag name in '{{>}}' at line 2, column 1", 2, 1);
    add("whitespace inside a name", "{{first name}}",
        "Tag name 'first name' at line 1, column 1 contains whitespace", 1, 1);
    add("whitespace inside a partial name", "{{>a b}}",
        "Tag name 'a b' at line 1, column 1 contains whitespace", 1, 1);
    add("empty part in dotted name", "{{a..b}}",
        "Invalid name 'a..b' at line 1, column 1: a dotted name cannot have an empty part", 1, 1);
    add("leading dot", "{{#.a}}{{/.a}}",
        "Invalid name '.a' at line 1, column 1: a dotted name cannot have an empty part", 1, 1);
    add("trailing dot", "x\n {{a.}}",
        "Invalid name 'a.' at line 2, column 2: a dotted name cannot have an empty part", 2, 2);
    add("delimiter change with one delimiter", "{{=<%=}}",
        "Invalid delimiter change '{{=<%=}}' at line 1, column 1: expected an opening and a closing "
        "delimiter "
        "separated by whitespace",
        1, 1);
    add("delimiter change with three delimiters", "x\n{{=<% %> !=}}",
        "Invalid delimiter change '{{=<% %> !=}}' at line 2, column 1: expected an opening and a closing "
        "delimiter separated by whitespace",
        2, 1);
    add("delimiter change without closing equals sign", "{{=<% %>}}",
        "Invalid delimiter change '{{=<% %>}}' at line 1, column 1: it must end with '=' before the closing "
        "delimiter",
        1, 1);
}

void TestMustache::rejectsInvalidTemplates()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);

    MustacheError error;
    auto parsed = MustacheTemplate::parse(text, &error);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, Error::Kind::BadInput);
    QCOMPARE(parsed.error().message, message);
    QCOMPARE(error.message, message);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void TestMustache::clearsErrorOnSuccess()
{
    MustacheError error{QStringLiteral("stale"), 4, 2};
    auto parsed = MustacheTemplate::parse(QStringLiteral("{{x}}"), &error);
    QVERIFY(parsed.ok());
    QVERIFY(error.message.isEmpty());
    QCOMPARE(error.line, 0);
    QCOMPARE(error.column, 0);
}

void TestMustache::listsReferences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("references");

    QTest::newRow("every kind with position and enclosing sections")
        << QStringLiteral("{{! header }}\n"
                          "Hello {{user.name}}!\n"
                          "{{#history}}\n"
                          "- {{title}} {{#tags}}{{.}}{{/tags}}\n"
                          "{{/history}}\n"
                          "{{^history}}{{{fallback}}}{{/history}}\n"
                          "{{>footer}}")
        << QStringList{QStringLiteral("Variable user.name 2:7 []"),
                       QStringLiteral("Section history 3:1 []"),
                       QStringLiteral("Variable title 4:3 [history]"),
                       QStringLiteral("Section tags 4:13 [history]"),
                       QStringLiteral("Variable . 4:22 [history/tags]"),
                       QStringLiteral("InvertedSection history 6:1 []"),
                       QStringLiteral("Variable fallback 6:13 []"),
                       QStringLiteral("Partial footer 7:1 []")};
    QTest::newRow("inverted sections push no context")
        << QStringLiteral("{{#a}}{{^b}}{{&c}}{{/b}}{{/a}}")
        << QStringList{QStringLiteral("Section a 1:1 []"), QStringLiteral("InvertedSection b 1:7 [a]"),
                       QStringLiteral("Variable c 1:13 [a]")};
    QTest::newRow("positions after a delimiter change")
        << QStringLiteral("{{=<% %>=}}\n  <%# a.b %><% c %><%/ a.b %>")
        << QStringList{QStringLiteral("Section a.b 2:3 []"), QStringLiteral("Variable c 2:13 [a.b]")};
    QTest::newRow("repeated names are listed each time")
        << QStringLiteral("{{x}}{{x}}")
        << QStringList{QStringLiteral("Variable x 1:1 []"), QStringLiteral("Variable x 1:6 []")};
    QTest::newRow("comments and plain text have none")
        << QStringLiteral("text {{! {{x}} }}") << QStringList{};
}

void TestMustache::listsReferences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, references);

    auto parsed = MustacheTemplate::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QStringList actual;
    for (const MustacheReference &reference : parsed->references())
        actual << describe(parsed.value(), reference);
    QCOMPARE(actual, references);
}

void TestMustache::boundsPartialRecursion()
{
    auto self = MustacheTemplate::parse(QStringLiteral("x{{>self}}"));
    QVERIFY(self.ok());
    int lookups = 0;
    const auto resolver = [&](const QString &name) -> const MustacheTemplate * {
        ++lookups;
        return name == QLatin1String("self") ? &self.value() : nullptr;
    };
    auto root = MustacheTemplate::parse(QStringLiteral("{{>self}}"));
    QVERIFY(root.ok());
    QCOMPARE(root->render(MustacheValue::object(), resolver),
             QString(MustacheTemplate::MaxPartialDepth, QLatin1Char('x')));
    QCOMPARE(lookups, MustacheTemplate::MaxPartialDepth);
}

void TestMustache::refusesSectionsNestedDeeperThanTheLimit()
{
    // 100 levels, sections and inverted sections mixed, parse and render.
    QString allowed;
    for (int i = 0; i < MustacheTemplate::MaxSectionDepth; ++i)
        allowed += i % 2 ? QStringLiteral("{{^no}}") : QStringLiteral("{{#yes}}");
    allowed += QStringLiteral("x");
    for (int i = MustacheTemplate::MaxSectionDepth - 1; i >= 0; --i)
        allowed += i % 2 ? QStringLiteral("{{/no}}") : QStringLiteral("{{/yes}}");
    auto parsed = MustacheTemplate::parse(allowed);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->render(jsonValue(R"({"yes":true,"no":false})")), QStringLiteral("x"));

    // One more level, on the third line, is refused at the opening tag of level 101.
    const QString deeper = QStringLiteral("one\ntwo\n  ") + QString(QStringLiteral("{{#a}}")).repeated(101) +
                           QString(QStringLiteral("{{/a}}")).repeated(101);
    MustacheError error;
    parsed = MustacheTemplate::parse(deeper, &error);
    QVERIFY(!parsed.ok());
    QCOMPARE(error.message,
             QStringLiteral("'{{#a}}' at line 3, column 603 opens a section inside 100 others; "
                            "Tailor allows at most 100 levels of nested sections"));
    QCOMPARE(parsed.error().message, error.message);
    QCOMPARE(error.line, 3);
    QCOMPARE(error.column, 603);
}

void TestMustache::refusesTwentyThousandNestedSectionsAtTheFirstTooDeep()
{
    // The 240 KB file that once took 33 s and 9.5 GB to check: refused at level 101 without looking further.
    const QString hostile = QString(QStringLiteral("{{#s}}")).repeated(20000) + QStringLiteral("x") +
                            QString(QStringLiteral("{{/s}}")).repeated(20000);
    MustacheError error;
    auto parsed = MustacheTemplate::parse(hostile, &error);
    QVERIFY(!parsed.ok());
    QCOMPARE(error.message,
             QStringLiteral("'{{#s}}' at line 1, column 601 opens a section inside 100 others; "
                            "Tailor allows at most 100 levels of nested sections"));
    QCOMPARE(error.column, 601);

    // Unclosed, the same depth is refused the same way rather than as 20,000 open sections.
    parsed = MustacheTemplate::parse(QString(QStringLiteral("{{^s}}")).repeated(20000), &error);
    QVERIFY(!parsed.ok());
    QVERIFY2(error.message.contains(QStringLiteral("opens a section inside 100 others")),
             qPrintable(error.message));
}

void TestMustache::keepsEachReferencesSectionsWithoutCopies()
{
    // 100 levels (50 sections, each with an inverted one inside) around 20,000 names: each reference names
    // its innermost section; the chain is shared.
    QString text;
    for (int i = 0; i < 50; ++i)
        text += QStringLiteral("{{#s%1}}{{^off}}").arg(i);
    for (int i = 0; i < 20000; ++i)
        text += QStringLiteral("{{v%1}}").arg(i % 7);
    for (int i = 49; i >= 0; --i)
        text += QStringLiteral("{{/off}}{{/s%1}}").arg(i);
    auto parsed = MustacheTemplate::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->sections().size(), 50); // inverted sections push no context
    QCOMPARE(parsed->sections().at(0).parent, -1);
    QCOMPARE(parsed->sections().at(49).parent, 48);
    const QList<MustacheReference> &references = parsed->references();
    QCOMPARE(references.size(), 100 + 20000);
    const MustacheReference &last = references.last();
    QCOMPARE(last.name, QStringLiteral("v0")); // 19999 % 7
    QCOMPARE(last.section, 49);
    const QStringList enclosing = parsed->enclosingSections(last);
    QCOMPARE(enclosing.size(), 50);
    QCOMPARE(enclosing.first(), QStringLiteral("s0"));
    QCOMPARE(enclosing.last(), QStringLiteral("s49"));
    QCOMPARE(parsed->enclosingSections(references.first()), QStringList());
}

void TestMustache::stopsRenderingOutputBeyondTheLimit()
{
    // Four nested sections over 100 items each would write 10^8 copies of a 1,000-character text.
    auto parsed =
        MustacheTemplate::parse(QStringLiteral("{{#l}}{{#l}}{{#l}}{{#l}}{{x}}{{/l}}{{/l}}{{/l}}{{/l}}"));
    QVERIFY(parsed.ok());
    MustacheValue context = MustacheValue::object();
    MustacheValue list = MustacheValue::list();
    for (int i = 0; i < 100; ++i)
        list.append(MustacheValue(i));
    context.insert(QStringLiteral("l"), list);
    context.insert(QStringLiteral("x"), MustacheValue(QString(1000, QLatin1Char('x'))));
    MustacheError error;
    QCOMPARE(parsed->render(context, {}, &error), QString());
    QCOMPARE(error.message, QStringLiteral("The rendered text would be longer than 16777216 characters; "
                                           "rendering stopped"));
    QCOMPARE(error.line, 0);
    // Without a place for the error the result is still empty, never a truncated text.
    QCOMPARE(parsed->render(context), QString());

    // A render within the limits clears an earlier error.
    context.insert(QStringLiteral("l"), MustacheValue::list());
    QCOMPARE(parsed->render(context, {}, &error), QString());
    QVERIFY(error.message.isEmpty());
}

void TestMustache::stopsRenderingThatTakesTooManySteps()
{
    // Nothing is written, but 100^4 iterations would run for minutes.
    auto parsed =
        MustacheTemplate::parse(QStringLiteral("{{#l}}{{#l}}{{#l}}{{#l}}{{/l}}{{/l}}{{/l}}{{/l}}done"));
    QVERIFY(parsed.ok());
    MustacheValue list = MustacheValue::list();
    for (int i = 0; i < 100; ++i)
        list.append(MustacheValue(i));
    MustacheValue context = MustacheValue::object();
    context.insert(QStringLiteral("l"), list);
    MustacheError error;
    QCOMPARE(parsed->render(context, {}, &error), QString());
    QCOMPARE(error.message, QStringLiteral("Rendering took more than 16777216 steps (sections over lists "
                                           "multiply: check nested sections); rendering stopped"));

    // Three levels (a million iterations) are fine.
    parsed = MustacheTemplate::parse(QStringLiteral("{{#l}}{{#l}}{{#l}}{{/l}}{{/l}}{{/l}}done"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->render(context, {}, &error), QStringLiteral("done"));
    QVERIFY(error.message.isEmpty());
}

void TestMustache::findsMembersOfObjectsBuiltFromLargeJson()
{
    // Members are gathered and sorted once (inserting each in place was quadratic).
    QJsonObject json;
    QVariantMap map;
    for (int i = 0; i < 20000; ++i) {
        json.insert(QStringLiteral("key%1").arg(i), i);
        map.insert(QStringLiteral("key%1").arg(i), i);
    }
    for (const MustacheValue &value : {MustacheValue::fromJson(json), MustacheValue::fromVariant(map)}) {
        QCOMPARE(value.size(), 20000);
        for (int i : {0, 1, 4999, 19999}) {
            const MustacheValue *member = value.member(QStringLiteral("key%1").arg(i));
            QVERIFY(member);
            QCOMPARE(member->toInteger(), qint64(i));
        }
        QCOMPARE(value.member(u"key20000"), nullptr);
        QCOMPARE(value.keys().size(), 20000);
    }
}

void TestMustache::growsOutputBeyondPreviousRender()
{
    auto parsed = MustacheTemplate::parse(QStringLiteral("{{#items}}{{.}}{{/items}}"));
    QVERIFY(parsed.ok());
    MustacheValue small = MustacheValue::object();
    small.insert(QStringLiteral("items"), jsonValue("[\"a\"]"));
    QCOMPARE(parsed->render(small), QStringLiteral("a"));

    MustacheValue items = MustacheValue::list();
    for (int i = 0; i < 10000; ++i)
        items.append(QStringLiteral("abc"));
    MustacheValue large = MustacheValue::object();
    large.insert(QStringLiteral("items"), items);
    const QString rendered = parsed->render(large);
    QCOMPARE(rendered.size(), 30000);
    QVERIFY(rendered.startsWith(QLatin1String("abcabc")));
    QCOMPARE(parsed->render(small), QStringLiteral("a"));
}

void TestMustache::rendersConcurrently()
{
    auto parsed = MustacheTemplate::parse(QStringLiteral("{{#items}}[{{name}}]{{/items}}"));
    QVERIFY(parsed.ok());
    const MustacheValue context = jsonValue(R"({"items":[{"name":"a"},{"name":"b"},{"name":"c"}]})");
    std::vector<int> mismatches(4, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 500; ++i) {
                if (parsed->render(context) != QLatin1String("[a][b][c]"))
                    ++mismatches[size_t(t)];
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(mismatches, std::vector<int>(4, 0));
}

void TestMustache::emptyTemplateRendersNothing()
{
    const MustacheTemplate empty;
    QVERIFY(empty.references().isEmpty());
    QCOMPARE(empty.render(jsonValue(R"({"x":1})")), QString());
    auto parsed = MustacheTemplate::parse(QString());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->render(MustacheValue()), QString());
}

void TestMustache::convertsJsonValues()
{
    const MustacheValue value =
        jsonValue(R"({"i":3,"whole":2.0,"d":0.25,"s":"t","b":false,"n":null,"l":[1,"x"],"o":{"k":"v"}})");
    QCOMPARE(value.type(), MustacheValue::Type::Object);
    QCOMPARE(value.keys(), (QStringList{QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("i"),
                                        QStringLiteral("l"), QStringLiteral("n"), QStringLiteral("o"),
                                        QStringLiteral("s"), QStringLiteral("whole")}));
    QCOMPARE(value.member(u"i")->type(), MustacheValue::Type::Integer);
    QCOMPARE(value.member(u"i")->toInteger(), 3);
    QCOMPARE(value.member(u"whole")->type(), MustacheValue::Type::Integer);
    QCOMPARE(value.member(u"whole")->text(), QStringLiteral("2"));
    QCOMPARE(value.member(u"d")->type(), MustacheValue::Type::Double);
    QCOMPARE(value.member(u"d")->toDouble(), 0.25);
    QCOMPARE(value.member(u"d")->text(), QStringLiteral("0.25"));
    QCOMPARE(value.member(u"s")->text(), QStringLiteral("t"));
    QCOMPARE(value.member(u"b")->type(), MustacheValue::Type::Bool);
    QVERIFY(value.member(u"b")->isFalsey());
    QVERIFY(value.member(u"n")->isNull());
    QCOMPARE(value.member(u"l")->size(), 2);
    QCOMPARE(value.member(u"l")->at(1).text(), QStringLiteral("x"));
    QCOMPARE(value.member(u"o")->member(u"k")->text(), QStringLiteral("v"));
    QCOMPARE(value.member(u"missing"), nullptr);
    QCOMPARE(value.member(u"s")->member(u"anything"), nullptr);
}

void TestMustache::convertsVariants()
{
    const QVariantMap map{
        {QStringLiteral("name"), QStringLiteral("Ada")},
        {QStringLiteral("age"), 36},
        {QStringLiteral("score"), 4.5},
        {QStringLiteral("big"), quint64(1) << 40},
        {QStringLiteral("active"), true},
        {QStringLiteral("tags"), QStringList{QStringLiteral("a"), QStringLiteral("b")}},
        {QStringLiteral("nested"), QVariantList{QVariantMap{{QStringLiteral("k"), QStringLiteral("v")}}}},
        {QStringLiteral("json"), QJsonObject{{QStringLiteral("j"), 1}}},
        {QStringLiteral("none"), QVariant()},
        // How QSqlQuery returns a NULL in an integer column.
        {QStringLiteral("missing"), QVariant(QMetaType::fromType<int>())},
    };
    const MustacheValue value = MustacheValue::fromVariant(map);
    auto parsed = MustacheTemplate::parse(
        QStringLiteral("{{name}} {{age}} {{score}} {{big}} {{active}} {{#tags}}{{.}}{{/tags}} "
                       "{{#nested}}{{k}}{{/nested}} {{json.j}} [{{none}}]{{^none}}!{{/none}} "
                       "[{{missing}}]{{^missing}}!{{/missing}}"));
    QVERIFY(parsed.ok());
    QVERIFY(value.member(u"missing")->isNull());
    QCOMPARE(parsed->render(value), QStringLiteral("Ada 36 4.5 1099511627776 true ab v 1 []! []!"));
}

void TestMustache::findsMembersOfLargeObjects()
{
    MustacheValue value = MustacheValue::object();
    for (int i = 0; i < 200; ++i)
        value.insert(QStringLiteral("key%1").arg(i), i);
    QCOMPARE(value.size(), 200);
    for (int i = 0; i < 200; ++i) {
        const MustacheValue *member = value.member(QStringLiteral("key%1").arg(i));
        QVERIFY2(member, qPrintable(QString::number(i)));
        QCOMPARE(member->toInteger(), i);
    }
    QCOMPARE(value.member(u"key200"), nullptr);
    value.insert(QStringLiteral("key7"), QStringLiteral("replaced"));
    QCOMPARE(value.size(), 200);
    QCOMPARE(value.member(u"key7")->text(), QStringLiteral("replaced"));
}

void TestMustache::copiesValuesOnWrite()
{
    MustacheValue original = jsonValue(R"({"a":1,"l":[1]})");
    MustacheValue copy = original;
    copy.insert(QStringLiteral("a"), 2);
    copy.insert(QStringLiteral("b"), 3);
    QCOMPARE(original.member(u"a")->toInteger(), 1);
    QCOMPARE(original.member(u"b"), nullptr);
    QCOMPARE(copy.member(u"a")->toInteger(), 2);

    MustacheValue scalar(QStringLiteral("s"));
    scalar.append(1);
    QVERIFY(scalar.isList());
    QCOMPARE(scalar.size(), 1);
}

QTEST_GUILESS_MAIN(TestMustache)
#include "tst_mustache.moc"
