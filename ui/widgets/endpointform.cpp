#include "endpointform.h"

#include "pagewidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>
#include <optional>

namespace tailor {

namespace {

const QString formatJsonObject = QStringLiteral("json_object");
const QString formatJsonSchema = QStringLiteral("json_schema");

// People type numbers in their own locale or in the C locale ("0.7" in a German desktop); both are read.
std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

std::optional<qint64> parseInteger(const QString &text)
{
    bool ok = false;
    qint64 value = QLocale().toLongLong(text, &ok);
    if (!ok)
        value = QLocale::c().toLongLong(text, &ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QString numberText(std::optional<double> value)
{
    return value ? QLocale::c().toString(*value, 'g', 6) : QString();
}

QFormLayout *createFormLayout(QWidget *host)
{
    auto *form = new QFormLayout(host);
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(7);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return form;
}

} // namespace

EndpointForm::EndpointForm(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    m_connection = createConnectionGroup();
    layout->addWidget(m_connection);
    m_columns = new QBoxLayout(QBoxLayout::LeftToRight);
    m_columns->setSpacing(24);
    m_parameters = createParametersGroup();
    m_limits = createLimitsGroup();
    m_columns->addWidget(m_parameters, 1);
    m_columns->addWidget(m_limits, 1);
    layout->addLayout(m_columns);

    // Every field reports edits, so the page can re-validate and mark the form as changed.
    auto edited = [this] {
        if (!m_loading)
            emit this->edited();
    };
    for (QLineEdit *line : findChildren<QLineEdit *>())
        connect(line, &QLineEdit::textEdited, this, edited);
    for (QPlainTextEdit *text : findChildren<QPlainTextEdit *>())
        connect(text, &QPlainTextEdit::textChanged, this, edited);
    for (QSpinBox *spin : findChildren<QSpinBox *>())
        connect(spin, &QSpinBox::valueChanged, this, edited);
    for (QDoubleSpinBox *spin : findChildren<QDoubleSpinBox *>())
        connect(spin, &QDoubleSpinBox::valueChanged, this, edited);
    for (QComboBox *combo : {m_provider, m_responseFormat})
        connect(combo, &QComboBox::currentIndexChanged, this, edited);
    connect(m_streaming, &QCheckBox::toggled, this, edited);

    setConfig(EndpointConfig::preset(EndpointProvider::DryRun));
}

bool EndpointForm::columnsSideBySide() const
{
    return m_columns->direction() == QBoxLayout::LeftToRight;
}

QSize EndpointForm::minimumSizeHint() const
{
    const int stacked =
        qMax(m_connection->minimumSizeHint().width(),
             qMax(m_parameters->minimumSizeHint().width(), m_limits->minimumSizeHint().width()));
    return {stacked, QWidget::minimumSizeHint().height()};
}

void EndpointForm::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeColumns(width());
}

void EndpointForm::arrangeColumns(int width)
{
    const int sideBySide = m_parameters->minimumSizeHint().width() + m_columns->spacing() +
                           m_limits->minimumSizeHint().width() + contentsMargins().left() +
                           contentsMargins().right();
    const auto direction = width >= sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_columns->direction() == direction)
        return;
    m_columns->setDirection(direction);
    m_columns->setSpacing(direction == QBoxLayout::LeftToRight ? 24 : 16);
    updateGeometry(); // the height needed changes with the arrangement
}

QWidget *EndpointForm::createConnectionGroup()
{
    auto *group = new QWidget(this);
    auto *layout = new QVBoxLayout(group);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(paneTitle(tr("Connection"), group));

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(7);
    auto addRow = [grid, group](int row, int column, const QString &label, QWidget *field, int span = 1) {
        auto *name = new QLabel(label, group);
        name->setBuddy(field);
        grid->addWidget(name, row, column * 2);
        grid->addWidget(field, row, column * 2 + 1, 1, span);
        return name;
    };

    m_name = new QLineEdit(group);
    m_name->setObjectName(QStringLiteral("endpointName"));
    m_name->setPlaceholderText(tr("e.g. team-vllm"));
    addRow(0, 0, tr("&Name"), m_name);

    m_provider = new QComboBox(group);
    m_provider->setObjectName(QStringLiteral("endpointProvider"));
    for (EndpointProvider provider : allEndpointProviders())
        m_provider->addItem(endpointProviderDisplayName(provider), endpointProviderId(provider));
    m_provider->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_provider->setMinimumContentsLength(12);
    m_provider->setToolTip(tr("How Tailor talks to the server: Azure OpenAI sends the key as api-key and "
                              "addresses a deployment; the others use the OpenAI paths."));
    connect(m_provider, &QComboBox::currentIndexChanged, this, &EndpointForm::updateProviderFields);
    addRow(0, 1, tr("&Provider"), m_provider);

    m_baseUrl = new QLineEdit(group);
    m_baseUrl->setObjectName(QStringLiteral("endpointBaseUrl"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.openai.com/v1"));
    m_baseUrl->setToolTip(tr("The address up to and including the API version path."));
    addRow(1, 0, tr("&Base URL"), m_baseUrl, 3);

    m_model = new QLineEdit(group);
    m_model->setObjectName(QStringLiteral("endpointModel"));
    m_model->setToolTip(tr("The model name the server expects; for Azure OpenAI, the deployment."));
    addRow(2, 0, tr("&Model"), m_model, 3);

    m_apiVersion = new QLineEdit(group);
    m_apiVersion->setObjectName(QStringLiteral("endpointApiVersion"));
    m_apiVersion->setPlaceholderText(QStringLiteral("2024-06-01"));
    m_apiVersionLabel = addRow(3, 0, tr("API &version"), m_apiVersion);

    m_secretEnv = new QLineEdit(group);
    m_secretEnv->setObjectName(QStringLiteral("endpointSecretEnv"));
    m_secretEnv->setPlaceholderText(tr("e.g. OPENAI_API_KEY"));
    m_secretEnv->setToolTip(
        tr("The name of an environment variable holding the API key. It wins over the keychain entry."));
    addRow(4, 0, tr("Key &variable"), m_secretEnv, 3);

    auto *keyRow = new QWidget(group);
    auto *keyLayout = new QHBoxLayout(keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->setSpacing(6);
    m_secretKey = new QLineEdit(keyRow);
    m_secretKey->setObjectName(QStringLiteral("endpointSecretKey"));
    m_secretKey->setPlaceholderText(tr("e.g. openai"));
    m_secretKey->setToolTip(tr("The name of the entry in the OS keychain that holds the API key."));
    keyLayout->addWidget(m_secretKey, 1);
    m_storeKey = new QPushButton(tr("Store &key…"), keyRow);
    m_storeKey->setObjectName(QStringLiteral("storeKeyButton"));
    m_storeKey->setToolTip(tr("Type the API key once and keep it in the OS keychain under this entry name. "
                              "Tailor never saves the key itself."));
    connect(m_storeKey, &QPushButton::clicked, this,
            [this] { emit storeKeyRequested(m_secretKey->text().trimmed(), m_secretEnv->text().trimmed()); });
    connect(m_secretKey, &QLineEdit::textChanged, this, &EndpointForm::updateKeyButton);
    keyLayout->addWidget(m_storeKey);
    addRow(5, 0, tr("Keychain &entry"), keyRow, 3);

    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);
    return group;
}

QWidget *EndpointForm::createParametersGroup()
{
    auto *group = new QWidget(this);
    auto *layout = new QVBoxLayout(group);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(paneTitle(tr("Request defaults"), group));
    auto *formHost = new QWidget(group);
    QFormLayout *form = createFormLayout(formHost);

    const QString serverDefault = tr("server default");
    auto numberField = [&](const QString &objectName) {
        auto *line = new QLineEdit(formHost);
        line->setObjectName(objectName);
        line->setPlaceholderText(serverDefault);
        return line;
    };
    m_temperature = numberField(QStringLiteral("endpointTemperature"));
    form->addRow(tr("&Temperature"), m_temperature);
    m_maxTokens = numberField(QStringLiteral("endpointMaxTokens"));
    form->addRow(tr("Max to&kens"), m_maxTokens);
    m_topP = numberField(QStringLiteral("endpointTopP"));
    form->addRow(tr("To&p p"), m_topP);
    m_seed = numberField(QStringLiteral("endpointSeed"));
    form->addRow(tr("S&eed"), m_seed);

    m_stop = new QPlainTextEdit(formHost);
    m_stop->setObjectName(QStringLiteral("endpointStop"));
    m_stop->setPlaceholderText(tr("One per line, at most 4"));
    m_stop->setTabChangesFocus(true);
    m_stop->setFixedHeight(52);
    form->addRow(tr("&Stop sequences"), m_stop);

    m_responseFormat = new QComboBox(formHost);
    m_responseFormat->setObjectName(QStringLiteral("endpointResponseFormat"));
    m_responseFormat->addItem(tr("Text (server default)"), QString());
    m_responseFormat->addItem(tr("JSON object"), formatJsonObject);
    m_responseFormat->addItem(tr("JSON schema"), formatJsonSchema);
    m_responseFormat->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_responseFormat->setMinimumContentsLength(10);
    m_responseFormat->setToolTip(tr("Sent as response_format; not every server supports JSON schemas."));
    connect(m_responseFormat, &QComboBox::currentIndexChanged, this, &EndpointForm::updateProviderFields);
    form->addRow(tr("&Response format"), m_responseFormat);

    m_schema = new QPlainTextEdit(formHost);
    m_schema->setObjectName(QStringLiteral("endpointSchema"));
    m_schema->setPlaceholderText(QStringLiteral(
        "{\"name\": \"ranking\", \"strict\": true,\n \"schema\": {\"type\": \"object\", ...}}"));
    m_schema->setTabChangesFocus(true);
    m_schema->setFixedHeight(84);
    m_schemaLabel = new QLabel(tr("JSON s&chema"), formHost);
    m_schemaLabel->setBuddy(m_schema);
    form->addRow(m_schemaLabel, m_schema);

    m_streaming = new QCheckBox(tr("Stream answers (SSE)"), formHost);
    m_streaming->setObjectName(QStringLiteral("endpointStreaming"));
    form->addRow(QString(), m_streaming);

    layout->addWidget(formHost);
    layout->addStretch();
    return group;
}

QWidget *EndpointForm::createLimitsGroup()
{
    auto *group = new QWidget(this);
    auto *layout = new QVBoxLayout(group);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(paneTitle(tr("Limits and cost"), group));
    auto *formHost = new QWidget(group);
    QFormLayout *form = createFormLayout(formHost);

    auto spin = [formHost](const QString &objectName, int minimum, int maximum) {
        auto *box = new QSpinBox(formHost);
        box->setObjectName(objectName);
        box->setRange(minimum, maximum);
        box->setGroupSeparatorShown(true);
        box->setMinimumWidth(90); // not as wide as the largest value: the form must fit beside the list
        return box;
    };
    m_concurrency = spin(QStringLiteral("endpointConcurrency"), 1, 512);
    m_concurrency->setToolTip(tr("Requests in flight at once."));
    form->addRow(tr("C&oncurrency"), m_concurrency);
    const QString noLimit = tr("no limit");
    m_requestsPerMinute = spin(QStringLiteral("endpointRequestsPerMinute"), 0, 1000000);
    m_requestsPerMinute->setSpecialValueText(noLimit);
    form->addRow(tr("Re&quests / min"), m_requestsPerMinute);
    m_tokensPerMinute = spin(QStringLiteral("endpointTokensPerMinute"), 0, 100000000);
    m_tokensPerMinute->setSpecialValueText(noLimit);
    m_tokensPerMinute->setSingleStep(1000);
    form->addRow(tr("Tokens / m&in"), m_tokensPerMinute);

    m_timeout = new QDoubleSpinBox(formHost);
    m_timeout->setObjectName(QStringLiteral("endpointTimeout"));
    m_timeout->setRange(0.1, 3600);
    m_timeout->setDecimals(1);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setMinimumWidth(90);
    m_timeout->setToolTip(tr("Per attempt, from sending the request to the last byte of the answer."));
    form->addRow(tr("Time&out"), m_timeout);
    m_maxAttempts = spin(QStringLiteral("endpointMaxAttempts"), 1, 20);
    m_maxAttempts->setToolTip(tr("Tries per request, the first included; 429s, 5xx and timeouts are "
                                 "retried with backoff."));
    form->addRow(tr("&Attempts"), m_maxAttempts);

    auto price = [formHost](const QString &objectName) {
        auto *box = new QDoubleSpinBox(formHost);
        box->setObjectName(objectName);
        box->setRange(0, 1000);
        box->setDecimals(6);
        box->setSingleStep(0.0001);
        box->setMinimumWidth(90);
        box->setPrefix(QStringLiteral("$ "));
        box->setToolTip(EndpointForm::tr("US dollars per 1,000 tokens, as the provider lists them; "
                                         "costs are counted from these."));
        return box;
    };
    m_priceInput = price(QStringLiteral("endpointPriceInput"));
    form->addRow(tr("Input / 1K &tokens"), m_priceInput);
    m_priceOutput = price(QStringLiteral("endpointPriceOutput"));
    form->addRow(tr("O&utput / 1K tokens"), m_priceOutput);

    layout->addWidget(formHost);
    layout->addStretch();
    return group;
}

void EndpointForm::setConfig(const EndpointConfig &config)
{
    m_loading = true;
    m_name->setText(config.name);
    m_provider->setCurrentIndex(m_provider->findData(endpointProviderId(config.provider)));
    m_baseUrl->setText(config.baseUrl);
    m_model->setText(config.model);
    m_apiVersion->setText(config.apiVersion);
    m_secretEnv->setText(config.secretEnv);
    m_secretKey->setText(config.secretKey);

    const ChatParameters &parameters = config.parameters;
    m_temperature->setText(numberText(parameters.temperature));
    m_maxTokens->setText(parameters.maxTokens ? QString::number(*parameters.maxTokens) : QString());
    m_topP->setText(numberText(parameters.topP));
    m_seed->setText(parameters.seed ? QString::number(*parameters.seed) : QString());
    m_stop->setPlainText(parameters.stop.join(QLatin1Char('\n')));
    const QString format = parameters.responseFormat.value(QLatin1String("type")).toString();
    const int formatIndex = m_responseFormat->findData(format);
    m_responseFormat->setCurrentIndex(formatIndex < 0 ? 0 : formatIndex);
    const QJsonObject schema = parameters.responseFormat.value(formatJsonSchema).toObject();
    m_schema->setPlainText(schema.isEmpty()
                               ? QString()
                               : QString::fromUtf8(QJsonDocument(schema).toJson(QJsonDocument::Indented)));
    m_streaming->setChecked(config.streaming);
    // Long URLs and model names show their start, not the end where setText() leaves the cursor.
    for (QLineEdit *line : findChildren<QLineEdit *>())
        line->setCursorPosition(0);

    m_concurrency->setValue(config.concurrency);
    m_requestsPerMinute->setValue(config.requestsPerMinute);
    m_tokensPerMinute->setValue(config.tokensPerMinute);
    m_timeout->setValue(config.timeoutMs / 1000.0);
    m_maxAttempts->setValue(config.maxAttempts);
    m_priceInput->setValue(config.pricePer1kInput);
    m_priceOutput->setValue(config.pricePer1kOutput);
    updateProviderFields();
    m_loading = false;
}

Result<EndpointConfig> EndpointForm::config() const
{
    EndpointConfig config;
    config.name = m_name->text().trimmed();
    config.provider =
        parseEndpointProvider(m_provider->currentData().toString()).value_or(EndpointProvider::Custom);
    config.baseUrl = m_baseUrl->text().trimmed();
    config.model = m_model->text().trimmed();
    if (config.provider == EndpointProvider::AzureOpenAi)
        config.apiVersion = m_apiVersion->text().trimmed();
    config.secretEnv = m_secretEnv->text().trimmed();
    config.secretKey = m_secretKey->text().trimmed();

    ChatParameters &parameters = config.parameters;
    auto readDouble = [](QLineEdit *line, const QString &field, std::optional<double> *out) -> Result<void> {
        const QString text = line->text().trimmed();
        if (text.isEmpty())
            return {};
        *out = parseNumber(text);
        if (!*out)
            return Error::badInput(tr("%1 must be a number, not '%2'.").arg(field, text));
        return {};
    };
    auto readInteger = [](QLineEdit *line, const QString &field, std::optional<qint64> *out) -> Result<void> {
        const QString text = line->text().trimmed();
        if (text.isEmpty())
            return {};
        *out = parseInteger(text);
        if (!*out)
            return Error::badInput(tr("%1 must be a whole number, not '%2'.").arg(field, text));
        return {};
    };
    if (auto read = readDouble(m_temperature, tr("Temperature"), &parameters.temperature); !read)
        return read.error();
    std::optional<qint64> maxTokens;
    if (auto read = readInteger(m_maxTokens, tr("Max tokens"), &maxTokens); !read)
        return read.error();
    if (maxTokens) {
        if (*maxTokens > std::numeric_limits<int>::max() || *maxTokens < std::numeric_limits<int>::min())
            return Error::badInput(tr("Max tokens is too large."));
        parameters.maxTokens = int(*maxTokens);
    }
    if (auto read = readDouble(m_topP, tr("Top p"), &parameters.topP); !read)
        return read.error();
    if (auto read = readInteger(m_seed, tr("Seed"), &parameters.seed); !read)
        return read.error();
    for (const QString &line : m_stop->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.isEmpty())
            parameters.stop << line;
    }
    const QString format = m_responseFormat->currentData().toString();
    if (format == formatJsonObject) {
        parameters.responseFormat = QJsonObject{{QLatin1String("type"), format}};
    } else if (format == formatJsonSchema) {
        QJsonParseError error;
        const QJsonDocument schema = QJsonDocument::fromJson(m_schema->toPlainText().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !schema.isObject())
            return Error::badInput(
                tr("The JSON schema must be a JSON object such as {\"name\": \"ranking\", \"schema\": "
                   "{...}}%1.")
                    .arg(error.error == QJsonParseError::NoError
                             ? QString()
                             : tr(" (%1 at character %2)").arg(error.errorString()).arg(error.offset)));
        parameters.responseFormat =
            QJsonObject{{QLatin1String("type"), format}, {formatJsonSchema, schema.object()}};
    }
    config.streaming = m_streaming->isChecked();

    config.concurrency = m_concurrency->value();
    config.requestsPerMinute = m_requestsPerMinute->value();
    config.tokensPerMinute = m_tokensPerMinute->value();
    config.timeoutMs = qRound(m_timeout->value() * 1000);
    config.maxAttempts = m_maxAttempts->value();
    config.pricePer1kInput = m_priceInput->value();
    config.pricePer1kOutput = m_priceOutput->value();
    return config;
}

void EndpointForm::updateProviderFields()
{
    const auto provider = parseEndpointProvider(m_provider->currentData().toString());
    const bool azure = provider == EndpointProvider::AzureOpenAi;
    const bool network = provider != EndpointProvider::DryRun;
    m_apiVersionLabel->setVisible(azure);
    m_apiVersion->setVisible(azure);
    for (QWidget *field : std::initializer_list<QWidget *>{m_baseUrl, m_secretEnv, m_secretKey})
        field->setEnabled(network);
    const bool schema = m_responseFormat->currentData().toString() == formatJsonSchema;
    m_schemaLabel->setVisible(schema);
    m_schema->setVisible(schema);
    updateKeyButton();
}

void EndpointForm::updateKeyButton()
{
    m_storeKey->setEnabled(m_secretKey->isEnabled() && !m_secretKey->text().trimmed().isEmpty());
}

} // namespace tailor
