// EndpointForm edits one LLM endpoint's settings: where it is (provider, base URL, model, Azure API version),
// where its API key lives (the names of an environment variable and a keychain entry, never the key), the
// default request parameters, and its limits and prices. It only converts between an EndpointConfig and the
// widgets; whether the result is acceptable is EndpointConfig::validate()'s call, made by the page.
#pragma once

#include "llm/endpointconfig.h"
#include "result.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QBoxLayout;
class QResizeEvent;

namespace tailor {

class EndpointForm : public QWidget
{
    Q_OBJECT

public:
    explicit EndpointForm(QWidget *parent = nullptr);

    void setConfig(const EndpointConfig &config);
    // The endpoint as the form shows it, or which field cannot be read (a number, the JSON schema).
    Result<EndpointConfig> config() const;

    // True when "Request defaults" and "Limits and cost" stand side by side (the form is wide enough for
    // both), false when they are stacked; a narrow pane scrolls down rather than sideways.
    bool columnsSideBySide() const;
    // As narrow as the stacked layout allows, so a scroll area never needs to scroll sideways.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    // Any field changed by the operator.
    void edited();
    // "Store key in keychain…" for the keychain entry named in the form.
    void storeKeyRequested(const QString &keyName, const QString &envName);

private:
    QWidget *createConnectionGroup();
    QWidget *createParametersGroup();
    QWidget *createLimitsGroup();
    void updateProviderFields();
    void updateKeyButton();
    void arrangeColumns(int width);

    bool m_loading = false;
    QWidget *m_connection = nullptr;
    QWidget *m_parameters = nullptr;
    QWidget *m_limits = nullptr;
    QBoxLayout *m_columns = nullptr; // the two lower groups: left to right, or top to bottom

    QComboBox *m_provider = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_model = nullptr;
    QLabel *m_apiVersionLabel = nullptr;
    QLineEdit *m_apiVersion = nullptr;
    QLineEdit *m_secretEnv = nullptr;
    QLineEdit *m_secretKey = nullptr;
    QPushButton *m_storeKey = nullptr;

    QLineEdit *m_temperature = nullptr;
    QLineEdit *m_maxTokens = nullptr;
    QLineEdit *m_topP = nullptr;
    QLineEdit *m_seed = nullptr;
    QPlainTextEdit *m_stop = nullptr;
    QComboBox *m_responseFormat = nullptr;
    QLabel *m_schemaLabel = nullptr;
    QPlainTextEdit *m_schema = nullptr;
    QCheckBox *m_streaming = nullptr;

    QSpinBox *m_concurrency = nullptr;
    QSpinBox *m_requestsPerMinute = nullptr;
    QSpinBox *m_tokensPerMinute = nullptr;
    QDoubleSpinBox *m_timeout = nullptr;
    QSpinBox *m_maxAttempts = nullptr;
    QDoubleSpinBox *m_priceInput = nullptr;
    QDoubleSpinBox *m_priceOutput = nullptr;
};

} // namespace tailor
